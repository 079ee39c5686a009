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
        'you owe {every|each|all|your|all your|any} [single] {candidate|candidates|applicant|applicants|interviewee|interviewees|job seeker|job seekers}',
        'i am {owed|entitled to}',
        'i have {a|every} right to {know|an|a|see|be told|receive|demand}',
        'i deserve {an|a|to know|answers|an explanation|a reason|an answer|a response|a reply|a call|a full|better than|at least|some}',
        'i [am going to] need {a full|a detailed|a written|an|a complete|a proper} {explanation|answer|justification|breakdown|account|reason|apology|response}',
        'i want {an|a|the} [full|detailed|written|proper|real|straight|honest|clear] {answer|explanation|reason|response|decision|apology|refund|name|names|breakdown|justification}',
        'i want {it|this|that|an answer|answers|a response|a reply|a decision} {in writing|today|now|immediately|asap|by|within|tonight|tomorrow}',
        'i want to know {exactly|who|why exactly|precisely|what went wrong|the names|the reason|why i|why you|why my|why nobody|why no one}',
        'i want to {speak|talk} {to|with} {someone in charge|your manager|the manager|a manager|your supervisor|your boss|someone senior|someone above you|your superior|the person in charge|whoever is in charge|a supervisor|the ceo|your ceo|someone who}',
        'i expect {a|an|your|the|to hear|to receive|to get|to be|full|some} {decision|answer|reply|response|explanation|reason|call|update|apology|refund|written|full|proper|detailed|back|told|given|paid|contacted|compensated|reimbursed|prompt|immediate}',
        'i expect {a|an} [full|written|proper|detailed|prompt|immediate] [*] {by|within|today|tomorrow|before}',
        'i expect {this|that|it} {to be|by|within|resolved|fixed}',
        'you {need|must|have} to {get back to me|reply|respond|answer|call me|explain|tell me|send me|give me|fix this|decide|let me know|make a decision|confirm|sort this}',
        'you {must|will} {reply|respond|answer|call|explain|tell|send|give|provide|confirm|let me know}',
        'you must {reconsider|reverse|reinstate|overturn|rethink|review}',
        '{respond|reply|answer|get back to me} [*] or i will {assume|take it|conclude}',
        'the least you {could|can} do',
        'would it kill you',
        '{common|basic|simple|the most basic|the bare minimum of} {courtesy|decency|respect|professionalism} {would have|would|requires|required|demands|dictates|says}',
        '{common|basic} courtesy',
        'hire me already',
        'no confirmation {needed|necessary|required}',
      ],
      reason: 'Demanding answers or documents reads as entitlement.',
      unless: { after: ['to be', 'to feel', 'to work', 'to go', 'to reflect', 'to make sense', 'to suit', 'to fit', 'paying', 'covering', 'buying', 'treating', 'getting the', 'picking up', 'it', 'coffee', 'lunch', 'you let me', 'that you let me', 'you allow me', 'on paying', 'let me', 'allow me', 'take the credit', 'take credit', 'go first', 'keep it', 'have it', 'lot', 'great deal', 'high standards', 'much of', 'the best of', 'excellence', 'a lot', 'a great deal', 'much', 'the best', 'quality', 'more of myself', 'of myself', 'nothing', 'not a thing', 'no', 'to one', 'to address', 'to contact', 'to send', 'to thank', 'to ask', 'to speak to about', 'sending', 'thanking', 'bringing', 'making', 'a break', 'a holiday', 'a rest', 'a treat', 'a coffee', 'a drink', 'a nap', 'a pat on the back', 'a medal', 'break', 'holiday', 'rest', 'treat', 'nap', 'medal', 'pat on the back', 'lie in', 'lie-in', 'day off'], before: ['if', 'when', 'whether', 'in case', 'all', 'only', 'in', 'on', 'high', 'in high', 'market', 'customer', 'peak', 'not', 'in great', 'in strong'], sentence: ['in line with', 'the range', 'market rate', 'as {discussed|agreed}', 'in demand', 'on demand', 'demand forecasting', 'demand planning', 'demand generation', 'supply and demand', '{the|another|an|other} {other|another|second} {company|offer|employer|firm|process}', 'another {company|offer|employer|firm}', 'elsewhere', 'keep you {posted|updated|informed}', 'let you know', 'from my {current|present|existing|old|former} *', 'counteroffer', 'counter offer', 'from the {embassy|consulate|visa *|landlord|bank|university|school}', 'based on', 'according to', '{the recruiter|you|they|she|he} {said|told me|mentioned|indicated|estimated|suggested}', 'i was told', 'from what'] },
    },
    {
      patterns: [
        '{reply|respond|answer|get back to me|call me|call me back|let me know|decide|confirm|write back|email me|tell me|give me {a|an|your} {decision|answer|response|reply|offer}|send me {a|an|the|your} *} [to me] {by|before|within|no later than} *** {or|otherwise|or else|and if not}',
        'or i am {walking|walking away|out|gone|leaving|done}',
        'or i {walk|leave|go elsewhere|take the other offer}',
        '{by|before|within} *** {or|otherwise} {i will|i am going to|i shall|i have|i must|you will|i would|i can} [*] {accept|take|go|report|contact|escalate|withdraw|move on|assume|post|share|tell|file|sue|be forced|have no choice|pursue|look elsewhere|consider}',
        '{or|otherwise} i will {accept|take|go|report|contact|escalate|withdraw|move on|post|share|tell|file|sue|be forced|have no choice|pursue|look elsewhere|consider this|take that}',
        '{call|email|get back to|reply to|respond to|answer|contact|ring} me [back] {immediately|asap|right away|right now|at once|today|now|tonight|straight away|within the hour|within the next hour|within # hours|within the next # hours}',
        '{i need|i want|i expect} {an answer|a decision|a reply|a response|an update|to hear} {today|now|immediately|asap|right away|by end of day|by tonight|tonight|by tomorrow|by the end of the day|by eod|by close of business|within * hours|within the hour}',
        'this is the {@ordinal} time i am asking',
        'i am asking {you} {again|for the last time|one last time|one more time}',
      ],
      reason: 'An ultimatum reads as a demand.',
      unless: { after: ['of', 'until', 'by', 'away', 'abroad'], sentence: ['could you', 'would you', 'if possible', 'grateful', 'appreciate+', 'would it be possible', '{hear|told|tell me|hear anything} {otherwise|differently}', 'take it that', 'could', 'can someone', 'would someone', 'if that', 'if it', 'whichever', 'either way', 'if you can', 'if you are able', '{free|available|around|reachable} {until|till|before|after}'] },
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
      unless: { before: ['if', 'when', 'not'], sentence: ['could you', 'would you', 'if possible', 'grateful', 'appreciate+', 'would it be possible', 'please let me know if', 'no rush', 'hoping', '{the|another|an} {other|another|second} {company|offer|employer|firm|process}', 'another {company|offer|employer|firm}', 'elsewhere', 'keep you {posted|updated|informed}', 'based on', 'according to', '{the recruiter|you|they|she|he} {said|told me|mentioned|indicated|estimated|suggested}', 'i was told', 'from what'] },
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
        'i need a {yes or no|straight answer|decision|firm answer|clear answer|definitive answer} [from you|from your *|from someone] {by|today|now|tonight|tomorrow|within|before}',
        'you will {reimburse|refund|pay|compensate|send|provide|give|forward|explain|reply|respond|call|apologise|apologize|honour|honor|cover} [me|my|the|for]',
        '{end of discussion|end of story|full stop|no excuses|no exceptions|non negotiable|non-negotiable|no ifs or buts|no ifs and buts|simple as that|as simple as that|that is final|and that is final}',
        '{or|otherwise} {there is no deal|no deal|the deal is off|forget it|forget about it|i walk|i am walking|we are done|i am done|we have no deal}',
        '{for|not|accept|take} [even] {a|one|a single} {penny|cent|dollar|pound|euro|rupee|rand} less',
        '{that is|this is|here is} my {final|bottom} {number|line|figure|offer|price}',
      ],
      reason: 'An order or ultimatum reads as entitlement.',
      unless: { before: ['hope', 'hopefully', 'if', 'when', 'perhaps', 'maybe', 'i trust', 'trust', 'i hope', 'sure'], sentence: ['could you', 'would you', 'if possible', 'grateful', 'appreciate+', 'would it be possible', 'please let me know if', 'no rush', 'hoping', 'flexible', 'open to', 'if that helps', 'whichever', 'either way', 'suits', 'works for you', 'if that works', 'you will {receive|find|see|get|hear|need|be}', 'because {the|my|i|another|they}', 'as i have', 'since i have', '{other|another|competing|second} {offer|company|employer|firm}'] },
    },
    {
      patterns: ['{giving|give|given|will give} {you|your *} {until|till|til|# days|# hours|one week|a week|24 hours|48 hours|one more day|one last chance|one more chance|a final chance} [*] ** to'],
      reason: 'An ultimatum reads as a demand.',
      requires: ['or', 'otherwise', 'sort', 'fix', 'respond', 'reply', 'answer', 'decide', 'make a decision', 'come back', 'get back', 'before i', 'explain', '{apology|apologies|apologise+|apologize+|apologetic|apologetically}', 'reverse', 'reinstate'],
      unless: { sentence: ['no rush', 'happy to', 'take your time', 'if that helps', 'feel free', 'i will give you a call', 'give you a ring'] },
    },
    {
      patterns: ['{now|immediately|asap|right now|this instant|at once|this minute|right this minute}'],
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
      requires: ['response', 'answer', 'reply', 'decision', 'update', 'explanation', 'hear', 'call', 'feedback', 'offer', 'payment', 'refund', 'back to me', 'respond', 'pay', 'send', 'reimburse+', 'resolve+', 'sort+', 'fix+', 'dealt with', 'sorted'],
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
        'this is your {last|final|only} {chance|opportunity} to {make this right|make it right|fix|put|reply|respond|answer|reconsider|explain|apologise|apologize|do the right thing|sort|resolve|hire me|reverse|reinstate|honour|honor}',
        'take it or leave it',
        '{i will not|i refuse to} {accept|settle for|consider|take} {anything|any offer|a penny|a cent|a dollar|a pound|one penny} {less|lower|below|under}',
        '{i will not|i refuse to} settle for {less|anything less}',
      ],
      reason: 'An order or ultimatum reads as a demand.',
      unless: {
        before: ['my', 'the', 'an', 'your', 'our', 'to', 'for', 'could you', 'would you', 'can you', 'please', 'will you', 'you', 'time to', 'kindly', 'and for', 'who', 'which', 'helped', 'i will', 'i can', 'i shall', 'we will', 'we can', 'let me', 'i could', 'i would', 'not', 'do not', 'no need to', 'without', 'did not want to', 'do not want to', 'i just', 'i', 'we', 'will', 'can'],
        sentence: [...POLITE, 'i will', 'i can', 'i shall', 'let me', 'i am happy', 'i am going to', 'we will', 'we can', 'i could', 'i would be', 'i am able', 'available', 'understand+', 'i gather', 'is this', 'is it', 'was it', 'their', 'they', 'my {old|previous|former|last} {boss|manager}', '{negotiate+|negotiation|negotiations|negotiable}', 'bounced', 'did not arrive', 'typo', 'sorry', 'no rush', 'thank+', 'could', 'can someone', 'would someone', 'can somebody'],
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
        '{i will not|i am not going to|i refuse to|i will not be|i am not} {complete+|completing|doing|do|continue+|continuing|proceed+|proceeding|cooperate+|cooperating|attend+|attending|submit+|submitting|take|taking|go ahead|going ahead|move forward|moving forward|engage|engaging} *** until {i|you|your|someone|the|my}',
        '{not|no} more excuses',
      ],
      requires: ['any further', 'any more', 'another', 'anything', 'single', 'feedback', 'answer+', 'explanation', 'respond+', 'reply', 'hear', '{apologise+|apologize+|apology}', 'you', 'your'],
      reason: 'An ultimatum reads as a demand.',
      unless: { before: ['if', 'when', 'not'], sentence: [...POLITE, 'visa', 'approved', 'arrive+', 'recover+', 'back from', 'on leave', 'holiday', 'vacation', 'travel+', 'medical', 'surgery', 'notice period', 'start date', 'able', 'review+', 'read', 'discuss+', 'family', 'partner', 'spouse', 'had {a chance|time}', 'myself', 'i {had|have} no more'] },
    },
    {
      patterns: [
        '{expect|accept|will accept|want|will settle for|settle for} nothing less than',
        'i expect you to {honour|honor|keep|stick to|respect|reply|respond|answer|explain|call|get back|pay|reimburse|refund|reconsider|provide|send|give|fix|make|apologise|apologize|confirm|deliver|follow through}',
        '{you have|you have got|you get} {until|till|til|# days|# hours|one week|a week|24 hours|48 hours|the end of|the weekend|one more day|one last chance} [*] [*] to {respond|reply|answer|get back|fix|sort|make|reconsider|reverse|reinstate|pay|apologise|apologize|explain|send|confirm|come back}',
        'i want {this|it|that|the matter|this matter|my issue|my complaint|this issue|the issue} {rectified|corrected|remedied|put right|made right}',
        '{this|that|it|your *|your * *} {is|was} [@intens] {unacceptable|not acceptable}',
        '{requesting|asking|writing|emailing|chasing|following up|requested|asked} [this|you|it] for the {@ordinal|last|final} time',
        '{will not|refuse to|do not|am not going to} accept {a|another|any|your} [*] {canned|generic|template|templated|stock|form|automated|boilerplate|copy and paste|copy-paste|cookie cutter|cookie-cutter} {response|reply|answer|letter|email|rejection}',
        'either {reinstate|reverse|reconsider|pay|refund|match|fix|explain|give|send|honour|honor|apologise|apologize|respond|reply|answer|hire|interview|tell|confirm} *** ** or {give|tell|send|explain|i|you|pay|refund}',
      ],
      requires: ['refund', 'apology', 'explanation', 'answer', 'full', 'offer', 'time', 'response', 'reason', 'payment', 'reimburse+', 'compensation', 'response', 'decision', 'reply', 'salary', 'match', 'interview', 'you', 'your', 'this', 'it'],
      reason: 'An order or ultimatum reads as entitlement.',
      unless: { before: ['not', 'if', 'when'], sentence: [...POLITE, 'looking forward', '{excite+|exciting}', 'busy', 'challenge+', 'challenging', 'learn+', 'enjoy+', 'generous', 'thank+', 'kind', 'no rush', 'take your time', 'prepare', 'extension', 'for me', 'to me', 'i am afraid', 'unfortunately', 'be busy', 'be {great|fun|hard|challenging}', 'i can', 'i could', 'i am happy', 'whichever', 'either way', 'easier'] },
    },
    {
      patterns: [
        '{look forward to|await|awaiting|i expect|i anticipate} your {immediate|urgent|instant|immediate and full|immediate written|urgent and full} {response|reply|answer|attention|action|explanation}',
        'i will expect {a|an|your|the} [*] {decision|answer|reply|response|explanation|call|apology|refund|update|confirmation} *** ** {by|within|no later than|today|tomorrow|before|immediately|first thing}',
        'it is {imperative|essential|vital|critical|crucial|mandatory|non negotiable|non-negotiable} that you {respond|reply|answer|call|get back|explain|send|provide|reconsider|confirm|fix|pay|reimburse|refund}',
        '[kindly|please] {provide|send|forward|supply|give|furnish} [me] [with] {the|my|a|your|all|full|copies|a copy} *** *** {within|no later than} {# |one|two|three|five|seven|ten|fourteen|thirty|24|48|the end|end|close}',
        'i {expect|want|would like} {it|them|that|this|one} {today|tonight|now|within|tomorrow|immediately|asap|this week|by tonight|by tomorrow|by end of day|by eod}',
        'will not take no for an answer',
        'i request that you {reconsider|reverse|reinstate|explain|respond|provide|send|review|call|reply} *** {immediately|at once|urgently|without delay|today|asap|right away}',
        'the least {you|your *|your * *|they|the company} {could|can|should} [have] {do|done}',
        '{have|had|show} the [basic|common] {decency|courtesy|manners|professionalism|guts} to',
        '{do your job|do your jobs|do your job properly}',
      ],
      requires: ['you', 'your', 'please', 'someone', 'at least', 'reason+', 'explanation', 'feedback', 'notes', 'scores', 'results', 'rejection', 'data', 'records', 'file', 'copy', 'copies', 'call', 'answer', 'response', 'reply', 'decision'],
      reason: 'An order or ultimatum reads as entitlement.',
      unless: { before: ['if', 'when', 'not', 'you', 'how you'], sentence: ['thank+', 'could you', 'would you', 'if possible', 'when you can', 'grateful', 'appreciate+', 'would it be possible', 'no rush', 'coffee', 'lunch', 'drink', 'dinner', 'i can', 'i will {send|provide|forward}', 'my current employer', 'notice', 'i {need|have} to'] },
    },
    {
      patterns: [
        '{reply|respond|answer|write back} by return',
        'get me {an|a|the|your} {answer|decision|response|reply|update|offer|contract|explanation|name|names} {by|before|within|today|tomorrow|now|immediately|asap}',
        '{fix|correct|amend|update|redo|resend|reissue|change|confirm|send|sign|issue|finalise|finalize} {the|my|your|this} *** ** {today|now|immediately|asap|tonight|at once}',
      ],
      start: true,
      reason: 'A bare order reads as a demand.',
      unless: { sentence: [...POLITE, 'kindly', 'if', 'thank+', 'happy', 'no rush'] },
    },
    {
      patterns: ['{i am giving|i will give|i give|i am going to give} you {# hours|# days|# weeks|24 hours|48 hours|72 hours|a week|one week|two days|three days|the weekend|one day|a day|one more day|until {monday|tuesday|wednesday|thursday|friday|tomorrow|the end of the week}}'],
      end: true,
      reason: 'An ultimatum reads as a demand.',
      unless: { sentence: ['no rush', 'take your time', 'heads up', 'leave', 'holiday', 'notice', 'thank+', 'if that helps', 'happy to'] },
    },
    {
      patterns: ['stop {stalling|dragging your feet|messing me around|messing around|wasting my time|making excuses|beating around the bush|hiding|playing games|procrastinating|delaying|fobbing me off}'],
      reason: 'An order reads as a demand.',
      unless: { before: ['not', 'to', 'i will', 'i', 'we', 'will'], sentence: ['myself', 'i need to stop', 'i should stop', 'i will stop', 'i must stop'] },
    },
    {
      patterns: ['answer the {question|questions} [i asked|i put to you|i raised]'],
      end: true,
      reason: 'A bare order reads as a demand.',
      unless: { sentence: [...POLITE, 'kindly', 'happy', 'how to', 'helped me', 'i {could|can|will|would}', 'thank+'] },
    },
    {
      patterns: [
        'explain {yourself|yourselves}',
        'i {want|expect|demand|insist that|require} {the|my|your} [*] {offer|contract|agreement|promise|terms|salary|start date|commitment} {be|to be} {honoured|honored|reinstated|restored|kept|respected|enforced|upheld}',
        'i {want|expect|demand|require} {the|my|your} [*] {offer|contract|agreement|promise|terms|salary|start date|commitment} {honoured|honored|reinstated|restored|kept|respected|enforced|upheld}',
        '{i will need|i need|i want|i expect|i require|i demand|i am owed|i deserve} {a|an} [written|formal|full|public|personal|proper|sincere|official] apology',
        'give me one [good|single|decent|valid] reason',
      ],
      reason: 'An order or ultimatum reads as entitlement.',
      unless: { before: ['to', 'need to', 'have to', 'not', 'never', 'if', 'when'], sentence: ['thank+', 'no need', 'do not need', 'my apology', 'i owe'] },
    },
    {
      // r2c: demanding papers, another candidate's documents and deadlines.
      patterns: [
        '{forward|send|give|show|email|pass} me ** {the|their|that} [*] {other candidate|other candidates|successful candidate|successful candidates|successful applicant|winning candidate|chosen candidate|person you hired|person you chose|candidate you hired|candidate you chose|new hire|other applicant|other applicants|other person|other guy|other woman|hired candidate} {\'s|s} {cv|cvs|resume|resumes|résumé|scorecard|scorecards|notes|application|applications|portfolio|scores|answers|test|tests|salary|interview notes}',
        '{forward|send|give|show|email|pass} me ** {the|their|all the|your} [interview] {notes|scores|scorecards|scorecard|evaluations|feedback|cvs|resumes} {on|for|about|of} {the|all the|every} {other|successful|winning|chosen|hired} {candidate|candidates|applicant|applicants|person|people}',
        '{forward|send|give|show|email} me {my|the} [interview|full|complete|actual] {scorecard|scorecards|score sheet|scoresheet|scores|interview notes|notes|rubric|evaluation|assessment notes|marks} {and|plus|along with|as well as|so i can|so that i can} *',
        '{i expect|i want|i need|i will need|i require} *** *** {by|before} * at the latest',
        'i expect to hear [back] [from you|from them|from your *|from someone|from somebody|from anyone|from you guys|from someone on your *] {by|before|no later than|within|today|tonight|tomorrow|this week|first thing|end of *}',
        '{either|they either|you either} {make|give|send|offer} [me] {an offer|a decision|an answer|me an offer|me the job|me the role|the offer} or {they do not|you do not|not|do not|they don\'t|you don\'t|tell me|let me go|stop wasting *}',
        '{i will need|i need|i want|i require|i am going to need|i will require|i demand|i will want} {a|an|the|your|my} [@intens|full|complete|detailed|written|clear|final|proper|firm|formal] [*] {decision|answer|timeline|explanation|response|reply|update|confirmation|breakdown|justification|offer|feedback|schedule|timeframe|contract|paperwork|documents|offer letter|agreement} [*] [*] [*] [in writing] {by|before|no later than} {end of *|the end of *|close of *|cob|eod|eob|today|tonight|tomorrow|this afternoon|noon|midday|monday|tuesday|wednesday|thursday|friday|saturday|sunday|# *|the next *|first thing *|* {today|tonight|tomorrow|monday|tuesday|wednesday|thursday|friday}}',
        '{you have|you have got|you get} {until|till|til|# hours|# days|24 hours|48 hours|one day|two days|a day|a week|one week|the end of *} [*] [*] [*] to {give me|send me|make me|get back to me|let me know|come back to me|tell me|sort this|sort it|fix this|fix it|reconsider|match|improve your offer|improve the offer}',
      ],
      reason: 'An order or ultimatum reads as entitlement.',
      unless: {
        before: ['if', 'when', 'not', 'never', 'could you', 'would you', 'can you', 'please', 'i know', 'i understand', 'i realise', 'i realize'],
        sentence: ['if possible', 'if you can', 'if that is possible', 'when you {can|have|get}', 'no rush', 'no pressure', 'please', 'could you', 'would you', 'can you', 'would it be', 'grateful', 'appreciate+', 'thank+', 'i understand', 'i know you', 'hope', '{the|another|an|other} {other|another|second} {company|offer|employer|firm|process}', 'another {company|offer|employer|firm}', 'elsewhere', 'visa', 'template', 'my notice', 'for my records', '{other|another|competing|second|existing} offer', 'from my {current|present|existing|old|former} *', 'counteroffer', 'counter offer', 'expire+', 'deadline', 'because i', 'as i {have|need|am}', 'so that i can {plan|give|hand|arrange|tell}'],
      },
    },
    {
      // session 3 (extra-web-tbd): what rejected candidates really demand — reasons, comparisons, the decision maker, a deadline.
      patterns: [
        'i {require|demand|insist on|expect|want} {honest|proper|clear|direct|real|personal|personalised|personalized|timely|professional|better|basic|prompt|actual|genuine|respectful|straight|transparent} {communication|answers|responses|replies|feedback|treatment|courtesy|respect|engagement|explanations}',
        'not {form letters|a form letter|form emails|a form email|templates|a template|canned responses|a canned response|boilerplate|automated emails|an automated email|copy and paste|a copy and paste|stock replies}',
        '{i expect|i want|i need|i will need|i require|i demand} {a|an|the|your|my} [*] [*] {decision|answer|reply|response|offer|contract|explanation|update|confirmation|scores|notes|feedback|documents|paperwork} {in my inbox|on my desk|in my hands|on my doormat}',
        '{in my inbox|on my desk|in my hands} {by|before|within|no later than} {' + SOON.slice(1, -1) + '|the end of *|end of *|close of *}',
        '{professional|common|basic|simple|mere|ordinary|normal|the most basic} {courtesy|decency|etiquette|manners|respect} {would have|would|requires|required|demands|demanded|dictates|dictated|means|meant}',
        'no {vague|generic|canned|evasive|wishy washy|wishy-washy|template|templated|stock|form|fluffy|corporate|copy and paste|automated|more vague|more generic} {answers|answer|responses|response|replies|reply|excuses|platitudes|emails|letters|nonsense}',
        'i {want|demand|need|expect|require} {a|an|the} [full|detailed|written|proper|side by side|point by point|honest] {comparison|comparisons} [between|of|with]',
        'i want to {know|hear|have|get|see|receive} {your|the|a|an} [final|full] {decision|answer|response|outcome|verdict|result|results} {within|by|before|today|tomorrow|no later than|now|immediately|asap|this week|tonight}',
        '{somebody|someone|anybody|anyone|one of you|you people|you guys|you lot} {needs|has|had better|better|must|should} [to] {pick up the phone|call me|explain|get back to me|answer|respond|reply to me|tell me|contact me|sort this|fix this|take responsibility|own this|own up}',
        'i {want|demand|insist on|expect|need} {to speak|to talk|speaking|talking|a call|a meeting|a word} {to|with} {whoever|the person who|the people who|the one who|those who|the manager who|the decision maker|the decision makers|the person responsible|the people responsible|the actual decision maker}',
        '{i will need|i would need|i need|i want|i require|i expect|i am owed|i deserve} {a|an} [*] [*] justification',
        '{i will need|i need|i want|i require|i expect|i am owed|i deserve} {a|an} [*] [*] explanation {of why|as to why|for why|why|for {your|the|this} decision|for rejecting|for the rejection|for not}',
        'i {will not|am not going to|shall not|do not intend to|refuse to} stop {emailing|calling|asking|writing|chasing|contacting|messaging|following up|ringing|texting|pursuing this|pestering you} until',
        'i [@intens] expect [,] at {the very least|least|a minimum|the minimum|the bare minimum|minimum} [,] {a|an|some|the|your} [*] {interview|reply|response|call|phone call|explanation|answer|apology|acknowledgement|acknowledgment|email|update|courtesy|conversation|reason|feedback}',
        'before i even {think about|consider|bother|look at|think of|entertain}',
        '{tell me|i need to know|i want to know} {which|what|who} *** before i {give|send|share|tell|hand over|provide} you',
      ],
      reason: 'An order or ultimatum reads as entitlement.',
      unless: {
        before: ['if', 'when', 'whether', 'not', 'do not', 'never', 'hope', 'i hope', 'hopefully'],
        sentence: [
          ...POLITE, 'thank+', 'no rush', 'no pressure', 'take your time', 'i understand', 'i know you', 'hope', 'keen', 'excited', 'looking forward',
          'in a {manager|team|workplace|leader|culture|company|role|job}', 'my {manager|team|leader|ideal|next}', 'culture', 'environment', 'value+', 'we {require|expect|want|need}',
          'because i', 'as i {have|need|am}', 'since i {have|need|must|will|am {relocating|moving|leaving|starting|due|required}}', 'so that i can', 'so i can {plan|give|hand|arrange|tell|resign}', '{other|another|competing|second|existing} offer', '{the|another|an} {other|another|second} {company|employer|firm}', 'elsewhere', 'counter offer', 'counteroffer', 'resign+', 'notice', 'hand in', 'my current employer', '{i can|i could|may i}', 'would need', 'visa', 'landlord', 'mortgage', 'for my records',
        ],
      },
    },
    {
      // session 3: bare orders about the writer's data and standing.
      patterns: [
        '{remove|delete|erase|purge|wipe} {me|my *|my * *|all my *|all of my *} from {your|the|all your|every} *** {today|immediately|now|at once|right away|asap|within|and confirm|and send}',
        '{delete|erase|remove|purge|wipe} {my|all my|all of my} {details|data|information|cv|resume|application|records|number|email} {immediately|now|today|at once|right away|asap|straight away}',
        '[and] confirm [to me] in writing that you {have|will}',
        'tell me where i {stand|actually stand|really stand|honestly stand}',
        'tell me whether i {got|have|am|was|did}',
      ],
      start: true,
      reason: 'A bare order reads as a demand.',
      unless: { sentence: [...POLITE, 'kindly', 'if', 'thank+', 'happy', 'no rush'] },
    },
    {
      // session 3: the ultimatum clause itself ("… or I'm signing with the other company").
      patterns: ['{or|otherwise|or else} i am {signing|accepting|taking|going with|going elsewhere|walking|walking away|moving on|withdrawing|pulling out|out|gone|done} [with|the|it]'],
      reason: 'An ultimatum reads as a demand.',
      unless: { after: ['of', 'until', 'on', 'for', 'away', 'abroad', 'at', 'from'], before: ['if', 'whether'], sentence: [...POLITE, 'thank+', 'happy to', 'either way', 'whichever', 'no rush', 'unfortunately', 'sorry', 'i am afraid', 'i understand'] },
    },
    {
      // session 3 batch 2: copies on demand, receipts demanded, "before we go any further", "I've waited long enough".
      patterns: [
        'i {want|demand|require|expect|need} {copies|a copy|every copy|all copies|a full copy|full copies|all the copies} of {my|the|your|all|every|any}',
        '{i need|i want|i require|i expect|i demand} {a|an} [firm|straight|clear|definitive|final] {yes or no|answer|decision|commitment|guarantee|confirmation} [*] [*] [*] before {we|i} {go|proceed|take this|continue|get} [any] {further|more|anywhere}',
        '{i have|i have been|we have} {waited|been waiting|been patient|waited patiently} {long enough|more than long enough|quite long enough|too long already}',
      ],
      reason: 'An order or ultimatum reads as entitlement.',
      unless: { after: ['to'], before: ['if', 'when', 'not'], sentence: [...POLITE, 'thank+', 'no rush', 'before i {sign|accept|decide|commit|resign|hand in}', 'to check', 'to review', 'so that', 'so i can', 'for my records', 'i understand', 'visa'] },
    },
    {
      patterns: [
        '{let me know|confirm|tell me|acknowledge} *** *** that you {have received|received|got|have got|have read|read|have seen|saw|opened} {this|it|my}',
        'get {the|your} {hiring manager|manager|boss|recruiter|ceo|director|head of hr|supervisor|decision maker|someone|somebody} [*] {on the phone|on the line|to call me|to ring me|to email me}',
      ],
      start: true,
      reason: 'A bare order reads as a demand.',
      unless: { sentence: [...POLITE, 'kindly', 'if', 'thank+', 'happy', 'no rush'] },
    },
    {
      patterns: ['i am expecting {a|an|your} [*] {call|phone call|answer|decision|reply|response|apology|explanation|email} [*] [from *] [*] [*] {personally|directly|today|now|immediately|by return|not another|and not}'],
      reason: 'An order or ultimatum reads as entitlement.',
      unless: { before: ['if', 'not'], sentence: [...POLITE, 'thank+', 'no rush', '{other|another|competing|second} {offer|company|employer|firm}', 'elsewhere', 'from my {current|present|existing|old|former} *', 'keep you {posted|updated|informed}', 'visa', 'landlord', 'bank', 'doctor'] },
    },
    {
      // session 3: "please answer the actual question" — the please does not soften it.
      patterns: [
        '{answer|address|respond to|reply to} {the|my} {actual|real|simple|original|specific|direct|one} question',
        'i have [now] asked [you] [this] {three times|four times|five times|# times|several times|repeatedly|multiple times|many times} [now]',
      ],
      reason: 'An order or ultimatum reads as entitlement.',
      unless: { before: ['if', 'to', 'not'], sentence: ['thank+', 'could you', 'would you', 'happy', 'sorry', '{apologise+|apologize+|apology|apologies}', 'i know you are busy', 'no rush', 'how to', 'helped me', 'i {could|can|will|would} {answer|address|respond}'] },
    },
    {
      // session 3 batch 4: "if you want to speak to me, call me…", "have someone senior ring me", "before I attend anything further".
      patterns: [
        'if you want {to speak to me|to talk to me|to speak with me|to talk with me|to reach me|my time|an answer from me|me to consider|to hire me} [,] {call|ring|email|phone|contact|write to|message|come back|get back}',
        'before i {attend|do|complete|go to|sit|take part in|agree to|commit to|give you} {anything|any} {further|more|else}',
        'i require {the|your|a|an|full|written} [*] [*] {band|range|salary|details|information|breakdown|figures|numbers|answer|confirmation|decision}',
      ],
      reason: 'An order or ultimatum reads as entitlement.',
      unless: { before: ['not', 'whether'], sentence: ['please', 'could you', 'would you', 'would it be', 'grateful', 'appreciate+', 'thank+', 'happy to', 'no rush', 'visa', 'sponsor+', '{accessible|accessibility}', 'adjustment+', '{disability|disabilities|disabled}'] },
    },
    {
      patterns: ['{have|get} {someone|somebody|your manager|your boss|the manager|the hiring manager|a manager|your supervisor|someone in charge|somebody in charge|the director|your director} [senior|more senior] {call|ring|email|phone|contact|text} me'],
      start: true,
      reason: 'A bare order reads as a demand.',
      unless: { sentence: [...POLITE, 'kindly', 'if', 'thank+', 'happy', 'no rush'] },
    },
    {
      patterns: [
        '{fix|correct|amend|redo|resend|reissue} {the|my|your|this|that} *** *** * {today|now|immediately|asap|tonight|at once|right away|straight away}',
        '{send|forward|email|give} {over|across|me} {the|my|your|a} [signed|final|written|full|revised|proper] {offer|contract|offer letter|paperwork|documents|agreement} [first] [,] [and] {then|only then}',
      ],
      start: true,
      reason: 'A bare order reads as a demand.',
      unless: { sentence: [...POLITE, 'kindly', 'if', 'when', 'thank+', 'happy', 'no rush', 'sorry'] },
    },
    {
      patterns: ['before i {put the phone down|hang up|get off the phone|end the call|end this call|leave the call|leave this call|leave the room|log off}'],
      requires: ['i will need', 'i need', 'i want', 'i expect', 'i require', 'i demand', 'you {need|must|will|have to}'],
      reason: 'An order or ultimatum reads as entitlement.',
      unless: { sentence: [...POLITE, 'thank+', 'no rush', 'i {need|want} to {mention|say|tell|thank|ask|check|confirm with}'] },
    },
    {
      // session 3 probe 2: "I expect better", "yes or no already", "I want the job description changed".
      patterns: [
        'i {expect|expected|expect much|expected much} {better|more} [from|of] [you|your *|a company|an organisation|an organization|a firm|professionals]',
        '{yes or no|decide|make a decision|make up your mind|tell me|reply|respond|answer|get on with it|sort it out|send it} already',
        'i want {the|my|your|this|that} * [*] [*] {changed|fixed|corrected|amended|updated|removed|reversed|reinstated|honoured|honored|rewritten|matched} [to|so|before|by|now|today|immediately]',
        'whether i {am|got|have|made} [*] [*] [*] or not',
      ],
      requires: ['you', 'your', 'already', 'better', 'more', 'not', 'i want', 'let me know', 'tell me', 'by', 'today'],
      reason: 'An order or ultimatum reads as entitlement.',
      unless: { before: ['if', 'not', 'when'], sentence: [...POLITE, 'thank+', 'no rush', 'sorry', 'i understand', 'myself', 'of myself', 'from myself', 'i expect more {rounds|interviews|stages|candidates}', 'unsure', 'not sure', 'wondering', 'curious'] },
    },
    {
      patterns: ['{tell|ask|get|have} {your|the} {manager|boss|supervisor|director|hiring manager|ceo|recruiter|hr|line manager|head of hr|team lead} to {call|ring|email|contact|phone|get back to|reply to|write to} me'],
      start: true,
      reason: 'A bare order reads as a demand.',
      unless: { sentence: [...POLITE, 'kindly', 'if', 'thank+', 'happy', 'no rush', 'whenever', 'when {she|he|they} {can|has|have|is|are}'] },
    },
    {
      // Session 4 (s4b): bare money and contact orders ("Pay me for those hours by Friday",
      // "Transfer the remaining £107 this week", "Pick up your phone", "Delete them immediately").
      patterns: [
        '{pay|refund|reimburse|compensate|repay} me [back] [in full|for|the|my|what] *** {by|within|before|now|today|tomorrow|immediately|asap|this week|at once|right away|straight away}',
        '{transfer|send|pay|refund|wire|return|release|settle} {the|my} [remaining|outstanding|full|missing|unpaid|other|rest of the|balance of the|rest of my|last] [#] {money|balance|amount|sum|fare|fares|train fare|train fares|travel costs|travel expenses|mileage|hotel bill|flights|tickets|ticket|expenses|costs|deposit|fee|fees|payment|reimbursement|refund|wages|pay|invoice|difference|#} *** {this week|today|now|immediately|by|within|asap|before|tomorrow|at once|right away|straight away|no later than}',
        'reimburse me in full',
        '{pick up|answer} {your|the} {phone|calls|damn phone|bloody phone}',
        'take it up with {your|the|someone|whoever}',
        '{delete|remove|erase|destroy|purge|wipe} {them|it|my details|my data|my information|my cv|my resume|my record|my records|my file|my profile|me|everything|all of it} [from *] [*] {immediately|now|at once|right now|today|asap|straight away|right away|without delay|this instant}',
        '{stop|quit} {chasing|calling|emailing|texting|messaging|hounding|pestering|harassing|bugging|ringing|nagging|spamming} me',
      ],
      start: true,
      reason: 'A bare order reads as a demand.',
      unless: { sentence: [...POLITE, 'kindly', 'if', 'thank+', 'happy', 'no rush', 'whenever', 'when you', 'visit', 'compliment', 'attention', 'no mind', 'sorry'] },
    },
    {
      // Session 4 (s4b): "I expect the company to cover the $2,000", "I expect mine by Friday",
      // "Employers owe interviewees a response", "You DO owe me feedback", "Those are my terms".
      patterns: [
        'i [fully] expect {you|your company|your firm|your team|the company|the firm|the organisation|the organization|your organisation|your organization|your client|the client|the agency|your agency} to {cover|pay|reimburse|refund|compensate|honour|honor|repay|make good|settle|foot}',
        'i [fully] expect {mine|my answer|my reply|my decision|my money|my refund|my reimbursement|my payment|payment|the money|the refund|the reimbursement|full payment|the balance|the rest|a full refund|the full amount|my expenses|my fare} {by|within|before|today|tomorrow|this week|no later than|immediately|now|in full}',
        '{employers|companies|recruiters|hiring managers|firms|organisations|organizations|businesses|interviewers|agencies|hr departments} {owe|owe it to} {candidates|applicants|interviewees|job seekers|jobseekers|people|us|everyone|anyone|their candidates|their applicants} {a|an|the|at least|some|basic|common|feedback|closure|courtesy|answers|an answer|a response|a reply}',
        'you {do|still|absolutely|certainly|definitely|really|clearly|most certainly} owe {me|us|candidates|applicants|interviewees|it to me}',
        'i am requiring {it|this|that|you}',
        'requiring it of you',
        '{those|these} are my {terms|conditions|demands}',
        'i want {a|an} [new|another|different|fresh|proper] {slot|interview|interview slot|time|date|call|meeting} [*] {this week|today|tomorrow|by|within|asap|immediately|now|before}',
        'i want {my|our} [#] {money|deposit|fee|fees|refund|expenses|costs|fare|train fare|#} back',
        '{half|part|a portion|partial payment|partial reimbursement|a partial refund} is not {acceptable|good enough|enough|ok|okay}',
      ],
      reason: 'Demanding money or answers reads as entitlement.',
      unless: { before: ['if', 'not', 'do not', 'never', 'i know'], sentence: ['could you', 'would you', 'if possible', 'grateful', 'appreciate+', 'would it be possible', 'no rush', 'hoping', 'i hope', 'flexible', 'open to', 'happy to', 'understand', '{the|another|an} {other|another|second} {company|offer|employer|firm}', 'another {company|offer|employer|firm}', 'elsewhere', 'usually', 'typically', 'normally', 'standard', 'policy', 'do not owe', 'visa', 'i would expect', 'thank+'] },
    },
    {
      // Session 4 (s4b, batch 4): imperative ultimatums ("Extend the deadline or withdraw the offer",
      // "Read my profile before you message me", "Confirm the number of stages by Monday").
      patterns: [
        '{extend|move|push|change|match|raise|increase|improve|fix|expedite|confirm|make|give|send|sort|pay} *** *** {or|otherwise} {withdraw|rescind|pull|cancel|forget|lose|i walk|i am out|i will walk|i will go|i will withdraw|i will pull out|i take|i will take|i accept|i will accept|we are done|i am done|stop}',
        '{read|check|look at|actually read} my {profile|cv|resume|application|linkedin|linkedin profile|email|emails} {before|first|properly|next time|for once}',
        'do not {send|contact|call|email|message|offer|pitch} me *** *** again',
        'confirm {the|your|my|a} * [*] [*] {by|before|no later than} ' + SOON,
      ],
      start: true,
      reason: 'A bare order reads as a demand.',
      unless: { sentence: [...POLITE, 'kindly', 'thank+', 'happy', 'no rush', 'sorry', 'afraid', 'unfortunately', 'i understand', 'if {that|it} helps', 'whichever', 'either way'] },
    },
    {
      // Session 4 (s4b, batch 4): "if there are more than four rounds, I'm out", "… before then, full stop."
      patterns: [
        '{if|unless} *** *** {i am out|i am done|i walk|i will walk|count me out|i am gone|i will pull out|i walk away|i will walk away}',
        '{full stop|end of story|end of discussion|no exceptions|no excuses}',
      ],
      end: true,
      requires: ['you', 'your'],
      reason: 'An ultimatum reads as a demand.',
      unless: { sentence: [...POLITE, 'thank+', 'sorry', 'afraid', 'unfortunately', 'i understand', 'friday+', 'weekend+', 'holiday'] },
    },
  ],
};
