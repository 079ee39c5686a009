import type { CategoryLexicon } from './types';
import { APOLOGY } from './classes';

/** Said of the writer themself, these words are self-deprecating, not hostile. */
const SELF = [
  'i {am|was|feel|felt|seem|seemed|look|looked|sound|sounded|must have seemed|must have looked|must have sounded|came across as|come across as|may have seemed|might have seemed} [*] [*]',
  'i would be [*]',
  'not to be [*]',
  'not want to {be|seem|sound|come across as} [*]',
  'my',
  'myself',
  'not',
];

/**
 * Sentence guards: the writer speaks of themself, apologises or thanks, or the scene is a former job
 * (then the contempt is not aimed at the reader).
 */
const ABOUT_SELF_OR_ELSEWHERE = [
  'i {was|am|felt|feel|came across|sounded|seemed|may have|might have|hope}',
  'myself',
  'sorry',
  APOLOGY,
  'thank+',
  'appreciat+',
  'my {own|last|previous|former|old|current|younger|first} *',
  'at my {last|previous|former|old}',
];

/** Strong verdicts on a person, team or organisation (no "unbelievable": it can be praise). */
const BAD =
  'disgusting|disgraceful|shameful|appalling|atrocious|abysmal|deplorable|despicable|vile|inhumane|abhorrent|sickening|pathetic|contemptible|insulting|degrading|demeaning|humiliating|dehumanising|dehumanizing|toxic|garbage|trash|worthless|shameless|soulless|spineless|gutless|clueless|incompetent|useless|inept|idiotic|moronic|brainless|brain dead|braindead|two faced|scummy|slimy|sleazy|crooked|dodgy|shady|predatory|exploitative|mediocre|second rate|third rate|laughable|ridiculous|ignorant|arrogant|rude|condescending|patronising|patronizing|obnoxious|insufferable|unbearable|vindictive|spiteful|malicious|cowardly|clownish|farcical|shambolic|amateurish|unprofessional|disrespectful';

/** Insult nouns that need an article or a plural to read as one (not in the shared class). */
const NOUNS =
  'tool|knob|witch|narcissist|psycho|psychopath|sociopath|know it all|bully|snake|vulture|scumbag|sleazeball|creep|coward|bigot|leech|piece of work|wannabe|cult|scam|pyramid scheme|sweatshop|sinking ship|cesspool|cesspit|snake pit|madhouse|nuthouse|laughing stock|shower|disgrace to *|embarrassment to *|insult to *|snob|charlatan|grifter|chancer|con artist|spammer|egomaniac|megalomaniac|control freak|tyrant|dictator|poser|phony|phoney|sycophant|bootlicker|yes man|brown noser|jobsworth|prat|tech bro|petty tyrant|bean counter|pencil pusher|pen pusher|box ticker|sadist|monster|ghoul|walking red flag|red flag|walking disaster|walking lawsuit|walking hr violation|walking cliche|walking cliché|living nightmare';
const PLURALS =
  'vultures|scum|scumbags|snakes|cowards|bigots|parasites|leeches|sharks|narcissists|psychos|animals|savages|dinosaurs|crooks|thieves|criminals|hypocrites|liars|frauds|losers|wankers|tossers|cheats|muppets|amateurs|incompetents|jokers|clowns|idiots|morons|fools|children|bozos|creeps|weasels|rats|bullies|snobs|tech bros|bros|yes men|bootlickers|sycophants|spammers|cowboys|charlatans|con artists|grifters|chancers|pen pushers|pencil pushers|bean counters|box tickers|bureaucrats|brown nosers|drones|sheep|zombies|know it alls|prima donnas|divas|egomaniacs|megalomaniacs|control freaks|tyrants|dictators|posers|phonies|wannabes|stuck up *|arrogant *|clueless *|useless *|entitled *';

/** Vocative insults ("you idiot"). */
const VOCATIVE =
  'idiot|idiots|moron|morons|imbecile|imbeciles|clown|clowns|fool|fools|muppet|muppets|numpty|numpties|loser|losers|jerk|jerks|cretin|cretins|halfwit|nitwit|dimwit|buffoon|buffoons|twit|prat|pillock|plonker|bozo|bozos|donkey|knob|creep|creeps|weasel|weasels|parasite|parasites|vulture|vultures|scum|scumbag|scumbags|hypocrite|hypocrites|liar|liars|coward|cowards|snake|snakes|fraud|frauds|dinosaur|dinosaurs|amateur|amateurs|clowns|bean counter|bean counters|pencil pusher|pencil pushers|box ticker|box tickers|drone|drones';

/** Misfortunes wished on the reader's company or hire ("I hope your product flops"). */
const HARM =
  'flop|flops|tank|tanks|bomb|bombs|collapse|collapses|fold|folds|sink|sinks|go bust|goes bust|implode|implodes|fall apart|falls apart|crash|crashes|quit|quits|quit on you|quits on you|walk out|walks out|screw you over|screws you over|lose money|loses money|lose clients|loses clients|lose customers|loses customers|regret it|regrets it|get what you deserve|gets what it deserves|get what they deserve|gets what he deserves|gets what she deserves|get sued|gets sued|fail miserably|fails miserably|fail spectacularly|fails spectacularly|go under|goes under|go bankrupt|goes bankrupt|burn to the ground|burns to the ground|get fired|gets fired|get hacked|gets hacked|lose everything|loses everything|rot|rots|suffer|suffers';
export const hostile: CategoryLexicon = {
  category: 'hostile',
  reason: 'Contempt aimed at the reader reads as an insult.',
  note: 'Insults end the conversation and the relationship: hiring teams talk, and an angry email is forwarded far more often than a polite one. If something went wrong, describe what happened in neutral words, or leave it out and keep the door open.',
  entries: [
    {
      patterns: [
        '@you {is|are|was|were} [@intens] [a|an] [bunch of|pack of|band of|group of|load of|lot of|collection of] [@intens] [@insulta] [and] [@insulta] @insultn',
        'how {pathetic|ridiculous|unprofessional|rude|disgraceful|embarrassing|shameful|arrogant|insulting|petty|cheap|classless} {that|of|is|it is|can|a|to}',
        '@you {is|are|was|were} [being] [@intens] [@intens] @insulta',
        'whoever *** {is|was|are|were} [@intens] [a|an] [@intens] {@insultn|@insulta}',
        'you are [@intens] [a|an] [@intens] {terrible|awful|lousy|horrible|pathetic|useless|incompetent|bad|poor|joke of a} {recruiter|manager|interviewer|company|employer|human being|person|hr team|team}',
        'what {a|an} [@intens] {joke|farce|circus|disgrace|mess|shambles|sham|clown show|embarrassment} [of a {process|company|firm|interview|hiring process|organisation|organization|team|recruiter}]',
        '{joke|farce|travesty|sham|mockery|shambles|disgrace} of a {process|company|firm|interview|hiring process|organisation|organization|team|recruiter|recruitment process|business|department|operation|job offer|offer}',
        '{is|are|was|were} [@intens] {a joke|an absolute joke|a complete joke|a total joke|a farce|a circus|a clown show|a disgrace|a sham|an embarrassment|laughable|a shitshow|a dumpster fire|a trainwreck|a train wreck|a mess|an utter mess|a complete mess|a total mess|a shambles}',
      ],
      reason: 'Calling the reader or their company names reads as an insult.',
      suggestions: [],
      unless: { before: SELF, sentence: ['i {was|am|felt|feel} {such|a|an|so}', 'my {own|last|previous|former|old}', 'not {a|an} {joke|mess}', 'when i {inherited|joined|started}', 'at my {last|previous|former|current}', 'customer+', 'caller+', 'patient+', 'passenger+', 'student+', 'guest+'] },
    },
    {
      patterns: [
        '{bunch|pack|band|gaggle|load} of {idiots|morons|clowns|amateurs|imbeciles|fools|incompetents|jokers|liars|crooks|monkeys|buffoons|clueless}',
        '{idiots|morons|imbeciles|cretins|buffoons|halfwits|nitwits|dimwits|numpties|clowns|cheapskate|cheapskates|lowlifes|scumbags|bozos|muppets|twerps|twits|prats|pillocks|plonkers|jobsworths|dingbats}',
        'cheapskate',
        'what kind of {morons|idiots|clowns|amateurs|people|company|operation|imbeciles|fools|manager|recruiter|place|circus|outfit} {do|does|are|is|would|runs|hires|screen|have}',
        'who {hires|hired|trained|raised|runs|taught} {these|those|you|your} [people|clowns|idiots|morons|recruiters|interviewers]',
      ],
      reason: 'An insult aimed at the reader’s people reads as contempt.',
      unless: { before: SELF, sentence: ['i {was|am|felt|feel|looked|sounded} [like] [such|a|an|total|complete|an absolute]', 'my {own|last|previous|former|old|current|first} *', 'at my {last|previous|former|old}', 'in the best {way|sense|possible way}', 'affectionate+', 'fond+', 'laugh+', 'fun', 'student+', 'pupil+', 'kids', 'children', 'class', 'classes', 'teenagers', 'campers', 'customer+', 'worked hard', 'but {they|we}'] },
    },
    {
      patterns: [
        '@your {hiring manager|recruiter|interviewer|manager|director|regional director|team|panel|hr|hr team|staff|receptionist|consultant|coordinator|ceo|boss|screener|people} {was|were|is|are} [@intens] [@intens] {rude|arrogant|incompetent|clueless|condescending|disrespectful|useless|pathetic|unprofessional|ignorant|lazy|nasty|hostile|obnoxious|patronising|patronizing|smug|dismissive|a disgrace|a joke|an idiot|a moron|a jerk|a clown|out of {his|her|their} depth}',
        'out of {his|her|their|your} depth',
        '[the|a] @worst {bunch|group|pack|lot|set|collection|team|people|person|man|woman|recruiter|recruiters|manager|managers|interviewer|interviewers|company|companies|employer|employers|hiring process|process|interview|experience|panel|firm|agency|organisation|organization|excuse}',
        '{should|ought to|deserve+ to|needs to|need to} be {fired|sacked|let go|demoted|removed|ashamed|locked up|replaced}',
        '[has|have|had] {no|not a} [single] clue {what|how|about}',
        'do not have a clue {what|how|about}',
        '{no idea|no clue} what {they|he|she|you} {are|is} doing',
        '{so called|self proclaimed|self styled} [*] {talent team|talent acquisition|hr|hr team|senior|expert|experts|professional|professionals|recruiter|recruiters|manager|hiring manager|leader|leaders|leadership|team|interviewer|engineer|culture|process|feedback|opportunity}',
        '{could not|can not|cannot|did not even know how to} {answer|spell|read|understand|run|manage|organise|organize|explain} {his|her|their|your} own',
        '{rude|arrogant|incompetent|clueless|condescending|disrespectful|obnoxious|smug|patronising|patronizing} and [@intens] {rude|arrogant|incompetent|clueless|condescending|disrespectful|unprofessional|useless|obnoxious|out of {his|her|their} depth}',
        '{find|found|consider|considered|think|thought} {it|that|this|you|him|her|them|your *} [@intens] {arrogant|insulting|rude|pathetic|disgraceful|shameful|contemptible|despicable|condescending|fraudulent|dishonest|unethical|spineless|gutless}',
        '{frankly|plainly|downright|outright|clearly} {fraudulent|dishonest|unethical|insulting|disgraceful|shameful|despicable|pathetic}',
        'fraudulent {behaviour|behavior|conduct|practice|practices}',
        '{discourteous|rude|unprofessional} {rude|unprofessional|discourteous|arrogant}',
        '{was|were|is|are|been} [@intens] [and] [@intens] {condescending|arrogant|rude|incompetent|clueless|disrespectful|patronising|patronizing|obnoxious|disgraceful|shameful|a bully|bullies|a joke|smug|nasty|belittling|dismissive and rude|unbearable|insufferable}',
      ],
      reason: 'Name-calling the people you dealt with reads as an insult.',
      unless: { before: [...SELF, 'i', 'i really', 'i probably', 'i may have', 'if i', 'i hope i', 'we', 'it', 'which', 'what', 'code', 'api', 'function', 'method', 'output', 'result', 'that', 'this', 'question', 'questions', 'test', 'task', 'salary', 'offer', 'commute', 'hours'], sentence: ['i {was|am|felt|feel|looked|sounded|seemed} [@intens] {rude|arrogant|unprofessional|condescending}', 'did not mean', 'not to be', APOLOGY, 'sorry', 'hope i', 'if i', 'my {last|previous|former|old|ex} {employer|company|job|manager|boss|team|workplace|firm|agency|recruiter}', 'i {once|previously|used to|have} {worked|work} {for|with|under}', 'i once had', 'in a {previous|former|past} {job|role|position}', 'years ago', 'early in my career', '{at|from} my {last|previous|former|old} *', 'customer+', 'caller+', 'patient+', 'passenger+', 'student+', 'guest+'] },
    },
    {
      patterns: [
        'shame on {you|your|them|him|her|the|this|that|everyone|whoever|all}',
        'you should be [@intens] ashamed [of yourselves|of yourself|of your *]',
        '{should|ought to} be [@intens] {ashamed|embarrassed|mortified} {of|by|at} {how|the way|what|your|his|her|their|yourselves|yourself}',
        '{take|takes|took} the {cake|biscuit|prize}',
        '{should|ought to|needs to|need to} go back to {school|college|kindergarten|training|the drawing board|recruiter school|hr school}',
        '{someone|somebody|anyone|people|a manager|a recruiter|an interviewer} {so|this|that|as} {incompetent|clueless|rude|arrogant|unprofessional|unqualified|ignorant|useless|inept|condescending}',
        '{collection|bunch|pack|gang|team|group} of [overpaid|underpaid|clueless|useless|incompetent|glorified|self important|self-important] {amateurs|clowns|idiots|incompetents|jokers|bureaucrats|pencil pushers|box tickers|morons}',
        '{overpaid|glorified|self important|self-important} {amateurs|clowns|idiots|pencil pushers|box tickers|bureaucrats|secretaries|gatekeepers|recruiters}',
        '{only|any|even} {an idiot|a fool|a moron|an amateur|a child|a toddler|an imbecile|a monkey} {would|could|can}',
        '{you|they|he|she|your *} {ought to|should} be ashamed',
        'how dare {you|they|he|she|your *}',
        'do not [you] [dare] insult my intelligence',
        'insult+ my intelligence',
        '{you|you guys|you people|your company|your firm|your team|it} {deserve|deserves} {each other|the candidate|the person|the hire|what you get|what it gets|whatever you get|the employees|exactly what}',
        'i can not believe {someone|anyone|somebody|people|a person|you|they} ** {is|are|were|was} {allowed|permitted|paid|employed} to',
        'go {jump in a lake|to hell|jump off a cliff|pound sand|take a hike}',
        '{match|matches} your {soul|heart|personality|attitude|ethics}',
        'you {misled|lied to|deceived|tricked|conned|scammed|cheated|played} me',
        '{liar|liars}',
      ],
      reason: 'Shaming or insulting the reader reads as hostility.',
      unless: { before: ['sorry [that|if]', 'felt like', 'i {would|will} never say'], sentence: ['my {own|last|previous|former|old|first} {team|colleagues|coworkers|co workers|classmates|friends|crew|squad|band|flatmates}', 'in the best {way|sense|possible way}', 'affectionately', '{the|my|our} {students|pupils|kids|children|class|teenagers|campers|volunteers|interns} {were|are}'] },
    },
    {
      patterns: [
        'i hope *** @harm',
        'i hope {someone|somebody|they|the board|your boss|management|your ceo} {removes|fires|sacks|demotes|replaces|removed|fired|sacked} {you|him|her|them}',
        'i hope you {get|get what|never|rot|suffer|choke|fail|lose|regret}',
        'hope {it|this|that} {comes back to bite|bites} you',
        'have a [@intens] {cold|miserable|terrible|awful|lonely|horrible} {winter|life|year|day|time|christmas|holiday|holidays}',
        'good riddance',
        'burn in hell',
        'rot in hell',
      ],
      reason: 'Wishing the reader harm reads as hostility.',
      unless: { sentence: ['not fail', 'do not fail', 'never fail', 'hope * launch', 'hope * goes well', 'hope * smoothly', 'hope you do not', 'i hope i', 'hope you never {have|need|experience|go through|face|deal|find yourself|end up}'] },
    },
    {
      patterns: [
        '{it|this|that|your *|the whole *|this whole *} [really|just|totally|completely|seriously] {sucks|stinks|blows}',
        'you [guys|people|all] [really|just|totally|seriously] {suck|stink}',
        'screw {you|your company|you guys|you people|all of you|your *|this|that|it|them}',
      ],
      reason: 'A dismissive retort reads as contempt.',
    },
    {
      patterns: ['get lost', 'drop dead', 'go away', 'get a life', 'grow up'],
      start: true,
      reason: 'Telling the reader to go away reads as contempt.',
    },
    {
      patterns: ['{are you|you have got to be|you have to be|you must be|you got to be|you are} [actually|seriously|really|just] {kidding|joking} [me]'],
      end: true,
      reason: 'An incredulous retort reads as contempt.',
    },
    {
      patterns: ['whatever', 'yeah whatever', 'fine whatever'],
      alone: true,
      reason: 'A one-word "Whatever" reads as contempt.',
      note: 'A curt "Whatever" tells the reader you have stopped listening, and it is the line they will remember. If you are frustrated, you can simply not reply; if you do reply, thank them and move on.',
    },
    {
      patterns: [
        '{should|ought to} be [@intens] {ashamed|embarrassed|mortified} [of {themselves|yourself|yourselves|himself|herself}]',
        '{a|an} [complete|total|absolute|utter|colossal] waste of {oxygen|space|skin|air|a desk|a salary|a paycheck|a paycheque}',
      ],
      end: true,
      reason: 'Shaming or insulting the reader reads as hostility.',
      unless: { before: [...SELF, 'i', 'i really', 'we', 'not', 'never', 'no one', 'nobody'], sentence: ['i {should|ought|would|was|am|felt|feel}', 'not {be|feel}', 'do not', 'need not', 'no need', 'nothing to be'] },
    },
    {
      patterns: [
        '{smug|arrogant|pompous|petty|nasty|rude|miserable|sad|bitter|condescending|jumped up|jumped-up|power hungry|power-hungry|power tripping|power mad|self important|self-important|tin pot|tinpot|puffed up} little {man|woman|person|men|women|people|clerk|dictator|tyrant|gatekeeper|recruiter|manager|bureaucrat|empire|kingdom|fiefdom|twerp|twit|prat|squirt|upstart|jobsworth|weasel|worm|toad|creep|napoleon|hitler}',
        '{could not|can not|would not be able to|could never} {organise|organize|run|find|manage|plan} *** {in a brewery|out of a paper bag|a bath|a lemonade stand|a bake sale|its way out of|their way out of|his way out of|her way out of|your way out of}',
        '{clearly|obviously|visibly} {enjoyed|enjoys|loved|loves|relished|relishes} {wasting|humiliating|belittling|ignoring|patronising|patronizing|grilling|tormenting|making}',
      ],
      reason: 'Contempt aimed at the reader’s people reads as an insult.',
      unless: { before: [...SELF, 'i'], sentence: ['i {was|am|felt|feel}'] },
    },
    {
      patterns: [
        '{this|that|your *|this whole *} is [@intens] {unacceptable|outrageous|disgraceful|appalling|beyond the pale|beneath contempt}',
        '{are|is|were|was} {you|he|she|they|your *|your * *|anyone there|anybody there} [even|actually|really|remotely] qualified to {interview|judge|assess|hire|evaluate|run|manage|recruit|screen|lead}',
        'i have {met|seen|worked with|dealt with|interviewed with} more {competent|professional|qualified|organised|organized|capable|polite|respectful|intelligent} {interns|children|kids|students|teenagers|toddlers|monkeys|schoolchildren|chatbots|robots}',
        'who do you think you are',
        '{treat+|treat} {me|candidates|applicants|people|us|everyone} {like|as if} [i was|we were|they were] {dirt|garbage|trash|a number|cattle|an idiot|idiots|a child|children|crap|rubbish|nothing|a nobody|second class}',
      ],
      reason: 'Contempt aimed at the reader reads as an insult.',
      unless: { after: ['for me', 'to me'], before: ['not', 'never', 'i', 'we'], sentence: ['i {was|am} not', 'my {last|previous|former|old} {job|employer|company|manager|boss}', 'at my {last|previous|former}', 'never {treat|treated|treats}', 'your team never'] },
    },
    {
      patterns: [
        'if it {slapped|hit|bit|punched|smacked|kicked|smacked|stared} {them|you|him|her|it} [in the face]',
        '{do|does|did} {you|your *|your * *|anyone|anybody|they|he|she} [guys|people|there] even {read|look at|open|check|bother|know|care|understand|listen}',
        '{is|was} {that|it|this|replying|reading|a reply} [really] too much {effort|trouble|work|to ask} for {you|them|your *}',
        '{who|they|you|he|she} {have|has} {clearly|obviously|evidently|plainly} never {done|worked|held|run|managed|written|built|coded|led|seen|interviewed|hired}',
        'how hard {is it|can it be|would it be|was it|could it be} to {reply|respond|send|answer|say|write|pick up|let me know|read|tell}',
        '{should|ought to} be {grateful|thankful|glad|honoured|honored|happy|lucky} {i|that i|someone like me|anyone like me|anyone|that anyone} [even|ever|actually|bothered|still]',
      ],
      reason: 'Contempt aimed at the reader reads as an insult.',
      unless: { before: ['i', 'not', 'we'], sentence: ['i am {grateful|thankful|glad|lucky}', 'you should not', 'i should be', 'instead of', 'by post', 'printer', '{is|would} it be possible'] },
    },
    {
      patterns: [
        '{spoke|speaks|talked|talks|talked down|talks down|looked|looks|addressed|treated|treats} {to me|at me|me} like [i was|i am|i were] {something|dirt|rubbish|garbage|trash|a child|an idiot|a piece of|nothing|a nuisance|an inconvenience|a criminal|a number}',
        'on the bottom of {his|her|their|your} shoe',
        'talked down to me',
        '{need|needs|needed} {his|her|their|your|its} {head|heads} {examined|checked|testing|tested|looked at}',
        '{had|seen|received|got|experienced} {more|better} {professional|organised|organized|competent|respectful|polite|courteous} {interviews|service|treatment|communication|replies|responses} {at|from|in}',
      ],
      reason: 'Contempt aimed at the reader reads as an insult.',
      unless: { before: ['not', 'i'], sentence: ['my {last|previous|former|old} {job|employer|company|manager|boss}', 'at my {last|previous|former}', 'never'] },
    },
    {
      patterns: [
        'of a {brick wall|rock|potato|wet blanket|toaster|doorknob|plank|goldfish|teaspoon|cardboard box|lamp post|lamppost|brick|house brick|dead fish}',
        '{excuse|apology} for {a|an} {interview|process|company|recruiter|manager|team|human being|professional|hr department|hr|business|organisation|organization|job offer|offer|feedback|hiring process|interviewer|leader|boss}',
      ],
      requires: ['skills', 'personality', 'charm', 'warmth', 'intelligence', 'manners', 'empathy', 'brains', 'iq', 'social', 'excuse for', 'apology for'],
      reason: 'Contempt aimed at the reader reads as an insult.',
      unless: { before: ['not', 'i', 'lovely', 'good', 'great', 'nice', 'perfect', 'fun', 'wonderful', 'brilliant', 'any', 'an'], after: ['lunch', 'drink', 'drinks', 'party', 'celebration', 'coffee', 'dinner', 'outing', 'social', 'get together', 'meal', 'day out', 'treat', 'catch up'], sentence: ['my {own|old|last|previous}', 'i {was|am|felt|feel}', 'sorry', '{my apologies|apologies for|i apologise+|i apologize+|i am apologetic|apologetically}'] },
    },
    {
      patterns: [
        '{like|as if|as though} {they|he|she|you|the panel|your team} {were|was} doing me a {favour|favor|huge favour|huge favor|big favour|big favor}',
        '{were|was|are|is} doing me a {favour|favor} by',
        '{shove|stick|stuff} {your|it|the|this} [*] [*] {up|where}',
        'shove your',
      ],
      reason: 'Contempt aimed at the reader reads as an insult.',
      unless: { before: ['not', 'i'], sentence: ['thank+', 'grateful', 'kind'] },
    },
    {
      patterns: [
        // "You are all a bunch of …", "Your HR lady was a total witch", "your company is a cult".
        `{@you|the {guy|man|woman|lady|person|bloke|one|people} {who|that} {interviewed|screened|called|rejected|emailed|phoned|met} {me|us}|the {guy|man|woman|lady|person|bloke|people|one|recruiter|interviewer|manager} i {spoke to|spoke with|met|met with|dealt with|talked to}} {is|are|was|were|r} [all] [@intens] {a|an} [@intens|complete|total|absolute|utter|real|right|proper|bloody|little|sad|pathetic|glorified|smug|lying|power tripping|power hungry|self important|jumped up|massive|huge|big|giant|@insulta] {${NOUNS}|@insultn}`,
        '{thick|dumb|dim|dense|daft|stupid} as {a brick|a rock|a post|two short planks|mince|a plank|a box of rocks|a bag of rocks|rocks|a bag of hammers|a doorknob|a doorpost|a bag of spanners|a sack of potatoes|a sack of bricks}',
        `@you {is|are|was|were} [all] [@intens] [@insulta] {${PLURALS}}`,
        `@you {is|are|was|were} [all] [being] [@intens] [@intens] {${BAD}}`,
        // The "your a joke" typo, and texting spellings.
        `{your|ur|u r|u are} {a|an} [@intens|complete|total|absolute|utter|real] [@insulta] {@insultn|${NOUNS}}`,
        // "ur" now reads as "your" (the tokenizer expands it), so only "u r"/"u are" here; "ur useless." is below.
        `{u r|u are} [all] [@intens] {@insulta|${BAD}|${PLURALS}}`,
        // "What a clown", "what a bunch of losers".
        `what {a|an} [@intens|complete|total|absolute|utter|real|bunch of|pack of|shower of|load of] [@insulta] {clown|idiot|moron|loser|jerk|muppet|numpty|prat|plonker|creep|bully|snake|coward|fraud|hypocrite|${PLURALS}|amateur hour|cult|scam|sweatshop|cesspool|snake pit|madhouse|slap in the face|disgrace|insult}`,
        `{bunch|pack|band|gaggle|load|shower|gang|crew|nest} of [@intens] [@insulta|smug|stuck up|overpaid|entitled|glorified|self important|jumped up|miserable|lazy|spineless|gutless|two faced] {${PLURALS}}`,
        `{@insulta|${BAD}} {bunch|crowd|pack|gang|shower} of {people|individuals|recruiters|interviewers|managers|hr people|staff|employees|${PLURALS}}`,
      ],
      reason: 'Calling the reader or their company names reads as an insult.',
      unless: {
        before: [...SELF, 'i', 'we', 'not', 'never', 'if'],
        sentence: ['i {was|am|felt|feel|looked|sounded|seemed} [like] [such|a|an|total|complete|an absolute]', 'my {own|last|previous|former|old|current}', 'at my {last|previous|former|old}', 'not {a|an|all}', 'am not', 'are not', 'is not', 'was not', 'were not', 'not saying', 'customer+', 'caller+', 'patient+', 'passenger+', 'student+', 'guest+'],
      },
    },
    {
      patterns: [
        // Vocatives: "you idiot", "you useless HR drone", "you smug lot".
        `you [@intens|absolute|complete|utter|total|bloody|stupid|useless|pathetic|little|lazy|incompetent|arrogant|clueless|smug|miserable|ignorant|spineless|gutless|lying|sorry|greedy|heartless|two faced] {${VOCATIVE}}`,
        `you {useless|pathetic|incompetent|clueless|stupid|arrogant|ignorant|spineless|gutless|greedy|heartless|soulless|worthless|smug|lazy|lying|rude|condescending} [*] [*] {@staff|drone|drones|people|lot|bunch|lot|person|recruiters|interviewers|morons|idiots|clowns}`,
        // "your garbage company", "this pathetic excuse", "your clueless recruiter".
        `{your|this|that|you and your} [@intens] {pathetic|garbage|trash|useless|incompetent|clueless|stupid|idiotic|moronic|crappy|shitty|lousy|lame|dumb|ridiculous|laughable|toxic|sleazy|shady|dodgy|scummy|slimy|tin pot|tinpot|two bit|mickey mouse|second rate|third rate|mediocre|disgraceful|shameful|corrupt|dysfunctional|shambolic|amateurish|penny pinching|greedy|soulless|heartless|worthless|rude|arrogant|condescending|smug|ignorant|lying|snake oil|sham|bogus|rubbish} [little|excuse for a|excuse of a|joke of a] {@staff|process|processes|culture|offer|ats|test|tests|questions|feedback|website|portal|system|job|role|opportunity|position|interview|interviews|assessment|rules|policies|games|lies|excuses|nonsense|startup|start up|product|salary|outfit|operation|excuse|values|mission|job ad|job advert|posting|listing|hiring practices}`,
        // "as mediocre as you".
        `as {${BAD}|useless|incompetent|clueless|arrogant|rude|mediocre|bad|stupid|dumb|lazy|pathetic} as {you|yourself|yourselves|your *|your * *|the rest of you|the rest of your *|the people who *}`,
      ],
      reason: 'Calling the reader or their people names reads as an insult.',
      unless: {
        before: [...SELF, 'not', 'never', 'i', 'thank', 'i am not', 'was not', 'is not'],
        sentence: ['thank you {for|so|very}', 'i {was|am|felt|feel} [@intens] {useless|stupid|clueless|incompetent|lazy|mediocre|rude|arrogant|ignorant}', 'my {own|last|previous|former|old}', 'at my {last|previous|former|old}', 'not {as|that}', 'no one is', 'nobody is'],
      },
    },
    {
      patterns: [
        // The way they treated people, judged.
        `{the way|how} {you|you guys|you people|your *|your * *|they|he|she|the recruiter|the interviewer|the company|this company} {treat+|treated|spoke|speak|speaks|talk+|handle+|behave+|conduct+|dealt|deal|deals|ghost+|communicate+|run|runs|ran|operate+|manage+|respond+} *** * {is|was|are|were} [@intens] [@intens] {${BAD}|unacceptable|outrageous|shocking|beyond the pale|a disgrace|a joke|an embarrassment|a scandal|criminal|cruel|heartless|nasty|horrible|awful|terrible|callous}`,
        // "Your culture is toxic", "your offer is insulting".
        `{@your|this|that} {culture|company culture|work culture|environment|workplace|office|leadership|leadership team|management|behaviour|behavior|conduct|attitude|ethics|values|treatment of *|hiring practices|practices|offer|salary offer|job offer|compensation|package|pay|job ad|job advert|job posting|job description|posting|ad|advert|listing|reputation|reviews|feedback|response|reply|email|rejection|rejection email|questions|test|assessment|take home|take-home|ats|website|portal} {is|are|was|were} [@intens] [@intens] {${BAD}|an insult|a slap in the face|offensive|derisory|peanuts|pennies|slave wages|chump change|beneath me|beneath contempt|a disgrace|a joke|an embarrassment|a scam|a con|a farce}`,
        '[a|an|the|what a|such a|absolute|total|real] slap in the face',
        '{an|an absolute|a total|a complete|a real|such an|what an} insult to {my|our|anyone|any|the|every|all|your own} [*] {intelligence|experience|profession|skills|qualifications|worth|time|years|career|candidates|applicants|industry|field}',
        '{with|has|have|had|of|got} half a brain',
        'amateur hour',
        'clown {car|college|school|convention|outfit|operation|company|circus|fiesta}',
        '{circus|clown show|freak show|zoo|cesspool|cesspit|snake pit|madhouse|sinking ship|cult} {you|of a|that is|you call|you are running|you run|you lot run}',
        'run by [a] [bunch of|pack of|gang of|load of|team of] [*] {children|clowns|idiots|amateurs|morons|toddlers|monkeys|muppets|incompetents|fools|lunatics|crooks|chimps|dinosaurs|narcissists|psychopaths|sociopaths|bullies}',
        '{karma|karma \'s|karma is} [going to|will|gonna|coming|a] *** {get|catch up|find|come for|bite|coming for|coming}',
        'what goes around comes around',
        '{is|are|was|were} [a|an] [@intens|real|right|total|proper] piece of work',
        '{piece|pieces} of {garbage|trash|filth|scum|dirt|excrement|rubbish}',
      ],
      reason: 'Contempt aimed at the reader reads as an insult.',
      unless: {
        before: [...SELF, 'not', 'never', 'i', 'we', 'hardly', 'no'],
        sentence: ['my {own|last|previous|former|old|current} *', 'at my {last|previous|former|old}', 'i {was|am|felt|feel|had|have} [@intens] {a|an|such|so|half}', 'not {at all|an|a|that|meant}', 'did not mean', 'never meant', 'is not', 'was not', 'are not', 'were not', 'no {slap|insult}', 'thank you for', 'appreciate', 'understand', 'i know', 'i realise', 'i realize'],
      },
    },
    {
      patterns: [
        // Rhetorical insults as questions: "Are you all brain dead?", "Can your recruiter even read?"
        '{are|is|were|was} {you|you guys|you people|you all|your *|your * *|your * * *|everyone|anyone|anybody|they|he|she} [all] [@intens|just|literally] {stupid|blind|illiterate|deaf|dumb|brain dead|braindead|incompetent|clueless|idiots|morons|clowns|insane|daft|dense|robots|bots|even literate|literate|even human|unable to read|incapable of reading|capable of reading|allergic to *|out of your mind|out of your minds|out of their minds|out of their mind}',
        '{can|could|do|does|did} {you|your *|your * *|anyone|anybody|they|he|she|your people|you guys|you people} even {read|spell|count|tell time|tell the time|use a calendar|read a calendar|do basic *|follow simple *|follow basic *|write a *|do {his|her|their|your} job|do {his|her|their|your} jobs}',
        '{can not|cannot} {you|your *|your * *|they|he|she|you guys|you people|anyone there|anybody there} {read|spell|count|tell time|tell the time|use a calendar|read a calendar|follow simple *|follow basic *}',
        '{can not|cannot|could not} even {spell|read|count|tell the time|tell time|use a calendar|read a calendar|do basic *|follow simple *|follow basic *|write a coherent *|write a proper *|string a sentence together|do {his|her|their|your} job|get my name right|get a name right}',
        // "Who do you people think you are?", "get over yourselves", "high horse".
        'who {do|does|did} {you|you people|you guys|you lot|your *|they|he|she} think {you|they|he|she} {are|is|were|was}',
        'get over {yourself|yourselves}',
        '{needs|need|needed|has to|have to|should} [to] get over {himself|herself|themselves|yourself|yourselves}',
        '{off|get off} {your|his|her|their} high horse',
        '[you] get a real job',
        '{learn|teach} [*] [*] some {manners|respect|basic manners|common courtesy|basic courtesy|professionalism|etiquette|humility|decency|social skills|people skills}',
        '{you|your *|your * *|he|she|they|the recruiter|the interviewer|the hiring manager|the company} [clearly|obviously|simply|just|evidently] {has|have|had|show+|showed} {no|zero|not an ounce of|not a shred of} {manners|class|shame|integrity|ethics|morals|decency|soul|backbone|spine|people skills|social skills|emotional intelligence|self awareness|humanity|common sense|respect for *}',
        '{zero|not an ounce of|not a shred of|not one ounce of} {respect|empathy|integrity|professionalism|class|manners|people skills|social skills|emotional intelligence|self awareness|common sense|decency|humanity|courtesy|basic courtesy|competence|shame}',
        '{you|your *|your * *|he|she|they|the recruiter|the interviewer|the hiring manager} [clearly|obviously|simply|completely|totally|utterly|sorely] {lack|lacks|lacked} [@intens|any|basic|even basic|all] {manners|class|integrity|decency|empathy|people skills|social skills|professionalism|common sense|respect|self awareness|emotional intelligence|courtesy|common courtesy|basic courtesy|humanity|a soul|a backbone|a spine|competence|basic competence}',
        // "the personality of a wet sock".
        '{personality|personalities|charisma|people skills|social skills|empathy|emotional intelligence|manners|attention span|iq|emotional range|bedside manner|communication skills} of a [wet|dead|damp|soggy|cardboard|stale|cold|boiled|limp|rotten|brick] {brick wall|wall|rock|potato|sock|rag|fish|toaster|robot|plank|spoon|doorknob|door|brick|teaspoon|lettuce|turnip|houseplant|fence post|dial tone|paper bag|sponge|stone|slug|snail|goldfish|gnat|cabbage|carrot|lamp post|lamppost|cardboard box|parking meter|traffic cone|vending machine|tax form|spreadsheet|wet blanket|corpse|zombie|prison guard|drill sergeant|bouncer|parking ticket|speeding ticket|tax return|stapler|fax machine|printer|cactus|calculator|answering machine|chatbot|spam bot|traffic warden|lump of coal|block of wood|tree stump|stump|wet weekend|funeral|tax audit|dmv clerk|prison warden|shark|snake|robot vacuum}',
        // "I hope you enjoy your sinking ship".
        '{enjoy|good luck with|have fun with|best of luck with} [running] {your|the|that} [*] {sinking ship|mediocrity|dumpster fire|clown show|circus|echo chamber|race to the bottom|toxic *|cult|sweatshop|revolving door|turnover|high turnover|glassdoor reviews|bad reviews|mediocre *|bargain basement *|lowball *|low ball *}',
        'enjoy [hiring|working with|being] [*] [*] {mediocre|mediocrity}',
        'enjoy your mediocrity',
        '{your|this} sinking ship',
        // "Nobody with half a brain would work for you" / "deserve to fail".
        '{deserve|deserves|deserved} to {@harm|be fired|be sacked|be shut down|go bust|lose everything|fold|be exposed|be named and shamed|be ashamed}',
        '{deserve|deserves|deserved} {every|all the|each|those|the} [single] [bad|negative|terrible|awful|1 star|one star] {bad review|bad reviews|negative review|negative reviews|1 star review|1 star reviews|one star review|one star reviews|glassdoor review|glassdoor reviews|terrible review|terrible reviews}',
        '{explains|explain|explained} {your|the} {turnover|staff turnover|attrition|glassdoor *|reviews|rating|ratings|vacancies|reputation}',
        '{reviews|rating|ratings|reputation|turnover} *** {bad|low|terrible|awful|poor|horrible|dreadful|high} for a reason',
        // "You embarrassed yourselves".
        '{embarrass+|humiliate+|disgrace+|shame+} {yourself|yourselves}',
        '{made|make|making|makes} {a fool|fools|an idiot|idiots|a joke|a laughing stock|laughing stocks} of {yourself|yourselves|themselves|himself|herself|your company|your team|your *}',
        '{you|your *|your * *|they|he|she} {should|ought to} be [@intens] {embarrassed|mortified|ashamed}',
      ],
      reason: 'Contempt aimed at the reader reads as an insult.',
      unless: {
        before: [...SELF, 'not', 'never', 'i', 'we', 'do not', 'did not', 'please do not'],
        sentence: ['my {own|last|previous|former|old|current} *', 'at my {last|previous|former|old}', 'i {was|am|felt|feel|had|have|lack|lacked|may lack|might lack|sometimes lack} [@intens] {a|an|such|so|half|no|zero|little}', 'did not mean', 'never meant', 'no need', 'nothing to be', 'thank you for', 'sorry if', 'i hope i', 'i did not', 'if i', 'i should', 'i ought', 'i made'],
      },
    },
    {
      patterns: [
        // Curt dismissals.
        'up yours',
        'bite me',
        '[you can] suck it',
        '{you can|go|just} {shove|stick|stuff} it',
        'take {this|that|your|the} {job|offer|role|position|opportunity|contract} and {shove|stick|stuff} it',
        '{shove|stuff} it [up *]',
      ],
      end: true,
      reason: 'A dismissive retort reads as contempt.',
      unless: { before: ['not', 'i', 'we'], sentence: ['drawer', 'folder', 'envelope', 'box', 'fridge'] },
    },
    {
      patterns: [
        `[@intens|absolutely|just|so|truly|simply|totally|utterly|beyond|how|what] {pathetic|disgusting|disgraceful|shameful|appalling|ridiculous|laughable|unprofessional|amateurs|clowns|clown show|a joke|what a joke|unacceptable|despicable|deplorable|absurd|embarrassing|shocking|typical recruiters|typical recruiter|typical hr|typical corporate nonsense|what a circus|amateur hour|a disgrace|vultures|losers|muppets|idiots|morons|pathetic really|just pathetic}`,
      ],
      alone: true,
      reason: 'A one-word verdict on the reader reads as contempt.',
    },
    {
      patterns: [
        'grow {a backbone|a spine|some backbone|a pair|some balls|a brain|some manners|a conscience|a heart}',
        '{would not|could not|can not|cannot|will not|wouldn\'t} {know|spot|recognise|recognize|find|see|identify|notice|hire|tell} *** if {it|they|he|she|one|talent} *** {hit|bit|slapped|walked|came|stared|was handed|were handed|handed|punched|kicked|smacked|landed|fell|sat|danced|was|were}',
        '{nobody|no one|none of you|not one of you|not a single person|not one person|not anyone} *** {know|knows|knew|has a clue|had a clue|have a clue} {what|how} {they|he|she|you|anyone} {are|is|were|was|should be} {doing|hiring|looking for}',
        '{you|your *|your * *|they|he|she|the recruiter|the interviewer|the company} {do not|does not|did not|clearly do not|clearly does not|obviously do not|obviously does not} [even] know what {you|they|he|she} {are|is|were|was} doing',
        '{level|levels|amount|degree|display|show|sheer|depth|culture|revolving door|sea|parade|circus|den|nest|cesspool|breeding ground|festival|masterclass|monument|hotbed|pit} of {incompetence|idiocy|stupidity|mediocrity|arrogance|unprofessionalism|disorganisation|disorganization|dysfunction|nepotism|cronyism|toxicity|disrespect|contempt|ineptitude|cluelessness|hypocrisy|dishonesty|rudeness|entitlement|ego|egos|clowns|idiots|morons|amateurs|fools}',
        '{what kind of|what sort of|what type of} {clown show|circus|joke|freak show|cult|sweatshop|zoo|madhouse|shambles|amateur hour|clown car|mickey mouse *|idiot|idiots|moron|morons|clown|clowns|amateur|amateurs|fool|fools|lunatic|lunatics|monster|monsters|sadist|sadists|psycho|psychos|human being would|moron would|idiot would|joke is|nonsense is|garbage is|clown}',
        '{behaved|behaves|behave|acted|acts|act|acting|behaving|carried on|carry on|carries on} like {children|kids|schoolchildren|school children|toddlers|teenagers|animals|a child|a toddler|a bully|bullies|a dictator|a tyrant|clowns|a clown|idiots|an idiot|a jerk|jerks|a spoilt *|a spoiled *|spoilt *|spoiled *|thugs|gangsters|a robot|robots|a drill sergeant|a cop|cops|an interrogator|interrogators|a prosecutor|a god|gods|royalty|a king|a queen|a prima donna|prima donnas|divas|a diva|schoolyard bullies|school bullies|petty tyrants|a petty tyrant}',
        '{in their right mind|in his right mind|in her right mind|in their right minds|with any self respect|with any self-respect|with half a brain|with any sense|with any talent|with options|with any options|with any dignity|worth {their|his|her} salt|with a shred of *|with an ounce of *} *** {would|will} [ever] [want to] {work|apply|join|accept|take|put up|stay} *** {you|your *|this company|this place|there|that place|this outfit|it}',
        '{dumber|stupider|thicker than a|dimmer than a} than {a|an|two|the|my|rocks|bricks|dirt|a box *|a bag *|a sack *|a plank|a post|a doorknob}',
        '{dumber|stupider} than',
      ],
      reason: 'Contempt aimed at the reader reads as an insult.',
      unless: {
        before: [...SELF, 'not', 'never', 'i', 'we', 'i do not', 'i did not'],
        sentence: ['my {own|last|previous|former|old|current} *', 'at my {last|previous|former|old}', 'i {do|did} not know', 'i {acted|behaved|was acting|was behaving}', 'on my team', 'in my team', 'sorry', APOLOGY, 'thank+', 'would not want to work anywhere else', 'no one would {turn down|say no|refuse|pass up}'],
      },
    },
    {
      patterns: [`hope {your|you|ur|the|that|this|whoever|whomever} *** {${HARM}}`],
      reason: 'Wishing the reader harm reads as hostility.',
      unless: { before: ['not'], sentence: ['not', 'never', 'no one', 'nobody', 'well', 'smoothly', 'success', 'successful', 'thrive', 'thrives', 'sorry', APOLOGY, 'i hope i', 'worried', 'afraid'] },
    },
    {
      patterns: [
        '{what kind of|what sort of|what type of} {person|people|recruiter|recruiters|company|employer|manager|interviewer|professional|business|organisation|organization|team|hr department|hiring manager} {would|does|do|treats|ghosts|ignores}',
      ],
      reason: 'A rhetorical jab at the reader reads as contempt.',
      unless: {
        after: ['you', 'be', 'thrive', 'suit', 'fit', 'best', 'succeed', 'do well', 'excel', 'enjoy', 'like', 'love', 'want', 'make', 'benefit', 'your', 'the team', 'well', 'i', 'this role', 'the role', 'that role', 'this job', 'the job', 'great', 'good'],
        sentence: ['asked me', 'you asked', 'interviewer asked', 'curious', 'wonder+', 'could you', 'would you', 'can you', 'love to know', 'like to know', 'like to hear', 'love to hear'],
      },
    },
    {
      patterns: ['no self respecting {candidate|candidates|engineer|engineers|professional|professionals|person|people|designer|designers|developer|developers|applicant|applicants|nurse|nurses|teacher|teachers|accountant|accountants|analyst|analysts|manager|managers|adult|adults}'],
      requires: ['you', 'your', 'this company', 'this offer', 'that offer', 'this role', 'that role', 'this salary', 'that salary', 'here', 'there'],
      reason: 'Contempt aimed at the reader reads as an insult.',
      unless: { sentence: ['mentor', 'told me', 'taught me', 'i agree', 'as they say', 'my {old|last|previous|first} *'] },
    },
    {
      patterns: [
        // "came across as a condescending prat", "struck me as a bully".
        `@you {came across as|comes across as|come across as|seemed|seemed like|seems like|sounded like|sounds like|looked like|looks like|acted like|acts like|struck me as|strikes me as|is such|was such|are such|were such|is basically|was basically|are basically|were basically|is nothing but|are nothing but|was nothing but|were nothing but|is just|are just|was just|were just} [@intens] {a|an} [@intens|complete|total|absolute|utter|real|right|proper|bloody|little|sad|pathetic|glorified|smug|lying|power tripping|power hungry|self important|jumped up|stuck up|@insulta] {@insultn|${NOUNS}}`,
        `@you {came across as|comes across as|seemed|seemed like|sounded like|looked like|acted like|struck me as|are nothing but|were nothing but|are just|were just|are basically|were basically} [@intens] [@insulta] {${PLURALS}}`,
        `{full of|staffed by|staffed with|filled with|packed with|crawling with|overrun with|overrun by|nothing but|nothing more than|no better than|little more than} [a bunch of|a pack of] [@insulta|glorified|overpaid|stuck up|jumped up] {${PLURALS}}`,
        '{is|are|was|were} [just|basically|essentially|nothing but|nothing more than|little more than|merely|only] [a|an] glorified {spammer|spammers|salesman|salesmen|salespeople|salesperson|telemarketer|telemarketers|secretary|secretaries|receptionist|receptionists|admin|admins|cold caller|cold callers|babysitter|babysitters|gatekeeper|gatekeepers|keyword matcher|keyword matchers|paper pusher|paper pushers|pen pusher|pen pushers|middleman|middlemen|headhunter|headhunters|spreadsheet|spam bot|spam bots|bot|bots|chatbot|pimp|pimps|box ticker|box tickers}',
        'jumped up {little|middle|junior|petty|nobody|clerk|manager|middle manager|recruiter|hr *|admin|pen pusher|pencil pusher|bureaucrat|jobsworth|receptionist|intern|graduate|team lead|supervisor|twerp|prat}',
        'chip on {his|her|their|your} shoulder',
        // "I've met more competent people working at a car wash."
        'i have {met|seen|worked with|dealt with|had|interviewed with|encountered|known} more {competent|professional|qualified|organised|organized|capable|polite|respectful|intelligent|courteous|switched on|clued up} {people|folks|staff|recruiters|interviewers|managers|teenagers|employees|service|interviews|communication} *** {at a|in a|at the|working at|working in|from a|at my local|at mcdonald \'s|in kindergarten|at a petrol station|at a gas station|at a fast food *|at a supermarket|at the dmv|at the post office|flipping burgers|behind a bar|at a car wash|in a call centre|in a call center}',
        'i pity {anyone|anybody|whoever|the person|the poor *|the candidate|your *|you|the next *|everyone who|the people who|those who}',
        '{you|you people|you guys|you lot|your *|your * *|this company|this place|this process|they|he|she} {make|makes|made|making} me {sick|feel sick|physically sick|ill|gag|retch|puke|vomit|want to vomit|want to puke|want to scream|want to throw up}',
        '{disgusts|disgust|disgusted|sickens|sickened|repulses|repulsed|revolts|revolted|nauseates|nauseated|appals|appalls|appalled} me',
      ],
      reason: 'Contempt aimed at the reader reads as an insult.',
      unless: {
        before: [...SELF, 'not', 'never', 'i', 'we', 'if'],
        sentence: ['my {own|last|previous|former|old|current|younger|first} *', 'my {role|job|position|internship|work|title|team}', 'quote', 'saying', 'at my {last|previous|former|old}', 'i {was|am|felt|feel|came|come|seemed|sounded|looked|acted} *', 'than {anywhere|any|at|in}', 'at your', 'on your', 'in your team', 'nerves', 'nervous', 'anxious', 'worried', 'sorry', APOLOGY, 'thank+', 'not {a|at all|that}', 'in no way', 'not rocket science'],
      },
    },
    {
      patterns: ['@you {is|are|was|were} [@intens|a bit|a little|really|pretty|rather|quite] {thick|dense|dim|slow|simple|daft|thick as *|a bit slow|not very bright|not the sharpest *|not the brightest *|two sandwiches short *|one sandwich short *|a few sandwiches short *|a few cards short *|not all there}'],
      end: true,
      reason: 'Calling the reader or their people names reads as an insult.',
      unless: { before: [...SELF, 'not', 'i'], sentence: ['i {was|am|felt|feel}', 'my {own|last|previous|former|old}', 'process', 'response', 'replies', 'wifi', 'internet', 'connection', 'traffic', 'week', 'season', 'market', 'hiring', 'fog', 'snow'] },
    },
    {
      patterns: ['get a grip', '{you are|you \'re|they are|he is|she is|your * is|your * are} [just] {a|an} * [*] not {a|an} {brain surgeon|rocket scientist|neurosurgeon|nobel laureate|surgeon|astronaut}'],
      reason: 'A condescending retort reads as contempt.',
      unless: { before: ['not', 'i'], sentence: ['i {am|was} not', 'grip on', 'grip of'] },
    },
    {
      patterns: [
        // "I've never seen such incompetence", "the arrogance of your team is staggering".
        '{such|so much|this much|that much|this kind of|this level of|that level of|the sheer|such breathtaking|such staggering|such blatant|such utter|such complete} {incompetence|arrogance|rudeness|unprofessionalism|stupidity|ignorance|entitlement|hypocrisy|disorganisation|disorganization|dishonesty|contempt|laziness|pettiness|cowardice|greed|idiocy|ineptitude|cluelessness|condescension|smugness|disrespect}',
        'the {incompetence|arrogance|rudeness|unprofessionalism|stupidity|ignorance|entitlement|hypocrisy|dishonesty|contempt|laziness|pettiness|cowardice|greed|idiocy|ineptitude|cluelessness|condescension|smugness|audacity|gall|nerve|cheek} of {your|you|this|that|these|those|the people|the recruiter|the interviewer|the hiring manager|the panel|the company|it|some people|them}',
        '{your|their|his|her} [sheer|utter|complete|total|staggering|breathtaking|unbelievable|astounding|absolute|blatant] {incompetence|arrogance|rudeness|unprofessionalism|stupidity|ignorance|entitlement|hypocrisy|dishonesty|contempt|laziness|pettiness|cowardice|greed|idiocy|ineptitude|cluelessness|condescension|smugness|audacity|gall}',
        `whoever *** *** {is|was|are|were} [@intens] {a|an} [@intens|complete|total|absolute|utter|real] [@insulta] {@insultn|${NOUNS}}`,
        // "Why did your recruiter lie to me?"
        '{you|your *|your * *|they|he|she|the recruiter|the interviewer|the company|why did you|why did they|why would you} [*] {lie|lied|lying|keep lying|kept lying} to {me|us|candidates|applicants|people|everyone}',
        '{paid|employed|hired|trained|allowed|taught|incentivised|incentivized} to be {this|that|so} [@intens] {@insulta|${BAD}|slow|bad at *}',
        'give+ {*|* *|* * *} a bad {name|reputation|rap}',
        '{temu|wish|aliexpress|dollar store|bargain bin|knock off|knockoff|off brand|bargain basement|poundland|dollar tree|walmart} version of',
        '{what a|such a} [@intens] {@insulta|${BAD}|miserable|sad|sorry|grim|joyless|soulless|spineless|gutless|clueless|useless} {bunch|lot|crowd|shower|outfit|operation|excuse for *}',
      ],
      reason: 'Contempt aimed at the reader reads as an insult.',
      unless: {
        before: [...SELF, 'not', 'never', 'i', 'we', 'would not', 'did not'],
        sentence: ['my {own|last|previous|former|old|current|younger|first} *', 'at my {last|previous|former|old}', 'i {showed|had|displayed|was|am}', 'sorry', APOLOGY, 'thank+', 'well run', 'well-run', 'never lied', 'not lie', 'would not lie', 'did not lie', 'wheel', 'joke', 'admire', 'appreciate'],
      },
      requires: ['you', 'your', 'yours', 'they', 'them', 'their', 'he', 'his', 'she', 'her', 'the recruiter', 'the interviewer', 'the company', 'the panel', 'this company', 'this process', 'never seen', 'never met', 'never experienced', 'never encountered', 'whoever', 'such', 'staggering', 'breathtaking'],
    },
    {
      patterns: ['{stop|quit|do not|please stop|you keep|you kept|they keep|they kept|you have been|you were|you are} {jerking|messing|mucking|dicking|pissing|fucking|screwing|buggering} {me|us|candidates|people|applicants} {around|about}'],
      reason: 'Contempt aimed at the reader reads as an insult.',
      unless: { before: ['not', 'i', 'we'], sentence: ['sorry', APOLOGY] },
    },
    {
      patterns: [
        `{in|with} {a|such a|this|that|so|an} [@intens] {${BAD}|nasty|cruel|callous|cold|heartless|dismissive|belittling|sneering} {manner|way|fashion|tone}`,
        '{complete|total|utter|absolute|shocking|staggering|appalling|breathtaking|such a|a|an} lack of [basic|common|any|even basic|simple] {civility|courtesy|respect|manners|decency|empathy|professionalism|humanity|integrity|class|competence|common sense|self awareness|politeness|basic courtesy|human decency}',
        '{his|her|their|your} [own] {backside|arse|ass|butt|behind|bottom} with {both hands|a map|two hands|a torch|a flashlight|a sat nav|a satnav|gps}',
        '{treat+|treat} {me|candidates|applicants|people|us|everyone|staff|employees} {like|as} [if i was|if we were|if they were] {disposable|second class|worthless|expendable|absolute|total|complete|human|mere|just} {garbage|trash|rubbish|dirt|crap|objects|numbers|cattle|robots|commodities|cogs|pawns|idiots|children|nothing|nobodies}',
        '{is|are|represents|embodies|sums up|epitomises|epitomizes} everything [that is] wrong with',
        '{you are|you guys are|your company is|your team is|your * is|people like you are} {what is|exactly what is|precisely what is} wrong with',
        '{had|got|received|felt|seen|experienced} more {respect|warmth|empathy|courtesy|feedback|communication|humanity|personality|engagement|professionalism|interest|attention|manners} from {a|an|my|the} {vending machine|parking meter|automated *|robot|chatbot|bot|toaster|brick wall|wall|answering machine|spam filter|cat|dog|goldfish|parking ticket|traffic cone|self checkout|ticket machine|voicemail|fridge|printer|ai|rock|houseplant|plant}',
      ],
      reason: 'Contempt aimed at the reader reads as an insult.',
      unless: {
        before: [...SELF, 'not', 'never', 'i', 'we', 'my'],
        sentence: ['my {own|last|previous|former|old|current|younger|first} *', 'at my {last|previous|former|old}', 'i {was|am|felt|feel|showed|had|displayed}', 'sorry', APOLOGY, 'thank+', 'post', 'article', 'blog', 'talk', 'book', 'podcast', 'video', 'thesis', 'research', 'study', 'studied', 'never {treat|treated|treats}', 'did not {treat|treated}', 'appreciate'],
      },
    },
    {
      patterns: [
        // "A trained monkey could do your job", "my dog could run a better process".
        '{my dog|my cat|a monkey|a trained monkey|a chimp|a toddler|a child|a five year old|a # year old|a potato|a hamster|a goldfish|a bot|a robot|chatgpt|a chatbot|a random number generator|a coin toss|a magic 8 ball|a dartboard} could {do|run|have done|have run|manage|write|organise|organize|handle|make} {your|a better|it better|this better|better|a more}',
        // "You have no business interviewing anyone", "shouldn't be allowed to manage".
        '{have|has|had} no business {interviewing|hiring|recruiting|managing|leading|running|judging|assessing|being|working|talking to|deciding}',
        '{should not|ought not to|ought not} be {allowed|permitted|trusted|let} {to|near} {interview|hire|recruit|manage|lead|run|talk to|speak to|deal with|judge|assess|work with|anyone|people|candidates|a team}',
        'how {do|does|did|do you|does he|does she|do they} {you|he|she|they|your *|your * *} [even|still] {have|keep|hold|get} {a|that|this|their|his|her|your} {job|role|position}',
        '{a|an|such a|total|complete|utter|absolute} failure as a {recruiter|manager|human|human being|person|company|hr *|professional|interviewer|leader|employer|boss|hiring manager}',
        '{ego|egos} {is|are|was|were} [@intens] {bigger|larger|the size of|out of control|enormous|massive|huge|fragile|inflated|writing cheques *|writing checks *}',
        '{nobody|no one|not one person|none of us} {likes|respects|trusts|wants to work for|wants to work with|rates} {you|your *|your company|them}',
        '{trash|garbage|clown|scam|shit|crap|mickey mouse|tin pot|tinpot|two bit|fly by night} {company|companies|recruiter|recruiters|firm|agency|outfit|hr|people|team|interviewer|interviewers|manager|startup|employer|organisation|organization}',
        '{washed up|washed-up|has been|has-been|bitter old|burnt out|burned out} {has been|has-been|hack|nobody|loser|failure|dinosaur|manager|recruiter|interviewer|engineer|man|woman|bloke|guy}',
        '{far|way|so far|so} up {your|his|her|their} own {backsides|backside|arses|arse|asses|ass|butts|butt|behinds}',
        'not half as {clever|smart|good|important|brilliant|impressive|great|special} as {you|he|she|they} think',
        '{typical|classic} {clueless|useless|incompetent|lazy|arrogant|corporate|hr|recruiter|recruiters} {hr|recruiter|recruiters|nonsense|garbage|rubbish|behaviour|behavior|bs|crap|move|arrogance|incompetence}',
      ],
      reason: 'Contempt aimed at the reader reads as an insult.',
      unless: {
        before: [...SELF, 'not', 'never', 'i', 'we', 'i have', 'i had', 'my'],
        sentence: ['my {own|last|previous|former|old|current|younger|first} *', 'at my {last|previous|former|old}', 'i {was|am|felt|feel|have|had} *', 'sorry', APOLOGY, 'thank+', 'collection', 'talk', 'post', 'article', 'free', 'ego free', 'ego-free'],
      },
    },
    {
      patterns: [
        '{you|your *|your * *|they|he|she} {are|is|were|was} [clearly|obviously|simply|just|evidently] too {insecure|arrogant|proud|lazy|scared|cowardly|threatened|incompetent|clueless|stupid|biased|petty|cheap|stingy|spineless|gutless|self absorbed|self-absorbed|full of {yourself|yourselves|himself|herself|themselves}|important|up * own *} to {hire|recognise|recognize|see|admit|judge|appreciate|understand|handle|reply|respond|give|accept|notice|listen|read|care}',
        '{tells|told|says|said} {me|us|you|anyone} everything [i need to know|we need to know|anyone needs to know|one needs to know] about {you|your|how you|the way you|this company|the company|the people|the culture}',
        '{says|said} it all about {you|your|how you|the way you|this company|the company|the people|the culture}',
        '{if this is how|if that is how|given how|seeing how} {you|your *|your * *} {treat+|speak|speaks|spoke|talk+|handle+|behave+|deal+|run|runs|communicate+} *** {i feel sorry|i pity|god help|heaven help|pity|no wonder|i dread|i shudder|i would hate|i can only imagine|good luck|i feel for|my condolences}',
        '{like|as} {a bunch of|a pack of|a load of|a gaggle of|a troop of} [@insulta|preening|strutting|spoilt|spoiled|overgrown] {peacocks|show offs|show-offs|schoolkids|school kids|children|monkeys|headless chickens|toddlers|teenagers|clowns|hyenas|vultures|sharks|robots|zombies|amateurs|idiots|bullies|frat boys|schoolboys|schoolgirls}',
        'like headless chickens',
        '{lectured|lecture|lecturing} {on|about} {professionalism|manners|respect|punctuality|etiquette|courtesy|communication|integrity|ethics} by',
      ],
      reason: 'Contempt aimed at the reader reads as an insult.',
      unless: {
        before: [...SELF, 'not', 'never', 'i', 'we'],
        sentence: ['my {own|last|previous|former|old|current|younger|first} *', 'at my {last|previous|former|old}', 'i {was|am|felt}', 'i feel {bad|terrible|awful|that|like}', 'i am sorry', 'so sorry', 'sorry {if|about|to|that}', APOLOGY, 'thank+', 'great', 'kind', 'generous', 'impressive', 'impressed', 'love', 'commitment', 'care', 'christmas', 'excited'],
      },
    },
    {
      patterns: [
        '{would not|could not|can not|cannot|will not|does not|do not} {know|spot|recognise|recognize|see|identify|notice|find} {talent|a good candidate|good talent|a good hire|quality|competence|a great candidate|a strong candidate|good candidates|great candidates|good engineers|good people|potential} [*] if',
        '{masterclass|lesson|exercise|case study|textbook example|object lesson|study} in {arrogance|rudeness|incompetence|unprofessionalism|condescension|disrespect|contempt|pettiness|cowardice|disorganisation|disorganization|bad manners|smugness|entitlement}',
        'rotten {to the core|from the top *|from top to bottom|from the head down|through and through}',
        'nobody likes a {bully|liar|snob|hypocrite|coward|know it all|show off|jobsworth|control freak}',
        '{like|as} {used car salesmen|car salesmen|snake oil salesmen|telemarketers|scammers|con artists|cult leaders}',
        '{never|not once} {worked|had|held|done} a real {job|day \'s work|job in * life}',
        '{clueless|arrogant|entitled|smug|spoilt|spoiled|jumped up|snotty|know it all} {kid|kids|child|children|brat|brats|teenager|teenagers|graduate|boy|girl|schoolboy|schoolgirl}',
        `{what a|such a} [@intens] {${BAD}|spineless|cowardly|gutless|lazy|nasty|cruel|callous|cold|heartless|petty|cheap|sleazy|slimy|pathetic} {way|manner|move|thing to do|stunt|trick|excuse}`,
        `{people|a person|someone|somebody|anyone|managers|a manager|recruiters|a recruiter|staff|leaders|a company|an employer} {this|that|so|as} {${BAD}|petty|mean|nasty|clueless|incompetent|rude|lazy|cold|spiteful}`,
      ],
      reason: 'Contempt aimed at the reader reads as an insult.',
      unless: {
        before: [...SELF, 'not', 'never', 'i', 'we'],
        sentence: ['my {own|last|previous|former|old|current|younger|first} *', 'at my {last|previous|former|old}', 'i {was|am|felt|feel}', 'i am sorry', APOLOGY, 'thank+', 'great', 'kind', 'generous', 'love', 'i have never worked', 'my kids', 'my children', 'enjoyed', 'loved', 'clear communication', 'how to', 'how not to', 'i {sold|worked|was}'],
      },
    },
    {
      // r2c: "what a pathetic little company", "only a greedy, spineless outfit would …"
      patterns: [
        `{what|such} {a|an} [@intens] {@insulta|${BAD}|sad|sorry|miserable|tinpot|tin pot|two bit|mickey mouse|penny pinching|cut price|grubby|cowardly|small minded|narrow minded|power hungry} [and] [@insulta|${BAD}|sad|sorry|miserable|tinpot|two bit|penny pinching|grubby|cowardly|small minded] [little] {company|outfit|organisation|organization|operation|firm|business|startup|start up|agency|corporation|employer|recruiter|recruitment agency|hr department|bunch|crowd|lot|excuse for a company|excuse for a recruiter|excuse for a business}`,
        `only {a|an|the|some} [@intens] {@insulta|${BAD}|sad|sorry|miserable|tinpot|two bit|mickey mouse|penny pinching|grubby|cowardly|small minded|power hungry|insecure|jealous|bitter|fragile|thin skinned|vindictive} [and] [@insulta|${BAD}|sad|sorry|miserable|tinpot|two bit|penny pinching|grubby|cowardly|small minded|insecure|jealous|bitter|fragile|thin skinned|vindictive] [little] {company|outfit|organisation|organization|operation|firm|business|startup|agency|corporation|employer|recruiter|recruiters|manager|hiring manager|interviewer|people|person|team|hr department|place|bunch|crowd|lot} {would|could|does|do|will|ever}`,
        `{pathetic|sad|sorry|miserable|tinpot|two bit|petty|grubby|spineless|gutless|greedy|clueless|useless|mediocre|shabby|shady|dodgy|crappy} little {company|outfit|organisation|organization|operation|firm|startup|start up|agency|recruiter|recruiters|empire|kingdom|fiefdom|team|hr department|business|sweatshop|scam|cult|clique|boys club|dictatorship}`,
      ],
      reason: 'Contempt aimed at the reader’s company reads as an insult.',
      unless: {
        before: [...SELF, 'not', 'never'],
        sentence: ['my {own|last|previous|former|old|current} *', 'at my {last|previous|former|old|current}', 'not {such|a|an|so}', 'i {was|am|felt|feel|ran|run|founded|started|built}', 'we {were|are|ran|run}', 'our {own|little}', 'thank+', 'sorry'],
      },
    },
    {
      // r2c: wishing harm ("I hope your whole team gets laid off", "may your startup fail").
      patterns: [
        'hope {you|u|your|ur|the|that|this|whoever|whomever} *** *** {get|gets|got|getting} {laid off|made redundant|sacked|fired|let go|axed|canned|replaced|demoted|passed over|ghosted|rejected|dumped|sued|scammed|screwed over}',
        'hope {you|u|your|ur|the|that|this|whoever|whomever} *** *** {lose+|loses} {your|their|his|her|its|every|all|all its|all your|all their|all of its|all of your} [*] {job|jobs|livelihood|livelihoods|funding|investor|investors|client|clients|customer|customers|staff|people|money|contract|contracts|business|house|home}',
        'hope *** *** {quits|quit|walks out|walk out|leaves|leave|ditches|ditch} *** *** {stranded|in the lurch|high and dry|short staffed|short-staffed|in a mess|with nothing}',
        `may {you|your|ur|the|this|that} *** {fail|fails|${HARM}|go bankrupt|go bust|go under|rot|suffer|never find *|never hire *|get what *|ghost you|ghost your *|treat you|do the same|leave you *|screw you *|reject you|dump you}`,
        'hope {your|ur|the|that|this|whoever} *** {turns out|turn out|ends up|end up|proves|prove} to be {a disaster|a nightmare|a dud|a flop|a failure|useless|terrible|awful|a fraud|a liar|a bad hire|a mistake|a bad fit|incompetent|a total *|a complete *|an absolute *}',
        '{hope|may} {karma|life} {bites|bite|gets|get|catches up with|catch up with|pays|pay} {you|them|your *|him|her} [back]',
      ],
      reason: 'Wishing the reader harm reads as hostility.',
      unless: { before: ['not', 'i do not', 'never', 'sorry to'], sentence: ['not', 'never', 'no one', 'nobody', 'well', 'smoothly', 'sorry', 'i hope i', 'worried', 'afraid', 'hope i do not', 'if i', 'thank+', '{another|second|better} chance', 'next time', 'soon', 'lands on', 'land on', 'bounce+ back'] },
    },

    // web-hb: families seen in real replies to rejections (Ask a Manager vitriol posts, recruiting rants,
    // r/jobvent mirrors): verdicts on what the reader did, contempt nouns, missing spine or decency.
    {
      patterns: [
        // "It is beyond rude to string candidates along", "that was cruel of you".
        '{it is|it was|it is just|that is|that was|this is|this was} [@intens|beyond|downright|incredibly|plain|simply|really|extremely|frankly] {rude|cruel|insulting|demeaning|degrading|disrespectful|callous|heartless|cowardly|spineless|gutless|shameful|disgraceful|despicable|contemptible|sadistic} {to|of you|of them|of your *|of your * *|how}',
        // "a rotten thing to do", "a cowardly move".
        '{a|an|such a|what a|one|the most} [@intens] {rotten|lousy|nasty|cruel|low|lowly|cowardly|spineless|gutless|shabby|shitty|crappy|petty|callous|heartless|despicable|disgraceful|shameful|cheap|dirty|sleazy|underhanded|sneaky|slimy|snide|vile|spiteful|mean} {thing to do|things to do|move|trick|stunt|tactic|way to treat *|way to behave|way to run *|thing to do to *|act|excuse}',
        // "cruel and sadistic", "vile and cowardly".
        '{cruel|sadistic|abhorrent|despicable|contemptible|vile|heartless|callous|disgusting|repugnant|cowardly|spineless|gutless|petty|vindictive|spiteful} and {cruel|sadistic|abhorrent|despicable|contemptible|vile|inhumane|degrading|heartless|callous|disgusting|repugnant|cowardly|spineless|gutless|petty|vindictive|spiteful|pathetic|disrespectful|demeaning}',
        // Strong moral verdicts: "were utterly abhorrent", "is demeaning".
        '{is|was|were|are|feels|felt|seems|seemed} [@intens|beyond|downright|utterly|frankly|plain|simply] {abhorrent|sadistic|despicable|contemptible|repugnant|reprehensible|vile|inexcusable|unforgivable|deplorable|demeaning|degrading|dehumanising|dehumanizing|belittling}',
      ],
      reason: 'Condemning what the reader did in moral terms reads as contempt.',
      unless: {
        before: [...SELF, 'i', 'we', 'not', 'never', 'would', 'would be', 'would not be', 'it would', 'it would be', 'hardly', 'by no means'],
        sentence: ['of me', 'my {own|behaviour|behavior|conduct|lateness|mistake|email|message|reply|tone|comment|comments|remark|question}', 'i {was|am|behaved|acted}', 'if i', 'i hope', 'sorry', APOLOGY, 'traffic', 'weather', 'train', 'trains', 'commute', 'not to be', 'did not mean', 'never meant', 'crime', 'crimes', 'abuse', 'poverty', 'war', 'history', 'book', 'film', 'novel', 'documentary', 'report', 'article', 'thank+'],
      },
    },
    {
      patterns: [
        // "sheer hypocrisy", "pure incompetence", "utter contempt".
        '{pure|sheer|utter|absolute|total|complete|rank|blatant|staggering|breathtaking|gross|naked|rampant|outright|downright|unbelievable|unmitigated|such} {incompetence|hypocrisy|idiocy|stupidity|arrogance|cowardice|laziness|contempt|rudeness|unprofessionalism|amateurism|dishonesty|ineptitude|cluelessness|condescension|smugness|negligence|greed|spinelessness|disrespect|disdain|pettiness|nastiness|cruelty|nepotism|cronyism|bigotry|prejudice}',
        // "Incompetence obviously runs right through your organisation."
        '{incompetence|arrogance|hypocrisy|rudeness|dishonesty|contempt|disrespect|unprofessionalism|toxicity|nepotism|cronyism|stupidity|idiocy|cowardice|laziness|dysfunction} [clearly|obviously|evidently|plainly|really|just|simply] {runs|run|ran|pervades|pervade|permeates|permeate|is rife|is rampant|is endemic|is everywhere|starts at the top|goes all the way|seeps|rots}',
        // "shows utter disregard for my time", "with complete contempt for candidates".
        '{utter|complete|total|blatant|absolute|zero|such|a complete|a total|an utter|sheer|callous|flagrant|brazen} {disregard|contempt|disdain} {for|towards|toward|of}',
      ],
      reason: 'Naming the reader’s faults as contempt reads as an insult.',
      unless: {
        before: [...SELF, 'i', 'we', 'not', 'never', 'no'],
        sentence: ['my {own|complete|total|utter|sheer|ignorance|incompetence|inexperience|lack}', 'i {was|am|felt|feel|showed|had|displayed|admit}', 'sorry', APOLOGY, 'thank+', 'appreciat+', 'book', 'film', 'article', 'research', 'study', 'thesis'],
      },
    },
    {
      patterns: [
        // "didn't have the spine to tell me himself", "lacked the decency to reply".
        '{not|never|no one|nobody|none of you|not one of you} [even] [clearly|obviously] {have|has|had|show|shows|showed|find|found|muster|mustered|possess|possesses} the [basic|common|simple|human] {spine|guts|balls|backbone|decency|courtesy|nerve|stones|bottle|integrity|manners|grace|good grace|professionalism|respect|class} to',
        '{lack|lacks|lacked|lacking} the [basic|common|simple|human] {spine|guts|balls|backbone|decency|courtesy|stones|bottle|integrity|manners|grace|good grace|class} to',
        // "people who can't manage basic human decency".
        '{can not|cannot|could not|unable to|incapable of|too lazy to|not capable of} [even] {manage|muster|show|extend|offer|display|managing|mustering|showing|extending|offering|displaying} [even] {basic|common|simple|the most basic|an ounce of|a shred of|any} [human] {decency|courtesy|respect|manners|politeness|professionalism|kindness|dignity}',
        // "run by cowards", "staffed by liars".
        '{run|staffed|managed|led|populated|filled} by [a bunch of|a pack of|a gang of|a load of|a team of] {cowards|liars|crooks|bullies|hypocrites|snakes|frauds|incompetents|imbeciles|sociopaths|narcissists|clowns|idiots|morons|fools|muppets|amateurs|cowboys|sharks|vultures|weasels|children|toddlers}',
      ],
      reason: 'Saying the reader lacks spine or decency reads as contempt.',
      unless: {
        before: [...SELF, 'i', 'we', 'i did', 'i do', 'i could', 'i would', 'i have', 'i had', 'i clearly did', 'i just did', 'i still did', 'i did not', 'i do not', 'i could not'],
        sentence: ['i {did|do|could|would|have|had|will|can} not [even|quite|yet|always] {have|find|muster|show|manage}', 'i never {had|have|found|showed|managed}', 'i lack+', 'i {was|am} {unable|too}', 'if i', 'sorry', APOLOGY, 'thank+', 'appreciat+', 'my {last|previous|former|old} *'],
      },
    },
    {
      patterns: [
        // "Spare me the pathetic excuse", "spare me your 'not a good fit' line".
        'spare me {the|your|all the|any more|the usual} *** *** {excuse|excuses|line|lines|speech|lecture|platitudes|platitude|nonsense|act|spiel|sob story|pr|pr speak|corporate speak|jargon|waffle|talk|bs|bull|drivel|lies|crocodile tears|niceties|pleasantries|script|boilerplate|garbage|rubbish|crap|bullshit|sermon|song and dance|routine|story|fluff|buzzwords}',
        'spare me {the|your} {excuses|platitudes|lecture|speech|nonsense|spiel|act|lies|pleasantries|niceties|crocodile tears|sob story|bs|crap|bullshit|drivel|waffle}',
        // "stop insulting our intelligence", "we're not fools".
        'insult+ {our|their|everyone \'s|people \'s|candidates|applicants|the candidate \'s|anyone \'s} intelligence',
        '{we are|i am|we were|i was|candidates are|applicants are|people are} not {fools|idiots|stupid|children|morons|dumb|born yesterday|that stupid|that dumb|that naive|as stupid as|as dumb as|your puppets|puppets}',
        // "sees applicants as disposable things to toy with and toss aside".
        '{see|sees|saw|seeing|view|views|viewed|viewing|regard|regards|regarded|treat|treats|treated|treating} {applicants|candidates|people|us|me|job seekers|jobseekers|workers|employees|staff|humans|anyone} as {disposable|expendable|worthless|nothing|numbers|cattle|objects|commodities|pawns|cogs|garbage|trash|dirt|an inconvenience|a nuisance|a burden|playthings|toys|interchangeable|replaceable|meat|bodies}',
        'disposable {things|objects|commodities|numbers|resources|pawns|cogs|bodies|items|products|tissues|toys|playthings}',
        '{toss+|thrown|threw|throw|throws|cast|casts|discard+|chuck+|dump+} {me|us|them|people|candidates|applicants|everyone|others} aside',
        '{toy|toys|toyed|toying|play|plays|played|playing} with {people|people \'s|candidates|candidates \'|applicants|applicants \'|my|our|someone \'s|job seekers} {lives|life|emotions|feelings|hopes|futures|livelihoods|time|careers}',
        // "string candidates along".
        '{string|strings|strung|stringing} {candidates|applicants|people|me|us|someone|folks|job seekers|jobseekers|everyone} along',
      ],
      reason: 'Contempt aimed at the reader reads as an insult.',
      unless: {
        before: [...SELF, 'i', 'we', 'not', 'never', 'would', 'could', 'can', 'will', 'might', 'to', 'not to', 'do not', 'did not', 'does not', 'you do not', 'you did not', 'for not'],
        sentence: ['thank+', 'appreciat+', 'grateful', 'kind', 'sorry', APOLOGY, 'i {do|did|would} not want to', 'rather than', 'instead of', 'never {strung|string|treat|treated|saw}', 'never felt', 'did not feel', 'my {last|previous|former|old} *', 'at my {last|previous|former|old}', 'coffee cup', 'cups', 'packaging', 'gloves', 'nappies', 'diapers', 'razors', 'camera', 'cameras', 'income', 'toy {company|companies|store|shop|industry|brand|maker|makers|design|line}', 'board game+', 'video game+', 'kids', 'children', 'cat', 'dog', 'puppy', 'band', 'music', 'piano', 'guitar'],
      },
    },
    {
      patterns: [
        // "snide little comments", "her sneering tone", "the smug air of your refusal".
        '{snide|sneering|smirking|snarky|catty|bitchy|belittling|snotty|snooty|haughty|supercilious|smarmy|condescending|patronising|patronizing} [little] {comment|comments|remark|remarks|tone|look|looks|attitude|manner|questions|laugh|laughter|smirk|smirks|jab|jabs|dig|digs|aside|asides|reply|replies|email|emails|response|responses|feedback|note|way|air|behaviour|behavior|eye rolls|eye rolling}',
        '{smug|snooty|snotty|haughty|supercilious|sneering|holier than thou|high handed|snobbish|smarmy|pompous|self satisfied|self righteous|sanctimonious} {air|tone|attitude|manner|reply|response|email|refusal|rejection|recruiter|recruiters|interviewer|interviewers|manager|managers|panel|people|lot|bunch|way|little|face|faces|smile|grin|expression|company|team|hr|crowd|reply|note|letter}',
        // "makes your department look incompetent".
        '{makes|made|make|making} {you|your *|your * *|them|the company|this company|the firm|your company|the whole *|everyone there|it} look [@intens|fairly|rather|pretty|like] {incompetent|clueless|stupid|foolish|ridiculous|amateurish|unprofessional|pathetic|idiots|clowns|amateurs|fools|petty|cheap|dishonest|shady|desperate|a joke|a bunch of *|a laughing stock}',
      ],
      reason: 'Contempt aimed at the reader reads as an insult.',
      unless: {
        before: [...SELF, 'i', 'we', 'not', 'never', 'my', 'your kind', 'our'],
        sentence: ['i {was|am|felt|feel|came across|sounded|seemed|looked|hope}', 'did not mean', 'never meant', 'not meant', 'i {did|do} not find', 'nothing', 'hardly', 'sorry', APOLOGY, 'thank+', 'appreciat+', 'if i', 'my {last|previous|former|old} *', 'at my {last|previous|former|old}', 'made me look', 'make me look', 'makes me look', 'makes us look', 'made us look', 'make us look'],
      },
    },
    {
      patterns: [
        // "your tech-illiterate recruiter", "the most ludicrous feedback I've ever heard".
        '{tech|computer|technically|functionally|financially|digitally|scientifically|basically|practically} illiterate',
        'the {most|single most} {ludicrous|ridiculous|absurd|idiotic|insulting|pathetic|asinine|moronic|stupid|nonsensical|laughable|clueless|useless|condescending|patronising|patronizing|arrogant|incompetent|unprofessional|disrespectful|demeaning|insane|bizarre and insulting} {feedback|excuse|excuses|reason|reasons|question|questions|email|emails|reply|response|rejection|interview|interviews|process|test|offer|thing|things|recruiter|recruiters|interviewer|interviewers|manager|managers|people|company|explanation|comment|comments|nonsense}',
        // "Any half-trained monkey could do the job."
        '{any|a} [half trained|trained|performing|drunken|drunk|blind|brain dead|semi literate|half witted|half decent] {monkey|chimp|chimpanzee|baboon|toddler|five year old|idiot|fool|moron|imbecile|trained seal|parrot|orangutan} {could|can|would be able to|is capable of|could easily|can easily} [easily|probably|have] {do|done|handle|handled|manage|managed|fill|filled|run|pass|answer|write|perform|hire|read|make|conduct|pick}',
        // "too prejudiced to read a CV fairly".
        '{you|your *|your * *|they|he|she|the recruiter|the interviewer|the panel|the hiring manager} {are|is|were|was} [clearly|obviously|simply|just|evidently|far|way|much] too {prejudiced|bigoted|narrow minded|small minded|closed minded|close minded|blinkered|short sighted|dim|thick|dense|blind|lazy|ignorant|arrogant|insecure|cowardly} to {see|read|recognise|recognize|notice|judge|assess|understand|appreciate|spot|evaluate|reply|respond|admit|hire|consider|give|look|listen|do}',
        // "I hope someone takes you off hiring for good."
        'i hope {someone|somebody|they|the board|your *|your * *|management|hr} {takes|take|pulls|pull|kicks|kick|boots|boot|gets|get|throws|throw|moves|move} {you|him|her|them} {off|out of|out|away from}',
        // "nobody on that panel has the faintest idea".
        '{nobody|no one|none of you|none of them|not one of you|not one of them|not a single one of you|not a single person|not one person} *** {has|have|had} the {faintest|slightest|foggiest|remotest|first|least|vaguest} {idea|clue|notion|understanding}',
        '{you|he|she|they|your *|your * *|the recruiter|the interviewer|the panel|the hiring manager} [clearly|obviously|simply|evidently|plainly] {do not|does not|did not} have the {faintest|slightest|foggiest|remotest|first|vaguest} {idea|clue|notion}',
        '{has|have|had} {no|not the} [faintest|slightest|foggiest|remotest|first|vaguest] {clue|idea} what {they|he|she|you} {are|is|were|was} {doing|talking about|on about|hiring for|looking for}',
        // "an inconsiderate jerk", "a prejudiced, arrogant clown".
        '{inconsiderate|prejudiced|bigoted|spiteful|vindictive|callous|cowardly|sneering|smarmy|snooty|obnoxious|patronising|patronizing|pompous|smug|hypocritical|two faced|self important|power hungry|small minded|narrow minded|jumped up} {jerk|jerks|prat|prats|idiot|idiots|clown|clowns|fool|fools|bully|bullies|coward|cowards|creep|creeps|snob|snobs|twit|twits|hypocrite|hypocrites|liar|liars|know it all|know it alls|bureaucrat|bureaucrats|bunch|lot|crowd|pig|pigs|cow|cows|git|gits|sod|sods|toad|worm|weasel|weasels|snake|snakes|jobsworth|jobsworths|dinosaur|dinosaurs|amateur|amateurs|buffoon|buffoons|tyrant|tyrants|egomaniac|egomaniacs|narcissist|narcissists|windbag|windbags|blowhard|blowhards|egotist|egotists|mansplainer|man|woman|person|people|individual|individuals|recruiter|recruiters|interviewer|interviewers|manager|managers|boss|bosses|panel}',
        // "a condescending know-it-all", "a smug know-it-all".
        '{a|an|such a|total|complete|absolute|real|utter} [@insulta|smug|pompous|patronising|patronizing|obnoxious|insufferable] know it all',
      ],
      reason: 'Contempt aimed at the reader reads as an insult.',
      unless: {
        before: [...SELF, 'i', 'we', 'not', 'never', 'if'],
        sentence: ['i {was|am|felt|feel|came across|sounded|seemed|looked|may be|might be|can be}', 'myself', 'not {a|an|that}', 'sorry', APOLOGY, 'thank+', 'appreciat+', 'i hope i', 'if i', 'my {own|last|previous|former|old|current|younger|first} *', 'at my {last|previous|former|old}', 'in my {last|previous|former} *', 'customer+', 'caller+', 'patient+', 'passenger+', 'student+', 'guest+', 'help+', 'teach+', 'taught', 'class', 'classes', 'workshop', 'volunteer+', 'literacy', 'adults', 'seniors', 'elderly', 'grandparents', 'parents'],
      },
    },
    {
      // "I find the smug air of your refusal quite distasteful" (the writer's own verdict, so no guard on "I").
      patterns: ['{find|found|consider|considered} *** *** [quite|rather|@intens] {distasteful|demeaning|degrading|repugnant|abhorrent|contemptible|despicable|galling|sickening|nauseating|repulsive|beneath contempt}'],
      reason: 'Contempt aimed at the reader reads as an insult.',
      unless: { before: ['not', 'never', 'do not', 'did not', 'would not', 'i do not', 'i did not', 'i would not'], sentence: ['{do|did|would} not find', 'never found', 'my {own|behaviour|behavior|conduct|reply|email|message|comment|comments|remark}', 'sorry', 'apolog+', 'thank+', 'appreciat+', 'book', 'film', 'novel', 'history', 'war', 'crime', 'crimes', 'abuse', 'poverty', 'racism', 'cruelty to'] },
    },
    {
      patterns: [
        // "I'm sick of your recruiters' little games."
        '{sick|tired|fed up|done|weary|had enough} {of|with} {your|their|these|those|the|all your|all the|all these|all of your|all this|this|that} [*] [*] [little|silly|stupid|petty|childish|mind|power|hiring|recruiting|recruitment|corporate|hr|interview] {games|nonsense|shenanigans|antics|tricks|lies|lying|bs|crap|bullshit|rubbish|garbage|drivel|runaround|run around|charade|circus|farce|mind games|power games|pretence|pretense|hypocrisy|excuses|gaslighting|ghosting|disrespect|arrogance|incompetence|contempt}',
      ],
      reason: 'Contempt aimed at the reader reads as an insult.',
      unless: { before: ['not', 'never', 'i am not', 'we are not'], sentence: ['my own', 'sorry', 'thank+', 'appreciat+', 'commute', 'weather', 'job market', 'market', 'kids', 'board games', 'video games', 'game design', 'games industry', 'gaming'] },
    },
    {
      // "I was subjected to a condescending grilling" (the writer as the one it was done to, so no guard on "I was").
      patterns: ['{subjected|treated|put through} {to|me to|us to} {a|an|the} [*] {condescending|patronising|patronizing|hostile|humiliating|aggressive|rude|belittling|demeaning|degrading|brutal|nasty|sneering|bullying|contemptuous|smug|insulting|hateful} {grilling|interrogation|lecture|tirade|rant|ordeal|display|interview|session|dressing down|telling off|attack|barrage|performance|hour|experience}'],
      reason: 'Contempt aimed at the reader reads as an insult.',
      unless: { before: ['not', 'never'], sentence: ['sorry', 'apolog+', 'thank+', 'appreciat+', 'my {last|previous|former|old} *', 'at my {last|previous|former|old}', 'customer+', 'student+', 'patient+'] },
    },
    {
      patterns: [
        // "the jerk who yelled at me", "that clown you sent to interview me".
        '{the|that|this|your|some|this one} [@insulta|smug|pompous|arrogant|rude|obnoxious|condescending|patronising|patronizing|jumped up|little] {jerk|jerks|prick|pricks|idiot|idiots|moron|morons|clown|clowns|creep|creeps|bully|bullies|buffoon|buffoons|imbecile|cretin|muppet|numpty|prat|twit|loser|losers|jackass|douche|douchebag|tosser|wanker|weasel|windbag|blowhard|egomaniac|narcissist|psycho|know it all|dinosaur|dinosaurs|clowns} {who|that|you|at|in|on|from|running|interviewing|yelling|shouting|screaming|sitting|behind|with}',
        // "He snickered at my answers and scoffed", "mocked my accent", "lectured me about Google".
        '{snickered|sniggered|scoffed|smirked|sneered|jeered|tutted|eye rolled|rolled {his|her|their} eyes} {at|when|whenever|every time|each time|while|as} [*] [*] {me|my|i}',
        '{snickered|sniggered|scoffed|smirked|sneered|jeered|mock+|ridicule+|belittle+|berate+|scold+|harangue+|patronise+|patronize+|lecture+|insult+|humiliate+|demean+|laughed at|laughing at|made fun of|making fun of|talked down to|talking down to|yell+ at|shout+ at|scream+ at|bark+ at|snap+ at|snapped at|sneer+ at|scoff+ at} {me|my answers|my answer|my accent|my degree|my experience|my cv|my resume|my portfolio|my background|my questions|my question|my work|my age|my appearance|my clothes|my school|my university|my name}',
        // "did not even know my name", "droned on about his own achievements".
        '{did not|does not|never|could not|could not even|did not even|does not even|never even} [even] {know|knew|learn+|remember+|bother to learn|bother to remember|get|got|look up|looked up|pronounce+|use+|say|said} my name',
        '{droned|drones|droning|banged|bangs|banging|rambled|rambles|rambling|harped|harping|bragged|bragging|boasted|boasting|showed|showing} {on|off} about {his|her|their} own',
        '{condescending|patronising|patronizing|hostile|humiliating|aggressive|belittling|sneering|bullying|contemptuous|hateful|nasty|vicious|smug|insulting} {grilling|interrogation|lecture|tirade|rant|dressing down|telling off|barrage|tone of voice|voice|sneer|sneers}',
        // "Your recruiters gaslight candidates."
        '{gaslight|gaslit|gaslighting|gaslighted|gaslights} {me|candidates|applicants|people|us|everyone|job seekers|jobseekers|staff|employees|anyone}',
        // "You people can act like total a-holes", "like a peacock".
        '{acted|act|acts|acting|behaved|behave|behaves|behaving|strutted|struts|strutting|preened|preening|perched|lounged|swaggered|swanned|lorded it} [around|about|over us|over me|on the desk|in] [*] like {a|an|the|some} [*] {peacock|dictator|tyrant|god|king|emperor|schoolteacher|headmaster|headmistress|drill sergeant|prison guard|warden|cop|bully|child|toddler|brat|spoilt *|spoiled *|jerk|idiot|clown|prima donna|diva|frat boy|mob boss|gangster|playground bully|used car salesman|game show host}',
        // "treated us like furniture".
        '{walked past|ignored|treated|looked at|looked through|spoke to|talked to} {us|me|candidates|applicants|everyone|people} {like|as if} {we were|i was|they were} [*] {furniture|invisible|ghosts|nothing|dirt|garbage|trash|cattle|children|idiots|a nuisance|an inconvenience|part of the furniture|wallpaper|beneath *}',
      ],
      reason: 'Contempt aimed at the reader reads as an insult.',
      unless: {
        before: [...SELF, 'i', 'we', 'not', 'never', 'if', 'i was the', 'i am the', 'i felt like the', 'i felt like', 'like', 'sorry i', 'sorry if i', 'did not mean to'],
        sentence: ['i {was|am|felt|feel|looked|sounded|seemed} [like] [such|a|an|the]', 'myself', 'sorry', APOLOGY, 'thank+', 'appreciat+', 'joke', 'jokes', 'laughed {with|together}', 'my {own|last|previous|former|old|current|younger|first} *', 'at my {last|previous|former|old}', 'customer+', 'caller+', 'patient+', 'passenger+', 'student+', 'guest+', 'child', 'children', 'kids', 'son', 'daughter', 'film', 'movie', 'book', 'novel', 'character', 'play', 'role play', 'teacher', 'students'],
      },
    },
    {
      patterns: [
        // "Recruiters like you are the scum of the earth / the reason everyone hates job hunting."
        '{like you|like yourself|like yours|like your *|like him|like her|like them} {are|is|were|was} [exactly|precisely|literally|honestly|frankly] {the scum|scum|the reason {everyone|people|nobody|no one|candidates|applicants|i|we|job seekers|jobseekers} *** {hate|hates|dread|dreads|despise|despises|distrust|distrusts|avoid|avoids|loathe|loathes|give up|gives up|quit|quits}|what is wrong|exactly what is wrong|the problem|a disease|a cancer|a plague|a blight|parasites|vultures|leeches|bottom feeders|a disgrace|an embarrassment|a joke|the worst}',
        '{scum of the earth|lowest of the low|bottom feeders|bottom feeder|bottom of the barrel|dregs of *|pond scum|pond life|lower than a snake *}',
        // "belong in the seventh circle of hell".
        '{belong+|deserve+|should rot|should burn|can rot|can burn|will rot|will burn|go straight} {in|to} [the] [*] [*] {circle of hell|circles of hell|pit of hell|depths of hell|hell}',
        'circle of hell',
        // "as much value to society as wasps", "as useful as a chocolate teapot".
        '{as much|about as much|the same|less} {value|use|point|purpose|worth|benefit|usefulness} [to {society|anyone|the world|humanity|the industry|candidates|anybody|man or beast}] {as|than} {wasps|a wasp|mosquitoes|a mosquito|methane|a chocolate teapot|a chocolate fireguard|a fart|a screen door *|an ashtray *|a fish *|tits on a bull|a bicycle *|a paperweight|a doorstop|a broken *|a wet *|a traffic cone|head lice|a rash|a cold sore|a parking ticket|a bad smell|a rock}',
        '{as useful as|about as useful as|as much use as|about as much use as|less useful than|as helpful as|about as helpful as} {a chocolate teapot|a chocolate fireguard|a screen door *|an ashtray *|a fish *|tits on a bull|a chocolate *|a wet *|a broken *|a paperweight|a doorstop|a traffic cone|a rock|a glass hammer|a one legged *|a handbrake *|a waterproof teabag|a solar powered torch|a sundial *}',
        // "clinically useless", "woefully inept".
        '{clinically|criminally|spectacularly|woefully|laughably|pathetically|professionally|mechanically|hopelessly|chronically|staggeringly|breathtakingly|monumentally|shockingly|appallingly|terminally} {useless|inept|incompetent|clueless|hopeless|unfit|unprofessional|dishonest|amateurish|disorganised|disorganized|lazy|rude|arrogant|stupid|dim|ignorant|bad at *}',
        // "I hope the person you hired makes your life a misery."
        '{make+|turns|turn} {your|his|her|their|the team \'s|your team \'s|your company \'s} {life|lives|job|jobs|days|working life|work life|year} {a misery|miserable|hell|a living hell|a nightmare|unbearable|as miserable as *|as hard as *|difficult}',
      ],
      reason: 'Contempt aimed at the reader reads as an insult.',
      unless: {
        before: [...SELF, 'i', 'we', 'not', 'never', 'if', 'would not want to', 'do not want to', 'did not want to', 'never want to', 'to'],
        sentence: ['i {was|am|felt|feel|looked|sounded|seemed|may be|might be|can be} [*]', 'myself', 'not {a|an|that|the}', 'sorry', APOLOGY, 'thank+', 'appreciat+', 'i hope i', 'if i', 'my {own|last|previous|former|old|current|younger|first} *', 'at my {last|previous|former|old}', 'in my {last|previous|former} *', 'customer+', 'caller+', 'patient+', 'passenger+', 'student+', 'guest+', 'inspir+', 'admire', 'love', 'mentor+', 'heroes', 'hero', 'role model+', 'dante', 'inferno', 'literature', 'book', 'novel', 'film', 'easier', 'better', 'simpler', 'happier'],
      },
    },
    {
      // "looked at me as if I had two heads", "glared at my outstretched hand as if I were offering her rubbish".
      patterns: ['{looked|stared|glared|peered|squinted|sneered|smirked} at {me|my *|my * *} {as if|like|as though} {i|i were|i was|i had|i \'d}'],
      reason: 'Contempt aimed at the reader reads as an insult.',
      unless: { before: ['i', 'we', 'not', 'never'], sentence: ['sorry', 'apolog+', 'thank+', 'appreciat+', 'kind+', 'warm+', 'smil+', 'proud', 'friend+', 'genius', 'hero', 'long lost', 'laugh+', 'my {last|previous|former|old} *', 'customer+', 'student+', 'patient+', 'child', 'kids', 'dog', 'cat'] },
    },
    {
      patterns: [
        // "spoke to me in a hateful tone".
        '{in|with|using} {a|an|such a|this|that|the same} [@intens] {hateful|nasty|snide|sneering|condescending|patronising|patronizing|dismissive|aggressive|hostile|belittling|contemptuous|mocking|snotty|snippy|smug|superior|hectoring|bullying|sarcastic|withering|scornful|disdainful|mean|spiteful|venomous|icy|snarky} {tone|voice|manner|way|fashion|attitude}',
        // "Your condolences don't pay my rent, so keep them."
        '{condolences|sympathy|sympathies|good wishes|best wishes|well wishes|kind words|thoughts and prayers|apologies|apology|regrets} {do not|will not|can not|cannot|did not|would not|does not} {pay|cover|feed|put food *} {my|the|our} {rent|bills|mortgage|family|kids|children|table|groceries}',
        '{keep|save|spare me|stuff|shove} {your|them|the} [*] {condolences|sympathy|sympathies|platitudes|pity|crocodile tears|thoughts and prayers|good wishes|well wishes|best wishes|fake sympathy|fake concern|apologies|excuses}',
        // "like we were furniture", "as if I were invisible".
        '{like|as if|as though} {we were|i was|i were|they were|candidates were|applicants were|we are|i am|we did not exist|i did not exist} [just|simply|merely|mere] [*] {furniture|part of the furniture|invisible|ghosts|a ghost|nothing|dirt|garbage|trash|cattle|wallpaper|a nuisance|an inconvenience|a number|numbers|a burden|a piece of meat|pieces of meat|beneath *|an idiot|idiots|stupid|a child|children}',
        // "a bunch of vicious, cutthroat pedants".
        '{bunch|pack|band|gaggle|load|shower|gang|crew|nest|den|collection|rabble} of [*] [*] {pedants|cutthroats|cut throats|bean counters|jobsworths|vipers|snakes|sharks|vultures|hyenas|rats|weasels|leeches|parasites|bottom feeders|cowboys|clowns|crooks|liars|idiots|morons|amateurs|incompetents|snobs|bullies|hypocrites|egomaniacs|narcissists|sadists|charlatans|chancers|wankers|tossers|muppets|numpties|twits|prats|jokers|losers|cretins|imbeciles}',
        // "not just inept but downright rude".
        '{inept|incompetent|useless|clueless|lazy|rude|arrogant|dishonest|unprofessional|disorganised|disorganized|careless|slow|sloppy|condescending|dismissive} but [also] [@intens|downright|plain|outright|flat out] {rude|inept|incompetent|useless|clueless|arrogant|dishonest|unprofessional|offensive|insulting|nasty|condescending|patronising|patronizing|dismissive|hostile|obnoxious|incompetent}',
        // "is a laughing stock", "is a charade".
        '{is|are|was|were|has become|have become|had become|remains|remain} [@intens|now|frankly|a complete|a total|an utter|nothing but|just] {a laughing stock|the laughing stock|laughing stocks|a charade|a pantomime|a box ticking exercise|a tick box exercise|a stitch up|a fig leaf|a smokescreen|a sideshow|a con|a racket|a rort}',
        // "dropped me like a stone".
        '{dropped|drop|drops|dumped|dump|dumps|ditched|ditch|binned|bin|cut|cast} {me|us|candidates|applicants|people|them|him|her} like a {stone|hot potato|brick|bad habit|sack of *|stone the moment *|used tissue|hot coal}',
      ],
      reason: 'Contempt aimed at the reader reads as an insult.',
      unless: {
        before: [...SELF, 'i', 'we', 'not', 'never'],
        sentence: ['i {was|am|felt|feel|came across|sounded|seemed|may have|might have|hope}', 'myself', 'sorry', APOLOGY, 'thank+', 'appreciat+', 'did not mean', 'never meant', 'my {own|last|previous|former|old|current|younger|first} *', 'at my {last|previous|former|old}', 'in my {last|previous|former} *', 'customer+', 'caller+', 'patient+', 'passenger+', 'student+', 'guest+', 'child', 'kids', 'film', 'book', 'play', 'theatre', 'theater', 'panto', 'christmas'],
      },
    },
    {
      patterns: [
        // "Recruiters are all the same", "people who couldn't get a real job".
        '{recruiters|recruitment consultants|consultants|agents|headhunters|hr people|hr departments|hiring managers|managers|interviewers|you people|you lot|you guys|companies|employers|corporations|startups|start ups} {are|is} all {the same|alike|identical|useless|liars|clueless|incompetent|crooks|a joke}',
        '{could not|can not|cannot|would never|will never} {get|hold|keep|find|hold down} a {real|proper|decent} job',
        // "You lot have no loyalty to anyone except your commission."
        '@you [clearly|obviously|simply|just|evidently] {has|have|had|show|shows|showed} {no|zero|not an ounce of|not a shred of|not a scrap of|absolutely no} {loyalty|scruples|conscience|morals|ethics|integrity|shame|decency|principles|honour|honor|dignity|humanity|heart|soul}',
        // "The audacity of asking me back after ghosting me."
        '{the|such|what} {audacity|gall|nerve|cheek|chutzpah} [it takes] [of|to|in] [you|them|your *] {asking|to ask|ask|emailing|to email|email|contacting|to contact|contact|reaching out|to reach out|reach out|sending|to send|calling|to call|expecting|to expect|demanding|to demand|telling|to tell|offering|to offer|suggesting|to suggest|invite|inviting|to invite|come back|coming back|to come back}',
        'impressive in its {arrogance|audacity|incompetence|rudeness|stupidity|cynicism|contempt}',
        // "just another scam start-up", "using interviews as free consulting".
        '{another|a|just another|yet another|some} [*] {scam|scammy|fly by night|cowboy|dodgy|shady|sketchy|bogus|fake} {start up|startup|company|outfit|agency|recruiter|operation|business|firm|employer|listing|job|job ad|posting}',
        '{using|use|uses|used|treat|treats|treating|treated} {interviews|the interview|the interview process|candidates|applicants|job seekers|hiring|recruitment|your hiring process|take home *|assignments|tests} {as|for} {free|unpaid} {consulting|consultancy|labour|labor|work|ip|ideas|research|strategy|development|advice}',
        // "Your 'four hours at most' claim is a lie."
        '{is|was|are|were} [a|an] [@intens|outright|blatant|bare faced|barefaced|bald faced|flat|complete|total|big fat|damned|bloody] {lie|lies|falsehood|fabrication|fiction|fairy tale|fairytale}',
        // "You are thieves who passed my strategy off as your own."
        '{you are|you were|you guys are|you people are|your company is|your firm is|they are|he is|she is|it is} [just|nothing but|basically|common|a bunch of|a pack of] {thieves|a thief|crooks|a crook|plagiarists|plagiarist|frauds|a fraud|con artists|a con artist|scammers|a scammer|robbers|bandits|pirates}',
      ],
      reason: 'Contempt aimed at the reader reads as an insult.',
      unless: {
        before: [...SELF, 'i', 'we', 'not', 'never', 'no', 'would be', 'it would be', 'be', 'forgive', 'forgive the', 'excuse', 'excuse the', 'pardon', 'pardon the', 'if you will forgive', 'nothing is', 'no job is', 'no role is', 'no task is', 'nothing was'],
        sentence: ['i {was|am|felt|feel|came across|sounded|seemed|may have|might have|hope}', 'myself', 'sorry', APOLOGY, 'thank+', 'appreciat+', 'did not mean', 'never meant', 'my {own|last|previous|former|old|current|younger|first} *', 'at my {last|previous|former|old}', 'in my {last|previous|former} *', 'customer+', 'caller+', 'patient+', 'passenger+', 'student+', 'guest+', 'forgive+', 'excuse', 'pardon', 'hope you do not mind', 'if i may', 'no {job|role|task|work|position} is', 'nothing is beneath', 'never * beneath', 'not beneath', 'to say', 'white lie', 'fiction writing', 'novel', 'story', 'stories', 'game', 'games'],
      },
    },
    {
      // "This role is so far beneath me that I am embarrassed you sent it."
      patterns: ['{so far|far|way|well|clearly|frankly|obviously|simply|completely|totally} beneath {me|my *|someone with my *|someone of my *|anyone with *|a person of my *|my level}'],
      reason: 'Contempt aimed at the reader reads as an insult.',
      unless: { before: ['not', 'never', 'no', 'nothing is', 'no job is', 'no role is', 'no task is'], sentence: ['no {job|role|task|work|position} is', 'nothing is', 'never * beneath', 'not beneath', 'not {feel|think|consider}', 'sorry', 'apolog+', 'thank+'] },
    },
    {
      patterns: [
        // "I have never met a more useless recruiter in my life."
        '{never|not once|not ever|rarely} [ever] [in my life|in my career|in # years] {met|seen|dealt with|encountered|worked with|come across|had|experienced|spoken to|been interviewed by} [such] {a|an} [@intens|more|less] {useless|incompetent|rude|arrogant|unprofessional|clueless|disorganised|disorganized|condescending|disrespectful|pathetic|ignorant|lazy|dishonest|obnoxious|patronising|patronizing|inept|amateurish|shambolic|chaotic|sloppy|careless|insulting|smug|hostile|nasty|unpleasant|cold|dismissive} {recruiter|person|manager|interviewer|company|team|panel|process|hr *|bunch *|group *|people|employer|agency|consultant|individual|hiring manager|department|organisation|organization|firm|experience|interview}',
        // "couldn't organise a meeting if his life depended on it".
        '{he|she|they|you|your *|your * *|the recruiter|the interviewer|the manager|the hiring manager|the panel|hr|the company|the agency} [clearly|obviously|simply|honestly] {could not|can not|cannot|would not|could never|can never|will never} *** *** if {his|her|their|your|its} {life|lives|job|jobs} depended on it',
        // "your team hires based on who they like, not who is qualified".
        '{hire|hires|hired|hiring|pick|picks|picked|choose|chooses|chose|promote|promotes|promoted} [people] {based on|on the basis of|according to} {who|whom} {they|you|he|she|the boss|management} {like|liked|know|knew|golf with|drink with|went to school with|are friends with|were friends with}',
        '{jobs for the boys|old boys club|old boys network|old boys \'s club|nepotism hire|nepo hire|friends and family hiring|hiring your mates|hiring their mates|hiring his mates|hiring her mates}',
      ],
      reason: 'Contempt aimed at the reader reads as an insult.',
      unless: {
        before: [...SELF, 'i', 'we', 'not', 'never'],
        sentence: ['i {was|am|felt|feel|came across|sounded|seemed|may have|might have|hope}', 'i {could not|cannot|can not|could never|will never}', 'myself', 'sorry', APOLOGY, 'thank+', 'appreciat+', 'my {own|last|previous|former|old|current|younger|first} *', 'at my {last|previous|former|old}', 'in my {last|previous|former} *', 'customer+', 'caller+', 'patient+', 'passenger+', 'student+', 'guest+', 'never {met|seen|had|worked with} {a|an|such|more} [*] {kind|warm|welcoming|organised|organized|helpful|thoughtful|professional|friendly|generous|efficient|supportive|responsive|inspiring}'],
      },
    },
    {
      patterns: [
        // "I've had better interviews at a burger van."
        '{had|seen|received|got|gotten|experienced|been given} {better|more professional|more respectful|friendlier|warmer} {interviews|interview|service|treatment|communication|customer service|manners|organisation|organization|feedback|welcome} {at|from|in} {a|an|the|my|any} [*] [*] {van|stall|kiosk|takeaway|chippy|chip shop|burger *|fast food *|petrol station|gas station|dmv|post office|call centre|call center|car wash|car park|bus station|supermarket|corner shop|launderette|laundromat|kebab shop|kindergarten|playground|zoo|circus|drive through|drive thru}',
        // "Were you even listening when I answered?"
        '{were|was|are|is} {you|he|she|they|your *|your * *|anyone|anybody|the panel|the interviewer} [actually|really] even {listening|paying attention|awake|there|present|reading|looking|interested|trying|qualified}',
        // "Some of your staff need lessons in basic manners."
        '{need|needs|needed|could use|could do with|should take|should have} [a few|some|a|basic] {lessons|lesson|training|a course|classes|a refresher|coaching} {in|on} [basic|common|simple|the basics of] {manners|courtesy|respect|professionalism|etiquette|decency|people skills|social skills|common courtesy|politeness|human decency}',
        // "spent the whole time on his phone".
        '{spent|was on|stayed on|kept checking|kept looking at|was scrolling|sat scrolling|kept scrolling|was glued to|was texting on} [*] [the whole time|the entire time|most of the time|half the interview|the whole interview|the entire interview] {on|at|through} {his|her|their|your} {phone|laptop|email|emails|mobile}',
        '{spent|was on|stayed on|was glued to|was texting on} {his|her|their|your} {phone|laptop|mobile} {the whole time|the entire time|most of the time|throughout|all through|during the whole *|during the entire *|during my *|while i}',
      ],
      reason: 'Contempt aimed at the reader reads as an insult.',
      unless: {
        before: [...SELF, 'i', 'we', 'not', 'never'],
        sentence: [...ABOUT_SELF_OR_ELSEWHERE, 'customer+', 'student+', 'patient+', 'kids', 'children', 'i need', 'i could', 'i should', 'my {phone|laptop}'],
      },
    },
    {
      patterns: [
        // "Is it really too much to ask that the person interviewing me has read my resume?"
        '{is it|is that|was it|was that} [really|honestly|seriously|actually|genuinely] too much to ask {that|for|you|someone|the person|your *|anyone|people|them}',
        // "gave me the stank eye", "a hostile vibe".
        '{gave|give|gives|giving|shot|shooting|threw|throwing} {me|us|candidates|people} {the stank eye|the stink eye|the evils|a death stare|death stares|dirty looks|a dirty look|the side eye|side eye|a filthy look|filthy looks|daggers|the cold shoulder}',
        '{hostile|nasty|cold|condescending|rude|toxic|smug|arrogant|unfriendly|aggressive|creepy|sleazy|snobby|snooty} {vibe|vibes|energy|air about *}',
        // "Show me some respect … and I can see why you are still looking."
        '{show|give|extend|offer} {me|us|candidates|applicants|people} {some|a little|a bit of|basic|some basic|a modicum of} {respect|courtesy|manners|decency|consideration}',
        '{i can see|i see|i can understand|no wonder|it is no wonder|i now understand|i now see|now i see|now i know} why {you|your *|your * *|they|the school|the company} {are|is|have|has|were|was} still {looking|searching|hiring|recruiting|struggling|advertising|unable *}',
        // "shouted at his own HR staff in front of me".
        '{shouted|yelled|screamed|swore|barked|snapped|bellowed|raged} at {his|her|their} {own|staff|team|hr *|colleagues|assistant|secretary|employees|colleague|receptionist|juniors|reports}',
        '{grumpy|sour|miserable|bored|disgusted|scowling|sneering|smirking|disdainful} {face|expression|look|glare|frown} {the whole time|throughout|all through|from start to finish|on * face}',
      ],
      reason: 'Contempt aimed at the reader reads as an insult.',
      unless: {
        before: [...SELF, 'i', 'we', 'not', 'never', 'would', 'hope it', 'hope this', 'hope that'],
        sentence: [...ABOUT_SELF_OR_ELSEWHERE, 'customer+', 'student+', 'patient+', 'kids', 'children', 'i always', 'i try', 'we always', 'our team', 'my {manager|boss|supervisor|lead|director|ceo|teacher|coach|mentor|headteacher|principal}', 'i learned', 'i learnt', 'taught me', 'what not to do'],
      },
    },
    {
      patterns: [
        // "Letting me find out by re-advertising the job is cheap and lazy."
        '{is|was|it is|that is|it was|that was|how} [@intens] {cheap|lazy|tacky|shabby|sloppy|cowardly|spineless|gutless|classless} and {lazy|cheap|tacky|shabby|sloppy|cowardly|rude|disrespectful|unprofessional|classless|petty|spineless}',
        // "Stringing a candidate along and then vanishing is spineless."
        '{is|was|that is|it is|that was|it was} [@intens|pretty|frankly|nothing short of|nothing less than] {spineless|gutless|cowardly|shameless|despicable|contemptible|disgraceful|shameful|pathetic|cruel|heartless|callous|inhumane|vicious|spiteful|vindictive}',
        // "It was extremely unprofessional to leave me waiting"
        '{it was|it is|that was|that is|this was|this is} [@intens|extremely|incredibly|deeply|highly|very] {unprofessional|disrespectful|rude|inconsiderate|discourteous|insulting|thoughtless} [of you|of your *] to',
        // "calling from a new line isn't going to trick me"
        '{is not|are not|was not|will not|is never|are never} going to {trick|fool|con|dupe|hoodwink} me',
      ],
      reason: 'Contempt aimed at the reader reads as an insult.',
      unless: { before: [...SELF, 'i'], sentence: ['i {was|am|felt|feel|have been}', 'myself', 'of me', 'my {draft|work|answer|answers|application|cv|resume|writing|code|test|presentation}', '{apology|apologies|apologise+|apologize+}', 'luck', 'weather', 'winter', 'irony', 'twist'] },
    },
    {
      // "ur useless." ("ur" is read as "your", so the verdict must end the sentence to mean "you're").
      patterns: [`{ur|u r|u are} [all] [@intens] {@insulta|${BAD}|${PLURALS}}`],
      end: true,
      reason: 'Calling the reader or their people names reads as an insult.',
      unless: { before: [...SELF, 'not', 'never', 'i'], sentence: ['i {was|am|felt|feel}', 'sorry', 'thank+'] },
    },
    // Session 4 (extra-web-s4a batch 1 and the holdout 3–4 misses): rhetorical put-downs and
    // verdicts on the reader's competence or character.
    {
      patterns: [
        // "Did I stutter?", "Do I need to draw you a picture?"
        'did i stutter',
        '{do i|do i really|must i|should i} need to {spell it out|draw you a {picture|diagram|map}|repeat myself|say it again|say it slower|use smaller words}',
        '{do|does|did} {you|your @staff} need me to {spell it out|draw you a {picture|diagram|map}|use smaller words|say it slower}',
        // "Isn't that literally your job?"
        '{is not that|that is|it is|this is} {literally|quite literally|precisely|exactly|basically} your [whole|entire|one|only] job',
        '{is not that|that is|it is} your {one|only|whole|entire} job',
        '{is not|isn t|isnt} that your job',
        // "Did you die? Are you on fire?"
        'did {you|your @staff} {die|drop dead|fall off the face of the earth|fall off a cliff|get lost|forget how to {type|read|use email|use a phone|email}|lose the use of your *}',
        // "I question whether you understand anything."
        'i {question|doubt|seriously doubt|wonder} {whether|if} {you|your @staff|anyone there|anyone at *|anybody there} {understand+|know+|grasp+|comprehend+|can read|even read|have read|actually read|has read|are capable|is capable} {anything|a thing|the basics|the first thing|what|how|english}',
        'you [@intens] {do not|did not} {understand|know|get|grasp} [the first thing about|the basics of|anything about] {this industry|the industry|this field|the field|the job|the role|your own job|your own industry|what the job|what the role|what you are doing|what you are hiring for|what you want}',
        // "you came across as unprofessional, disorganised and frankly ignorant"
        '@you {came across as|come across as|comes across as|seemed|seem|seems|sounded|sounds|appeared|appear|appears|struck me as|strike me as|strikes me as} [@intens] [*] {unprofessional|disorganised|disorganized|arrogant|condescending|rude|dismissive|ignorant|clueless|incompetent|patronising|patronizing|smug|hostile|unprepared|lazy|disrespectful|entitled|pompous|inept|amateurish|out of your depth|out of their depth|out of his depth|out of her depth|completely lost|snooty|snotty|stuck up|full of yourself|full of themselves|obnoxious|sleazy|shady|dishonest|fake|two faced}',
        // "I doubt you'd recognise a strong candidate if one slapped you across the face."
        '{would|could|will|can} [not] {recognise|recognize|know|spot|notice|see|identify|find} {a|an} [@intens] [*] {candidate|applicant|hire|employee|developer|engineer|writer|worker|talent|professional|designer|manager|teacher|nurse|salesperson|marketer|analyst|recruiter|cv|resume|résumé|leader} if {one|it} {hit+|slap+|bit|bite+|smack+|punch+|kick+|walked|landed|fell|jumped|sat|danced|waved}',
        // "I have no idea how she's allowed to manage anyone."
        '{no idea|no clue|not know|can not believe|cannot believe|wonder} how {you|he|she|they|your @staff|the @staff|that @staff|this @staff|someone like that|someone like you|people like that|people like you} {is|are|was|were|has been|have been|got|get|gets} [still|even|ever|actually] {allowed|permitted|trusted|employed|hired|promoted|let} [to] {manage|hire|lead|run|recruit|interview|supervise|near|around|in charge|anywhere near}',
        // "a company that can't even keep an appointment"
        '{a|any|the kind of|the sort of} {company|firm|business|agency|organisation|organization|team|employer|place|outfit|recruiter|manager} that {can not|cannot|could not} [even] {keep|manage|run|answer|return|send|organise|organize|schedule|honour|honor|stick to|be bothered}',
        // "no regard whatsoever for candidates' time"
        '{have|has|had|show|shows|showed|with} [@intens|absolutely] no {regard|respect|consideration} [whatsoever|at all] for {my|our|candidates|people|anyone|other people|applicants|your candidates|the candidates|anybody}',
        // "the height of rudeness"
        'the [very|absolute] {height|pinnacle|epitome|peak} of {rudeness|arrogance|disrespect|unprofessionalism|incompetence|bad manners|ignorance|entitlement|hypocrisy|laziness|contempt|discourtesy|cowardice|pettiness}',
        // "Is your company so full of itself that it can't even send a rejection?"
        '{so|too|pretty|rather|very|a bit|bit|far too|way too|completely|totally} full of {itself|yourself|yourselves|themselves|himself|herself}',
        // "two paragraphs of self-satisfied waffle"
        '{self satisfied|smug|pompous|condescending|patronising|patronizing|self important|self congratulatory|sanctimonious|preachy|arrogant} {waffle|drivel|nonsense|rubbish|garbage|twaddle|platitudes|lecture|sermon|claptrap|word salad|corporate speak|buzzwords|blather|guff|bilge}',
        // "the figure you're calling a salary is an insult"
        '{offer|salary|figure|number|rate|package|pay|compensation|day rate|hourly rate} {is|was} [@intens|frankly|honestly|quite|nothing short of|nothing less than|little more than] {an insult|a slap in the face|a joke|laughable|insulting|derisory|an embarrassment}',
        '{do not|don t|dont} [you] [dare] insult me with',
        // "Maybe touch some grass"
        'touch [some] grass',
        // "an insult to anyone with a brain"
        'an insult to {anyone|anybody|everyone|every|any} [*] with {a brain|half a brain|a pulse|an ounce of *|a shred of *|two brain cells|a functioning *|a degree|any self respect|self respect}',
        // "Don't your people honour their appointments?"
        '{do not|does not|did not} {your @staff|your people|you people|you guys|you lot|your guys|your folks} [ever|even|actually] {honour|honor|keep|respect|read|check|answer|return|bother|care|know how}',
        // "Next time, try reading the CV before wasting an hour of a grown adult's time."
        'next time [,] [maybe|perhaps|just|please] {try|consider|think about} [actually] {reading|looking at|opening|checking|reviewing|glancing at|skimming} {the|my|a|an|candidates|applicants} [*] {cv|cvs|resume|resumes|résumé|application|applications|email|emails|job description|profile|portfolio|cover letter|notes|calendar}',
        // "Ghosting people isn't a policy, it's cowardice."
        '{is|it is|that is|was|that was|it was|this is} [just|simply|pure|plain|nothing but|nothing short of|sheer|outright|rank|basic] cowardice',
        '@you [simply|clearly|just|obviously|evidently|apparently] {do not|does not|did not|lack|lacks|lacked} [even] [have|had] the [@intens] {courage|guts|spine|backbone|balls|nerve|decency|maturity|common decency|basic decency|integrity} to',
        // "the same arrogant attitude"
        '{same|usual|typical|your|their|his|her} [@intens] {arrogant|condescending|dismissive|smug|snotty|snooty|entitled|superior|patronising|patronizing|holier than thou|stuck up|rude|nasty|sneering|know it all|high and mighty|toxic} {attitude|attitudes|tone|manner|demeanour|demeanor}',
        // "How's it feel to be on the begging side now?"
        'how {does it|is it|did it|do you} feel {to be|being} {on the begging side|on the receiving end|the one begging|the one doing the begging|ghosted|ignored|rejected for once|on the other side for once}',
        // "reading comprehension"
        '{struggle|problem|issue|trouble|lesson|class|course|difficulty|difficulties} {with|in|on} reading comprehension',
        // "Sorry, but I can't shake the feeling that I'm being conned"
        '{i am|i was|i have been|i had been|feel like i am|felt like i was|feeling that i am|feeling i am|feel i am|felt i was} being {conned|scammed|swindled|ripped off|taken for a ride|jerked around|played for a fool|taken for a fool|taken for a mug|mugged off}',
      ],
      reason: 'Contempt aimed at the reader reads as an insult.',
      unless: { sentence: ['sorry if', '{apology|apologies|apologise+|apologize+}', 'never', 'not once', 'hardly', 'my {own|last|previous|former|old} *', 'students', 'pupils', 'tutor+', 'teach+ reading', 'worried', 'concerned', 'genuine', 'legitimate', 'fake {recruiter|job|offer|email}'] },
    },
  ],
};
