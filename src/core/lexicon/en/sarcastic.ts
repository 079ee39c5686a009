import type { CategoryLexicon } from './types';

/** Words that, alone in quotation marks, mock the employer's own wording. */
export const SCARE_QUOTE_WORDS = [
  'competitive', 'fantastic', 'generous', 'exciting', 'aligned', 'flexible', 'family', 'rockstar', 'ninja', 'unlimited',
  'exposure', 'amazing', 'valued', 'wonderful', 'transparent', 'consulting', 'perks', 'thrilled', 'brilliant', 'incredible',
];


export const sarcastic: CategoryLexicon = {
  category: 'sarcastic',
  reason: 'Sarcasm reads as an insult.',
  note: 'Sarcasm rarely lands in writing: the reader hears contempt, and the email gets forwarded as an example of what not to do. Say plainly what disappointed you, or thank them and move on; a gracious reply is what keeps you in mind for the next opening.',
  entries: [
    {
      patterns: ['{thanks|thank you|thank you so much|thanks so much|thanks again|thanks a lot|many thanks|cheers} for nothing'],
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
      unless: { after: ['project', 'launch', 'rollout', 'move', 'new', 'team', 'role', 'hire'] },
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
      unless: { after: ['news', 'to hear', 'question', 'idea', 'to see', 'to meet', 'meeting', 'talking', 'speaking', 'chatting', 'for the {introduction|intro|tour|advice|tip|tips|help|update|offer|call|chat|coffee|opportunity}', 'job', 'work', 'that', 'so much for {the|your|meeting|taking|speaking|your}', 'for {meeting|speaking|talking|taking|your time|reaching|getting|following|the chance|the opportunity|considering|thinking|sharing|sending|letting}', 'again'] },
      requires: ['rejection', 'reject+', 'ghost+', 'ignor+', 'nothing', 'waste+', 'form {email|letter}', 'generic', 'automated', 'canned', 'lowball', 'silence', 'another', 'again', 'never', 'months', 'weeks', 'finally', 'offer', 'insult+', 'pay+', 'salary'],
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
      requires: ['ghost+', 'ignor+', 'waste+', 'los+', 'cancel+', 'reject+', 'string+', 'never', 'classy', 'another', 'again', 'automated', 'form', 'generic', 'months', 'weeks', 'silence'],
      unless: { sentence: ['thank you', 'thanks', 'appreciate+', 'introduc+'] },
    },
    {
      patterns: [
        'how {thoughtful|considerate|kind|nice|generous|professional|classy|courteous|respectful|mature|sweet} of {you|them|your *}',
      ],
      end: true,
      reason: 'Mock praise reads as sarcasm.',
      requires: ['rejection', 'reject+', 'ghost+', 'ignor+', 'waste+', 'form', 'generic', 'automated', 'canned', 'another', 'again', 'never', 'silence'],
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
        'must be nice',
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
      requires: ['never', 'lost out', 'instead of', 'waste+', 'ignor+', 'form letter', 'automated', 'generic', 'nephew', 'fresh graduate', 'graduate', 'reposted', 'ghost+', 'for nothing', 'no one', 'nobody', 'without a word', 'without reading', 'did not even', 'never even'],
      unless: { sentence: ['not', 'sorry', 'congrat+'] },
    },
    {
      patterns: ['{thanks|thank you} [so much|a lot|ever so much] for the [*] {generic|automated|canned|form|template|templated|boilerplate|copy and paste|copy paste|two line|one line|impersonal} [*] [*] {rejection|email|reply|response|letter|note|message|brush off}'],
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
      unless: { before: ['not'], sentence: ['sorry', 'apolog+', 'genuinely', 'sincerely', 'seriously though'] },
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
      unless: { before: ['not', 'a lovely', 'a nice', 'a pleasant', 'a happy', 'a welcome'], sentence: ['sorry', 'apolog+', 'genuinely', 'sincerely', 'i am {happy|pleased|proud} for', 'lovely', 'pleasant', 'welcome'] },
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
      unless: { before: ['not'], sentence: ['sorry', 'apolog+', 'genuinely', 'sincerely', 'thank you for {the|your} {help|advice|time}', 'happy to {do|offer|provide}'] },
    },
    {
      patterns: [
        '{so|how|very|really|awfully|mighty|incredibly|extremely|too} {generous|kind|thoughtful|considerate|gracious|nice|decent|big|sweet} of {you|them|your *} to {offer|give|pay|let|cut|ask|expect|take|send|make|reject|keep|remind|tell|ghost|email}',
      ],
      reason: 'Mock praise reads as sarcasm.',
      requires: ['less', 'lower', 'below', 'cut', 'lowball', 'half', 'double', 'unpaid', 'for free', 'nothing', 'only', 'another', 'again', 'form', 'generic', 'months', 'weeks', 'finally', 'reject+', 'ghost+', 'automated', 'pay cut', 'peanuts'],
    },
  ],
};
