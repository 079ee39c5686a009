import type { Classes } from '../../matcher';

/**
 * Word classes shared by the English phrase lexicon (`@name` in a pattern). Each is an
 * alternatives list in the matcher's syntax; classes may use other classes.
 */
export const CLASSES: Classes = {
  // People and units on the employer's side.
  staff:
    'recruiter+|interviewer+|hiring manager+|manager+|director+|vp|vps|vice president+|team lead+|team leader+|tech lead+|supervisor+|founder+|co founder+|cofounder+|owner+|cto|cfo|coo|cmo|head of talent|head of hr|head of people|head of recruitment|head of recruiting|head of engineering|head of department|office manager+|hr director+|hr manager+|stakeholder+|leadership|leadership team|senior leadership|execs|executives|higher ups|bosses|hr|hr team|hr department|human resources|team|hiring team|panel|staff|people|department|company|firm|agency|organisation|organization|business|employer|client|consultant+|coordinator+|scheduler+|receptionist+|rep|reps|representative+|boss|ceo|screener+|management|office|school|district|board|committee|recruitment team|talent team|talent acquisition|lot|guys|folks|hr lady|hr guy|hr woman|hr man|hr person|hr girl|lady|guy|woman|man|bloke|chap|fella',
  // "you" and the employer, as the subject of a sentence.
  you: 'you|you guys|you people|you all|you lot|you folks|your @staff|your whole @staff|your entire @staff|the @staff|this @staff|that @staff|he|she|they|whoever|u|u guys|u people|u lot|ur @staff|ur whole @staff',
  your: "your|your @staff 's|your whole|your entire|your company 's|ur|ur @staff 's|ur whole",
  // Processes an applicant goes through.
  process:
    'process|hiring process|interview process|recruitment process|recruiting process|application process|selection process|screening process|system|hiring system|applicant tracking system|ats|portal|application portal|scheduling|onboarding|communication|assessment|interview|interviews|procedure|procedures|pipeline',
  be: 'is|are|was|were|be|been|being|am',
  intens:
    'so|such|very|really|truly|downright|outright|plain|the most|the least|totally|completely|utterly|absolutely|clearly|obviously|frankly|honestly|simply|just|pretty|quite|incredibly|extremely|seriously|genuinely|fundamentally|entirely|deeply|thoroughly|beyond|an absolute|a complete|a total|a real|an utter|straight up|flat out',
  // Time an applicant spends.
  mytime:
    'my time|my entire time|our time|my day|my whole day|my entire day|my morning|my entire morning|my whole morning|my afternoon|my whole afternoon|my evening|my week|my weekend|my life|my energy|my effort|my efforts|my money|my vacation|my holiday|my pto|# hours of my life|# hours of my time|# weeks of my life|# weeks of my time|# months of my life|# days of my life|hours of my life|weeks of my life|months of my life|days of my life|a day of my life|an hour of my life|my saturday|my whole saturday|my entire saturday|my sunday|my whole sunday|my entire sunday|my whole weekend|my entire weekend|my whole evening|my entire evening|my day off|my annual leave|my lunch break|my bank holiday',
  doc: 'email|e-mail|mail|message|note|letter|application|resume|résumé|cv|cover letter|portfolio|voicemail|call|conversation|reply|response|inquiry|enquiry|request|follow up|follow-up|text|dm',
  ordinal: 'third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|umpteenth|nth|3rd|4th|5th|6th|7th|fifteenth|twentieth|hundredth|millionth',
  // Insult nouns aimed at people.
  insultn:
    'bully|bullies|idiot+|moron+|imbecile+|clown+|fool+|buffoon+|amateur+|jerk+|cretin+|halfwit+|nitwit+|dimwit+|numpty|numpties|muppet+|twerp+|twit+|prat+|pillock+|plonker+|jobsworth+|bozo+|cheapskate+|loser+|clowns|lowlife+|liar+|hypocrite+|incompetent+|joke|laughingstock+|laughing stock|disgrace|embarrassment|snake+|weasel+|parasite+|crook+|scammer+|con artist+|fraud+|circus|clown show|clown car|shambles|farce|trainwreck|train wreck|dumpster fire|shitshow|mess|disaster|nightmare|sham|scam',
  // Superlatives of contempt.
  worst:
    'rudest|most arrogant|most incompetent|most unprofessional|most clueless|most disrespectful|most condescending|least professional|most disorganised|most disorganized|worst|most useless|most pathetic|most ridiculous|most insulting|stupidest|dumbest|laziest|most chaotic|most shambolic|most amateurish|most dishonest|most toxic|more arrogant|more incompetent|more unprofessional|more clueless|ruder|more disorganised|more disorganized|more pathetic|more disrespectful',
  // Insult adjectives aimed at people or organisations.
  insulta:
    'unbelievable|incompetent|clueless|useless|pathetic|arrogant|rude|condescending|disrespectful|disgraceful|shameful|unprofessional|ignorant|stupid|dumb|idiotic|moronic|brainless|spineless|gutless|lazy|petty|dishonest|deceitful|sleazy|shady|greedy|cheap|classless|heartless|cruel|insulting|ridiculous|laughable|absurd|pitiful|hopeless|a joke|biased|racist|sexist|ageist|corrupt|fraudulent|rigged|delusional|unhinged|nasty|vile|toxic|inept|amateurish|sloppy|careless|negligent|disorganised|disorganized|clowns|awful|terrible|horrible|atrocious|appalling|abysmal|pitiful|contemptible|despicable',
  // Openers that may precede a sentence-initial phrase.
  opener: 'so|well|oh|and|but|ok|okay|look|yeah|yes|hey|anyway|anyhow|honestly|frankly|seriously|wow|gee|just|then|p s|ps|gosh|golly|ah|ha|haha|lol|cool',
  harm: 'bankrupt|go bankrupt|goes bankrupt|go under|goes under|fail|fails|rot|rots|burn|burns|suffer|suffers|bleed+|get fired|gets fired|lose everything|loses everything|go out of business|goes out of business|crash and burn|crashes and burns|miserable|die|dies|choke|chokes',
  social:
    'linkedin|glassdoor|reddit|twitter|x|facebook|instagram|tiktok|indeed|yelp|google|google reviews|trustpilot|youtube|medium|substack|blog|my blog|social media|the internet|online|the news|the press|the media|hacker news|threads|bluesky|mastodon|recruitinghell|r recruitinghell|antiwork|r antiwork|r jobs|subreddit|a subreddit',
  lawyer: 'lawyer+|attorney+|solicitor+|legal counsel|counsel|legal team|legal representative+|union rep+|union representative+|barrister+|legal adviser+|legal advisor+|employment advocate+|employment law firm',
  job: 'job|position|role|opportunity|offer|post|opening|gig|work|chance|placement|internship|contract',
  // A count, in digits or words ("3", "three", "a few").
  count: '#|a couple of|a couple|a few|several|many|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty',
  // Time spans counted while waiting ("three weeks", "a month").
  span: '@count {day|days|business days|working days|week|weeks|month|months}|a {day|week|month|fortnight}|over a {week|month}|more than a {week|month}|nearly a {week|month}|almost a {week|month}|a whole {week|month}|a full {week|month}',
};

/** A sentence guard: any apology by the writer (a reproach that apologises is not one). */
export const APOLOGY = '{my apologies|apologies for|apologies if|i apologise+|i apologize+|i am apologetic|apologetically|i owe you an apology|please accept my apology|please accept my apologies}';
