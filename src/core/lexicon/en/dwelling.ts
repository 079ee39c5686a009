import type { CategoryLexicon } from './types';

const BEST =
  '{the best|the right|the ideal|the perfect|the most qualified|the strongest|the top|the only qualified|the better|the obvious|the clear|the most experienced|the most suitable|a perfect|an ideal|a better|a stronger|the superior|far the best|far and away the best|by far the best|more qualified|better qualified|the best qualified|overqualified}';

const NOUN = '{candidate|applicant|person|fit|choice|match|hire|option|one|man|woman|pick}';

export const dwelling: CategoryLexicon = {
  category: 'dwelling',
  reason: 'Re-arguing the decision keeps the door closed.',
  note: 'The decision is made, and arguing it makes the reader defend it rather than remember you kindly. Accept it gracefully, ask what would strengthen a future application, and say you would welcome being considered for other roles.',
  entries: [
    {
      patterns: [
        'i {was|am|remain|am still|still am|was still|was clearly|was obviously|am clearly|am obviously|was undoubtedly|am undoubtedly|was by far|am by far} [*] [*] ' + BEST + ' [*] ' + NOUN,
        'i [still|really|truly|honestly|genuinely|firmly|strongly|sincerely] {believe|think|feel|know|maintain} [that] {i|my} ** {was|would have been|were|should have been} ' + BEST + ' [*] ' + NOUN,
        'i still {believe|think|feel|maintain|know} [that] {i|my} ** {am|is|are|would be|remain|was|were|would have been} ' + BEST,
        'i still {believe|think|feel|maintain} [that] {you|your|the panel|the committee|they} ** {made|got|were wrong|are wrong|should have|should|missed|overlooked|misjudged}',
        'i {remain|am still|stay} [*] [*] convinced [that] {i|my|you}',
        'i remain [without any doubt|without doubt|in my view|honestly|frankly|with respect|respectfully] ' + BEST + ' [*] ' + NOUN,
      ],
      reason: 'Insisting you were the best candidate re-argues a decision already made.',
      unless: { sentence: ['future', 'next time', 'other roles', 'another role', 'other opportunities', 'still interested', 'still believe in', 'in the mission', 'for the team'] },
    },
    {
      patterns: [
        '{you|they|the panel|the committee|the company|your team|the hiring manager|your company} {made|are making|have made|has made|is making} {a|the} [big|huge|serious|terrible|grave|real] {mistake|wrong decision|wrong choice|wrong call|bad decision|bad choice|error}',
        '{wrong|bad|mistaken|flawed|unfair|poor} {decision|choice|call}',
        '{you|they|the panel|the committee} {got it|got this|got that} wrong',
        'i [strongly|completely|respectfully|fundamentally|totally] disagree with {your|the|this|that} {decision|assessment|outcome|choice|conclusion|evaluation|feedback|verdict}',
        '{reconsider|revisit|rethink|review|reverse|overturn|challenge|appeal|contest|dispute|re-evaluate|reevaluate|revise} {your|the|this|that} {decision|choice|outcome|verdict|rejection}',
        '{reconsider|re-consider|revisit|re-evaluate|reevaluate|review} my {application|candidacy|file|resume|cv|case} [again]',
        '{look at|review|consider|read|go over|go through} my {file|application|resume|cv|candidacy|portfolio} {again|a second time|once more|one more time}',
        'how {i|can i|could i|do i} ** challenge',
        'how {someone|anyone|somebody|a candidate|the person|they|he|she} with {less|fewer|no|little} ** {got|get|was|were|could|beat|landed|won|is|would}',
        'with less experience {got|get|was chosen|beat|than me|than i}',
        '{more qualified|better qualified|more experienced|stronger|better} than {whoever|the person|the candidate|anyone|the one|those|the people|the other|the successful|the hire|the new hire|the person you|the candidate you|the one you}',
        '{do not|can not} {understand|see|fathom|comprehend} how {someone|anyone|somebody|you|they|a candidate|anyone else|the person|the panel} ** {could|got|get|was|were|is|would|beat|chose|picked}',
        'could have put in more effort than',
        '{you will not|you will never|you could not|you can not} find {a|anyone|someone|another|a more|a better} [*] [candidate|person|applicant] {better|more qualified|stronger|more experienced|as qualified|as good|like me}',
        'superior to {those|that|the person|the candidate|anyone}',
        '{plainly|clearly|obviously|vastly|far} superior',
        'clearly {overqualified|the most qualified|the best|more qualified|better qualified|the strongest}',
        'i am [clearly|obviously|plainly|vastly|massively] overqualified',
        'should have been {offered|hired|selected|chosen|given|the one|shortlisted|interviewed|picked}',
        '{should|ought to} have {hired|picked|chosen|selected|offered|interviewed|shortlisted} me',
        'nothing in {your|the|this|that} {email|letter|message|decision|reply|response|note|feedback} {changes|will change|can change|alters}',
        '{whatever|regardless of what} the {panel|committee|interviewers|hiring team|team|hiring manager} {concluded|decided|thinks|thought|said}',
        'regardless of {your|the} {decision|verdict|outcome|choice}',
        '{i know|i can tell you} for a fact',
        'for a fact',
        '{is|was} {this|it|that} because {i|of my|my}',
        'i can not {stop thinking|stop replaying|get over|believe i|understand why}',
        'i keep {thinking about|replaying|going over|wondering why|asking myself}',
        'i {meet|met|fulfil|fulfill|fulfilled|tick|ticked|check|checked|satisfy|satisfied} {every|all} [of] [the|your] {requirement|requirements|qualification|qualifications|criteria|criterion|box|boxes}',
        '{my experience|my background|my profile|my skill set|my skills|my cv|my resume|i} {is|am|are|was|were} [@intens] {perfect|the perfect match|a perfect match|a perfect fit|the perfect fit|exactly what you need|exactly what you are looking for|ideal} for {your|this|the|you}',
        'i know i am {perfect|ideal|the right|the best|exactly}',
        'i intend to prove',
        'prove {you|them|your panel|the panel} wrong',
        'only a handful of people *** {have|has|possess|hold} my',
        '{few|not many|hardly any|very few} {people|candidates|applicants} *** {have|has|possess|can match} my',
        'i was promised',
        'i was told *** and {now|then|yet|the letter|the contract|the offer}',
        'i deserve to know what [really|actually] {changed|happened|went wrong}',
        'how can i challenge',
      ],
      reason: 'Re-arguing the outcome reads as refusing to accept it.',
      unless: { before: ['not', 'no'], sentence: ['start date', 'deadline', 'timeline', 'relocat+', 'schedule', 'the offer letter by'] },
    },
  ],
};
