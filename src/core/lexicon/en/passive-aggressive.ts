import type { CategoryLexicon } from './types';

export const passiveAggressive: CategoryLexicon = {
  category: 'passive-aggressive',
  reason: 'A polite form that carries a reproach reads as passive-aggressive.',
  note: 'Readers hear the reproach under the polite words, and it puts them on the defensive just when you need their goodwill. State the fact or the request directly and warmly ("I’m following up on my note from 3 May"), without pointing out that they missed it.',
  entries: [
    {
      patterns: ['[as] per my {last|previous|earlier|prior|latest|original|first} [@doc]'],
      reason: '"Per my last email" reads as "you didn’t read it".',
      suggestions: ['Following up on my earlier note', 'To recap', 'As a quick recap'],
    },
    {
      patterns: [
        '[as] per my @doc {of|from|on|dated|sent} [the]',
        '[as] per our {last|previous|earlier|prior} {conversation|call|discussion|exchange|email|emails|correspondence}',
        'and again per my',
      ],
      reason: '"Per my email" reads as "you didn’t read it".',
    },
    {
      patterns: [
        'as {previously|already|clearly|repeatedly|explicitly} {stated|mentioned|noted|said|explained|indicated|discussed|communicated|requested|advised|outlined}',
        'as i {already|previously|clearly|repeatedly|have already|have previously|have clearly|have repeatedly} {said|stated|mentioned|explained|wrote|noted|told you|indicated|pointed out|made clear}',
        'as i have {said|stated|mentioned|explained|told you} {before|already|previously|twice|several times|many times|repeatedly|more than once|# times}',
        'as i [have] {said|stated|mentioned|explained|told you|wrote|noted|indicated|pointed out|made clear|specified|outlined} {before|twice|several times|many times|repeatedly|more than once|# times|in my {last|previous|earlier|first|prior|original} @doc|[now] {several|many|multiple|a few|# } times}',
        'as [i] [already] mentioned in my {previous|last|earlier|prior|first} @doc',
        'as you [would] {know|have seen|will have seen|would have seen} {if|from} [you] [had] [read|actually]',
        'if you had [actually|bothered to] {read|looked at|opened}',
        'which i have [already] {sent|provided|mentioned|explained|answered} {twice|# times|several times|already|before|more than once}',
      ],
      reason: '"As I already said" reads as a reproach.',
      suggestions: ['To recap', 'As a quick reminder'],
    },
    {
      patterns: [
        '{going forward|moving forward|in future|in the future|next time|for future reference} *** {i would appreciate it if|i would appreciate|please make sure|please ensure|please confirm|i would ask that|i expect|it would be nice if|it would help if|kindly}',
        'as you {may|might|will|should|would} {recall|remember|know|have seen} from my',
        '{bump+|bumping} {this|my email|my message|this email|this thread} {up|to the top} [of your inbox] [again|once more]',
        '{keep+|keeps} getting {lost|buried|missed|ignored}',
        '{kindly|please} {refer|see} [back] [to] my {earlier|previous|last|prior|original} @doc',
        '{refer|referring} [back] to my {earlier|previous|last|prior} @doc',
        '[the] courtesy of a {reply|response|call|phone call|personal reply|personal response|proper reply|real reply|rejection}',
        '{basic|common|simple|professional|minimal|bare minimum|the} courtesy of {a|an} {reply|response|update|answer|call|email|acknowledgement|acknowledgment|decision|rejection|explanation|heads up|no}',
        'too much to {hope for|expect}',
        '{just|only} to be [sure|clear] we are on the same page [this time]',
        '{same page|get it right|get this right|right} this time',
        'this time around',
        'correct me if i am wrong but',
        'not to be {rude|pushy|difficult|that person} but',
        'with all due respect',
        'i am only {sending|writing|saying} this on principle',
        'on principle',
        'i am not angry',
        'no hard feelings but',
        'not that i am {angry|bitter|upset|complaining|keeping count|counting}',
        'is it {so wrong|too much|unreasonable|asking too much} to {expect|ask|want|hope}',
        'is that too much to ask',
        'too much to ask for',
        'apparently {my|i|nobody|no one|you|your|the|someone|it|this|that}',
        '{count+|mean+|meant|matter+} for {something|nothing|very little|little|anything|much}',
        '{did|does|do|has|have|had} not {count|mean|matter} for {much|anything}',
        'i had hoped {my|that my|i|that i} ** {would have|would|counted|mattered|meant}',
        'interrupt+ your {day|busy day|afternoon|morning|week|busy schedule|schedule|important work} with my',
        'sorry to [have] {bother+|interrupt+|disturb+} your {important|busy} *',
        '{too busy|far too busy|so busy} to {reply|respond|answer|write|send|get back|acknowledge}',
        'choosing not to {answer|reply|respond}',
        'i will assume {you|that you|your|nobody|no one|the answer|that is a no|that means|silence|this means|that the answer|the worst}',
        'i will {take|treat} your silence as',
      ],
      reason: 'Polite wording that carries a reproach reads as passive-aggressive.',
      unless: { sentence: ['as promised', 'feel free', 'you will be glad', 'happy to', 'if anything {is|was} missing', 'let me know if {anything|it|i|there}'] },
    },
    {
      patterns: [
        'i guess {nobody|no one|not|you|they|that|your} {read|reads|looked|bothered|cared|cares|noticed|was|is|were|are|did|does|has|had|then|the}',
        'i guess not',
        'i {guess|suppose|assume|gather} {nobody|no one|none of you} [*] [actually|even|really|ever] {read|reads|looked|looks|bothered|bothers|cared|cares|checked|checks|opens|opened}',
        'i {suppose|take it|gather|assume|presume} {nobody|no one|not|none of you}',
        'i guess {things|it|everything} worked out [for the best]',
        '{nobody|no one|none of you|not one of you} [actually|even|ever|really] {read|reads|looked at|opened|bothered|noticed|reviewed} my',
        '{did|do|does|has|have|had} not [even] [actually|really] {read|looked at|opened|reviewed|glanced at|bothered to read} my {resume|cv|application|portfolio|cover letter|email|emails|message|messages|work|samples|materials}',
        '[had] not [even] read my {resume|cv|application|portfolio|cover letter}',
      ],
      reason: 'Hinting that nobody read your materials reads as a reproach.',
      unless: { before: ['in case', 'if'] },
    },
    {
      patterns: [
        'not sure if {you|u} {saw|received|got|had a chance to see|read} my {last|previous|earlier|other|first} [@doc]',
        'in case you {missed|did not see|did not get|overlooked} my {last|previous|earlier|other|first} [@doc]',
        'in case {my|it} ** {got lost|went missing|was lost|got buried} {again|a second time|a third time|this time}',
        'in case it got lost {again|a second time|a third time}',
        '{not sure|no idea|wondering|unsure} {if|whether} my {emails|messages|applications|emails|notes|calls} {are|were|have been} [even|actually|ever] {reaching|getting to|arriving|read|being read|landing}',
        '@ordinal time',
        'for the @ordinal time',
        '{this is|this will be|that is} [now] my @ordinal {@doc|attempt|time|request|reminder|follow up|follow-up|try|email this week|message this week}',
        '@ordinal {notice|reminder|request|attempt|follow up|follow-up}',
        '{resend+|re send+|send+|sending|sent|re-sending} *** {yet again|once again|again and again|for the @ordinal time|a @ordinal time}',
        '{circling|following|checking|reaching|writing} {back|up|in|out} {once again|yet again|again and again}',
        '{yet again|once again} {circling|following|checking|reaching|writing}',
        'still waiting {on|for} {a|an|your|the|any|that|those|my} [*] {answer|reply|response|decision|update|word|feedback|call|confirmation|offer|offer letter|contract|letter|paperwork|references|start date|callback|call back}',
        'still have not heard [back] {a thing|a word|a peep|anything at all|a single word}',
        '[since the interview] there has been no word from you at all',
        'no word from you at all',
        '{not|never} {a|one|a single} {word|peep|reply|response} [from you|from anyone]',
        'radio silence',
        '{total|complete|deafening|utter} silence',
      ],
      reason: 'Counting the follow-ups reads as a reproach.',
      suggestions: [],
      // "Third time lucky", "my second time applying": counting hopes, not reminders.
      unless: { sentence: ['first time', 'for the first', 'as promised'], after: ['lucky', 'is the charm', 'applying', 'interviewing'] },
    },
    {
      patterns: [
        '{disappointment|disappointed} {in|with} {your|you|the people|the employees|the staff|the way you|the way your|how you|how your}',
        '{which|that} i {have to|must} say {is|was} [@intens] disappointing',
        'i expected {more|better} {from|of} {you|your|a company|an organisation|an organization|a firm|people}',
        'i {would have|would|had} {expected|thought} {more|better} {from|of}',
        'i thought i was worth more than',
        'worth more than {silence|a form|a generic|an automated|a canned|this|that}',
        'if i am not good enough',
      ],
      reason: 'Disappointment aimed at the reader reads as a reproach.',
      unless: { before: ['not'] },
    },
    {
      patterns: ['noted', 'duly noted', 'noted then', 'ok noted', 'okay noted'],
      alone: true,
      reason: 'A one-word "Noted." reads as a curt reproach.',
    },
    {
      patterns: ['{finally|actually} {getting back|responding|replying|answering|letting me know|reading|reading my|opening}', '{thanks|thank you|appreciate it|appreciate} * [in advance] {for finally|for actually|if you could finally|if you could actually}'],
      requires: ['thanks', 'thank you', 'appreciate+', 'grateful'],
      unless: { before: ['i am', 'i', 'we are', 'sorry for', 'apologies for', 'am', 'me'] },
      reason: '"Thanks for finally…" reads as a reproach.',
    },
    {
      patterns: [
        'not sure how {else|many more times|much more clearly|much clearer} {to|i can|i could|i am supposed to} {say|put|explain|ask|phrase|word}',
        'how many {more} times {do i|must i|will i|should i|am i going to} {have to|need to}',
        '{is|are|was|were} [@intens] not {a|much of a|your|high on your|very high on your} [top|high] {priority|concern} {for|to} {you|your *}',
        '{nobody|no one|none of you|not one of you} [ever] [even] {seems|seem|seemed|bothers|bother|bothered|cares|care|cared|thought|thinks} to {reply|respond|answer|read|get back|acknowledge|write back|call back}',
        '{nobody|no one} [there] ever {replies|responds|answers|gets back|reads|writes back|calls back|bothers}',
        'not that {anyone|anybody|you|any of you|someone|somebody|they} {will|would|is going to|are going to|ever|even|actually} [ever|even|actually] {read|reads|care|cares|notice|notices|answer|answers|reply|replies|respond|responds|listen|listens}',
        'i would have appreciated {hearing|knowing|being told|a heads up|the courtesy|being informed|learning|some notice|a bit of notice|a reply|a response|an answer|a call} *** {before|sooner|earlier|first|directly|at least|instead}',
        '{it would have been|would have been|it would be} {courteous|polite|professional|decent|respectful|considerate|common courtesy|good manners|good form|basic manners} {to|if}',
        '{it would have been|would have been|it would be} nice {to hear|to know|to be told|to get|to receive|if you had|if someone had|if anyone had|to have been told|to have heard} *** {directly|sooner|earlier|before|first|at least|instead|yourself|from you}',
      ],
      reason: 'Polite wording that carries a reproach reads as passive-aggressive.',
      requires: ['before', 'sooner', 'earlier', 'first', 'directly', 'at least', 'instead', 'yourself', 'from you', 'how else', 'how many', 'priority', 'concern', 'nobody', 'no one', 'none', 'not one', 'not that', 'would have appreciated', 'would have been', 'would be'],
      unless: { sentence: ['as promised', 'feel free', 'no rush', 'understand if', 'completely understand', 'sorry', '{apology|apologies|apologise+|apologize+}', 'myself', 'i should have', 'on my part'] },
    },
    {
      patterns: [
        '{my|the|our} {last|previous|past|other} {two|three|four|five|six|several|many|multiple|#} {emails|messages|attempts|follow ups|follow-ups|calls|voicemails|notes|requests|reminders}',
        'i have [now|already] {emailed|written|called|messaged|followed up|reached out|contacted you|chased|left messages|left voicemails} {# times|two times|three times|four times|five times|several times|multiple times|many times|twice|three separate times|repeatedly|countless times|a dozen times}',
      ],
      reason: 'Counting the follow-ups reads as a reproach.',
      requires: ['unanswered', 'no {reply|response|answer|word}', 'not heard', 'have not heard', 'ignored', 'still', 'yet', 'without {a|any|reply|response}', 'nothing', 'not {a|one|a single}', 'nobody', 'no one', 'went nowhere', 'apparently', 'vanish+', 'disappear+', 'void', 'black hole', 'ether', 'lost'],
      unless: { sentence: ['spam', 'junk', 'in case', 'may have', 'might have', 'i know', 'understand', 'sorry', '{apology|apologies|apologise+|apologize+}'] },
    },
    {
      patterns: ['but never mind', 'but oh well', 'but whatever', 'but there you go', 'but i guess that is {fine|okay|ok|how it is|life}'],
      end: true,
      reason: 'A shrugging "but never mind" reads as a reproach.',
      requires: ['would have', 'could have', 'should have', 'nobody', 'no one', 'never', 'not even', 'after', 'before', 'again', 'still'],
    },
    {
      patterns: [
        '{any|the} confusion on your {end|part|side}',
        'i am sure it was [just|simply|only|merely] {an oversight|an honest mistake|an accident|a simple oversight}',
        'hopefully {this|it|this one|this email|this message} [one] [actually|finally] {reaches|gets to|lands with|makes it to|finds} *** {this time|right person|someone who}',
        'hopefully {this time|someone|somebody|anyone} {it|will|actually|reads}',
      ],
      reason: 'Counting the follow-ups reads as a reproach.',
      unless: { sentence: ['first time', 'as promised', '{apology|apologies|apologise+|apologize+} for', 'sorry for', 'my end', 'my side', 'my part'] },
    },
    {
      patterns: [
        '{into|in} {the void|a black hole|the ether|thin air|the abyss|a void}',
        '[a] {simple|quick|short|one line|one-line|two word|two-word|brief} {yes or no|yes or a no|no} {would|takes|is|will do|would do|would suffice|would have done}',
        'i will {go ahead and|just go ahead and|simply go ahead and} assume',
        'is [already] {in|attached to|included in|linked in|at the bottom of} my {original|first|previous|earlier|last|initial|prior} @doc',
        '{which|that} i will {attach|send|include|paste|resend|re send|forward} {once more|again|one more time|yet again|a second time|a third time}',
        '{this one|this time|this email|this message|this note|maybe this} {actually|finally} {gets|receives|reaches|lands|makes|warrants|merits|earns}',
        'hoping {this one|this time|this} [email|message] [actually|finally] {gets|reaches|lands}',
        '{would|will|only|just|should} take [you] {# seconds|# minutes|thirty seconds|ten seconds|a minute|two minutes|a second|five minutes|seconds|a moment}',
      ],
      requires: ['reply', 'respond', 'answer', 'yes or no', 'email', 'let me know', '{acknowledge+|acknowledgement|acknowledgment}', 'write back', 'get back', 'simple', 'courtesy', 'original', 'previous', 'earlier', 'initial', 'prior', 'once more', 'again', 'yet again', 'actually', 'finally', 'assume', 'void', 'black hole', 'ether', 'thin air', 'abyss'],
      reason: 'Polite wording that carries a reproach reads as passive-aggressive.',
      unless: { sentence: ['as promised', 'feel free', 'no rush', 'in case', 'for your convenience', 'here is', 'here it is', '{apology|apologies|apologise+|apologize+}', 'sorry', 'my mistake', 'the wrong', 'set up', 'to book', 'to schedule'] },
    },
    {
      patterns: [
        'not to {nag|be a pain|harp on|pester|badger|be annoying|be a nuisance|keep on|go on} [about it|again] but',
        'surely {one|a|a single|a simple|a quick|a short} {reply|response|answer|email|update|acknowledgement|acknowledgment|line}',
        '{is not|is hardly|would not be|can not be|is surely not|surely is not} [really] too much {to ask|to expect|to hope for}',
        '{especially|particularly} {at|with|for|in} {your|you|a company like yours|companies like yours|places like yours|your company|your team|your firm|your organisation|your organization}',
      ],
      reason: 'Polite wording that carries a reproach reads as passive-aggressive.',
      unless: { sentence: ['as promised', 'feel free', 'no rush', 'enjoy+', 'love+', 'impress+', 'excite+', 'interest+ in', 'admire+', 'thank+', 'proud', 'could you', 'would you', 'can you'] },
    },
    {
      patterns: ['follow+ up on my [last|previous|earlier|recent] {follow up|followup|chaser|reminder|follow ups|last follow up}'],
      unless: { after: ['call', 'meeting', 'chat', 'interview', 'session', 'conversation', 'appointment'] },
      reason: 'Following up on your own follow-up reads as a reproach.',
    },
    {
      patterns: ['{interesting|funny|curious|odd|strange|telling|revealing} {that|how} ***'],
      start: true,
      requires: ['reposted', 're posted', 'readvertised', 're advertised', 'still {open|advertised|listed|up}', 'the day after', 'the week after', 'internal candidate', 'back up'],
      reason: 'A pointed "interesting that…" reads as a reproach.',
    },
    {
      patterns: [
        '{i would hate to think|i would like to think|i would hope|one would hope|one would think|you would think|i would have thought|i am sure you would not want}',
        '{anything|something|what|anything that} [is] {unclear|confusing|difficult|hard to understand|complicated} about',
      ],
      requires: ['ignored', 'lost', 'forgotten', 'not read', 'unread', 'overlooked', 'binned', 'deleted', 'bin', 'trash', 'reply', 'respond', 'answer', 'courtesy', 'common sense', 'manners', 'basic'],
      unless: { sentence: ['i ignored', 'i lost', 'i forgot', 'my mistake', 'sorry', '{apology|apologies|apologise+|apologize+}', 'if i'] },
      reason: 'Polite wording that carries a reproach reads as passive-aggressive.',
    },
    {
      patterns: [
        '{i am|i have become|i have gotten|i have got|i got} [@intens] used to being {let down|ignored|ghosted|rejected|lied to|strung along|messed around|overlooked|disappointed|treated like}',
      ],
      reason: 'A resigned jab reads as passive-aggressive.',
    },
    {
      patterns: ['i would hoped'],
      unless: { before: ['what', 'than', 'as', 'as much as', 'below', 'above', 'beyond', 'more than', 'less than', 'exactly as'] },
      reason: 'Polite wording that carries a reproach reads as passive-aggressive.',
    },
    {
      patterns: [
        '{definitely|surely|certainly|undoubtedly|no doubt|must have|should have} {read|seen|received|opened|had a chance to read|had time to read|had a chance to look at} [*] [*] by now',
        '{since|as|because|given that|seeing as|seeing that} {you|nobody|no one|your team|the recruiter|you guys} {did not|have not|never|has not|could not be bothered to|have yet to|did not bother to} {reply|respond|answer|get back|write back|confirm|acknowledge|bother}',
        '{found out|find out|finding out|learned|learnt|discovered|heard|hear} {from|via|on|through} {linkedin|twitter|facebook|the grapevine|a friend|someone else|a third party|glassdoor|your website|the website|the news|reddit|a colleague|social media} that',
      ],
      reason: 'Polite wording that carries a reproach reads as passive-aggressive.',
      unless: { sentence: ['{congrats|congratulations|congratulate+}', 'excite+', 'delighted', 'thrilled', 'as promised', 'i have not', 'i did not', 'sorry', '{apology|apologies|apologise+|apologize+}', 'in case', 'try your', 'thought i would'] },
    },
    {
      patterns: ['whatever {they|those|it|your reasons|the reasons} {were|are|may be|might be|may have been|might have been|was}'],
      end: true,
      reason: 'A shrugging "whatever they were" reads as a reproach.',
    },
    // Families from the t2 batch (guarded forms of broad phrases, implied reproach, counted waiting).
    {
      patterns: ['as {stated|specified|indicated|listed|outlined|detailed} [clearly] in my {application|resume|cv|cover letter|@doc|previous @doc|last @doc|earlier @doc}'],
      reason: '"As stated in my application" reads as "you didn’t read it".',
      suggestions: ['As a quick recap'],
      unless: { sentence: ['as promised', 'happy to', 'feel free', 'attached', 'enclosed'] },
    },
    {
      patterns: ['as {mentioned|noted|explained|described|said|shown|highlighted|written|referenced} [clearly|already|twice|before|previously] in my {application|resume|cv|cover letter|@doc|previous @doc|last @doc|earlier @doc}'],
      reason: '"As mentioned in my application" reads as "you didn’t read it".',
      requires: ['clearly', 'already', 'again', 'twice', 'if you', 'would have', 'would know', 'had you', 'did not', 'have not', 'has not', 'not read', 'missed', 'overlooked', 'obviously', 'which you', 'which was', 'as you can see', 'evidently', 'apparently', 'somehow', 'still'],
      unless: { sentence: ['as promised', 'happy to', 'feel free', 'excite+', 'glad', 'love to'] },
    },
    {
      patterns: ['{must|it must|it has to|that must|that has to} be {nice|lovely|great|wonderful|fantastic|convenient|handy|pleasant|relaxing|fun|easy|a nice feeling}'],
      reason: '"Must be nice…" reads as a jab at the reader.',
      requires: ['not {have|having|need|needing|bother|bothering} to', 'never {have|having|need|needing|bother|bothering} to', 'without {having|needing|replying|responding|answering|bothering|reading|a word|explanation|consequence|consequences}', 'ignore+', 'ghost+', 'not {reply|replying|respond|responding|answer|answering|read|reading|get back|getting back|follow|following}', 'no {reply|response|answer|consequence|consequences}', 'leave+ {candidates|people|applicants|me|us|everyone} {hanging|waiting|in the dark}', 'leaving {candidates|people|applicants|me|us|everyone} {hanging|waiting|in the dark}', 'keep+ {candidates|people|applicants|me|us|everyone} waiting', 'keeping {candidates|people|applicants|me|us|everyone} waiting', 'get+ paid to', 'getting paid to', 'paid for doing', 'anyone {s|\'s} emails', 'anyone', 'anybody', 'to people', 'to candidates', 'to applicants', 'string+ people', 'waste+ {people|other people|candidates|everyone}', 'never {reply|replying|respond|responding|answer|answering|read|reading}', 'at your leisure', 'whenever you feel like'],
      unless: { sentence: ['sorry', '{apology|apologies|apologise+|apologize+}', 'genuinely', 'sincerely', 'enjoy+', 'view', 'river', 'beach', 'office', 'commute', 'weather'] },
    },
    {
      patterns: [
        '{take|taking|took|taken} {that|this|it|your silence|the silence|silence|no reply|no response|no answer|no news|the lack of {reply|response|answer|news}|your lack of {reply|response|answer}} as {a no|a rejection|a hard no|a polite no|a final no|your answer|the answer|an answer|a sign|a hint|a not interested|a pass|a definite no|a firm no|no}',
        'i will {take|treat|read} {your silence|the silence|silence|no reply|no response|no answer|no news|the lack of {reply|response|answer}} as',
        '{i will|i am going to|i am just going to|i am gonna|i am just gonna|i shall|i guess i will|i suppose i will} [just] [go ahead and] {assume|take it} {that is a no|that means no|that means a no|this means no|it is a no|the answer is no|i did not get|i have not got|i was not|i am not|nobody|no one|the worst|silence means|your silence|the silence|you are not|you have|you went|the role|the position|the job|the vacancy|my application|my cv|my resume|my email|my emails|my message|my messages|that means|this means|that you|you|your|it was|it has}',
      ],
      reason: 'Reading silence as an answer reads as a reproach.',
      suggestions: ['I’d be grateful for an update when you have one'],
      unless: { before: ['in case', 'if'], sentence: ['unless', 'if i do not hear', 'if i have not heard', 'if that is {wrong|not right|incorrect|not the case}', 'if i am wrong', 'correct me', 'let me know if', 'tell me if', 'otherwise let me know', 'please let me know', 'if not', 'compliment', 'for now', 'feel free', 'as agreed', 'as discussed', 'same {time|place|address|link}', 'dress code', 'business casual'] },
    },
    {
      patterns: [
        '{friendly|gentle|quick|polite|kind|little|courtesy|final|further|another|second|third} reminder',
      ],
      reason: 'A pointed "friendly reminder" reads as a reproach.',
      suggestions: ['I’m following up on my note from'],
      requires: ['still {waiting|have not|not|no|do not|did not|has not|have yet|yet}', 'yet to', '@ordinal', 'again', 'once again', 'yet again', 'another reminder', 'already', 'promised', 'supposed to', '@span ago', 'over a week', 'since my', 'no {reply|response|answer|word|update|news}', 'not heard', 'not received', 'outstanding', 'overdue', 'unanswered', 'have not {heard|received|had|got|gotten}'],
      unless: { sentence: ['as promised', 'sorry', '{apology|apologies|apologise+|apologize+}', 'my {reminder|calendar}', 'our {call|meeting|interview|chat}', 'i will be', 'out of office', 'on leave'] },
    },
    {
      patterns: [
        '{@mytime|my {application|candidacy|experience|effort|efforts|work|feelings|follow ups|follow-ups|emails|messages|questions|situation|career|livelihood|future|qualifications|time}} {is not|was not|does not|did not|are not|were not|do not|clearly is not|clearly was not|clearly does not|obviously is not|obviously does not|must not be|must not|apparently is not|apparently does not|apparently did not} [@intens] [very|that] {worth|matter|count|mean|valued|important|a priority|high on|of any|of much|of interest|relevant}',
        '{clearly|obviously|evidently|apparently} {my|i|me|our} [*] [*] {was not|were not|am not|is not|are not|did not|does not|do not} {what you|good enough|enough|the right|a fit|a match|a priority|worth|valued|important|considered|read|relevant|even}',
      ],
      reason: 'Implying the reader does not value you reads as a reproach.',
      requires: ['to you', 'to your', 'to anyone', 'to them', 'to him', 'to her', 'much', 'worth', 'matter', 'i guess', 'i suppose', 'apparently', 'clearly', 'obviously', 'evidently', 'seemingly', 'even though', 'even if', 'despite', 'in spite of', 'even after', 'never mind that', 'regardless of', 'i was under the impression', 'we {had|have} agreed', 'we agreed', 'you said', 'you told me', 'you promised', '{was|were} supposed to', 'i was {told|promised|assured}', 'as agreed'],
      unless: { before: ['if', 'whether', 'hope', 'even if', 'not that'], sentence: ['sorry', '{apology|apologies|apologise+|apologize+}', 'genuinely', 'sincerely', 'i respect', 'i understand', 'completely understand', 'totally understand', 'i thought i {left|lost|had|forgot}', 'my mistake', 'my bad', 'silly me', 'i may have', 'i might have', 'misread', 'misunderstood', 'i should have', 'thank+', 'appreciate+', 'i learned', 'i learnt', 'lesson'] },
    },
    {
      patterns: [
        'not that it {matters|matter|mattered|makes any difference|makes a difference|made any difference|made a difference|changes anything|changed anything|will change anything|would change anything|counts|counted|would matter|will matter|means anything|meant anything}',
        'not that {anyone|anybody|you|any of you|your team|the panel|they} {asked|cares|care|cared|noticed|would notice|will notice|would care|will care|seems to care|seem to care|bothered to ask|bothered to check|checked|read it|looked}',
        'for all the good it {did|does|will do|would do}',
        'for all {that|it} {matters|mattered|is worth|was worth|counted|counts}',
        'not that i {expect|expected|am expecting} {a|an|any|you|anyone|anything}',
      ],
      reason: '"Not that it matters" reads as a reproach.',
      unless: { sentence: ['not that it matters {much|too much|a lot} but i {am|would|love|enjoy}'] },
    },
    {
      patterns: [
        '{as i am sure|as i am certain|as i am confident} you [are|were|will be|have been|already|well] [already|well|fully|no doubt|surely|now|by now] {aware|know|knew|realise|realize|remember|recall|noticed|have noticed|appreciate|understand}',
        'i am {sure|certain} you {are|were|will be|have been} [already|well|fully|no doubt|surely|now|by now] aware',
        'as you {well|no doubt|surely|undoubtedly|doubtless|must|should|of course} {know|knew|be aware|are aware|remember|recall|realise|realize|have noticed|will have noticed|will recall|will remember}',
        'as you are {no doubt|undoubtedly|surely|well|fully|doubtless|probably|of course} aware',
        'as you {should|ought to|might|may} [well] {know|be aware|have noticed|remember|recall} {by now|already}',
        'i {would have thought|would think|would hope|would assume} you {knew|know|were aware|would know|would be aware|would remember|would have noticed|had noticed}',
      ],
      reason: '"As I’m sure you’re aware" reads as a reproach.',
      suggestions: ['As a quick reminder'],
      unless: { sentence: ['{congrats|congratulations|congratulate+}', 'excite+', 'thrilled', 'delighted', 'as promised', 'happy to', 'thank+', 'enjoy+', 'proud', 'i am sure you {will|would|can|could|understand}', 'you are aware of my', 'in case'] },
    },
    {
      patterns: [
        'i am sure you {are|have been|were|must be|must have been|re} [@intens] [very|extremely|incredibly|terribly|awfully|super|so] {busy|swamped|snowed under|inundated|overwhelmed|run off your feet|up to your eyes}',
        'i {know|understand|appreciate|realise|realize|get} [that] you {are|have been|were|must be} [@intens] [very|extremely|incredibly|terribly|awfully|super|so] {busy|swamped|snowed under|inundated|overwhelmed}',
      ],
      alone: true,
      reason: 'A pointed "I’m sure you’re very busy" reads as a reproach.',
    },
    {
      patterns: [
        'i am sure you {are|have been|were|must be|must have been} [@intens] [very|extremely|incredibly|terribly|awfully|super|so] {busy|swamped|snowed under|inundated|overwhelmed|run off your feet|up to your eyes}',
        '[you are|we are|everyone is|we all are|you all are] [very|probably|clearly|obviously] {busy|swamped|inundated|snowed under|flat out} [*] [*] {we all are|we are all|everyone is|are we not all|as are we all|so am i|so are we|as am i|i am too|i am busy too|i am also busy|so is everyone|like the rest of us|we all have jobs}',
      ],
      reason: 'A pointed "I’m sure you’re very busy" reads as a reproach.',
      requires: ['but', 'however', 'yet', 'still', 'again', '@ordinal', 'too busy', 'even', 'a {reply|response|one line|quick|short|simple}', 'one line', 'at least', 'would have been nice', 'would be nice', 'courtesy', 'have not heard', 'no {reply|response|word|answer|update}', 'it {has|is} been @span', '@span {now|already|and}', 'been @span', 'we all are', 'we are all', 'everyone is', 'are we not all', 'as are we all', 'so am i', 'so are we', 'as am i', 'i am too', 'like the rest of us', 'we all have jobs'],
      unless: { sentence: ['no rush', 'no hurry', 'no pressure', 'whenever', 'at your convenience', 'when you {can|get a chance|have a moment|have time}', 'understand completely', 'completely understand', 'totally understand', 'i wanted to', 'just wanted to', 'i would love', 'i would like', 'could you', 'would you', 'hope', 'launch', 'conference', 'season', 'this time of year', 'quarter', 'end of'] },
    },
    {
      patterns: [
        '{resend+|re send+|re-send+} {it|them|this|that|everything|my *|the *|my * *|the * *} [to you] [*] again',
        '{let me know|tell me} if you {need|want|would like} me to {resend|re send} *** {again|once more|one more time|yet again|once again}',
        '{let me know|tell me} if you {need|want|would like} me to {send|forward} *** {a third time|a fourth time|yet again|once again|for the @ordinal time}',
      ],
      reason: 'Offering to resend it again reads as a reproach.',
      unless: { sentence: ['in case', 'happy to', 'glad to', 'format', 'pdf', 'version', 'as a link', 'if it did not', 'if it didn t', 'did not come through', 'spam', 'junk', 'bounced', 'attachment did not', 'wrong', 'corrupt', 'updated', 'corrected', 'new version', 'latest version', '{apology|apologies|apologise+|apologize+}', 'sorry', 'my mistake', 'my fault', 'typo', 'broken', 'expired', 'lost it', 'misplaced'] },
    },
    {
      patterns: [
        '{before|beforehand|in advance|ahead of time|ahead of} *** {not|rather than|instead of} {after|afterwards|afterward|after the fact|on the day|at the last minute|last minute|the night before|the morning of}',
        '{going forward|moving forward|in future|in the future|next time|from now on|for next time} [*] [*] {please|kindly|i would ask you to|i would ask that you} {remember|try to|be sure to|double check|check|make an effort|actually|at least|bother|have the courtesy|extend the courtesy|give me|give candidates|let me know before|let me know in advance|tell me before|inform me before|copy me|include me|cc me|keep me in the loop|keep me informed|keep me updated|reply|respond|confirm|read}',
      ],
      reason: '"Going forward, please…" reads as a reproach.',
      requires: ['before', 'beforehand', 'in advance', 'ahead', 'not after', 'instead of', 'rather than', 'actually', 'at least', 'courtesy', 'bother', 'remember', 'double check', 'make an effort', 'this time', 'for once', 'again', 'last time', 'as {well|promised}'],
      unless: { sentence: ['sorry', '{apology|apologies|apologise+|apologize+}', 'my mistake', 'my fault', 'i should have', 'happy to', 'feel free', 'do not hesitate', 'thank+', 'if possible'] },
    },
    {
      patterns: [
        'kindly {advise|confirm|update|respond|reply|revert|provide|let me know|acknowledge|ensure|note|share|send|explain|clarify|tell|inform|get back}',
        '{please|kindly} {advise|confirm|update me|revert|provide|let me know|acknowledge|explain|clarify|tell me|inform me|get back to me} *** {you promised|promised|as promised|as agreed|you said you would|you committed to}',
      ],
      reason: 'A pointed "kindly advise" reads as a reproach.',
      requires: ['you promised', 'promised {me|to}', 'supposed to', '@span ago', 'still', 'again', 'yet again', 'once again', 'already', 'as {requested|agreed|discussed} {twice|# times|several times|repeatedly|more than once|previously|before|earlier|last week|last month}', 'outstanding', 'overdue', '@ordinal', 'at last', 'finally', 'at your earliest convenience as', 'without further delay', 'no further delay', 'once and for all', 'have not {heard|received|had}', 'has not {been|arrived}', 'never {arrived|came|received}', 'by now', 'at least'],
      unless: { sentence: ['sorry', '{apology|apologies|apologise+|apologize+}', 'as promised i', 'i promised', 'i had promised', 'my mistake', 'my fault', 'thank you for your patience'] },
    },
    {
      patterns: [
        '{so|or so} i {am|was|have been|had been} {told|led to believe|informed|assured|given to understand}',
        'or so {you|they|your *|the *|he|she|it} {say|said|claim|claimed|keep telling me|keeps telling me|tell me|told me}',
        'so {you|they|your *|the *|he|she} {say|said|claim|claimed|keep saying|keeps saying|keep telling me|keeps telling me|tell me|told me}',
      ],
      reason: '"So I’m told" reads as a reproach.',
      requires: ['decision', 'decided', 'ago', 'already', 'weeks', 'months', 'filled', 'someone else', 'internal', 'soon', 'next week', 'any day', 'shortly', 'in the {pipeline|post|mail}', 'on its way', 'processing', 'review', 'reviewing', 'promised', 'or so', 'before i', 'without', 'nobody', 'no one', 'never', 'still', 'again'],
      unless: { sentence: ['{congrats|congratulations|congratulate+}', 'excite+', 'thrilled', 'delighted', 'great {place|team|company|culture}', 'love+', 'enjoy+', 'best {coffee|team|place}', 'thank+', 'happy to', 'to ask', 'the person to', 'the right person', 'you are the', 'you might be', 'you may be', 'hiring'] },
      start: false,
    },
    {
      patterns: [
        'if it is not too much {trouble|to ask|bother|of a bother|of an imposition|hassle|effort|work}',
        'if it {would not be|is not|wouldn t be} too {much|difficult|hard|taxing|much trouble|much effort|much work}',
        'if {someone|anyone|somebody|you|someone there|anybody|your team} {could|would|can|might} [actually|even|just|possibly|please] {be bothered|bother|find the time to|take a minute to|spare a minute to|spare a moment to|take a moment to|manage to|remember to|spare the time to|trouble yourself to}',
        '{could|would|can|couldn t|can t|could not|can not|did not|didn t} [even] be bothered to',
        'be bothered to {update|reply|respond|answer|let|tell|send|read|call|email|write|get back|inform|acknowledge|follow up|check|look}',
      ],
      reason: 'Polite wording that carries a reproach reads as passive-aggressive.',
      requires: ['actually', 'finally', 'at least', 'this time', 'for once', 'even', 'bother+', 'bothered', 'courtesy', 'manage to', 'remember to', 'spare', 'trouble yourself', 'still', 'again', '@ordinal', 'by now', 'find the time'],
      unless: { sentence: ['could you', 'would you', 'maybe', 'perhaps', 'possibly', 'sorry', '{apology|apologies|apologise+|apologize+}', 'i could not be bothered', 'i can not be bothered', 'i was not bothered', 'i am not bothered', 'not bothered by', 'no rush', 'whenever', 'feel free', 'i would be grateful', 'i would really appreciate', 'thank you so much', 'many thanks'] },
    },
    {
      patterns: [
        'some of us [do|did] {actually|still|really|genuinely|do|did|even} {have|had|need|needed|work|worked|read|reply|replied|respond|responded|answer|answered|care|cared|value|valued|bother|bothered|show|showed|turn up|turned up|prepare|prepared|plan|planned|take|took|keep|kept|try|tried|manage|managed|follow|followed}',
        'some of us {have|had|need|needed} {other|real|actual|bills|jobs|lives|families|deadlines|commitments|options|offers|mortgages|rent|kids|children|a life|lives to live|day jobs|things to do|better things}',
        'some of us {do not|can not|could not|did not} {have|afford|get|enjoy|wait|sit}',
        'some of us {work|have to work|need to work|need to eat|need to pay|have to pay|have to plan|need to plan|have to eat} [for a living]',
        'some people {might|would|may|could|will} {consider|find|call|think|say|see|regard|view} {it|that|this|such} [@intens] [a bit|rather|quite|slightly] {rude|unprofessional|disrespectful|inconsiderate|impolite|discourteous|careless|a bit much|insulting|odd|strange|poor form|bad form|bad manners|poor manners|thoughtless|unkind|dismissive|callous|unacceptable|disappointing}',
        'some {people|companies|employers|recruiters|firms|organisations|organizations|hiring managers|interviewers} {actually|still|at least|even|really|do|manage to|bother to|take the time to|make the effort to|have the decency to|have the courtesy to} [actually|still|even] {reply|respond|answer|bother|send|give|read|let|take|manage|get back|write back|call back|follow up|keep|treat|value|show|say}',
        'other {companies|employers|recruiters|firms|organisations|organizations|hiring managers|interviewers} {actually|at least|even|still|manage to|bother to|take the time to|make the effort to|have the decency to|have the courtesy to|somehow} [actually|still|even] {reply|respond|answer|bother|send|give|read|let|take|manage|get back|write back|call back|follow up|keep|treat|value|show|say|find}',
      ],
      reason: '"Some of us…" reads as a pointed comparison.',
      unless: { sentence: ['sorry', '{apology|apologies|apologise+|apologize+}', 'genuinely', 'sincerely', 'from the {bootcamp|cohort|course|team|meetup|group|class|conference}', 'my {colleagues|classmates|cohort|friends|former colleagues}', 'in my {cohort|class|team|group}'] },
    },
    {
      patterns: [
        'no {worries|problem|problems|bother|biggie|big deal|stress} [at all] [then] i will [just] {rearrange|reschedule|cancel|change|move|take|wait|sit|keep|rework|redo|drive|miss|lose|eat|cover|send|resend|call|give up|clear|shuffle|drop|turn down|decline|tell|explain|ask|find|figure|sort|work around|do|start|fix|chase|follow up|check|pay|travel|book|rebook|take another|use}',
        'no {worries|problem|bother} [at all] {it is|it was|that is} not like {i|my|we|anyone}',
        '{do not|no need to} worry about {me|my time|my schedule|my plans|it} [*] i will [just] {rearrange|reschedule|cancel|change|move|take|wait|keep|redo|drive|miss|lose|eat|cover|give up|clear|shuffle|drop|figure|sort|work around}',
      ],
      reason: 'A martyred "no worries, I’ll just…" reads as a reproach.',
      requires: ['again', 'whole', 'entire', 'all over', 'another', 'yet', 'once more', 'as usual', 'as always', 'i guess', 'i suppose', 'myself', 'not like', 'like always', 'third', 'second', 'fourth', '@ordinal', 'for the', 'somehow'],
      unless: { sentence: ['sorry', '{apology|apologies|apologise+|apologize+}', 'genuinely', 'sincerely', 'happy to', 'glad to', 'my fault', 'my mistake', 'thank+', 'easy', 'no trouble', 'not a problem', 'works for me', 'works just as well'] },
    },
    {
      patterns: [
        'i am sure {you|they|your *|the *|he|she|there|the team|the panel|your team} {had|have|has|were|was|are} {your|their|his|her|its|their own|your own|its own|his own|her own} reasons',
        'i am sure {you|they|your *|the *|he|she} {had|have|has} [@intens] {a reason|reasons|your reasons|their reasons|its reasons} for {not|never|ignoring|ghosting|cancelling|canceling|taking|keeping|leaving|changing|waiting|withdrawing|pulling|rescinding|dropping|going silent|the silence|the delay|the wait|the radio silence}',
      ],
      reason: '"I’m sure you had your reasons" reads as a reproach.',
      unless: { sentence: ['i respect', 'i understand', 'completely understand', 'totally understand', 'of course', 'i appreciate', 'thank+', 'no hard feelings', 'fully understand', 'that is fair', 'entirely understand', 'good reasons', 'valid reasons'] },
    },
    {
      patterns: [
        '{@span|#} and counting',
        '{@count|#} {reminders|follow ups|follow-ups|emails|messages|calls|voicemails|attempts|chasers|nudges} and counting',
        '{still|yet} nothing',
        'still no {word|reply|response|news|answer|update|feedback|acknowledgement|acknowledgment|contract|offer letter|paperwork|confirmation|call|email|sign of}',
        'with no {update|reply|response|word|answer|news|feedback|acknowledgement|acknowledgment|follow up|follow-up|call|explanation|sign of}',
        'without {a|any|a single|one} {update|reply|response|word|answer|news|feedback|acknowledgement|acknowledgment|peep}',
        'just so you know',
        'for the record',
        'in case you were wondering',
        'in case you are wondering',
        'in case you lost count',
        'not that i am counting',
        'but who is counting',
      ],
      reason: 'Counting the days of silence reads as a reproach.',
      requires: ['{it has|it is|it has now|it is now|that is|now|already|over|more than|nearly|almost|a full|a whole} [been] @span', '@span since', '@span {now|already|later|on|ago}', '@span and counting', 'since {my|i|your|we|the|our|you|last}', '{#|@count} {reminders|follow ups|follow-ups|emails|messages|calls|voicemails|attempts|chasers|nudges}', '@ordinal', 'again', 'still nothing', 'yet nothing'],
      unless: { sentence: ['sorry', '{apology|apologies|apologise+|apologize+}', 'genuinely', 'sincerely', 'no rush', 'no hurry', 'understand', 'i know', 'holiday', 'holidays', 'busy {period|season|time}', 'hope you are well', 'hope you had', 'i wanted to', 'just wanted to', 'i would love', 'i would like', 'still {very|really|keen|excited|interested|very interested}', 'excite+', 'look+ forward', 'thank+'] },
    },
    {
      patterns: [
        'i have {said|mentioned|stated|explained|told you|written|asked|answered|covered|confirmed|sent|provided|given you} {this|that|it|them|the same} [now] [already] {twice|three times|# times|several times|many times|multiple times|more than once|repeatedly|a few times|before|already|a couple of times}',
        '{happy|glad|willing|more than happy} to repeat myself',
        'at the risk of repeating myself',
        '{let me|i will|allow me to} [just] repeat [myself|it|this|that] [again|once more|one more time]',
        '{once more|one more time|again} for the {people|folks|ones} in the back',
        'i will say it again',
        '{sorry|apologies|i apologise|i apologize} if i {was not|wasn t} clear {the first time|the first two times|the first few times|the first @count times|the last time|before|earlier|in my {last|previous|earlier|first} @doc|the other @count times}',
        '{apparently|evidently|clearly|obviously} i {was not|wasn t|have not been|had not been} clear [enough]',
        'the first {@count|couple of|couple|few} times',
        'the {other|previous|last} {@count|couple of|few} times',
      ],
      reason: 'Pointing out that you have said it before reads as a reproach.',
      requires: ['said', 'say', 'mention+', 'state+', 'explain+', 'told', 'written', 'wrote', 'asked', 'answer+', 'cover+', 'confirm+', 'sent', 'send', 'provide+', 'given', 'clear', 'repeat+', 'people in the back', 'folks in the back', 'again', 'already', 'twice'],
      unless: { sentence: ['in case', 'spam', 'junk', 'bounced', 'did not come through', 'i forgot', 'my mistake', 'typo', 'first {two|few|couple of} times i {visited|applied|went|met|tried|saw}', 'interview+', 'rounds', 'happy to {help|clarify|chat|explain|go over|walk}'] },
    },
    {
      patterns: [
        '{i will|i guess i will|i suppose i will|i will just|i will keep|i guess i will just|i suppose i will just|i will just keep} [keep] {wait|waiting|sit here|be here|sit tight|keep waiting|keep checking|keep refreshing|refresh my inbox|check my inbox|sit by the phone} [then] [here] {i guess|i suppose|then i guess|then i suppose|as usual|as always|like always|forever|indefinitely}',
        'i {guess|suppose} i will [just] {keep waiting|keep checking|keep refreshing|refresh my inbox|sit by the phone|hold my breath|never hear}',
        '{i will|i am} not {hold|holding} my breath',
        'i will [just] {hold my breath|twiddle my thumbs|sit by the phone|keep refreshing my inbox|keep checking my inbox}',
        'i {guess|suppose} i {will|should} [just] {take the hint|get the hint|get the message|take that as a no|move on then|stop asking|stop bothering you|stop emailing|stop writing}',
      ],
      reason: 'A resigned "I’ll wait, I guess" reads as a reproach.',
      unless: { sentence: ['sorry', '{apology|apologies|apologise+|apologize+}', 'genuinely', 'sincerely', 'excite+', 'thrilled', 'eager+', 'cannot wait', 'can not wait', 'look+ forward', 'fingers crossed', 'snow', 'rain', 'weather', 'traffic', 'train', 'trains', 'strike', 'storm', 'for the {snow|rain|weather|traffic|storm|strike} to'] },
    },
    {
      patterns: [
        '{slipped|fell|falls|slip|fall|falling|slipping|slips|gone|went|got lost|gets lost|getting lost|get lost|lost|buried|disappeared|vanished} {through the cracks|down the cracks|in the shuffle|in the mix|in your inbox|in the system|in the void|into the void|into a black hole} {again|once again|yet again|like|as well|too|twice|a second time|a third time|as usual|as always}',
        '{must have|must ve|might have|may have|probably|i assume it|i assume they|i suppose it|i guess it} {slipped|fallen|gotten lost|got lost|been lost|gone missing|disappeared|vanished|been buried|been missed|gone astray} *** {again|too|as well|like {my|the} {last|previous|other|first|earlier}|once again|yet again|a second time|a third time|as usual|as always}',
        'like my {last|previous|other|earlier|first} [{@count|#}] {@doc|emails|messages|notes|letters|applications|follow ups|follow-ups|voicemails|calls|requests|reminders} [did|have|had]',
      ],
      reason: 'Hinting that your messages keep getting lost reads as a reproach.',
      requires: ['cracks', 'shuffle', 'mix', 'lost', 'buried', 'missed', 'ignored', 'disappear+', 'vanish+', 'void', 'black hole', 'missing', 'astray', 'unanswered', 'no {reply|response|answer}', 'nowhere', 'nothing'],
      unless: { sentence: ['sorry', '{apology|apologies|apologise+|apologize+}', 'my mistake', 'my fault', 'i lost', 'i forgot', 'i missed', 'i misplaced', 'spam', 'junk', 'in case', 'wrong address', 'typo'] },
    },
    {
      patterns: [
        '{interesting|funny|curious|odd|strange|telling|revealing|notable|noteworthy|intriguing|surprising} {that|how|to see|to note|to notice|that the|to learn|to find}',
      ],
      start: true,
      requires: ['contradict+', 'told me {on|at|in|during|the}', 'said {on|at|in|during} the', 'does not match', 'differs from', 'different from what', 'still {posted|live|on|up|open|advertised|listed|active|showing}', '{when|after|since|although|though|even though|given that} you {told|said|assured|informed|promised}', '{when|after|since|although|though|even though|given that} {i was told|i had been told|i was informed|i was assured}', 'found time', 'had time', 'but not', 'but never', 'but no', 'yet no', 'yet not', 'yet never', 'the moment', 'as soon as', 'right after', 'only after', 'once i', 'suddenly', 'reposted', 're posted', 'readvertised', 're advertised', 'back up', 'internal candidate', 'the day after', 'the week after'],
      unless: { sentence: ['sorry', '{apology|apologies|apologise+|apologize+}', 'genuinely', 'sincerely', 'enjoy+', 'love+', 'small world', 'thank+', 'learn+ more', 'excite+'] },
      reason: 'A pointed "interesting that…" reads as a reproach.',
    },
    {
      patterns: [
        '{checking|following|circling|reaching|writing|chasing|nudging|bumping} {in|up|back|out|this|} again',
        '{checking|following|circling|reaching|writing|chasing} {in|up|back|out} [on this|on my application|on my email] {for the @ordinal time|a @ordinal time|as i have not|since i have not|since i still|as i still|because i still|because i have not}',
      ],
      reason: 'A pointed repeat follow-up reads as a reproach.',
      requires: ['@span', 'still', 'no {update|reply|response|word|answer|news}', 'not heard', 'have not {heard|received|had}', 'nothing', 'nobody', 'no one', '@ordinal', 'yet', 'once more', 'one more time'],
      unless: { sentence: ['sorry', '{apology|apologies|apologise+|apologize+}', 'genuinely', 'sincerely', 'no rush', 'no hurry', 'no pressure', 'i know', 'understand', 'excite+', 'still {very|really|keen|excited|interested|very interested}', 'hope you are well', 'hope you had', 'look+ forward', 'thank+'] },
    },
    {
      patterns: [
        '{not sure|no idea|i do not know|i wonder|i am not sure|unsure} why i [even|still] {bother|keep {trying|writing|emailing|following up|chasing|applying|bothering|asking}}',
        'why {do|should|would|did} i [even] bother',
        'why i [even] bother',
      ],
      reason: 'A resigned "why do I even bother" reads as a reproach.',
      unless: { sentence: ['{apology|apologies|apologise+|apologize+}', 'sorry'] },
    },
    {
      patterns: ['i {guess|suppose} i will [just] {wait|sit tight|sit here|be here|keep waiting} [then|here|some more|a bit longer|longer|forever]'],
      end: true,
      reason: 'A resigned "I’ll wait, I guess" reads as a reproach.',
    },
    {
      patterns: ['but {evidently|apparently|clearly|obviously|seemingly} not'],
      end: true,
      reason: 'A pointed "but evidently not" reads as a reproach.',
      requires: ['i was under the impression', 'we {had|have} agreed', 'we agreed', 'you said', 'you told me', 'you promised', 'you assured me', '{was|were} supposed to', 'i was {told|promised|assured|led to believe}', 'as agreed', 'i had hoped', 'i would have thought', 'one would think', 'you would think'],
      unless: { sentence: ['sorry', '{apology|apologies|apologise+|apologize+}', 'my mistake', 'my bad', 'silly me', 'i may have', 'i might have', 'misread', 'misunderstood'] },
    },
    // Families from the t2 second batch.
    {
      patterns: [
        '[as] per my {@count|#|several|both|couple of|few} [last|previous|earlier|prior] {emails|messages|notes|letters|calls|voicemails|follow ups}',
        '[as] per my {last|previous|earlier|prior} {@count|#|several|couple of|few} {emails|messages|notes|letters|calls|voicemails|follow ups}',
        '[as] per my {@doc|emails|messages} {last|this|yesterday|earlier|on|from|of|dated|sent|a few|two|three|the other|over|more than|nearly|back in|in|two weeks|three weeks|a week|a month}',
        'as i {said|mentioned|stated|explained|told you|wrote|noted} *** {and again|and also in|and in my|and then again|twice|both my|both of my|both {emails|messages|calls|voicemails|notes|letters|follow ups}}',
        'as {discussed|agreed|confirmed|mentioned|stated} [*] [*] and [again] as {confirmed|agreed|stated|discussed|mentioned|noted|set out|documented}',
        '{and|also|as} {confirmed|agreed|stated|documented|set out|specified} in writing',
      ],
      reason: '"Per my email" reads as "you didn’t read it".',
      unless: { sentence: ['as promised', 'happy to', 'feel free', 'excite+', 'delighted', 'thrilled'] },
    },
    {
      patterns: [
        '{response|reply|answer|update|acknowledgement|acknowledgment|call back|callback|decision} {this time|for once|this time around|at some point|at all|eventually|before christmas|sometime this year|this year}',
        'i have [now|already] {asked|requested|enquired|inquired|chased|raised this|requested this|asked this|asked about this|asked for this|asked for it|requested it|followed up} {# times|@count times|twice|several times|multiple times|many times|repeatedly|more than once|a few times|a number of times|three separate times|on @count occasions|on # occasions}',
        '{hopefully|maybe|perhaps|ideally} {you|someone|somebody|your team|they} {will|can|could|might|would} [*] [*] {have a chance|get a chance|find time|find the time|get around|manage|get to it|look at it|look at my|read it|read my|reply|respond} *** * before {the role|the position|the job|it|the vacancy|the opening|the post|the deadline|the start date} *** {filled|closed|gone|taken|passes|passed|over}',
        '{your|my} {obviously|clearly|evidently|apparently|oh so|so very} [very|so|extremely|incredibly] {valuable|precious|important|busy|full} {time|schedule|day|diary|calendar|inbox}',
        'any more of your [obviously|clearly|evidently|apparently|oh so|so very] [very|so|extremely] {valuable|precious} time',
      ],
      reason: 'Polite wording that carries a reproach reads as passive-aggressive.',
      unless: { sentence: ['sorry', '{apology|apologies|apologise+|apologize+}', 'as promised', 'feel free', 'no rush', 'in case', 'thank you for your {valuable|precious} time'] },
    },
    {
      patterns: [
        '{my|the|our} {@doc|emails|messages|notes|follow up|follow ups|application|applications} {just|probably|must have|must ve|simply|only|clearly|obviously|apparently} {got|gets|been|was|were|went|has been|have been|keeps getting|keep getting} {buried|lost|missed|overlooked|misplaced|ignored|deleted|binned|forgotten|lost in the shuffle|lost in the mix|straight to the bin|into the bin|into a black hole}',
        'i {assume|take it|gather|suppose|guess} no news is {bad|not good} news',
        'not sure what else {i can|i could|to} {do|say|try|write}',
        'i will [just] {keep|continue} {waiting|to wait|hoping|to hope|checking|refreshing|chasing}',
        '{should|shall} i {continue|keep} {to wait|waiting|holding on|hoping} or {move on|look elsewhere|give up|stop|assume|take the hint}',
        '{stop|continue} {waiting|to wait} or {move on|look elsewhere|give up}',
      ],
      reason: 'Polite wording that carries a reproach reads as passive-aggressive.',
      requires: ['i am sure', 'i assume', 'i suppose', 'i guess', 'i gather', 'i take it', 'no doubt', 'probably', 'just', 'must', 'clearly', 'obviously', 'apparently', 'news', 'what else', 'at this point', 'but', 'then', 'forever', 'patiently', 'indefinitely', 'or move on', 'or look elsewhere', 'or give up', 'or stop', 'or assume', 'or take the hint', 'again', '@span'],
      unless: { sentence: ['sorry', '{apology|apologies|apologise+|apologize+}', 'resend+', 'spam', 'junk', 'in case', 'attached', 'here it is', 'excite+', 'thank+', 'look+ forward', 'happy to', 'hope you are well', 'keen', 'still {very|really} interested', 'i forgot', 'my mistake', 'my fault', 'i misplaced', 'i lost', 'no rush', 'no hurry'] },
    },
    {
      patterns: [
        '{no rush|no hurry|no pressure|take your time|no worries|whenever} *** {it is|it has|that is} {only|just|merely} been {a month|a whole month|a full month|over a month|more than a month|@count months|three weeks|four weeks|five weeks|six weeks|seven weeks|eight weeks|forever|ages|a year|half a year|an eternity|a lifetime}',
        '{it is|it has|that is} {only|just|merely} been {a month|a whole month|a full month|over a month|more than a month|@count months|three weeks|four weeks|five weeks|six weeks|seven weeks|eight weeks|forever|ages|a year|half a year|an eternity|a lifetime}',
      ],
      reason: 'A mock "no rush, it’s only been a month" reads as a reproach.',
      requires: ['no rush', 'no hurry', 'no pressure', 'take your time', 'no worries', 'whenever', 'of course', 'i guess', 'after all', 'what is another'],
      unless: { sentence: ['sorry', '{apology|apologies|apologise+|apologize+}', 'since i started', 'since i joined', 'in the role', 'in my role', 'at my {job|company|current}', 'learn+'] },
    },
    {
      patterns: [
        'i {suppose|guess} {that|this|your silence|the silence|silence} {answers|settles|says|tells me|speaks|is} {my question|it|that|everything|all i need to know|the question|enough|my answer|an answer|the answer|volumes}',
        '{your|the} silence {says|speaks|tells me|answers|is} {it all|volumes|everything|enough|my question|all i need to know|an answer|the answer|loud and clear}',
        '{that|which|this} {speaks|says} volumes',
        'i will stop {wasting|taking up|bothering|bugging|pestering|emailing|writing to|chasing|troubling} {your time|you}',
        'i will not {waste|bother|trouble|pester} {any more of|any more|more of} [your] [obviously|clearly] [valuable|precious] {your time|time|you}',
        'i will not take up {any more of|more of} your {obviously|clearly|evidently|apparently|oh so|so very} [very|so|extremely] {valuable|precious|important} time',
        '{i|i will} {stop|not} {bother|bothering} you {again|any more|anymore|further}',
        '{i|we} {suppose|guess} i should have {known|expected|guessed|predicted|seen} {as much|that|better|it|this}',
        '{should have|should ve|could have|might have} {expected|known|guessed|predicted} as much',
        'do not {worry|bother} about {replying|responding|answering|getting back|writing back|calling back|reply|it}',
        '{figured|worked|sorted|found} it out {myself|on my own|by myself|without you|without your help|elsewhere}',
      ],
      reason: 'A resigned jab reads as passive-aggressive.',
      requires: ['suppose', 'guess', 'silence', 'volumes', 'stop wasting', 'stop taking up', 'stop bothering', 'stop bugging', 'stop pestering', 'stop emailing', 'stop writing', 'stop chasing', 'stop troubling', 'not waste', 'not take up', 'not bother', 'not trouble', 'not pester', 'any more', 'anymore', 'as much', 'myself', 'on my own', 'by myself', 'without you', 'without your help', 'elsewhere', 'anyway', 'already', 'never mind', 'forget it'],
      unless: { sentence: ['sorry', '{apology|apologies|apologise+|apologize+}', 'thank+', 'genuinely', 'sincerely', 'glad', 'happy', 'excite+', 'no problem', 'today', 'tonight', 'this weekend', 'until', 'before monday', 'till', 'i learned', 'i learnt', 'lesson'] },
    },
    {
      patterns: [
        '{which|and that|that} {was|is now|is|was now} [now|already|over|more than|nearly|almost|well over] {@span|#} ago',
        '{which|and that} {was|is} [now|already] {@span|a while|some time|a long time|ages} ago',
      ],
      reason: 'Counting the days of silence reads as a reproach.',
      requires: ['told', 'promised', 'said', 'supposed', 'expected', 'would hear', 'hear back', 'get back', 'by {monday|tuesday|wednesday|thursday|friday|saturday|sunday|the end|end of|next|last|this}', 'assured', 'guaranteed', 'deadline', 'was due', 'were due'],
      unless: { sentence: ['sorry', '{apology|apologies|apologise+|apologize+}', 'i started', 'i joined', 'i graduated', 'i moved', 'i finished', 'i left', 'my last day', 'i was told by', 'thank+', 'i thought i would', 'just checking', 'wanted to check', 'check in', 'checking in'] },
    },
    {
      patterns: [
        '{as|since|because|given that|seeing as} you {may|might|must|seem to|appear to|evidently|clearly|apparently} [have] {missed|overlooked|ignored|not seen|not read|skipped} my',
        '{copying|cc ing|ccing|cc|copy|looping|adding} {your|the} {manager|boss|director|supervisor|line manager|ceo|head of *|superior|team lead|hr director} [in|on this|into this thread]',
      ],
      reason: 'Hinting that they ignored you, or escalating over their head, reads as a reproach.',
      unless: { sentence: ['as you suggested', 'as requested', 'as you asked', 'per your request', 'at your request', 'as discussed', 'for visibility as', 'sorry', '{apology|apologies|apologise+|apologize+}', 'in case it is useful', 'who asked', 'she asked', 'he asked'] },
    },
    // Families from the t2 third batch.
    {
      patterns: [
        'you {said|promised|told me|assured me|mentioned|wrote|confirmed|indicated} [that] you {would|had|were going to|would be able to} {get back|reply|respond|call|email|send|let me know|follow up|be in touch|have an answer|update|decide|confirm|have news|have a decision}',
        'you {said|promised|told me|assured me|mentioned|wrote|confirmed|indicated} i {would|should|would be able to} {hear|have|get|receive} [back|an answer|a decision|news|the contract|the offer|feedback]',
      ],
      reason: 'Holding them to a missed promise reads as a reproach.',
      requires: ['last {monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|month}', 'yesterday', 'ago', 'reminder', 'still', 'never', 'but {i|it|nothing|no|have not|that|this}', 'which was', 'and yet', 'yet', 'already passed', 'has passed', 'came and went', 'been @span'],
      unless: { sentence: ['sorry', '{apology|apologies|apologise+|apologize+}', 'no rush', 'no worries', 'understand', 'i know', 'hope you are well', 'hope you had', 'holiday', 'holidays', 'excite+', 'look+ forward', 'keep an eye out', 'just checking', 'checking in', 'check in', 'wanted to check', 'wanted to follow up', 'whether anything'] },
    },
    {
      patterns: [
        '{may|might|must|clearly|obviously|evidently|apparently|probably|likely} {not be|is not|be} {a|much of a|high on your|top of your|low on your|at the bottom of your|very low on your|your} [top|high|main] {priority|list|radar}',
        '{my|this|our} {application|candidacy|email|emails|message|messages|request|case|inquiry|enquiry|follow up} {is|was} {clearly|obviously|evidently|apparently} not {a|much of a|your|high on your} [top|high] priority',
      ],
      reason: 'Implying they do not care reads as a reproach.',
      requires: ['for you', 'to you', 'your', 'i realise', 'i realize', 'i understand', 'i appreciate', 'i know', 'clearly', 'obviously', 'evidently', 'apparently'],
      unless: { sentence: ['sorry', '{apology|apologies|apologise+|apologize+}', 'no rush', 'right now', 'at the moment', 'this quarter', 'this week', 'understandabl+', 'totally fine', 'completely fine'] },
    },
    {
      patterns: [
        'this time [*] {someone|somebody|anyone|you|your team|the team} {could|would|can|might|will} [actually|please|kindly] {confirm|reply|respond|answer|send|tell|let me know|update|call|email|read|get back|acknowledge}',
        '{someone|somebody|anyone|you|your team|the team} {could|would|can|might|will} actually {confirm|reply|respond|answer|send|tell|let me know|update|call|email|read|get back|acknowledge|follow through|show up|turn up|bother}',
      ],
      reason: 'Asking them to "actually" do it this time reads as a reproach.',
      unless: { sentence: ['pdf', 'instead', 'rather', 'sorry', '{apology|apologies|apologise+|apologize+}', 'whether', 'if i should'] },
    },
    {
      patterns: [
        'i have [now|already|since] {sent|written|emailed} [you] {three|four|five|six|seven|eight|nine|ten|#|several|multiple|numerous|countless|a dozen|a number of} {emails|messages|follow ups|follow-ups|reminders|notes|chasers|requests|letters|applications}',
        'many many {follow ups|follow-ups|emails|messages|reminders|chasers|requests|attempts}',
        '{my|these|the} {emails|messages|follow ups|follow-ups|reminders|requests|chasers} {have not|has not|are not|were not|is not|was not} [been] too much {of a burden|trouble|of a bother|of an imposition|to handle|to deal with|for you|of a nuisance}',
      ],
      reason: 'Counting the follow-ups reads as a reproach.',
      unless: { sentence: ['in case', 'spam', 'junk', 'bounced', 'sorry for', '{apology|apologies|apologise+|apologize+} for', 'i know you are', 'different {roles|positions|companies}', 'other companies', 'to {several|multiple|a number of} companies'] },
    },
    {
      patterns: [
        '{assuming|if|provided|presuming|supposing|as long as} {the role|the position|the job|the vacancy|it|the opening|your company|the company|the team|anyone|someone|you|the recruiter|the hiring manager|the post} [still|even|actually] {still exists|still exist|exists|exist|is still alive|are still alive|is alive|are alive|still around|is still around|are still around|even exists|still reads|even reads|still read|even read|still checks|even checks|still works there|still work there}',
      ],
      reason: 'Wondering whether they still exist reads as a reproach.',
      requires: ['still', 'even', 'assuming', 'presuming', 'supposing'],
      unless: { sentence: ['sorry', '{apology|apologies|apologise+|apologize+}', 'genuinely'] },
    },
    {
      patterns: [
        'factor {your|the|this|that} *** into my {decision|thinking|considerations|choice|evaluation|assessment}',
        '{bear|keep|take} {that|this|your *|the *} {in mind|into account|into consideration} {when|as|while} {i|deciding|making my|weighing|i decide|i weigh|considering}',
      ],
      reason: 'Holding their conduct against them reads as a reproach.',
      requires: ['responsiveness', 'silence', 'communication', 'lack of', 'delay', 'delays', 'speed', 'professionalism', 'treatment', 'conduct', 'behaviour', 'behavior', 'courtesy', 'response time', 'how you', 'how i was'],
      unless: { sentence: ['thank+', 'appreciate+', 'great', 'excellent', 'positive', 'impress+', 'enjoy+'] },
    },
    {
      patterns: [
        '{a simple|a quick|a short|a brief|one|a one line|a two line|a single|just a} {email|reply|response|message|note|line|no|yes or no|call|text|courtesy email} would {suffice|do|be enough|have sufficed|have done|have been enough|be appreciated|be nice|be courteous|be polite|have been appreciated|have been nice|have been polite|have been courteous}',
      ],
      reason: 'Spelling out the minimum courtesy reads as a reproach.',
      requires: ['if you have', 'if you decided', 'if you have decided', 'if the answer', 'if i am not', 'if i was not', 'if you are not', 'if you went', 'if you chose', 'another way', 'another direction', 'someone else', 'not moving forward', 'would have', 'no longer', 'not interested', 'not successful', 'unsuccessful'],
      unless: { sentence: ['sorry', '{apology|apologies|apologise+|apologize+}', 'no need for', 'instead of a call', 'rather than a call', 'no call'] },
    },
    {
      patterns: [
        '{whenever|when|if} {it is|it suits|you find it|you have a moment|you get a chance|you can be bothered|you find the time|it works} [*] [*] [*] {for you|for your team} [*] of course',
        '{whenever|when|if} it is convenient for you of course',
      ],
      end: true,
      reason: 'A pointed "whenever it suits you, of course" reads as a reproach.',
    },
    {
      patterns: [
        '{take|taking|took|taken|treat|treating|read|reading} {that|this|it|your silence|the silence|silence|no reply|no response|no answer|no news|the lack of {reply|response|answer|news}|your lack of {reply|response|answer}} as {my answer|an answer|the answer|your answer|a response|my cue|the hint|a hint|confirmation|a message|the message|a clear no|a clear answer|a no}',
        'i will [just] go ahead and {take|treat|read} {your silence|the silence|silence|no reply|no response|no answer|no news|that|this|it} as',
        '{i will|i am going to|i am just going to|i shall|i guess i will|i suppose i will} [just] [go ahead and] assume {we are|we will|we re|this is|this will|the process|things|it is|it s|you have|you are|you went|you decided|there is|there will|i will not|i am not|i have not|i did not|i was not|my|that my|the|that the|that we|that you|that it|that i}',
      ],
      reason: 'Reading silence as an answer reads as a reproach.',
      requires: ['silence', 'no reply', 'no response', 'no answer', 'no news', 'lack of', 'no longer', 'not moving forward', 'not proceeding', 'not interested', 'a no', 'the answer is no', 'filled', 'is over', 'dead', 'gone', 'rejected', 'moved on', 'decided', 'not {been|going|getting|hearing|successful}', 'unsuccessful', 'otherwise', 'since i {have not|had not|did not|still have not}', 'my answer', 'an answer', 'the answer', 'my cue', 'the hint', 'a hint', 'clear no'],
      unless: { before: ['in case', 'if'], sentence: ['unless', 'if i do not hear', 'if i have not heard', 'if that is {wrong|not right|incorrect|not the case}', 'if i am wrong', 'correct me', 'let me know if', 'tell me if', 'otherwise let me know', 'please let me know', 'if not', 'compliment', 'for now', 'feel free', 'as agreed', 'as discussed', 'same {time|place|address|link}', 'dress code', 'business casual', 'sorry', '{apology|apologies|apologise+|apologize+}'] },
    },
    {
      patterns: [
        '{just to|to|let me|i will|allow me to|i would like to|i want to|i must} reiterate',
        'i {reiterate|repeat}',
      ],
      reason: '"To reiterate" reads as "you didn’t listen".',
      requires: ['what i {wrote|said|mentioned|stated|explained}', 'my {last|previous|earlier|prior|first} {@doc|emails|messages}', 'last week', 'yesterday', 'again', 'as i', 'already', 'before', 'previously', 'once more', 'once again', 'for the', 'twice', 'not available', 'cannot', 'can not', 'will not', 'not able', 'unable'],
      unless: { sentence: ['excite+', 'thank+', 'grateful', 'enthusias+', 'delighted', 'thrilled', 'keen', 'love+', 'look+ forward', 'interest+ in', 'reiterate my {interest|enthusiasm|excitement|thanks|gratitude|appreciation|commitment|availability|support|eagerness}'] },
    },
    {
      patterns: [
        '{if} {that is|it is|this is|that s|it s} not asking too much',
        '{unless} {that is|it is|this is} asking too much',
        '{if|unless} {that is|it is|this is} too much to ask',
      ],
      reason: '"If that’s not asking too much" reads as a reproach.',
    },
    {
      patterns: [
        '{i am|i have become|i have gotten|i have got|i got|we are|i am quite|i am pretty} [@intens] used to {it|this|that|being|companies|recruiters|employers} [by now|now|at this point|already]',
      ],
      reason: 'A resigned "I’m used to it" reads as a reproach.',
      requires: ['it is fine', 'it s fine', 'that is fine', 'no worries', 'whatever', 'do not worry', 'never mind', 'by now', 'as usual', 'ghost+', 'ignore+', 'reject+', 'silence', 'no {reply|response|answer}', 'nobody', 'no one', 'being {ghosted|ignored|rejected|let down|strung along}'],
      unless: { sentence: ['commute', 'travel+', 'time zone', 'time zones', 'weather', 'early', 'late nights', 'shift', 'shifts', 'remote', 'on call', 'working', 'work with', 'pressure', 'deadlines', 'tools', 'stack', 'codebase', 'feedback', 'sorry', '{apology|apologies|apologise+|apologize+}'] },
    },
    {
      patterns: [
        'forgive me for {assuming|thinking|expecting|believing|hoping|imagining|presuming}',
        '{a company|a firm|an organisation|an organization|a business|an employer|a team} {your size|of your size|like yours|of your stature|of your standing|of your reputation|that size|with your resources} {would|might|could|should} [at least|actually|even] {have|reply|respond|answer|know|care|bother|manage|be able to|send|give|offer|afford|treat|extend|show}',
      ],
      reason: 'Feigned apology that carries a reproach reads as passive-aggressive.',
      requires: ['would have', 'would {reply|respond|answer|know|care|bother|manage|be able|send|give|offer|afford|treat|extend|show}', 'at least', 'basic', 'common courtesy', 'process', 'a company', 'a firm', 'an organisation', 'an organization', 'your size', 'like yours'],
      unless: { sentence: ['sorry', '{apology|apologies|apologise+|apologize+}', 'thank+', 'excite+', 'love+', 'impress+', 'admire+', 'the right person', 'correct person'] },
    },
    {
      patterns: [
        '{hope|trust|wish} {the next|future|your next|other|the other|the new|your future|subsequent|later} {candidate|candidates|applicant|applicants|person|people|hire|hires|interviewee|interviewees} {gets|get|has|have|receives|receive|is treated|are treated|enjoys|enjoy|experiences|experience|finds|find}',
      ],
      reason: 'Hoping others are treated better reads as a reproach.',
      requires: ['better', 'more respect', 'more courtesy', 'more communication', 'than i did', 'than me', 'than i got', 'than i had', 'the courtesy', 'a reply', 'a response', 'feedback'],
      unless: { sentence: ['sorry', '{apology|apologies|apologise+|apologize+}'] },
    },
    {
      patterns: [
        'i know how [@intens] [incredibly|very|terribly|awfully|extremely|insanely] busy you {must be|are|have been|must have been}',
      ],
      reason: 'A pointed nod to how busy they are reads as a reproach.',
      requires: ['again', 'still', '@ordinal', 'yet', 'already', 'once more', 'sorry to bother', 'sorry to chase', 'sorry to nag'],
      unless: { sentence: ['thank+', 'appreciate+', 'grateful', 'no rush', 'no hurry', 'forgot', 'forgotten', 'realised', 'realized', 'attach+'] },
    },
    // Families from the t2 fourth batch.
    {
      patterns: [
        '{checking|making sure|wondering|confirming|check|make sure|see|seeing|just checking} [that|if|whether] {you are|you re|anyone is|someone is|the company is|your company is|the team is|your team is|you guys are|everyone is|anybody is} still {alive|breathing|in business|around|with us|employed|working there|reading|checking|there|out there|in existence}',
        '{still alive|alive and well|still breathing|still in business|still in existence} over there',
        'not to be a {bother|pest|nag|pain|nuisance} but',
        'not to {bother|pester|hassle|chase|badger|nag} you [again] but',
        '{it is|it s|that is|this is} [really|honestly|seriously|genuinely|truly] not {that hard|that difficult|rocket science|complicated|hard|difficult|a big ask|much to ask|too much to ask|a lot to ask|asking much|asking a lot}',
        '{is not|isn t|is hardly|surely is not} {much|a lot|that much|a big ask|asking much|asking a lot|asking too much} to ask',
        '{as|like} i have [been] [doing] for {the past|the last|over|more than|nearly|almost|a good|a whole} [a|@count] {week|weeks|month|months|fortnight|year}',
        '{as|like} i have [already] {done|said|explained|answered|mentioned|sent|provided|asked|written} [it|this|that|them] {@count times|# times|twice|several times|multiple times|many times|more than once|repeatedly}',
      ],
      reason: 'Polite wording that carries a reproach reads as passive-aggressive.',
      requires: ['still', '@span', 'been', 'weeks', 'months', 'again', '@ordinal', 'alive', 'breathing', 'in business', 'existence', 'around', 'with us', 'employed', 'working there', 'out there', 'let me know', 'reply', 'respond', 'answer', 'email', 'either way', 'yes or no', 'update', 'tell me', 'a simple', 'a quick', 'a two minute', 'a one line', 'ask', 'times', 'twice', 'more than once', 'repeatedly'],
      unless: { sentence: ['sorry', '{apology|apologies|apologise+|apologize+}', 'genuinely', 'sincerely', 'get to the office', 'to get to', 'to find', 'train', 'bus', 'parking', 'directions', 'happy to help', 'thank+', 'still the right', 'still available', 'still interested', 'still keen'] },
    },
    {
      patterns: [
        '{treated|spoken to|talked to|addressed|dealt with|handled} {like|as} {an adult|a human|a human being|a person|a professional|an actual person|a grown up|adults|humans|professionals|human beings|people|an equal}',
        '{candidates|applicants|people|job seekers|interviewees|anyone} {deserve|deserves|should get|should receive|are owed|is owed|merit} {a reply|a response|an answer|feedback|the courtesy|better|respect|closure|to know|to hear|basic|at least|common courtesy|some|an update|the truth|honesty}',
        '{call me|maybe i am|perhaps i am|i guess i am|i suppose i am|i may be|i might be} old fashioned but',
        '{a reply|a response|an answer|feedback|a decision|an update|a simple no|a no|an email|a rejection} {should not|shouldn t|should never|does not need to|need not|really should not|should hardly} take {@span|this long|so long|months|weeks|forever|ages|that long}',
      ],
      reason: 'Polite wording that carries a reproach reads as passive-aggressive.',
      unless: { after: ['to', 'for'], sentence: ['sorry', '{apology|apologies|apologise+|apologize+}', 'genuinely', 'sincerely', 'appreciate+', 'thank+', 'felt', 'love+', 'enjoy+', 'which is why', 'i prefer', 'i still prefer', 'phone call', 'in person', 'handwritten', 'my mistake', 'my fault', 'my bad', 'i missed the {part|bit} where you said it was', 'i agree'] },
    },
    {
      patterns: [
        '{still waiting|still here|still hoping|still no word|still nothing|still no reply|still no news|still no update} *** {no pressure|no rush|no hurry|no worries|take your time|whenever|but no pressure|but no rush}',
        '{this|my} {email|message|note|one|follow up|reminder} {will|is going to|might|may|would|is likely to|will likely} [probably|likely|undoubtedly|no doubt|also|just] {get lost|be lost|be ignored|go unanswered|disappear|vanish|go unread|end up in the bin|get buried|be deleted|get deleted|get binned|be binned}',
        'which i am sure you {remember|recall|know|are aware of|have not forgotten|noticed|read|have read|will remember|will recall}',
        '{seems|seem|is|are|appears|appear|was|were} to be in short supply',
        '{which|that|something that|courtesy that|honesty that|transparency that} {seems|seem|is|are|appears|appear|was} [to be] [@intens] {in short supply|lacking|missing|absent|rare} {here|there|at your company|in your team|in your process|these days|on your side|on your end}',
        'i did {attend|send|apply|reply|complete|submit|include|mention|provide|show up|turn up|answer|follow up|email|call|write|state|explain|list|note|attach}',
      ],
      reason: 'Polite wording that carries a reproach reads as passive-aggressive.',
      requires: ['no pressure', 'no rush', 'no hurry', 'no worries', 'take your time', 'whenever', 'lost', 'ignored', 'unanswered', 'disappear', 'vanish', 'unread', 'bin', 'buried', 'deleted', 'binned', 'i am sure you', 'short supply', 'lacking', 'missing', 'absent', 'rare', 'just so we are clear', 'to be clear', 'just to be clear', 'for the record', 'let me be clear', 'to be perfectly clear', 'if you would like to look', 'if you would care to', 'if you care to', 'if you had {read|looked}', 'all {three|four|five|six|#} {interviews|rounds|stages}', 'original', 'clearly', 'already'],
      unless: { sentence: ['sorry', '{apology|apologies|apologise+|apologize+}', 'genuinely', 'sincerely', 'here it is', 'for convenience', 'for ease', 'attached', 'resend+', 'in case', 'thank+', 'excite+', 'look+ forward'] },
    },
    {
      patterns: ['{must have|must ve|seem to have|guess i|i guess i|apparently i|i must have|i seem to have} missed the {part|bit|email|memo|moment|day|meeting|announcement} {where|when|in which}'],
      reason: '"I must have missed the part where…" reads as a reproach.',
      unless: { sentence: ['my mistake', 'my fault', 'my bad', 'could you {resend|remind|point}', 'can you {resend|remind|point}', 'please {resend|remind|point}', 'would you mind', 'in the email', 'in your email', 'in the invite'] },
    },
    {
      patterns: ['with [the greatest|all|due|all due|the utmost] respect'],
      start: true,
      reason: '"With respect" before a criticism reads as a reproach.',
      unless: { after: ['to', 'for', 'and'], sentence: ['thank+', 'appreciate+', 'enjoy+', 'love+', 'i agree'] },
    },
    // Families from the t2 fifth batch.
    {
      patterns: [
        'in case {it|this|they} {got|gets|was|is|were|went} {lost|buried|missed|deleted|ignored|binned|overlooked} [again|too|as well] {like|as with|just like|the same as} {the|my} {previous|last|other|first|earlier|prior} [{@count|ones|few}]',
        'in case {anyone|anybody|someone} {was|is|were|had been} wondering',
        '{as you will recall|as you will remember|as you may recall|as you may remember|you will recall|you may recall|as you would recall} [that] {we|you|i} {agreed|promised|committed|confirmed|settled}',
        '{a heads up|notice|some notice|a bit of notice|a warning|a call|an email|a reply|a response|an update|some warning|the courtesy of *|a quick note|a quick email|a phone call} would have been {appreciated|nice|helpful|good|welcome|courteous|polite|decent|the least}',
        '{@doc|emails|messages|notes|follow ups|application|applications|cv|resume} {seem|seems|appear|appears|seemed|appeared} to have {gone unread|gone unanswered|been ignored|been lost|gone missing|disappeared|vanished|been missed|fallen through|been overlooked|been deleted|been binned|gone into a black hole|gone nowhere}',
        '{expected|expect|thought i would|hoped to|assumed i would|i would have|i would|would have expected to|would expect to} {to hear|hear|have heard|to have heard|heard|get|to get|have had|had|receive|to receive} [back|something|anything|from you|from someone|a reply|an answer|a response|an update|a decision|word] by now',
        '{warranted|deserved|merited|warrants|deserves|merits|earned|earns|was worth|is worth} {more than|better than|at least|something more than|something better than} {a|an|one|just a|a single} {template|form|generic|automated|canned|one line|two line|standard|stock|copy paste|boilerplate} [*]',
        '{nudge|reminder|follow up|follow-up|chaser|ping|attempt|email|message} number {two|three|four|five|six|#|@count}',
        '{@ordinal|second|another} {nudge|ping|chaser|poke}',
      ],
      reason: 'Polite wording that carries a reproach reads as passive-aggressive.',
      requires: ['lost', 'buried', 'missed', 'deleted', 'ignored', 'binned', 'overlooked', 'previous', 'knows', 'reading', 'reads this', 'listening', 'out there', 'cares', 'still there', 'home', 'wondering', 'recall', 'remember', 'excessive', 'unreasonable', 'a bit much', 'extreme', 'disproportionate', 'unnecessary', 'would have been', 'unread', 'unanswered', 'missing', 'disappeared', 'vanished', 'fallen through', 'black hole', 'nowhere', 'by now', 'more than', 'better than', 'at least', 'number', '@ordinal', 'second', 'another'],
      unless: { sentence: ['sorry', '{apology|apologies|apologise+|apologize+}', 'genuinely', 'sincerely', 'spam', 'junk', 'pdf', 'attachment+', 'one file', 'zip', 'link', 'portal', 'does that', 'still work', 'still ok', 'still okay', 'still suit', 'is that still', 'thank+', 'look+ forward', 'excite+', 'my mistake', 'my fault', 'i should have', 'my side', 'my end', 'for me to', 'i am happy to', 'no rush', 'no hurry', 'whenever you'] },
    },
    {
      patterns: [
        'i am still here',
        '{just|only} letting you know i am still {here|around|alive|waiting|interested}',
      ],
      reason: 'A pointed "I’m still here" reads as a reproach.',
      requires: ['in case', 'wondering', 'anyone', 'anybody', 'still waiting', 'still alive', 'remember me', 'forgot', 'forgotten'],
      unless: { sentence: ['sorry', '{apology|apologies|apologise+|apologize+}', 'still very', 'still really', 'still keen', 'excite+', 'thank+', 'look+ forward'] },
    },
    {
      patterns: ['if {anyone|anybody|someone|somebody} {knows|is reading|reads this|is there|is listening|is out there|even knows|actually knows|cares|is still there|is home}'],
      end: true,
      reason: 'A pointed "if anyone knows" reads as a reproach.',
      unless: { sentence: ['recommend+', 'tip', 'tips', 'good {coffee|place|restaurant|hotel|cafe}', 'which entrance', 'parking', 'sorry', '{apology|apologies|apologise+|apologize+}'] },
    },
    {
      patterns: ['{seems|seem|feels|sounds|is|appears} [a bit|a little|rather|somewhat|quite|slightly|frankly|honestly] {excessive|unreasonable|a bit much|extreme|disproportionate|unnecessary}'],
      reason: 'Calling the wait excessive reads as a reproach.',
      requires: ['@span', 'weeks', 'months', 'wait', 'waiting', 'delay', 'silence', 'this long', 'so long', 'rounds', 'interviews', 'stages'],
      unless: { sentence: ['could we', 'can we', 'would it be possible', 'discuss', 'sorry', '{apology|apologies|apologise+|apologize+}', 'workload', 'thank+', 'my {request|ask|expectation}'] },
    },
    // Common one-liners and stock phrases.
    {
      patterns: ['fine', 'fine then', 'ok fine', 'okay fine', 'if you say so', 'suit yourself', 'as you wish', 'if you insist', 'have it your way', 'whatever you say', 'sure whatever', '[that is] [a|an|what a|what an|quite a|quite an] {interesting|curious|bold|brave|fascinating} {choice|decision|call|move}'],
      alone: true,
      reason: 'A curt one-liner reads as a reproach.',
    },
    {
      patterns: [
        '{what|which} part of *** {was not|is not|were not|are not|was|is} {clear|unclear|confusing|difficult to understand|hard to understand}',
        '{glad|good|nice|great|happy|pleased} [that] we are finally {on the same page|in agreement|seeing eye to eye|aligned}',
        'finally {on the same page|seeing eye to eye|see eye to eye}',
        '{to|let me|i will|just to|allow me to} {clarify|explain|repeat|restate|say it|spell it out} [this|it|that] {again|once more|one more time|yet again|for the @ordinal time}',
        'what i {already|just|previously|had already|have already} {said|wrote|mentioned|explained|told you|stated|sent|asked}',
        '{reattach+|re attach+|re-attach+|attach+|resend+|re send+|enclose+} *** for your convenience',
      ],
      reason: 'Polite wording that carries a reproach reads as passive-aggressive.',
      requires: ['clear', 'unclear', 'confusing', 'understand', 'finally', 'again', 'once more', 'one more time', 'yet again', '@ordinal', 'already', 'just said', 'previously', 'what i just'],
      unless: { sentence: ['sorry', '{apology|apologies|apologise+|apologize+}', 'my mistake', 'my fault', 'broken', 'typo', 'more detail', 'better', 'in case', 'if it helps', 'thank+ for {your|the} patience', 'look+ forward', 'excite+'] },
    },
    {
      patterns: [
        '{silence|no reply|no response|no news|no answer|your silence|the silence} {means|equals|is|counts as|must mean} {no|a no|rejection|a rejection|not interested|a pass}',
        '{stop|keep|quit|should stop|should not be|should i stop} holding my breath',
        '{which|that} [still] {has not|have not|was not|were not|is yet to|has yet to|have yet to|remains|remain} [still] [yet] [been] {answered|addressed|acknowledged|responded to|replied to|unanswered|unacknowledged}',
        '{straight|directly|right|probably|just} {to|into|in} {a|the|your} {shredder|paper shredder|bin|trash|trash can|void|black hole|recycling|abyss}',
        '{shredder|shredders}',
      ],
      reason: 'Polite wording that carries a reproach reads as passive-aggressive.',
      requires: ['silence', 'no reply', 'no response', 'no news', 'no answer', 'breath', 'still', 'yet', '@ordinal', 'again', 'earlier', 'previous', 'my {emails|email|messages|message|application|applications|cv|resume|follow ups|notes}'],
      unless: { sentence: ['sorry', '{apology|apologies|apologise+|apologize+}', 'my mistake', 'i forgot', 'i have not', 'i still have not', 'i had not', 'thank+', 'excite+', 'look+ forward'] },
    },
    {
      patterns: ['for future reference'],
      reason: '"For future reference" before a correction reads as a reproach.',
      requires: ['rather than', 'instead of', 'not from', 'from you', 'before', 'next time', 'would prefer', 'would appreciate', 'please make sure', 'please ensure', 'i expect', 'do not', 'please do not', 'please remember', 'spelled', 'spelt', 'my name is'],
      unless: { sentence: ['sorry', '{apology|apologies|apologise+|apologize+}', 'my mistake', 'thank+', 'happy to', 'feel free'] },
    },
    // Families from the extra-r2a round.
    {
      patterns: [
        'as [i] [have] [already] {said|mentioned|noted|stated|explained|wrote|written|pointed out|indicated|outlined|flagged|highlighted|specified|made clear|confirmed|set out|laid out} {in|on} {both|all|each|every one|every single one} [of] my [*] [*] {emails|e mails|messages|notes|letters|replies|voicemails|calls|follow ups|texts|responses}',
        'as [i] [have] [already] {said|mentioned|noted|stated|explained|wrote|written|pointed out|indicated|outlined|flagged|highlighted|specified|made clear|confirmed|set out|laid out} {in|on} my {last|previous|earlier|prior|past|preceding|original|first|other} {@count|#|several|multiple|many|couple of|few} {emails|e mails|messages|notes|letters|replies|voicemails|calls|follow ups|texts|responses}',
        'as [i] [have] [already] {said|mentioned|noted|stated|explained|wrote|written|pointed out|indicated|outlined|flagged|highlighted|specified|made clear|confirmed|set out|laid out} {in|on} my {@count|#|several|multiple|many} {last|previous|earlier|prior|past} {emails|e mails|messages|notes|letters|replies|voicemails|calls|follow ups|texts|responses}',
        'as [i] [have] [already] {said|mentioned|noted|stated|explained|wrote|written|pointed out|indicated|outlined|flagged|highlighted|specified|made clear|confirmed|set out|laid out} {in|on} my {last|previous|earlier|prior|past|preceding|original|first} {emails|e mails|messages|notes|letters|replies|voicemails|calls|follow ups|texts|responses}',
      ],
      reason: '"As I said in my previous emails" reads as "you didn’t read them".',
      suggestions: ['To recap', 'As a quick reminder'],
    },
    {
      patterns: [
        '{reach+|find+|land+|get+ to|make+ it to|end+ up with|land+ with|land+ on the desk of|get+ read by|be read by|is read by|go+ to|get+ through to} {someone|somebody|a person|a human|a human being|anyone|anybody|the right person|a real person|an actual person|a living person|a person who} {who|that} {can|will|is|does|reads|actually|might|could|has|bothers|knows|cares}',
      ],
      reason: 'Hoping this email finally reaches someone who reads it reads as a reproach.',
      requires: ['actually', 'this time', 'for once', 'finally', 'real person', 'actual person', 'human being', 'living person', 'bother+', 'reads', 'read it', 'at all'],
      unless: { sentence: ['sorry', '{apology|apologies|apologise+|apologize+}', 'wrong person', 'wrong address', 'wrong team', 'please forward', 'could you forward', 'if this is not', 'not sure who'] },
    },
    {
      patterns: [
        '{hopefully|maybe|perhaps|with luck|fingers crossed|i hope|let us hope} this time {my|this|the} {@doc|one|chaser|reminder|nudge} {will|reaches|gets|lands|finds|makes|is|goes|might|does|actually}',
        '{hopefully|maybe|perhaps|with luck|fingers crossed|i hope|let us hope} this time {someone|somebody|anyone|anybody|a human|a person|a real person} {will|actually|might|reads|replies|answers|responds|gets back|writes back|bothers|can}',
      ],
      reason: 'Hoping that "this time" they answer reads as a reproach.',
      unless: { sentence: ['sorry', '{apology|apologies|apologise+|apologize+}', 'genuinely', 'next year', 'next round', 'again next', 'reapply', 're apply', 'apply again', 'i {will|can} {prepare|practise|practice|improve}'] },
    },
    {
      patterns: [
        '{assuming|presuming|supposing|provided|if|that is if|if indeed} {anyone|anybody|someone|somebody|any human|a human|a person|you|your *|they|the panel|the recruiter|the hiring manager|the interviewer|the interviewers|a single person|one person} {actually|even|ever actually|really actually} {looked|read|opened|saw|got|glanced|bothered|reviewed|considered|checked|went|clicked|made it|scrolled|skimmed|listened}',
      ],
      reason: 'Doubting that anyone read your application reads as a reproach.',
      unless: { before: ['even'], sentence: ['sorry', '{apology|apologies|apologise+|apologize+}', 'genuinely', 'my fault', 'my mistake', 'i forgot', 'i did not attach', 'i am not sure i attached', 'broken link', 'wrong file'] },
    },
    {
      patterns: [
        'already *** {on|in|at} {page one|page 1|page two|page 2|the first page|the front page|the very first|the first paragraph|the first line|the second paragraph|the second line|the opening line|the opening paragraph|the very top|the top of|the first sentence|the first bullet|bullet one|the third paragraph|the second page|the summary|the first section|the subject line|line one}',
        '{cv|resume|résumé|cover letter|application|portfolio|letter|attachment|email|profile|linkedin} {answers|covers|addresses|explains|lists|states|mentions|shows|includes|details|says|spells out|sets out|answered|covered|addressed|explained|listed|stated|mentioned|showed|included|spelled out} {this|that|it|these|those} [already] [*] {on|in|at} {page one|page 1|page two|page 2|the first page|the front page|the very first|the first paragraph|the first line|the second paragraph|the second line|the opening line|the opening paragraph|the very top|the top of|the first sentence|the first bullet|bullet one|the third paragraph|the second page|the summary|the first section|the subject line|line one}',
      ],
      reason: 'Pointing out that the answer was already on page one reads as a reproach.',
      requires: ['{though|although|but} i {believe|think|thought|feel|suspect|would say|would|should|must|might}', 'i {would|should|must} point out', '{though|although} {it is|this is|that is|it was|this was}', 'as you {will|would|can|may} {see|have seen|know}', '[i think] you will find', 'clearly', 'plainly'],
      unless: { sentence: ['sorry', '{apology|apologies|apologise+|apologize+}', 'my mistake', 'my fault', 'i have {added|updated|moved|included|attached|highlighted|now added}', 'i {added|updated|moved|highlighted}', 'new version', 'revised', 'updated version', 'for convenience', 'for ease'] },
    },
    {
      patterns: [
        'if you {scroll|scroll down|scroll up|scroll back|scroll back up|look back|check back|go back|read back|read down|look further down|read further down|look further up|look below|look above|look again|read it again|check again|look|check|care to look|care to check|bother to look|bother to check|bother to read|actually look|actually read|actually check|actually scroll}',
      ],
      end: true,
      reason: 'Telling them to scroll back to your earlier answer reads as a reproach.',
      requires: ['still', 'already', '{is|are|it is} all', 'all there', 'right there', 'missed', 'overlooked'],
      unless: { sentence: ['sorry', '{apology|apologies|apologise+|apologize+}', 'for convenience', 'for ease', 'happy to resend', 'glad to resend', 'i have re attached', 'reattached', 're attached'] },
    },
    {
      patterns: [
        '{in writing|on paper|on record|on the record|written down|in black and white|confirmed in writing} this time',
        'this time [,] so {there is no|there are no|there is not|there will be no|nothing|no one|nobody|we do not|it does not|nothing gets|we avoid|we can avoid|we are clear}',
        '{no|another|any|avoid|avoid another|avoid any|prevent another|prevent any|repeat of the|repeat the} {confusion|misunderstanding|misunderstandings|mix up|mix ups|mixup|mixups|surprises|miscommunication|mistakes|mess|muddle} like {last time|the last time|last {week|month|round|year|interview|call}|before|the previous one|the previous time|the one before|the first time}',
        'so {nothing|it|that|this|things|anything|nothing else} {gets|get|is|are|will be} {forgotten|lost|missed|overlooked|dropped|misplaced|ignored} again',
      ],
      reason: 'Getting it in writing "this time" reads as a reproach for last time.',
      unless: { sentence: ['sorry', '{apology|apologies|apologise+|apologize+}', 'genuinely', 'my fault', 'my mistake', 'my end', 'on my part', 'my side'] },
    },
    {
      patterns: [
        '{i will|i shall|i guess i will|i suppose i will|i can|i think i will|guess i will|i know how to|i am taking|i will just|i am going to|i am gonna|time to|time i} take {the|a|your} hint',
        'i can take a hint',
        '{i|guess i|i guess i|i think i} {get|got|have got|have gotten} the hint',
        'hint taken',
      ],
      reason: 'A resigned "I’ll take the hint" reads as a reproach.',
      unless: { before: ['not', 'did not', 'never'], after: ['from', 'and {read|work|learn|study|practise|practice|brush up|improve|focus|look into|sign up|enrol|enroll}'], sentence: ['sorry', '{apology|apologies|apologise+|apologize+}', 'genuinely', 'lol', 'haha', 'joke', 'feedback', 'advice', 'suggestion', 'course', 'thank+'] },
    },
    {
      patterns: [
        'but whatever {works|suits|is easiest|is easier|is best|you want|you prefer|you decide|you think} [for] [you] [best|most] [is best]',
        '{fine|i guess|i suppose|sure fine|fine fine} whatever {works|suits} [for] you',
      ],
      end: true,
      reason: 'A shrugging "but whatever works for you" reads as a reproach.',
      requires: ['would have', 'could have', 'should have', 'nobody', 'no one', 'never', 'not even', 'at least', 'after', 'again', 'still', 'thought', 'fine', 'i guess', 'i suppose', 'expected', 'hoped'],
      unless: { sentence: ['sorry', '{apology|apologies|apologise+|apologize+}', 'flexible', 'free', 'available', 'either', 'any time', 'anytime', 'whenever', 'happy to', 'glad to', 'no rush', 'no problem', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'morning', 'afternoon', 'evening', 'zoom', 'teams', 'in person', 'online', 'video', 'coffee', 'lunch'] },
    },
    {
      patterns: [
        '{for the sake of|for the benefit of|for the good of} {future|the next|your next|other|later|all future|any future|the other|all the other|all other|those|the} [*] {candidates|applicants|candidate|applicant|hires|interviewees|job seekers|jobseekers|people who apply|graduates}',
        '{might|may|could|would} be worth {telling|warning|letting|informing|alerting|mentioning to|flagging to|being upfront with|being up front with} {future|other|the next|your next|later|any future} {candidates|applicants|interviewees|candidate|applicant|hires|people}',
        '{might|may|could} {be worth|want to|wish to|like to|consider} {mention+|add+|put+|putting|includ+|flag+|stat+|list+|say+|disclos+|not+|noting|spell+ out|spelling out} {the|that|this|your|any|it} *** {in|on|into} {the|your} [job] {ad|advert|advertisement|listing|posting|job description|description|post|jd|vacancy|spec|job spec}',
      ],
      reason: 'Advice "for future candidates" reads as a reproach.',
      requires: ['future', 'next', 'other', 'unpaid', 'salary', 'pay', 'hours', 'upfront', 'up front', 'in advance', 'before', 'would have', 'could have'],
      unless: { sentence: ['sorry', '{apology|apologies|apologise+|apologize+}', 'withdraw+', 'my application', 'slot', 'i am {withdrawing|stepping}', 'happy to help', 'glad to help', 'if {helpful|useful|it helps}', 'thank you for asking', 'you asked', 'i hope', 'good luck', 'best of luck', 'wish'] },
    },
    {
      patterns: [
        '{you|he|she|they|the interviewer|the manager|the hiring manager|the panel|your colleague} {kept|keep|were busy|was busy|spent the whole time|spent most of the time|spent half the time|spent the interview} {checking|taking|answering|glancing at|looking at|typing|scrolling|texting|replying to|reading|stepping out for|leaving for}',
        '{you|he|she|they|the interviewer|the manager|the hiring manager} {were|was} {answering|checking|typing|texting|scrolling|replying to|reading|taking} *** {on|during|from} {your|his|her|their|the} {laptop|phone|watch|tablet|mobile|screen|slack}',
        '{while|whilst|as} {you|he|she|they|the interviewer|the manager|the hiring manager} {answered|checked|typed|texted|scrolled|replied to|read|took|sent|glanced at|looked at} [*] [*] {emails|calls|messages|texts|slack|your phone|your laptop|your watch|his phone|her phone|their phones|on your phone|on your laptop}',
      ],
      reason: 'Thanks that point out they were distracted read as a reproach.',
      requires: ['{fitting|squeezing|making time for|finding time for|fit|squeeze|slotting} me', 'thank+', 'grateful', 'appreciate+', 'for your {full|undivided} attention'],
      unless: { after: ['in', 'on me', 'that', 'whether', 'if', 'how', 'me {updated|informed|posted|in the loop}', 'in touch'], sentence: ['sorry', '{apology|apologies|apologise+|apologize+}', 'genuinely', 'emergency', 'i understand', 'i know {you|it} {were|was|are|is} busy', 'no problem'] },
    },
    {
      patterns: ['message received'],
      start: true,
      reason: 'A clipped "message received, I won’t chase again" reads as a reproach.',
      requires: ['{will|shall} not {chase|bother|email|write|contact|follow up|trouble|pester} [you] again', 'stop {chasing|emailing|writing|bothering|following up}', 'take the hint', 'loud and clear'],
      unless: { sentence: ['sorry', '{apology|apologies|apologise+|apologize+}', 'thank+', 'advice', 'feedback', 'until', 'as you {asked|suggested|said|requested}', 'before', 'unless'] },
    },
    // Families from extra-web-sp (real work and job-search mail, adapted from public pages).
    {
      patterns: ['like i {said|told you|mentioned|explained|wrote|noted|already said}'],
      reason: '"Like I said" reads as a reproach.',
      suggestions: ['To recap'],
      unless: { sentence: ['sorry', '{apology|apologies|apologise+|apologize+}', 'genuinely', 'sincerely', 'excite+', 'enjoy+', 'love+', 'thrill+', 'delight+', 'happy', 'glad', 'keen', 'look+ forward', 'thank+', 'grateful', 'appreciate+', 'pleasure', 'interested in', 'eager'] },
    },
    {
      patterns: [
        '{friendly|gentle|quick|polite|kind|little|courtesy} {reminder|nudge} [that] {i|i have|i had|we} [already|previously|duly] {sent|submitted|emailed|returned|signed|completed|provided|replied|answered|asked|uploaded|forwarded|filled}',
        '{friendly|gentle|quick|polite|kind|little|courtesy} {reminder|nudge} [that] {i am|i m} still {waiting|awaiting|chasing}',
        '{reminder|nudge|chase|follow up|follow-up} {number|no} {#|two|three|four|five|six}',
        '{gentle|friendly|polite|little} {nudge|nudges|reminder|reminders} {number|no|#} {#|two|three|four|five|six}',
      ],
      reason: 'A pointed "friendly reminder" reads as a reproach.',
      suggestions: ['I’m following up on my note from'],
      unless: { sentence: ['sorry', '{apology|apologies|apologise+|apologize+}', 'genuinely', 'sincerely', 'as promised', 'our {call|meeting|interview|chat}', 'out of office', 'on leave', 'in case', 'if {it|that} helps'] },
    },
    {
      patterns: [
        '{reattach+|re attach+|re-attach+|resend+|re send+|re-send+|attach+ again|forward+ again|send+ again} [*] [*] [*] [*] {for your convenience|for your reference|for ease of reference|for the avoidance of doubt}',
        '{for your convenience|for your reference|for ease of reference} {reattach+|re attach+|re-attach+|resend+|re send+|re-send+|here it is again|i have reattached|i have re attached|attaching it again|again}',
        'reattached',
        're attached for',
      ],
      reason: 'Resending "for your convenience" reads as "you lost it".',
      suggestions: ['Here it is again'],
      unless: { sentence: ['sorry', '{apology|apologies|apologise+|apologize+}', 'genuinely', 'sincerely', 'in case', 'link {did not|does not|may not|might not} work', 'updated', 'corrected', 'new version', 'latest version', 'revised', 'i forgot', 'my mistake', 'my fault', 'as requested', 'as you asked', 'you asked', 'wrong {file|version|attachment}', 'did not attach', 'forgot to attach', 'because', '{since|as} the {word|pdf|file|link|original|attachment|format|version|first link|old link}', 'pdf', 'version', 'format', '{did not|would not|could not|does not} open', 'link'] },
    },
    {
      patterns: [
        '{not sure if|in case|i do not know if|unsure if|wondering if} you {got|received|saw|missed|did not get|did not see} the memo',
        '{did|do} you not get the memo',
        'you {did not|must not have|must have not|clearly did not|obviously did not|never} {get|got|read|receive|see} the memo',
      ],
      reason: '"In case you didn’t get the memo" reads as a reproach.',
      unless: { sentence: ['sorry', '{apology|apologies|apologise+|apologize+}', 'i {did not|never} get the memo', 'dress code'] },
    },
    {
      patterns: [
        '{nobody|no one|none of you|not one of you|you} [ever] [even] [actually] {answered|replied to|responded to|acknowledged|read|opened|looked at|got back to me about} {the|my} {first|last|previous|original|earlier|other|first two|last two|first three|last three} [one|ones|email|emails|message|messages|@doc]',
        '{since|as|because|given that|seeing as} {nobody|no one|none of you} {answered|replied|responded|acknowledged|read|got back|bothered}',
        '{which|as|like} i did {say|mention|explain|tell you|state|point out|make clear|write} {twice|# times|several times|more than once|already|before|repeatedly|three times|two times}',
        'but i did {say|mention|explain|tell you|state|point out|make clear|specify|write|ask}',
        '{sorry|apologies|i apologise|i apologize|my apologies} if {i|my *|my * *|that|it|this} {was|were|is|has been|have been|came across as|sounded} [a little|a bit|at all|somehow] {unclear|confusing|ambiguous|vague} {but|however|though}',
        'if you found {me|my *|my * *|it|that|this|the *} [a little|a bit|somehow] {unclear|confusing|hard to follow|difficult to follow|difficult to understand|hard to understand|ambiguous}',
        '{was not|were not|is not|are not|wasnt|isnt} [*] {clear|clear enough|simple enough|plain enough|obvious enough|explicit enough} for you',
        'clear enough for you',
      ],
      reason: 'Pointing out that you said it before reads as a reproach.',
      suggestions: ['To recap'],
      unless: { sentence: ['{apology|apologies|apologise+|apologize+} for', 'genuinely', 'sincerely', 'excite+', 'enjoy+', 'love+', 'thrill+', 'delight+', 'happy', 'glad', 'keen', 'look+ forward', 'thank+', 'grateful', 'appreciate+', 'pleasure', 'interested in', 'eager', 'i forgot', 'my mistake', 'i may have', 'i might have', 'in case', 'spam', 'bounced', 'as per my {request|application|cv|resume|call}', 'let me know if'] },
    },
    {
      patterns: [
        '{i am|i m|im} [just] [a little|a bit|slightly|somewhat|rather|quite|so|very|genuinely|honestly|really] {confused|puzzled|baffled|perplexed|mystified|bemused|curious} {as to why|as to how|why|how} {you|your *|the *|they|anyone|anybody|nobody|no one|someone|somebody|i was|i wasn|i was not|it was|this was|that was|my *}',
        'i [just] [really|honestly|genuinely|simply|truly] {do not|can not|cannot|fail to|struggle to} {understand|see|fathom|comprehend|get} {how|why} {anyone|anybody|you|your *|someone|somebody|they|it was|this was|no one|nobody|the *} [*] [*] {thought|think|thinks|decided|felt|feel|considered|judged|believed|would think}',
      ],
      reason: 'Feigned confusion reads as a reproach.',
      requires: ['thought', 'think', 'thinks', 'okay', 'ok', 'acceptable', 'appropriate', 'good idea', 'fine', 'reasonable', 'professional', 'fair', 'left out', 'excluded', 'not told', 'without telling', 'without {a word|notice|warning}', 'nobody', 'no one', 'never', 'not {invited|included|informed|told|copied}', 'moved', 'cancel+', 'reschedul+', 'instead of me', 'over me', 'passed over'],
      unless: { sentence: ['could you', 'can you', 'would you', 'please {clarify|explain|confirm|let me know}', 'help me understand', 'i would {love|like|appreciate|be grateful}', 'feedback', 'thank+', 'my mistake', 'i may have', 'i might have', 'misunderstood', 'misread', 'address', 'link', 'dress code', 'form', 'portal'] },
    },
    {
      patterns: [
        '{sure|fine|ok|okay|all right|alright|whatever} [then] if {that is|this is|that s|thats} what you {want|wish|prefer|would prefer|think|decided|have decided|need|really want}',
        'whatever you {think|say|decide|want|prefer} [is best|is right|works|then]',
      ],
      end: true,
      reason: 'A clipped "if that’s what you want" reads as a reproach.',
      unless: { sentence: ['sorry', '{apology|apologies|apologise+|apologize+}', 'genuinely', 'sincerely', 'happy to', 'glad to', 'works for me', 'fine by me', 'no problem', 'either way', 'flexible', 'suits you', 'time', 'day', 'date', 'slot', 'format', 'thank+', 'respect', 'your call', 'support', 'trust', 'understand'] },
    },
    {
      patterns: [
        '{is|was|are|were} now [over|more than|nearly|almost] [@count|#|a] [*] [*] {overdue|late|past due|past the deadline|outstanding}',
        '{deadline|decision date|date you gave|date you set|date you mentioned|timeline you gave|timeline you mentioned|date you promised|promised date} [,] {which|that} {was|passed|has passed|came and went|expired|has expired|was due} [*] {last|yesterday|ago|already|on} [*]',
        'just wondering when {you|you are|your *|the *|someone|anyone} {are|is|plan|plans|planning|intend|intends|intending|might|will|going} [planning|going|intending|likely] [to|on] {get|getting|reply|replying|respond|responding|answer|answering|let|letting|decide|deciding|bother|bothering}',
        '{i|we} {understood|heard|got it|got that|read it|read that|saw it|saw that} [you|that|it|this|your point] the first time',
        '{if|when|should} you [ever] {are|find yourself|find yourselves|end up|are ever} [ever] in my {shoes|position|situation|place}',
        'in my shoes [one day|someday|some day]',
        '{treated|treat} [*] {in such|in so|in this|in that|in an|in a} [*] {unkind|unprofessional|disrespectful|rude|dismissive|shabby|careless|cavalier|inconsiderate|poor|callous} {manner|way|fashion}',
        '{would|could} have taken {you|your *|anyone|someone|them} [*] {less time|less than|seconds|a minute|two minutes|# minutes|# seconds|thirty seconds|ten seconds|five minutes|less effort}',
        '{a|one} {two line|one line|two-line|one-line|quick|short|simple|brief|two word|one word} {reply|email|response|note|message|no} would have taken',
        '{the same|equal|similar} {urgency|respect|courtesy|consideration|attention|speed|professionalism|care|promptness|priority} [and|or] [*] {you|your *|they|the *} {showed|show|gave|give|extended|extend|afforded|afford|have shown|showed to} {me|us|candidates|applicants}',
        '{pretty|very|rather|quite|so|fairly|abundantly|painfully} [obviously|clearly] {clearly|obviously|evidently|plainly} a {form letter|form email|form rejection|template|template email|copy and paste|copy paste|mass email|generic email|generic response|canned response|bot|automated email|automated response|boilerplate}',
        '{clearly|obviously|evidently|plainly|transparently} a {form letter|form email|form rejection|template|template email|copy and paste|copy paste|mass email|generic email|generic response|canned response|bot|automated email|automated response|boilerplate}',
        'disappointing to {realise|realize|learn|find out|discover|see|read} [that] i {spent|wasted|gave up|took|drove|put|invested|used|travelled|traveled}',
        '{when|while|whilst} you {were|had been} [already|always|clearly|obviously|more|far more|much more] {more interested in|set on|going with|planning to hire|planning on hiring|leaning towards|keen on} {another|a different|an internal|someone|the other|your}',
        'obviously i {had hoped|hoped|had wished|wished|would have preferred|was hoping|had been hoping|had expected|expected} {for|that|it|a|to}',
        'personally i {thought|think|felt|feel|believed|believe} {my|that my} {skills|skill set|skillset|experience|background|qualifications|profile|cv|resume|record} *** {match|fit|matched|fitted|aligned|suited|good match|good fit|strong match|perfect match|perfect fit|reasonably good}',
        '{i am sure|i know|no doubt} i {will not|wont|will never|am not going to|shall not} {hear back|hear anything|get a reply|get a response|receive a reply|receive a response|hear from you|get an answer|hear a thing}',
        'you {passed up|passed on|missed out on|lost|let go of|turned away|overlooked} a [@intens] [*] [*] {qualified|strong|great|good|excellent|talented|brilliant|exceptional|dedicated|hard working|committed} {candidate|applicant|hire|employee|asset|engineer|designer|person}',
        '{@span|a whole week|a whole month|weeks|months} of {nothing|silence|radio silence|crickets|tumbleweed|no reply|no replies|no response|no word|no news|being ignored}',
        'was it something i said',
        'i see {the|that the|your} {role|job|position|vacancy|post|listing|ad|advert|opening} {is|was|has been|went} [now] {back up|up again|reposted|re posted|readvertised|re advertised|open again|live again|back on linkedin|back online|relisted}',
        '{i am|i m|im} not {mad|angry|upset|annoyed|bitter|cross|hurt|offended} [,] [just|only|simply|merely] {surprised|disappointed|confused|curious|saying|noting|wondering|pointing out}',
        '{it is|its|it s|that is|thats} fine [,] {i am|i m|im} {used to it|used to this|used to that} [by now]',
              ],
      reason: 'Polite wording that carries a reproach reads as passive-aggressive.',
      unless: { sentence: ['sorry', '{apology|apologies|apologise+|apologize+}', 'genuinely', 'sincerely', 'i {missed|overlooked|forgot}', 'my mistake', 'i may have', 'i might have', 'feedback', 'i would {love|like|appreciate|be grateful}', 'love to', 'keen', 'still interested', 'reapply', 're apply', 'apply again', 'be considered', 'excite+', 'thank+ for', 'grateful', 'but i understand', 'i {understand|respect|appreciate} {your|the} decision', '{congrats|congratulations|congratulate+}', 'in case', 'happy to', 'if you ever'] },
    },
    // Families from extra-web-sp batch 2.
    {
      patterns: [
        '{you|they|your *|the *|you guys|you lot|he|she} {should|ought to|really should|really ought to} [really] be [the ones|the one] thanking {me|us}',
        '{that is|thats} how {many|much|often|long}',
        'as {you will|you would|you should|you must|you ll} [no doubt|surely|already] {be aware|have noticed|be well aware|be fully aware}',
        'as {i am|i m|im} sure you {are|re} [well|already|fully|very] aware',
        'as you {are|re} [no doubt|surely|doubtless|well|already|fully] aware',
        'as {i am|i m|im} sure you can {appreciate|understand|imagine}',
        'i could {list|name|go on|write a book|go on and on|write an essay|give you a list|list all|fill a page}',
        '{i was|i am|i m|im} {only|just|merely|simply} being {honest|truthful|frank|direct}',
        '{i will|ill} [just] {do|book|chase|sort|arrange|send|organise|organize|handle|email|call|fix|find|ask|contact|get|write|make|figure} *** myself then',
        '{fine|okay|ok|no worries|never mind|nevermind|it is fine|its fine|that is fine|don t worry|do not worry} i will [just] *** myself',
        '{if|whether} {anyone|anybody|someone|somebody|you|your *|the *|any of you} [over there|there|at all|on your team|in your team] {actually|even|ever|really} [bothered to|got round to|got around to] {read|reads|looked at|opened|saw|watched|reviewed|glanced at|listened to|considered}',
        '{how is|hows|how s|how are} {that|the|my|those} *** ** {coming along|going|getting on|progressing|shaping up}',
        '{has|have} now {moved|changed|slipped|shifted|been moved|been changed|been pushed back|been pushed|been postponed|been rescheduled|been delayed|been cancelled} {@count times|twice|three times|# times|again|yet again}',
        '{telling|informing|replying to|answering|updating|letting|emailing|calling} {me|us|candidates|people} [just] {was not|is not|wasnt|isnt|was never|was hardly} worth the {bother|effort|trouble|time|stamp|email|hassle}',
        '{replying|answering|responding|getting back|following up|a reply|an answer|a response} [to me] [just] {was not|is not|wasnt|isnt|was never|was hardly} worth the {bother|effort|trouble|time|hassle}',
        'hope {the next|your next|future|other|the other|any future|the} [*] {candidate|candidates|applicant|applicants|person|people|hire|interviewee|interviewees} *** *** {at least|actually|even} {gets|get|receives|receive|hears|hear|is given|are given|is treated|are treated}',
        'is this thing on',
        'anybody home',
        'tick tock',
        '{i will|i ll} take {that|this|your silence|the silence|no reply|no answer} as a no',
        'i trust this {clarifies|clears things up|clears that up|settles it|settles things|answers your question|is now clear|makes it clear}',
        '{if|should|when|whenever|once} you [ever|eventually|one day|finally] {decide|choose|find the time|get round|get around|feel like|see fit|deign|manage|get a spare moment|remember} to {reply|respond|answer|get back|read|let me know|write back|call}',
        'whenever you get {round|around} to it',
      ],
      reason: 'Polite wording that carries a reproach reads as passive-aggressive.',
      requires: ['thanking', 'never', 'none', 'zero', 'not once', 'chased', 'chase', 'asked', 'emailed', 'followed up', 'reminded', 'nobody', 'no one', 'nothing', 'aware', 'as you will', 'as you would', 'as you should', 'as you must', 'appreciate', 'could {list|name|go on|write}', 'offended', 'being {honest|truthful|frank|direct}', 'myself', 'actually', 'even', 'ever', 'really', 'promised', 'said you would', 'you were going to', 'supposed to', 'clear', 'obvious', 'evident', 'plain', 'self explanatory', 'now', 'worth the', 'at least', 'so we are clear', 'thing on', 'anybody home', 'tick tock', 'as a no', 'i trust this', 'ever', 'eventually', 'one day', 'finally', 'deign', 'see fit', 'round to it', 'around to it', 'get round', 'get around', 'feel like', 'spare moment', 'remember to'],
      unless: { sentence: ['sorry', '{apology|apologies|apologise+|apologize+}', 'genuinely', 'sincerely', 'excite+', 'enjoy+', 'love+', 'thrill+', 'delight+', 'happy', 'glad', 'keen', 'look+ forward', 'grateful', 'appreciate+', 'pleasure', 'interested in', 'eager', '{congrats|congratulations|congratulate+}', 'could you', 'can you', 'would you', 'please {confirm|clarify|let me know}', 'double check', 'in case', 'thank you for {the|your} {reminder|patience|help|time}', 'if you ever {need|want|would like|fancy|are in}', 'happy to help', 'as you may know', 'small world', 'no problem', 'no worries', 'not a problem', 'that is fine', 'works for me', 'i understand', 'completely understand'] },
    },
    {
      patterns: ['k', 'kk', 'whatever', 'are you offended', 'still waiting', 'i will wait', 'i will be waiting', 'is anyone there', 'anyone there', 'anybody there', 'hello anyone there', 'bump', 'bumping', 'bumping this', 'bumping this up', 'still nothing', 'nothing still', 'crickets'],
      alone: true,
      reason: 'A clipped one-liner reads as a reproach.',
    },
    {
      patterns: [
        'i thought {that|this|it} was [perfectly|quite|pretty|very|fairly] {clear|obvious|evident|self explanatory|plain} {from|in|on} {my|the}',
        'i [did] {thought|think} i {had|d|would} made {it|that|this|myself} [perfectly|quite|very|pretty|abundantly] clear',
      ],
      reason: '"I thought that was clear" reads as a reproach.',
      suggestions: ['To recap'],
      unless: { sentence: ['could you', 'can you', 'would you', 'please {confirm|clarify|let me know}', 'double check', 'my mistake', 'i may have', 'i might have', 'misunderstood', 'misread', 'i was wrong', 'my fault', 'excite+', 'enjoy+', 'love+', 'keen', 'thrill+', 'happy', 'glad', 'interest+', 'eager', 'passion+', 'grateful'] },
    },
    {
      patterns: ['{you did|you performed|you handled it|you managed|you coped|it went|that went} [really|pretty|quite|very] {great|well|fine|ok|okay|brilliantly|admirably|nicely} {considering|given}'],
      reason: 'A backhanded "you did great, considering" reads as a reproach.',
      unless: { sentence: ['thank+', 'appreciate+', 'grateful', '{congrats|congratulations|congratulate+}', 'well done', 'proud', 'impressed'] },
    },
    {
      patterns: [
        '{appreciate|appreciated|thanks|thank you|cheers|grateful} [you|for] [you] finally {getting round|getting around|getting back|replying|responding|answering|remembering|finding the time|finding time|coming back|writing back|calling|bothering}',
        'assuming {anyone|anybody|someone|somebody|you|your *|the *|any of you} [there|over there] {actually|even|still|ever} {remembers|remember|reads|read|knows|know|cares|care|looks|look|opens|open}',
        '{after|since|once} {she|he|they|you|the *|your *} {rescheduled|cancelled|canceled|moved|postponed|pushed|bumped} [it|the interview|the call|the meeting|me] {twice|three times|# times|again|several times|more than once|repeatedly}',
        'but i am sure {there {is|was|must be|must have been|will be}|theres} a [very|perfectly|really] {good|valid|perfectly good|perfectly valid|sound} {reason|explanation|excuse}',
        'i am sure the next {candidate|applicant|person|hire|one|interviewee} will be {more|far more|much more|a lot more} {patient|tolerant|forgiving|understanding|desperate|willing|flexible|compliant|accommodating}',
        '{i am|i m|im} [a little|a bit|slightly|somewhat|rather|quite] confused {as|since|because} {my understanding|i was told|you said|you told me|we agreed|we had agreed|the offer|it was agreed|your email|your last email|the job ad|the advert}',
        '{but|though|although|even though} i did {expect|hope|think|assume|anticipate}',
        'i did expect {to hear|a reply|a response|something|an answer|an update|some news|to have heard} [*] [*] by now',
        'next time [,] [please] do {warn|tell|let|mention|inform|say|give|check|read|reply}',
      ],
      reason: 'Polite wording that carries a reproach reads as passive-aggressive.',
      unless: { sentence: ['sorry', '{apology|apologies|apologise+|apologize+}', 'genuinely', 'sincerely', 'could you', 'can you', 'would you', 'please {confirm|clarify|let me know}', 'i may have', 'i might have', 'misunderstood', 'my mistake', 'thank+ for {your|the} {help|patience|time}', 'no pressure', 'totally understand', 'completely understand'] },
    },
    {
      patterns: [
        '{kindly|please} {refer|see|scroll} [back] [up] [to|down to] the {thread|chain|email chain|trail|email trail|thread below|chain below|history|exchange} [below]',
        'as discussed {on|in|over|during|across} {@count|two|three|four|five|several|multiple|# } [separate|different] {calls|occasions|emails|meetings|times|conversations}',
      ],
      reason: 'Pointing back to what you already said reads as a reproach.',
      requires: ['already', 'as i said', 'previously', 'answered', 'twice', 'again', 'wrong', 'still', 'yet', 'incorrect', 'missing', 'never', 'not been', 'has not', 'have not'],
      unless: { sentence: ['sorry', '{apology|apologies|apologise+|apologize+}', 'in case', 'happy with', 'thank+'] },
    },
    // Families from extra-web-sp batch 3.
    {
      patterns: [
        'what are you [all|guys|lot|people] [even] waiting for',
        '{i am|i m|im} not {upset|mad|angry|annoyed|bitter|bothered|cross|hurt|offended} *** *** ** {i am|i m|im} [just] {upset|annoyed|disappointed|surprised|saddened|frustrated|bothered|hurt|angry|mad}',
        'of course i said {it was|that was|it is|that is} {no problem|fine|ok|okay|no trouble|not a problem|no bother}',
        '{kindly|please} {re read|reread|re-read|read again|have another read of|look again at|actually read} my',
        '{is|are} all you {are getting|are going to get|will get|re getting}',
        '{you have|you ve|you|they|they have|anyone|someone|somebody|your team|the team} [have|has] [finally] actually bothered to',
      ],
      reason: 'Polite wording that carries a reproach reads as passive-aggressive.',
      unless: { sentence: ['sorry', '{apology|apologies|apologise+|apologize+}', 'genuinely', 'sincerely', 'happy to', 'glad to', 'my mistake', 'i may have', 'i might have', 'thank+ [you] for {your|the} {help|time|patience}', 'in case'] },
    },
    {
      patterns: [
        'notice how i',
        '{exactly|precisely|all|the minimum|the bare minimum} what you {are getting|are going to get|will get|re getting}',
        'once you {actually|finally|eventually|bother to|actually bother to} {check|read|look|open|get round to|get around to}',
        'as {i am|i m|im} sure you will {discover|find|see|realise|realize|notice}',
      ],
      reason: 'Polite wording that carries a reproach reads as passive-aggressive.',
      requires: ['even', 'do not', 'did not', 'never', 'not', 'only', 'so {two|one|a|the}', 'nothing more', 'no more', 'actually', 'finally', 'eventually', 'bother', 'mistake', 'wrong', 'error', 'already'],
      unless: { sentence: ['sorry', '{apology|apologies|apologise+|apologize+}', 'with me', 'happy to', 'glad to', 'my mistake', 'i may have', 'i might have', 'thank+', 'easier', 'in case', 'highlight+'] },
    },
    // Families from extra-web-sp batch 4.
    {
      patterns: [
        'i am sure {you are|you re|they are|the team is|everyone is|your team is|hr is} doing {the|their|your|its} best {you|they|it|he|she|anyone} {can|could}',
        'why {nobody|no one|none of you|not one of you} {has|have|had} [ever] [even] {replied|responded|answered|got back|gotten back|called|written|acknowledged|bothered}',
        '{clearly|obviously|evidently|apparently} {nobody|no one|none of you|not one of you} [even|actually|ever] {checked|read|looked at|opened|reviewed|glanced at|bothered|noticed|listened}',
        '{not sure|no idea|unclear|i do not know|i wonder} why i {was|am|were} even {invited|interviewed|asked|called|shortlisted|considered|here|there|included|contacted}',
        'i [have] already told you {this|that|twice|before|on the phone|on the call|in my @doc|in the interview}',
      ],
      reason: 'Polite wording that carries a reproach reads as passive-aggressive.',
      unless: { sentence: ['sorry', '{apology|apologies|apologise+|apologize+}', 'genuinely', 'sincerely', 'thank+', 'appreciate+', 'grateful', 'enjoy+', 'love+', 'excite+', 'happy to', 'glad to', 'in case', 'my mistake'] },
    },
    {
      patterns: ['i mind', 'i do mind', 'actually i do mind', 'yes i mind', 'i very much mind'],
      alone: true,
      reason: 'A clipped "I mind." reads as a reproach.',
    },
    // Families from extra-web-sp batch 5.
    {
      patterns: [
        '{forgive|excuse|pardon} me if {i am|i m|im|i} [not|less than|hardly] {not jumping|jumping|thrilled|excited|enthusiastic|rushing|keen|overjoyed|delighted|leaping|not thrilled|not excited|not rushing|not keen}',
        '{am i wrong|is it just me|is it only me|would i be wrong} [to|or] [*] [*] [*] [*] {excessive|too much|unreasonable|a bit much|a little much|disproportionate|extreme|over the top}',
        'i can only imagine how {you|they|your @staff|the @staff|the company|management} {treat|treats|handle|handles|manage|manages|pay|pays|speak to|speaks to|talk to|talks to}',
        '{i|we} {shall not|shan t|shant|will not|won t|wont|am not going to|m not going to} [be] {hold|holding} my breath',
        'not holding my breath',
      ],
      reason: 'Polite wording that carries a reproach reads as passive-aggressive.',
      unless: { sentence: ['sorry', '{apology|apologies|apologise+|apologize+}', 'genuinely', 'sincerely', 'thank+', 'grateful', 'appreciate+', 'excite+ {about|for|to}', 'love+', '{congrats|congratulations|congratulate+}', 'under water', 'underwater', 'swim+', 'dive', 'diving', 'snow', 'rain', 'weather', 'traffic', 'train', 'trains', 'bus', 'strike', 'storm'] },
    },
    // Informal variants (text-speak, no apostrophes) of families already covered.
    {
      patterns: [
        '{did|do|does|has|have} {you|u|anyone|anybody|someone|somebody|your @staff|the @staff|any of you} {even|actually|ever|even actually} {read|look at|looked at|open|opened|glance at|review|check} my {cv|resume|résumé|application|email|emails|portfolio|cover letter|message|messages|references|work}',
        'should i [just] {assume|take it} {it is|its|it s|that is|thats|that s|this is} a no',
        '{guess|i guess|i suppose|suppose} {ill|i will|i ll} [just] {take the hint|stop asking|stop emailing|stop bothering you|move on then|get the message}',
      ],
      reason: 'Polite wording that carries a reproach reads as passive-aggressive.',
      unless: { sentence: ['sorry', '{apology|apologies|apologise+|apologize+}', 'genuinely', 'sincerely', 'thank+', 'in case', 'if so', 'if not', 'no worries', 'happy to', 'feedback'] },
    },
    {
      patterns: ['k thanks', 'k thx', 'kk thanks', 'k then', 'k cool'],
      alone: true,
      reason: 'A clipped "k thanks" reads as a reproach.',
    },
    // Families from extra-web-sp batch 6.
    {
      patterns: [
        '{not|hardly|never|not even} [remotely|one bit|a bit|at all] surprised [in the slightest|in the least|at all] [to be honest|honestly|tbh|frankly]',
        'i take it {that|this|the *|your *|it|that this} *** *** {means|is} {no|a no|not|never}',
        'i take it {that is|that s|thats|this is|it is|its} a no',
        'still waiting {on|for} {that|those} *** *** {btw|by the way}',
        '{you could|maybe|perhaps|you might} [next time] [you could] try reading',
        'reading {past|beyond} the first {line|paragraph|sentence|page}',
        'given {nobody|no one|none of you|you|your team|the team} {will|would|can|could|bothered to|is going to|seems to|seem to|wants to|want to} [bother to] {tell|inform|update|let|answer|reply to} me',
        '{bit|a bit|little|a little|rather|pretty} rich {to ask|to expect|to demand|coming from|of you|for you to|when}',
      ],
      reason: 'Polite wording that carries a reproach reads as passive-aggressive.',
      unless: { sentence: ['sorry', '{apology|apologies|apologise+|apologize+}', 'genuinely', 'sincerely', 'thank+', 'appreciate+', 'grateful', '{congrats|congratulations|congratulate+}', 'great team', 'strong', 'deserve+', 'well deserved', 'happy for', 'proud', 'sauce', 'food', 'dessert', 'meal', 'cake', 'chocolate'] },
    },
    {
      patterns: ["i am sure {there {is|was|must be|must have been}|theres} a [very|perfectly|really] {good|valid|sound} {reason|explanation|excuse} [for it|for that|for this|for the delay|for the silence] but"],
      reason: '"I\u2019m sure there\u2019s a good reason, but…" reads as a reproach.',
      requires: ['@span', 'days', 'weeks', 'months', 'ago', 'still', 'no {reply|response|word|answer}', 'nothing'],
      unless: { sentence: ['sorry', '{apology|apologies|apologise+|apologize+}', 'could you', 'can you', 'would you', 'happy to wait', 'no worries', 'no rush', 'understand'] },
    },
    // Families from extra-web-sp batch 7.
    {
      patterns: [
        '{how|just how} {difficult|hard|tough|complicated} {is it|can it be|would it be|was it|could it be|would it have been} to {send|write|reply|tell|let|pick up|make|drop|give|say|answer|update}',
        'unlike some {people|companies|recruiters|employers|of us|firms|organisations|organizations|hiring managers}',
      ],
      reason: 'Polite wording that carries a reproach reads as passive-aggressive.',
      unless: { sentence: ['sorry', '{apology|apologies|apologise+|apologize+}', 'genuinely', 'sincerely', 'thank+', 'in case', 'recipe', 'cake', 'instead of', 'by post', 'printer'] },
    },
    {
      patterns: ['{as per|per} my {email|e-mail|e mail|emails|message|messages|mail|mails|note|letter|voicemail}'],
      reason: '"As per my email" reads as "you didn’t read it".',
      suggestions: ['To recap', 'As a quick recap'],
      unless: { after: ['address', 'account', 'inbox', 'signature', 'alias', 'client', 'settings'], sentence: ['sorry', '{apology|apologies|apologise+|apologize+}', 'my mistake', 'i forgot', 'in case'] },
    },
    // Session 4 (extra-web-s4a batch 1 and the holdout 3–4 misses): reproaches dressed as
    // observations, assumptions and polite asides.
    {
      patterns: [
        // "How hard can it be?"
        'how {hard|difficult|tough|complicated} {can it|could it|can that|could that|can this} [really|possibly|honestly|actually] be',
      ],
      end: true,
      reason: 'A rhetorical "how hard can it be?" reads as a reproach.',
      unless: { sentence: ['learn+', 'pick+ up', 'master+', 'famous last words', 'turns out', 'turned out'] },
    },
    {
      patterns: [
        // "As I told you the first time you called (and the seven times after that)"
        '{as|like} i {told|said to|explained to|informed|mentioned to|have told|already told|have already told|had told} you {the first time|twice|# times|@count times|repeatedly|several times|more than once|multiple times|numerous times|again and again|over and over|the last # times|each time|every time}',
        // "but I don't have to like it"
        '{i do not|does not mean i|doesn t mean i|doesnt mean i|nobody says i|no one says i|that does not mean i} {have|need} to {like|love|enjoy|be happy about} {it|this|that}',
        // "I'm going to assume someone actually read my CV"
        '{i am going to|i will|i shall|let me|i am choosing to|i will just|i am just going to} assume [that] {someone|somebody|anyone|you|your @staff|a human|a person|anybody|a real person|the @staff} {actually|really|even|at least|did} {read|looked at|opened|saw|glanced at|skimmed|reviewed}',
        // "I really do hope you at least received it"
        '{hope|trust|assume|presume} {you|someone|somebody|anyone|your @staff|the @staff|a human|a person} [did|have|has] {at least|even|actually} {received|read|opened|saw|got|looked at|glanced at|noticed|skimmed}',
        // "in case the previous two copies were mislaid on your side"
        'in case the {previous|last|first|other|earlier|prior} {@count|two|three|four|five} {copies|emails|messages|attempts|versions|applications|letters|voicemails|calls|follow ups} {were|got|went|have been|had been} {mislaid|lost|misplaced|buried|eaten|deleted|missed|ignored|overlooked|swallowed}',
        // "but I suppose that's a lot to ask these days"
        '{i suppose|i guess|apparently|evidently|seemingly|clearly|obviously} {that is|it is|this is|that was|it was} {a lot|too much|asking too much|asking a lot|a big ask|a tall order} [to {ask|expect|hope for}] {these days|nowadays|anymore|any more|in # |of {a company|an employer|recruiters|anyone|you}}',
        // "but I'm sure you know best"
        '{but|though|still|well} {i am sure|no doubt|i suppose|i guess|presumably|obviously|clearly} you {know|knew} {best|better}',
        // "I'm not upset, I just find it disheartening and a bit disrespectful"
        'i am not {upset|angry|mad|annoyed|bitter|offended|hurt|salty|cross} [,] i {just|simply|only|merely|do} {find|think|found|feel|believe} *** {disrespectful|rude|unprofessional|disheartening|insulting|hurtful|telling|ironic|odd|strange|curious|a shame|sad|baffling|bizarre|poor form|lazy|careless|thoughtless}',
        // "I'll be very interested to see how your new hire works out."
        '{i will be|i am|i shall be} [very|most|really|so|quite] {interested|curious|intrigued|fascinated} to see how {your|the} {new hire|new person|chosen candidate|successful candidate|person you hired|person you chose|person you picked|hire|replacement|decision|choice|new recruit|new starter|new employee} {works out|work out|turns out|does|fares|gets on|goes|performs|pans out|lasts}',
        // "Mine has only been rearranged four times."
        'only been {rearranged|moved|changed|rescheduled|cancelled|canceled|shifted|pushed back|postponed|bumped|reshuffled|cleared} {#|@count|twice} [times]',
        // "I notice you still haven't responded to my email of the 12th."
        'i {notice|noticed|see|note|noted|can see|observe|couldn t help noticing|could not help noticing} [that] {you|nobody|no one|your @staff|the @staff|they} still {have not|has not|did not|are not|is not|have yet to|has yet to|never}',
        // "Hope you had a relaxing weekend, but I still haven't received the contract"
        '{hope|trust|i hope|i trust} {you|your @staff|everyone} {had|enjoyed|are having|have had|are enjoying|were having} a {relaxing|lovely|nice|good|great|restful|wonderful|fun|pleasant|long|peaceful} {weekend|holiday|break|vacation|time off|week|trip|bank holiday|easter|summer} [,] but i {still|have still|am still|had still|never}',
        // "perhaps we can revisit what was actually agreed on our call?"
        '{revisit|recall|remember|look at|refer to|go back to|remind you of|remind everyone of|stick to|check} what {was|we|you} [had|have] actually {agreed|said|discussed|promised|offered|committed to|wrote|put in writing}',
        // "I spent five hours on your process and I can't even get a reply."
        '{and|but|yet|still} i {can not|cannot|could not|still can not|still cannot} even get a {reply|response|call back|callback|answer|email back|acknowledgement|acknowledgment|yes or no|rejection|one line reply|one-line reply}',
        // "I'd rather you just told me you weren't interested than say nothing at all"
        'i would [much|far] rather {you|they|someone|somebody|your @staff} [had] [just|simply] {told|tell|said|say|let|sent|send} me *** [*] [*] than {say|saying|said|hear|hearing|heard|send|sending|leave|leaving|get|getting|be|being|have|having} {nothing|no reply|no response|silence|ghosted|ignored|left hanging}',
        // "so I guess you *really* don't want me!"
        '{i guess|i suppose|apparently|clearly|evidently|so} you {really|truly|seriously|definitely|just|very much} {do not|did not} want me',
        // "Nice. I won't even point out that 'first round' should be hyphenated."
        'i {will not|shall not|would not} even {point out|mention|comment on|bring up|go into|get into|talk about|dignify} [that|the|how|the fact|why]',
        // "Just circling back on this, since I know you saw my last message."
        '{since|as|because|given} i {know|can see|could see|noticed|saw} {you|that you|your @staff} {saw|read|opened|have seen|have read|had seen|had read|viewed|looked at} my {last|previous|first|earlier|original} {@doc|emails|messages}',
      ],
      reason: 'Polite wording that carries a reproach reads as passive-aggressive.',
      unless: { sentence: ['sorry', '{apology|apologies|apologise+|apologize+}', 'genuinely', 'sincerely', 'thank you so much', 'grateful', 'excite+', 'enjoy+', 'delicious', 'lovely to', 'congratulat+', 'happy for', 'understand', 'no rush', 'no pressure'] },
    },
    {
      patterns: [
        // "We went through this exact conversation in April, just three months ago."
        '{we|you and i} [already|have already|had already|have] {went|gone|been|go|covered|discussed|talked|had} {through|over|about} {this|that} {exact|very|exact same|very same|same exact|identical} {conversation|discussion|issue|question|point|thing|exercise|topic|problem|request}',
        '{we|you and i} [already|have already|had already] {had|have had|covered|discussed} {this|that} {exact|very|exact same|very same|same exact|identical} {conversation|discussion|issue|question|point|exercise|topic}',
      ],
      reason: 'Pointing out that this was covered before reads as "you didn’t listen".',
      requires: ['already', 'again', 'before', 'ago', 'twice', '@count times', 'previously', 'last time', 'more than once', 'how many times'],
      unless: { sentence: ['thank+', 'grateful', 'appreciat+', 'add', 'follow up on', 'build on', 'expand on', 'enjoy+', 'helpful', 'confirm+'] },
    },
    {
      patterns: [
        // "Three years on, I'm doing pretty well without you"
        '{doing|managing|getting on|getting along|coping|surviving|thriving} [just|pretty|perfectly|very|quite|really|absolutely] {well|fine|ok|okay|great|nicely} without {you|your company|your firm|your team|your agency|your organisation|your organization|your help|your offer|your job}',
      ],
      reason: 'Polite wording that carries a reproach reads as passive-aggressive.',
      unless: { before: ['not', 'never', 'would not be', 'could not be', 'will not be', 'can not be', 'cannot be'], sentence: ['miss+', 'thank+', 'grateful', 'appreciat+', 'hope you are', 'hope the team', 'the team is', 'the team are'] },
    },
    {
      patterns: [
        // "You may not be aware that I put many hours of work into my application."
        'you {may|might} not be aware [that] i {put|spent|invested|sacrificed|took|gave up|turned down|drove|travelled|traveled|rearranged|cancelled|canceled}',
        // "I refer, of course, to your complete lack of any reply"
        'your {complete|total|utter|absolute|obvious|continued|ongoing|continuing|apparent} lack of {any|a} [*] {reply|replies|response|responses|communication|acknowledgement|acknowledgment|feedback|courtesy|follow up|manners|contact|update|updates}',
        // "people have completely abandoned professional courtesy"
        '{abandoned|forgotten|discarded|lost|given up on|thrown out|dispensed with|ditched|done away with|forgot} [all] [sense of] {professional courtesy|common courtesy|basic courtesy|basic manners|common decency|basic decency|good manners|all manners|the concept of courtesy|the art of replying}',
        // "Is it really so difficult to send a quick form email?"
        '{is|was|would} it [really|honestly|seriously|truly|actually] {so|that|too} {difficult|hard|much trouble|complicated|time consuming|much effort|much work} to {send|reply|respond|answer|tell|let|call|email|write|update|acknowledge|say|give|pick up|drop}',
        // "I'd rather have heard nothing at all than receive a rejection this condescending."
        'i would [much|far|honestly|frankly] rather {have heard|hear|have had|have got|have received|receive|get} {nothing|silence} [at all] than {receive|receiving|get|getting|read|reading|be sent|be fed|this|that|a|an|some|being|another|your|yet another}',
      ],
      reason: 'Polite wording that carries a reproach reads as passive-aggressive.',
      unless: { sentence: ['sorry', '{apology|apologies|apologise+|apologize+}', 'understand', 'recipe', 'cake'] },
    },
    // Families from extra-web-s4a batch 2.
    {
      patterns: [
        // "even though it's printed at the top of my CV"
        'even though {it is|it was|that is|this is|they are|it has been} [@intens] {printed|written|listed|stated|right there|spelled out|spelt out|in bold|highlighted|mentioned|included|attached} {at the top of|on|in|at the bottom of|in the subject line of} my {cv|resume|résumé|application|email|emails|signature|profile|cover letter|portfolio|message|first email|last email}',
        // "my time is valuable too"
        'my time is [just as|also|every bit as] {valuable|precious|important|worth something} {too|as well|also}',
        'my time is {just as|every bit as|also} {valuable|precious|important} [as yours]',
        // "You seem to have 'forgotten' our agreement"
        '{you|your @staff|they} {seem|seems|appear|appears} to have [conveniently] {forgotten|forgot|mislaid|misplaced|lost track of} {our|my|the|your} {agreement|promise|arrangement|deal|commitment|conversation|understanding}',
        '{you|your @staff|they} [have|has] conveniently {forgotten|forgot|overlooked|ignored|missed|skipped}',
        // "as if you were throwing me a bone"
        '{as if|as though|like} {you|they|your @staff} {were|are|was|had been} [just|kindly|generously] {throwing|tossing|chucking} me a bone',
        // "since you seem to need it"
        '{since|as|because|seeing as} {you|your @staff|they} {seem|seems|clearly|obviously|apparently|evidently} [to] {need|needs|could use|lack|lacks} it',
        // "Respect works both ways, you know."
        '{respect|courtesy|manners|common courtesy|basic courtesy|loyalty} {works|goes|cuts|runs|has to go|should go} both ways',
        // "Your reply has only confirmed that I clearly made the right decision."
        '{only|just|simply|certainly} {confirmed|confirms|proved|proves|proven|reinforced|reinforces|convinced me|reassured me} [that] i [clearly|definitely|certainly|obviously] {made|am making|have made} the right {decision|choice|call}',
        // "as it was promised two weeks ago"
        '{as|since|given that|seeing as} ** {was|were|had been|has been} promised [to me] {@span|# days|# weeks|a while|some time|ages} ago',
        // "Is there a reason you can't manage to answer two simple emails?"
        '{you|your @staff|they|nobody|no one} {can not|cannot|could not} [even] [seem to] manage [to] {answer|reply|respond|send|return|pick up|write|acknowledge|call}',
        'is there a [particular|specific|good] reason {you|your @staff|nobody|no one} {can not|cannot|could not|have not|has not|did not|will not|never|still}',
        // "If I cancelled on you and then went silent for a week, would you find that acceptable?"
        'would you {find|consider|think|call|see} {that|it} {acceptable|ok|okay|professional|fair|reasonable|polite|appropriate|respectful}',
        // "why I'm expected to decide by five today when it took you two weeks to call me back"
        'when {it took you|you took|it has taken you|you have taken|it took your @staff|your @staff took} {@span|# days|# weeks|# months|weeks|months|ages|forever|so long|this long|that long}',
      ],
      reason: 'Polite wording that carries a reproach reads as passive-aggressive.',
      requires: ['wrong', 'misspel+', 'misspelt', 'again', 'missed', 'overlook+', 'ignor+', 'still', 'asked', 'too', 'as well', 'also', 'agree+', 'promis+', 'bone', 'need it', 'could use it', 'both ways', 'right {decision|choice|call}', 'ago', 'manage', 'reason', 'if {i|a candidate|an applicant|someone|somebody|an employee|one of your *} {cancel+|ghost+|ignor+|went|stopped|did not|failed|treated|turned up|showed up|never|did that|did the same}', 'expect+', 'decide', 'deadline', 'rush+', 'hurry', 'pressur+', 'by {today|tomorrow|tonight|friday|monday|tuesday|wednesday|thursday|the end of}', 'conveniently', 'forgot+', 'wait+', 'respect', 'just as', 'every bit as'],
      unless: { sentence: ['sorry', '{apology|apologies|apologise+|apologize+}', 'i understand', 'completely understand', 'no rush', 'no problem', 'if i start', 'if i started', 'if i begin', 'if i join+'] },
    },
    // Families from extra-web-s4a batch 3.
    {
      patterns: [
        // "It is truly mind-boggling that a recruiter can't return a single phone call."
        '{mind boggling|baffling|beyond me|staggering|astonishing|unbelievable|beggars belief|boggles the mind|boggles my mind} [to me] that *** {can not|cannot|could not|would not|will not|did not|does not|do not|never|still} [even] [be bothered to|bother to|manage to|find the time to|seem to] {return|reply|respond|answer|send|call|pick up|acknowledge|get back|update|tell|inform}',
        // "I had to be the one to chase you"
        'i {had|have|always have|always had|ended up having} to be the one to {chase|remind|ask|follow up|call|email|prompt|nudge|track down|reach out}',
        // "please do your best to actually keep it"
        '{please|kindly|do|try to|do your best to|make an effort to|try and} actually {keep|read|reply|respond|answer|turn up|show up|honour|honor|stick to|look at|check|open}',
        // "If you promise to call back, then call back."; "When you promise something, you follow through."
        'if you {promise|say|tell * you will|commit} *** then {call|ring|email|reply|write|get back|do it|follow through|keep it|deliver|call back}',
        'when you promise {something|a call|someone something|a candidate something|to call|to ring|to email|to reply} [,] you {follow through|keep it|do it|deliver|call|keep your word}',
        '{umpteen|countless|endless|innumerable} {attempts|follow ups|emails|calls|messages|reminders|tries|voicemails}',
        // "there's no need to be so pushy"
        'no need to be so {pushy|rude|snippy|snarky|curt|short|aggressive|abrupt|condescending|dismissive|impatient|demanding|snappy|defensive|sharp}',
        // "It may well be that you can square this with your own conscience"
        '{square|reconcile} {this|that|it|things} with your [own] conscience',
      ],
      reason: 'Polite wording that carries a reproach reads as passive-aggressive.',
      requires: ['can not', 'cannot', 'could not', 'would not', 'will not', 'did not', 'does not', 'do not', 'never', 'still', 'the one to', 'actually', 'then', 'you promise', 'you', 'your', 'nobody', 'no one', 'no {reason|reply|response|explanation|word}', 'attempts', 'follow ups', 'emails', 'calls', 'messages', 'reminders', 'voicemails', 'no need', 'conscience', 'change the fact', 'late', 'again'],
      unless: { sentence: ['sorry', '{apology|apologies|apologise+|apologize+}', 'i did not mind', 'happy to', 'glad to', 'no problem', 'my fault', 'my mistake', 'i missed my', 'please do actually let me know', 'funny', 'haha', 'lol'] },
    },
    {
      patterns: [
        // "did something terrible happen to my interviewer?"
        'did something {terrible|awful|dreadful|tragic|catastrophic|horrible} happen to {my interviewer|the interviewer|you|your *|the hiring manager|the recruiter|everyone|your whole *}',
        // "You seem to think nothing of leaving candidates out of sight"
        '{you|your @staff|they} [clearly|obviously|apparently] {seem|seems|appear|appears} to think nothing of',
        // "I'm busy too, so I'm no longer interested."
        'i am [also|just as] busy {too|as well|myself}',
      ],
      reason: 'Polite wording that carries a reproach reads as passive-aggressive.',
      requires: ['@span', 'hour+', 'minutes', 'heard nothing', 'no word', 'leav+', 'no longer', 'not interested', 'withdraw+', 'left', 'nothing of', 'candidates', 'people'],
      unless: { sentence: ['no rush', 'no worries', 'no problem', 'hope you are {well|ok|okay|alright}', 'thank+'] },
    },
    {
      // "To add insult to injury, no reason has been given"
      patterns: ['to add insult to injury'],
      reason: 'Polite wording that carries a reproach reads as passive-aggressive.',
      requires: ['you', 'your', 'no {reason|reply|response|explanation|word|feedback}', 'nobody', 'no one', 'they'],
      unless: { sentence: ['my own fault', 'my fault', 'my mistake', 'i then', 'i also', 'sorry', '{apology|apologies|apologise+|apologize+}'] },
    },
    {
      // "I hear what you're saying, but it doesn't change the fact that my offer letter is three weeks late."
      patterns: ['i hear what you are saying [,] but'],
      reason: 'Polite wording that carries a reproach reads as passive-aggressive.',
      requires: ['{does not|will not|did not} change the fact', 'late', 'again', 'ignor+', 'promis+', 'still {waiting|have not|has not|no}'],
    },
    {
      // "Sure. Whatever you say."
      patterns: ['[sure|fine|okay|ok|right|yeah] whatever you {say|think|want|decide|reckon}'],
      alone: true,
      reason: 'A curt "whatever you say" reads as passive-aggressive.',
    },
    {
      // "How tough is it to send a twenty-word email saying thanks but no thanks?"
      patterns: ['{how|just how} {difficult|hard|tough|complicated} {is it|can it be|would it be|was it|could it be|would it have been} to {send|write|reply|tell|let|drop|give|say|answer} [*] [*] [*] {thanks but no thanks|no thanks|a {quick|simple|short|two line|one line|# word|ten word|twenty word|two word|five word|one word|fifty word} *}'],
      reason: 'Polite wording that carries a reproach reads as passive-aggressive.',
      unless: { sentence: ['sorry', '{apology|apologies|apologise+|apologize+}', 'abroad', 'overseas', 'by post'] },
    },
    // Families from the holdout 3–4 misses (session 4).
    {
      patterns: [
        // "you haven't had the courtesy to answer either of my last two emails"
        '{you|your @staff|nobody|no one|they|he|she} [still] {have not|has not|did not|could not|never|still have not|still has not} [even] {had|have|shown|showed|show|extended|found|displayed} the [basic|common|simple|professional|most basic|basic human] {courtesy|decency|manners|respect|professionalism} to',
        // "I'd just have liked to hear them before I turned down two other offers"
        'i would [just|only|simply|at least] have {liked|appreciated|preferred|wanted} to {hear|know|be told|learn|find out} {them|that|this|it|about it|about this|the reasons|why} before i',
        // "Don't you think I already know the final call isn't yours?"
        'do not you think i {already|obviously|clearly|would already} {know|knew|understand|realise|realize|get}',
      ],
      reason: 'Polite wording that carries a reproach reads as passive-aggressive.',
      unless: { sentence: ['sorry', '{apology|apologies|apologise+|apologize+}', 'my fault', 'no problem'] },
    },
    {
      // "Even an email saying you'd filled the position would have been nice."
      patterns: ['would have {been nice|been something|been appreciated|been welcome|counted as an answer|been better than nothing|been enough|sufficed|been polite|been courteous|been the decent thing}'],
      reason: 'Pointing out the least the reader could have done reads as passive-aggressive.',
      requires: ['even {a|an|one|just|a simple|a quick|a one|a two|a form|a generic|a standard|an automated|a short|a single|please|that|your}'],
      unless: { sentence: ['sorry', '{apology|apologies|apologise+|apologize+}', 'my fault', 'i should', 'i could', 'i would have loved'] },
    },
  ],
};
