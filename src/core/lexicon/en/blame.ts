import type { CategoryLexicon } from './types';
import { APOLOGY } from './classes';

/** The reader's side as the agent ("you", "your recruiter", "your team's scheduler"). */
const AGENT = "{you|you guys|you people|you lot|you all|yall|y all|u|u guys|ur *|your *|your * *|your * 's *|the recruiter|the interviewer|the hiring manager|the company|the agency|the panel|your side|your end|they|he|she}";

/** Outcomes a candidate blames on someone else. */
const LOSS =
  '{lost|missed|turned down|declined|passed on|passed up|gave up|wasted|failed|bombed|struggled|froze|quit|resigned|blew|did not get|never got|could not {make|attend|join|prepare|finish|get|answer}|was late|was unprepared|was not prepared|was rejected|got rejected|got lost|got marked down|am still unemployed|am unemployed|am now unemployed|am out of work|am still out of work|am still looking|have no job|have no offer|had to {cancel|reschedule|take|leave|miss|pay|drive|wait|turn down|decline|quit}|withdrew|pulled out|walked away|dropped out|backed out|ended up {unemployed|with nothing|with no *|missing|losing|late}}';

export const blame: CategoryLexicon = {
  category: 'blame',
  reason: 'Blaming the reader for the outcome puts them on the defensive.',
  note: 'Even when the process really did go wrong, blame makes the reader defend it instead of helping you, and it colours how they remember you. Describe what happened without assigning fault, then say what you would like now ("Could we reschedule?", "I’d welcome feedback").',
  entries: [
    {
      patterns: [
        '{@your|the} {@process|hiring|recruiting|recruitment} {is|was|seems|seemed|are|were} [@intens] [@intens] {broken|flawed|rigged|unfair|hostile|toxic|cruel|inhumane|dehumanising|dehumanizing|demeaning|degrading|abusive|exploitative|predatory|a mess|a joke|a disaster|a shambles|a farce|disorganised|disorganized|chaotic|a nightmare|dysfunctional|a waste of time|unprofessional|pointless|useless|a sham|biased|discriminatory|not fit for purpose}',
        '@your {@process|hiring|recruiting|onboarding|website|communication} ** {is|are|was|were} [@intens] {broken|a mess|a joke|a disaster|a shambles|chaotic|rigged|dysfunctional}',
        '{@you|@your} {has|have|had|clearly has|clearly have|obviously has|obviously have} no idea how to {run|hire|interview|treat|manage|conduct|communicate|recruit|organise|organize|schedule}',
      ],
      reason: 'Calling the reader’s process broken reads as blame.',
      unless: { before: ['not', 'never'], sentence: ['do not think', 'did not think', 'not at all', 'never felt', 'at my {last|previous|former|current} *', 'i {fixed|rebuilt|redesigned|improved|repaired|streamlined|overhauled}', 'in my {last|previous|former|current} {role|job|position}', 'well organised', 'well organized'] },
    },
    {
      patterns: [
        'waste+ *** @mytime',
        '{you|your *|they|he|she} waste+ {a|an|the} [whole|entire|full] {week|day|month|morning|afternoon|evening|weekend|year|hour|fortnight} [of my {time|life}]',
        'waste+ {my|our} *** {time|morning|afternoon|day|week|weekend|evening|life|energy}',
        '{you|your *|they|he|she|the recruiter|the company|the agency} waste+ {# hours|# weeks|# days|# months|hours|weeks|days|months|a day|an afternoon|a morning|a week|three hours|two hours|an hour} [of my {time|life|day|week}]',
      ],
      reason: 'Saying they wasted your time reads as blame.',
      suggestions: [],
      unless: { before: ['not want to', 'do not want to', 'did not want to', 'hate to', 'never want to', 'to avoid', 'avoid', 'not to', 'rather not'], sentence: ['your time', 'i {wasted|waste}', 'i have wasted', 'i would have wasted'] },
    },
    {
      patterns: ['[a|an] [complete|total|absolute|utter|huge|massive|colossal|big] waste of {my|our} {time|day|morning|afternoon|week|energy|life|effort|evening|weekend}', '[a|an] [complete|total|absolute|utter|huge|massive|colossal|big] waste of time'],
      reason: 'Calling the process a waste of time reads as blame.',
      unless: { before: ['not', 'never', 'no', 'hardly', 'far from', 'anything but', 'not at all', 'was not', 'is not', 'was never', 'by no means'], sentence: ['not {a|at all a} [complete|total] waste', 'never {a|feel like a} waste', 'your time', 'sorry', APOLOGY, 'not want', 'do not think'] },
    },
    {
      patterns: [
        '{it is|it was|this is|that is|the fault is|the blame is|the mistake is|the error is|this was|that was} {your|all your|entirely your|completely your|totally your|100% your} {fault|mistake|error|doing|problem|responsibility|failure}',
        '{your|their|his|her|the recruiter *|the company *|the agency *} {fault|mistake|error}, not mine',
        'not {my|mine} {fault|mistake|ability|problem|doing|failure|error|responsibility}',
        '{my|the} {fault|mistake|error|problem}, not {yours|mine}',
        '{this|that|it} is [all] on {you|them}',
        '{this|that|it} is [all] on your {shoulders|team|recruiter|company|agency|side of things}',
        '{this|that|it} one is on you',
        '{belong+|lies|lie|rests} {with|on} {you|your|your *|the agency|the company|the recruiter|them} [not with me|not me]',
        'through no fault of my own',
        'because of {your|their|his|her} {mistake|error|negligence|incompetence|disorganisation|disorganization|carelessness|failure|recruiter|scheduler|coordinator|consultant|team|process|system|delay|delays}',
        '{thanks to|due to} {your|their} {mistake|error|negligence|incompetence|disorganisation|disorganization|carelessness|failure|sloppiness|lack of}',
        'reflect+ {your|the agency *|the company *} {disorganisation|disorganization|incompetence|failures|mistakes|chaos|failure|mess}',
        'reflects poorly on {you|your|the company|the agency}',
      ],
      reason: 'Assigning fault to the reader reads as blame.',
      unless: { before: ['not', 'no'], sentence: ['that is on me', 'this is on me', 'my mistake', 'my fault', 'my error', 'help+', 'to solve', 'love to', 'happy to', 'glad to'] },
    },
    {
      patterns: [
        '{you|he|she|they|your *|the recruiter|the company|the agency|the interviewer|nobody|no one|the hiring manager|the panel} [*] {never|did not|failed to|neglected to|forgot to|could not be bothered to|did not bother to|never bothered to|never even} [*] {told|tell|mentioned|mention|informed|inform|warned|warn|advised|advise|forwarded|forward|sent|send|passed|pass|advocated|advocate|explained|explain|disclosed|disclose|shared|share|bothered}',
        '{nobody|no one|none of you|not one person|you never} {told|informed|warned|mentioned|explained|said}',
        'i was never {told|informed|warned|advised|given}',
        '{you|he|she|they|the recruiter|your *} {misled|misinformed|misrepresented|lied to|deceived|belittled|humiliated|insulted|disrespected|mistreated|ambushed|sabotaged|blindsided} [me|the role|the job|the position]',
        'i {was|felt|have been|had been|did not deserve to be} [@intens] {belittled|humiliated|disrespected|mistreated|victimised|victimized|ambushed|sabotaged|blindsided|misled|lied to|insulted|jerked around|strung along|treated unfairly|treated like}',
        'did not deserve to be',
        'i did not deserve {this|that|to|such}',
        '{instead of|rather than|than} {doing|do} {her|his|their|your} {job|jobs|work}',
        '{which|that} is [literally|actually|precisely|exactly] {your|his|her|their} job',
        '{do|did|does} {your|his|her|their} job [properly|right|correctly]',
        '{is|was|were|are} the [only|real|main|sole] reason [why] i {performed|did|failed|struggled|lost|missed|was|did not|could not|bombed|messed|came across|ran|froze|underperformed|got}',
        '{failed|did badly|performed poorly|messed up|ran out of time|was late|missed|struggled|froze|bombed|lost} ** because {of your|your|you|the recruiter|the interviewer|the portal|the system|the link|your *}',
        '{because|since} {your|the} {portal|system|website|site|link|software|platform|test platform|video link|zoom link|interviewer|recruiter|coordinator|scheduler|team} {crashed|failed|broke|froze|was down|went down|did not work|was late|showed up late|never|kept|lost|sent}',
        '{blamed|blames|blaming} me {for|when|even though}',
        'had {you|your *|the recruiter|anyone|someone} [only|actually|just] {bothered|taken the time|read|looked|checked|told|listened|asked}',
        '{it is|it was|that is} down to {your|you|the recruiter} *',
        '{caused|created|started} [entirely|solely|completely] by {your|you}',
        'not by me',
        'the [only|real|main] reason ** {went|was|did|turned out|happened} ** {is|was} {that|because} {you|your|the recruiter|the interviewer|he|she|they|nobody|no one}',
        'because {you|your *|your * *} {lost|forgot|misplaced|sent|failed|never|did not|cancelled|canceled|double booked|double-booked|gave|misled|ignored|mixed up|messed up|screwed up}',
        '{entirely|completely|totally|all|100%|squarely|wholly} {your|your *|your * \'s|the company \'s|the agency \'s|the recruiter \'s} {fault|mistake|error|doing|responsibility}',
        '{your|your company \'s|your team \'s|your recruiter \'s|your agency \'s|the company \'s|the agency \'s|the recruiter \'s} fault',
        '{kept|keeps|kept on} {interrupting|talking over|cutting off|rushing|ignoring} me',
        'it is unfair of you',
        '{unfair|wrong|rude|cruel|unprofessional|disrespectful} of {you|your *|them} to',
        '{bore|bears|had|has} no resemblance to {what|the|anything}',
        'not what {you|your *|the recruiter|the ad|the posting|the listing|the job ad} {described|advertised|promised|said|told me|sold me}',
        'can hardly be {judged|blamed|expected|held|faulted|marked down}',
        'how was i supposed to know',
        'how {could|would|should} i have known',
        'it is not {my|like} ** fault',
        'if {your|the} * ** had [only] {not|done|just|bothered|read|told|sent|given|checked|forwarded}',
        'if you had [only] {not|done|just|bothered|read|told|sent|given|checked|forwarded|actually}',
      ],
      reason: 'Making the reader responsible for how it went reads as blame.',
      unless: { before: ['not', 'sorry if', 'in case', 'even if'], sentence: ['sorry', APOLOGY, 'thank+', 'grateful', 'help+', '{believed|believing|believe|believes|belief} in me', 'support+', 'given me a chance', 'gave me a chance', 'i was never told {exactly|where|who|what time}', 'could you', 'would you', 'can you', 'please let me know', 'no worries', 'no problem', '{happy|glad} to', 'happily', 'gladly', 'kindly', 'appreciate+', 'which was {kind|nice|helpful|great}'] },
    },
    {
      patterns: [
        'the {only|real|main|sole|whole} reason *** {went badly|went wrong|went poorly|did not go well|did not go better|failed|was a disaster|fell apart|was so bad|was a mess|bombed} {is|was} {that|because}',
        '{down to|because of|thanks to|due to|caused by} {your|you|the recruiter|the company|the agency} *** {losing|forgetting|misplacing|failing|never|mixing up|messing up|screwing up|cancelling|canceling|lost|forgot|misplaced|incompetence|disorganisation|disorganization|negligence|carelessness|sloppiness|chaos|mistakes|errors|mix up|mix-up|blunder|blunders}',
        '{your|your *|the company \'s|the agency \'s|the recruiter \'s|your recruiter \'s|your team \'s|your company \'s} [*] {disorganisation|disorganization|incompetence|negligence|carelessness|sloppiness|chaos|inefficiency|blunder|blunders|mix up|mix-up} *** {cost|ruined|sank|killed|wrecked|lost|blew}',
        '{it is|it was|that is|that was|this is|this was} {your|you|the recruiter|the company|the agency} *** that {cost|ruined|sank|killed|wrecked|blew} {me|my}',
        'so {of course|naturally|obviously|no wonder} i {could not|did not|was not|failed|struggled|came across|froze|was late|missed|had no|never|ran out}',
        '{you|your *|they|he|she|the *} did not even {ask|asked|look at|read|bother|let me|give me|check|try|listen|glance}',
        '{set|was set|were set|being set|been set} up to fail',
        '{your|the recruiter \'s|your recruiter \'s|the company \'s|the agency \'s} {vague|misleading|wrong|incorrect|confusing|contradictory|sloppy|terrible|useless|outdated|inaccurate} {brief|instructions|directions|information|info|job description|description|advert|ad|address|details|guidance|scheduling}',
      ],
      reason: 'Making the reader responsible for how it went reads as blame.',
      unless: { before: ['not', 'sorry if'], sentence: ['sorry', APOLOGY, 'my {own|nerves|lack|inexperience}', 'no fault', 'not your fault', 'could you', 'would you', 'can you'] },
    },
    {
      patterns: [
        '{which is why|that is why|this is why|that is the reason|which is the reason} i {was|missed|could not|did not|failed|froze|struggled|arrived|came|ran|had|got|lost|bombed|performed|seemed|sounded|looked}',
        'if only {you|your *|your * *|the recruiter|the company|the interviewer|someone|somebody|anyone} {had|would have|could have|bothered|cared|listened|read|told}',
        '{never|not} {given|offered|afforded} a {fair|real|proper|genuine|decent|reasonable} {chance|shot|hearing|go|opportunity}',
        '{did not|never} {give|gave|let} me a {fair|real|proper|genuine|decent|reasonable} {chance|shot|hearing|go|opportunity}',
        '{gave|sent|told|emailed|provided} me the wrong {time|date|address|link|information|info|location|room|number|details|office|timezone|time zone}',
      ],
      requires: ['you', 'your', 'the recruiter', 'the company', 'the interviewer', 'they', 'them', 'fair', 'if only', 'so', 'which is why', 'that is why', 'because'],
      reason: 'Making the reader responsible for how it went reads as blame.',
      unless: { before: ['not'], sentence: ['sorry', APOLOGY, 'my own', 'my fault', 'my mistake', 'could you', 'would you', 'can you', 'no problem', 'no worries', 'easy mistake', 'happens', 'no harm', 'i was not paying', 'i {forgot|misread|overslept|lost track|misjudged|underestimated|misremembered}', 'my {alarm|phone|train|car|nerves}', 'fixed', 'sorted', 'worked out', 'all good', 'quickly', 'no big deal', 'understand'] },
    },
    {
      patterns: [
        'i [*] only {failed|struggled|did badly|froze|was late|missed|bombed|lost|ran out of time|underperformed} ** because',
        '{failed|struggled|did badly|froze|was late|missed|bombed|lost|ran out of time|underperformed} ** because {nobody|no one|they|he|she|your|you}',
        '{which|that|this|it} {is|was} {entirely|completely|totally|squarely|all|100%|firmly|wholly|solely} on {you|your|them|the recruiter|the company|the agency|the coordinator|the scheduler|the interviewer|the panel}',
        '{promised|assured|told|guaranteed} me *** {and then|then|but then|only to|before} {vanished|disappeared|ghosted|went silent|went quiet|stopped responding|backed out|changed|withdrew|pulled|reneged|vanishing|disappearing|ghosting}',
        'so i {turned down|declined|rejected|lost|missed|gave up|passed on|walked away from} {another|the other|a|my|an} [*] {offer|job|role|opportunity|position|interview}',
        '@your [*] [*] {was|is|were|are} [@intens] {misleading|deceptive|dishonest|inaccurate|false|wrong} {about|regarding|on|in|when}',
        'do not pretend {i|that|you|it|this|there|we}',
      ],
      reason: 'Making the reader responsible for how it went reads as blame.',
      unless: { before: ['not', 'sorry if'], sentence: ['sorry', APOLOGY, 'my {own|nerves|lack|inexperience}', 'on me', 'my fault', 'my mistake', 'could you', 'would you', 'can you'] },
    },
    {
      patterns: ['{i was|we were} {given|sent|told|shown} the wrong'],
      requires: ['so', 'because', 'which is why', 'how', 'meant', 'supposed', 'no wonder', 'of course'],
      reason: 'Making the reader responsible for how it went reads as blame.',
      unless: { sentence: ['sorry', APOLOGY, 'no worries', 'no problem', 'sorted', 'could you', 'would you', 'can you'] },
    },
    {
      patterns: [
        'went {wrong|badly|poorly|south|off the rails|sideways|pear shaped|pear-shaped} because {your|you|he|she|they|nobody|no one}',
        '{i am|i am the one|i have to|i will be|i was|i end up|i ended up} [the one] {paying|suffering|punished|penalised|penalized|taking the blame|taking the fall} for {it|this|that|your|their|someone else \'s|somebody else \'s|other people \'s}',
        'your {side|end|lot|people|team|office|department} {lost|forgot|misplaced|messed up|mixed up|deleted|ignored|dropped}',
        'how {was|am|were} i {supposed|meant|expected} to {know|prepare|guess|perform|answer|do well|show|demonstrate|have known|have prepared|compete|succeed|get it right}',
        'how {could|would|should|was} i [possibly|ever] {have known|have prepared|prepare|know|guess|have guessed}',
      ],
      reason: 'Making the reader responsible for how it went reads as blame.',
      unless: { before: ['not', 'sorry if'], sentence: ['sorry', APOLOGY, 'my fault', 'my mistake', 'could you', 'would you', 'can you', 'no worries', 'no problem'] },
    },
    {
      patterns: [
        '{lost|missed|lost out on|passed up|turned down|gave up|declined} {another|the other|a|an|my} [*] [*] {offer|job|role|opportunity|position} {waiting|because|while waiting|thanks to|due to}',
        '{entirely|completely|totally|all|squarely|wholly|solely|100%|purely} down to {your|you|the recruiter|the company|the agency|them}',
        '{your|you|yours|them|theirs|the recruiter|the company} *** not {me|mine|on me|my doing|my fault}',
      ],
      reason: 'Making the reader responsible for how it went reads as blame.',
      unless: { before: ['not', 'sorry if'], sentence: ['sorry', APOLOGY, 'choice', 'decision is', 'up to you', 'entirely your call', 'no pressure', 'whichever', 'whatever', 'suits', 'prefer', 'your call', 'happy', 'impressed', 'rather', 'excited', 'love', 'keen', 'admire', 'enjoyed', 'want to', 'wanted to', 'work with you', 'join you', 'join your', 'thrilled', 'delighted'] },
    },
    {
      patterns: ['{move+|shift+|change+|keep moving|kept moving|keeps moving} the {goalposts|goal posts}'],
      reason: 'Saying they changed the rules on you reads as blame.',
      unless: { before: ['not', 'never', 'i'], sentence: ['sorry', APOLOGY] },
    },
    {
      patterns: [
        // The writer blames the reader outright: "I blame you", "I hold your company responsible".
        'i [*] blame {you|your|the recruiter|the company|the interviewer|the agency|the hiring manager|the panel|hr|your *|them|him|her}',
        'i [*] {hold|held} {you|your *|your * *|the recruiter|the company|the agency|the interviewer|them|him|her} [*] [fully|entirely|personally|solely|completely|directly] {responsible|accountable}',
        '{you|you guys|you people|your *|your * *|the recruiter|the company|the agency|the interviewer|they|he|she} {is|are|was|were} [entirely|solely|partly|clearly|squarely|totally|completely|fully|wholly|the ones|the one|100%] {to blame|responsible for {this|that|this mess|the mess|what happened|what went wrong|the delay|the mix up|the confusion|the fact|me missing|me losing|me being|my missing|wasting|losing|ruining|the whole *}|at fault|the ones at fault|the one at fault}',
        '{blame|blaming} your own',
        '{do not|stop|quit|never|how dare you|you can not|you cannot} {blame|blaming} {me|candidates|applicants|the candidate|us|people} for {your|the|their|his|her|what|something|a}',
        '{blame+} {candidates|applicants|me|people} for {your|their|his|her} own',
        'your own {mistake|mistakes|incompetence|failure|failures|error|errors|disorganisation|disorganization|mess|screw up|screw ups|screwup|screwups|negligence|carelessness|fault|failings|shortcomings|blunder|blunders|mix up|mix-up}',
        'you can thank {your *|your * *|the recruiter|yourself|yourselves|your own *} for {that|this|it}',
        // "It's your job to tell candidates what to expect, not mine."
        '{it is|it was|that is|that was|this is|this was} {your|the recruiter \'s|your recruiter \'s|your team \'s|the company \'s} {job|responsibility|role} to *** *** not {mine|me|my job|the candidate \'s}',
        // "This mess is your doing", "the fault lies entirely with your team".
        '{is|was|were|are} [all|entirely|completely|totally|squarely|wholly|100%] {your|your *|your * \'s} {doing|screw up|screwup|cock up|mess|failure|fault}',
        '{fault|blame|responsibility|mistake|error|failure} {lies|lie|rests|rest|sits|falls|fell|lay} [entirely|squarely|solely|completely|firmly|wholly|100%|clearly|fully] {with|on} {you|your|the recruiter|the company|the agency|the interviewer|them}',
        'the {fault|blame|responsibility|mistake|error|failure} {is|was} [entirely|all|squarely|completely|wholly|100%] {yours|with you|with your *|on you|on your *}',
        '{is|was|were|are} {all|entirely|squarely|completely|totally|100%|clearly|firmly|definitely|solely} on {your end|your side|you guys|your team|your part|your recruiter|your company|your people}',
        '{on|from} your {end|side} ** not {mine|on mine|my end|me}',
      ],
      reason: 'Assigning fault to the reader reads as blame.',
      unless: {
        before: ['not', 'never', 'no one', 'nobody', 'no', 'would not', 'could not', 'can not', 'cannot', 'do not', 'did not', 'i do not', 'i would not', 'i will not', 'i am not', 'not that i'],
        sentence: ['i {do|did|would|could|will|can} not blame', 'not blaming', 'no one is to blame', 'nobody is to blame', 'no one to blame', 'nobody to blame', 'not to blame', 'blame myself', '{is|was|that is|it is|this is} [all|entirely|completely] on me', 'my fault', 'my mistake', 'my own', 'sorry', APOLOGY, 'no hard feelings', 'completely understand', 'totally understand', 'i understand'],
      },
    },
    {
      patterns: [
        // The reader as the agent of a mistake: "you messed up", "your recruiter botched the scheduling".
        `${AGENT} [clearly|obviously|totally|completely|really|royally|badly] {messed up|screwed up|mucked up|cocked up|stuffed up|fouled up|fucked up|botched|bungled|fumbled|blew it|dropped the ball|made a mess of|made a hash of|made a mess|made a hash} [*] [*]`,
        // "you ghosted me", "you strung me along", "you let me down".
        `${AGENT} [just|simply|basically|then|completely|totally|have|had] {ghosted|strung me along|led me on|left me hanging|let me down|failed me|kept me hanging|kept me waiting|screwed me over|stitched me up|threw me under the bus|thrown me under the bus|hung me out to dry|left me in the lurch|sold me out|stabbed me in the back|backstabbed me|made me out to be *|jerked me around|messed me around|mucked me around|dicked me around|pissed me around|wasted my *|cost me|sabotaged|torpedoed|ruined|wrecked|destroyed|jeopardised|jeopardized|blew} [*]`,
        `{you|your *|your * *|your * * *} *** {cost|ruined|wrecked|sank|killed|blew|sabotaged|jeopardised|jeopardized|torpedoed|destroyed|tanked} {me|my}`,
        `{held|holds|are holding|were holding|then held} {it|that|this} against me`,
        `set {me|us|candidates|applicants|people|everyone} up to fail`,
        // "You are the reason I turned down another offer."
        `{you|you guys|your *|your * *|your * 's *|they|it} {is|are|was|were} [the] [only|sole|main|real|whole|entire] reason [why] {i|my *|the interview|the call|it|this|things|we} ${LOSS}`,
        `{is|was|are|were} [exactly|precisely] why {i|the interview|my interview|my *|it|the call|things|this|everything} *** {went badly|went wrong|went poorly|fell through|fell apart|did not go well|${LOSS}}`,
        `the {only|real|main|sole|whole} reason [why] {i|my *|the interview|it|this|things} *** {did not|could not|was not|${LOSS}|went badly|went wrong|fell through} *** * {is|was} {that|because}`,
        // "Because you took so long, I lost another offer." / "Thanks to you, I'm still unemployed."
        `because {you|your *|your * *} {took so long|took forever|took too long|took weeks|took months|dragged *|ghosted *|kept me waiting|left me hanging|never *|overran|ran over|ran late|started late|showed up late|turned up late|was late|were late|kept {interrupting|talking|rescheduling|cancelling|canceling|changing|moving|pushing|me waiting}|interrupted *|could not be bothered|did not bother|messed up|screwed up|botched *|dropped the ball|changed *|moved *|cancelled *|canceled *|lost *|forgot *}`,
        `{thanks to|because of|due to|courtesy of} {you|your *|your * *|your * * *} [,] {i|i have|we} ${LOSS}`,
        `if it {were|was|had} not [been] for {you|your *|your * *|your * * *|your * * * *} i would have {got|gotten|landed|passed|made it|been on time|been offered|received the offer|secured|won|been hired|got the job|gotten the job|the job|an offer|aced *|nailed *|smashed *|done better|done well|been fine|been there}`,
        // Counterfactuals with the reader as the one who should have acted.
        `{had|if} {you|your *|your * *|the recruiter|the company|anyone|someone|somebody} [only|actually|just|simply|even] {had|would have} [only|actually|just|even] {sent|given|provided|shared|mentioned|informed|warned|explained|replied|responded|answered|communicated|let me know|been clear|been upfront|been honest|been transparent|been organised|been organized|been on time|been prepared|been straight|prepped|prepared|scheduled|listened|asked|looked|taken the time|updated|bothered|told|read|checked|followed up|done {your|their|his|her} job|done {your|their|his|her} homework|paid attention|shown up|turned up|arrived|started on time|joined on time|logged on|logged in}`,
        `{had|if} {you|your *|your * *|the recruiter} [had|would] [only|actually|just] {sent|given|provided|shared|mentioned|informed|warned|explained|replied|responded|answered|communicated|let me know|been clear|been upfront|been honest|prepped|prepared|listened|taken the time|updated|bothered|told|read|checked|followed up|paid attention} *** *** {i would|i could|i might|i 'd|i wouldn 't|we would|we wouldn 't|it would|my * would}`,
        `if {you|you guys|your *|your * *} {had|would|would have} {communicated|been clear|been upfront|been honest|been transparent|been organised|been organized|been on time|prepped|prepared|listened|taken the time|updated|mentioned|warned|explained|replied|responded|answered|followed up|done {your|their|his|her} job|paid attention} [properly|clearly|earlier|sooner|in time|on time|at all]`,
        // "Nobody on your side bothered to tell me."
        `{nobody|no one|none of you|not one person|not a single person|not one of you} *** {bothered|thought|cared|took the time|had the decency|had the courtesy|thought it necessary|saw fit} to {tell|inform|let|warn|mention|explain|reply|respond|update|call|email|notify|check}`,
        // "The interviewer showed up 20 minutes late and then rushed me."
        `{your *|your * *|the interviewer|the recruiter|the panel|the hiring manager|he|she|they|you} {was|were|showed up|turned up|arrived|joined|logged on|logged in|came|dialled in|dialed in} {# minutes|# mins|half an hour|an hour|over an hour|# hour|# hours|ages|so} late`,
        `{your *|your * *|the interviewer|the recruiter|the panel|the hiring manager|he|she|they|you} {clearly|obviously|evidently|plainly|never} {did not|had not|had never|have not|has not|were not|was not|never} [even|once|bothered to] {prepare|prepared|prep|prepped|read|looked at|look at|opened|open|bothered|been prepared|done {his|her|their|your} homework|checked}`,
        `{rushed|interrupted|cut off|talked over|ignored|dismissed|grilled|ambushed} me *** {and then|then|and} {rejected|dismissed|judged|marked|failed|penalised|penalized|blamed|held}`,
        `{and|then|so} {i|now i} {got|was|get|am} {marked|penalised|penalized|punished|docked|dinged|judged|rejected|blamed} [down] {for it|for that|for this|because of it|because of that|for your *|for their *|for his *|for her *}`,
        `{marked|penalised|penalized|punished|docked|dinged|rejected|judged|failed} me {for|because of} {your|their|his|her|the recruiter 's|the company 's|your *} own`,
        // "You never got back to me, so …", "your lack of communication".
        `{you|you guys|your *|your * *} never {got back|replied|responded|called back|followed up|answered|wrote back|came back|bothered|told|said|explained|mentioned|sent|confirmed} *** {so|which is why|that is why|and now|and then|and so|meaning}`,
        `your [complete|total|utter|sheer|continued|constant|ongoing|appalling|shocking] lack of {communication|organisation|organization|professionalism|transparency|courtesy|respect|preparation|planning|coordination|follow up|follow-up|follow through|clarity|competence|honesty|urgency|care|consideration}`,
        `{poor|bad|terrible|awful|zero|no|non existent|nonexistent|lousy|shoddy|sloppy|horrendous|atrocious|abysmal} {communication|organisation|organization|scheduling|coordination|planning} {on your *|from your *|by your *|from you|by you|on your end|on your side} *** {cost|ruined|meant|caused|is why|was why|led to|made me|forced me}`,
      ],
      reason: 'Making the reader responsible for how it went reads as blame.',
      unless: {
        before: ['not', 'never', 'no one', 'nobody', 'i', 'we', 'sorry if', 'in case', 'even if', 'do not', 'did not', 'i hope', 'hope'],
        sentence: ['sorry', APOLOGY, 'no worries', 'no problem', 'no rush', 'totally fine', 'completely fine', 'perfectly fine', 'all good', 'understand', 'understandable', 'my fault', 'my mistake', 'my own', 'on me', 'thank you for not', 'thanks for not', 'could you', 'would you', 'can you', 'please let me know', 'i would appreciate', 'grateful', 'kind of you', 'no harm', 'not hold', 'will not hold', 'would not hold', 'never {let|fail+|held}', 'did not {let|fail|hold}', 'i know you', 'i realise', 'i realize', 'of course', 'impressive', 'only {a|an|one|two|a few|#}', 'not long', 'quick', 'quickly', 'i would have been {happy|glad|delighted|pleased|able|willing}', 'happy to', 'glad to', 'gladly', '{glad|happy|grateful|thankful|relieved|pleased} {i did|i took|i followed|i listened|we did|it did|it worked|for the advice}', 'thank+', 'the right {call|decision|choice|move}', 'no regrets', 'i think', 'i suspect', 'i am working on', 'i have been working on', 'i will work on', 'i {should|could} have'],
      },
    },
    {
      patterns: [
        '{do not|stop|quit|you can not|you cannot|nice try} {put|putting|pin|pinning|dump|dumping|shift|shifting|push|pushing|blame|blaming} {this|that|it|the blame|your *|your * *|your * * *|your * * * *} {on|onto} me',
        '{you|you guys|you people|your *|your * *|it} {are|were|was|is} the {ones|one|people|team|company} {who|that} {cancelled|canceled|scheduled|changed|moved|rescheduled|lost|forgot|missed|messed|screwed|ghosted|failed|never|did not|insisted|double booked|double-booked|mixed|kept|dropped|botched|delayed|overran|pulled|withdrew|reneged}',
        'it {was|is} {you|your *|your * *} {who|that} {cancelled|canceled|changed|moved|rescheduled|lost|forgot|missed|messed|screwed|ghosted|failed|never|double booked|double-booked|mixed|dropped|botched|delayed|overran|pulled|withdrew|reneged}',
      ],
      reason: 'Making the reader responsible for how it went reads as blame.',
      unless: { before: ['not', 'never', 'i'], sentence: ['sorry', APOLOGY, 'no worries', 'no problem', 'understand', 'my fault', 'my mistake', 'thank+'] },
    },
    {
      patterns: [
        '{your *|your * *|the interviewer|the recruiter|the panel|the hiring manager|he|she|they|you} [clearly|obviously|evidently|plainly] {did not|had not|had never|have not|has not|never} [even|once|bothered to] {prepare|prepared|prep|prepped|look at my *|looked at my *|open my *|opened my *|read my *|do {his|her|their|your} homework|done {his|her|their|your} homework}',
      ],
      requires: ['at all', 'even', 'clearly', 'obviously', 'evidently', 'whatsoever', 'bothered', 'once', 'properly', 'beforehand', 'a single', 'which'],
      reason: 'Making the reader responsible for how it went reads as blame.',
      unless: { before: ['not', 'i', 'if'], sentence: ['sorry', APOLOGY, 'no worries', 'no problem', 'understand', 'i know', 'busy', 'no time', 'my fault', 'my mistake', 'could you', 'would you', 'can you', 'happy to'] },
    },
    {
      patterns: [
        // "I wouldn't have been late if your receptionist had known where the interview was."
        'i {would not|would never} have {been late|missed *|failed|lost *|struggled|frozen|bombed|been confused|been unprepared|been so late|had to *|turned down *|declined *|resigned|quit|wasted *|got lost|gotten lost|been rejected|been marked down|messed up|run out of time|ran out of time} *** *** if {you|your *|your * *|the recruiter|the interviewer|the company|someone|somebody|anyone|they|he|she}',
        'i would have {been there *|got there *|gotten there *|arrived *|passed|done better|done well|been on time|made it|got it|gotten it|got the job|gotten the job|got the offer|performed better|been fine|been prepared|nailed it|aced it|finished|finished on time|been ready|been hired|been offered *|answered *|shown *|been able to *} *** *** if {your|you|the recruiter|the interviewer|the instructions|the brief|the test|the platform|the system|the panel|someone|somebody|anyone|they|he|she}',
        // "… and now you're telling me I failed?"
        '{and now|now|and then|then|yet|and yet} {you are|you were|you|your *|your * *|they are|they} {telling|tell|saying|say|told|claiming|claim|blaming|blame} me [that] i {failed|did not|was not|am not|lacked|lack|was|should|could not|fell short|did badly|performed}',
        // "Your platform logged me out mid-test", with a consequence.
        '{your|the} [*] {platform|system|portal|website|site|software|link|tool|ats|test platform|video platform|zoom link|teams link|app|proctoring *} {logged me out|kicked me out|crashed|froze|glitched|broke|died|cut out|cut me off|dropped me|timed out|timed me out|deleted *|wiped *|lost *|ate *|swallowed *|did not save|never saved}',
        // "I lost a week's pay because you rescheduled."
        'i {lost|missed|failed|bombed|struggled|froze|was late|got lost|ended up *|wasted|had to *|blew|am out|was out|am down|am short|am left} *** * because {you|your *|of you|of your|the recruiter|the interviewer|your * *}',
        // "If anyone is to blame, it's your hiring manager."
        'to blame *** {it is|that is|it was|that would be|it would be} {you|your *|your * *|the recruiter|the company|the interviewer|the hiring manager|hr|them|him|her}',
        '{it is|it was|that is|that was} {you|your *|your * *|your * \'s *} {who is|who was|who are|that is|that was|who were} {to blame|at fault|responsible}',
        // "I turned down two offers waiting on you."
        '{turned down|declined|lost|missed|passed on|passed up|gave up|rejected|said no to|walked away from|let go of} *** * {waiting|while waiting|because i was waiting|holding out} {on|for} {you|your *|this|a reply|an answer|a decision|you guys}',
        // "… didn't bother to read my application."
        '{you|your *|your * *|he|she|they|the *|nobody|no one|none of you} {did not bother|could not be bothered|never bothered|did not even bother|never even bothered|could not even be bothered|did not take the time|never took the time|did not even take the time} to {read|look|open|check|reply|respond|call|tell|inform|answer|prepare|review|listen|show up|turn up|learn|pronounce|spell|get back|follow up|update|let me know|confirm|send|explain|ask|proofread|schedule|research}',
        // "The reason this fell through is your recruiter's carelessness."
        '{is|was} [all|entirely|simply|purely|down to|because of] {your|your *|your * \'s|your * *|your * * \'s} {carelessness|incompetence|negligence|disorganisation|disorganization|sloppiness|laziness|inefficiency|mistake|error|failure|mess|screw up|screwup|blunder|oversight|mix up|mix-up|poor *|bad *|lack of *|lousy *|terrible *|awful *|confusing *|misleading *|chaotic *}',
      ],
      reason: 'Making the reader responsible for how it went reads as blame.',
      unless: {
        before: ['not', 'never', 'no one', 'nobody', 'sorry if', 'in case', 'even if', 'i hope', 'hope'],
        sentence: ['sorry', APOLOGY, 'no worries', 'no problem', 'no harm', 'all good', 'understand', 'understandable', 'my fault', 'my mistake', 'my own', '{is|was|that is|it is} [all|entirely] on me', 'thank+', 'grateful', 'could you', 'would you', 'can you', 'please let me know', 'luckily', 'fortunately', 'managed to', 'sorted', 'fixed', 'quickly', 'kindly', 'withdrew from {other|my other|the other|all|every}', 'if you need', 'if you have', 'if you would like', 'if you want', 'i hope', 'so i have {emailed|attached|sent|uploaded|included|resent|re sent|shared}', 'instead'],
      },
    },
    {
      patterns: [
        // "… and I'm the one who got penalised."
        '{i am|i was|i \'m} [now|still] the one {who|that} {got|gets|is getting|was|is|paid|pays|is paying|suffered|suffers|looks|looked|has to|had to|ended up|is being|was being|gets to} [*] {penalised|penalized|punished|blamed|marked down|paying|losing|unreliable|careless|disorganised|disorganized|unprofessional|pay|suffer|apologise|apologize|take the blame|take the fall|explain}',
        '{double booked|double-booked|overbooked|forgot about|stood up|stood} me [up]',
        // Counterfactual with the reader's thing at fault: "if your directions weren't wrong", "if your job ad had been accurate".
        'if {your|the} [*] [*] {were not|was not|had not been} [so] {wrong|confusing|misleading|late|unclear|vague|broken|inaccurate|incorrect|outdated|chaotic|disorganised|disorganized}',
        'if {your|the} [*] [*] had been [more|even remotely|remotely|at all|even slightly] {accurate|clear|correct|honest|organised|organized|on time|ready|prepared|consistent|competent|professional|working|up to date|truthful|transparent|upfront|clearer|more accurate}',
        // "so the delay is hardly my fault".
        'who {do|should|can|could|would|am} i [supposed to] {blame|hold responsible|hold accountable}',
        '{your|your *|your * \'s|your * *} {mistake|error|screwup|screw up|fault|blunder|mess|incompetence|delay|problem|oversight|mix up} {my|and my|yet my} {loss|problem|cost|expense|headache|time}',
      ],
      reason: 'Making the reader responsible for how it went reads as blame.',
      unless: {
        before: ['not', 'never', 'no one', 'nobody', 'sorry if', 'in case', 'even if'],
        sentence: ['sorry', APOLOGY, 'no worries', 'no problem', 'no harm', 'all good', 'understand', 'understandable', 'my fault', 'my mistake', 'my own', '{is|was|that is|it is} [all|entirely] on me', 'thank+', 'grateful', 'could you', 'would you', 'can you', 'please let me know', 'help+', 'any clearer', 'proud', 'glad', 'happy', 'lucky', 'luckily', 'fortunately', 'no big deal', 'not at all', 'happens', 'once', 'laugh+', 'sorted', 'quickly', 'friends', 'fine', 'funny', 'my {recruiter|agent|agency|friend|colleague|mentor|manager}'],
      },
    },
    {
      patterns: ['{hardly|scarcely|not really|not exactly|in no way|by no means|surely not|certainly not|definitely not|absolutely not|not remotely} {my|our} {fault|doing|problem|mistake|responsibility}'],
      reason: 'Assigning fault to the reader reads as blame.',
      unless: { before: ['not', 'was it', 'is it', 'if it is', 'if it was'], sentence: ['sorry', APOLOGY, 'entirely my', 'all my', 'completely my', 'partly my', 'my own', 'alone', 'we all', 'all of us', 'both of us', 'partly', 'place'] },
    },
    {
      // "I was ready; your panel wasn't." (the contrast ends the sentence).
      patterns: ['i {was|did|had|am|have|showed up|turned up|came|kept|held} *** ** {your *|your * *|you|they|the panel|the recruiter|the interviewer|the company|he|she} {was not|were not|did not|had not|could not|would not|is not|are not|never did|never was|never were}'],
      end: true,
      reason: 'Making the reader responsible for how it went reads as blame.',
      unless: { sentence: ['sorry', APOLOGY, 'thank+', 'understand', 'no worries', 'no problem', 'mind', 'worry', 'hoped', 'hope', 'expected', 'expect', 'sure', 'think', 'thought', 'know', 'knew', 'wonder+', 'if'] },
    },
    {
      patterns: [
        '{why|how} is {it|this|that} [somehow] {my|me} {fault|problem|doing|mistake}',
        '{take|taking|took|shoulder|carry|be blamed|get blamed|getting blamed|being blamed} [the] [blame|fall|rap|hit|responsibility] for {your|you|their|his|her|the recruiter \'s|the company \'s|someone else \'s|somebody else \'s|other people \'s}',
        '{expired|lapsed|fell through|was withdrawn|was rescinded|went to someone else|timed out} {because|since|as|while} {you|your *|your * *|i was waiting on you|i was waiting for you|i waited for you|i waited on you}',
        'now i {have nothing|have no job|have no income|am unemployed|am out of work|am stuck|am jobless|am left with nothing|have neither}',
      ],
      requires: ['you', 'your', 'yours', 'they', 'them', 'fault', 'blame', 'because', 'resigned', 'quit'],
      reason: 'Making the reader responsible for how it went reads as blame.',
      unless: {
        before: ['never', 'i am happy to', 'i will', 'happy to', 'i am glad to'],
        sentence: ['sorry', APOLOGY, 'thank+', 'grateful', 'my mistake', 'my own', 'for my', 'can start', 'available', 'flexible', 'suits', 'no worries', 'no problem', 'understand', 'glad', 'happy'],
      },
    },
    {
      patterns: ['{on|trusting|relying on|believing|because of} {your|your *|your * \'s|your * *} {word|promise|promises|assurance|assurances|say so|say-so|guarantee|guarantees}'],
      requires: ['resigned', 'quit', 'left my', 'turned down', 'declined', 'gave up', 'handed in', 'walked away', 'now i', 'and now'],
      reason: 'Making the reader responsible for how it went reads as blame.',
      unless: { before: ['not'], sentence: ['sorry', APOLOGY, 'thank+', 'grateful', 'happy', 'glad'] },
    },
    {
      patterns: [
        'the {only|one|main|real|biggest} {thing|part|bit} that {went wrong|went badly|failed|broke down|fell apart|let * down} *** {was|is|were} {your|you|the recruiter|the company|the interviewer|the panel|the hiring manager}',
        '{none of this|this|that|it|none of that} would {never|not} have happened if',
        '{none of this|none of that} would have happened if',
        'had {your *|your * *|you|the recruiter|anyone|someone} [ever|even|only] {picked up|answered|returned|called back|called|replied|responded|followed up|rung|emailed}',
        '{i am not|i was not|it was not me|it is not me|it was not i|i am not the person} the {one|person} {who|that} {forgot|lost|missed|cancelled|canceled|messed|screwed|dropped|failed|was late|delayed|changed|ghosted|made the mistake|double booked|mixed|sent the wrong|gave the wrong}',
        '{empty|broken|false|hollow|fake} {promises|promise|assurances}',
        '{unemployed|out of work|jobless|without a job|without income|out of pocket} [now|today|still] {thanks to|because of|due to} {you|your}',
      ],
      reason: 'Making the reader responsible for how it went reads as blame.',
      unless: {
        before: ['not', 'never', 'no', 'sorry if'],
        sentence: ['sorry', APOLOGY, 'thank you', 'thanks {for|so|again|a lot}', 'many thanks', 'grateful', 'help+', '{believed|believing|believe|believes|belief} in me', 'support+', 'chance', 'without', 'kind', 'happy', 'glad', 'love', 'loved', 'delighted', 'my fault', 'my mistake', 'my own', 'on me', 'no worries', 'no problem', 'office', 'i know you', 'never made', 'no {empty|false}', 'not {empty|false}'],
      },
      requires: ['you', 'your', 'yours', 'they', 'them', 'their', 'the recruiter', 'the company', 'the interviewer', 'the panel', 'the hiring manager'],
    },
    {
      patterns: [
        '{threw|thrown|throw|throwing} me under the bus',
        '{hung|hang|hanging|left} me out to dry',
        '{left|leave|leaving} me in the lurch',
        '{pulled|pull} the rug {out from under me|from under me|out from under my feet}',
        '{made|make|making} me look {like a fool|like an idiot|like a clown|like an amateur|foolish|stupid|bad|unprofessional|unreliable|incompetent|silly|like i *}',
        '{had|already|clearly|obviously} [already|clearly] {made up {his|her|their|your} {mind|minds}|decided|picked someone|chosen someone|picked their candidate|chosen their candidate} *** before {i|the interview|we|my|even}',
        '{this|that|it|this one|that one} is [all] on {whoever|the person who|the people who|the genius who|the recruiter who|the manager who}',
        '{a|such a|sounds like a|is a} you problem',
        '{that is|this is|it is|that sounds like|sounds like} [entirely|totally|completely|purely|very much] your problem',
        'i would not be in this {position|mess|situation|spot|predicament} if',
        'i am only in this {position|mess|situation|spot|predicament} because',
        '{this|the} {position|mess|situation|predicament} {you|your *|your * *} {put|left|got|landed} me in',
        '{was not|were not|is not|are not} [even] paying attention *** {which is why|so|that is why|because}',
      ],
      reason: 'Making the reader responsible for how it went reads as blame.',
      unless: {
        before: ['not', 'never', 'hate to', 'would hate to', 'do not want to', 'never want to', 'rather not', 'i', 'we'],
        sentence: ['sorry', APOLOGY, 'thank you', 'thanks {for|so|again|a lot}', 'grateful', 'my fault', 'my mistake', 'my own', '{is|was|that is|it is} [all|entirely] on me', 'no worries', 'no problem', 'happy to', 'help', 'solve', 'love to', 'glad', 'good position', 'great job', 'fair', 'makes sense', 'competition'],
      },
    },
    {
      patterns: [
        '{which|something|and} {you|your *|your * *|the recruiter|they|he|she} {knew|knew all along|already knew|must have known|clearly knew|knew full well|were well aware of|was well aware of}',
        '{only to find out|only to learn|only to discover|only to be told|only to hear} *** * {had been filled|was filled|was already filled|had already been filled|was never *|did not exist|had been cancelled|had been canceled|was on hold|was internal|had gone to *|had been withdrawn|was already *}',
        '{kept|keep|was|were|spent the *} {checking|looking at|on|scrolling|texting on|glued to|staring at} {his|her|their|your} {phone|phones|laptop|emails|email|watch}',
        '{do not|please do not|you can not|you cannot|how can you} {tell|say to|lecture} me [that] i {lacked|was|seemed|did not|am not|had not|showed|need to|should have|was not}',
        '{and then|then|but then|yet} {accused|blamed|criticised|criticized|faulted|dinged|penalised|penalized|marked me down|judged|rejected} me {for|of|because} {not|never|failing|missing|lacking|being|having|seeming|a lack}',
        '{and then|then|but then|yet} {told|tell|say|said} me [that] i {seemed|was|lacked|did not|had not|was not|came across|appeared}',
        '{judging|judge|judged|marking|marked|assessing|assessed|rejecting|rejected|penalising|penalizing|faulting|grading} me {on|for} *** * {is|was|seems|feels} [@intens] {unfair|unjust|ridiculous|absurd|wrong|rich|hypocritical|a joke|laughable}',
        '{told|informed|advised|assured|promised} [me] by your own {recruiter|recruiters|team|hr|hiring manager|interviewer|coordinator|staff|people|colleague|colleagues|manager|scheduler|agency|consultant}',
        'until {you|your *|your * *} {forgot|lost|failed|neglected|messed|screwed|dropped|mixed|misplaced}',
        'went wrong {on your side|on your end|in your *|with your *|at your end}',
        '{which|that} is rich {coming from|from}',
      ],
      reason: 'Making the reader responsible for how it went reads as blame.',
      unless: {
        before: ['not', 'never', 'i'],
        sentence: ['sorry', APOLOGY, 'thank you', 'thanks {for|so|again|a lot}', 'grateful', 'my fault', 'my mistake', 'my own', '{is|was|that is|it is} [all|entirely] on me', 'no worries', 'no problem', 'understand', 'fair', 'as you know', 'i know', 'i kept', 'my phone', 'fine', 'urgent', 'briefly', 'could you', 'can you', 'would you', 'please let me know'],
      },
    },
    {
      patterns: ['{do not|please do not|you can not|you cannot} hold {it|that|this|my *|my * *} against me'],
      requires: ['told me', 'said', 'you asked', 'you told', 'your own', 'your *'],
      reason: 'Making the reader responsible for how it went reads as blame.',
      unless: { sentence: ['sorry', APOLOGY, 'late reply', 'slow reply', 'hope', 'typo', 'thank+'] },
    },
    {
      patterns: [
        'had {anyone|someone|anybody|somebody} *** {bothered|thought|taken the time|checked|read|told|called|replied|responded|looked}',
        '{fiasco|mess|mix up|mix-up|delay|delays|confusion|chaos|disaster|failure|shambles|debacle|screw up|screwup|cock up|farce|nightmare} {is|was|were} [all|entirely|squarely|completely|purely|100%] {down to|because of|thanks to|on|caused by|the fault of} {your|you|the recruiter|the company|the interviewer|the agency}',
        '{and then|then|but then|yet|and still|and yet} {accused|blamed|criticised|criticized|faulted|dinged|penalised|penalized|punished|judged|rejected|marked|docked|failed} me {for|of|because|as|on}',
        '{and i|and then i|yet i|but i} still {got|was|am|get} {marked|penalised|penalized|rejected|blamed|failed|judged|dinged|docked|flagged|counted}',
        '{paying|pay|paid|pays} the price for {your|you|their|his|her|someone else|somebody else|other people|the recruiter|the company}',
        '{sold me|promised me|told me|advertised|described|pitched|sold} *** * {that|which} turned out {to be|to have|not to be|to require}',
        '{and then|then|and} {act|acting|pretend|pretending} {surprised|shocked|offended|innocent|confused|like nothing|all surprised|hurt}',
      ],
      reason: 'Making the reader responsible for how it went reads as blame.',
      unless: {
        before: ['not', 'never', 'i'],
        sentence: ['sorry', APOLOGY, 'thank you', 'thanks {for|so|again|a lot}', 'grateful', 'my fault', 'my mistake', 'my own', '{is|was|that is|it is} [all|entirely] on me', 'no worries', 'no problem', 'understand', 'understandable', 'happy', 'happily', 'glad', 'better than', 'even better', 'pleasant', 'great', 'wonderful', 'holiday', 'holidays'],
      },
    },
    {
      // r2c: the reader's mistake named as the cause ("you sent the client my old CV, so of course they passed").
      patterns: [
        '{you|@you|ur *} {sent|forwarded|gave|submitted|shared|passed|showed|emailed|handed|presented|uploaded|sent over|passed on} {the|them|him|her|your|their} [*] [*] {my|the} {old|wrong|outdated|previous|out of date|out-of-date|earlier|first|draft|unedited|old version of my|wrong version of my|outdated version of my|wrong version of the|old version of the} *',
        '{you|@you|ur *} {sent|forwarded|gave|submitted|shared|passed|showed|emailed|handed|presented|uploaded} [me|them|him|her|the panel|the client] {the|a|an|my} {wrong|old|outdated|out of date|earlier|draft} [*] {version|file|copy|cv|resume|résumé|portfolio|application|document|draft|link|brief|test|instructions|address|time|date|spec|job spec|description|job description|details|location|room|attachment|form|questions|role|job}',
        '{your|ur|the|@your} [*] {ats|system|portal|software|website|site|platform|parser|applicant tracking system|tracking system|form|upload form|recruiter|coordinator|team} [@intens] {mangled|garbled|scrambled|corrupted|butchered|stripped|misread|lost|ate|deleted|broke|jumbled|chopped|truncated|cut off|mixed up|messed up|screwed up|mislabelled|mislabeled|misfiled|dropped|swapped|mangles|garbles|scrambles|corrupts|butchers|loses|deletes} {my|the} *',
      ],
      requires: ['so of course', 'so naturally', 'so obviously', 'of course', 'naturally', 'no wonder', 'which is why', 'which explains', 'which would explain', 'that is why', 'that is the reason', 'hence', 'and now', 'and that is why', 'so {nobody|no one|they|he|she|the panel|the client|the manager|the hiring manager}', 'cost me', 'cost+ me', 'lost me', 'because of {that|this|it|you|your}', 'thanks to {you|your|that}', 'blame+', 'fault'],
      reason: 'Making the reader responsible for how it went reads as blame.',
      unless: {
        before: ['not', 'never', 'i think', 'i wonder if', 'in case', 'if', 'maybe', 'perhaps', 'might have', 'may have', 'i'],
        sentence: ['sorry', APOLOGY, 'no worries', 'no problem', 'no harm', 'all good', 'my fault', 'my mistake', 'my own', 'thank+', 'grateful', 'could you', 'would you', 'can you', 'i {sent|attached|uploaded|forgot|gave|submitted}', 'instead', 'so i have {emailed|attached|sent|uploaded|included|resent|shared|pasted|copied|added|re uploaded|reformatted}', 'here is', 'attached', 'in case', 'below'],
      },
    },
    {
      // r2c: "don't pin the score on me", "nobody on your side fixed it", "whoever wrote that … should take responsibility".
      patterns: [
        '{do not|do not you dare|do not you try to|do not you even try to|do not you dare try to|do not even think about|stop|stop trying to|quit trying to|do not try and|do not even try and|you can not|you cannot|you will not|you are not going to|you do not get to|do not even try to|do not try to|nice try} {pin+|pinning|blame+|put+|putting|hang+|lay+|laying|dump+|push+|shift+|shove+} {this|that|it|the|my|the whole|any of this|any of that|your|all of this|all of that|everything} [*] [*] [*] on me',
        '{nobody|no one|not one person|none of you|not a single person} {on|from|at|in} {your|ur} {side|end|team|part|company|firm} [even] {fixed|sorted|helped|bothered|lifted|stepped|took|responded|replied|answered|noticed|checked|cared|followed|flagged|told|warned|picked|did a thing|did anything|lifted a finger}',
        '{whoever|the person who|the people who|the one who|the * who|the * that|the * * who|the * * that} {was in charge of|were in charge of|was responsible for|were responsible for|wrote|approved|scheduled|sent|made|set|set up|organised|organized|arranged|decided|designed|ran|briefed|lost|screened|reviewed|handled|messed|dropped|forgot|posted|created|booked|interviewed|mixed|botched|chose|picked|configured|built|put|generated|emailed|gave} *** ** {should|needs to|need to|ought to|must|has to|have to|should really|should be made to|can} {take responsibility|take the responsibility|own it|own this|own that|own the *|own up|answer for *|be held accountable|be held responsible|take the blame|accept responsibility|accept the blame|be accountable|take ownership|apologise|apologize|be ashamed|be disciplined|be fired|be sacked|be reprimanded|face the consequences|explain themselves|explain himself|explain herself|be the one {apologising|apologizing|saying sorry|explaining|answering for *|taking the blame|held accountable}}',
        '{the|this|that|my} {rejection|outcome|result|failure|mess|mistake|mix up|mix-up|error|screw up|screwup|decision} {is|was|lies|sits|rests} [all|entirely|completely|squarely|totally|100%|firmly] on {you|your end|your side|your team|your recruiter|you guys|you people|your company|ur end|ur side}',
        '{that|this|it} is on {your|ur|the} {recruiter|recruiters|interviewer|coordinator|team|hiring manager|manager|company|side|end|people|hr|hr team|system|ats|portal} [*] [,] not me',
      ],
      reason: 'Making the reader responsible for how it went reads as blame.',
      unless: {
        before: ['not', 'never', 'no one', 'nobody', 'i do not want to', 'i will not', 'i would not'],
        after: ['for the {next|new|upcoming|future} *', 'for {the|our|their|his|her} {project|roadmap|launch|rollout|budget|delivery|team|programme|program|account|accounts|migration|release|product|design system|backlog}', 'going forward', 'from now on', 'from here'],
        sentence: ['i am sorry', 'sorry {for|about|if|that}', 'so sorry', '{my apologies|apologies for|i apologise+|i apologize+|i am apologetic|apologetically|i owe you an apology}', 'no worries', 'no problem', 'my fault', 'my mistake', 'thank+', 'grateful', 'anything wrong', 'nothing wrong', 'did a great job', 'did a good job', 'well done', 'i take responsibility', 'i {will|would} take responsibility', 'quickly', 'kindly', 'new hire', 'the role', 'successful candidate will'],
      },
    },
    {
      // r2c: "… and now you're acting like it's my fault".
      patterns: [
        '{you are|you|your *|they are|they|he is|she is|you guys are} {acting|acted|act|behaving|behaved|making it {sound|look|seem}|made it {sound|look|seem}|treating this|treated this|treating me|treated me|talking|talked|writing|wrote} {like|as if|as though} {it is|it was|this is|this was|that is|that was} [all|somehow|entirely|completely] {my fault|on me|my mistake|my problem|my doing}',
      ],
      reason: 'Making the reader responsible for how it went reads as blame.',
      unless: { before: ['not', 'i do not want', 'i did not mean to', 'i am not'], sentence: ['sorry', 'thank+', 'grateful', 'to be fair', 'i know it {was|is}', 'i admit', 'i accept'] },
    },

    // web-hb: families from real complaints after rejections (lost CVs, bait-and-switch offers, a cancelled
    // role, an office that left nobody at the desk, a deadline miscounted on the employer's side).
    {
      patterns: [
        // "Your HR team lost my résumé", "the recruiter never forwarded my CV".
        '{you|your *|your * *|your * * *|the recruiter|the company|the agency|hr|they|he|she|someone on your *|somebody on your *|someone there|somebody there} [clearly|obviously|somehow|simply|just|then] {lost|misplaced|mislaid|deleted|binned|ignored|never read|never opened|never forwarded|never passed on|never sent on|did not forward|did not pass on|sat on|forgot about|overlooked} my {resume|résumé|cv|application|applications|portfolio|paperwork|documents|references|file|details|email|emails|test|assignment|submission|availability|follow up|follow-up|messages|voicemail|voicemails}',
        // "… and never told me the interview had been postponed."
        '{and|but|then|yet|so} [then|also|still|simply] {never|did not|failed to|neglected to|forgot to|never even|did not even|did not bother to|never bothered to|could not be bothered to} {told|tell|informed|inform|warned|warn|notified|notify|let me know|called|call|emailed|email|updated|update|contacted|contact|called me back|got back to me|replied|reply|responded|respond} [me|us]',
        // "… didn't bother telling me until that morning."
        '{you|your *|your * *|they|he|she|the recruiter|the company|the agency|and|but|then|yet|nobody|no one} {did not|never|could not|would not} [even] bother {to|telling|informing|letting|replying|responding|calling|checking|reading|answering|emailing|updating|getting back|contacting|looking|asking|explaining|warning}',
      ],
      reason: 'Making the reader responsible for how it went reads as blame.',
      unless: { before: ['i', 'we', 'i did not', 'i never', 'sorry i', 'not'], sentence: ['sorry', APOLOGY, 'thank+', 'appreciat+', 'grateful', 'no worries', 'no problem', 'no harm', 'understand', 'understandable', 'these things happen', 'it happens', 'my fault', 'my mistake', 'my own', 'on me', 'could you', 'would you', 'can you', 'wonder+', 'perhaps', 'possibly', 'might have', 'may have', 'i think there may', 'just to check', 'just checking', 'i {lost|misplaced|forgot|never|did not|deleted}', 'spam', 'junk folder', 'please do not'] },
    },
    {
      patterns: [
        // "I feel I was deliberately misled", "I was lied to about the location".
        'i {was|have been|had been|got|feel i was|felt i was|feel like i was|felt like i was|feel that i was|felt that i was|believe i was|think i was} [@intens|deliberately|intentionally|knowingly|clearly|badly|seriously|flat out|basically|essentially|effectively] {misled|deceived|lied to|duped|tricked|conned|baited|played|strung along|jerked around|led on|hoodwinked|bamboozled|sold a lie|sold a false *|misinformed|baited and switched|catfished|scammed|set up to fail}',
        // "You recruited me for the manager role and then downgraded me."
        '{recruited|hired|approached|headhunted|pitched|sold|promised|offered|interviewed} *** *** {and then|then|but then|only to|before} [suddenly|quietly|just] {downgraded|demoted|dropped|reduced|cut|slashed|lowballed|low balled|switched|swapped|changed|moved|pulled|withdrew|rescinded|reneged|vanished|disappeared|ghosted|went silent|went quiet|went dark|stopped responding|stopped replying|never followed up|backed out|pulled out|offered me *|told me *}',
        // "The salary in the contract is far below what your hiring manager promised me."
        '{far|well|much|way|significantly|a lot} {below|lower than|less than|short of|under|worse than|different from|from} what {you|your *|your * *|the recruiter|the hiring manager|they|he|she} {promised|told|offered|quoted|said|assured|discussed|agreed}',
        // "bait and switch".
        '{bait and switch|bait-and-switch|classic bait and switch|a bait and switch}',
        // "You let me believe we were about to sign, and then you backed out."
        '{you|your *|your * *|they|he|she|the company|the client} [then|just|simply|suddenly] {backed out|pulled out|pulled the plug|reneged|pulled the offer|rescinded *|withdrew the offer|changed * mind|changed * minds|went back on *} {at the last minute|at the eleventh hour|at the last moment|at the last second|last minute|without warning|without explanation|out of nowhere}',
        '{let|led} me [to] believe *** *** {and then|then|but then|only to|before}',
      ],
      reason: 'Saying the reader misled you reads as blame.',
      unless: { before: ['not', 'i', 'we', 'never'], sentence: ['sorry', APOLOGY, 'thank+', 'appreciat+', 'grateful', 'no worries', 'no problem', 'no harm', 'understand', 'understandable', 'these things happen', 'it happens', 'my fault', 'my mistake', 'my own', 'on me', 'could you', 'would you', 'can you', 'wonder+', 'perhaps', 'possibly', 'might have', 'may have', 'i think there may', 'just to check', 'just checking', 'clarify', 'confirm', 'misunderstood', 'misread', 'misheard', 'old listing', 'outdated listing', 'i {may|might} have', 'i {misread|misunderstood|misheard}', 'i probably'] },
    },
    {
      patterns: [
        // "it was your office that left nobody at the front desk".
        '{it was|it is|it is really|it was really|it was actually|it is actually} {your|the} @staff {that|who|which}',
      ],
      requires: ['{not|no|nobody|never|failed|forgot|lost|left|wrong|mistake|error|ignored|cancel+|double booked|late|misplaced|mixed up|messed up|screwed up|did not|empty|changed|moved}'],
      reason: 'Making the reader responsible for how it went reads as blame.',
      unless: { before: ['not'], sentence: ['sorry', APOLOGY, 'thank+', 'appreciat+', 'grateful', 'no worries', 'no problem', 'no harm', 'understand', 'understandable', 'these things happen', 'it happens', 'my fault', 'my mistake', 'my own', 'on me', 'could you', 'would you', 'can you', 'wonder+', 'perhaps', 'possibly', 'might have', 'may have', 'i think there may', 'just to check', 'just checking', 'encourag+', 'recommend+', 'suggest+', 'introduc+', 'kind+', 'help+', 'refer+', 'first', 'invit+', 'inspir+', 'reached out', 'convinced'] },
    },
    {
      patterns: [
        // "Your broken portal is the reason my application never went through."
        '{your|the|that|this} [*] [*] {broken|faulty|buggy|glitchy|clunky|terrible|useless|outdated|janky|awful|poor|bad|chaotic|disorganised|disorganized|incompetent|careless|sloppy|pointless|confusing|misleading|vague|wrong|late|last minute|slow|endless|rigged|biased} [*] [*] {is|was|are|were} [exactly|precisely] the [only|sole|real|main|whole|entire|actual] reason',
        // "a mistake on your side", "an error on the company's end".
        '{mistake|mistakes|error|errors|screw up|screwup|mix up|mixup|failure|failures|oversight|blunder|glitch|miscommunication|miscalculation|miscount|slip up|cock up|foul up|lapse} {on|at} {your|the company \'s|your company \'s|the agency \'s|your agency \'s|their|the recruiter \'s|the employer \'s|hr \'s} {side|end|part}',
        // "I lost this offer because of a mistake …", "now I'm left with nothing".
        'i {lost|missed|forfeited|blew|lost out on|missed out on} {this|the|that|my|an|another|a} [*] [*] {offer|job|role|opportunity|position|place|chance|contract|interview} {because of|thanks to|due to|owing to|because your|because you|because the|because they|because he|because she|over a|over your}',
        '{now|and now|so now|and so} i {am|have been} left with {nothing|no job|no offer|no options|no income|nothing at all|neither}',
        // "a failure of your planning, not of my candidacy".
        '{a|the|was a|is a|was the|is the} {failure|fault|failing|failings|shortcoming} of {your|the company \'s|your company \'s|the agency \'s|your team \'s|your recruiter \'s|the recruiter \'s|your} [own] [*] {planning|process|processes|team|organisation|organization|recruiters|recruiter|hr|management|budgeting|communication|scheduling|system|systems|hiring process|leadership|side|department|managers|company|agency}',
        'not {of|because of|due to|on account of} {my|anything i|something i|me} [*] {candidacy|ability|abilities|skills|performance|application|qualifications|experience|interview|answers|fit|did|said|fault}',
        'not because of anything i {did|said|could have done|could control|had control over}',
      ],
      reason: 'Making the reader responsible for how it went reads as blame.',
      unless: { before: ['not', 'no'], sentence: ['sorry', APOLOGY, 'thank+', 'appreciat+', 'grateful', 'no worries', 'no problem', 'no harm', 'understand', 'understandable', 'these things happen', 'it happens', 'my fault', 'my mistake', 'my own', 'on me', 'could you', 'would you', 'can you', 'wonder+', 'perhaps', 'possibly', 'might have', 'may have', 'i think there may', 'just to check', 'just checking', 'i hope', 'hope it was', 'if it was', 'whether', 'curious', 'was it', 'was there', 'is there', 'my {mistake|error|fault|side|end|part|own}', 'our side', 'either side', 'both sides', 'or mine', 'or my', 'recommend+', 'encourag+', 'support+', 'referr+', 'passion', 'love', 'excited', 'why i applied', 'why i am applying', 'i moved', 'relocat+', 'kids', 'family', 'health'] },
    },
    {
      patterns: [
        // "then acted as if I was the problem".
        '{acted|act|acts|acting|behaved|behave|behaving|treated me|treat me|treating me|made it sound|made it seem|made out|pretended|implied|talked} {as if|like|as though} {i|it|the candidate} {was|were|am|is|had been} {the problem|the one at fault|to blame|the issue|my fault|at fault|the one who *|the one that *|in the wrong|the only one *}',
        // "your recruiters should have said so".
        '{your|the} [*] {recruiter|recruiters|interviewer|interviewers|manager|hiring manager|team|hr|panel|coordinator|consultant|agency|company|office|people|staff|scheduler|director|vp} {should|ought to} have {said so|told me|told us|mentioned it|mentioned that|flagged it|flagged that|warned me|warned us|said something|let me know|asked|raised it|raised that|checked|been clear|been upfront|been honest|known|done * job|realised|realized|noticed|read}',
        // "You changed the scope of the job halfway through."
        '{you|your *|your * *|they|he|she|the company|the client|the team} {changed|moved|shifted|altered|rewrote|redefined|switched|changed up} the {scope|goalposts|requirements|brief|job|role|criteria|rules|spec|job description|level|salary|terms|title|job title|location|deal|contract|offer|start date|hours|shift|shifts} {halfway|midway|part way|partway|mid process|mid-process|at the last minute|without telling me|without warning|without notice|after the fact|after i had|after i accepted|after i signed|once i was|once i had|behind my back}',
        // "You filled the post before my interview even happened."
        '{filled|hired for|hired someone for|gave away|offered} *** before {my|the|our|i} [*] [*] {even|had even|ever} {happened|took place|started|began|had a chance|got a chance|arrived|came in|showed up}',
        // "wanted to hire his friend".
        '{wanted|want|wants|was going|were going|decided|chose|planned} to hire {his|her|their|your|a} [own] {friend|friends|buddy|buddies|mate|mates|pal|pals|nephew|niece|son|daughter|cousin|golf buddy|drinking buddy|crony|cronies|relative|relatives|family member|girlfriend|boyfriend|wife|husband|ex colleague|old colleague|favourite|favorite|pet candidate|internal candidate anyway|someone internal anyway}',
        '{decided|decides|decide} {he|she|they|you|the panel|your vp|your manager} {did not|does not|do not|just did not|simply did not} like {me|my face|the look of me|my accent|my hobbies}',
        // "decided I was not a good fit without ever speaking to me".
        '{decided|judged|rejected|dismissed|assumed|concluded|ruled|wrote me off|screened me out|binned|declined} *** *** without [ever|even|once|so much as|actually|really] {speaking|talking|meeting|interviewing|reading|looking|contacting|calling|asking|hearing|considering|checking|reviewing|seeing|watching|observing|testing|trying}',
        // "You brushed me off in sixty seconds."
        '{brushed|brush|brushes|brushing|fobbed|fob|fobs|fobbing} {me|us|candidates|people|applicants|my questions|my concerns} off',
        // "so don't blame me for …".
        '{so|then|and} [please] {do not|never} blame me',
        'do not blame me for {making|being|not|repeating|missing|failing|getting|having|asking|sounding|seeming|forgetting|arriving|taking|looking|doing|chasing|following up}',
      ],
      reason: 'Making the reader responsible for how it went reads as blame.',
      unless: { before: ['not', 'i', 'we', 'never'], sentence: ['sorry', APOLOGY, 'thank+', 'appreciat+', 'grateful', 'no worries', 'no problem', 'no harm', 'understand', 'understandable', 'these things happen', 'it happens', 'my fault', 'my mistake', 'my own', 'on me', 'could you', 'would you', 'can you', 'wonder+', 'perhaps', 'possibly', 'might have', 'may have', 'i think there may', 'just to check', 'just checking', 'i should have', 'glad to', 'happy to', 'gladly', 'i would have been {glad|happy|delighted|pleased}', 'perhaps i', 'maybe i', 'i {did|do} not blame', 'not blaming', 'i hope', 'kind+', 'generous', 'recommend+', 'i {changed|moved|switched|shifted}', 'my {mind|plans|schedule|availability}', 'your {kind|quick|prompt|helpful|thoughtful|generous}'] },
    },
    {
      patterns: [
        // "You went silent for eighteen days, which is the only reason I accepted another offer."
        '{which|that|this|and that|and this} {is|was} [exactly|precisely] the {only|sole|real|main|whole|entire|actual} reason {i|my|we}',
      ],
      requires: ['{you|your|they|their|he|his|she|her}'],
      reason: 'Making the reader responsible for how it went reads as blame.',
      unless: { before: ['not'], sentence: ['sorry', APOLOGY, 'thank+', 'appreciat+', 'grateful', 'no worries', 'no problem', 'no harm', 'understand', 'understandable', 'these things happen', 'it happens', 'my fault', 'my mistake', 'my own', 'on me', 'could you', 'would you', 'can you', 'wonder+', 'perhaps', 'possibly', 'might have', 'may have', 'i think there may', 'just to check', 'just checking', 'happy', 'glad', 'excited', 'kind+', 'help+', 'recommend+', 'encourag+', 'support+', 'advice', 'feedback'] },
    },
    {
      patterns: [
        // "I never got so much as a word of explanation", "not a scrap of feedback".
        '{not|never|without|no|did not give me|never gave me|never got|did not get|never received|did not receive} [even|so much as|once] {a scrap|a shred|a crumb|a word|a single word|an ounce|one word|one line|a line|a single line|a hint|a sliver|a peep|a squeak} of {feedback|explanation|information|notice|warning|communication|acknowledgement|acknowledgment|courtesy|respect|honesty|thanks|apology}',
      ],
      reason: 'Making the reader responsible for how it went reads as blame.',
      unless: { before: ['not'], sentence: ['sorry', APOLOGY, 'thank+', 'appreciat+', 'grateful', 'no worries', 'no problem', 'no harm', 'understand', 'understandable', 'these things happen', 'it happens', 'my fault', 'my mistake', 'my own', 'on me', 'could you', 'would you', 'can you', 'wonder+', 'perhaps', 'possibly', 'might have', 'may have', 'i think there may', 'just to check', 'just checking', 'complaint', 'complain+', 'without a word of {complaint|protest}', 'i did not {give|send|offer}'] },
    },
    {
      patterns: [
        // "You pulled a verbal offer because one interviewer thought …"
        '{you|your *|your * *|they|he|she|the company|the client|the recruiter|the hiring manager} [then|just|simply|suddenly|quietly] {pulled|withdrew|rescinded|retracted|yanked|revoked|cancelled|canceled|took back|reneged on} {the|my|a|an|your|his|her|our} [verbal|written|signed|job|formal] offer {because|over|after|for|on the basis|when|the moment|the day|the night|a week|# days|two days|three days|just because|simply because|without}',
        // "then changed your minds after we had packed up our home".
        '{changed|changing} {your|their|his|her|its} {mind|minds} {after|once|when|the night before|the day before|a week before|# days before|at the last minute|last minute|at the eleventh hour|without warning|overnight|just like that}',
        // "Your HR person completely forgot about us."
        '{you|your *|your * *|they|he|she|the recruiter|hr|the interviewer|the hiring manager|the panel|somebody|someone|everyone} [completely|totally|simply|just|clearly|obviously|apparently|conveniently] {forgot|forgotten} {about me|about us|about my *|about our *|to call me|to call us|to tell me|to tell us|to send me|to email me|to let me know|to let us know|my interview|our interview|my appointment|our appointment}',
        // "Your team missed two scheduled phone interviews in a row."
        '{you|your *|your * *|they|he|she|the recruiter|the interviewer|the hiring manager|the panel} [then|also|again|simply|just] {missed|skipped|forgot|no showed|stood me up for|failed to show up for|did not show up for|did not turn up for|never showed up for|never turned up for|never called for|failed to call for|did not call for} {#|two|three|both|our|my|the|a|another} [scheduled|booked|planned|agreed] [phone|video|zoom|teams|in person|follow up] {interview|interviews|call|calls|meeting|meetings|screen|screening|appointment|appointments|slot|slots}',
        'i am the one who {paid|pays|suffered|suffers|lost|loses|has to pay|had to pay|ended up paying|bore|bears|has to live with|had to live with}',
        // "so the mismatch came from your side".
        '{came|comes|stemmed|stems|originated|originates|started|starts|arose|arises} {from|on} {your|their|the company \'s|the agency \'s|the recruiter \'s} {side|end}',
        // "so this reversal is on your hiring team".
        '{this|that|it|the blame|the fault|the mistake|the error|the reversal|the delay|the confusion|the mix up|the mess|this mess|that mess|the failure|the problem|this one|that one|this reversal|this decision|{the|this|that} whole {thing|mess|fiasco|debacle|situation|episode|saga|farce}|the fiasco|this fiasco|the debacle|this debacle|all of this|all of that} {is|was|lies|rests|sits|falls} [all|entirely|squarely|firmly|completely|totally|100%|really|frankly] on {your|the} [*] {team|side|recruiter|recruiters|company|agency|hr|department|office|people|end|panel|management|leadership|shoulders|hiring team|hiring manager|interviewer|interviewers|process|organisation|organization|firm|consultant|coordinator|scheduler}',
      ],
      reason: 'Making the reader responsible for how it went reads as blame.',
      unless: { before: ['not', 'i', 'we', 'never'], sentence: ['sorry', APOLOGY, 'thank+', 'appreciat+', 'grateful', 'no worries', 'no problem', 'no harm', 'understand', 'understandable', 'these things happen', 'it happens', 'my fault', 'my mistake', 'my own', 'on me', 'could you', 'would you', 'can you', 'wonder+', 'perhaps', 'possibly', 'might have', 'may have', 'i think there may', 'just to check', 'just checking', 'i {changed|forgot|missed|skipped|withdrew|pulled}', 'i hope', 'if i', 'focus', 'emphasis', 'initiative', 'idea', 'invitation', 'kind+', 'generous', 'happy to', 'glad to'] },
      requires: ['{mismatch|problem|mistake|error|confusion|issue|miscommunication|delay|mix up|misunderstanding|fault|breakdown|failure|blame|reversal|mess|offer|mind|minds|forgot|forgotten|missed|skipped|no showed|stood|paid|pays|suffered|lost|because|after|over|without|when|before|the moment|the day|decision|whole thing|all of|signals|mixed signals|misinformation|misleading}'],
    },
    {
      // "Your hiring manager stood me up twice" (an interview, not a coffee between friends).
      patterns: ['{you|your *|your * *|they|he|she|the recruiter|the interviewer|the hiring manager} [then|also|again|simply|just] stood {me|us} up'],
      requires: ['{interview|interviews|call|calls|meeting|meetings|screen|screening|appointment|slot|twice|again|# times|three times|second time|third time}'],
      reason: 'Making the reader responsible for how it went reads as blame.',
      unless: { before: ['not', 'i', 'we', 'never'], sentence: ['friend+', 'but we', 'laugh+', 'joke+', 'sorry', 'apolog+', 'thank+', 'forgive+', 'no hard feelings', 'no worries', 'understand'] },
    },
    {
      patterns: [
        // "… all for a form I could have filled in at home."
        '{all|and all|all that|and all that|all of it} for {nothing|a form|a # minute *|a five minute *|a ten minute *|a fifteen minute *|a chat|a quick chat|one question|a single question|a rejection|a no|a template|a template email|a form letter|a registration *|an automated *|a photocopy|a box ticking *|a tick box *}',
        // "… and now my current job is at risk."
        '{now|and now|so now|which means} {my|i|i am|i \'m} [*] [*] [*] {at risk|in jeopardy|on the line|in trouble|compromised|exposed|under threat|in danger|on thin ice}',
      ],
      requires: ['{you|your|they|their|he|his|she|her|the recruiter|the agency|the company|the consultant}'],
      reason: 'Making the reader responsible for how it went reads as blame.',
      unless: { before: ['not', 'never'], sentence: ['sorry', APOLOGY, 'thank+', 'appreciat+', 'grateful', 'worth it', 'good cause', 'charity', 'happy to', 'glad to', 'no worries', 'no problem', 'understand', 'my own', 'my fault', 'my mistake'] },
    },
    {
      // "Thanks to your scheduler's double-booking, I had fifteen minutes" ("thanks to" is not thanks).
      patterns: [
        '{thanks to|due to|because of|owing to|courtesy of} {your|their} [*] [\'s] [*] {double booking|double-booking|mix up|mix-up|mixup|mistake|mistakes|error|errors|blunder|screw up|screwup|cock up|oversight|incompetence|negligence|carelessness|disorganisation|disorganization|miscommunication|confusion|failure|delay|delays|silence|lack|inability|poor|bad|sloppy|late|wrong|broken|faulty|chaos|indecision|dithering|flip flopping|u turn|u-turn|about turn|last minute *|scheduling|ghosting|slowness|unresponsiveness}',
        '{thanks to|due to|because of|owing to|courtesy of} {your|their} * \'s {double booking|double-booking|mix up|mix-up|mixup|mistake|mistakes|error|errors|blunder|screw up|screwup|cock up|oversight|incompetence|negligence|carelessness|disorganisation|disorganization|miscommunication|confusion|failure|delay|delays|silence|lack|inability|poor|bad|sloppy|late|wrong|broken|faulty|chaos|indecision|dithering|flip flopping|u turn|u-turn|about turn|last minute *|scheduling|ghosting|slowness|unresponsiveness}',
      ],
      reason: 'Making the reader responsible for how it went reads as blame.',
      unless: { before: ['not', 'i', 'we', 'never'], sentence: ['thank you', 'thanks {for|so|again|very|a lot|a million}', 'many thanks', 'sorry', 'apolog+', 'appreciat+', 'grateful', 'no worries', 'no problem', 'understand', 'my own', 'my fault', 'my mistake', 'on me', 'your {kind|quick|prompt|helpful|thoughtful|generous|clear|detailed|swift}', 'could you', 'would you', 'can you'] },
    },
    {
      patterns: [
        // "… so of course the final round went nowhere", "so naturally nothing came of it".
        '{so|and so|which meant|meaning} {of course|naturally|obviously|no wonder|unsurprisingly|predictably|inevitably} {the|my|nothing|it|things|everything|the interview|the final *|the process|the application|the offer} *** {went nowhere|fell through|fell apart|went badly|went wrong|failed|came of it|came to nothing|did not work out|got nowhere|stalled|collapsed|died|was doomed|never stood a chance}',
        // "… and hid the travel requirement".
        '{hid|hidden|concealed|withheld|left out|omitted|buried|kept quiet about|never mentioned|did not mention|failed to mention|neglected to mention|conveniently forgot} {the|a|key|critical|important|crucial|any|that} [*] [*] {requirement|requirements|detail|details|information|fact|facts|condition|conditions|clause|clauses|travel|salary|pay|commute|location|hours|shift pattern|on call *|catch|part|bit}',
        // "… and then rescinded the offer", "withdrew the offer with no reason".
        '{and|then|and then|but then|only to} [suddenly|quietly|simply|just] {pulled|withdrew|rescinded|retracted|yanked|revoked|took back|reneged on|cancelled|canceled} {the|my|a|an|your|his|her|our} [verbal|written|signed|job|formal] offer',
        '{pulled|withdrew|rescinded|retracted|yanked|revoked|took back|reneged on|cancelled|canceled} {the|my|a|an|our} [verbal|written|signed|job|formal] offer {with no|without any|without a|with zero|for no} {reason|explanation|warning|notice|justification|apology|good reason}',
        // "Had your HR rep told me …, I would never have come in."
        '{had|if} {you|your *|your * *|your * * *|the recruiter|the company|the agency|anyone|someone|somebody} [only|actually|just|bothered to|had] {told|warned|mentioned|explained|said|informed|let me know|been honest|been upfront|been clear|been straight|been open} *** *** *** [*] {i would never have|i would not have|i never would have|we would never have|we would not have|i would have declined|i would have said no|i would have saved|i would have stayed|i would not be|i would still have|i could have saved|i would have turned|i would have kept|i would have avoided}',
        // "because you clearly pitched me wrong".
        '{pitched|sold|presented|described|marketed|positioned|briefed|represented|misrepresented|put forward|submitted} {me|my cv|my resume|my profile|my experience|my application|my background|my skills} [to them|to the client|to your client|to the company] {wrong|wrongly|badly|poorly|incorrectly|all wrong|as something i am not|inaccurately}',
      ],
      requires: ['{you|your|they|their|he|his|she|her|the recruiter|the agency|the company|the consultant|hr|anyone|someone|somebody}'],
      reason: 'Making the reader responsible for how it went reads as blame.',
      unless: { before: ['not', 'i', 'we', 'never'], sentence: ['sorry', APOLOGY, 'thank+', 'appreciat+', 'grateful', 'understand', 'no worries', 'no problem', 'my own', 'my fault', 'my mistake', 'on me', 'i may have', 'i might have', 'i probably', 'could you', 'would you', 'can you', 'happy to', 'glad to', 'i {hid|withheld|left out|omitted|pitched|described|presented|misrepresented}'] },
    },
    {
      patterns: [
        // "forty hours of free labour", "a week of free work out of me".
        '{free|unpaid} {labour|labor|work|consulting|consultancy|development|design work|strategy work} {for you|for your *|out of me|from me|from candidates|from applicants|for nothing}',
        '{hours|days|a week|weeks|a weekend|# hours|# days|half my week|my weekend} of {free|unpaid} {labour|labor|work|consulting|consultancy|development}',
        // "You pulled the position ten minutes after telling me my code was great."
        '{you|your *|your * *|they|he|she|the company|the client} [then|just|simply|suddenly|quietly] {pulled|withdrew|cancelled|canceled|closed|scrapped|axed|froze|killed} {the|my|a|an|your|that|this} [*] {position|role|job|vacancy|opening|post|req|requisition} {@count {minute|minutes|hour|hours|day|days} after|minutes after|an hour after|hours after|a day after|days after|right after|just after|straight after|after telling me|the day after|the moment|without warning|without explanation|with no warning|with no explanation|the night before|the morning of|the day before|a week before}',
        // "You are now running with my suggestions after telling me I did not get the job."
        '{running|ran|run|runs|going|went|rolling out|rolled out|launching|launched|implementing|implemented|publishing|published|using|used|passing off|passed off|stealing|stole|stolen|took|taken|pocketed|lifted} {with|off} my {suggestions|ideas|work|strategy|code|design|designs|proposal|plan|deck|case study|recommendations|solution}',
        '{using|used|use|uses|stole|stolen|steal|stealing|took|taken|passed off|rolled out|launched|implemented|published|lifted|pinched} my {ideas|idea|work|strategy|code|design|designs|proposal|plan|deck|suggestions|case study|recommendations|solution|concept|concepts|copy|content|slides} {without|as your own|as their own|after rejecting me|after telling me|after turning me down|and then rejected|for free|but not me|yet rejected|while rejecting}',
        // "… and now you tell me it was part of the interview."
        '{and now|now|and then|then} you {tell|are telling|say|claim|inform|decide|announce} [me|us] [that] [it|this|the *|my *] {was|is|were|had been|would be|will not be|was not|is not|was only|was just|is just|is only|does not count|did not count} [just|only|simply|all] [*] {part of|unpaid|free|not paid|a test|an exercise|a trial|not needed|no longer|cancelled|canceled|on hold|filled|gone}',
        // "so do not act surprised that I assumed it was."
        '{do not|never|stop|quit} {act|acting|pretend|pretending|play|playing} {surprised|shocked|confused|innocent|dumb|the victim|all innocent|like you did not know|as if you did not know|like it is my fault|as if it is my fault}',
        // "The moment the client didn't like my CV, you ignored me completely."
        '{you|your *|your * *|they|he|she|the recruiter|the agency|the company} [then|just|simply|promptly|conveniently] {ignored|blanked|stonewalled|abandoned|dropped|ditched|dumped|binned|cut off|forgot} {me|us} {completely|entirely|totally|altogether|from then on|after that|ever since|since|the moment *|as soon as *|once *|like *|without *}',
        '{you|your *|your * *|they|he|she|the company|the agency} [clearly|obviously|completely|totally|badly|deliberately] {undervalued|underpaid|lowballed|low balled|exploited|used|took advantage of|cheated|shortchanged|short changed|ripped off|screwed|fleeced|swindled|conned} {me|us|candidates|applicants|my *}',
      ],
      reason: 'Making the reader responsible for how it went reads as blame.',
      unless: { before: ['not', 'i', 'we', 'never', 'if'], sentence: ['sorry', APOLOGY, 'thank+', 'appreciat+', 'grateful', 'understand', 'no worries', 'no problem', 'my own', 'my fault', 'my mistake', 'on me', 'i may have', 'i might have', 'could you', 'would you', 'can you', 'happy to', 'glad to', 'glad', 'feel free', 'welcome to', 'you are welcome', 'i {used|use|took|pulled|withdrew|ignored|forgot|dropped|stole}', 'i hope', 'if i', 'never felt', 'did not feel', 'not feel'] },
    },
    {
      // "… which says everything about how little you valued me" (not "says a lot about how you care for your team").
      patterns: ['{says|said|speaks|spoke|tells|told} {everything|volumes|a lot|all i need to know|all anyone needs to know} about {how you|the way you|how little you|how much you} {undervalue+|value+|treat+|respect+|regard+|see|saw|view+|think|thought|care+}'],
      requires: ['{undervalue+|little|lowball+|low ball+|insult+|half|less|cheap|ghost+|ignore+|dismiss+|disrespect+|never|not|no}'],
      reason: 'Making the reader responsible for how it went reads as blame.',
      unless: { before: ['not', 'never'], sentence: ['great', 'welcom+', 'kind+', 'impress+', 'generous', 'love', 'warm', 'friendly', 'support+', 'excited', 'thank+', 'appreciat+', 'sorry', 'apolog+', 'i hope'] },
    },
    {
      patterns: [
        // "it was the recruiters fault" (the apostrophe dropped).
        '{the|your} {recruiters|companys|agencys|interviewers|coordinators|schedulers|managers|panels|teams|hr|hr teams|hiring managers|consultants|receptionists} fault',
        '{the|your} {recruiter|company|agency|interviewer|coordinator|scheduler|manager|panel|team|hiring manager|consultant|receptionist} fault',
        // "You told me the role was remote and now you're saying three days in the office."
        '{you|your *|your * *|they|he|she|the recruiter|the company|the agency} {told|said|promised|assured|swore|wrote|confirmed} [to] [me|us] *** *** *** {and now|but now|now|yet now} {you are|you|they are|they|he is|she is|it is|you have|the offer|the contract|the role|the job} {saying|telling|say|claim|claiming|changed|changing|want|wanting|expect|expecting|asking|demanding|says|requires|insist+|is|has changed}',
        // "I lost a week's pay taking time off for your interviews."
        'i {lost|gave up|burned|burnt|used up|sacrificed|forfeited} [*] [*] [\'s] {pay|wages|money|income|salary|holiday|holidays|leave|annual leave|pto|vacation|vacation days|sick days|days off} {taking|to|for|because of|attending|coming to|travelling to|traveling to|on}',
        // "Your panel rushed me and then said I lacked depth."
        '{rushed|interrupted|cut off|talked over|ignored|dismissed|grilled|ambushed|hurried|stonewalled} {me|us} *** {and then|then|but then|only to} {said|say|claimed|claim|told me|decided|concluded|complained|wrote|noted|criticised|criticized|accused|blamed|faulted|marked}',
        // "Your agency put me forward for a job I never agreed to."
        '{put|sent|submitted|pushed|forwarded|shared} {me|my cv|my resume|my details|my profile|my application} {forward|across|on|to *|to * *} *** {i never|i did not|without my|without asking|without consent|without permission|without telling|behind my back}',
        '{sent|submitted|forwarded|shared|passed on|gave out|circulated} my {cv|resume|details|profile|application|number|phone number|email} {without|behind my back}',
      ],
      requires: ['{you|your|they|their|he|his|she|her|the recruiter|the recruiters|the agency|the company|the consultant|hr|the interviewer|the panel}'],
      reason: 'Making the reader responsible for how it went reads as blame.',
      unless: { before: ['not', 'i', 'we', 'never', 'no one \'s', 'nobody \'s', 'not the', 'not your'], sentence: ['sorry', APOLOGY, 'thank+', 'appreciat+', 'grateful', 'understand', 'no worries', 'no problem', 'my own', 'my fault', 'my mistake', 'on me', 'i may have', 'i might have', 'could you', 'would you', 'can you', 'happy to', 'glad to', 'worth it', 'worthwhile', 'exciting', 'excited', 'great news', 'wonderful', 'congrat+', 'delight+', 'nobody \'s fault', 'no one \'s fault', 'not {the|your} * fault', 'i {told|said|promised|sent|submitted|shared|forwarded|put}', 'i hope', 'if i'] },
    },
    {
      // Texting spellings: "its ur fault", "thats on u".
      patterns: ['{its|it is|it was|thats|that is|that was|this is|this was|all} {ur|yr|u r|your} [own] {fault|mistake|doing|screw up|screwup|mess up}', '{thats|that is|its|it is} on {u|ur *|yall|you guys}'],
      reason: 'Assigning fault to the reader reads as blame.',
      unless: { before: ['not', 'no', 'never'], sentence: ['not {ur|your} fault', 'never {ur|your} fault', 'sorry', 'apolog+', 'my fault', 'my mistake', 'on me'] },
    },
    {
      patterns: [
        // "your panel had already made up its mind before I walked in".
        '{had|have|has} already {made up * mind|made up * minds|made * decision|made * choice|decided|picked someone|chosen someone|hired someone|found someone|got someone|lined up someone|filled it|filled the role|filled the post} {before|by the time|long before|well before} {i|my} [*] [*] {walked in|arrived|sat down|got there|started|even *|interview|interviews|logged on|logged in|joined|applied|opened my mouth|said a word|began}',
        // "You only interviewed me to tick a diversity box."
        '{only|just|merely|simply} {interviewed|invited|called|shortlisted|considered|met|brought in|saw} {me|us|candidates|people|applicants} {to|so you could|so they could|because you had to|because they had to|for} [*] {tick|fill|meet|satisfy|make up|hit|pad|show} [*] [*] {box|boxes|quota|quotas|numbers|requirement|requirements|policy|the numbers|a shortlist|the shortlist|appearances|optics}',
        '{token|box ticking|box-ticking|tick box|tick-box|diversity hire|diversity box|courtesy} {candidate|interview|exercise|applicant}',
        // "The test was designed to make candidates fail."
        '{designed|built|set up|rigged|made|written|engineered|meant} {to make|so that|so} {candidates|people|applicants|me|us|everyone|anyone|the candidate} {fail|would fail|will fail|could not pass|cannot pass|can not pass|look bad|look stupid|trip up}',
        // "so of course he thought I was unengaged".
        '{so|and so} {of course|naturally|obviously|no wonder|unsurprisingly} {he|she|they|you|the panel|the interviewer|the hiring manager|your *} {thought|decided|concluded|assumed|felt|said|found|marked|judged|rejected|saw}',
        // "You promised feedback and delivered nothing."
        '{promised|offered|assured me of|guaranteed|committed to} [me|us] {feedback|an update|updates|a call|a decision|a response|an answer|a reply|a timeline|a callback|a call back} *** {and|but|yet|then|and then} {delivered|gave|sent|provided|got|produced|offered} {nothing|none|no *|zilch|nada|zero|silence}',
        // "The job was misrepresented from the start."
        '{job|role|position|offer|salary|vacancy|opportunity|company|post|package|work|hours|location|remote *|hybrid *|team|contract|pay} {was|were|had been|has been|is|are} [completely|totally|badly|grossly|deliberately|wildly|clearly|blatantly|entirely|seriously] {misrepresented|misdescribed|mis sold|mis-sold|missold|oversold|falsely advertised|not as advertised|nothing like the ad|nothing like the advert|nothing like the description|nothing like what *|a lie|a fiction|a fantasy}',
      ],
      reason: 'Making the reader responsible for how it went reads as blame.',
      unless: { before: ['not', 'i', 'we', 'never'], sentence: ['sorry', APOLOGY, 'thank you', 'thanks {for|so|again|very|a lot}', 'appreciat+', 'grateful', 'understand', 'no worries', 'no problem', 'my own', 'my fault', 'my mistake', 'on me', 'i may have', 'i might have', 'could you', 'would you', 'can you', 'happy to', 'glad to', 'i {oversold|misrepresented|described|designed|built|wrote}', 'i hope', 'if i', 'early', 'well prepared', 'relaxed', 'confident', 'enjoy+', 'love+', 'great', 'i {understand|realise|realize|know} [that] [you|the|it]'] },
    },
    {
      // "Thanks to your recruiter, I turned up in a suit for a video call" (an outcome that went wrong).
      patterns: ['{thanks to|because of|due to|courtesy of} {your|the} @staff [,] {i|we} {turned up|showed up|drove|travelled|traveled|wasted|missed|lost|spent|sat|waited|went to the wrong|dressed up|prepared for the wrong|prepped for the wrong|looked like}'],
      requires: ['{wrong|late|nothing|suit|nobody|no one|empty|closed|cancel+|wasted|missed|lost|never|not|idiot|fool|unprepared|hours|an hour|all day|for ages}'],
      reason: 'Making the reader responsible for how it went reads as blame.',
      unless: { before: ['not', 'i', 'we', 'never'], sentence: ['thank you', 'thanks {for|so|again|very|a lot}', 'sorry', 'apolog+', 'appreciat+', 'grateful', 'no worries', 'no problem', 'my own', 'my fault', 'my mistake', 'time to spare', 'early', 'right', 'correct', 'on time', 'prepared', 'relaxed', 'confident'] },
    },
    {
      patterns: [
        // "Your hiring manager was completely misleading."
        '@you {was|were|has been|have been|had been} [@intens|very|deeply|really|utterly|deliberately|knowingly] {misleading|deceptive|dishonest|two faced|duplicitous|disingenuous|economical with the truth}',
        // "the only reason I know the position is filled is that I chased Nancy for it".
        'the only reason i {know|knew|found out|heard|learned|learnt|discovered|got an answer|got a reply|got a response} *** *** {is|was} {that|because} i {chased|asked|called|emailed|rang|followed up|checked|saw|pushed|phoned|pestered|kept asking}',
        // "reflects very poorly on your firm".
        '{reflect+} [@intens|very|extremely|rather|quite|really|pretty] {poorly|badly|terribly} on {you|your *|the company|the agency|the firm|the school|the organisation|the organization|the business|the team|hr|whoever}',
        // "it was your executive decision alone that kept me out of the second round".
        '{your|his|her|their|the principal \'s|the ceo \'s|the director \'s} [*] decision [alone|and yours alone|and his alone|and hers alone] *** {kept|cost|blocked|stopped|excluded|shut|knocked|took|held} me',
        // "totally unfair to tar me with the same brush".
        '{tar+|tarring} me with the same brush',
        '{it is|it was|that is|that was|this is|this was} [@intens|totally|utterly|completely|deeply|grossly|so|very|really] {unfair|unjust|discriminatory|biased|wrong|prejudiced} to {judge|tar|lump|dismiss|reject|penalise|penalize|punish|assess|hold|blame|mark|write off|rule out} me',
        // "they should have raised them during the interview".
        '{they|you|he|she|the panel|the interviewer|the interviewers|the hiring manager|your *|your * *} should have {raised|mentioned|voiced|asked about|said|brought up|flagged|told me|shared|put} {it|them|this|that|those|these|something|so|their concerns|your concerns|his concerns|her concerns} [*] [*] {during|in|at the time|then|at the interview|in the interview|to my face|while i was there|on the day}',
        // "… and you scheduled the interview then anyway".
        '{you|they|he|she|your *|your * *} {scheduled|booked|arranged|held|set|put|went ahead with|ran|did|called|rang|emailed|sent} *** [*] anyway',
        // "so I can never catch a break with your district".
        '{can never|can not|cannot|never|could never|will never} {catch|get} a break {with|from|at} {you|your *|your * *|them|this company|this district|this school}',
      ],
      reason: 'Making the reader responsible for how it went reads as blame.',
      unless: { before: ['not', 'i', 'we', 'never'], sentence: ['sorry', APOLOGY, 'thank you', 'thanks {for|so|again|very|a lot}', 'appreciat+', 'grateful', 'understand', 'no worries', 'no problem', 'my own', 'my fault', 'my mistake', 'on me', 'i may have', 'i might have', 'could you', 'would you', 'can you', 'happy to', 'glad to', 'i should have', 'perhaps i', 'maybe i', 'i hope', 'if i', 'would be unfair', 'it would be', 'my {decision|choice}', 'i {scheduled|booked|arranged|called|rang|emailed|sent|did}'] },
    },
    {
      patterns: [
        // "I wasn't given nearly enough time to finish the task."
        'i {was not|was never|have not been|had not been|never was} {given|allowed|offered|shown|sent|told} {nearly|anywhere near|anything like|even close to|remotely} enough {time|information|notice|detail|details|warning|support|context|guidance|preparation|prep}',
        // "The instructions were so vague that nobody could have done well."
        '{so|too} {vague|unclear|confusing|ambiguous|contradictory|misleading|badly written|poorly written|garbled|incoherent} {that|for} {nobody|no one|anyone|any candidate|i|we} *** {could|would|can|could have|would have|stood}',
        // "Your brief was misleading, so my presentation missed the point."
        '{your|the} [*] {brief|instructions|directions|job description|description|ad|advert|posting|listing|information|info|guidance|email|spec|specification|briefing} {was|were|is|are} [@intens] {misleading|wrong|inaccurate|incorrect|contradictory|useless|false|a lie|out of date|outdated} [*] {so my|so i|which is why|that is why|and so|because of it|as a result|hence}',
        // "The interviewer kept cutting me off."
        '{kept|keeps|kept on|continually|constantly|repeatedly|just kept} {cutting me off|talking over me|interrupting me|talking down to me|shutting me down|rushing me|hurrying me|cutting in}',
        // "Your test crashed twice and I was still marked down for it."
        '{crashed|froze|failed|broke|went down|timed out|glitched|logged me out|kicked me out|cut out|dropped} *** {and|but|yet} [i] [was|got] [still] {marked down|penalised|penalized|failed|rejected|docked|judged|blamed|held responsible|scored}',
        // "Your team never replied to my three emails."
        '{you|your *|your * *|they|he|she|the recruiter|the agency|the company|nobody|no one} [*] never {replied|responded|answered|got back|wrote back|came back} to [any of|one of|a single one of|either of|all] my [*] {email|emails|message|messages|calls|voicemails|follow ups|follow-ups|texts|letters|questions|chasers}',
      ],
      reason: 'Making the reader responsible for how it went reads as blame.',
      unless: { before: ['not', 'i', 'we', 'never', 'sorry i'], sentence: ['sorry', APOLOGY, 'thank you', 'thanks {for|so|again|very|a lot}', 'appreciat+', 'grateful', 'understand', 'no worries', 'no problem', 'my own', 'my fault', 'my mistake', 'on me', 'i may have', 'i might have', 'could you', 'would you', 'can you', 'could i', 'may i', 'please', 'happy to', 'glad to', 'i {was|am} {sorry|glad}', 'i hope', 'if i', 'i {crashed|broke|dropped}', 'my {internet|wifi|connection|laptop|computer}'] },
    },
    {
      // Session 4 (s4b): the reader's promise as the cause of a loss ("because of that promise I
      // turned down two other jobs", "I passed on other interviews because of it").
      patterns: [
        '{because of|thanks to|on the strength of|trusting|relying on} {you|your promise|your promises|your word|your assurance|your assurances|your reassurance|your reassurances|that promise|that assurance|that reassurance|this promise|what you said|what you told me|your recruiter|your email|your offer letter} *** {i turned down|i passed on|i declined|i gave up|i quit|i resigned|i handed in|i walked away from|i cancelled|i canceled|i lost|i missed|i have no|i now have|i am now|i am out|i rejected|we moved|i moved|i relocated|i will have missed|i have missed}',
        '{i turned down|i passed on|i declined|i gave up|i quit|i resigned|i handed in my notice|i walked away from|i cancelled|i canceled|i lost|i missed out on|i rejected|we moved|i moved|i relocated} *** *** {because of|thanks to|on the strength of|trusting|relying on} {you|your promise|your promises|your word|your assurance|your assurances|your reassurance|that promise|that assurance|what you said|what you told me|it|that|your recruiter|your email}',
        '{is|was|are|were} {exactly|precisely} why {i|we} {turned down|passed on|declined|gave up|quit|resigned|moved|relocated|sold|left|lost|missed}',
        '{because of|thanks to} {you|her|him|them|your recruiter|your company|your team} i {will have missed|have missed|lost|missed|no longer have|ended up with nothing|now have nothing|now have neither|have neither|have nothing|have no job|am out of pocket|am unemployed|am out of work|now have no}',
        '{is|was|are|were} the {only|sole|whole|entire|real|single} reason *** *** {out of pocket|lost|missed|never|unemployed|without a job|no job|out of work|rejected|penalised|penalized|failed|bombed|not hired|not selected}',
      ],
      requires: ['lost', 'lose', 'missed', 'miss', 'no job', 'unemployed', 'out of pocket', 'neither', 'nothing', 'no income', 'turned down', 'passed on', 'gave up', 'quit', 'resigned', 'false hope', 'wasted', 'never', 'declined', 'moved', 'relocated', 'out of work', 'rejected', 'penalised', 'penalized', 'failed', 'bombed', 'not hired', 'not selected'],
      reason: 'Making the reader responsible for your loss reads as blame.',
      unless: { before: ['not', 'never'], sentence: ['thank you', 'thanks {for|so|again|very|a lot}', 'many thanks', 'grateful', 'appreciate+', 'kind', 'helped', 'support', 'sorry', 'my fault', 'my own {fault|mistake|doing|error}', 'myself', 'i {should|could} have {done|prepared|been|asked|checked|handled|said|known|read|researched}', 'fortunately', 'luckily', 'glad'] },
    },
    {
      // Session 4 (s4b): accusations about the process ("gave me false hope", "going through the
      // motions", "a role you never meant to fill", "couldn't manage a single no-thanks email").
      patterns: [
        '{gave|giving|give|given} me false hope',
        '{you were|you are|you have been|they were|the panel was|the panel were|you guys were|your team was|your team were|the interviewers were|you were all} [just|only|simply|merely|clearly|obviously|basically] going through the motions',
        '{a|the} {role|job|position|vacancy|opening|post} {you|they|your company|the company} never {meant|intended|planned|wanted|had any intention} to fill',
        '{you|your team|your recruiter|your company|your hr|hr|nobody|no one|they} [still|even|just|then] {could not|can not|cannot|did not|never} [even] [be bothered to|bother to] {send|manage|spare|write|give|find time for} [me] {a|one|even a|even one} [single|simple|quick|short|one line|one-line|two line|two-line|basic|courtesy] {email|reply|response|line|update|no thanks|no-thanks|rejection|word|call|courtesy email|message|note}',
        'you never [even] gave me a [real|fair|proper|genuine|single] chance',
        '{wasted|lost|burned|burnt|squandered|thrown away} *** *** on your {indecision|disorganisation|disorganization|incompetence|games|dithering|delays|mistakes|mess|circus|merry go round|runaround|endless rounds|changes of mind}',
        '{had|has|have|showed|shows|show|had absolutely} {no|zero|little|absolutely no} {regard|respect|consideration} for {my|our|candidates \'|people \'s|anyone \'s} time',
        'i was only {rejected|turned down|passed over|dropped|not selected|not hired|let go|cut|screened out|filtered out|not shortlisted} {because|since|due to|for}',
        '{that|this|it} {is not|was not} {a|an} [real|proper|fair|genuine] {hiring process|recruitment process|selection process|interview process|process} [;] it is',
        '{are|is|were|keep|keeps} {penalising|penalizing|punishing} me {for|because}',
        'nobody [even] {looked at|read|opened|bothered to read|bothered to look at|glanced at} {it|my *|them}',
        'i do not see how {the decision|this|that|it|the process|your decision|the outcome|the interview} {could|can} [have] {be|been} [called] {fair|a fair one|just|right|objective|legitimate|impartial|unbiased}',
        '{brief|instructions|task|question|questions|description|job description|assignment|test|case study|exercise|advert|posting} {was|were|is|are} so {vague|unclear|confusing|badly written|poorly written|ambiguous|sloppy|misleading|muddled|contradictory} {that|nobody|no one|anyone}',
        'your {careers portal|portal|careers site|career site|ats|system|applicant tracking system|website|application system|application process|hiring process|recruitment process|process} is {a black hole|a joke|a mess|a shambles|a disgrace|a nightmare|a farce|a disaster|broken|a lottery}',
        '{failed|went wrong|went badly|fell apart|fell through|went nowhere|collapsed|bombed|tanked|was ruined|was a disaster} {because of you|thanks to you|because of your recruiter|because of your system|because of your portal}',
      ],
      reason: 'Making the reader responsible for how it went reads as blame.',
      unless: { before: ['not', 'i', 'we'], sentence: ['thank you', 'thanks {for|so|again|very|a lot}', 'many thanks', 'grateful', 'appreciate+', 'sorry', 'my fault', 'my own {fault|mistake|doing|error}', 'myself', 'i {should|could} have {done|prepared|been|asked|checked|handled|said|known|read|researched}', 'if nobody', 'if no one', 'yet', 'no rush', 'whether', 'i worry', 'i am worried', 'i hope'] },
    },
    {
      // Session 4 (s4b): "the eight interviews I sat through are on you."
      patterns: ['{are|is|was|were} [all|entirely|squarely|completely|totally|fully|100 %] on you'],
      end: true,
      requires: ['you', 'your', 'if', 'because'],
      reason: 'Making the reader responsible for how it went reads as blame.',
      unless: { sentence: ['coffee', 'lunch', 'drinks', 'dinner', 'round', 'beer', 'pint', 'tab', 'bill', 'treat', 'decision', 'choice', 'next', 'move', 'call', 'ball', 'thank+', 'happy', 'whenever', 'timing', 'up to you'] },
    },
    {
      // Session 4 (s4b): "You knew less about the job than I did, and that's why the interview went nowhere."
      patterns: ['{that is|this is|which is} {why|the reason} {the interview|it|this|my application|the call|things|the meeting|the process} {went nowhere|went wrong|went badly|failed|fell apart|fell through|fell flat|went south|bombed|collapsed|never went anywhere|did not work out}'],
      requires: ['you', 'your'],
      reason: 'Making the reader responsible for how it went reads as blame.',
      unless: { before: ['not'], sentence: ['thank+', 'sorry', 'my fault', 'my own {fault|mistake|doing|error}', 'myself', 'i {should|could} have {done|prepared|been|asked|checked|handled|said|known|read|researched}', 'i was', 'i did not', 'i had not', 'i forgot', 'my nerves', 'i {think|suspect|realise|realize|know}'] },
    },
    {
      // Session 4 (s4b): "This is exactly why the system only ever advances the same few people: hiring managers like you."
      patterns: ['{hiring managers|recruiters|managers|interviewers|gatekeepers|people|companies|employers|firms|hr people|hr departments|agencies} like {you|yours}'],
      requires: ['why', 'because', 'reason', 'fault', 'problem', 'blame'],
      reason: 'Making the reader responsible for how it went reads as blame.',
      unless: { sentence: ['thank+', 'grateful', 'appreciate+', 'love+', 'enjoy+', 'admire+', 'learn+', 'great', 'wonderful', 'helpful', 'kind', 'wanted to {work|join|meet|talk}', 'want to {work|join|meet|talk}', 'hope', 'more', 'rare'] },
    },
  ],
};
