import type { CategoryLexicon } from './types';

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
      unless: { before: SELF, sentence: ['i {was|am|felt|feel} {such|a|an|so}', 'my {own|last|previous|former|old}', 'not {a|an} {joke|mess}', 'when i {inherited|joined|started}', 'at my {last|previous|former|current}'] },
    },
    {
      patterns: [
        '{bunch|pack|band|gaggle|load} of {idiots|morons|clowns|amateurs|imbeciles|fools|incompetents|jokers|liars|crooks|monkeys|buffoons|clueless}',
        '{idiots|morons|imbeciles|cretins|buffoons|halfwits|nitwits|dimwits|numpties|clowns|cheapskate|cheapskates|lowlifes|scumbags|bozos}',
        'cheapskate',
        'what kind of {morons|idiots|clowns|amateurs|people|company|operation|imbeciles|fools|manager|recruiter|place|circus|outfit} {do|does|are|is|would|runs|hires|screen|have}',
        'who {hires|hired|trained|raised|runs|taught} {these|those|you|your} [people|clowns|idiots|morons|recruiters|interviewers]',
      ],
      reason: 'An insult aimed at the reader’s people reads as contempt.',
      unless: { before: SELF, sentence: ['i {was|am|felt|feel|looked|sounded} [like] [such|a|an|total|complete|an absolute]'] },
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
        'so called {senior|expert|experts|professional|professionals|recruiter|recruiters|manager|hiring manager|leader|leaders|leadership|team|interviewer|engineer|culture|process|feedback|opportunity}',
        '{could not|can not|cannot|did not even know how to} {answer|spell|read|understand|run|manage|organise|organize|explain} {his|her|their|your} own',
        '{rude|arrogant|incompetent|clueless|condescending|disrespectful|obnoxious|smug|patronising|patronizing} and [@intens] {rude|arrogant|incompetent|clueless|condescending|disrespectful|unprofessional|useless|obnoxious|out of {his|her|their} depth}',
        '{find|found|consider|considered|think|thought} {it|that|this|you|him|her|them|your *} [@intens] {arrogant|insulting|rude|pathetic|disgraceful|shameful|contemptible|despicable|condescending|fraudulent|dishonest|unethical|spineless|gutless}',
        '{frankly|plainly|downright|outright|clearly} {fraudulent|dishonest|unethical|insulting|disgraceful|shameful|despicable|pathetic}',
        'fraudulent {behaviour|behavior|conduct|practice|practices}',
        '{discourteous|rude|unprofessional} {rude|unprofessional|discourteous|arrogant}',
      ],
      reason: 'Name-calling the people you dealt with reads as an insult.',
      unless: { before: SELF, sentence: ['i {was|am|felt|feel|looked|sounded|seemed} [@intens] {rude|arrogant|unprofessional|condescending}'] },
    },
    {
      patterns: [
        'shame on {you|your|them|him|her|the|this|that|everyone|whoever|all}',
        'you should be [@intens] ashamed [of yourselves|of yourself|of your *]',
        '{you|they|he|she|your *} {ought to|should} be ashamed',
        'how dare {you|they|he|she|your *}',
        'do not [you] [dare] insult my intelligence',
        'insult+ my intelligence',
        '{you|you guys|you people|your company|your firm|your team|it} {deserve|deserves} {each other|the candidate|the person|the hire|what you get|what it gets|whatever you get|the employees|exactly what}',
        'i can not believe {someone|anyone|somebody|people|a person|you|they} ** {is|are|were|was} {allowed|permitted|paid|employed} to',
        'go {jump in a lake|to hell|jump off a cliff|pound sand|take a hike}',
        'get lost',
        'drop dead',
        '{match|matches} your {soul|heart|personality|attitude|ethics}',
        'you {misled|lied to|deceived|tricked|conned|scammed|cheated|played} me',
        '{liar|liars}',
      ],
      reason: 'Shaming or insulting the reader reads as hostility.',
      unless: { before: ['sorry [that|if]', 'felt like', 'i {would|will} never say'] },
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
      unless: { sentence: ['not fail', 'do not fail', 'never fail', 'hope * launch', 'hope * goes well', 'hope * smoothly', 'hope you do not', 'i hope i'] },
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
      patterns: ['whatever', 'yeah whatever', 'fine whatever'],
      alone: true,
      reason: 'A one-word "Whatever" reads as contempt.',
      note: 'A curt "Whatever" tells the reader you have stopped listening, and it is the line they will remember. If you are frustrated, you can simply not reply; if you do reply, thank them and move on.',
    },
  ],
};
