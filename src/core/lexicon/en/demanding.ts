import type { CategoryLexicon } from './types';

const POLITE = ['please', 'could you', 'would you', 'can you', 'if you', 'if possible', 'when you can', 'whenever', 'if it is', 'happy to', 'feel free', 'would it be', 'may i', 'might', 'grateful', 'appreciate+', 'thank you', 'thanks', 'i would love', 'i would like', 'do you mind', 'would you mind', 'wonder+', 'curious'];

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
      unless: { before: ['if', 'when', 'whether', 'in case', 'all', 'only', 'in', 'on', 'high', 'in high', 'market', 'customer', 'peak', 'not', 'in great', 'in strong'], sentence: ['in demand', 'on demand', 'demand forecasting', 'demand planning', 'demand generation', 'supply and demand'] },
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
      unless: { sentence: ['could you', 'would you', 'if possible', 'grateful', 'appreciate+', 'would it be possible'] },
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
      unless: { before: ['if', 'when', 'not'], sentence: ['could you', 'would you', 'if possible', 'grateful', 'appreciate+', 'would it be possible', 'please let me know if', 'no rush', 'hoping'] },
    },
    {
      patterns: [
        '{respond|reply|get back to me|answer|revert|confirm|let me know} {within # hours|within the hour|within # days|by end of day|by close of business|by eod|by cob|asap|immediately|at once|right away|straight away}',
        'i want {my|the} * [*] {reimbursed|refunded|paid|back|returned|sent|reinstated|reviewed} {now|today|immediately|asap|by|within|tonight|tomorrow}',
      ],
      reason: 'An order or ultimatum reads as entitlement.',
      unless: { sentence: [...POLITE, 'happy to', 'i will', 'i can', 'i am able', 'i will try'] },
    },
  ],
};
