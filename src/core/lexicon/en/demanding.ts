import type { CategoryLexicon } from './types';

const POLITE = ['please', 'could you', 'would you', 'can you', 'if you', 'if possible', 'when you can', 'whenever', 'if it is', 'happy to', 'feel free', 'would it be', 'may i', 'might', 'grateful', 'appreciate+', 'thank you', 'thanks', 'i would love', 'i would like', 'do you mind', 'would you mind', 'wonder+', 'curious'];

/** Someone with authority over the reader: what a writer demands to be passed to. */
const IN_CHARGE =
  '{whoever is in charge|whoever is responsible|whoever makes the decisions|whoever actually makes {decisions|the decisions}|someone in charge|somebody in charge|someone who can|someone who actually|someone senior|somebody senior|someone more senior|someone competent|someone above you|someone with authority|someone higher up|your manager|your boss|your supervisor|your superior|your superiors|your line manager|your higher ups|a manager|the manager|a supervisor|the person in charge|the person responsible|the people in charge|the decision maker|upper management|senior management|a real person|a human|an actual person|a human being}';

/** A deadline close enough to be an order. */
const SOON = '{today|tonight|tomorrow|noon|midday|midnight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|end of day|end of the day|end of play|eod|eop|cob|close of business|end of business|end of the week|end of week|eow|this afternoon|this evening|this morning|# pm|# am|noon tomorrow|first thing|lunchtime|# o\'clock}';

export const demanding: CategoryLexicon = {
  category: 'demanding',
  reason: 'An order or ultimatum reads as entitlement.',
  note: 'The employer owes you courtesy, not a decision on your timetable or an explanation on demand; orders make them less willing to help. Ask instead ("Could you let me know by Friday? I have another offer to answer"), and give your reason.',
  entries: [
    {
      patterns: [
        'i [must] {demand|demanded|am demanding|insist|insisted|am insisting} {an|a|that|to|on|the|you|your|answers|immediate|full|written}',
        '{demand+|insist+} {an|a} {explanation|answer|apology|response|reply|refund|meeting|call|reason|justification|decision|interview|review}',
        'i [hereby] demand',
        'i [must] require {a|an|the} [full|written|detailed|proper|complete|formal] {explanation|answer|response|justification|breakdown|apology|copy|list|account}',
        'you owe me',
        'you owe {us|candidates|applicants|me an|me a|it to me|me at least|me that}',
        'i am {owed|entitled to}',
        'i have {a|every} right to {know|an|a|see|be told|receive|demand}',
        'i deserve {an|a|to know|answers|an explanation|a reason|an answer|a response|a reply|a call|a full|better than|at least|some}',
        'i [am going to] need {a full|a detailed|a written|an|a complete|a proper} {explanation|answer|justification|breakdown|account|reason|apology|response}',
        'i want {an|a|the} [full|detailed|written|proper|real|straight|honest|clear] {answer|explanation|reason|response|decision|apology|refund|name|names|breakdown|justification}',
        'i want {it|this|that|an answer|answers|a response|a reply|a decision} {in writing|today|now|immediately|asap|by|within|tonight|tomorrow}',
        'i want to know {exactly|who|why exactly|precisely|what went wrong|the names|the reason}',
        'i want to {speak|talk} {to|with} {someone in charge|your manager|the manager|a manager|your supervisor|your boss|someone senior|someone above you|your superior|the person in charge|whoever is in charge|a supervisor|the ceo|your ceo|someone who}',
        'i expect {a|an|your|the|to hear|to receive|to get|to be|full|some} {decision|answer|reply|response|explanation|reason|call|update|apology|refund|written|full|proper|detailed|back|told|given|paid|contacted|compensated|reimbursed|prompt|immediate}',
        'i expect {a|an} [full|written|proper|detailed|prompt|immediate] [*] {by|within|today|tomorrow|before}',
        'i expect {this|that|it} {to be|by|within|resolved|fixed}',
        'you {need|must|have} to {get back to me|reply|respond|answer|call me|explain|tell me|send me|give me|fix this|decide|let me know|make a decision|confirm|sort this}',
        'you {must|will} {reply|respond|answer|call|explain|tell|send|give|provide|confirm|let me know}',
        'the least you {could|can} do',
        'would it kill you',
        '{common|basic|simple|the most basic|the bare minimum of} {courtesy|decency|respect|professionalism} {would have|would|requires|required|demands|dictates|says}',
        '{common|basic} courtesy',
        'hire me already',
        'no confirmation {needed|necessary|required}',
      ],
      reason: 'Demanding answers or documents reads as entitlement.',
      unless: { after: ['to be', 'to feel', 'to work', 'to go', 'to reflect', 'to make sense', 'to suit', 'to fit'], before: ['if', 'when', 'whether', 'in case', 'all', 'only', 'in', 'on', 'high', 'in high', 'market', 'customer', 'peak', 'not', 'in great', 'in strong'], sentence: ['in demand', 'on demand', 'demand forecasting', 'demand planning', 'demand generation', 'supply and demand', '{the|another|an|other} {other|another|second} {company|offer|employer|firm|process}', 'another {company|offer|employer|firm}', 'elsewhere', 'keep you {posted|updated|informed}', 'let you know'] },
    },
    {
      patterns: [
        '{reply|respond|answer|get back to me|call me|call me back|let me know|decide|confirm|write back|email me|tell me|give me {a|an|your} {decision|answer|response|reply|offer}|send me {a|an|the|your} *} [to me] {by|before|within|no later than} *** {or|otherwise|or else|and if not}',
        'or i am {walking|walking away|out|gone|leaving|done}',
        'or i {walk|leave|go elsewhere|take the other offer}',
        '{by|before|within} *** {or|otherwise} {i will|i am going to|i shall|i have|i must|you will|i would|i can} [*] {accept|take|go|report|contact|escalate|withdraw|move on|assume|post|share|tell|file|sue|be forced|have no choice|pursue|look elsewhere|consider}',
        '{or|otherwise} i will {accept|take|go|report|contact|escalate|withdraw|move on|post|share|tell|file|sue|be forced|have no choice|pursue|look elsewhere|consider this|take that}',
        '{call|email|get back to|reply to|respond to|answer|contact|ring} me [back] {immediately|asap|right away|right now|at once|today|now|tonight|straight away}',
        '{i need|i want|i expect} {an answer|a decision|a reply|a response|an update|to hear} {today|now|immediately|asap|right away|by end of day|by tonight|tonight|by tomorrow|by the end of the day|by eod|by close of business|within * hours|within the hour}',
        'this is the {@ordinal} time i am asking',
        'i am asking {you} {again|for the last time|one last time|one more time}',
      ],
      reason: 'An ultimatum reads as a demand.',
      unless: { sentence: ['could you', 'would you', 'if possible', 'grateful', 'appreciate+', 'would it be possible', '{hear|told|tell me|hear anything} {otherwise|differently}', 'take it that', 'could', 'can someone', 'would someone', 'if that', 'if it'] },
    },
    {
      patterns: [
        '{tell|send|give|show|forward|email|explain to|provide} me {exactly|the|why|who|what|your|a full|all|every|copies|a copy|the names|their|his|her|a list|a breakdown|an explanation|a reason|the interviewers|the scores|the notes|the feedback|written}',
        'explain {why|exactly|yourself|yourselves|your decision|this|who|how}',
        'answer me',
        '{so} who got the {job|role|position|offer|post}',
        'who {did you|did they} {hire|pick|choose|go with|end up hiring|select}',
        'why {exactly|on earth|the hell} {was|were|did|have|has|is} {i|you|my}',
        'why {was|were} i not {interviewed|selected|hired|chosen|considered|called|contacted|shortlisted}',
        'why {did|do|have} {you|they|nobody|no one} {not|never|ignore|reject|skip|overlook|pass over}',
      ],
      start: true,
      reason: 'A bare order or interrogation reads as a demand.',
      unless: { sentence: POLITE },
    },
    {
      patterns: [
        'tell me',
        'so who got the {job|role|position|offer|post}',
        'this is the @ordinal time',
      ],
      end: true,
      reason: 'A bare order reads as a demand.',
      unless: { sentence: [...POLITE, 'if you ever', 'let me', 'you can tell me', 'tell me more', 'what you {think|thought}'] },
      requires: ['if', 'why', 'what', 'who', 'exactly', 'asking', 'look'],
    },
    {
      patterns: [
        'i {expect|demand|insist on|want|require} {a|an|your|the|some|full|personal|written} [*] [*] {decision|answer|reply|response|explanation|reason|call|phone call|update|apology|refund|justification|breakdown} {from|by|within|today|tomorrow|before|explaining|in writing|immediately|asap|personally|directly}',
        'i {expect|want|demand|need} {to hear|to be told|to be contacted|to be called|an answer|a decision|a response|a reply} [*] {from|by} {you|your|the} *** {by|within|today|tomorrow|before|no later than|immediately}',
      ],
      reason: 'Demanding answers or documents reads as entitlement.',
      unless: { before: ['if', 'when', 'not'], sentence: ['could you', 'would you', 'if possible', 'grateful', 'appreciate+', 'would it be possible', 'please let me know if', 'no rush', 'hoping', '{the|another|an} {other|another|second} {company|offer|employer|firm|process}', 'another {company|offer|employer|firm}', 'elsewhere', 'keep you {posted|updated|informed}'] },
    },
    {
      patterns: [
        '{respond|reply|get back to me|answer|revert|confirm|let me know} {within # hours|within the hour|within # days|by end of day|by close of business|by eod|by cob|asap|immediately|at once|right away|straight away}',
        'i want {my|the} * [*] {reimbursed|refunded|paid|back|returned|sent|reinstated|reviewed} {now|today|immediately|asap|by|within|tonight|tomorrow}',
      ],
      reason: 'An order or ultimatum reads as entitlement.',
      unless: { sentence: [...POLITE, 'happy to', 'i will', 'i can', 'i am able', 'i will try'] },
    },
    {
      patterns: [
        'i {require|demand} [a|an|the|your|full|detailed|written|formal] [*] [*] {explanation|explanations|answer|answers|justification|justifications|breakdown|apology|account|reasons|reason|feedback|notes|scores|interview notes}',
        '{i require|i expect|i want|i demand|i need} *** {within|no later than} {# |one|two|three|five|seven|ten|fourteen|thirty|24|48}',
        'i need a {yes or no|straight answer|decision|firm answer|clear answer|definitive answer} {by|today|now|tonight|tomorrow|within|before}',
        'you will {reimburse|refund|pay|compensate|send|provide|give|forward|explain|reply|respond|call|apologise|apologize|honour|honor|cover} [me|my|the|for]',
        '{end of discussion|end of story|full stop|no excuses|no exceptions|non negotiable|non-negotiable|no ifs or buts|no ifs and buts}',
      ],
      reason: 'An order or ultimatum reads as entitlement.',
      unless: { before: ['hope', 'hopefully', 'if', 'when', 'perhaps', 'maybe', 'i trust', 'trust', 'i hope', 'sure'], sentence: ['could you', 'would you', 'if possible', 'grateful', 'appreciate+', 'would it be possible', 'please let me know if', 'no rush', 'hoping', 'you will {receive|find|see|get|hear|need|be}'] },
    },
    {
      patterns: ['{giving|give|given|will give} {you|your *} {until|till|til|# days|# hours|one week|a week|24 hours|48 hours|one more day|one last chance|one more chance|a final chance} [*] ** to'],
      reason: 'An ultimatum reads as a demand.',
      requires: ['or', 'otherwise', 'sort', 'fix', 'respond', 'reply', 'answer', 'decide', 'make a decision', 'come back', 'get back', 'before i', 'explain', 'apologi+', 'reverse', 'reinstate'],
      unless: { sentence: ['no rush', 'happy to', 'take your time', 'if that helps', 'feel free', 'i will give you a call', 'give you a ring'] },
    },
    {
      patterns: ['{now|immediately|asap|right now|this instant|at once}'],
      alone: true,
      reason: 'A one-word order reads as a demand.',
    },
    {
      patterns: ['{answer|read|reply to|respond to|address} the {question|questions|email|point|points} i {asked|raised|sent|made|put}'],
      start: true,
      reason: 'A bare order reads as a demand.',
    },
    {
      patterns: [
        `{forward|pass|send|escalate|give|hand|show|bring|take} {this|my email|this email|my message|this message|my complaint|it|my application|this thread|my concerns|this complaint} [on|up] [straight|directly] to ${IN_CHARGE}`,
        `{put|transfer|connect|patch} me [through] {to|with} ${IN_CHARGE}`,
        `get me ${IN_CHARGE}`,
        '{respond|reply|answer|get back to me|revert|write back|call me|call me back|email me back|ring me|phone me|come back to me} [to] [this|my|me] [email|message|question|questions|emails|messages] {by|before|no later than|within} [*] ' + SOON,
        'make up your {mind|minds}',
        'give me {a straight|a direct|a simple|an honest|a clear|a proper|a real|a definite|a firm|a definitive} {answer|reply|response|yes or no}',
        '{fix|sort|sort out|resolve|correct|deal with|rectify|handle} {this|it|this mess|the problem|this issue|the issue|this situation|the situation|this error|the error|your mistake|the mistake} [out] {now|immediately|today|asap|right now|at once|or|by|within|before|or else|tonight}',
      ],
      start: true,
      reason: 'A bare order reads as a demand.',
      unless: { sentence: [...POLITE, 'kindly', 'if', 'happy', 'no rush'] },
    },
    {
      patterns: [
        `{i want you to|i need you to|you need to|you must|you should|you had better|you would better|you better} {forward|pass|send|escalate|give|hand|show|bring|take} {this|my email|this email|my message|this message|my complaint|it|my application|this thread|my concerns} [on|up] [straight|directly] to ${IN_CHARGE}`,
        `{let me|i want to|i need to|i demand to|i insist on|i wish to|i would like to|i am asking to|i will only} [*] {speak|talk|speaking|talking|deal|dealing} {to|with} {someone in charge|somebody in charge|the person in charge|whoever is in charge|someone senior|somebody senior|someone more senior|someone above you|someone with authority|someone who can make {a|the} decision|someone competent|a real person|a human|an actual person|a human being|your superior|your superiors|someone higher up|a manager|your manager|your boss|your supervisor|the manager|a supervisor|your line manager}`,
        '{i need|i want|i require|i demand|give me|send me|tell me|i expect|i would like|i am asking for|i am requesting|provide me with} {the name|the names|the full name|the full names|the identity|the identities} of {the person|the people|whoever|the individual|the individuals|the manager|the interviewer|the interviewers|the one|your manager|your supervisor|your boss|the recruiter|the person responsible|the decision maker|the decision makers|everyone|each|all}',
        '{i want|i need|i demand|i insist on knowing|i expect to know|i have a right to know|i deserve to know} [to know] [exactly|precisely] who {made|took|is responsible|was responsible|decided|rejected|signed off|approved|vetoed|blocked}',
        'who [exactly] {made|took|is responsible for|was responsible for|signed off on|approved} {this|that} decision',
        'i want {my|the|your} {feedback|notes|scores|interview notes|data|file|results|money|payment|expenses|reimbursement|refund|deposit|documents|answer|answers|decision|explanation} {in writing|now|today|this week|immediately|by|within|asap|tonight|tomorrow|back}',
        'i want it {this week|today|now|by|within|tonight|tomorrow|immediately|asap|in writing|before|yesterday}',
        'i {want|demand|deserve} {some|real|proper|honest|straight} answers',
        'i {want|demand} answers',
        '{i want|i deserve|i am owed|i expect|i demand} {a straight|a direct|a simple|an honest|a clear|a proper|a real|a definite|a firm|a definitive} {answer|reply|response|yes or no}',
        '{am i|do i|did i|will i|have i} {getting|get|got|being offered|being hired|have|going to get} {the|this} {job|role|position|offer} or not',
        'i will expect {a|an|your|the} [*] {decision|answer|reply|response|explanation|call|apology|refund|update|confirmation} {by|within|no later than|today|tomorrow|before|immediately|first thing}',
        '{someone|somebody|one of you|anyone|someone there|you people|you guys} {need|needs|has|have|had better|would better|better|must|ought} [to] {explain|justify|answer for|account for|take responsibility|be held accountable|apologise|apologize|fix this|sort this out|make this right|make it right|get back to me|call me|respond|reply|answer}',
        'you {had better|would better|better} {explain|justify|answer|reply|respond|get back to me|call me|fix|sort|make this right|make it right|apologise|apologize|reconsider|send|give|pay|refund|reimburse}',
        'i want you to {explain|justify|reconsider|reverse|call me|get back to me|answer|respond|reply|fix|tell me why|tell me who|tell me exactly|forward|escalate|apologise|apologize}',
        'i need you to {explain|justify|reverse|tell me why|tell me who|tell me exactly|apologise|apologize}',
        '{i|we} {want|expect|demand|require|insist on|request} {an|a|your} [*] {immediate|urgent|instant} {response|reply|answer|explanation|action|refund|payment|reimbursement|call|callback|update|decision|correction|apology|attention|investigation}',
        'i want {this|it|the matter|this matter|my issue|my complaint|this issue|the issue|everything} {resolved|fixed|sorted|dealt with|handled|addressed|escalated|investigated|corrected|looked into}',
        'i {want|demand|require|expect|insist on} {that|this|it|everything|all of this|all of that|the reason|the reasons|your reasons|your decision|the decision|the feedback|your feedback|an explanation|a reason|the reasons} in writing',
        '{i need|i want|i expect} {to hear back|to hear from you|a reply|an answer|your answer|your decision|a response|feedback|the feedback|an update|a decision|my money|my payment|my refund} {asap|immediately|right away|right now|at once|now|straight away|this instant}',
      ],
      reason: 'Demanding answers or names reads as entitlement.',
      unless: { after: ['of', 'for', 'about the'], before: ['if', 'when', 'not', 'do not', 'never', 'whether', 'before'], sentence: [...POLITE.filter((p) => p !== 'i would like'), 'kindly', 'so i can', 'so that i', 'address', 'thank+', 'note', 'card', 'cover letter', 'connect', 'if possible', 'if * {has|have} time', 'about the {role|team|position|roadmap|project|opportunity}', 'no rush', 'hoping', 'hope', 'sign+', 'to whom'] },
    },
    {
      patterns: [
        '{now|today|immediately|right away|at once|this week|tonight|tomorrow|asap|this instant} not {in|next|later|whenever|when it suits|at your convenience|after|another|some|eventually|weeks from now}',
      ],
      requires: ['response', 'answer', 'reply', 'decision', 'update', 'explanation', 'hear', 'call', 'feedback', 'offer', 'payment', 'refund', 'back to me', 'respond', 'pay', 'send', 'reimburse+'],
      reason: 'An order or ultimatum reads as entitlement.',
      unless: { sentence: ['i can start', 'i could start', 'available', 'i will send', 'i can send', 'no rush', 'thank+'] },
    },
    {
      patterns: [
        '{send|give|tell|forward|email|answer|reply|respond|get back to me|call me|fix|sort|decide|pay|refund|reimburse} [it|me|this|them|that|the *|my *|your *] [*] {now|immediately|right now|at once|this instant|right away|straight away|asap|this minute|today|tonight}',
        'i am not asking [you] {i am telling|i am ordering|i am demanding|i am instructing}',
        '{this|that|it} is not a request',
        'stop {ignoring|dodging|avoiding|evading|stonewalling} {me|my|the question|my question|my questions|my emails|my calls|my messages|the issue}',
        'answer my {question|questions|email|emails|calls|messages|query|queries}',
        'i {should not|should never|should not need to|do not think i should} {have to|need to|be having to|be forced to|have had to} {chase|chasing|ask|asking|beg|begging|remind|reminding|follow up|following up|keep asking|keep chasing|email you|call you|repeat myself}',
        '{decide|make a decision|make up your mind|hire me|get back to me|reply|respond|answer|do it|make your mind up} already',
        '{hurry up|get a move on|chop chop|pick up the pace|speed it up|get on with it|get your act together|sort yourselves out}',
        'this is your {last|final|only} {chance|opportunity}',
        'take it or leave it',
        '{i will not|i refuse to} {accept|settle for|consider|take} {anything|any offer|a penny|a cent|a dollar|a pound|one penny} {less|lower|below|under}',
        '{i will not|i refuse to} settle for {less|anything less}',
      ],
      reason: 'An order or ultimatum reads as a demand.',
      unless: {
        before: ['to', 'for', 'could you', 'would you', 'can you', 'please', 'will you', 'you', 'time to', 'kindly', 'and for', 'who', 'which', 'helped', 'i will', 'i can', 'i shall', 'we will', 'we can', 'let me', 'i could', 'i would', 'not', 'do not', 'no need to', 'without', 'did not want to', 'do not want to', 'i just', 'i', 'we', 'will', 'can'],
        sentence: [...POLITE, 'i will', 'i can', 'i shall', 'let me', 'i am happy', 'i am going to', 'we will', 'we can', 'i could', 'i would be', 'i am able', 'available', 'understand+', 'i gather', 'is this', 'is it', 'was it', 'their', 'they', 'sorry', 'no rush', 'thank+', 'could', 'can someone', 'would someone', 'can somebody'],
      },
    },
    {
      patterns: [
        '{failing which|failing that|failing this} {i will|i shall|i am going to|i would have to|i will have to|i must|we will|i will be forced to} [have to] {assume|consider|treat|escalate|take|withdraw|report|contact|proceed with|pursue|have no choice|be forced|accept|go}',
        'i want to see {how i was {marked|scored|rated|assessed|evaluated|graded|judged}|my {scores|scorecard|scorecards|marks|notes|file|results|assessment}|the {scores|scorecards|notes|interview notes|marks|results|assessment|evaluation|rubric}|your {notes|scores|scorecards|reasoning|rubric}}',
        'i would [have] {expect|expected} [at minimum|at a minimum|at the very least|at least] {a|an|some|the courtesy of a} [*] [*] {call|phone call|explanation|reply|response|answer|apology|update|email}',
        'what i {want|expect|demand|deserve} is {a|an|some|the|my} [*] {answer|explanation|apology|decision|response|reply|refund|reason}',
        'i {want|demand|insist on|require} {a different|another|a new} {interviewer|recruiter|hiring manager|panel|contact|point of contact}',
        'i want {to be interviewed|to be assessed|to be evaluated|to be reviewed|to be judged|to speak|to talk|to deal} {by|with|to} {someone else|somebody else|a different *|another *|someone other}',
        '{this is|consider this} my {final|last|third|second|fourth|@ordinal} {request|notice|demand|warning|time asking}',
        '{final|third|fourth|second and final|last} notice',
      ],
      reason: 'An order or ultimatum reads as entitlement.',
      unless: { after: ['time', 'times', 'rate', 'rates'], before: ['if', 'when', 'not'], sentence: [...POLITE, 'based on', 'according to', 'the recruiter said', 'you {said|mentioned}', 'i understand', 'review+', 'read', 'discuss+', 'family', 'partner', 'spouse', 'had {a chance|time}', 'commute', 'notice period', 'my notice', 'hand in', 'resign+'] },
    },
    {
      patterns: [
        '{explain|tell me|answer|respond|reply|call me|send|confirm} [*] {immediately|at once|right now|this instant|without delay|without further delay}',
        'immediately why',
      ],
      reason: 'An order or ultimatum reads as entitlement.',
      unless: { before: ['i will', 'i can', 'i could', 'we will', 'i shall', 'i would', 'will', 'i'], sentence: ['if', 'should', 'in case', 'whether', 'when', 'i will', 'i can', 'happy to', 'thank+'] },
    },
    {
      patterns: [
        '{send|forward|email|share|give} {over|across} {the|my|your|all} [*] {scorecard|scorecards|scores|notes|interview notes|feedback|results|assessment|marks|evaluation|rubric|recording}',
        '{get|make} {your|the|someone|somebody} ** to {email|call|contact|ring|phone|reach out to|get back to|write to|reply to|respond to} me',
        '{tell|inform|let} {your|the} {manager|hiring manager|boss|supervisor|superior|ceo|hr|recruiter|director|team} [know] [that] {i want|i expect|i demand|i need|i am waiting|i require|i insist}',
      ],
      start: true,
      reason: 'A bare order reads as a demand.',
      unless: { sentence: [...POLITE, 'kindly', 'if', 'thank+', 'happy', 'no rush'] },
    },
    {
      patterns: [
        '{i will not|i am not going to|i refuse to|i will not be} {complete+|completing|doing|do|continue+|continuing|proceed+|proceeding|cooperate+|cooperating|attend+|attending|submit+|submitting|take|taking|go ahead|going ahead|move forward|moving forward|engage|engaging} *** until {i|you|your|someone|the|my}',
        '{not|no} more excuses',
      ],
      requires: ['any further', 'any more', 'another', 'anything', 'single', 'feedback', 'answer+', 'explanation', 'respond+', 'reply', 'hear', '{apologise+|apologize+|apology}', 'you', 'your'],
      reason: 'An ultimatum reads as a demand.',
      unless: { before: ['if', 'when', 'not'], sentence: [...POLITE, 'visa', 'approved', 'arrive+', 'recover+', 'back from', 'on leave', 'holiday', 'vacation', 'travel+', 'medical', 'surgery', 'notice period', 'start date', 'able', 'review+', 'read', 'discuss+', 'family', 'partner', 'spouse', 'had {a chance|time}', 'myself', 'i {had|have} no more'] },
    },
  ],
};
