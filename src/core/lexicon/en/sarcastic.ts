import type { CategoryLexicon } from './types';

/** Words that, alone in quotation marks, mock the employer's own wording. */
export const SCARE_QUOTE_WORDS = [
  'competitive', 'fantastic', 'generous', 'exciting', 'aligned', 'flexible', 'family', 'rockstar', 'ninja', 'unlimited',
  'exposure', 'amazing', 'valued', 'wonderful', 'transparent', 'consulting', 'perks', 'thrilled', 'brilliant', 'incredible',
  'valuing', 'carefully', 'careful', 'thorough', 'thoroughly', 'reviewed', 'considered', 'personalised', 'personalized',
  'transparency', 'respectful', 'inclusive', 'passionate', 'opportunity', 'fit', 'feedback', 'priority',
  'speedy', 'swift', 'timely', 'promptly',
  'touch', 'file', 'journey',
  'willing', 'dear', 'courtesy', 'prompt', 'quick', 'final', 'trial', 'urgent', 'asap', 'soon', 'shortly', 'cool', 'lucky', 'privilege', 'honour', 'honor', 'valuable', 'insightful', 'detailed', 'personal', 'warm',
];


export const sarcastic: CategoryLexicon = {
  category: 'sarcastic',
  reason: 'Sarcasm reads as an insult.',
  note: 'Sarcasm rarely lands in writing: the reader hears contempt, and the email gets forwarded as an example of what not to do. Say plainly what disappointed you, or thank them and move on; a gracious reply is what keeps you in mind for the next opening.',
  entries: [
    {
      patterns: ['{thanks|thank you|thank you so much|thanks so much|thanks again|thanks a lot|many thanks|cheers|thx|thanx|ta|ty|tx|cheers again} for nothing'],
      reason: 'Sarcastic thanks reads as an insult.',
      suggestions: ['Thank you for letting me know'],
      unless: { after: ['less', 'more'] },
    },
    {
      patterns: [
        '{good|best of|the best of|all the best|lots of|the best|best} luck {finding|getting|hiring|trying to find|replacing|with finding|in finding|to find} {someone|somebody|anyone|anybody|a candidate|another candidate|a person|people} [*] {better|else like me|like me|as good|as qualified|who will|with my|half as|more qualified|who can}',
        '{good|best of|lots of|the best of} luck with that',
        'good luck with {that|your search} [i guess|then]',
        'good luck {finding|getting|hiring} {someone|somebody|anyone} {better|like me|as good}',
      ],
      reason: 'Ironic "good luck" reads as a jab at the reader.',
      suggestions: ['Best of luck with the search'],
      unless: { after: ['project', 'launch', 'rollout', 'move', 'new', 'team', 'role', 'hire'], sentence: ['{great|good|perfect|right|strong|wonderful|ideal|brilliant|fantastic} {fit|match|addition|person|candidate|hire}', 'i am sure you will', 'thriv+', 'love the role', 'enjoy+ the role'] },
    },
    {
      patterns: [
        '{wow|gee|gee whiz|oh|well|great|yeah|golly} [@intens] {thanks|thank you|thanks a lot|thanks a bunch|thanks a million|great|wonderful|fantastic|perfect|brilliant|terrific|awesome|lovely|nice}',
        'thanks a bunch',
        'thanks a million for [the|your] {rejection|form|generic|automated|canned|runaround|silence|lowball|insulting}',
        '{gee|golly} thanks',
      ],
      start: true,
      reason: 'An exaggerated "thanks" or "great" reads as sarcasm.',
      unless: { after: ['news', 'to hear', 'question', 'idea', 'to see', 'to meet', 'meeting', 'talking', 'speaking', 'chatting', 'for the {introduction|intro|tour|advice|tip|tips|help|update|offer|call|chat|coffee|opportunity}', 'job', 'work', 'that', 'so much for {the|your|meeting|taking|speaking|your}', 'for {meeting|speaking|talking|taking|your time|reaching|getting|following|the chance|the opportunity|considering|thinking|sharing|sending|letting}', 'again', 'for {the|your|this|such a} [very|so|really|truly] {generous|kind|wonderful|amazing|great|lovely|fantastic|exciting|thoughtful|warm|quick|fast|prompt|speedy|detailed|helpful|honest|fair|competitive|improved|updated|revised|new|incredible|brilliant}'] },
      requires: ['rejection', 'reject+', 'ghost+', 'ignore+', 'nothing', 'waste+', 'form {email|letter}', 'generic', 'automated', 'canned', 'lowball', 'silence', 'another', 'again', 'never', 'months', 'weeks', 'finally', 'offer', 'insult+', 'pay+', 'salary'],
    },
    {
      patterns: [
        '{great|nice|good|excellent|wonderful|fantastic|brilliant|amazing|stellar} {job|work|move|going|effort|way} {ghosting|ignoring|wasting|losing|forgetting|cancelling|canceling|rejecting|stringing|leaving|keeping|misplacing|not}',
        '{congratulations|congrats|kudos|well done|bravo|hats off} [to you] {on|for} [your] [@intens] [amazing|incredible|remarkable|impressive|unique|special|stunning|uncanny|rare] {ghosting|ignoring|wasting|losing|forgetting|cancelling|canceling|ability to {never|not|ignore|ghost|lose|forget|waste}|skill at|talent for}',
      ],
      reason: 'Mock praise reads as sarcasm.',
    },
    {
      patterns: [
        '{really|very|so|truly|super|extremely} {professional|classy|mature|thoughtful|considerate|respectful|courteous}',
        '{real|very|so|how} classy',
        'classy',
      ],
      end: true,
      reason: 'Mock praise reads as sarcasm.',
      requires: ['ghost+', 'ignore+', 'waste+', 'lose+', 'lost', 'cancel+', 'reject+', 'string+', 'never', 'classy', 'another', 'again', 'automated', 'form', 'generic', 'months', 'weeks', 'silence'],
      unless: { sentence: ['thank you', 'thanks', 'appreciate+', '{introduce+|introduction|introductions}'] },
    },
    {
      patterns: [
        'how {thoughtful|considerate|kind|nice|generous|professional|classy|courteous|respectful|mature|sweet} of {you|them|your *}',
      ],
      end: true,
      reason: 'Mock praise reads as sarcasm.',
      requires: ['rejection', 'reject+', 'ghost+', 'ignore+', 'waste+', 'form', 'generic', 'automated', 'canned', 'another', 'again', 'never', 'silence'],
    },
    {
      patterns: [
        "i am sure {your|the|that|this} *** {is|will be|was|are|must be} {a|an|absolutely|truly|simply|just} [real|absolute|total|true] {genius|gem|winner|catch|star|prodigy|visionary|saint|unicorn}",
        "i am sure {your|the|that} *** {is|are|will be|must be} [@intens] {thrilled|delighted|ecstatic|over the moon}",
        "i am sure {he|she|they|your *|the *} {is|are|will be|must be} [@intens] {a genius|geniuses|brilliant|perfect}",
        'i suppose i should be {flattered|honoured|honored|grateful|thankful|happy}',
        'i should be {flattered|honoured|honored|grateful|thankful} that',
        'nothing like being',
        '{took|spent|wasted|waited|waiting|all that|all of that} ** for nothing',
        '{thanks|thank you} *** {only|just|a mere|a full} [*] {weeks|months|days|years} later',
        '{look+ forward to|can not wait for|can not wait to see|excited for} {your|the} {next|another} {form|automated|generic|canned|rejection|template|copy paste|brush off}',
        '{most creative|most original|most inventive|most impressive|most amusing|funniest|best|most elaborate} {excuse|rejection|way to say no|brush off|non answer|non-answer}',
        'after i {would|had} already {read|heard|seen|found out|learned|learnt|discovered}',
        '{lovely|wonderful|delightful|charming|fantastic|brilliant|great|fabulous|amazing|thoughtful|warm|personal|heartfelt} {automated|generic|form|canned|copy and paste|copy-paste|two line|one line|template|templated|boilerplate} {email|rejection|reply|response|letter|note|message}',
        '{thanks|thank you|thank you ever so much|thanks ever so much|thank you so much|thanks so much|cheers} [ever so much|so much|a lot] for taking {# weeks|# months|# days|weeks|months|three weeks|four weeks|six weeks|two months|three months|so long|forever|ages} to',
        '{congratulations|congrats|well done|bravo|kudos} on {hiring|picking|choosing|finding|promoting} {the ceo|your ceo|the boss|the manager|someone|a friend|your friend|the nephew|the niece|the son|the daughter|his nephew|her nephew|his son|her son|the owner}',
        "{what a|talk about a} {shock|shocker|surprise} * {another|again|no|yet}",
        "{brilliant|amazing|fantastic|great|excellent|world class|talented} at {making coffee|fetching coffee|making tea|answering the phone|doing nothing|ignoring|ghosting|nothing}",
        'nothing says {respect|professional|professionalism|we value you|valued|care|courtesy} like',
        '{overwhelming|eternal|undying|endless|boundless|deepest heartfelt} gratitude for',
        '{was|were|is|are} not so {fantastic|great|amazing|brilliant|perfect|special|talented|strong|qualified|good} after all',
        'like you said you would',
        'as promised {not|never}',
        'shocking {i know|right}',
        'color me {surprised|shocked|impressed}',
        'colour me {surprised|shocked|impressed}',
        'yeah right',
        'i guess they {were not|are not|were never|was not}',
        '[i] [really|truly|so] {appreciate|love|loved|enjoyed|enjoy} being {strung along|ghosted|ignored|left hanging|kept waiting|kept in the dark|passed around|jerked around|messed around|led on|lied to|treated like}',
        '{appreciate+|love+|enjoy+|thank you for|thanks for|thanks so much for|thank you so much for|grateful for} {wasting|ghosting|ignoring|stringing me along|leaving me hanging|keeping me waiting|the runaround|jerking me around|messing me around|the form letter|the form email|the generic rejection|the automated rejection|the canned rejection|taking three|taking four|taking five|taking two|taking so long|finally}',
        '{thanks|thank you} for the {runaround|silence|radio silence|ghosting|lowball|lowball offer|insulting offer}',
      ],
      reason: 'Irony at the reader’s expense reads as sarcasm.',
      unless: { before: ['not', 'no', 'a', 'wish'] },
    },
    {
      patterns: ['{thanks|thank you|thanks so much|thank you so much} *** i guess', '{thanks|thank you} for * *** i guess'],
      end: true,
      reason: 'A grudging "thanks, I guess" reads as sarcasm.',
    },
    {
      patterns: ['[a|such a] {great|wonderful|fantastic|excellent|brilliant|terrific|good|productive} use of my time'],
      requires: ['well', 'wow', 'oh', 'yeah', 'gee', 'what'],
      reason: 'Ironic praise for a wasted interview reads as sarcasm.',
    },
    {
      patterns: ['{thrilled|delighted|glad|happy|so pleased|overjoyed|pleased|good} to {have spent|have wasted|know|hear|learn|find out|see|read|have given|have driven|have taken}'],
      reason: 'Mock delight at a bad outcome reads as sarcasm.',
      requires: ['never', 'lost out', 'instead of', 'waste+', 'unpaid', '{two|one|single|2|1} line', 'for a {form|generic|template|canned|automated}', 'ignore+', 'form letter', 'automated', 'generic', 'nephew', 'fresh graduate', 'graduate', 'reposted', 'ghost+', 'for nothing', 'no one', 'nobody', 'without a word', 'without reading', 'did not even', 'never even'],
      unless: { sentence: ['not', 'sorry', '{congrats|congratulations|congratulate+}'] },
    },
    {
      patterns: ['{thanks|thank you|thx|thanx|ty|cheers} [so much|a lot|ever so much] for the [*] {generic|automated|canned|form|template|templated|boilerplate|copy and paste|copy paste|two line|one line|impersonal} [*] [*] {rejection|email|reply|response|letter|note|message|brush off}'],
      reason: 'Thanking them for a form rejection reads as sarcasm.',
      requires: ['after', 'rejection', 'months', 'weeks', 'hours', 'finally', 'onsite', 'interviews', 'rounds'],
    },
    {
      patterns: [
        "i am sure {whoever|the person|the candidate|the one|your pick|your new hire|the new hire|your chosen one|they|he|she} *** {is|will be|was|are|must be} {a|an|absolutely|truly|simply|just} [real|absolute|total|true|utter] {genius|gem|winner|catch|star|prodigy|visionary|saint|unicorn|rockstar|superstar|miracle worker}",
        '{was|is|were|am|are} {so|clearly|obviously} {important|valuable|high on your list|high priority|much of a priority|precious|dear} to {you|your *} that',
        '{love|loved|adore|adored|enjoy|enjoyed|appreciate|appreciated|like|liked} {how|the way|that} {you|your *|they|he|she|the recruiter|the company} *** {ghosted|ignored|wasted|strung|cancelled|canceled|lost|forgot|never|did not|left|kept|took # |waited|rejected|sent a template|sent a form}',
        'a {whole|whopping|staggering|princely|massive|grand} {# percent|#|# pounds|# dollars|# euros|# k}',
        '{hope|trust|sure} {the|your|his|her|their} [*] {nephew|niece|golf buddy|drinking buddy|godson|goddaughter|internal candidate|cousin} *** {works out|is worth|was worth|enjoys|does well|is happy|will be happy|works|was the right}',
        '{enjoy|congrats on|congratulations on} {the|your} {nephew|niece|golf buddy|internal hire|nepotism hire}',
        '{valuable|invaluable|detailed|helpful|insightful|thorough|in depth|extensive|useful|constructive|personal|personalised|personalized|tailored|thoughtful} feedback {of|consisting of|amounting to|that amounted to|which amounted to}',
        '{good|best of|lots of|the best of|all the best with} luck {finding|getting|hiring|attracting|recruiting|with} {your|a|that|the|anyone|anybody|someone|somebody} [*] [*] {unicorn|purple squirrel|perfect candidate|superhero|rockstar|genius|miracle worker|magical candidate|dream candidate}',
        '{good|best of|lots of|the best of} luck {finding|getting|hiring|attracting|recruiting|keeping} *** {at|for|with|on} {that|this|those|these} {salary|pay|rate|rates|budget|price|wage|wages|offer|package|money}',
      ],
      reason: 'Irony at the reader’s expense reads as sarcasm.',
      unless: { before: ['not'], sentence: ['sorry', '{apology|apologies|apologise+|apologize+}', 'genuinely', 'sincerely', 'seriously though', 'kept {checking in|in touch|me {updated|informed|posted|in the loop|in mind}|your {promise|word}|things {calm|light|relaxed|moving}}'] },
    },
    {
      patterns: [
        '{nice|kind|good|decent|big|sweet|generous} of you to {finally|eventually|at last|actually {reply|respond|get back|bother|answer|read}}',
        '{touched|amazed|shocked|astonished|impressed} {you|that you|that anyone|anyone} {even|actually|finally} {remembered|bothered|replied|responded|read|noticed|opened|answered}',
        'hope you are [@intens] {happy|pleased|proud|satisfied} {with yourself|with yourselves|now|with your decision|with that decision|with your choice|with that choice}',
        '{congratulations|congrats|well done|bravo|kudos} on {hiring|picking|choosing|finding|going with|settling for|getting} {someone|a candidate|the person|a person|somebody|an intern|a graduate} [*] {cheaper|younger|less qualified|less experienced|with less|with fewer|with no}',
        '{what a|big|huge|such a|quelle} {surprise|shock|shocker}',
      ],
      reason: 'Irony at the reader’s expense reads as sarcasm.',
      requires: ['finally', 'eventually', 'at last', 'actually', 'even', 'bothered', 'remembered', 'yourself', 'yourselves', 'now', 'decision', 'choice', 'cheaper', 'younger', 'less', 'fewer', 'with no', 'another', 'again', 'reject+', 'form', 'ghost+', 'silence', 'nephew', 'internal', 'never', 'no reply', 'automated'],
      unless: { before: ['not', 'a lovely', 'a nice', 'a pleasant', 'a happy', 'a welcome'], sentence: ['sorry', '{apology|apologies|apologise+|apologize+}', 'genuinely', 'sincerely', 'i am {happy|pleased|proud} for', 'lovely', 'pleasant', 'welcome', 'hear from you', 'see you', 'bump+ into', 'run into', 'ran into', 'after all these years'] },
    },
    {
      patterns: [
        'i am sure {it|that|my *|my * *|they|this} {will be|is|was|gets|get} [@intens] {treasured|cherished|framed|read with interest|read with great interest|given the attention it deserves}',
        '{must be|are|were|you are} {hiring|looking for|recruiting|interviewing|after} {a|an|for a|for an} {brain surgeon|rocket scientist|astronaut|neurosurgeon|superhero|unicorn|genius|wizard|magician|miracle worker|nobel laureate}',
        'rounds of {interviews|interviewing} for {an|a} [*] {entry level|entry-level|junior|part time|part-time|internship|unpaid|temp|temporary|minimum wage|graduate}',
        '{look+ forward to|can not wait {for|to see}|excited to see|await+} {your|the} {next|inevitable|upcoming} {ad|advert|posting|listing|job ad|repost|re post|rejection|form|template|automated|generic}',
        'only been {waiting|chasing|following up|hanging on|waiting around} {since|for} {# months|# weeks|months|weeks|january|february|march|april|may|june|july|august|september|october|november|december|last year|the spring|the summer|ages|forever|over a month|over # *}',
        'not like i {have|had|was} [been] {waiting|anything better|other offers|other options|bills|a life|anything else}',
        '{free|unpaid} {consulting|consultancy|labour|labor|design work|strategy work}',
      ],
      reason: 'Irony at the reader’s expense reads as sarcasm.',
      requires: ['i am sure', 'must be', 'rounds', 'again', 'same', 'next', 'inevitable', 'waiting', 'worry', 'glad', 'hope', 'happy', 'enjoy', 'like i', 'only'],
      unless: { before: ['not'], sentence: ['sorry', '{apology|apologies|apologise+|apologize+}', 'genuinely', 'sincerely', 'thank you for {the|your} {help|advice|time}', 'happy to {do|offer|provide}'] },
    },
    {
      patterns: [
        '{so|how|very|really|awfully|mighty|incredibly|extremely|too} {generous|kind|thoughtful|considerate|gracious|nice|decent|big|sweet} of {you|them|your *} to {offer|give|pay|let|cut|ask|expect|take|send|make|reject|keep|remind|tell|ghost|email}',
      ],
      reason: 'Mock praise reads as sarcasm.',
      requires: ['less', 'lower', 'below', 'cut', 'lowball', 'half', 'double', 'unpaid', 'for free', 'nothing', 'only', 'another', 'again', 'form', 'generic', 'months', 'weeks', 'finally', 'reject+', 'ghost+', 'automated', 'pay cut', 'peanuts'],
    },
    {
      patterns: [
        '{thanks|thank you|cheers|appreciate+} *** {after|in} {only|just|a mere|a full|a whole} [*] {weeks|months|days|years}',
        '{rejected|screened out|turned down|dismissed|ghosted|assessed|judged|interviewed} by {a bot|a robot|an algorithm|an ai|a machine|software|an ats|a computer|a chatbot|a keyword filter}',
        '{what an|such an|what a|how} {honour|honor|privilege|flattering|thrill} to be {rejected|turned down|ghosted|ignored|screened out|passed over|dismissed}',
        '{be sure to|will|shall|going to} frame {it|this|that|your *|the *}',
        'whatever that {means|is supposed to mean|even means|actually means}',
        'then shall i',
        'sit by the phone',
      ],
      reason: 'Irony at the reader’s expense reads as sarcasm.',
      unless: { before: ['not'], sentence: ['sorry', '{apology|apologies|apologise+|apologize+}', 'genuinely', 'sincerely', 'certificate', 'diploma', 'award', 'photo'] },
    },
    {
      patterns: ['{really|truly|so|do} appreciate the {speed|swift response|swift reply|prompt reply|prompt response|promptness|quick turnaround|speedy response|speedy reply|lightning speed|urgency}'],
      requires: ['weeks', 'months', 'only', 'after', 'finally', 'eventually', 'at last', 'ghost+'],
      reason: 'Irony at the reader’s expense reads as sarcasm.',
      unless: { before: ['not'], sentence: ['sorry', '{apology|apologies|apologise+|apologize+}', 'genuinely', 'sincerely', 'certificate', 'diploma', 'award', 'photo'] },
    },
    {
      patterns: ['{very|so|how|really|most|extremely|super|truly|wonderfully|incredibly|v} {thorough|detailed|helpful|informative|insightful|personal|thoughtful|generous|considerate|enlightening|illuminating|useful}'],
      end: true,
      requires: ['rejection', 'form', '{one|two|three|four|five|single|#} {word|line|sentence}', 'automated', 'generic', 'template', 'months', 'weeks', 'ghost+', 'nothing', 'no feedback', 'not this time', 'another way'],
      unless: { sentence: ['sorry', '{apology|apologies|apologise+|apologize+}', 'genuinely', 'sincerely', 'thank you for {the|your} {feedback|notes|advice|help}', 'really {valuable|helped|helpful}'] },
      reason: 'Mock praise reads as sarcasm.',
    },
    {
      patterns: [
        '{so glad|glad|thrilled|delighted|happy|pleased|overjoyed} i {took|spent|drove|travelled|traveled|flew|booked|used|burned|burnt|gave up|rearranged|cancelled|canceled|wasted|prepared|put in} *** {to be told|just to|only to|to hear|to get|to receive|to learn|for nothing}',
        'only to be {told|rejected|ghosted|ignored|turned down|informed|dropped}',
        '{it is|that is|this is} only my {career|life|livelihood|future|income|rent|mortgage}',
      ],
      reason: 'Irony at the reader’s expense reads as sarcasm.',
      unless: { before: ['not'], sentence: ['sorry', '{apology|apologies|apologise+|apologize+}', 'genuinely', 'sincerely'] },
    },
    {
      patterns: [
        'must be {huge|enormous|massive|bursting|overflowing|thick|full|a novel} by now',
        'i have [got] nothing better to do',
        '{how|so|very} {exciting|tempting|thrilling|generous|lovely|wonderful|fun|delightful|attractive|appealing}',
        'where do i sign',
        '{lovely|nice|great|wonderful|fun|delightful|charming|brilliant|fantastic|good} to {find out|learn|discover|hear|read|see} {from|via|on|through} {linkedin|twitter|facebook|the grapevine|a friend|someone else|a third party|glassdoor|your website|the website|the news|reddit|a colleague|social media|the careers page|your careers page|the careers site|your careers site|the job board|the job boards|a job board|indeed|an ad|an advert|the advert|a job ad|a former employee|an employee|your receptionist|the receptionist|an automated email|a bot}',
      ],
      requires: ['open again', 'back up', 'reposted', 're posted', 'relisted', 'readvertised', 're advertised', 'by now', 'nothing better', 'unpaid', 'trial', 'for free', 'less', 'lower', 'below', 'under market', 'pay cut', 'minimum wage', 'exposure', 'commission only', 'went to', 'someone else', 'another', 'rejected', 'filled', 'hired'],
      reason: 'Irony at the reader’s expense reads as sarcasm.',
      unless: { before: ['not'], sentence: ['sorry', '{apology|apologies|apologise+|apologize+}', 'genuinely', 'sincerely', '{congrats|congratulations|congratulate+}', 'delighted for', 'happy for'] },
    },
    // Families from the t2 batch (mock praise and delight, ironic surprise, scare-quoted feedback).
    {
      patterns: [
        '{what a|such a|that is a|that is one|this is a|quite a|that was a|what an} [@intens] {great|fantastic|wonderful|lovely|brilliant|excellent|classy|professional|nice|fine|stellar|amazing|perfect|charming|delightful|terrific|respectful|warm|awesome|superb|outstanding|exemplary|inspiring} way to {treat|handle|string along|let down|brush off|dismiss|leave|ghost|ignore|reject|discard} {candidates|applicants|people|someone|somebody|anyone|anybody|me|us|job seekers|interviewees|a candidate|an applicant|your candidates|your applicants|potential hires|potential employees|future employees|talent|prospective *|a person|human beings|humans|professionals}',
        'way to {treat|handle|ghost|ignore|string along|brush off|waste|lose|dismiss|leave} {candidates|applicants|people|someone|somebody|anyone|me|us|job seekers|interviewees|a candidate|an applicant|your candidates|talent|a person|my time|everyone \'s time|our time}',
        'way to make {candidates|applicants|people|someone|somebody|a candidate|an applicant|me|us|job seekers|interviewees|a person|everyone} feel {valued|welcome|appreciated|respected|important|special|wanted|seen|heard|like a priority|included}',
      ],
      reason: 'Mock praise for how you were treated reads as sarcasm.',
      suggestions: ['I was disappointed by how the process was handled'],
      unless: { before: ['the best', 'a good', 'the right', 'the only', 'no', 'one', 'another'], sentence: ['thank+', 'enjoy+', 'touch', 'lunch', 'dinner', 'gift', 'welcome pack', 'appreciate+', 'loved', 'is there a', 'what is the', 'best way', 'learn+'] },
    },
    {
      patterns: [
        '{lightning fast|lightning quick|blazing fast|super fast|speedy|swift|prompt|quick|rapid|record breaking|record setting|whirlwind|snappy|punctual|timely} {reply|response|turnaround|answer|feedback|update|decision|reaction}',
      ],
      reason: 'Mock thanks for a slow reply reads as sarcasm.',
      requires: ['only {# days|# weeks|# months|@count days|@count weeks|@count months|@span}', '{it|that|this} {only|just|merely} took [*] @span', '{only|just|merely} took {you|your *|them|the team|you guys|him|her} [*] @span', 'took {you|your *|them|the team|you guys} [only|just] @span', 'after [only|just|a mere] @span', '@span later', 'a mere @span'],
      unless: { sentence: ['sorry', '{apology|apologies|apologise+|apologize+}', 'genuinely', 'sincerely', 'i know', 'busy', 'understand', 'despite', 'even though'] },
    },
    {
      patterns: [
        '{thanks|thank you|cheers|appreciate it} *** ** {letting me know|telling me|informing me|replying|responding|getting back to me|the update|the heads up|the rejection|the news} {@span|only @span|just @span} {late|later|past|too late|after the {start date|deadline|fact|closing date|role|position|job}|after {i had|i would|i started|i accepted|you had|you would|it was|the role was|the position was|the job was}}',
        '{thanks|thank you|cheers} *** ** {letting me know|telling me|informing me|replying|responding|getting back to me} {after|once|only after|long after} {the|you had|you would|the role|the position|the job} *** {filled|hired|started|starting|gone|closed|announced|posted|start date|deadline|fact}',
      ],
      reason: 'Mock thanks for a late reply reads as sarcasm.',
      unless: { sentence: ['sorry', '{apology|apologies|apologise+|apologize+}', 'i know', 'understand', 'no worries', 'no problem'] },
    },
    {
      patterns: [
        'shocker',
        'surprise surprise',
        'quelle surprise',
        'who {could|would|might} have {predicted|guessed|foreseen|expected|imagined|seen} {that|this|it} [coming]',
        'who would have thought',
        'who {knew|would have known|could have known}',
        '{big|huge|massive|real|total|what a|such a} surprise [there]',
        'imagine my {surprise|shock}',
        '{oh|ah} joy',
        'joy of joys',
        '{oh|ah} goody',
        '{lucky|fortunate} {me|us}',
        'just what i {needed|wanted|was hoping for|was looking for}',
        'exactly what i {needed|wanted|was hoping for}',
        'be still my {heart|beating heart}',
        'go figure',
        'fancy that',
        'what are the odds',
        'how {shocking|unexpected|surprising|unusual|novel|original|refreshing}',
      ],
      start: true,
      reason: 'Mock surprise at a bad outcome reads as sarcasm.',
      requires: ['reject+', 'ghost+', 'ignore+', 'waste+', 'unpaid', 'for free', 'form {letter|email|rejection|response|reply}', 'automated', 'generic', 'canned', 'template', 'templated', 'boilerplate', 'nobody', 'no one', 'no {reply|response|word|answer|feedback|update|news|explanation|reason}', 'not {a word|a peep|a single}', 'never {heard|replied|responded|got back|received|answered|bothered|called}', 'did not even', 'internal candidate', 'internal hire', 'nephew', 'niece', 'someone else', 'somebody else', 'cheaper', 'less experienced', 'less qualified', 'lowball', 'pay cut', 'take home', 'assignment', 'over again', 'start again', 'from scratch', 'square one', 'another {rejection|form|automated|generic|unpaid|round|no|reschedul+|cancel+|delay}', 'all over', 'cancel+', 'reschedule+', 'last minute', 'filled', 'reposted', 're posted', 'silence', 'in the dark', 'strung along', 'left hanging', 'quick chat', 'rounds', 'went with', 'more aligned', 'right fit', 'a fit', 'on file', 'turn into', 'turned into', 'that coming', 'predicted that', 'foreseen that', 'guessed that', 'expected that'],
      unless: { sentence: ['sorry', '{apology|apologies|apologise+|apologize+}', 'genuinely', 'sincerely', 'lovely', 'pleasant', 'welcome', 'delighted', '{congrats|congratulations|congratulate+}', 'thank+', 'hear from you', 'see you', 'bump+ into', 'run into', 'ran into', 'after all these years', 'same {school|university|college|company|team|town|city}', 'excite+'] },
    },
    {
      patterns: [
        '{glad|good|nice|great|lovely|happy|pleased|thrilled|delighted|reassuring|comforting|wonderful|fantastic|heartening|encouraging} to {know|see|hear|learn|find out|discover|realise|realize|read} *** {was|were|is|are} [@intens] worth {it|the effort|the wait|something|every minute|all that|the time|the trip|the drive|exactly|a single|one|a one|a two|a form|so much|so little|nothing}',
        'worth [exactly|precisely|only|just|all of|a grand total of] {one line|a line|two lines|a single line|a two line|a one line|a form|an automated|a generic|a canned|a template|nothing|a single sentence|one sentence|two sentences}',
      ],
      reason: 'Mock delight at a bad outcome reads as sarcasm.',
      requires: ['rounds', 'interviews', 'assignment', 'unpaid', 'take home', 'hours', 'line', 'sentence', 'form', 'automated', 'generic', 'canned', 'template', 'nothing', 'exactly'],
      unless: { sentence: ['sorry', '{apology|apologies|apologise+|apologize+}', 'genuinely', 'sincerely', 'enjoy+', 'learn+', 'happy for', 'glad you', 'glad the {team|project|launch|event}', 'for {your|the} team', 'for you', 'offer', 'got the', 'hired', 'excite+', 'thrilled', 'delighted', 'can not wait', 'look+ forward', 'start+'] },
    },
    {
      patterns: [
        '{so glad|glad|thrilled|delighted|happy|pleased|good thing|great that|so happy} i {took|spent|drove|travelled|traveled|flew|booked|used|gave up|rearranged|cancelled|canceled|wasted|burned|burnt|prepared|put in|turned down|declined|skipped|missed|left|paid for|bought|took time}',
      ],
      reason: 'Mock delight at wasted effort reads as sarcasm.',
      requires: ['for a [*] {# |one|two|five|ten|fifteen|twenty|thirty} minute', 'for a {ten|five|two|one|fifteen|twenty|thirty} [*] minute', 'for nothing', 'for a form', 'for an automated', 'for a generic', 'no show', 'cancel+', 'rejection', 'reject+', 'ghost+', 'in vain', 'never showed', 'did not show', 'to be told', 'just to', 'only to', 'to hear', 'for you to'],
      unless: { sentence: ['sorry', '{apology|apologies|apologise+|apologize+}', 'genuinely', 'sincerely', 'enjoy+', 'worth it', 'learn+', 'because', 'so i could'] },
    },
    {
      patterns: [
        '{funny|amazing|incredible|remarkable|hilarious|ironic|cute|rich|astonishing|impressive|fascinating|curious|interesting} how {fast|quickly|quick|soon|suddenly|promptly|speedily|easily|readily} {you|your *|they|the *|everyone|people|someone|somebody|things|that|it|he|she}',
        '{funny|amazing|incredible|remarkable|hilarious|ironic|cute|rich|astonishing|interesting|curious|odd|strange|telling} how {you|your *|they|the *|he|she|everyone|someone|somebody} {found|had|have|has|could find|managed to find|made|make|always|never|can|could|did|suddenly|somehow}',
      ],
      start: true,
      reason: 'A pointed "funny how…" reads as sarcasm.',
      requires: ['{once|when|after|as soon as|the moment|the minute|right after|now that|only after} i', 'but not', 'but never', 'but no', 'but could not', 'but can not', 'yet not', 'yet no', 'yet could not', 'yet can not', 'never', 'not to reply', 'not to respond', 'not to answer', 'no time', 'ghost+', 'ignore+', 'reject+', 'another offer', 'other offer', 'competing offer', 'linkedin', 'twitter', 'posted', 'reposted', 'still {open|advertised|listed|up|posted|live}'],
      unless: { sentence: ['sorry', '{apology|apologies|apologise+|apologize+}', 'genuinely', 'sincerely', 'small world', 'world is', 'enjoy+', 'lovely', 'thank+'] },
    },
    {
      patterns: [
        '{is|was|are|were|am} no match for',
        '{clearly|obviously|evidently|apparently|of course} {my|ten|# |years of|a decade of|two decades of} *** {counts|count|counted|mean|means|meant|matters|matter|mattered} for {nothing|very little|little|less than}',
      ],
      reason: 'Irony at the reader’s expense reads as sarcasm.',
      requires: ['clearly', 'obviously', 'evidently', 'apparently', 'of course', 'silly me', 'naturally', 'nephew', 'niece', 'who knows', 'friend of', 'golf', 'buddy', 'graduate'],
      unless: { sentence: ['sorry', '{apology|apologies|apologise+|apologize+}', 'genuinely', 'sincerely', 'my {python|english|french|spanish|german|chess|golf|cooking|skills}'] },
    },
    {
      patterns: [
        '[a|such a|what a|that was a|a truly|a really|a very] {productive|great|wonderful|fantastic|excellent|brilliant|terrific|good|valuable|worthwhile|fine|efficient|splendid|marvellous|marvelous} use of {@mytime|# hours|# minutes|# days|# weeks|@count hours|@count days|@count weeks|an afternoon|a morning|a day|a whole day|an entire day|a week|everyone \'s time|everybody \'s time|a vacation day|a day off|a holiday|my annual leave|annual leave|a sick day|the day}',
      ],
      start: true,
      reason: 'Ironic praise for a wasted interview reads as sarcasm.',
      requires: ['well', 'wow', 'oh', 'yeah', 'gee', 'ah', 'so', 'that was', 'what a', 'truly', 'really', 'such'],
      unless: { sentence: ['thank+', 'enjoy+', 'learn+', 'appreciate+', 'glad', 'grateful', 'sorry', '{apology|apologies|apologise+|apologize+}', 'genuinely', 'sincerely', 'hope'] },
    },
    {
      patterns: [
        '{#|one|two|three|four|five|a couple of|a few} whole {sentence|sentences|line|lines|word|words|paragraph|paragraphs|minutes|seconds}',
        '{a|one|the|that} whole {sentence|line|word|paragraph} [of feedback]',
        '{groundbreaking|ground breaking|earth shattering|revolutionary|life changing|riveting|priceless|mind blowing|game changing|pulitzer worthy|award winning} {feedback|insight|insights|advice|explanation|response|reply|answer|reasoning|critique|analysis}',
      ],
      reason: 'Mock praise for thin feedback reads as sarcasm.',
      unless: { before: ['not'], sentence: ['sorry', '{apology|apologies|apologise+|apologize+}', 'genuinely', 'sincerely', 'thank you for {the|your} {feedback|notes|advice|help|detailed|honest|thoughtful}', 'really {valuable|helped|helpful}', 'took me', 'it took', 'i spent', 'i wrote'] },
    },
    {
      patterns: [
        'i am [@intens] {overwhelmed|speechless|touched|moved|blown away|bowled over|floored|humbled|honoured|honored|flattered|dazzled}',
      ],
      end: true,
      reason: 'Mock gratitude for a thin reply reads as sarcasm.',
      requires: ['whole', 'form', 'automated', 'generic', 'canned', 'template', 'one line', 'single line', 'two lines', 'one sentence', 'two sentences', 'one word', 'two words', 'nothing', 'not the right fit', 'ghost+', 'reject+', 'bot', 'algorithm'],
      unless: { sentence: ['sorry', '{apology|apologies|apologise+|apologize+}', 'genuinely', 'sincerely', 'thank+ for {the|your} {offer|kind|generous|support|help}', 'offer'] },
    },
    {
      patterns: [
        '{the|your|that|this|what a} {famous|classic|good old|good ol|infamous|timeless|trusty|age old|time honoured|time honored|dreaded|proverbial|old|legendary|trademark|signature} {we|not the right|not a|more|another|someone|line|excuse|brush off|form|reply|response|rejection|non answer|non-answer|keep your|keep you|on file|culture fit|fit|it is not you|it is not|unfortunately|we regret|after careful|position has been|role has been}',
      ],
      reason: 'Mocking the employer’s stock wording reads as sarcasm.',
      requires: ['fit', 'aligned', 'someone', 'another', 'other candidates', 'on file', 'direction', 'went with', 'decided', 'regret', 'unfortunately', 'careful consideration', 'not you', 'filled', 'excuse', 'brush off', 'form', 'rejection', 'non answer', 'non-answer', 'line'],
      unless: { sentence: ['sorry', '{apology|apologies|apologise+|apologize+}', 'genuinely', 'sincerely', 'thank+', 'enjoy+'] },
    },
    {
      patterns: [
        '{your|the|such a|what a} {commitment|dedication|devotion|attention|approach|respect|care|regard} {to|for} {candidate experience|the candidate experience|candidates|applicants|communication|transparency|feedback|timelines|deadlines|keeping candidates informed|people|your candidates|other people \'s time|my time|our time} *** {is|was|has been|are|really is|truly is} [@intens] {inspiring|remarkable|impressive|admirable|commendable|astounding|astonishing|legendary|unmatched|second to none|breathtaking|stunning|exemplary|touching|heartwarming|noted|noticed|something else|a sight to behold|a masterclass}',
        '{a|an|what a|such a|truly a|real} masterclass in {ghosting|ignoring|wasting|disrespect|disorganisation|disorganization|poor communication|how not to|bad communication|evasion|vagueness}',
      ],
      reason: 'Mock admiration reads as sarcasm.',
      requires: ['ghost+', 'ignore+', 'waste+', 'reject+', 'form', 'automated', 'generic', 'canned', 'template', 'silence', 'no {reply|response|word|answer|feedback|update}', 'never', 'not {a word|a peep|once|even}', 'weeks', 'months', 'reschedule+', 'cancel+', 'masterclass', 'dark', 'hanging', 'waiting'],
      unless: { sentence: ['sorry', '{apology|apologies|apologise+|apologize+}', 'genuinely', 'sincerely', 'thank+', 'enjoy+', 'love+', 'talk', 'workshop', 'session', 'webinar', 'presentation', 'book', 'blog', 'article'] },
    },
    {
      patterns: [
        'i am sure {it|that|this|{the|my|your|that|this} [*] [*] [*] *} {was|is|were|are|will be} [@intens] {just|only|merely|simply|purely} {a formality|a coincidence|an oversight|a misunderstanding|for show|a technicality|a box ticking exercise|box ticking}',
      ],
      reason: 'Feigned confidence in the employer reads as sarcasm.',
      requires: ['unpaid', 'assignment', 'take home', '# hour', '@count hour', 'hours', 'rounds', 'again', 'another', 'reposted', 'internal', 'nephew', 'niece', 'friend', 'ghost+', 'ignore+', 'weeks', 'months', 'same day', 'the day after', 'the next day'],
      unless: { sentence: ['sorry', '{apology|apologies|apologise+|apologize+}', 'genuinely', 'sincerely', 'background check', 'reference check', 'no problem', 'no worries'] },
    },
    {
      patterns: [
        '{the|your} {world|world s|worlds|industry|country|city|universe|century|decade|planet} {\'s|s} {slowest|longest|most drawn out|most confusing|most elaborate|most convoluted|most chaotic|most pointless|most tedious|most exhausting|most bureaucratic|most disorganised|most disorganized|lengthiest|vaguest|least informative|most generic|most impersonal|fastest rejection|quickest rejection}',
        '{the|your} {world|world s|worlds} {slowest|longest|most drawn out|most confusing|most elaborate|most convoluted|most chaotic|most pointless|most tedious|lengthiest|vaguest|least informative|most generic|most impersonal}',
        '{bravo|kudos|hats off|gold star|a gold star|a medal|a round of applause|applause|well played|nice work|good job|great job} {on|for|to you for|to your team for|to everyone for|to whoever} {running|ghosting|ignoring|wasting|losing|cancelling|canceling|rescheduling|forgetting|managing to|taking|keeping|stringing|leaving|misplacing|the world|the slowest|the longest|such a|that|another}',
      ],
      reason: 'Mock praise reads as sarcasm.',
      requires: ['slowest', 'longest', 'drawn out', 'confusing', 'convoluted', 'chaotic', 'pointless', 'tedious', 'exhausting', 'bureaucratic', 'disorganised', 'disorganized', 'lengthiest', 'vaguest', 'least', 'generic', 'impersonal', 'ghost+', 'ignore+', 'waste+', 'lose+', 'lost', 'cancel+', 'reschedule+', 'forget+', 'forgot', 'misplace+', 'string+', 'leave+', 'left', 'keeping me', 'weeks', 'months', 'again', 'another', 'never', 'silence', 'form', 'automated'],
      unless: { sentence: ['sorry', '{apology|apologies|apologise+|apologize+}', 'genuinely', 'sincerely', '{congrats|congratulations|congratulate+} on {the|your} {launch|funding|promotion|new|award|round|milestone|anniversary}'] },
    },
    {
      patterns: [
        '{look+ forward to|can not wait|can hardly wait|excited|eager|thrilled|counting the days} [to] [{read|see|get|receive|hear|reading|seeing|getting|receiving|hearing}] {your|the} {next|another|following|inevitable|upcoming} [*] {form|automated|generic|canned|rejection|template|templated|copy paste|brush off|excuse|reschedule+|cancellation|delay|non answer|non-answer|ghosting|silence|no reply|lowball|postponement}',
      ],
      reason: 'Mock eagerness for the next brush-off reads as sarcasm.',
      unless: { sentence: ['sorry', '{apology|apologies|apologise+|apologize+}', 'genuinely', 'sincerely'] },
    },
    {
      patterns: [
        '{pleasure|joy|delight|treat|privilege|honour|honor|thrill|blast|fun} [it was|it is|it has been] to be {kept in the dark|kept waiting|kept guessing|kept hanging|kept on hold|left hanging|left in the dark|left on read|left waiting|left guessing|ghosted|ignored|strung along|rejected|messed around|jerked around|passed over|lied to|dragged along|given the runaround|turned down|screened out|dismissed|stood up|cancelled on|canceled on|talked down to|interrupted|lowballed|low balled|brushed off|fobbed off}',
        '{pleasure|joy|delight|treat|privilege|honour|honor|thrill|blast|fun} [it was|it is|it has been] {being|getting} {kept in the dark|kept waiting|left hanging|left in the dark|ghosted|ignored|strung along|rejected|messed around|jerked around|passed over|lied to|given the runaround|stood up|talked down to|interrupted|lowballed|brushed off|fobbed off}',
      ],
      reason: 'Mock delight at being mistreated reads as sarcasm.',
      unless: { before: ['not', 'no'], sentence: ['sorry', '{apology|apologies|apologise+|apologize+}', 'genuinely', 'sincerely'] },
    },
    {
      patterns: [
        '{loved|love|enjoyed|liked|adored|appreciated|especially loved|particularly enjoyed|especially enjoyed|particularly liked} the {part|bit|moment|point|way} {where|when|in which}',
        '{my favourite|my favorite|the best} {part|bit|moment} {was|is} {when|where|how|the}',
      ],
      reason: 'Mock enjoyment of a bad interview reads as sarcasm.',
      requires: ['phone', 'the whole time', 'the entire time', 'yawn+', 'ignore+', 'forgot', 'forgotten', 'interrupt+', 'late', 'no show', 'never', 'nobody', 'no one', 'cut me off', 'rolled', 'laptop', 'email+ during', 'laugh+ at', 'rejected', 'ghost+', 'cancel+', 'had not read', 'did not read', 'not read', 'had not even', 'did not even', 'asleep', 'checked out', 'talked over', 'scroll+'],
      unless: { sentence: ['sorry', '{apology|apologies|apologise+|apologize+}', 'genuinely', 'sincerely'] },
    },
    {
      patterns: [
        'nothing like {a|an|another|the|being|getting|receiving|some} *** to {brighten|make|start|end|cheer|lift|kick off|round off|top off|finish|perk up|boost|warm|set the tone}',
        'nothing {brightens|makes|starts|ends|cheers|lifts|warms|says} ** {like|quite like|more than} {a|an|another|the|being|getting|receiving}',
      ],
      reason: 'Irony at the reader’s expense reads as sarcasm.',
      requires: ['rejection', 'reject+', 'generic', 'form', 'automated', 'canned', 'template', 'ghost+', 'ignore+', 'unpaid', 'lowball', 'silence', 'cancel+', 'reschedule+', 'no {reply|response|word}', 'radio silence', 'brush off'],
      unless: { sentence: ['sorry', '{apology|apologies|apologise+|apologize+}', 'genuinely', 'sincerely'] },
    },
    {
      patterns: [
        'how {could|can|would} {i|anyone|anybody|one|someone} [possibly|ever|even] {say no|refuse|resist|turn it down|turn that down|turn this down|pass it up|pass that up|pass this up|decline|say no to that|say no to this}',
        'what {could|can} [possibly] go wrong',
        'sign me up',
        'where do i sign',
      ],
      reason: 'Mock enthusiasm for a poor offer reads as sarcasm.',
      requires: ['twice the', 'double the', 'triple the', 'for free', 'unpaid', 'pay cut', 'less', 'lower', 'below', '%', 'percent', 'exposure', 'commission only', 'workload', 'weekends', 'on call', 'overtime', 'no {benefits|pay|salary|raise|bonus|holiday|holidays|vacation}', 'minimum wage', 'half', 'peanuts', 'lowball', 'trial', 'intern'],
      unless: { sentence: ['sorry', '{apology|apologies|apologise+|apologize+}', 'genuinely', 'sincerely', 'thrilled', 'delighted', 'excited', 'honoured', 'honored', 'pleasure', 'volunteer+', 'charity', 'food bank', 'fundraiser', 'fundraising'] },
    },
    {
      patterns: ['{must|it must|it has to|that must|that has to} be {nice|lovely|great|wonderful|fantastic|convenient|handy|pleasant|relaxing|fun|easy|a nice feeling}'],
      reason: 'A mocking "must be nice…" reads as sarcasm.',
      requires: ['take [*] {@span|a month|a week|weeks|months|ages|forever|so long} to {answer|reply|respond|get back|read|decide|write back}', '{@span|a whole month|weeks|months|ages|forever} to {answer|reply to|respond to|get back|read} {one|a single|a simple|an|my} {email|message|question|note}', 'not {have|having|need|needing|bother|bothering} to', 'never {have|having|need|needing|bother|bothering} to', 'without {having|needing|replying|responding|answering|bothering|reading|a word|explanation|consequence|consequences}', 'ignore+', 'ghost+', 'not {reply|replying|respond|responding|answer|answering|read|reading|get back|getting back|follow|following}', 'no {reply|response|answer|consequence|consequences}', 'leave+ {candidates|people|applicants|me|us|everyone} {hanging|waiting|in the dark}', 'leaving {candidates|people|applicants|me|us|everyone} {hanging|waiting|in the dark}', 'keep+ {candidates|people|applicants|me|us|everyone} waiting', 'keeping {candidates|people|applicants|me|us|everyone} waiting', 'get+ paid to', 'getting paid to', 'paid for doing', 'anyone {s|\'s} emails', 'anyone', 'anybody', 'to people', 'to candidates', 'to applicants', 'string+ people', 'waste+ {people|other people|candidates|everyone}', 'never {reply|replying|respond|responding|answer|answering|read|reading}', 'at your leisure', 'whenever you feel like'],
      unless: { sentence: ['sorry', '{apology|apologies|apologise+|apologize+}', 'genuinely', 'sincerely', 'enjoy+', 'view', 'river', 'beach', 'office', 'commute', 'weather'] },
    },
    {
      patterns: ['{another|a further|an extra} {#|hundred|thousand|dozen|million|few hundred|few thousand|couple hundred} times'],
      reason: 'Mock eagerness to resend reads as sarcasm.',
      requires: ['maybe', 'perhaps', 'i will just', 'shall i', 'should i', 'i could'],
      unless: { sentence: ['sorry', '{apology|apologies|apologise+|apologize+}'] },
    },
    // Families from the t2 second batch.
    {
      patterns: [
        '{brilliant|fantastic|wonderful|marvellous|marvelous|lovely|splendid|super|terrific|awesome|perfect|excellent|great|amazing|fabulous|fab|cool|nice|swell|outstanding|superb|delightful|charming|just great|just perfect|just wonderful|just brilliant|oh great|oh wonderful|oh perfect|oh brilliant|oh fantastic|oh lovely|oh good|oh goody|oh cool|oh nice} {another|so|yet another|more|and|a|an|the|then|now}',
        '{great|good|wonderful|fantastic|brilliant|lovely|exciting|happy} news [then] i {guess|suppose}',
      ],
      start: true,
      reason: 'A mock "brilliant, another…" reads as sarcasm.',
      requires: ['reject+', 'ghost+', 'ignore+', 'waste+', 'unpaid', 'for free', 'free {consulting|consultancy|labour|labor|work}', 'form {letter|email|rejection|response|reply}', 'automated', 'generic', 'canned', 'template', 'templated', 'boilerplate', 'nobody', 'no one', 'no {reply|response|word|answer|feedback|update|news|explanation|reason}', 'not {a word|a peep|a single}', 'did not {even|read|bother|show}', 'never {heard|replied|responded|got back|received|answered|bothered|called}', 'internal candidate', 'nephew', 'niece', 'someone cheaper', 'lowball', 'pay cut', 'take home', 'silence', 'in the dark', 'strung along', 'left hanging', 'cancel+', 'reschedule+', 'last minute', 'reposted', 're posted', 'back on {linkedin|indeed|the job board|the jobs board|your website|your site|your careers page}', 'still {advertised|listed|posted}', 'i guess', 'i suppose', 'on file'],
      unless: { sentence: ['sorry', '{apology|apologies|apologise+|apologize+}', 'genuinely', 'sincerely', 'look+ forward', 'excite+', 'thank+', 'can not wait', 'see you', '{congrats|congratulations|congratulate+}', '{congrats|congratulations}', 'glad', 'happy to', 'i guess {that|this|it} means', 'i guess i will see'] },
    },
    {
      patterns: [
        'i am sure {you|your *|they|he|she|it|that|the *|the * *|this|whoever|the new *} ***',
      ],
      reason: 'Feigned confidence in the employer reads as sarcasm.',
      requires: ['peanuts', 'for free', 'minimum wage', 'exposure', 'nephew', 'niece', 'intern', 'golf buddy', 'drinking buddy', 'told you everything', 'all you needed to know', 'everything you needed to know', 'everything you need to know', 'mind reader+', 'unicorn', 'purple squirrel', 'superhero', 'for half', 'half the {pay|salary|price}', '{#|@count|one|two|three|five|ten|fifteen} minute {call|chat|screen|interview|conversation} {told|showed|gave|was}'],
      unless: { sentence: ['sorry', '{apology|apologies|apologise+|apologize+}', 'genuinely', 'sincerely', 'thank+'] },
    },
    {
      patterns: [
        '{such a|what a|very|so|really|truly|incredibly|wonderfully|impressively|admirably|beautifully} {thorough|rigorous|careful|considered|fair|respectful|transparent|efficient|smooth|well organised|well organized|organised|organized|professional|personal|personalised|personalized|thoughtful|streamlined|seamless} {process|review|assessment|evaluation|interview|decision|approach|selection|screening|hiring process|interview process|recruitment process}',
      ],
      reason: 'Mock praise for the process reads as sarcasm.',
      requires: ['{#|@count|one|two|three|five|ten|fifteen} minute', 'minutes', 'form {letter|email|rejection|response|reply}', 'automated', 'generic', 'canned', 'template', 'ghost+', 'never', 'nobody', 'no one', 'cancel+', 'without {reading|looking|a word|an interview|speaking|talking|meeting}', 'did not {even|read|bother|show|look}', 'had not {even|read|looked}', 'not even', 'told you everything', 'i am sure'],
      unless: { sentence: ['sorry', '{apology|apologies|apologise+|apologize+}', 'genuinely', 'sincerely', 'thank+', 'enjoy+', 'learn+', 'appreciate+'] },
    },
    {
      patterns: [
        '{actually|really|apparently|clearly|in practice|in reality|evidently|obviously} {means|meant|translates to|translated to|stands for|is code for|was code for}',
        '{is|was|being|are|were} [just] code for',
        'because {that is|this is|that was} {exactly|precisely|totally|absolutely|definitely|clearly|obviously} how {you|one|people|companies|a company|businesses|employers|recruiters|we|anyone|everyone} {treat|should treat|handle|run|build|keep|attract|retain|do|win|earn|get|make}',
        '{yeah|oh yeah|sure|oh sure|right|oh right|yes} because',
      ],
      reason: 'Irony at the reader’s expense reads as sarcasm.',
      requires: ['love how', 'loved how', 'like how', 'funny how', 'amazing how', 'adore how', 'apparently', 'so now', 'i see', 'i guess', 'i suppose', 'code for', 'exactly how', 'precisely how', 'in touch', 'on file'],
      start: false,
      unless: { sentence: ['sorry', '{apology|apologies|apologise+|apologize+}', 'genuinely', 'sincerely', 'thank+', 'which means i can', 'means a lot', 'means so much', 'meant a lot', 'meant so much', 'means the world', 'meant the world'] },
    },
    {
      patterns: [
        '{touched|flattered|honoured|honored|humbled|impressed|amazed|astonished|moved} {you|that you|anyone|that anyone|someone|that someone} [even|actually|finally|still] {remembered|remember|recalled|knew|know|bothered|replied|responded|read|noticed|opened|answered|found|managed}',
        '{touched|flattered|honoured|honored|humbled} {you|that you} {would|had|are|were|even|actually} {offer|offered|consider|considered|think|thought|propose|proposed}',
      ],
      reason: 'Mock gratitude reads as sarcasm.',
      requires: ['this time', 'finally', 'even', 'at last', 'eventually', 'bothered', 'less', 'lower', 'below', 'cut', 'half', 'peanuts', 'unpaid', 'for free', 'minimum wage', 'intern', 'junior', 'entry level', 'pay cut', 'than i {make|earn|get|am making|am earning|made|earned|currently}'],
      unless: { sentence: ['sorry', '{apology|apologies|apologise+|apologize+}', 'genuinely', 'sincerely', 'thank+', 'excite+', 'delighted', 'thrilled', 'grateful', 'think it over', 'consider it', 'consider the offer', 'days to'] },
    },
    {
      patterns: [
        '{look+ forward to|can not wait for|excited for|thrilled about|excited about|eager for|ready for} [the] {round|interview|stage|step|phase} {five|six|seven|eight|nine|ten|eleven|twelve|twenty|fifty|a hundred|# hundred}',
        '{look+ forward to|can not wait for|excited for|thrilled about|excited about|eager for|ready for} {round|interview|stage|step} {five|six|seven|eight|nine|ten|eleven|twelve|twenty|fifty|a hundred}',
        '{look+ forward to|can not wait to|can not wait for|excited to|hope to|expect to} {hear+|hearing|get+|getting|receive+|receiving} [back|a reply|a response|an answer|from you|your answer|your reply|your decision|the decision|feedback] {sometime|some time|maybe|perhaps|by|before|around|in} {next year|next decade|this century|next century|this decade|this lifetime|the next ice age|i retire|my retirement|hell freezes over|christmas next year|the heat death}',
      ],
      reason: 'Mock eagerness reads as sarcasm.',
      unless: { sentence: ['sorry', '{apology|apologies|apologise+|apologize+}', 'genuinely', 'sincerely'] },
    },
    {
      patterns: [
        'i wonder why {you|your *|the *|they|nobody|no one|people|candidates|applicants|good people|good candidates|anyone|it|that|this role|the role|the position}',
        '{no wonder|small wonder|it is no wonder|little wonder|it is little wonder|it is small wonder} {you|your *|the *|they|nobody|no one|people|candidates|applicants|good people|anyone|the role|the position|this role|that role}',
      ],
      reason: 'A pointed "I wonder why…" reads as sarcasm.',
      requires: ['struggl+', 'can not {fill|find|keep|hire|retain|attract}', 'having {trouble|a hard time|difficulty|problems}', 'keep+ losing', 'keep {losing|reposting|advertising}', 'still {looking|hiring|open|advertised|listed|posted|recruiting}', 'turnover', 'nobody {wants|stays|applies|accepts|lasts}', 'no one {wants|stays|applies|accepts|lasts}', 'leave', 'leaves', 'quit', 'quits', 'churn', 'reposted', 're posted', 'readvertised', 'declin+', 'turn+ {you|it} down', 'turned {you|it} down'],
      unless: { sentence: ['sorry', '{apology|apologies|apologise+|apologize+}', 'genuinely', 'sincerely', 'curious', 'if there is', 'could you', 'would you', 'can you', 'thank+'] },
    },
    {
      patterns: [
        '{thanks|thank you|cheers|appreciate+} *** {via|by|in|with|through|in the form of} {an automated|a form|a generic|a canned|a template|a templated|a two line|a one line|an auto|an auto generated|a boilerplate|a mass} {email|message|reply|response|letter|rejection|text|note}',
        '{automated|form|generic|canned|template|templated|two line|one line|auto generated|boilerplate|copy paste|copy and paste} {email|message|reply|response|letter|rejection|note} after {@count|#|all|all those|all of those|all my|all the|my} [*] {interviews|rounds|stages|months|weeks|hours|presentations|assignments|calls|meetings|tests}',
        '{appreciate+|thanks|thank you|cheers|grateful} *** taking {@span|a whole {week|month|fortnight}|an entire {week|month|fortnight}|a full {week|month|fortnight}|ages|forever|so long|this long|that long} to {send|reply|respond|tell|let|get back|write|answer|inform|update|reject|confirm}',
      ],
      reason: 'Mock thanks for a brush-off reads as sarcasm.',
      unless: { after: ['address', 'account', 'inbox', 'alias'], sentence: ['sorry', '{apology|apologies|apologise+|apologize+} for', 'genuinely', 'sincerely', 'i know', 'i understand', 'busy'] },
    },
    {
      patterns: [
        '{thanks|thank you|appreciate+|cheers} *** for {cancelling|canceling|rescheduling|moving|changing|dropping|pulling|postponing|calling off|bumping|shifting} ***',
        '{really|truly|totally|so} made my {day|week|month|year|morning|weekend}',
      ],
      reason: 'Mock thanks for a last-minute change reads as sarcasm.',
      requires: ['{#|an|a|one|two|half an|half a|ten|fifteen|twenty|thirty|five} {hour|hours|minutes|minute|day} {before|beforehand|ahead|prior|notice|in advance|early}', 'last minute', 'the night before', 'the morning of', 'on the day', 'at the last', 'again', '@ordinal time', 'for the @ordinal', 'without {notice|warning|telling|a word}', 'cancel+', 'reschedule+', 'ghost+', 'ignore+', 'reject+', 'form', 'automated', 'generic'],
      unless: { sentence: ['sorry', '{apology|apologies|apologise+|apologize+}', 'genuinely', 'sincerely', 'for letting me know', 'for the {heads up|notice|warning}', 'works {for me|better|well}', 'i understand', 'no problem', 'no worries', 'completely understand', 'hope {everything|all|you}'] },
    },
    {
      patterns: [
        '{hiring|looking for|recruiting|after|want|wanted|need|needed|expect|expected|expecting|searching for|seeking} [a|an|some kind of|some sort of] {mind reader|mind readers|mind-reader|psychic|psychics|wizard|wizards|magician|magicians|miracle worker|miracle workers|superhero|superheroes|unicorn|unicorns|rocket scientist|rocket scientists|brain surgeon|brain surgeons|genius|geniuses|saint|saints|fortune teller|fortune tellers|clairvoyant|clairvoyants|god|gods|demigod|a time traveller|time travellers|octopus}',
      ],
      reason: 'Mock exaggeration of the job’s demands reads as sarcasm.',
      requires: ['clearly', 'obviously', 'apparently', 'evidently', 'must be', 'i guess', 'i suppose', 'seems', 'seem', 'sounds like', 'of course', 'silly me'],
      unless: { sentence: ['sorry', '{apology|apologies|apologise+|apologize+}', 'genuinely', 'sincerely', 'thank+', 'job title', 'title'] },
    },
    {
      patterns: [
        '{definitely|totally|absolutely|certainly|surely|completely|obviously|clearly} not {free consulting|free consultancy|free labour|free labor|free work|unpaid work|unpaid labour|unpaid labor|spec work|a scam|a way to get free|a ploy|a trick|a con|exploitation|exploitative}',
        'not at all {free consulting|free consultancy|free labour|free labor|free work|unpaid work|spec work}',
      ],
      reason: 'Irony about unpaid work reads as sarcasm.',
    },
    // Families from the t2 third batch.
    {
      patterns: [
        '{honour|honor|privilege|pleasure|treat|joy|delight|thrill} [it was] to {spend|waste|give up|sacrifice|lose|burn|use|devote|dedicate|donate|drive|travel|sit|wait|put in|invest}',
      ],
      reason: 'Mock gratitude for wasted effort reads as sarcasm.',
      requires: ['unpaid', 'for free', 'for nothing', '{coding|take home|technical|design|writing} {challenge|assignment|test|task|exercise|project}', 'assignment', 'my {entire|whole} {saturday|sunday|weekend|evening|night|holiday|day off|week}', 'my weekend', 'my saturday', 'my sunday', 'my day off', 'my vacation', 'my holiday', 'only to', 'just to be', 'to be {told|rejected|ghosted|ignored}'],
      unless: { before: ['not', 'no'], sentence: ['sorry', '{apology|apologies|apologise+|apologize+}', 'genuinely', 'sincerely', 'enjoy+', 'learn+', 'thank+', 'fun', 'interesting', 'great team', 'lovely team'] },
    },
    {
      patterns: [
        '{@span|# hours|hours|a day|minutes|an hour} after i {had already|already|had} {drove|driven|travelled|traveled|flew|flown|arrived|showed up|turned up|sat|taken|took|resigned|handed in|declined|turned down}',
        '{@span|# hours|hours|a day|minutes|an hour} after i {drove|travelled|traveled|flew|arrived|showed up|turned up|resigned|handed in|declined|turned down}',
      ],
      reason: 'Mock thanks for a late notice reads as sarcasm.',
      requires: ['appreciate+', 'thanks', 'thank you', 'cheers', 'grateful', 'great', 'lovely', 'nice', 'wonderful', 'brilliant'],
      unless: { sentence: ['sorry', '{apology|apologies|apologise+|apologize+} for', 'genuinely', 'sincerely', 'i understand', 'no worries', 'no problem'] },
    },
    {
      patterns: [
        'would {get|be} {ghosted|rejected|ignored|strung along|lowballed|low balled|messed around|jerked around|stood up|lied to} again',
        '{#|ten|five|zero|one|two} {out of|stars out of} {#|ten|five} ** would {not|never} {recommend|apply|do it}',
        '{ten|10} out of {ten|10} would {get|be|apply|interview|waste}',
      ],
      reason: 'A mock review reads as sarcasm.',
      unless: { sentence: ['sorry', '{apology|apologies|apologise+|apologize+}', 'genuinely', 'sincerely', 'thank+', 'enjoy+'] },
    },
    {
      patterns: [
        '{glad|great|nice|good|lovely|pleased|happy|thrilled|delighted|fun|a pleasure|wonderful|brilliant} *** {waste|wasting|wasted} *** {time|day|afternoon|morning|week|weekend|effort|energy|evening|saturday}',
        '{thanks|thank you|cheers|appreciate+} *** {for wasting|wasting|for the waste of} *** ** {time|day|afternoon|morning|week|weekend|effort|energy|evening|saturday|life}',
      ],
      reason: 'Mock delight at wasted time reads as sarcasm.',
      unless: { sentence: ['not', 'never', 'without', 'sorry', '{apology|apologies|apologise+|apologize+}', 'genuinely', 'sincerely', 'i hope i', 'hope i'] },
    },
    {
      patterns: [
        '{was|is|were|are} [just|only|merely|simply|apparently|clearly] [a|more of a|more like a] {suggestion|rough guide|fantasy|fairy tale|work of fiction|fiction|joke|wish list|wishlist|pipe dream|marketing exercise|marketing|for show|decoration|for decoration|decorative|aspirational|for appearances|for fun|for the look|window dressing|clickbait|bait}',
      ],
      reason: 'Irony about the employer’s promises reads as sarcasm.',
      requires: ['so', 'apparently', 'i guess', 'i see', 'clearly', 'obviously', 'turns out', 'turned out'],
      unless: { sentence: ['sorry', '{apology|apologies|apologise+|apologize+}', 'genuinely', 'sincerely', 'thank+', 'dress code', 'start time', 'my {suggestion|idea}'] },
    },
    {
      patterns: [
        '{thanks|thank you|cheers|appreciate+} [so much|a lot|ever so much|very much] for the {two line|one line|two sentence|one sentence|one word|single line|three line|two word|three word|five word|single sentence|curt|terse} {email|reply|response|rejection|message|note|answer|update|feedback}',
        '{can not say|could not say|can not pretend|can not claim} i am [@intens] surprised',
      ],
      reason: 'Mock thanks for a curt reply reads as sarcasm.',
      requires: ['surprised', 'after', 'finally', '@span', 'months', 'weeks', 'interviews', 'rounds', 'but', 'at least', 'i guess', 'ghost+', 'reject+', 'form', 'generic', 'automated'],
      unless: { sentence: ['sorry', '{apology|apologies|apologise+|apologize+}', 'genuinely', 'sincerely', 'the other candidate', 'strong', 'understand', 'makes sense', 'fair', 'confirming', 'confirmation'] },
    },
    {
      patterns: [
        'much wow',
        'such {professionalism|courtesy|class|efficiency|organisation|organization|respect|transparency|consideration|thoughtfulness|communication|punctuality|speed|urgency|competence|care|attention to detail}',
        '{what|wow what|oh what} {professionalism|courtesy|class|efficiency|organisation|organization|respect|transparency|consideration|thoughtfulness|punctuality|speed|urgency|competence|attention to detail}',
      ],
      end: true,
      reason: 'Mock praise reads as sarcasm.',
      unless: { sentence: ['thank+', 'appreciate+', 'enjoy+', 'impress+ by', 'admire+', 'grateful', 'refreshing', 'rare', 'great', 'lovely', 'love+', 'look+ forward', 'excite+', 'sorry', '{apology|apologies|apologise+|apologize+}', 'struck', 'by such', 'saw such', 'seen such', 'experienced such', 'with such', 'never seen'] },
    },
    {
      patterns: [
        'i have [got] {nothing but time|all the time in the world|nothing else to do|no other plans|nowhere else to be|literally nothing else}',
        '{please|by all means|feel free to|go ahead and|why not|do} [do|just|please] take {another|a few more|two more|three more|a couple more|as long as|all the time} {@span|month|week|year|months|weeks|years|you like|you want|you need}',
        '{it is|it s|that is} not like {i have|i need|i have got|anyone needs|people need} {bills|rent|a mortgage|other offers|other options|a life|anything else|other plans|a job to|a family}',
      ],
      reason: 'Mock patience reads as sarcasm.',
      requires: ['nothing but time', 'all the time in the world', 'nothing else to do', 'no other plans', 'nowhere else', 'literally nothing', 'by all means', 'why not', 'not like', 'another', 'i have got', 'i have'],
      unless: { sentence: ['sorry', '{apology|apologies|apologise+|apologize+}', 'genuinely', 'sincerely', 'any slot', 'any time works', 'so any', 'flexible', 'if you need', 'happy to', 'no problem', 'chat', 'coffee', 'call', 'slot', 'works', 'any time', 'anytime', 'happy', 'glad', 'love+'] },
    },
    {
      patterns: [
        '{love|happy|delighted|thrilled|excited|eager|glad|can not wait|pleased|dying} to {do|complete|take on|work on|sit|undertake|prepare|attend|give|write|build} {a|another|yet another|my|the|your} [*] {third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|@ordinal|another|unpaid|free|second unpaid}',
        '{love|happy|delighted|thrilled|excited|eager|glad|can not wait|pleased} to {do|complete|take on|work on|sit|undertake|prepare|attend|give|write|build} {yet another|another unpaid|another free|another round of|another take home|another assignment|another test|another case study|another presentation}',
      ],
      reason: 'Mock eagerness for more unpaid work reads as sarcasm.',
      unless: { sentence: ['sorry', '{apology|apologies|apologise+|apologize+}', 'genuinely', 'sincerely', 'thank+', 'next round', 'final round', 'second round', 'meet the team', 'final stage', 'if {needed|helpful|that helps|you need|required|necessary|useful}'] },
    },
    {
      patterns: [
        '{been|was|is|has been|remained|stayed} {urgent|immediate|asap} {for|since} {@span|months|a year|ages|over a year|half a year|two years|last year}',
        '{urgent|immediate|asap} {for|since} {@span|months|a year|ages} now',
      ],
      reason: 'Irony about the employer’s urgency reads as sarcasm.',
      unless: { sentence: ['sorry', '{apology|apologies|apologise+|apologize+}', 'genuinely', 'sincerely'] },
    },
    {
      patterns: [
        'truly impressive', 'very impressive', 'how impressive', 'most impressive', 'real classy', 'very classy', 'so classy', 'how classy', 'how professional', 'so professional', 'very professional',
        'slow clap', 'well played', 'touching', 'truly touching', 'how touching', 'very touching', 'typical', 'figures', 'classic move', 'what a joke', 'stellar work', 'stellar job', 'nice try',
        'classy', 'impressive stuff', 'very impressive stuff', 'real professional', 'real mature', 'very mature', 'so mature', 'how mature', 'just wow', 'wow just wow', 'interesting choice', 'bold choice', 'brave choice', 'bold move', 'interesting strategy', 'love that for me', 'love this for me', 'cool cool cool', 'cool cool', 'thanks i hate it', 'any day now', 'what a time to be alive', 'said no one ever', 'said nobody ever', 'bless your heart', 'not',
      ],
      alone: true,
      reason: 'A one-line mock compliment reads as sarcasm.',
    },
    {
      patterns: [
        '{that is|this is|that was|what a|quite a|certainly|definitely|that is certainly|that is definitely|that is one|that is an interesting|that is a novel|is certainly|is definitely|is one} one way to {respect|value|show|waste|run|handle|treat|end|conduct|manage|hire|recruit|reject|say no|tell|let|communicate|lose|attract|keep|retain|build|do business|treat people|say goodbye|welcome}',
        '{that is|this is|that was} {an interesting|a novel|a creative|an unusual|a unique|a bold|a special} way to {run|handle|treat|end|conduct|manage|hire|recruit|reject|say no|tell|let|communicate|lose|attract|keep|retain|do business|say goodbye|welcome}',
      ],
      reason: 'Irony about how they run things reads as sarcasm.',
      unless: { sentence: ['sorry', '{apology|apologies|apologise+|apologize+}', 'genuinely', 'sincerely', 'thank+', 'enjoy+', 'love+', 'learn+', 'great idea', 'smart'] },
    },
    {
      patterns: [
        '{the|oh the|such} irony',
        '{how|so|rather|a bit|quite|somewhat|deeply|truly} ironic',
        'ironically',
      ],
      reason: 'Pointing out the irony reads as sarcasm.',
      requires: ['can not', 'could not', 'never', 'does not', 'did not', 'do not', 'fail+', 'unable', 'ghost+', 'ignore+', 'reject+', 'nobody', 'no one', 'not even', 'no {reply|response|answer|feedback|word}', 'without {a|any|reply|response|feedback}', 'people first', 'people-first', 'values', 'culture', 'candidate experience', 'respect', 'communication'],
      unless: { sentence: ['sorry', '{apology|apologies|apologise+|apologize+}', 'genuinely', 'sincerely', 'thank+', 'enjoy+', 'love+', 'i {learned|learnt}', 'small world', 'funny', 'lol', 'haha'] },
    },
    {
      patterns: ['{gotta|got to|you gotta|you have to|you have got to|ya gotta|you got to} love {the|how|it when|when|a|an|companies|recruiters|employers|hiring managers|being}'],
      reason: 'A mock "gotta love…" reads as sarcasm.',
      requires: ['ghost+', 'ignore+', 'reject+', 'unpaid', 'for free', 'form {letter|email|rejection}', 'automated', 'generic', 'canned', 'silence', 'never', 'no {reply|response|word|answer|feedback}', 'cancel+', 'reschedule+', 'nobody', 'no one', 'not even', 'did not', 'without {a|any|reply|response|feedback|notice}', 'last minute', 'lowball'],
      unless: { sentence: ['sorry', '{apology|apologies|apologise+|apologize+}', 'genuinely', 'sincerely', 'thank+'] },
    },
    {
      patterns: [
        '{taking|took|take|taken|spending|spent} the time to {not|never} {read|look|reply|respond|answer|open|consider|review|call|show|prepare|listen|check}',
        '{great|nice|lovely|fun|a pleasure|good|wonderful|always a pleasure} {talking|speaking|chatting} {to|with} your {voicemail|answering machine|inbox|auto reply|autoreply|auto responder|out of office|bot|chatbot|ats|assistant s voicemail|no reply address}',
        '{treat|pleasure|joy|delight|honour|honor|privilege|thrill|pleasant surprise|lovely surprise|nice surprise|surprise} [it was|it is|it has been] to be {interviewed|assessed|judged|grilled|screened|evaluated|questioned|rejected} by {someone|somebody|a person|an interviewer|a panel|people|a manager|a recruiter|a hiring manager|an engineer|a director|a team} who',
        '{great|well|brilliantly|fantastically|amazingly|wonderfully|fine|admirably|impressively|pretty well|really well} {considering|given that|for people who|for someone who|for a team that|for a panel that}',
      ],
      reason: 'Irony at the reader’s expense reads as sarcasm.',
      requires: ['not', 'never', 'half', 'none', 'nobody', 'no one', 'voicemail', 'answering machine', 'inbox', 'auto reply', 'autoreply', 'auto responder', 'out of office', 'bot', 'chatbot', 'ats', 'no reply', 'phone', 'late', 'yawn+', 'clearly', 'obviously', 'apparently'],
      unless: { sentence: ['sorry', '{apology|apologies|apologise+|apologize+}', 'genuinely', 'sincerely', 'thank you for {taking|meeting|the chat|the call|your time|having}', 'enjoy+', 'learn+'] },
    },
    // Families from the t2 fourth batch.
    {
      patterns: [
        '{a whole|a full|an entire|all of|a mere|only} {@span|# weeks|# months|# days} to {tell|say|reply|respond|let|reject|decide|get back|answer|send|write|inform|turn}',
        '{remembered|remember|remembers|realised|realized|noticed|discovered|recalled|found out} {i|that i} {exist|existed|am alive|was alive|am still here}',
        '{you|they|your *|the *} {really|truly|certainly|have|sure} {outdid|outdone|outdo} {yourself|yourselves|themselves|himself|herself}',
        '{lesson|masterclass|master class|textbook example|perfect example|case study|crash course|tutorial|demonstration|clinic} in how not to',
        '{nice|lovely|classy|great|personal|thoughtful|special|elegant} touch',
        '{top marks|full marks|ten points|points|an a for effort|a for effort|gold star|an award|a prize|a medal} for {the|that|your|such a|this} [*] {creative|original|inventive|imaginative|novel|excuse|explanation|story|spin|effort|attempt}',
        '{creative|inventive|imaginative|novel|original|elaborate|convenient|fascinating} {excuse|excuses|explanation|story|reasoning|spin|interpretation|reading of}',
        '{really|truly|very|such|so|deeply} {inspiring|uplifting|encouraging|motivating|heartwarming|heart warming|enlightening|reassuring} stuff',
        '{can not wait to|will|going to|i will have to|i will be sure to} tell my {grandkids|grandchildren|kids|children|friends|therapist} about',
      ],
      reason: 'Irony at the reader’s expense reads as sarcasm.',
      requires: ['{tell|telling|told} me no', 'say no', 'to tell me', 'to say', 'to reject', 'never', 'reject+', 'ghost+', 'ignore+', 'cancel+', 'reschedule+', 'by text', 'last minute', '{#|@count|five|ten|fifteen|two} minutes {before|beforehand|notice}', 'form', 'generic', 'automated', 'excuse', 'exist', 'existed', 'alive', 'how not to', 'being told', 'overqualified', 'rejection', 'waited', 'silence', 'still here'],
      unless: { sentence: ['sorry', '{apology|apologies|apologise+|apologize+}', 'genuinely', 'sincerely', 'thank you for {the|your} {welcome|tour|gift|pack|lunch|note|card|flowers}', 'welcome pack', 'gift', 'my excuse', 'my explanation', 'talk', 'workshop', 'blog', 'article', 'book', 'webinar', 'session', 'presentation'] },
    },
    {
      patterns: [
        '{this|that|so} {painful|awful|long|confusing|disorganised|disorganized|unpleasant|tedious|chaotic|slow|drawn out|complicated|impersonal|cold|rude|pointless|exhausting|humiliating|awkward}',
      ],
      reason: 'Mock admiration reads as sarcasm.',
      requires: ['bravo', '{congrats|congratulations|congratulate+}', '{congrats|congratulations}', 'impressive', 'well done', 'kudos', 'hats off', 'did not think {anyone|anybody|a company|it was possible|you could|it possible|one could}', 'never thought {anyone|anybody|a company|it was possible|you could|it possible}', 'did not know {anyone|anybody|a company|it was possible|you could|it possible}', 'quite an achievement', 'takes talent', 'takes skill'],
      unless: { sentence: ['sorry', '{apology|apologies|apologise+|apologize+}', 'genuinely', 'sincerely', 'thank+', 'my fault', 'i was'] },
    },
    {
      patterns: [
        '{was not|is not|were not|are not|was never|is never} {strong|good|worth|important|interesting|valuable|impressive|relevant} enough {for|to get|to earn|to merit|to warrant|to deserve|to receive} {a reply|a response|an answer|a call|feedback|an email|a single|even|the courtesy|a rejection|acknowledgement|acknowledgment|a no}',
        '{found|find|made|make|took|take|taking|finding|making} the time to {reject|ghost|ignore|dismiss|turn down|cancel on|brush off|decline|lowball} me',
        '[really|sure|certainly|truly] know how to make {a candidate|candidates|someone|people|me|an applicant|applicants|us|a person|job seekers} feel special',
      ],
      reason: 'Irony at the reader’s expense reads as sarcasm.',
      requires: ['reply', 'response', 'answer', 'call', 'feedback', 'email', 'single', 'even', 'courtesy', 'rejection', 'acknowledgement', 'acknowledgment', 'a no', 'reject', 'ghost', 'ignore', 'dismiss', 'turn down', 'cancel on', 'brush off', 'decline', 'lowball', 'special', 'bank holiday', 'public holiday', 'christmas', 'weekend', 'sunday', 'saturday', 'new year', 'midnight', 'last minute', 'without', 'again', 'ghost+', 'cancel+', 'no notice', 'unpaid', 'for free', 'trip', 'drive', 'journey', 'flight', 'commute', 'train', 'wait', 'effort', 'hours', 'day off', 'money', 'fare', 'petrol', 'gas'],
      unless: { sentence: ['sorry', '{apology|apologies|apologise+|apologize+}', 'genuinely', 'sincerely', 'thank you for {the|your} {welcome|tour|gift|lunch|time}', 'loved', 'love+', 'enjoy+', 'learn+', 'glad', 'personally', 'rather than', 'instead of', 'at least', 'so we can', 'so that', 'so i can', 'great team'] },
    },
    {
      patterns: [
        '{brilliant|great|genius|fantastic|clever|smart|excellent|wonderful|stellar|inspired|bold} {idea|move|plan|decision|call|thinking|choice} [there] to {schedule|cancel|move|reschedule|ghost|ignore|book|hold|run|ask|make|post|send|put|set|have}',
      ],
      reason: 'Mock praise for a bad decision reads as sarcasm.',
      requires: ['bank holiday', 'public holiday', 'christmas', 'new year', 'midnight', 'last minute', 'without {notice|warning|telling|asking}', 'again', 'ghost+', 'cancel+', 'no notice', 'unpaid', 'for free', 'after {the|my|i|an} *** {offer|acceptance|accepted|resigned}'],
      unless: { sentence: ['sorry', '{apology|apologies|apologise+|apologize+}', 'genuinely', 'sincerely', 'thank+', 'so we can', 'so that', 'so i can', 'love+', 'enjoy+'] },
    },
    {
      patterns: [
        '{well|so|oh|and} that was [@intens] worth {the|a|my|all|every} [*] [*] [*] {trip|drive|journey|flight|round trip|commute|train|wait|effort|hours|day off|money|fare|petrol|gas}',
      ],
      start: true,
      reason: 'Mock praise for a wasted trip reads as sarcasm.',
      unless: { sentence: ['sorry', '{apology|apologies|apologise+|apologize+}', 'genuinely', 'sincerely', 'thank+', 'loved', 'love+', 'enjoy+', 'learn+', 'glad', 'great team', 'definitely', 'totally worth', 'well worth', 'so worth', 'really worth', 'absolutely'] },
    },
    // Families from the t2 fifth batch.
    {
      patterns: [
        '{nice|lovely|great|good|wonderful|refreshing|a treat} to {hear back|hear from you|get a reply|get an answer|get a response|finally hear|hear anything} {after|in} {only|just|a mere|a whole|a full|barely} {# weeks|# months|@count weeks|@count months|a month|over a month|more than a month|a whole month|a full month|a year}',
        '{carrier pigeon|carrier pigeons|smoke signal|smoke signals|snail mail|morse code|telegram|message in a bottle|owl post}',
        'the art of {the non answer|non answers|the non-answer|ghosting|saying nothing|the brush off|the runaround|vagueness|evasion|the form letter|ignoring|silence|wasting|the vague|stringing}',
        '{more|far more|much more|a lot more|way more} {communicative|responsive|helpful|human|personal|polite|courteous|professional|useful|informative} than {any|anyone|your|the|a single|every} [*] {human|person|people|recruiter|recruiters|staff|employee|employees|humans|manager|managers|one}',
        'do not {strain|exert|overexert|overwork|hurt|tire|exhaust} {yourself|yourselves|your *}',
        'do not {break a sweat|pull a muscle|bust a gut|hurt yourself|hurt yourselves}',
        'nothing {screams|shouts|says|quite says|conveys|shows|demonstrates|signals} *** like',
      ],
      reason: 'Irony at the reader’s expense reads as sarcasm.',
      requires: ['only', 'just', 'a mere', 'a whole', 'a full', 'barely', 'reply', 'response', 'answer', 'email', 'lost', 'art of', 'than', 'strain', 'exert', 'overexert', 'overwork', 'hurt', 'tire', 'exhaust', 'break a sweat', 'pull a muscle', 'bust a gut', 'rush', 'like'],
      unless: { sentence: ['sorry', '{apology|apologies|apologise+|apologize+}', 'genuinely', 'sincerely', 'thank you for {the|your} {welcome|tour|gift|lunch|time|help}', 'love+', 'enjoy+', 'learn+', 'my {dad|mum|mom|grandad|grandma|grandmother|grandfather}', 'hobby', 'course', 'class', 'coffee', 'welcome pack'] },
    },
    {
      patterns: [
        '{efficient|productive|great|wonderful|excellent|good|fine|effective} use of {# |@count|five|six|seven|eight|ten} [*] {interviewers|people|engineers|managers|staff|panelists|panellists|directors|senior people|executives} [\'s] {time|hours|afternoon|morning|day}',
        '{totally|perfectly|completely|entirely|absolutely} {normal|reasonable|fair|valid|sensible|legitimate|standard|acceptable} {reason|thing|way|excuse|practice|response}',
      ],
      reason: 'Irony at the reader’s expense reads as sarcasm.',
      requires: ['what', 'such', 'oh', 'well', 'sure', 'yeah', 'right', 'of course', 'reject+', 'turn down', 'turned down', 'ghost+', 'overqualified', 'not a fit', 'decide i', 'decided i'],
      unless: { sentence: ['sorry', '{apology|apologies|apologise+|apologize+}', 'genuinely', 'sincerely', 'i understand', 'understandabl+', 'thank+', 'appreciate+', 'respect', 'that makes sense', 'i agree'] },
    },
    {
      patterns: ['{perfected|perfecting|mastered|mastering|masters|master|honed|honing} the art of'],
      reason: 'Mock praise for a bad habit reads as sarcasm.',
      requires: ['non answer', 'non answers', 'non-answer', 'ghost+', 'saying nothing', 'brush off', 'runaround', 'vague', 'vagueness', 'evasion', 'form letter', 'ignore+', 'silence', 'waste+', 'string+', 'delay+', 'cancel+', 'reschedule+', 'disappear+', 'excuse+', 'stalling', 'dodg+'],
    },
    // Common one-liners.
    {
      patterns: ['just lovely', 'just great', 'just perfect', 'just wonderful', 'just brilliant', 'just fantastic', 'just marvellous', 'just marvelous', 'real professional', 'very mature', 'real mature', 'how mature', 'how grown up', 'great just great', 'perfect just perfect', 'lovely just lovely', 'wonderful just wonderful'],
      alone: true,
      reason: 'A one-line mock compliment reads as sarcasm.',
    },
    {
      patterns: [
        '{you|i|one} {can not|could not|can t|couldn t|would not be able to} make {this|it|that} {stuff|up} [up]',
        'you could not make it up',
      ],
      reason: 'Mock disbelief reads as sarcasm.',
    },
    {
      patterns: ['so much for {keeping|your|the|being|a|an|my|our|that|all|transparency|communication|respect|valuing|caring|putting|people first|candidate experience}'],
      start: true,
      reason: 'A dashed "so much for…" reads as sarcasm.',
      unless: { sentence: ['thank+', 'appreciate+'] },
    },
    {
      patterns: [
        'said no {one|candidate|applicant|person|body|human|job seeker|interviewee} ever',
        '{exposure|experience|a great culture|free snacks|a ping pong table|pizza fridays|culture} {does not|will not|can not|won t|doesn t} pay {the|my} {rent|bills|mortgage}',
        'my {landlord|bank|mortgage lender|supermarket} {does not|will not|doesn t|won t} accept {exposure|it|experience|that}',
        '{counts|count|counted|matters|mattered|means|meant} for so {much|little}',
        '{was|were} so {valued|appreciated|worthwhile|respected|well spent}',
        'you {should not|shouldn t|really should not|really shouldn t} have',
      ],
      reason: 'Irony at the reader’s expense reads as sarcasm.',
      requires: ['ever', 'rent', 'bills', 'mortgage', 'landlord', 'bank', 'glad', 'nice', 'good to', 'great', 'lovely', 'wonderful', 'reassuring', 'heartening', 'clearly', 'obviously', 'apparently', '%', 'raise', 'pay', 'salary', 'bonus', 'increase', 'cut', 'less', 'lower', 'lowball', 'rejection', 'form', 'generic'],
      unless: { sentence: ['sorry', '{apology|apologies|apologise+|apologize+}', 'genuinely', 'sincerely', 'thank you so much', 'gift', 'flowers', 'card', 'hamper', 'welcome pack'] },
    },
    // Families from the extra-r2a round (mock praise next to the bad treatment it describes).
    {
      patterns: [
        '{appreciate+|love+|adore+|enjoy+|impressed by|amazed by|amazing|incredible|impressive|remarkable|wonderful|great|nice|lovely} how {quickly|promptly|fast|swiftly|speedily|rapidly|soon|efficiently} {you|your *|they|he|she|the *|someone|somebody|anyone}',
      ],
      reason: 'Praising a reply that took months reads as sarcasm.',
      requires: ['a mere', '{#|@count} {weeks|months} {after|later|since|on}', 'finally', 'eventually', 'at last', '{my|the|your} {january|february|march|april|may|june|july|august|september|october|november|december} {application|email|message|interview|call|note|enquiry|inquiry|follow up}', 'from {january|february|march|april|may|june|july|august|september|october|november|december|last year|last month|the spring|the summer|the autumn|the winter|last spring|last summer|last autumn|last winter}', 'later', 'last year'],
      unless: { before: ['not'], sentence: ['sorry', '{apology|apologies|apologise+|apologize+}', 'genuinely', 'sincerely', 'despite', 'even though', 'although', 'considering', 'went', 'flew', 'passed', 'time {flies|flew}', 'intern+', 'internship', 'placement', 'settle+ in', 'made me feel'] },
    },
    {
      patterns: [
        '{real|such|great|impressive|excellent|top notch|true|fantastic|wonderful|amazing|incredible|stellar|remarkable|brilliant|lovely|stunning|superb|marvellous|marvelous|admirable|exemplary|exceptional|unparalleled|world class|meticulous|exquisite|laser|outstanding|fine} attention to detail',
        '{real|such|true|impressive|great|admirable|remarkable} {dedication|diligence|thoroughness|professionalism|commitment|care}',
        '{truly|so|very|how|really|such|most|ever so|oh so} {meticulous|thorough|careful|diligent|attentive|rigorous|precise|detail oriented}',
        '{attention to detail|professionalism|efficiency|organisation|organization|communication|diligence|care|thoroughness} at its {finest|best}',
      ],
      end: true,
      reason: 'Praising care next to a careless mistake reads as sarcasm.',
      requires: ['spel+', 'spelt', 'misspel+', 'typo+', 'wrong', 'my name', 'my surname', 'my first name', 'call+ me {by|as}', 'addressed me as', '\'s name', 'rejection', 'nobody', 'no one', 'not one', 'had not', 'did not', 'not even', '{#|@count|different} {ways|times|versions}', 'forgot', 'forgotten', 'lost'],
      unless: { sentence: ['sorry', '{apology|apologies|apologise+|apologize+}', 'genuinely', 'sincerely', 'thank you for {catching|spotting|noticing|fixing|correcting}', 'my {typo|mistake|error}', 'i {spelled|spelt|misspelled|misspelt}', '{spel+|spelt} out', 'remember+', '{spotted|caught|noticed|found|flagged|picked up|corrected|fixed}', 'not a single', 'not one {typo|mistake|error|slip}', 'no {typos|mistakes|errors}', 'without a single', '{miss|missed|misses} a {thing|beat|detail}', 'missed nothing', 'flawless', 'perfect', 'spotless'] },
    },
    {
      patterns: [
        '{real|such|great|impressive|excellent|top notch|true|fantastic|wonderful|amazing|incredible|stellar|remarkable|brilliant|lovely|stunning|superb|marvellous|marvelous|admirable|exemplary|exceptional|unparalleled|world class|meticulous|exquisite|laser|outstanding|fine} attention to detail [there|as always|as ever]',
        '{real|such|true|impressive|great|admirable|remarkable} {dedication|diligence|thoroughness|professionalism|commitment|care} [there|as always|as ever]',
      ],
      start: true,
      reason: 'Praising care next to a careless mistake reads as sarcasm.',
      requires: ['spel+', 'spelt', 'misspel+', 'typo+', 'wrong', 'my name', 'my surname', 'my first name', 'call+ me {by|as}', 'addressed me as', '\'s name', 'rejection', 'nobody', 'no one', 'not one', 'had not', 'did not', 'not even', '{#|@count|different} {ways|times|versions}', 'forgot', 'forgotten', 'lost'],
      unless: { sentence: ['sorry', '{apology|apologies|apologise+|apologize+}', 'genuinely', 'sincerely', 'thank you for {catching|spotting|noticing|fixing|correcting}', 'my {typo|mistake|error}', 'i {spelled|spelt|misspelled|misspelt}', '{spel+|spelt} out', 'remember+', '{spotted|caught|noticed|found|flagged|picked up|corrected|fixed}', 'not a single', 'not one {typo|mistake|error|slip}', 'no {typos|mistakes|errors}', 'without a single', '{miss|missed|misses} a {thing|beat|detail}', 'missed nothing', 'flawless', 'perfect', 'spotless'] },
    },
    {
      patterns: [
        '{amazing|incredible|impressive|remarkable|astonishing|wonderful|fascinating|brilliant|fantastic|fabulous|marvellous|marvelous|superb|terrific|splendid|stunning|extraordinary|quite something|something|funny|cute|lovely|great|nice} how {you|your *|nobody|no one|not one|none of|the *|they|he|she|someone|somebody|everyone|everybody}',
      ],
      start: true,
      reason: 'Mock wonder at a careless mistake reads as sarcasm.',
      requires: ['nobody', 'no one', 'not one', 'none of', 'had not', 'did not', 'not even', 'never', 'spel+', 'spelt', 'misspel+', 'wrong', 'forgot', 'forgotten', 'lost my', 'ghost+', 'ignore+', 'attention to detail', 'dedication'],
      unless: { sentence: ['sorry', '{apology|apologies|apologise+|apologize+}', 'genuinely', 'sincerely', 'thank+', 'learn+', 'enjoy+', 'grew', 'grown', '{congrats|congratulations|congratulate+}', 'i never {expected|thought|imagined|knew}', 'remember+', '{spel+|spelt} out', 'remember+', '{spotted|caught|noticed|found|flagged|picked up|corrected|fixed}', 'not a single', 'not one {typo|mistake|error|slip}', 'no {typos|mistakes|errors}', 'without a single', '{miss|missed|misses} a {thing|beat|detail}', 'missed nothing', 'flawless', 'perfect', 'spotless'] },
    },
    {
      patterns: [
        'sign me [right|straight|all the way] up',
        'count me [right] in',
        '{generous|fantastic|wonderful|amazing|exciting|brilliant|great|golden|incredible|tempting|attractive|lucrative|irresistible|unmissable} {opportunity|offer|deal|chance|proposition|package|prospect}',
      ],
      reason: 'Mock enthusiasm for unpaid work reads as sarcasm.',
      requires: ['unpaid', 'for free', 'commission only', 'no base', 'no salary', 'without pay', 'no pay', 'exposure', 'minimum wage', 'pay cut', 'pay to', 'pay for the privilege'],
      unless: { before: ['not'], sentence: ['sorry', '{apology|apologies|apologise+|apologize+}', 'genuinely', 'sincerely', 'thank+', 'grateful', 'appreciate+', 'considering', 'elsewhere', 'volunteer+', 'charity', 'i understand', 'even though', 'though', 'although', 'apprentice+', 'apprenticeship', 'internship', 'worth it', 'in exchange for', 'training'] },
    },
    {
      patterns: [
        '{very|so|such|super|really|truly|incredibly|extremely|wonderfully|v|real|most|ever so|oh so|genuinely|hugely|massively|superbly|beautifully|exquisitely|impressively|admirably|fabulously|gloriously|delightfully|amazingly|remarkably|refreshingly} {helpful|detailed|insightful|useful|valuable|constructive|thorough|actionable|informative|enlightening|illuminating|in depth|specific|personal|personalised|personalized|thoughtful|generous|comprehensive} feedback',
        '{is|was|that is|this is} [all] the {helpful|detailed|insightful|useful|valuable|constructive|thorough|actionable|informative|enlightening|illuminating|in depth|specific|personal|personalised|personalized|thoughtful|comprehensive} feedback',
        '{helpful|detailed|insightful|useful|valuable|constructive|thorough|actionable|informative|enlightening|illuminating|specific|comprehensive} feedback {there|indeed|as always|as ever}',
      ],
      reason: 'Calling thin feedback "detailed" reads as sarcasm.',
      requires: ['right fit', 'good fit', 'culture fit', 'cultural fit', 'a fit', 'another direction', 'different direction', 'other direction', 'other candidates', 'other applicants', 'other people', 'another candidate', 'better {match|fit}', 'closer {match|fit}', 'more {suitable|closely}', 'stronger candidates', 'were stronger', 'was stronger', 'more experienced candidate+', 'not this time', 'at this time', 'on this occasion', 'unsuccessful', 'not successful', 'on file', 'high volume', 'many applications', 'a lot of applications', '{a lot of|lots of|many|so many|a number of|several} {strong|excellent|great|qualified|talented|experienced} {applicants|candidates|applications|profiles}', 'strong {field|pool|applicants|candidates}', '{competitive|very competitive|highly competitive|strong} field', 'high calibre', 'high caliber', '{one|two|single|#} {word|line|sentence}', 'form letter', 'generic', 'template', 'automated', 'canned'],
      unless: { before: ['not', 'more', 'any', 'some', 'for'], sentence: ['sorry', '{apology|apologies|apologise+|apologize+}', 'genuinely', 'sincerely', 'understand', 'makes sense', 'i will {work|use|take|keep|focus}', 'work on', 'appreciate+', 'grateful', 'value', 'would {love|like|welcome}', 'could you', 'can you', 'would you', 'if possible', 'happy to', 'i {know|realise|realize|imagine|can imagine|appreciate|gather}', 'no doubt', 'thank you', 'thanks'] },
    },
    {
      patterns: [
        '{great|fantastic|wonderful|excellent|brilliant|terrific|good|productive|superb|efficient|fine|splendid|marvellous|marvelous|stellar|effective|valuable|smart|worthwhile} use of {everyone is|everybody is|our|my|all our|all of our|the panel is|your|their|the team is|its|the whole panel is|the entire panel is|the whole team is|the entire team is|everyone on the panel is|the panel \'s|the whole panel \'s|the entire panel \'s|the team \'s|the whole team \'s|the interviewers \'|everyone \'s|everybody \'s} [whole|entire|own|precious|only|free|spare] [monday|tuesday|wednesday|thursday|friday|saturday|sunday] {time|afternoon|morning|day|days|evening|week|weekend|saturday|sunday|holiday|annual leave|leave|day off|hours|energy|effort|lunch break|lunch hour}',
      ],
      reason: 'Ironic praise for a wasted interview reads as sarcasm.',
      requires: ['filled', 'internal+', 'all along', 'the whole time', 'the entire time', 'never', 'not even', 'cancel+', 'reject+', 'already {filled|gone|taken|decided|hired}', 'already {picked|chosen|selected|found|offered it to|promised it to|appointed|hired} {someone|somebody|a candidate|an internal|the candidate|another|your|their|his|her}', '{was|were|is} not {open|real|available|there}', 'no show', 'no-show', 'ghost+', 'two line', 'one line', 'form letter', 'generic'],
      unless: { sentence: ['sorry', '{apology|apologies|apologise+|apologize+}', 'genuinely', 'sincerely', 'thank+', 'appreciate+', 'enjoy+', 'learn+', 'workshop', 'never {regret|forget}', 'i understand', 'wish', 'hackathon', 'prize', 'fun', 'worth it', 'even though', 'though', 'although', 'get to know', 'let us', 'let me', 'helped', 'useful'] },
    },
    {
      patterns: [
        '{truly|really|quite|such|certainly|definitely|what|indeed|absolutely} {an|a} [truly|really|absolutely|genuinely|most|thoroughly] {unforgettable|memorable|unique|special|one of a kind|once in a lifetime|eye opening|educational|enlightening|magical|delightful|wonderful|remarkable|character building|humbling|rewarding|fun|pleasant} {experience|process|day|afternoon|morning|journey|ride|adventure|time|few months|few weeks|summer|week}',
        '{a|an} {truly|really|absolutely|genuinely|most|thoroughly} {unforgettable|memorable|unique|special|one of a kind|eye opening|educational|enlightening|magical|delightful|wonderful|remarkable|character building|humbling|rewarding} {experience|process|day|afternoon|morning|journey|ride|adventure|time}',
      ],
      reason: 'Ironic praise for a bad process reads as sarcasm.',
      requires: ['rejection', 'reject+', 'two line', 'one line', 'form letter', 'form email', 'generic', 'automated', 'silence', 'ghost+', 'ignore+', 'waiting', 'waited', 'had not', 'did not', 'not even', 'unpaid', 'cancel+', 'no show', 'no-show'],
      unless: { sentence: ['sorry', '{apology|apologies|apologise+|apologize+}', 'genuinely', 'sincerely', 'thank+', 'grateful', 'appreciate+', 'even though', 'despite', 'although', 'though', 'learn+', 'enjoy+', 'never {forget|regret}', 'i will {never|not} forget', 'welcome', 'feel', 'kind', 'did not {hesitate|mind|expect}'] },
    },
    {
      patterns: [
        'know {your|the|their|his|her} [*] [*] {carpet|carpets|lobby|reception|reception area|waiting room|waiting area|foyer|office|building|car park|parking lot|parking garage|hold music|voicemail|voicemail greeting|coffee machine|vending machine|elevator|lift|lifts|front desk|receptionist|security guard|security desk|meeting room|meeting rooms|boardroom|video call background|zoom background|wallpaper|ceiling tiles|furniture|chairs|sofa} better than {my own|my|i know my|most of your|your own}',
        '{could|can|should} {give|do|run|lead} {the|your|visitors the|candidates the|people the|new hires the} [*] {office|building|site|campus} tour [myself|by now]',
        'know {your|the} hold music by heart',
        'on first name terms with {your|the} {receptionist|security guard|security team|front desk|doorman|concierge|barista|hold music}',
      ],
      reason: 'Joking that you practically live in their office reads as sarcasm.',
      unless: { sentence: ['sorry', '{apology|apologies|apologise+|apologize+}', 'genuinely', 'sincerely', 'intern+', 'internship', 'placement', 'worked there', 'used to work', 'my time there', 'as an employee', 'contract+', 'come back', 'return'] },
    },
    {
      patterns: [
        '{love|loved|loving|enjoy|enjoyed|enjoying|adored|adore|appreciated|relished|savoured|savored|cherished|treasured} {waiting|sitting on hold|sitting around|sitting|being on hold|being put on hold|hanging around|hanging on|standing around|being kept waiting|being kept|being left|chasing|refreshing my inbox|refreshing|checking my inbox|checking my email|staring at my inbox}',
      ],
      reason: 'Mock enjoyment of being kept waiting reads as sarcasm.',
      requires: ['@span', 'minutes', 'hours', '{an|a full|a whole|over an|half an} hour', 'all {weekend|week|day|night|month|morning|afternoon|evening|summer}', 'never {came|arrived|happened|called|rang|materialised|materialized}', 'on hold', 'to be told', 'rejection', 'reject+', '{one|two|three|single|#} {line|sentence|word}', 'no one', 'nobody', 'before anyone', 'before someone', 'silence', 'ghost+', 'form letter', 'generic', 'automated'],
      unless: { after: ['in on', 'with', 'for the {results|outcome} of'], sentence: ['sorry', '{apology|apologies|apologise+|apologize+}', 'genuinely', 'sincerely', 'thank you for {waiting|your patience|the coffee|the tea|the tour|the welcome}', 'garden', 'view', 'not {mind|minded}', 'did not mind', 'no problem', 'worth', 'coffee', 'cafe', 'café', 'tea', 'lovely', 'nice', 'beautiful', 'watching', 'feel for', 'gave me', 'got to see'] },
    },
    {
      patterns: [
        '{love|loved|enjoy|enjoyed|adored|appreciated|relished|savoured|savored} {spending|driving|travelling|traveling|commuting|flying|taking|burning|using|giving up|rearranging|preparing}',
      ],
      reason: 'Mock enjoyment of wasted effort reads as sarcasm.',
      requires: ['for a {one|two|three|single|#|@count} {line|sentence|word}', 'for a {form|generic|canned|automated|template}', 'rejection', 'only to', 'just to be told', 'to be told', 'no one {turned|showed|was}', 'nobody {turned|showed|was}', 'cancel+', 'no show', 'no-show', 'unpaid', 'for nothing', 'never {heard|got|received}'],
      unless: { sentence: ['sorry', '{apology|apologies|apologise+|apologize+}', 'genuinely', 'sincerely', 'thank+', 'learn+', 'even though', 'despite', 'although', 'worth'] },
    },
    {
      patterns: [
        '{so|very|truly|really|eternally|deeply|forever|ever so|most|just so|immensely|hugely|incredibly|extremely|infinitely|endlessly|overwhelmingly|massively|beyond|so very|sincerely} {grateful|thankful|appreciative|touched|honoured|honored|flattered} {for|by} {the|your|that|this|a} [*] [*] {two line|one line|three line|# line|one sentence|two sentence|three sentence|single sentence|one word|single line|form|generic|automated|canned|template|templated|copy paste|boilerplate}',
      ],
      reason: 'Mock gratitude for a form rejection reads as sarcasm.',
      requires: ['rounds', 'interviews', 'onsite', 'weeks', 'months', 'hours'],
      unless: { sentence: ['sorry', '{apology|apologies|apologise+|apologize+}', 'genuinely', 'sincerely', 'kind', 'kindly', 'wishing', 'good luck', 'welcome', 'encourag+', 'note of', 'support+', 'reference', 'referral', 'recommendation', 'you wrote', 'there'] },
    },
    {
      patterns: [
        '{nice|lovely|great|wonderful|good|fun|delightful|a treat|a joy|a pleasure|a delight|refreshing|charming|fantastic|brilliant|such a treat|what a treat|what a joy|what a pleasure|what a delight|thrilling|a thrill|fascinating|interesting} to {learn|find out|discover|hear|realise|realize|read|be told|see}',
      ],
      reason: 'Mock delight at learning the role was never open reads as sarcasm.',
      requires: ['filled internally', 'internal candidate', 'internal hire', 'all along', 'the whole time', 'the entire time', 'already {filled|gone|taken|decided|hired|chosen|promised}', 'before i [had] [even] applied', 'never {open|real|available|existed|really open|actually open}', 'was not {open|real|available}'],
      unless: { sentence: ['sorry', '{apology|apologies|apologise+|apologize+}', 'genuinely', 'sincerely', 'thank+', 'understand', 'wish', '{congrats|congratulations|congratulate+}', 'happy for', 'glad for', 'glad that {they|he|she|someone}', 'good luck', 'best of luck', 'i hope', 'hope {it|they|he|she|the}', 'goes well', 'go well', '{stay|keep} in touch', '{love|like} to', 'growing', 'future {roles|openings|opportunities|vacancies}'] },
    },
    {
      patterns: [
        '{is|was} {all|the only thing|everything} {i|we} {get|got|receive|received|get to hear|got to hear} {after|for} {a|an|#|@count|my|the|all|five|four|three|six|two|a full|a whole|an entire}',
        '{is|was} {all|all the|the only|the sum total of the|the extent of the|the entire|the whole} {feedback|explanation|reason|response|answer|reply|detail|details|closure|insight|information} {i|we} {get|got|receive|received|get to hear|got to hear} [*] [*] {after|for}',
      ],
      reason: 'Pointing out how little you got back reads as sarcasm.',
      requires: ['fit', 'direction', 'other candidates', 'stronger', 'not this time', 'at this time', 'unsuccessful', 'form', 'generic', 'automated', 'template', 'line', 'sentence', 'rejection', 'great', 'brilliant', 'wonderful', 'fantastic', 'lovely', 'so'],
      unless: { sentence: ['sorry', '{apology|apologies|apologise+|apologize+}', 'genuinely', 'sincerely', 'thank+', 'appreciate+', 'understand', 'grateful', 'enough for me', 'all i {need|needed|wanted}'] },
    },
    {
      patterns: [
        '{very|so|such|super|really|truly|incredibly|extremely|hugely|most|real} {valuable|useful|productive|worthwhile|informative|enlightening|helpful|rewarding|fruitful} {networking|chat|coffee chat|conversation|call|meeting|catch up|session|use of my time|experience}',
      ],
      end: true,
      reason: 'Ironic praise for a sales pitch reads as sarcasm.',
      requires: ['pitch', 'mlm', 'pyramid', 'sales', 'sell+', 'sold', 'turned {into|out}', 'upsell', 'recruit me into', 'commission', 'course', 'subscription', 'really a', 'actually a'],
      unless: { sentence: ['sorry', '{apology|apologies|apologise+|apologize+}', 'genuinely', 'sincerely', 'learn+', 'enjoy+', 'introduc+', 'advice'] },
    },
    {
      patterns: [
        '{an experience|a day|a process|an interview|a morning|an afternoon|an evening|a week|a month|an onsite|a call} {i|that i} {will|shall} never forget',
        '{never|not} {going to|gonna} forget {that|this} {one|experience|day|process|interview}',
      ],
      reason: 'Ironic praise for a bad process reads as sarcasm.',
      requires: ['did not exist', 'does not exist', 'never existed', 'not real', 'not even {open|real|there|available}', 'rejection', 'reject+', 'two line', 'one line', 'form letter', 'ghost+', 'no show', 'no-show', 'grill+', 'interrogat+', 'kept waiting', 'kept me waiting', 'never {turned|showed|came|called|replied}', 'did not {turn|show|bother|read}', 'filled internally', 'all along', 'unpaid'],
      unless: { sentence: ['sorry', '{apology|apologies|apologise+|apologize+}', 'genuinely', 'sincerely', 'thank+', 'grateful', 'appreciate+', 'even though', 'though', 'although', 'despite', 'learn+', 'enjoy+', 'kind', 'welcome'] },
    },
    {
      patterns: [
        '{could|can} {draw|sketch|map|recite|describe|navigate|walk|find my way around|hum|sing} {your|the|their} [*] [*] {office|offices|building|floor plan|floorplan|lobby|reception|car park|parking lot|hold music|voicemail greeting|interview questions|questions|corridors|campus} {from memory|blindfolded|blind|in my sleep|with my eyes closed|by heart|by now}',
      ],
      requires: ['rounds', 'interviews', 'by now', 'visits', 'times', 'onsite+', 'stages'],
      reason: 'Joking that you practically live in their office reads as sarcasm.',
      unless: { sentence: ['sorry', '{apology|apologies|apologise+|apologize+}', 'genuinely', 'sincerely', 'intern+', 'internship', 'placement', 'worked there', 'used to work', 'my time there', 'as an employee', 'contract+', 'come back', 'return'] },
    },
    {
      patterns: [
        '{love|loved|enjoy|enjoyed|adored|appreciated|liked|relished|savoured|savored} the {part|bit|moment|stage|step} {where|when|in which} {i|you|nobody|no one|the|your|they|he|she|we|someone|somebody|my}',
      ],
      reason: 'Mock enjoyment of a bad moment reads as sarcasm.',
      requires: ['i {waited|was kept waiting|was left waiting|sat|sat around|spent|drove|travelled|traveled}', 'said nothing', 'told me nothing', 'meant nothing', '{nobody|no one} {told|said|asked|bothered|showed|turned|replied|answered|explained|read|knew|noticed|had}', 'ghost+', 'ignore+', 'reject+', 'cancel+', 'forgot', 'forgotten', 'checked {his|her|their|your} {phone|email|emails|watch}', 'yawn+', 'two line', 'one line', 'form letter', 'unpaid', 'lowball', 'filled internally'],
      unless: { sentence: ['sorry', '{apology|apologies|apologise+|apologize+}', 'genuinely', 'sincerely', 'thank+', 'learn+', 'discuss+', 'show+ me', 'showed me', 'grateful', 'explain+'] },
    },
    {
      patterns: [
        '{very|so|such|super|really|truly|incredibly|extremely|hugely|most|real} {valuable|useful|productive|worthwhile|informative|enlightening|helpful|rewarding|fruitful} {networking|chat|coffee chat|conversation|call|meeting|catch up|session|experience}',
      ],
      reason: 'Ironic praise for a sales pitch reads as sarcasm.',
      requires: ['given {it|that|this} was [just|really|actually|basically|all] {a|an} [*] {pitch|sales pitch|plug|advert|ad|sales call|recruitment drive}', 'turned {into|out to be}', '{really|actually|just|basically|secretly} a [*] {pitch|sales pitch|plug|advert|ad|sales call}', 'pitch for', 'mlm', 'pyramid'],
      unless: { sentence: ['sorry', '{apology|apologies|apologise+|apologize+}', 'genuinely', 'sincerely', 'learn+', 'enjoy+', 'introduc+', 'advice', 'thank+'] },
    },
    // Families from extra-web-sp (real replies to rejections and ghosting, adapted from public pages).
    {
      patterns: [
        '{unable|not able|cannot|can not|not in a position|must decline|have to decline|decline|regret i must decline|am declining} to accept your {rejection|rejection letter|rejection email|decision not to|refusal|refusal to}',
        '{reject+|decline+|turn+ down} your rejection',
        'your rejection {does not|did not|fails to|failed to} {meet|suit|fit|match}',
        '{good|best of|the best of|all the best|lots of|best} luck {in|with} [your] [continued|ongoing|future|further] {rejection of|rejecting|ghosting|ignoring|turning down|stringing along|losing|insulting|lowballing|low balling} [all] [the|your|any|other|future|more] [qualified|good|talented|strong|great|decent|perfectly good] {applicants|candidates|people|job seekers|jobseekers|interviewees|talent|hires}',
        '{outstanding|impressive|remarkable|stellar|proud} {record|track record|history} {of|in} {rejecting|turning down|ghosting|ignoring|losing}',
      ],
      reason: 'Mock-formal irony about the rejection reads as sarcasm.',
      unless: { sentence: ['sorry', '{apology|apologies|apologise+|apologize+}', 'genuinely', 'sincerely'] },
    },
    {
      patterns: [
        '{your|the|their|his|her} [@intens] [professional|impressive|remarkable|amazing|incredible|legendary|expert|world class|unique|special|uncanny|rare|finely honed|well honed] {talent|gift|ability|skill|skills|knack|flair|capacity|genius|aptitude} {for|to|at|in} {ignoring|ghosting|vanishing|vanish|disappearing|disappear|going silent|go silent|never {replying|responding|answering|calling}|not {replying|responding|answering}|losing|forgetting|ignore|ghost|dodging|avoiding|stringing}',
        '{your|the|their|his|her|that} [@intens] [professional|impressive|remarkable|amazing|incredible|expert|world class] {ghosting|vanishing|disappearing|ignoring|radio silence|silent treatment} {technique|techniques|skills|skill|game|act|strategy|abilities|ability|talents}',
        '{selective|creative|minimalist|optional|flexible} {response|reply|communication|engagement|answering|replying} {strategy|policy|approach|style|habits}',
        '{did|has|have} {your|the|ur} {email|emails|inbox|phone|phones|keyboard|keyboards|reply button|send button|internet|outlook|calendar|mail server} {break|broken|stop working|stopped working|die|died|go missing}',
        '{is|are} {your|the} {email|inbox|phone|phones|keyboard|keyboards|reply button|send button|internet} [all] broken',
      ],
      reason: 'Mock admiration for their silence reads as sarcasm.',
      unless: { sentence: ['sorry', '{apology|apologies|apologise+|apologize+}', 'genuinely', 'sincerely', 'bounce+', 'undeliverable', 'delivery', 'spam', 'in case', 'error', 'full', 'outage', 'storm', 'power cut', 'hope', 'no worries', 'thank+'] },
    },
    {
      patterns: [
        '{thanks|thank you|cheers|appreciate it|thank you so much|thanks so much|thanks a lot} [so much|a lot|very much] for {never|not once|not even once} [once] {responding|replying|answering|getting back|calling|calling back|writing back|acknowledging|bothering|following up|letting me know|telling me|updating me|keeping me}',
        '{thanks|thank you|cheers} [so much|a lot|very much] for not {responding|replying|answering|getting back|calling back|writing back|acknowledging|bothering}',
        '{thanks|thank you|cheers|appreciate+} *** for {lowering|cutting|reducing|rescinding|withdrawing|halving|slashing|changing|moving|pulling|downgrading} *** ** {last minute|at the eleventh hour|the night before|the day before|on the day|after i {resigned|accepted|handed}}',
      ],
      reason: 'Mock thanks for being ignored reads as sarcasm.',
      unless: { sentence: ['sorry', '{apology|apologies|apologise+|apologize+}', 'genuinely', 'sincerely', 'for letting me know', 'understand', 'no problem', 'no worries', 'giving up', 'holding it against', 'rushing', 'pressuring', 'pushing'] },
    },
    {
      patterns: [
        '{sure|yeah sure|oh sure|right|yeah right|i am sure|i m sure|im sure|oh i am sure} {it is|it was|it does|it did|it will|it would|you are|you were|you do|you did|you will|they are|they were|they do|they did|they will|he is|she is|he does|she does|he did|she did|that is|that was|that does|that will|it means the world}',
      ],
      alone: true,
      reason: 'A flat "Sure it is." reads as sarcasm.',
    },
    {
      patterns: [
        '{which|what} {skills|skill|experience|experiences|qualifications|requirements|gaps|concerns|areas|competencies|criteria|weaknesses} [and|or] [*] would {those|that|these|this} be',
        'let us not pretend',
        '{which|what} {parts|part|bits|aspects|areas|elements} of my {experience|cv|background|skills|application|record} would {those|that|these|this} be',
        '{do not|dont} {pretend|act like|act as if} {you|your *|anyone|anybody|they} [ever] [even] {read|care|cared|looked|considered|meant}',
        'asking for a friend',
        '{i am sure|i bet|no doubt} {my|the} [*] {cv|resume|résumé|application|portfolio|details|file|cover letter} {will be|is|are|will} [@intens] {happy|comfortable|cosy|cozy|safe|at home|right at home|lonely|treasured|cherished} {in|on|with|among} {your|the} {files|file|database|drawer|pile|system|bin|folder|archive|archives|talent pool}',
        '{could|can} hear a pin drop',
        '{is|was|are|were} [just] [basically|simply] [corporate|hr|recruiter|polite] {code|speak|speech|jargon} for',
        'on file {means|meant|actually means|really means|is code for|translates to}',
        '{means|meant|actually means|really means} {the|your} {recycling bin|recycling|bin|trash|trash can|rubbish bin|wastebasket|shredder|black hole|void}',
      ],
      reason: 'A rhetorical jab at the employer reads as sarcasm.',
      unless: { sentence: ['sorry', '{apology|apologies|apologise+|apologize+}', 'genuinely', 'sincerely', 'library', 'speech at', 'the room went', 'exam'] },
    },
    {
      patterns: [
        'at least i {got|get|received|had} {a|some|my|your|the} [*] [*] {form|automated|generic|canned|template|good wishes|warm wishes|best wishes|well wishes|future endeavours|future endeavors|boilerplate|auto reply}',
        '{whole|entire|full} {two|three|four|# } {lines|sentences|words|minutes|seconds}',
        'felt the love',
        'feeling the love',
      ],
      reason: 'Grudging mock praise reads as sarcasm.',
      requires: ['at least', 'whole', 'entire', 'full', '{reject+|rejection|rejections}', 'ghost+', 'form', 'automated', 'generic', 'template', 'canned', 'silence', 'interviews', 'rounds', 'after'],
      unless: { sentence: ['sorry', '{apology|apologies|apologise+|apologize+}', 'genuinely', 'sincerely', 'see you', 'talk soon', 'thank you for {the|your} {kind|lovely|thoughtful|warm|detailed}', 'enjoy+', 'team lunch', 'party', 'at least i got to', 'at least i {got|had} {a|the} chance'] },
    },
    {
      patterns: [
        '{good job|great job|well done|nice work|nice job|bravo|congrats|congratulations|good for you|great|lovely|wonderful|fantastic|brilliant|perfect|cool|ok|okay|nice|super} [then] i {guess|suppose}',
        '{good job|great job|well done|nice work|bravo|congrats|congratulations} [then] {i guess|i suppose}',
      ],
      end: true,
      reason: 'A grudging "good job, I guess" reads as sarcasm.',
      unless: { sentence: ['sorry', '{apology|apologies|apologise+|apologize+}', 'genuinely', 'sincerely', 'see you', 'talk soon', 'i guess {that|this|it} means', 'i guess i will', 'i guess i should', 'i suppose i will', 'thank you for', 'enjoy+', 'team lunch', 'party', 'if you {need|want|prefer|like}', 'works for me', 'fine by me'] },
    },
    {
      patterns: [
        '{that is|that was|this is|that s|thats|now that is|now that was} some {careful|thorough|thoughtful|detailed|in depth|in-depth|personal|serious|rigorous|diligent|deep} {review|reviewing|consideration|reading|attention|vetting|scrutiny|evaluation|assessment|deliberation}',
        '{careful|carefully|thorough|thoroughly|thoughtful|thoughtfully|rigorous|rigorously|diligent|diligently|personally} {review|reviewed|consideration|considered|read|reading|assessed|assessment|evaluated|screened} {in|within|inside} [*] {under|less than|just|only|all of|about|barely} [*] {# minutes|# seconds|two minutes|three minutes|four minutes|five minutes|ten minutes|a minute|minutes|seconds|an hour}',
        '{automated|auto|form|generic|canned|template} {rejection|reply|response|email} {# minutes|# seconds|two minutes|three minutes|five minutes|ten minutes|a minute|minutes|seconds|an hour|# hours|an hour or two} after i',
        'worth all {that|the|this|those} [*] {careful|thorough|thoughtful|rigorous|extensive|lengthy} {review|consideration|deliberation|vetting|rounds|interviews|process|scrutiny}',
        '{hope|trust} {the|your|that} [*] {candidate|person|hire|new hire|pick|choice|one|applicant|winner} [*] [*] {you|they|the panel|the team} {picked|chose|hired|went with|selected|preferred} {was|is|were|will be|proves} [@intens] worth',
        '{paid|pay|paying|pays} [them|him|her|someone|somebody] [*] {less|much less|far less|a lot less|half} {to do|for doing|and do|for} [much|far|a lot|twice as much|even] more',
        '{congratulations|congrats|well done|bravo|kudos|nice work|good job} {you have|you ve|you|your team has|they have} [now] [officially|successfully|well and truly|truly] {ghosted|ignored|lost|wasted|rejected|stood up|strung along|insulted}',
      ],
      reason: 'Irony at the reader’s expense reads as sarcasm.',
      unless: { sentence: ['sorry', '{apology|apologies|apologise+|apologize+}', 'genuinely', 'sincerely', 'thank+ for {the|your} {feedback|notes|detailed}', 'really helpful', 'very helpful'] },
    },
    {
      patterns: [
        '{soon|very soon|very very soon|shortly|by friday|by monday|by the end of the week|next week|in touch|a few days|a couple of days|end of the week|asap|any day now|right away} {they|you|he|she|the recruiter|the panel|the hiring manager} said',
        'meant a different {monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|month|year|century|decade}',
        '{which|what} {monday|tuesday|wednesday|thursday|friday|week|month|year} {was not|wasnt|is not|isnt|was never|has not been|was not ever} {specified|said|mentioned|clear|stated}',
        '{did not|didnt|never} {say|specify|mention|state} which {monday|tuesday|wednesday|thursday|friday|week|month|year}',
        '{friday|monday|tuesday|wednesday|thursday|next week|end of the week|end of the month|soon|shortly|asap|a few days} {in|on} {which|what} {year|century|decade|calendar|planet|universe|timezone|time zone}',
      ],
      reason: 'Mocking their missed promise reads as sarcasm.',
      unless: { sentence: ['sorry', '{apology|apologies|apologise+|apologize+}', 'genuinely', 'sincerely', 'i {misread|misunderstood|may have|might have}', 'my mistake', 'to confirm', 'just to check', 'could you confirm', 'can you confirm'] },
    },
    {
      patterns: [
        '{cool|great|nice|lovely|brilliant|wonderful|fantastic|perfect|awesome|super|okay|ok|right|oh} so {the|your|you|it|this|that|my|i|we} *** {was|is|were|are} {actually|really|basically|just|apparently|secretly} {a|an|just|about|for|never|not|only}',
        '{fantastic|great|brilliant|wonderful|lovely|perfect|awesome|excellent|super|marvellous|marvelous|terrific|good|oh good|oh great|yay|hooray|yippee|woohoo|joy} {another|yet another|one more|more}',
      ],
      start: true,
      reason: 'Mock cheer at a bad outcome reads as sarcasm.',
      requires: ['actually', 'apparently', 'basically', 'secretly', 'good to know', '{reject+|rejection|rejections}', 'other candidates', 'another candidate', 'move forward', 'moving forward', 'form', 'automated', 'generic', 'template', 'canned', 'ghost+', 'recruiter', 'exciting opportunity', 'perfect for', 'round', 'rounds', 'unpaid', 'take home', 'pitch', 'commission', 'silence', 'no {reply|response|word}'],
      unless: { sentence: ['sorry', '{apology|apologies|apologise+|apologize+}', 'genuinely', 'sincerely', 'thank+', 'look+ forward', 'excite+', 'can not wait', 'see you', 'enjoy+', 'glad', 'happy to'] },
    },
    {
      patterns: [
        '{you|you people|you guys|you lot|your *|they|the *} [@intens] [sure|really|certainly|definitely|clearly] know how to make {a candidate|candidates|people|someone|somebody|me|us|applicants|an applicant|a person|job seekers|everyone|anyone} feel {valued|welcome|appreciated|special|important|wanted|respected|seen|heard|like a priority|like a number|cared for}',
        '{nice|kind|good|decent|thoughtful|considerate|sweet|lovely|big|generous|gracious|courteous} of {them|you|your *|the *|him|her} to {let me know|tell me|inform me|mention|say so|update me|confirm|bother|send|share|notify me}',
        '{really|truly|so|just|totally} {appreciated|loved|enjoyed|adored} being {told|asked|made|left|sent|kept|dragged|called|invited|bounced|passed|moved|shuffled|pushed}',
        '{a|such a|what a|that was a|that is a|nice|lovely|real|classy} {lovely|nice|classy|special|thoughtful|charming|personal|great|real|wonderful|delightful|sweet|brilliant} touch',
        'but {sure|hey|by all means} {do|go ahead|why not|please do|keep|tell me|suggest|ask|expect|assume|blame|carry on}',
      ],
      reason: 'Mock praise for how you were treated reads as sarcasm.',
      requires: ['already', 'before', 'after', 'finally', 'eventually', 'even', 'only', 'never', 'nobody', 'no one', 'without', 'then', 'only to', 'just to', 'months', 'weeks', '@span', 'hostage', 'cancel+', '{reject+|rejection|rejections}', 'ghost+', 'ignore+', 'wait+', 'form', 'automated', 'generic', 'template', 'products', 'spend', 'paycheck', 'pay cheque', 'salary', 'you people', 'you guys', 'you lot', 'sure know', 'really know', 'certainly know', 'clearly know', 'as if', 'instead', 'by all means', 'but sure', 'but hey'],
      unless: { sentence: ['sorry', '{apology|apologies|apologise+|apologize+}', 'genuinely', 'sincerely', 'thank you', 'thanks', 'thank u', 'cheers', 'i {really|truly} appreciate+', 'grateful', 'look+ forward', 'excite+', 'enjoy+ {meeting|the|our|talking|speaking}', 'lovely to meet', 'welcome pack', 'handwritten', 'hand written', 'flowers', 'in advance'] },
    },
    {
      patterns: [
        '{it|that|this} {only|just|merely} took {you|your @staff|them|the team|you guys|you lot|him|her|the company|your company|hr} [only|just|a mere|a full|a whole] {@count months|@count weeks|a month|a whole month|a full month|over a month|half a year|a year|a quarter|a whole quarter|# months|# weeks}',
        '{while|although|though|whilst} i [do] [truly|really|certainly] {applaud|admire|salute|commend} {the|your|their} {efficiency|speed|promptness|swiftness|haste|enthusiasm|decisiveness}',
        'i [really|truly|do] {applaud|admire|salute|commend} {the|your|their} {efficiency|speed|promptness|swiftness|haste|decisiveness}',
      ],
      reason: 'Mock praise for how fast (or slow) they were reads as sarcasm.',
      requires: ['{reject+|rejection|rejections}', 'cancel+', 'before', 'already', 'could have', 'should have', 'would have', 'only took', 'just took', 'merely took', 'ghost+', 'instead', 'even'],
      unless: { sentence: ['sorry', '{apology|apologies|apologise+|apologize+}', 'genuinely', 'sincerely', 'thank+ for {the|your} {quick|fast|prompt|speedy}', 'great news', 'welcome'] },
    },
    // Families from extra-web-sp batch 2.
    {
      patterns: ['{so|and|well|but} {thanks|thank you|cheers|thx|ta} [so much|a lot|very much] for that'],
      end: true,
      reason: 'A tacked-on "so thanks for that" reads as sarcasm.',
      requires: ['{reject+|rejection|rejections}', 'minutes', 'seconds', 'silence', 'ghost+', 'ignore+', 'never', 'nobody', 'no one', 'no {reply|response|answer|word|feedback|call|email}', 'wasted', 'weeks', 'months', 'still waiting', 'forever', 'ages', 'did not', 'not once', 'forgot', 'could not', 'i am sure', 'clearly', 'obviously', 'surely', 'yeah', 'oh', 'wow', 'form {letter|email}', 'automated', 'generic', 'template', 'canned', 'cancel+', 'convince', 'unpaid', 'lowball', '%', 'percent', 'bump', 'no change', 'not', 'no'],
      unless: { sentence: ['sorry', '{apology|apologies|apologise+|apologize+}', 'genuinely', 'sincerely', 'enjoy+', 'love+', 'helpful', 'useful', 'lovely', 'appreciate+', 'learn+', 'kind', 'introduc+', 'advice', 'tips', 'feedback', 'gift', 'flowers', 'card', 'hamper', '{congrats|congratulations|congratulate+}', 'great to', 'pleasure'] },
    },
    {
      patterns: [
        '{must be|has to be|surely that is|that must be|that has to be|is that} {some kind of|some sort of|a|a new|a world|the world} record',
        'do i get a {medal|prize|trophy|certificate|plaque|gold star|badge|sticker|t shirt|t-shirt|participation trophy|cookie|biscuit|lollipop}',
        'a new low',
        '{funny|strange|interesting|odd|curious|amazing|hilarious} how {that|this|it} {works|worked|happens|happened|goes|went|turns out|turned out}',
        'reject all',
        'hit reject',
        '{exactly|just|precisely} what {this|the|your|that} [*] [*] {process|world|situation|team|company|industry|market|role|pipeline|inbox|recruitment process|hiring process} [really|clearly|obviously|desperately] {needed|needs|was missing|lacked|lacks}',
        'you [really|truly] {should not|shouldn t|shouldnt} have',
        '{lightning quick|lightning fast|lightning speed|super quick|super fast|record breaking|record setting|blink and you miss it|blistering} {rejection|rejections|no|brush off|dismissal}',
        '{nobody|no one|no human|not a single person|not one person} [even] so much as {glanced|looked|opened|read|skimmed|clicked}',
        'take your sweet time',
      ],
      reason: 'Irony at the reader’s expense reads as sarcasm.',
      requires: ['{reject+|rejection|rejections}', 'minutes', 'seconds', 'silence', 'ghost+', 'ignore+', 'never', 'nobody', 'no one', 'no {reply|response|answer|word|feedback|call|email}', 'wasted', 'weeks', 'months', 'still waiting', 'forever', 'ages', 'did not', 'not once', 'forgot', 'could not', 'i am sure', 'clearly', 'obviously', 'surely', 'yeah', 'oh', 'wow', 'form {letter|email}', 'automated', 'generic', 'template', 'canned', 'cancel+', 'convince', 'unpaid', 'lowball', '%', 'percent', 'bump', 'no change', 'medal', 'prize', 'trophy', 'gold star', 'sweet time', 'reject all', 'hit reject', 'so much as', 'a new low', '{funny|strange|odd|curious|hilarious} how {that|this|it} {works|worked|goes}', 'lacking', 'lack'],
      unless: { sentence: ['sorry', '{apology|apologies|apologise+|apologize+}', 'genuinely', 'sincerely', 'enjoy+', 'love+', 'helpful', 'useful', 'lovely', 'appreciate+', 'learn+', 'kind', 'introduc+', 'advice', 'tips', 'feedback', 'gift', 'flowers', 'card', 'hamper', '{congrats|congratulations|congratulate+}', 'great to', 'pleasure', 'thank you for {the|your} {feedback|advice|help|time|tips|notes}', 'small world', 'coincidence', 'bumped into', 'personal best', 'world record holder', 'track record', 'record of', 'on record', 'for the record', 'good to know {that the|the office|there is|you are|we are|it is|about}', 'parking', 'dress code', 'passport', 'no rush', 'no hurry', 'no pressure', 'price', 'prices', 'rate', 'rates', 'cost', 'costs', 'temperature', 'temperatures'] },
    },
    {
      patterns: ['good to know {that|which|what|how|i|my|so}'],
      reason: 'A flat "good to know" after bad news reads as sarcasm.',
      requires: ['silence', 'nothing', 'lacking', 'lack', 'ghost+', 'ignore+', 'never', 'no {reply|response|answer|word|feedback|call|email}', '{reject+|rejection|rejections}', 'wasted', 'earned me', 'got me', 'worth nothing', 'not worth', 'pitch', 'commission', 'unpaid', 'did not {even|bother|read}'],
      unless: { sentence: ['sorry', '{apology|apologies|apologise+|apologize+}', 'genuinely', 'sincerely', 'thank+', 'enjoy+', 'helpful', 'useful'] },
    },
    {
      patterns: [
        '{keep|kept|keeping} my {cv|resume|résumé|application|details|portfolio} on file',
        'right next to all the {others|other ones|rest|other *}',
        '[so|but] [please|do] [do] {take|taking} {your time|all the time you need|as long as you like|as long as you need|all the time in the world}',
        '{two|three|four|five|six|several|a few|# } {fridays|mondays|tuesdays|wednesdays|thursdays|deadlines|reminders|follow ups|follow-ups|chasers} later',
        'just not {good|wonderful|great|strong|impressive|qualified|experienced|special|talented|brilliant|amazing|perfect|exceptional|fantastic} enough to {hire|interview|offer|call|reply|email|keep|get|bother|answer}',
        '{funny|interesting|strange|odd|curious} {i was|you were|they were|it was|everything was|we were}',
      ],
      reason: 'Irony at the reader’s expense reads as sarcasm.',
      requires: ['i am sure', 'i m sure', 'yeah sure', 'really will', 'right next', 'here we {are|still are|go again}', '{fridays|mondays|tuesdays|wednesdays|thursdays|deadlines|reminders|chasers} later', 'drawer', 'pile', 'bin', 'shredder', '{lots|plenty|loads|tons} of people', 'refresh+', '# th time', 'times today', 'still waiting', 'here we are', 'so i am', 'apparently', 'got it', 'i guess', 'clearly', 'obviously', 'evidently', 'i see {what|how|now}', 'until', 'right up', 'the moment', 'suddenly', 'never', 'nobody', 'no one', 'not even'],
      unless: { sentence: ['sorry', '{apology|apologies|apologise+|apologize+}', 'genuinely', 'sincerely', 'enjoy+', 'love+', 'helpful', 'useful', 'lovely', 'appreciate+', 'learn+', 'kind', 'introduc+', 'advice', 'tips', 'feedback', 'gift', 'flowers', 'card', 'hamper', '{congrats|congratulations|congratulate+}', 'great to', 'pleasure', 'no rush', 'no hurry', 'no pressure', 'whenever', 'in case', 'future {roles|openings|opportunities|positions|vacancies}', 'similar roles', 'grateful'] },
    },
    {
      patterns: [
        '{great|fantastic|brilliant|lovely|wonderful|amazing|perfect|helpful|useful|professional|smooth|impressive|thoughtful|classy|efficient|organised|organized|fun|exciting|thanks|informative|generous|fair|kind|respectful|transparent} [*] [*] not',
      ],
      end: true,
      reason: 'A tacked-on "…not" reads as sarcasm.',
      unless: { before: ['or', 'if', 'hope', 'think', 'guess', 'certainly', 'definitely', 'absolutely', 'probably', 'perhaps', 'maybe', 'why', 'whether', 'of course', 'is', 'was', 'are', 'were', 'do', 'does', 'did', 'could', 'would', 'should', 'will', 'can', 'may', 'might', 'must', 'have', 'has', 'had', 'be', 'been', 'am'], sentence: ['sorry', '{apology|apologies|apologise+|apologize+}', 'genuinely', 'sincerely', 'whether', 'or not', '{does|do|did|is|was|are|were|would|could|should|will|can|has|have|had|may|might|must} {it|that|this|he|she|they|you|we|i|there} not', 'but not', 'if not', 'why not', 'of course not', 'certainly not', 'hopefully not'] },
    },
    {
      patterns: ['oh wait'],
      start: true,
      reason: 'A mock "oh wait" reads as sarcasm.',
      requires: ['{you|they|nobody|no one|the recruiter|the company|your team} {did not|didnt|never|could not|have not|haven t|has not|were not|was not}', 'nobody', 'no one'],
      unless: { sentence: ['i forgot', 'my mistake', 'my bad', 'here it is', 'attached', 'sorry', '{apology|apologies|apologise+|apologize+}'] },
    },
    // Families from the remaining blind misses (holdout2, t2, r2a) generalised.
    {
      patterns: [
        '{was|is|were} [clearly|obviously|apparently|really] the best {anyone|you|they|your *|the *|anybody|somebody|someone} could {manage|do|muster|come up with|offer}',
        'should i {wait for|expect|hold out for} a {second|third|fourth|fifth|new|another|revised|final final} {version|draft|offer|letter|revision|number|update}',
        '{world class|world-class|top notch|top-notch|stellar|remarkable|outstanding|incredible|record breaking|gold standard|unbeatable|peak} {efficiency|speed|communication|organisation|organization|professionalism|service|turnaround|timing|attention to detail|customer service|candidate care}',
        'you must be [so|very|really|incredibly|awfully] proud',
        '{loved|love|adored|adore|enjoyed|relished} the {automated|generic|form|canned|template|templated|boilerplate|copy paste|copy and paste|mass|auto generated|two line|one line} [*] [*] {rejection|email|reply|response|letter|note|message|no}',
        '{touching|heartwarming|heart warming|moving|sweet|thoughtful} {given|considering}',
        '{two|three|four|five|# } jobs for {one|the price of one|a single} [*] {salary|wage|pay|paycheck|paycheque}',
        '{fascinating|illuminating|enlightening|eye opening|eye-opening|revealing|interesting|educational|instructive} {glimpse|insight|look|window|lesson|masterclass|education|demonstration|tour} {into|in|on|of}',
        '{cheers|ta|thx|thanks a bunch|many thanks} for {wasting|ghosting|ignoring|stringing me along|leaving me hanging|keeping me waiting|the runaround|jerking me around|messing me around|the silence|cancelling|canceling|forgetting|losing}',
        '{classy|great|lovely|impeccable|perfect|stellar|brilliant|excellent|fantastic|wonderful|impressive} timing',
        'i only {put my life on hold|put my career on hold|put everything on hold|put my life on pause|gave up my {weekend|saturday|sunday|holiday|evening|day off|annual leave|whole week}|turned down {another|other|two other|a better} {offer|offers|interview|interviews|job|role}|cancelled my {holiday|plans|trip|leave}|canceled my {holiday|plans|trip|leave}|rearranged my {whole|entire} {week|life|schedule|diary}|sacrificed my {weekend|evenings|holiday}}',
        'right up until {i|we} {mentioned|asked|asked about|brought up|raised|said|named|talked about|queried}',
        'what a {pleasant|lovely|nice|delightful|wonderful|welcome} surprise to be {rejected|ghosted|ignored|turned down|dropped|rejected by|told no|screened out|passed over|dismissed}',
        '{is|was|are} [just] as {slow|bad|clunky|outdated|broken|confusing|disorganised|disorganized|useless|dated|glitchy|buggy|painful} as {your|the} {website|portal|app|site|ats|system|careers page|careers site|application portal|job portal|intranet}',
        '{cool|great|nice|lovely|brilliant|wonderful|fantastic|perfect|awesome|super|okay|ok|right|oh} so {the|your|you|it|this|that|my} *** {was not|is not|were not|are not|wasnt|isnt} {actually|really|even|ever}',
      ],
      reason: 'Irony at the reader’s expense reads as sarcasm.',
      requires: ['{reject+|rejection|rejections}', 'ghost+', 'ignore+', 'never', 'nobody', 'no one', 'no {reply|response|answer|word|feedback|call|email}', 'silence', 'wasted', '@span', 'weeks', 'months', 'a month', 'late', 'cancel+', 'reschedul+', 'form {letter|email}', 'automated', 'generic', 'template', 'canned', 'to tell me no', 'unpaid', 'take home', 'three jobs', 'salary', '11pm', 'midnight', 'sunday', 'weekend', 'best anyone', 'best you', 'best they', 'could manage', 'could muster', 'third version', 'second version', 'new version', 'another version', 'jobs for', 'i only', 'right up until', 'surprise to be', 'as slow', 'as bad', 'as clunky', 'as broken', 'as confusing', 'as useless', 'as outdated', 'as glitchy', 'so the', 'not actually', 'not really', 'not even', 'not ever', 'how not to', 'disorganis+', 'disorganiz+', 'chaos', 'chaotic', 'minutes late', 'hour late', 'after'],
      unless: { sentence: ['sorry', '{apology|apologies|apologise+|apologize+}', 'genuinely', 'sincerely', 'thank+ [you] [so much] for {the|your} {help|advice|time|tips|feedback|kind|tour|insight|insights|visit|walkthrough|demo}', 'given the {budget|constraints|circumstances|timeline|timeframe}', 'i {really|truly|genuinely} appreciate', 'and i appreciate', 'handy', 'useful', 'helpful', 'reminder', 'reminders', 'i learned', 'i learnt', 'enjoy+ {meeting|the tour|our|the chat|the conversation}', 'congrat+ on {the|your} {promotion|new|launch|award}', 'proud of {you|the team|what}', 'your team must be', 'look+ forward', 'can not wait', 'excite+', 'lovely to meet', 'perfect timing {for|as}', 'great timing {for|as}', 'good timing'] },
    },
    // Families from extra-web-sp batch 3.
    {
      patterns: [
        '{i have|i ve|i|we have|we} also [now] decided not to move forward with {your|you|the} {company|firm|organisation|organization|team|business}',
        '{thank+|thanks|cheers} [you] [so much] for the {insinuation|implication|assumption|accusation|suggestion} that i',
        '{can not|cannot|can t|cant} pay {for|my} [*] [*] [*] with {your|good|best|kind|warm|those|these} [*] {wishes|words|platitudes|thoughts|exposure|thanks|compliments|pleasantries|regards}',
        'exposure {does not|doesnt|will not|won t|wont|can not|cannot} pay {the|my} {rent|bills|mortgage}',
        'my {brilliance|genius|greatness|awesomeness|magnificence|sheer brilliance}',
        '{been|it is been|its been} a whole {#|one|two|three|four|five|six|ten|twenty|forty eight} {hours|minutes|days}',
        '{apparently|clearly|obviously|evidently} just not {impressed|interested|keen|excited|impressive|good|strong|qualified|experienced} enough',
        '{can|could} [practically|almost|basically|probably] {quote|recite|write|predict} {your|the|these|those|every|each} [*] [*] {rejection|rejections|form letter|form letters|template|templates|rejection letter|rejection letters|rejection emails}',
        'let me guess',
        '{is|are} now being {posted|advertised|listed|readvertised|re advertised} again',
        'when {should|do|can|will} i expect my {welcome pack|welcome packet|welcome hamper|welcome basket}',
        '{i will|ill} believe it when i see it',
        'that will be the day',
        '{warm|lovely|kind|generous|thoughtful|great|wonderful|fantastic|quick|prompt|speedy|detailed|personal|personalised|personalized} {welcome|reply|response|feedback|offer|update|note|treatment|reception} [*] [*] by which i mean',
        '{i guess|i suppose|i should have known} i {should not|shouldn t|shouldnt|should never} [have] [be|been] {surprised|shocked|expected more|expect more|have expected}',
      ],
      reason: 'Irony at the reader’s expense reads as sarcasm.',
      requires: ['decided not to move forward', 'hard for you', 'difficult for you', 'tough for you', 'painful for you', 'insinuation', 'implication', 'assumption', 'accusation', 'suggestion that i', 'pay', 'brilliance', 'genius', 'greatness', 'awesomeness', 'magnificence', 'still', 'no {call|reply|response|word|answer|email}', 'waiting', 'enough', 'quote', 'recite', 'predict', '{on file|another candidate|other candidates|not the right|budget|unpaid|be in touch|keep my|went with|decided|filled|no longer|not moving}', '{apparently|so|guess|weren t|werent|were not|fantastic|great|again}', 'welcome pack', 'welcome packet', 'welcome hamper', 'welcome basket', 'believe it when', 'will be the day', 'by which i mean', 'surprised', 'expected more', 'expect more'],
      unless: { sentence: ['sorry', '{apology|apologies|apologise+|apologize+}', 'genuinely', 'sincerely', 'consider+', 'welcome the chance', 'apply', 'reapply', 're apply', 'interested', 'typo', 'could you confirm', 'love to', '{congrats|congratulations|congratulate+}', 'a whole year', 'growing', 'proud', 'thank+ for {the|your} {feedback|advice|help|time}', 'guess who', 'guess what', 'runner', 'fellow', 'my {genius|brilliant} {idea|colleague|team}'] },
    },
    {
      patterns: [
        '{so|really|terribly|awfully|incredibly} {hard|difficult|tough|painful} for you to {decide|choose|pick|make a decision|narrow it down}',
      ],
      reason: 'Mock sympathy for their hard decision reads as sarcasm.',
      requires: ['stoked', 'thrilled', 'delighted', 'so many', 'amazing people', 'genuinely amazing', 'poor you', 'bless'],
      unless: { sentence: ['sorry', '{apology|apologies|apologise+|apologize+}', 'appreciate+', 'thank+', 'grateful', 'kind', 'understand'] },
    },
    // Families from extra-web-sp batch 4 (phrase lists, sarcastic cover letters).
    {
      patterns: [
        '{it is|it s|its|it has|it have} taken {you|your @staff|them|the team|you guys|hr|the company} {@span|months|weeks|ages|forever|a quarter|half a year|a year} to {read|reply|respond|answer|look at|review|get back|decide|open|acknowledge|process}',
        'why else would i',
        '{thank+|thanks|cheers} [you] for not {putting|including|listing|giving|sharing|mentioning|writing|posting|disclosing|stating|telling me} {your name|the salary|a salary|any salary|the pay|a pay range|the pay range|the salary range|a salary range|the hours|any feedback|a reason|a name|a contact|the budget|the rate|the location}',
        '{or|which is} what we used to call',
        'may or may not concern',
        'for reading {most|some|part|half|a bit|the first half|the first line|the first paragraph} of {this|my|it}',
        'already bored {of|by|with} this',
        '{reads|read|looks|sounds|reading} exactly like the {last|previous|other} {#|two|three|four|five|six|ten|dozen|few|hundred}',
        '{flowery|fluffy|gushing|glowing|gushy} {email|rejection|letter|note|message} about how {wonderful|great|amazing|brilliant|talented|strong|impressive|qualified} i {am|was}',
        'i am sure {a|an|the|that|this|it|doing|completing} *** ** {is|was|s} [totally|completely|perfectly|entirely|absolutely] {standard|normal|reasonable|fine|common practice|industry standard|how it works}',
        '{shame|pity|a shame|a pity|such a shame|what a shame|what a pity} {the|your|that|my|a} *** ** {could not|couldn t|couldnt|did not|didn t|didnt} {have come|come|arrive|have arrived|be sent|have been sent|happen}',
      ],
      reason: 'Irony at the reader’s expense reads as sarcasm.',
      requires: ['taken', 'why else', 'for not', 'used to call', 'may or may not', 'for reading', 'bored', 'exactly like', 'about how', 'unpaid', '# hour', '@count hour', 'take home', 'weekend', 'for free', 'earlier', 'sooner', 'a week', 'before'],
      unless: { sentence: ['sorry', '{apology|apologies|apologise+|apologize+}', 'genuinely', 'sincerely', 'thank+ [you] for {the|your} {help|time|patience|advice}', 'i know {it|you|things}', 'understand', 'understandable', 'no problem', 'no worries', 'fair enough', 'the team s growth', 'worth the wait', 'excite+', 'love+', 'enjoy+', 'keen', 'passion+'] },
    },
    // Families from extra-web-sp batch 5 (ghosting, unpaid take-home work).
    {
      patterns: [
        'should i [just] {invoice|bill|charge} you',
        'exposure {is|as} {the|my} {going rate|currency|payment|fee|rate}',
        '{which|and} we both know {means|really means|is code for|translates to}',
        '{just|conveniently|coincidentally|happily} happened to {be|coincide|match|line up|look like|resemble}',
        '{is|are|was|were} serving you well',
        '{and then|then|after that} {nothing|silence|radio silence|crickets|not a word|not a peep|zilch|nada|tumbleweed}',
        'who {does not|doesnt|doesn t} love {spending|doing|giving up|working|being|writing|building|designing|completing|sitting through|driving}',
        'who would not {want|love|jump at the chance} to {spend|do|give up|work|write|build|design|complete|sit through|drive}',
        'i am sure *** ** had nothing to do with {it|this|that}',
        '{build|design|write|create|deliver|ship|code} your {production|real|actual|live} *** for free',
        '{letting me know|telling me|informing me} *** *** {via|through|on|in} {a|an|the|your} {linkedin|twitter|facebook|instagram|company|public} {post|update|announcement|story|newsletter}',
      ],
      reason: 'Irony at the reader’s expense reads as sarcasm.',
      requires: ['invoice', 'bill you', 'charge you', 'exposure', 'we both know', 'i am sure', 'of course', 'conveniently', 'coincidentally', 'funny', 'surely', 'spent my {whole|entire}', 'for free', 'unpaid', 'without paying', 'nothing', 'silence', 'crickets', 'not a word', 'not a peep', 'zilch', 'nada', 'tumbleweed', 'who does not love', 'who doesnt love', 'who would not', 'had nothing to do', 'i suppose', 'i guess', 'thank+', 'thanks', 'cheers', 'lovely', 'great', 'nice', 'classy'],
      unless: { sentence: ['sorry', '{apology|apologies|apologise+|apologize+}', 'genuinely', 'sincerely', 'i would love', 'happy to help', 'volunteer+', 'charity', 'weather', 'good team lunch', 'hope the notes', 'pleasure', 'glad to', 'and then {we|i|you} {went|moved|had|got|chatted}', 'fair enough', '{congrats|congratulations|congratulate+}', 'excite+', 'delight+'] },
    },
    {
      patterns: [
        '{seems|sounds|feels|is} [totally|perfectly|completely|entirely|very] {fair|reasonable|normal|standard|right|proportionate} [then] i {suppose|guess}',
      ],
      end: true,
      reason: 'A grudging "seems fair, I suppose" reads as sarcasm.',
      unless: { sentence: ['sorry', '{apology|apologies|apologise+|apologize+}', 'happy', 'glad', 'go ahead', 'understand', 'thank+', 'works for me', 'fine by me'] },
    },
    // Informal variants of covered families.
    {
      patterns: [
        '{gee|golly|geez|jeez|gosh} {thanks|thank you|thx|cheers|ta} *** *** {after|in} {@span|# months|# weeks|months|weeks|ages|forever}',
        '{so|very|real|really|truly|how|super} {professional|classy|mature|respectful|considerate|courteous|thoughtful} {ghosting|ignoring|wasting|cancelling|canceling|rejecting|stringing|lowballing|reposting|losing}',
        '{its|it s|it is|it has} only been {a month|a whole month|# months|@count months|months|a year|half a year|a quarter|ages|forever|six weeks|# weeks|seven weeks|eight weeks}',
      ],
      reason: 'Irony at the reader’s expense reads as sarcasm.',
      requires: ['gee', 'golly', 'geez', 'jeez', 'gosh', 'ghosting', 'ignoring', 'wasting', 'cancelling', 'canceling', 'rejecting', 'leaving', 'stringing', 'lowballing', 'reposting', 'losing', 'because that', 'because this', 'because it', 'take your time', 'oh sure', 'of course', 'no rush', 'no hurry', 'lol', 'sure'],
      unless: { sentence: ['sorry', '{apology|apologies|apologise+|apologize+}', 'genuinely', 'sincerely', 'thank+ [you] [so much] for {your|the} {patience|understanding|help}', 'i know', 'i understand', '{congrats|congratulations|congratulate+}', 'since we met', 'since i started', 'new job', 'new role', 'settling in', 'loving it', 'welcome', 'card', 'gift', 'flowers', 'note on'] },
    },
    {
      patterns: [
        '{sure|yeah|right|oh sure|oh yes|oh yeah|yes|yep|oh right} because {that|this} {makes|made|worked|went|turned out|will work|will go} [so|such|total|perfect|complete|a lot of|loads of] {sense|well} [last time|before|every time]',
      ],
      end: true,
      reason: 'A mock "sure, because that makes sense" reads as sarcasm.',
    },
    // Families from extra-web-sp batch 6.
    {
      patterns: [
        'about as much as {i|we|anyone} need {a|an|another|more}',
        '{obscenely|ridiculously|disgustingly|outrageously|absurdly} well paid',
        '[just] to recover from {your|the|this|that} {interview|process|hiring process|recruitment process|assessment|assessment centre|onboarding|interviews|rounds|experience|ordeal}',
        'i will treasure {it|this|that|your *|the *}',
        '{a bold|an interesting|a brave|a novel|a unique|a creative|an innovative} {strategy|approach|choice|move|tactic|way|business model} {for|from}',
        'only [*] [*] {late|overdue|behind} this time',
        '{great|good|nice|well done|fantastic|brilliant|lovely|excellent} *** *** only {#|one|two|three|four|five|a few|several} {days|weeks|hours|minutes|months} late',
        '{apart from|other than|short of|except} [by] {being|becoming} {someone else|a different person|somebody else|younger|cheaper|related to|the ceo s|your nephew|your niece}',
        '{apart from|other than|except} {a|the|their|his|her} {surname|last name|family connection|family name} [like the *]',
        'i only had to {find out|hear|learn|discover} {from|via|on|through|by}',
        'i only had to {chase|ask|email|call|follow up|remind you|nudge you} {@count times|# times|twice|three times|four times|five times}',
      ],
      reason: 'Irony at the reader’s expense reads as sarcasm.',
      requires: ['need a', 'need an', 'need another', 'need more', 'well paid', 'recover from', 'less than', 'curt', 'form', 'automated', 'generic', 'two line', 'one line', 'rude', 'ignor+', 'ghost+', '{reject+|rejection|rejections}', 'never', 'silence', 'nobody', 'no one', 'not', 'late', 'someone else', 'somebody else', 'different person', 'younger', 'cheaper', 'related', 'nephew', 'niece', 'surname', 'last name', 'family', 'only had to'],
      unless: { sentence: ['sorry', '{apology|apologies|apologise+|apologize+}', 'genuinely', 'sincerely', 'thank+ [you] for {the|your|such} {kind|lovely|thoughtful|warm|encouraging|generous}', 'card', 'note', 'gift', 'flowers', 'jet lag', 'surgery', 'illness', 'flu', 'injury', 'market', 'product', 'launch', 'few minutes', 'quick', 'parcel', 'delivery', 'package', 'post', 'train', 'bus', 'flight', 'progress'] },
    },
    // Families from extra-web-sp batch 7 (rescheduling, no-shows, nepotism).
    {
      patterns: [
        'welcome to {the|modern|today s|todays} [*] {hiring|recruitment|recruiting|job} {business|market|world|game|process|industry}',
        '{fun|great|lovely|good|helpful|useful|productive|valuable|enjoyable} for whom',
        '{which|and} {i am|i m|im} sure {is|was|it is|it was|is totally|was totally} [totally|entirely|completely|absolutely] true',
        '{which|that} {i am|i m|im} sure {is|was|were|are} [very|really|so|terribly|incredibly|extremely] {important|urgent|pressing|critical|vital|riveting}',
        'starting to think {he|she|they|you|the *|your *} {is|are|was|were} {a myth|imaginary|fictional|a ghost|made up|an urban legend}',
        '{is|are} {a myth|an urban legend} [at this point]',
        '{went|goes|has gone|was given|is going} to {the|a|your|his|her|their} [*] [*] {brother|sister|son|daughter|nephew|niece|cousin|golf buddy|drinking buddy|mate|best mate|best friend|old friend|partner|wife|husband|girlfriend|boyfriend|son in law|brother in law}',
        '{very|so|really|most|how} {reassuring|encouraging|heartening|comforting} to {see|hear|read|know|learn}',
      ],
      reason: 'Irony at the reader’s expense reads as sarcasm.',
      requires: ['welcome to', 'for whom', 'sure is true', 'sure was true', 'sure it is true', 'sure it was true', '{phone|laptop|email|slack|watch|looked up|texting|typing}', 'myth', 'imaginary', 'fictional', 'ghost', 'made up', 'urban legend', 'wonderful', 'lovely', 'great', 'nice', 'glad', 'delighted', 'thrilled', 'of course', 'naturally', 'surprise', 'shock+', 'figures', 'funny', '{have not|has not|haven t|hasn t|havent|hasnt|did not|never} {filled|hired|replied|responded|been able|bothered|managed}', 'since {january|february|march|april|may|june|july|august|september|october|november|december|last year|the spring|the summer}'],
      unless: { sentence: ['sorry', '{apology|apologies|apologise+|apologize+}', 'genuinely', 'sincerely', 'welcome to the team', 'thank+', '{congrats|congratulations|congratulate+}', 'happy for', 'well deserved', 'growing', 'still open', 'look+ forward', 'excite+'] },
    },
    {
      patterns: ['somewhat sincerely', 'not so sincerely', 'insincerely', 'no regards', 'with zero regards', 'regards i guess', 'regards i suppose', 'inspiring leadership', 'great leadership', 'real leadership', 'for {three|four|five|six|two|several|# } {weeks|months|days} [now|straight|running]', '{three|four|five|six|two|several|# } {weeks|months} running'],
      alone: true,
      reason: 'A pointed one-liner reads as sarcasm.',
    },
    // Session 4 (extra-web-s4a batch 1 and the holdout 3–4 misses): mock sympathy, ironic good
    // luck, rhetorical "did you think I'd wait", and one-line verdicts on the employer's speed.
    {
      patterns: [
        // "changing the name and pressing send was an enormous inconvenience for you"
        '{was|were|is|must have been|must be|must have felt like|would have been} {an|such an|a|such a} [@intens] {enormous|huge|massive|incredible|tremendous|terrible|awful|unbearable|crushing|monumental|colossal|herculean} {inconvenience|imposition|burden|hardship|ordeal|strain|hassle} {for|to|on} {you|your @staff|them|the @staff}',
      ],
      reason: 'Mock sympathy for the reader’s effort reads as sarcasm.',
      requires: ['i can only imagine', 'must have', 'must be', 'clearly', 'obviously', 'surely', 'no doubt', 'i am sure', 'i bet', 'changing the name', 'copy and paste', 'copy paste', 'pressing send', 'hitting send', 'clicking send'],
      unless: { sentence: ['thank+', 'appreciat+', 'grateful', 'sorry', '{apology|apologies|apologise+|apologize+}', 'understand', 'i know'] },
    },
    {
      patterns: [
        // "I want to commend you for reminding me why I loathe this industry"
        '{for reminding|reminding|reminded|reminds|remind} me [once again|again|exactly|precisely|just|of] why i {loathe|hate|despise|detest|dread|can not stand|cannot stand|gave up on|stopped applying to|never apply to|no longer apply to|avoid|swore off|gave up}',
        // "I regret to inform you that your agency was not selected as my next employer"
        '{not|never} [been] {selected|chosen|shortlisted|picked|successful} {as|to be} my {next|new|future|prospective|chosen|dream} {employer|workplace|company|firm|agency|home|place of work}',
        '{unable|not able|can not|cannot|will not|must decline} to accept your rejection',
        'your rejection {does not|did not|fails to|failed to} meet my {requirements|needs|standards|criteria|expectations}',
        // "Unable, or unwilling?"
        '{unable|not able|can not|cannot|could not} or {unwilling|not willing|will not|would not}',
        // "at your own sweet time"
        '{your|their|his|her} own sweet time',
        // "I'm sure I'll be getting that call any day now."
        '{i am sure|i am certain|no doubt|surely|i bet|i expect} i will {be getting|get|receive|be receiving|hear|be hearing} that {call|email|offer|phone call|callback|call back|letter|interview|invitation|invite|update}',
        'any {century|decade|millennium|year|lifetime} now',
        // "That must be some speed-reading."
        '{must be|must have been|must take|must have taken|that is|that was} {some|quite some|quite a bit of|world class|world-class|olympic|record breaking|record-breaking|impressive} {speed read+|speedread+}',
        // "Really impressive that you rejected me four minutes after I applied."
        '{impressive|remarkable|amazing|incredible|astonishing|quite something|quite a feat|some feat|a new record|a record|a personal best} {that|how} {you|your @staff|your *} [managed to|were able to|could] {reject+|ghost+|ignore+|dismiss+|turn+ me down|turned down|lost|forgot|cancel+|cancell+|bin+|auto rejected}',
        // "dismissed faster than I could make a cup of tea"
        'faster than {i could|i can|it took me to|it takes to|you could|it took to} {make|drink|finish|brew|boil|pour|eat|blink|say|sneeze|type|hit|read|microwave|toast|put the kettle on|press send|click send}',
        // "Being courteous is so 2019, I know."
        '{courtesy|manners|being courteous|being polite|politeness|basic manners|common courtesy|good manners|basic courtesy|replying|responding|answering emails|communication|respect|professionalism|feedback|closure|decency|common decency|basic decency|honesty} {is|are|was|were} [just] so {#|last year|last decade|last century|old fashioned|passé|passe|outdated|yesterday|out of fashion|out of date|retro|vintage|twentieth century|nineties|90s|80s}',
        // "Why bother treating candidates with respect, after all."
        'why bother {treating|replying to|responding to|telling|informing|updating|answering|letting|getting back to|showing|extending|sending|writing to|being {polite|courteous|honest|respectful|professional|decent|civil}} {candidates|applicants|people|anyone|anybody|us|me|them|someone|job seekers|jobseekers|the candidates|your candidates|the applicants|a rejection|a reply|feedback|a response}',
        // "At least your CV-reading bot is prompt."
        'at least your [*] [*] {bot|robot|robots|bots|algorithm|ats|system|software|autoresponder|auto responder|auto reply|autoreply|filter|ai|computer|machine} {is|was|works|worked|replied|responds|responded|answers|answered|reads|read|bothered|manages|managed|got back|gets back}',
        // "You were so impressed by my skills right up until you decided you had no need for them."
        'right up {until|till|to the moment|to the point} {you|they|your *|someone|somebody} {decided|realised|realized|found out|chose|ghosted|stopped|rejected|went silent|dropped|hired|turned|saw|needed}',
      ],
      reason: 'Irony at the reader’s expense reads as sarcasm.',
      unless: { sentence: ['sorry', '{apology|apologies|apologise+|apologize+}', 'genuinely', 'sincerely', 'no rush', 'no hurry', 'no pressure', 'understand', 'if {you are|your @staff is|the @staff is}'] },
    },
    {
      patterns: [
        // "Good luck finding people willing to sell their souls"; "Best of luck rejecting future candidates"
        '{good|best of|the best of|lots of|all the best|best} luck {rejecting|ghosting|ignoring|insulting|wasting|lowballing|low balling|exploiting|underpaying|scaring off|chasing away|driving away|alienating|stringing along|misleading|fooling|conning} [the time of] {future|other|more|the next|all|your|every|any|whoever|whatever|people|candidates|applicants}',
        '{good|best of|the best of|lots of|all the best|best} luck {finding|getting|hiring|recruiting|attracting|convincing|keeping} {someone|somebody|anyone|anybody|people|candidates|a candidate|staff|talent} {willing|prepared|desperate|foolish|dumb|stupid|naive|gullible|crazy|mad|silly|daft} {to {sell|put up with|tolerate|work for {that|those|peanuts|pennies|free|nothing|so little|minimum wage|exposure|you}|accept {that|those|peanuts|pennies|so little|such}|endure|take {that|those|peanuts|pennies}}|enough}',
      ],
      reason: 'Ironic "good luck" reads as a jab at the reader.',
      suggestions: ['Best of luck with the search'],
    },
    {
      patterns: [
        // "Did you think I'd stayed unemployed all this time waiting for your call?"
        '{did|do} you [really|honestly|seriously|actually|genuinely] {think|expect|assume|imagine|believe|suppose} [that] i {would|had|have|was|were|would have|would still be|would be|had just|was just|was still|have been|had been|would just|would simply} [still|just|simply|actually] {stayed|been|be|sat|sit|waited|wait|sitting|waiting|remained|stay|twiddled|twiddling|put my life on hold|kept * free}',
      ],
      reason: 'A mocking rhetorical question reads as sarcasm.',
      requires: ['unemployed', 'waiting {around|for you|for your|by the phone|on you}', 'sat around', 'sitting around', 'twiddl+', 'on hold', 'all this time', 'this whole time', 'all that time', 'the whole time', 'by the phone'],
    },
    {
      // "I hope you have a wonderful weekend knowing you made the right call."
      patterns: ['{hope|enjoy} [*] [*] [*] [*] [*] knowing {you|that you} {made|have made|did|chose|picked|hired} the right {call|decision|choice|person|candidate}'],
      reason: 'Mock good wishes read as sarcasm.',
      unless: { sentence: ['launch', 'went so well', 'congratulat+', 'great choice'] },
    },
    {
      patterns: ['{truly|very|so|really|how|deeply|wonderfully|beautifully|lovely and} {personal|personalised|personalized|tailored|bespoke}'],
      alone: true,
      reason: 'A pointed one-liner reads as sarcasm.',
    },
    {
      patterns: [
        // "Thank you for taking the time (a week late, and only after I rang to ask)"
        '{only after|but only after|and only after|albeit only after|albeit after} i {rang|called|chased|emailed|asked|nudged|pestered|phoned|wrote|followed up|reminded|texted|messaged|begged}',
      ],
      reason: 'Thanks with a barbed aside reads as sarcasm.',
      requires: ['thank+', 'grateful', 'appreciat+', 'kind of you', 'good of you', 'nice of you'],
    },
    {
      patterns: [
        // "I assume a fifteen-month lag is simply how long it takes to read an email over there?"
        '{is|was} {simply|just|apparently|clearly|evidently|obviously|presumably} how long it takes {you|your @staff|them|anyone there|people there|to}',
        // "forgive me if I don't feel personally valued"
        '{forgive|excuse|pardon} me if i {do not|am not|can not|cannot|fail to} {feel|sound|seem|get|act|look} [@intens|especially|particularly|personally|terribly|all that|overly|exactly] {valued|special|grateful|thrilled|excited|impressed|honoured|honored|flattered|enthusiastic|convinced|reassured|appreciated|cared for|wanted|touched|moved}',
        // "so far below what we discussed that I assumed there must be a typo"
        'so {low|far below|far under|much lower|much less|small|tiny|little|measly|insulting|pitiful|laughable|derisory} *** that i {assumed|thought|figured|presumed|honestly thought|genuinely thought|first thought|wondered if} [that] {there|it|someone|you|somebody|your} ** {a typo|a misprint|a joke|a prank|missing a zero|dropped a zero|left off a zero|forgot a zero|a zero missing}',
      ],
      reason: 'Irony at the reader’s expense reads as sarcasm.',
    },
    // Families from extra-web-s4a batch 2.
    {
      patterns: [
        // "Your letter may as well have said 'Dear Sir, you're not good enough'"
        '{may|might|could} as well have {said|written|read|told me|just said|been}',
      ],
      reason: 'A mock paraphrase of the reader’s message reads as sarcasm.',
      requires: ['letter', 'email', 'rejection', 'reply', 'response', 'message', 'note', 'feedback', 'offer'],
      unless: { sentence: ['thank+', 'grateful', 'appreciat+', 'congratulat+', 'excite+', 'thrill+', 'delight+'] },
    },
    {
      patterns: [
        // "You never answered my application, but now you'd like a favour?"
        'but now {you|your @staff|they} {would like|want|need|expect|are asking|ask|come asking|have the nerve to|have the gall to|expect me to|want me to|would like me to} {a|my|me|to}',
      ],
      reason: 'Pointing out a one-sided request with irony reads as sarcasm.',
      requires: ['never', 'did not', 'no {reply|response|answer|word}', 'ignor+', 'ghost+', 'silence', 'not a {word|peep}', 'months'],
      unless: { sentence: ['sorry', '{apology|apologies|apologise+|apologize+}', 'happy to', 'glad to', 'of course', 'no problem'] },
    },
    {
      patterns: [
        // "I know how difficult rejecting me must have been."
        '{how|so|very|such a} {difficult|hard|painful|agonising|agonizing|tough|heartbreaking|wrenching} {rejecting|turning down|saying no to|letting go of|passing on|passing over|declining} me {must have been|was|must be|is}',
        '{i hope|i do hope|hopefully} the decision {was not|is not|did not feel} too {hard|difficult|painful|agonising|agonizing|tough|heavy} {on|for} you',
      ],
      reason: 'Mock sympathy for the reader reads as sarcasm.',
    },
    {
      // "Your letter was postmarked December 24th. It is now March."
      patterns: ['{it is|it s} now {january|february|march|april|may|june|july|august|september|october|november|december|summer|spring|autumn|winter|# |the # }'],
      alone: true,
      reason: 'A pointed one-liner reads as sarcasm.',
    },
    // Families from extra-web-s4a batch 3.
    {
      patterns: [
        // "A rejection postcard? I suppose it beats a sticky note."
        '{i suppose|i guess|at least|well} {it|that|this} {beats|is better than|was better than|is an improvement on|was an improvement on|beat} {nothing|silence|being ghosted|no reply|no response|hearing nothing|a sticky note|a post it|a post-it|smoke signals|a carrier pigeon|a text|being ignored}',
        // "Your rejection had all the warmth of an automated voicemail."
        '{had|has|with|have} all the {warmth|charm|personality|sincerity|empathy|humanity|feeling|soul|care|heart} of {a|an|the} [*] [*] {voicemail|robot|machine|vending machine|parking ticket|tax return|spreadsheet|fridge|brick|form|auto reply|autoresponder|answering machine|fax|press release|terms and conditions|ticket|corpse|dead fish|wet fish|cardboard box|iceberg|template}',
        // "Does your team really believe I stayed unemployed all this time?"
        '{did|do|does} {you|your @staff|they|anyone there} [really|honestly|seriously|actually|genuinely] {think|expect|assume|imagine|believe|suppose} [that] i {stayed|remained|sat|waited|kept|put|have stayed|have remained|have waited|have sat|had stayed|had waited|had sat} {unemployed|around|waiting|by the phone|on hold|my life on hold|my life|idle|available|free|home}',
        // "Guess what, genius?"
        '{guess what|nice try|news flash|newsflash} [,] {genius|einstein|sherlock|smart guy|smarty pants|hotshot|mastermind|rocket scientist|brainiac}',
      ],
      reason: 'Irony at the reader’s expense reads as sarcasm.',
      unless: { sentence: ['thank+', 'grateful', 'appreciat+', 'great news', 'love+', 'glad', 'puzzle', 'brain teaser'] },
    },
    // Families from the holdout 3–4 misses (session 4).
    {
      // "It was kind of Company X to reply at all."
      patterns: ['{kind|good|nice|decent|generous|gracious|big|sweet|thoughtful} of {you|*|* *|your @staff} to {reply|respond|answer|write back|get back to me|let me know|tell me|bother|write|send anything|acknowledge me} at all'],
      reason: 'Backhanded thanks reads as sarcasm.',
      unless: { sentence: ['thank+', 'appreciat+', 'grateful', 'given how busy'] },
    },
    {
      patterns: [
        // "I hope this email finds you thriving despite not having hired me."
        'despite {not having|having not|never having|not} {hired|chosen|picked|selected|offered|kept|interviewed} me',
        // "Thank you for your totally flawless decision to reject me"
        '[@intens] {flawless|perfect|impeccable|brilliant|genius|infallible|masterful|inspired|visionary} decision to {reject|turn down|pass on|ghost|hire someone else|go with someone else|not hire}',
        // "a two-line form email was the best anyone could manage after four rounds"
        '{was|is|were} the best {anyone|you|your @staff|they|someone|somebody|anybody} [there] could [possibly|really] {manage|muster|do|offer|come up with|spare}',
        // "or should I wait for a third version?"
        'or should i {wait|hold out|hold on|expect|brace myself} for a {third|fourth|fifth|new|another|different} {version|offer|number|draft|update|change|revision|contract}',
        // "It was kind of Company X to reply at all."
        // "24 years of experience for an entry-level post seems like a reasonable ask"
        '{seems|sounds|is|seemed} like a [perfectly|totally|completely|very|entirely] {reasonable|fair|normal|sensible|realistic} {ask|request|expectation|requirement|thing to ask}',
      ],
      reason: 'Irony at the reader’s expense reads as sarcasm.',
      requires: ['me', 'form', 'two line', 'one line', 'after {@count|#} rounds', 'generic', 'automated', 'template', 'version', 'at all', 'entry level', 'unpaid', 'minimum wage', '# years', 'for free', 'junior', 'decision'],
      unless: { sentence: ['happy to', 'glad to', 'of course i', 'no problem', 'given the budget', 'sincerely', 'genuinely', '{apology|apologies|apologise+|apologize+}'] },
    },
  ],
};
