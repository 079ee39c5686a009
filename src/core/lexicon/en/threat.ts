import type { CategoryLexicon } from './types';

const MEDIA = '{@social|blind|teamblind|fishbowl|comparably|kununu}';

/** Who a public-shaming threat is aimed at: the writer's audience. */
const CROWD =
  '{everyone|everybody|anyone who will listen|anybody who will listen|the world|the whole world|the internet|the public|the whole industry|the industry|other candidates|other applicants|other job seekers|job seekers|future candidates|future applicants|my network|my whole network|my entire network|my professional network|my linkedin network|my contacts|my connections|my followers|my linkedin followers|my audience|my subscribers|my community|my readers|my former colleagues|my old colleagues|my classmates|my cohort|my alumni network|{everyone|everybody|anyone|people} {i know|in my network|in my field|in my industry|in the industry|in my cohort|in my circle|on my course|in my class|in my bootcamp|on linkedin|online|i meet|i talk to|who asks|who will listen}|all my {contacts|connections|followers|friends|colleagues|former colleagues|classmates}|my {former|old|fellow} {classmates|students|graduates|alumni|colleagues|coworkers|co-workers|teammates}|my friends|my family|friends and family|my peers|my {entire|whole} {cohort|class|network|team|department|office|industry|course|bootcamp|year group|family}|{every single person|every person|every last person|anyone and everyone|every single one of my {friends|contacts|connections|colleagues}} [i know|i meet|i talk to|in my network]|thousands of people|hundreds of people|# people|my # {followers|connections|subscribers|contacts}|my * {followers|connections|subscribers|readers|viewers}|half your {peers|clients|industry|competitors|contacts}|{everyone|everybody|people} in {the|my|our} [*] [*] {group|groups|community|forum|network|industry|sector|field|chat|slack|discord|association}}';

/** People whose opinion of the reader a threat invokes (bosses, clients, press, regulators). */
const WATCHERS =
  '{your ceo|your founder|your founders|your board|your investors|your clients|your customers|your shareholders|your boss|your manager|your bosses|your superiors|your hr director|your head of hr|your head office|your leadership|your leadership team|your partners|your funders|your donors|your users|your biggest client|your biggest clients|your biggest customer|your biggest investor|your competitors|the ceo|the founder|the founders|the board|the investors|the press|the media|journalists|a journalist|reporters|the papers|the local paper|the news|the regulator|regulators|the bbb|the better business bureau|the eeoc|acas|the labour board|the labor board|the department of labor|the department of labour|the ico|the information commissioner|the ftc|the attorney general|the tribunal|an employment tribunal|a judge|the courts}';

/** Warm words: a sentence holding one is praise, not a threat. */
const NICE = ['thank', 'thanks', 'grateful', 'highly', 'speak well', 'admire+', 'appreciate+', 'positive', 'wonderful', 'amazing', 'fantastic', 'lovely', 'brilliant', 'excellent', 'enjoy+', 'loved', 'glowing', 'recommend+', 'glad', 'happy to', 'excited', 'proud', '{congrats|congratulations|congratulate+}', 'impressed', 'welcoming', 'good news', '{five|5} star', 'great {experience|time|conversation|team|chat}', '{the best|the most positive|the smoothest|the nicest|the kindest|the friendliest|the most professional|the most respectful} {i have|i|interview|experience|process|hiring|recruitment|candidate|one i}'];

/** What a polite sentence shares with a network: openings, events, products. */
const OPENINGS = ['role', 'roles', 'opening', 'openings', 'vacancy', 'vacancies', 'opportunity', 'opportunities', 'position', 'positions', 'job posting', '{the|your|this|that|a|an} posting', '{the|your|this|that|a|an} listing', 'event', 'webinar', 'meetup', 'launch', 'product', 'mission', 'project', 'research', 'how it went', 'how the * went', 'how things {went|go}', 'how it goes'];

export const threat: CategoryLexicon = {
  category: 'threat',
  reason: 'A threat ends the relationship and can follow you.',
  note: 'Threats of lawyers, complaints or public posts make the reader stop helping you and hand the email to HR or legal; in a small industry they are remembered. If you believe you were treated unlawfully, get advice privately and keep your correspondence factual; otherwise, leave it out.',
  entries: [
    {
      patterns: [
        '{take|taking|took|takes|pursue|pursuing|begin|start|initiate|consider|considering|seek|seeking} legal {action|steps|proceedings|measures|recourse|advice}',
        'legal action',
        'legal proceedings',
        'hear+ from my @lawyer',
        'my @lawyer {will|would|is going to|shall|is} [be] {in touch|contact+|call+|reach+ out|hear+|{write+|wrote|written}|follow+ up|get+ in touch|look+ into}',
        '{contact+|consult+|call+|speak+ to|speak+ with|talk+ to|involve+|get+|refer+ this to|forward+ this to|pass+ this to|bring+ in} {my|a|an} [employment] @lawyer',
        'i [will|am going to|plan to|intend to|could|might|may|can|shall|would] {see|meet} you in court',
        '{see|seeing} you in court',
        '{i will|i am going to|i plan to|i intend to|i could|i might|i may|i can|i shall|prepared to|going to|will|happy to|ready to|decided to} sue',
        'sue+ {you|your *|the company|the firm|them|him|her|the agency|for}',
        '{file+|lodge+|submit+|bring+|raise+} {a|an} [formal|official|discrimination|legal|written] {lawsuit|claim|complaint|grievance|charge|case}',
        'discrimination {claim|lawsuit|complaint|case|charge|suit}',
        '{report+} {you|your *|this|them|him|her|it|the company|the firm|the agency} to {the|your|my|a}',
        'take {this|it|the matter|matters|things} {further|higher|up the chain|public|to court|to the press|to the media|to your ceo|to the board|to a tribunal|to the top}',
        'escalate+ {this|it|the matter} {to|further|higher}',
        '{go|going|went|will go|take this|take it} to the {press|media|papers|newspapers|news|authorities|police|regulator|regulators|tabloids}',
        'take {this|it|the matter|my complaint|this complaint} [straight|right|directly|all the way] {to|up with} {your|the} {ceo|boss|board|founder|founders|owner|director|president|head|managing director|chairman|investors|press|media|regulator}',
        '{is|are|will be} going to hear about [*] {how|what|this|it|the way}',
        '{will|shall|are going to} {hear|know|find out|learn} {about|exactly} how {you|your}',
        'prepared to take {this|it|the matter|matters}',
        '{illegal|unlawful|wrongful} {to|termination|dismissal|discrimination|practice|practices|conduct}',
        'is {illegal|unlawful|wrongful|discriminatory}',
      ],
      reason: 'Threatening legal action or complaints ends the conversation.',
      unless: { before: ['not', 'never', 'no intention of', 'not going to', 'not planning to', 'not to', 'no need to', 'do not need to'], sentence: ['love to', 'like to', 'keen to', 'happy to', 'glad to', 'next step+', 'discuss+', 'conversation', 'my lawyer reviewed', 'reviewed by my', 'contract', 'non compete', 'non-compete', 'background check', 'visa', 'immigration', 'relocation', 'package', 'clause', 'equity', 'signing', 'law firm', 'your firm', 'paralegal', 'career', 'training contract', 'pupillage', 'suggest+', 'recommend+', 'estate', 'mortgage', 'divorce', '{conveyancing|house sale|house purchase|house move|probate|tenancy|lease}', '{at|from|in} your * office'] },
    },
    {
      patterns: [
        `{post+|share+|put+|publish+|write+|wrote|written|blog+|tweet+|broadcast+|spread+|go up|goes up|going up|went up|end+ up|air+} ** {on|to|all over|across} ${MEDIA}`,
        `{post+|share+|publish+|put+} {about|it|this|them|everything|our *|your *|the *} *** {on|to|all over} ${MEDIA}`,
        `all over ${MEDIA}`,
        '{very|extremely|highly|quite|rather} public {review|post|complaint|account|write up|write-up|thread}',
        '{share+|post+|send+|forward+|publish+} {screenshots|screenshot|the thread|this thread|this whole thread|this email|these emails|our emails|our messages|the messages|your emails|your messages|everything|all of this} ** {with|to} {my followers|my network|everyone|the press|journalists|a journalist|my audience|my subscribers|the public|your ceo|your clients|your customers}',
        'with my {followers|audience|subscribers}',
        '{keep|will keep|be} {posting|writing|blogging|tweeting|talking|telling people} about {you|your|this|how you|how your}',
        '{until|so that|so} {other|no other|fewer} {candidates|applicants|people} {stop|know|fall|avoid|apply}',
        `{review|reviews|rating|write up|write-up} {on|at} {glassdoor|indeed|google|yelp|trustpilot|linkedin|reddit}`,
        '{leave+|left|write+|wrote|post+|give+|gave} [you|your company|your firm|you guys] {a|an} [honest|brutally honest] [*] {review|rating}',
        '{one star|1 star|one-star|1-star|bad|negative|scathing|terrible|honest|brutal|brutally honest|detailed} {review|reviews|rating|ratings}',
        '{screenshot+|screen shot+} {every|all|each|our|your|the|of}',
        '{i have|i am|i will} {saved|kept|keeping|documented|recorded|screenshotted} {every|all|each|everything}',
        'so {everyone|everybody|the world|people|other candidates|other applicants} can see',
        '{make sure|ensure|see to it that} {everyone|everybody|people|the world|your clients|your customers|your investors|your board|your ceo|they|other candidates|all of them|the industry} [***] {knows|know|hear+|find+ out|learn+|is aware|are aware|see}',
        '{tell+|warn+|let+} {everyone|everybody|others|other candidates|other applicants|people|my network|my contacts|my friends|my cohort|all my|the whole|anyone who will listen} ** {to steer|to avoid|to stay|how you|how your|what you|about you|about your|exactly how|not to|never to|clear|away}',
        'warn+ {everyone|everybody|others|other candidates|other applicants|people|my network|the world|anyone} {about|against|to|off}',
        '{steer+|stay+|keep+} [well] {clear of|away from} {you|your *|this company|this firm|them}',
        'i know ** of your {clients|customers|investors|board members|partners|board|competitors}',
        'i know {your|people at your|people who work at} {ceo|clients|customers|board|investors}',
      ],
      reason: 'Threatening to shame the reader in public ends the conversation.',
      requires: ['experience', 'about this', 'about it', 'what happened', 'if', 'unless', 'until', 'so everyone', 'so people', 'tonight', 'your', 'you', 'how', 'our {emails|messages|texts|text messages|conversation|conversations|exchange|correspondence}', 'every', 'all', 'everyone', 'everybody', 'people', 'others', 'other candidates', 'review', 'reviews', 'rating', 'clear', 'away', 'clients', 'customers', 'investors', 'board', 'followers', 'subscribers', 'audience', 'public', 'screenshot+'],
      unless: { after: ['step', 'steps', 'stage', 'stages', 'line', 'part of my', 'handout', 'handouts', 'certificate', 'certificates', 'business card', 'brochure', 'slide', 'slides', 'book', 'note i', 'notes from', 'piece of advice', 'bit of advice', 'tip', 'tips'], before: ['not', 'never', 'no intention to', 'no intention of', 'would never'], sentence: ['i {read|saw|reviewed|checked|looked at|noticed} * ** {review|reviews|page|post}', 'glowing', 'positive review', 'job posting', 'the role', 'the opening', '{congrats|congratulations|congratulate+}', 'excited', 'proud', 'great review', 'recommend', 'happy to', 'thank', 'thanks', 'enjoyed', ...NICE, 'bug', 'error', 'glitch', 'crash', 'if your team needs', 'helpful', 'how {kind|generous|supportive|patient|friendly|professional|thoughtful} {you|your *|everyone|they}', 'how much {i|we} {appreciated|valued|enjoyed}'] },
    },
    {
      patterns: [
        '{you will|you are going to|you are gonna} {regret|be sorry|live to regret|pay for}',
        'you will be hearing from',
        'mark my words',
        'watch your back',
        '{this|it} is not over',
        'you have not heard the last of me',
        '{one way or another|one way or the other}',
        'unless {you|your *} {reinstate|reverse|apologise|apologize|pay|fix|give|send|explain}',
        '{reverse|reinstate|overturn} {your|the|this|my} {decision|offer|rejection} [by|before|or|within]',
        'i will be forced to',
        'i will have no choice but to',
        '{go up|goes up|go public|goes public|go live|get posted} {tonight|tomorrow|today|on}',
      ],
      reason: 'A veiled threat ends the conversation.',
      unless: { after: ['not {trying|visiting|seeing|going|coming|tasting|ordering}', 'missing'], before: ['not', 'you will not', 'you won'], sentence: ['you will not regret', 'never regret', 'positive', 'thank', 'thanks', 'happy to', 'so grateful', 'reconsider', 'huge', '{success|successes|successful|successfully}', 'brilliant', 'excellent', 'delicious'] },
    },
    {
      patterns: ['or else', 'there will be consequences', 'face the consequences', 'face consequences', '{there will be|there are going to be|expect|face the|face} {repercussions|ramifications}'],
      end: true,
      reason: 'A veiled threat ends the conversation.',
    },
    {
      patterns: [
        '{labor|labour|employment|state|fair work} {board|tribunal|commission|department|ombudsman}',
        '{eeoc|ombudsman|acas|tribunal|employment tribunal|equality commission|human rights commission|ehrc|equal opportunities commission|better business bureau|bbb|department of labor|department of labour|information commissioner|ico|regulator}',
      ],
      reason: 'Threatening to go to a regulator or tribunal ends the conversation.',
      requires: ['report+', 'complain+', 'complaint', 'file+', 'lodge+', 'raise+', '{be|get|getting|am|been|will be} in touch with', 'escalate+', 'take {this|it|the matter}', '{take+|taking|took} {this|it|the matter} up', 'contact+ the', 'go to', 'going to', 'claim', 'case', 'reach+ out to', '{write+|wrote|written} to', 'call+ the', 'speak+ to', 'talk+ to', 'notify+', 'inform+', 'alert+', 'would {love|like|be interested}', 'investigate+', 'look+ into', 'my {next|first} {call|stop|step|port of call}', 'maybe', 'perhaps', '{can|could|will} get', 'answer out of', 'make you', 'force you'],
      unless: { sentence: ['i {worked|work|served|volunteer+|interned} {at|for|on|with}', 'member of', 'board member', 'my role', 'my job'] },
    },
    {
      patterns: [
        '{forward+|sent|send+|pass+|share+|cc+|copied|copy+|show+|hand+} *** {to|with} {my|a|an} [employment|personal|own] @lawyer',
        '{grounds for|basis for|cause for} {a|legal|an} [formal] {lawsuit|claim|complaint|legal action|grievance|case|tribunal|discrimination claim}',
        '{will|shall|are going to|is going to|are gonna} [all] {hear|know|find out|learn|be hearing|be told} [about] [exactly|precisely] {how|what|the way} {you|your}',
        '{everyone|everybody|my network|my contacts|my friends|my followers|my colleagues|the whole industry|all my contacts|every candidate} *** {will|are going to|is going to|shall} {hear|know|find out|learn|be told}',
        'if i do not {hear|get|receive|have} *** {i will|i am going to|i shall|i will be} {contact+|report+|escalate+|post+|share+|file+|sue|{leave+|left} a|tell+|{write+|wrote|written} to|email+ your|call+ your|go+ over your head|go+ to}',
        '{contact+|email+|{write+|wrote|written} to|call+|reach+ out to|go+ to|escalate+ {this|it} to|cc+|copy+ in|loop+ in|go+ over * head to} {your|the} {ceo|founder|founders|board|managing director|md|chairman|president|owner|head of hr|investors|vp|chief executive} {directly|personally|about this|about how}',
      ],
      reason: 'A threat of escalation ends the conversation.',
      unless: { before: ['not', 'never', 'no intention of'], sentence: ['contract', 'offer letter', '{the|your|my|this} offer {to|with|over}', 'get back to you', 'happy to', 'would you like', 'prefer', 'suggested', 'referred', 'recommend+', 'thank', 'thanks', 'background check', 'visa', ...OPENINGS, ...NICE] },
    },
    {
      patterns: [
        '{this|it|that|the story|this story|this thread|this email|our exchange|my post} {will|could|might|is going to|is gonna|would} {go|end up going} viral',
        '{this|this thread|this email|the story|this story|our exchange|my post|your email|your rejection} {is|will be} going viral',
        '{make|make sure|see to it|ensure} {this|it} {goes|go|gets} viral',
        'i {have|am} [already] {documented|recorded|logged|keeping a record of|kept a record of|kept records of|screenshotted|saved} {every email|every message|every call|every conversation|all of our|all our|our|your|everything you|everything your|every single}',
        '[@intens] {consider+|weigh+|explore+|review+|look+ into|look+ at|keep+} [all] [of] [my|the|our|some] [available] {legal|formal} {options|avenues|remedies|recourse}',
        'i {know|am aware of} my {rights|legal rights}',
      ],
      reason: 'A veiled threat ends the conversation.',
      unless: { before: ['not', 'never'], sentence: ['thank', 'thanks', 'contract', 'visa', 'happy to', 'for my records', 'for reference'] },
    },
    {
      patterns: [
        '{your|the|all your|all of your} {clients|customers|investors|board|ceo|shareholders|users|followers|staff|employees|partners|funders|donors|regulator} {would|will|might|may} [@intens] {love|like|want|be interested|be fascinated|be curious|be keen|be delighted} to {know|hear|learn|find out|see|read}',
      ],
      reason: 'Threatening to tell the reader’s clients or bosses ends the conversation.',
      unless: { before: ['not'], sentence: ['case study', 'portfolio', 'demo', 'product', 'launch', 'feature', ...NICE, 'project', 'idea', 'ideas', 'proposal', 'roadmap', 'research', 'my background', 'my work', 'my {skills|profile|application}', 'my experience {in|scaling|building|leading|as|of|running|managing|designing|developing|working}'] },
    },
    {
      patterns: ['{take|taking|pursue|pursuing|consider|considering} {further|additional|formal} {action|steps|measures}'],
      requires: ['if', 'unless', 'otherwise', 'or else'],
      reason: 'A threat of escalation ends the conversation.',
      unless: { sentence: ['thank', 'thanks', 'happy to', 'onboarding', 'no further'] },
    },
    {
      patterns: [
        'expect to hear from {my|acas|the eeoc|eeoc|the ico|the tribunal|the regulator|the ombudsman|the labour board|the labor board|the bbb|the press|the media} [*]',
        '{share+|tell+|{take+|took|taken} {this|it}|go+|contact+|speak+ to|talk+ to|{write+|wrote|written} to|send+ {this|it}} *** {to|with} {the|a|my} [local|national] {paper|papers|newspaper|newspapers|press|journalist|journalists|reporter|reporters|news|media|tabloids}',
      ],
      reason: 'A threat of escalation ends the conversation.',
      unless: { before: ['not', 'never'], sentence: ['referee+', 'reference+', 'thank', 'thanks', 'happy to', 'no {further|additional} action'] },
    },
    {
      patterns: [
        '{on|over on} @social *** {will|are going to|is going to|shall|are about to|is about to} {have|get|hear|see|know|read|find out|learn}',
        '{is|was|amounts to|constitutes|sounds like|looks like} [@intens] [clear|blatant|outright] [age|disability|racial|race|sex|gender|pregnancy|religious] discrimination',
        '{seek+|{take+|took|taken}|get+|{take+|took|taken} {legal|independent|professional}} [legal|independent|professional] advice',
      ],
      requires: ['you', 'your', 'discrimination', 'discriminatory', 'unlawful', 'illegal', 'rights', 'tribunal', 'unfair', 'my options', 'my next steps', 'a claim', 'a case', 'this'],
      reason: 'A threat of escalation ends the conversation.',
      unless: { before: ['not', 'never'], sentence: ['thank', 'thanks', 'happy to', 'career', 'mentor', 'recommend+', 'glad', 'great', 'enjoy+', 'contract', 'visa', 'tax'] },
    },
    {
      patterns: [
        'raise+ {this|it|the matter|my complaint|a complaint|the issue|this issue} with {your|the} {head office|ceo|board|md|hr director|regulator|ombudsman|union|management|director|managing director|owner|founder|founders|chairman|investors|eeoc|acas}',
        '{end+ up|go+ up|appear+|show+ up|land+|turn+ up} {in|on} {a|an|the|my} @social',
        '{do not be|you should not be|nobody should be|no one should be} surprised {when|if}',
      ],
      requires: ['raise+', 'post', 'review', 'thread', 'public', 'press', 'everyone', 'lawyer', 'you', 'your', 'this'],
      reason: 'A threat of escalation ends the conversation.',
      unless: { before: ['not', 'never'], sentence: ['thank', 'thanks', 'happy to', 'glad', 'great', 'enjoy+', 'proud', '{excite+|exciting}', '{congrats|congratulations|congratulate+}', 'my portfolio', 'my work'] },
    },
    {
      patterns: [
        '{spoke+|spoken|talk+|speak+|been in touch|been speaking|been talking|been on the phone|in touch|in contact|consult+} {to|with} {a|an|my|our} [employment|labour|labor|own|family] @lawyer',
        '{consult+|retain+|hire+|instruct+|engage+|appoint+|brief+} {a|an|my|our} [employment|labour|labor] @lawyer',
        '{have|has|got|get} {a|an|my} [employment] @lawyer {involved|on it|on this|looking at this|looking into this|looking into it|on the case|on standby}',
        '{expect|anticipate|you will [soon] {receive|get|be receiving|be getting}|you should [soon] {receive|get|expect}|you can expect|look out for|watch for} [*] {letter|call|email|notice|correspondence|communication|papers|summons|visit} from {my|our|a|an} [employment] @lawyer',
        'have my @lawyer {contact|call|email|write to|reach out to|get in touch with|look into|deal with|send you|send your *|write you|serve you} [*] {you|your *|this|it|a|an|formal}',
        '{seek+|retain+|retained|obtain+|engage+} {legal counsel|legal representation|counsel|representation}',
        '{discuss|talk about|take up|deal with|handle|sort out|pursue} {this|it|the matter|this matter} {with|through|via} my @lawyer',
        'you {would|might} rather {talk|speak|deal|discuss this} {to|with} my @lawyer',
        'let {the courts|a court|a judge|the judge|the tribunal|a tribunal|a jury} {decide|sort|settle}',
        '{take|taking|took|drag+|haul+|bring+} {you|your *|this|it|them|the company|the matter|this matter} to {court|tribunal|a tribunal|small claims|small claims court|the tribunal|an employment tribunal|arbitration}',
        'small claims court',
        '{my|our} @lawyer {has|have|will|is} [already] {advised|informed|told|drafting|preparing|drafted|prepared|reviewing this|looking into this|looking at this|aware|copied|on this}',
        "{cc'ing|ccing|cc'd|cced|cc|copying|copied|looping} [in] {my|a|an} @lawyer",
      ],
      reason: 'Threatening legal action or complaints ends the conversation.',
      unless: {
        before: ['not', 'never', 'no intention of', 'no need to', 'do not need to', 'without'],
        sentence: [...NICE, 'contract', 'offer letter', 'sign', 'signing', 'equity', 'agreement', 'tax', 'paperwork', 'immigration', 'visa', 'non compete', 'non-compete', 'reviewed by my', 'paralegal', 'law firm', 'your firm', '{at|from|in|on} {your|the} {firm|team|office|practice|department|chambers}', 'career', 'training contract', 'pupillage', 'law school', 'bar exam', 'as you suggested', 'suggest+', '{at|from|in} your * office', 'estate', 'will and', 'divorce', 'house', 'mortgage', 'package', 'relocation', 'clause', 'to accept', 'to sign', 'before {signing|accepting|i sign|i accept}', 'review+ the {offer|contract|terms}'],
      },
    },
    {
      patterns: [
        `{share+|tell+|post+|write+|wrote|written|talk+|spread+|broadcast+|publicize+|publicise+|recount+|describe+|detail+} {my experience|this experience|the experience|my whole experience|my interview experience|my candidate experience|what happened|what you did|what you have done|how you|how your|the way you|the way your|how i was treated|how i have been treated|how i got treated|how candidates are treated|all of this|this whole thing|this whole saga|this story|my story|the whole story|the full story|about you|about your *|about this|about it|about my experience|about this experience|about how|about the way|about what} [*] [*] [*] {with|to|for} ${CROWD}`,
        `{tell+|told|warn+|inform+|remind+} ${CROWD} [*] [*] {how you|how your|what you|what your|the way you|the way your|about you|about your|about this|about how|about the way|about what|about my experience|exactly how|exactly what}`,
        `{tell+|told|warn+|inform+} ${CROWD} {why|the reason|the reasons|exactly why}`,
        `{let+|make+} ${CROWD} [*] [*] know {how|what|about|the way|exactly|that you|that your}`,
        `${CROWD} {will|is going to|are going to|shall|would|will soon|are about to|is about to} [all] {hear|know|find out|learn|read|see|be hearing|be told|be reading} [all] about {this|it|how|what|you|your|the way|my experience|this experience}`,
        '{they|people|all of them|they all} {will|are going to|shall} all {hear|know|find out|learn|read|see|be told} [all] about {this|it|how|what|you|your|the way}',
        '{name and shame|naming and shaming|named and shamed}',
        '{call+|called} {you|your *|them|this company|the company|you guys|you people} out {publicly|in public|online|on @social}',
        '{publicly|openly} {call+ out|shame+|expose+|name+|humiliate+}',
        '{for|so} {everyone|everybody|the world|the whole world|the public|the internet|other candidates|future candidates|others|all} to {see|read|judge}',
      ],
      requires: ['why', 'the reason+', 'experience', 'how you', 'how your', 'how i', 'what happened', 'the way you', 'the way your', 'emails', 'email', 'message', 'messages', 'your feedback', 'your rejection', 'your response', 'your reply', 'truth', 'screenshot+', 'about you', 'about your', 'about this', 'about it', 'this whole', 'thread', 'treat+', 'behaviour', 'behavior', 'shame', 'shaming', 'shamed', 'out', 'expose+', 'humiliate+', 'process', 'ghost+', 'you guys', 'you people', 'recruiters'],
      reason: 'Threatening to shame the reader in public ends the conversation.',
      unless: { before: ['not', 'never', 'no intention to', 'no intention of', 'would never', 'do not want to', 'rather not'], sentence: [...NICE, ...OPENINGS, 'great review', 'happy to', 'prepare', 'what to expect', 'to help', 'help them', 'helpful', 'tips', 'advice', 'learn from'] },
    },
    {
      patterns: [
        `${WATCHERS} {would|will|might|may|could} [@intens] [be] [@intens] {love|like|enjoy|want|be interested|be fascinated|be curious|be keen|be delighted|be thrilled|be intrigued|be surprised|be shocked|be horrified|be appalled|be disappointed|interested|fascinated|curious|keen|delighted|thrilled|intrigued|surprised|shocked|horrified|appalled} {to hear|to know|to learn|to read|to see|to find out|in|by|at} {how|what|the way|about this|about how|about the way|about what|about it|this|that|these|it|my experience}`,
        `{i wonder|wonder|i am curious|imagine|i can imagine|let us see|we will see|i would love to know|i would love to see} {what|how} ${WATCHERS} {would|will|might|are going to|is going to} [@intens] {think|say|feel|react|make of|respond|do}`,
        `${WATCHERS} {would|might|could|can|may} [like to|care to|want to|be able to] {explain|justify|answer for|account for}`,
        `{let us see|we will see|i wonder} how ${WATCHERS} {feels|feel|reacts|react|likes|like|responds|respond|takes|take}`,
        `{when|once|if|after} {he|she|they|${WATCHERS}} {reads|read|sees|see|hears|hear|finds out|find out|learns|learn|gets wind of} {about this|this|how you|how your|the way you|what you|what your|about how|about the way|about what|these emails|this thread|this email|my post|my review}`,
      ],
      requires: ['ceo', 'board', 'investors', 'clients', 'client', 'customers', 'press', 'media', 'journalist+', 'reporter+', 'paper', 'papers', 'news', 'regulator+', 'boss', 'bosses', 'superiors', 'founder+', 'shareholders', 'head office', 'hr director', 'head of hr', 'leadership', 'bbb', 'better business bureau', 'eeoc', 'acas', 'labour board', 'labor board', 'department of {labor|labour}', 'ico', 'information commissioner', 'ftc', 'attorney general', 'tribunal', 'judge', 'courts', 'competitors', 'funders', 'donors'],
      reason: 'Threatening to tell the reader’s bosses, clients or the press ends the conversation.',
      unless: { before: ['not'], sentence: [...NICE, 'case study', 'portfolio', 'demo', 'product', 'launch', 'feature', 'project', 'idea', 'ideas', 'proposal', 'roadmap', 'research', '{my|our|a|research} paper', 'talk', 'app', 'my background', 'my work', 'my {skills|profile|application}', 'my experience {in|scaling|building|leading|as|of|running|managing|designing|developing|working}', 'about the role', 'vision', 'strategy', 'market'] },
    },
    {
      patterns: [
        '{you|you guys|your company|your firm|you people} {have not|has not} [yet] heard the last {of|from} {me|this|it|us|my *}',
        '{this|it|that|the matter} is far from over',
        '{this|it} {is not|will not be} the end of {this|it|the matter}',
        '{consider|take} {this|yourself|yourselves|this email|this message} [as] {a|an|your|my|fair} [final|last|formal|official|fair|first|only] warning',
        'consider yourself warned',
        'you have been warned',
        'this is your {last|final|only|one} warning',
        'final warning',
        'do not say i did not warn you',
        'you {picked|chose|messed with|crossed|rejected|ghosted|lied to|screwed over|screwed|picked on} the wrong {person|candidate|guy|woman|man|girl|one|applicant|engineer|people}',
        '{do not|you do not want to|you should not|never} {mess with|cross|underestimate} me',
        'you will wish you {had|had not|never|did not|hired|treated|listened|were}',
        'i {will not|am not going to|refuse to} {let {this|it|that|the matter} {go|slide|rest|drop}|drop {this|it|the matter}|take {this|it} lying down|be silenced|be ignored|stay quiet|keep quiet|stay silent|go quietly}',
        'think {very|really|long and hard|hard|twice|carefully|very carefully|really carefully} [and carefully] {about|before} {your next {move|step|reply|response|email}|how you {respond|reply|proceed|treat}|responding|replying|you reply|you respond|{ghosting|ignoring|rejecting|dismissing|lying to|messing with|stringing along} {me|another|anyone|candidates|someone|people|applicants|the next}}',
        '{choose|pick|consider|plan} your {next words|words|next move|next step|next steps|next reply|response|reply} [very|really] {carefully|wisely}',
        '{i|we} {know|have} {people|someone|somebody|friends|contacts|connections|a friend|a contact|a few people|many people|plenty of people|journalists|reporters|lawyers} {at|in|on|inside|who work at|who work for|with} {the press|the media|the papers|the news|the local paper|the labour board|the labor board|the eeoc|acas|the regulator|your biggest *|your clients|your client|your investors|your board|the bbb|your head office|your competitors|the times|the guardian|the bbc|the new york times}',
        'i know {a few|some|several|plenty of|lots of|a lot of|many} {journalists|reporters|employment lawyers|people in the press|people in the media}',
        '{or|otherwise|or else|if not} {i|i will|i am going to|i shall|i am gonna} {go|going} public',
        '{i will|i am going to|i shall|i am gonna|i would|i could|i might|i have no choice but to|i am prepared to|i am ready to|i will have to|i will be forced to} [be] {go|going} public',
        '{go|going|went|gone} public {with|about} {this|it|everything|my experience|what happened|how you|the way you}',
        '{make|making|take|taking|took} {this|it|the matter|my story|my experience|everything|all of this|this whole thing} public',
        '{consider|treat} {this|this email|this message|this letter} [as] {a|my} [formal|official] {complaint|grievance}',
        '{this|this email|this message|this letter} {is|serves as|constitutes|represents} {a|my} [formal|official] {complaint|grievance}',
        'i {have|have got|am keeping|kept|keep|saved|have saved|am saving|have kept} {copies|a copy|records|a record|screenshots|receipts|evidence|a log|a paper trail|proof|notes|a file} of {{every|each} {email|message|call|conversation|exchange|text|voicemail|communication|interaction|word}|all {our|your|of our|of your|the|these|those} {emails|messages|correspondence|communication|communications|conversations|texts|calls|voicemails|exchanges|interactions}|everything {you|your|that was said|said|we discussed}|our {emails|messages|correspondence|conversations|exchange|exchanges|texts|calls}|your {emails|messages|replies|responses|texts|voicemails}|this {thread|conversation|exchange|correspondence|email chain}}',
        'i have {receipts|the receipts|a paper trail|screenshots|it all in writing|everything in writing|all of it in writing|everything documented|it all documented}',
      ],
      reason: 'A veiled threat ends the conversation.',
      unless: {
        after: ['light', 'lights', 'sign', 'signs', 'bell'],
        before: ['not', 'never', 'no intention of', 'do not want to', 'would never'],
        sentence: [...NICE, 'pun', 'puns', 'joke', 'jokes', 'ha', 'haha', 'lol', 'bug', 'error', 'glitch', 'crash', 'if your team needs', 'for my records', 'for {your|future} {records|reference}', 'for reference', 'attach+', 'if you need', 'visa', 'document+', 'in case', 'travel', 'expense+', 'reimburse+', 'right to work', 'mileage', 'hotel', 'flight', 'recommend+', 'suggested', 'referred', 'introduce+', 'told me about', 'ipo', 'shares', 'stock', 'listing', 'listed', 'yet', 'until', 'interview+ {round|stage}', 'law firm', 'practice', 'still', 'round+', 'search', 'hunt', 'keep', 'improve+', 'practise+', 'skills', 'learning'],
      },
    },
    {
      patterns: [
        '{make sure|ensure|see to it that|guarantee} {nobody|no one|nobody else|no one else|no other candidate|no other candidates|no other applicant|no other applicants|no good candidate|no decent candidate|not one person|not a single person} [*] [*] [*] {ever|applies|apply|works|work|joins|join|considers|consider|trusts|trust|touches|recommends|goes near|wants|accepts}',
      ],
      reason: 'Threatening to turn others against the reader ends the conversation.',
      unless: { before: ['to', 'just to', 'help', 'want to', 'wanted to', 'can you', 'could you', 'please'], sentence: [...NICE, 'misses', 'miss', 'mistake', 'wrong form', '{confuse+|confusion|confusing}'] },
    },
    {
      patterns: [
        `{write+|wrote|written|publish+|put up|post+|doing|make|making|record+|film+|create+|put+ together|start+|draft+|compile+} {a|an|my} [*] [*] {post|blog post|blog|article|thread|video|piece|review|write up|write-up|story|tiktok|reel|newsletter|op ed|op-ed|rant|linkedin post} [{on|for} @social] {about|on|detailing|describing|exposing|explaining|covering|naming} {how {you|your}|the way {you|your}|my experience {with|at|interviewing|applying}|this experience|this whole *|your [*] {hiring|interview|recruitment|recruiting|application} process|your treatment of|how i was treated|what happened|being ghosted|your ghosting|your recruiters|you guys|you people}`,
        `{what|how} {would|will} ${WATCHERS} {think|say|feel|react|make of}`,
      ],
      requires: ['ghost+', 'treat+', '{ignore+|ignorance|ignorant}', 'reject+', 'rude', 'unprofessional', 'disrespect+', 'expose+', 'experience', 'what happened', 'process', 'if {they|he|she|people}', 'knew', 'found out', 'find out', 'the way you', 'how you treat', 'lied', 'lying'],
      reason: 'Threatening to shame the reader in public ends the conversation.',
      unless: { before: ['not', 'never', 'no intention to', 'no intention of', 'would never', 'do not want to', 'rather not'], sentence: [...NICE, ...OPENINGS, 'prepare', 'what to expect', 'to help', 'helpful', 'tips', 'advice', 'learn from', 'my experience {in|scaling|building|leading|as|of|running|managing|designing|developing|working}', 'thoughtful', 'fair', 'smooth', 'efficient', 'well {run|organised|organized}', 'transparent', 'inclusive', 'friendly'] },
    },
    {
      patterns: [
        '{my|i have a} {brother|sister|uncle|aunt|cousin|friend|wife|husband|partner|dad|father|mother|mum|mom|neighbour|neighbor|best friend|flatmate|roommate|son|daughter} {is|works as|happens to be} {a|an} [employment|labour|labor|top|very good|good|investigative] {lawyer|attorney|solicitor|journalist|reporter|barrister}',
      ],
      requires: ['just so', 'so you know', 'fyi', 'for your information', 'for the record', 'interested', 'would love', 'if', 'unless', 'this', 'heads up', 'incidentally', 'by the way', 'happens to be', 'you'],
      reason: 'A veiled threat ends the conversation.',
      unless: { before: ['not'], sentence: [...NICE, 'this {role|position|opportunity|team|job|field|industry|work}', 'understand+', 'which is why', 'that is why', 'background', 'inspired', 'suggested', 'referred', 'introduce+', 'told me about', 'mentioned', 'pupillage', 'training contract', 'with me', 'help+ me', 'application+'] },
    },
    {
      patterns: [
        'word {travels|gets around|spreads|will travel|will get around|will spread|has a way of getting around|will get out|gets out|soon gets around}',
        '{candidates|people|applicants|job seekers|recruiters} talk {and|you know|to each other|to one another}',
        '{they|people|everyone|everybody|candidates|applicants} {will|are going to} be talking about {you|your *|this|how you|the way you}',
        'my next {post|review|blog post|linkedin post|tweet|video|article|thread|newsletter} [*] {will be|is going to be|will make} [@intens] {interesting|fun|a good read|worth reading|interesting reading|about you|about your company|about how|about this experience|about my experience|for you}',
        '{keep an eye on|watch|look out for|check} my {linkedin|twitter|blog|feed|page|next post|tiktok|youtube|substack|instagram}',
        `{i would hate for|it would be a shame if|it would be a pity if|imagine if|shame if|pity if|what if} ${WATCHERS} {to find out|found out|to learn about|to hear about|heard about|to know about|knew about|to see|saw|to read|read|got wind of|to get wind of|learned|learnt}`,
        `${WATCHERS} {will|are going to|is going to|shall} [soon] {be hearing|hear|be told|be informed|find out|learn|be reading|read|be notified|be getting a call|be getting an email} {about|of} {this|it|how|you|your|what|the way}`,
        '{will not|is not|will not be|is not going to be} [be] the last {you|you will|your company will|you have|anyone} [ever] {hear|heard|see|seen} {of|about|from} {this|it|me|us|the matter}',
        '{go|going|went|will go|am going|will be going} {straight|directly|right} to {your|the} {ceo|founder|founders|board|head office|headquarters|hq|managing director|md|chairman|president|owner|head of hr|hr director|investors|chief executive|corporate|parent company|regional manager|press|media|police|regulator|tribunal|eeoc|acas|labour board|labor board}',
        '{go+|going|went|gone} over {your|his|her|their} {head|heads}',
        '{keep|go on|carry on} {ignoring|ghosting|stalling|dodging|stonewalling} [me|my *] [*] {and|then} see what happens',
        'and see what happens',
        '{my|our} @lawyer {has|have|is|are} [been|also|now|already] [been|also|now|already] {copied|cced|looped|included|informed|notified|briefed|cc}',
      ],
      requires: ['just so', 'you know', 'trust me', 'about you', 'about your', 'talk+', 'interesting', 'for you', 'how you', 'your', 'you', 'this', 'it', 'lawyer+', 'attorney+', 'solicitor+', 'counsel', '{ignore+|ignorance|ignorant}', 'ghost+', 'keep'],
      reason: 'A veiled threat ends the conversation.',
      unless: {
        before: ['not', 'never', 'no intention of', 'do not want to', 'would never', 'i will not'],
        sentence: [...NICE, ...OPENINGS, 'apply+ again', 'reapply+', 'next {year|cycle|round|time}', 'future {roles|openings}', 'internship', 'desk', 'newsroom', 'your {paper|publication|outlet|magazine|station}', 'portfolio', 'update+', 'new role', 'announce+', 'feel free', 'for your {message|reply|email|call|note|response}', 'your message', 'inbox', 'referee+', 'reference+', 'work ethic', 'if you {are|would like|want}', 'write up', 'recap', 'summary', 'hackathon', 'well of', 'a lot about', 'heard about', 'mortgage', 'house', 'start date', '{conveyancing|conveyancer|conveyancers}', 'property', 'flat', 'how i {heard|found|learned|learnt}', 'great {team|teams|place|places|culture}', '{try|test|trial|pilot} ', 'contract', 'visa', 'my role as', 'as a journalist', 'as a reporter', "'s talk", 'conference', 'event'],
      },
    },
    {
      patterns: [
        '{contact+|call+|email+|speak+ to|talk+ to|reach+ out to|write+ to|tip+ off|tipping off|tipped off|get+ in touch with} {a|an|the|my|some|several} [friend|contact|local|national] {journalist|journalists|reporter|reporters|editor|newspaper|tv station|news desk|investigative journalist}',
        '{contact+|call+|email+|speak+ to|talk+ to|reach+ out to|write+ to|tip+ off|tipping off|tipped off|get+ in touch with} {a|the|some} {journalist|journalists|reporter|reporters|contact|friend|contacts|friends} {i know|of mine} {at|on|from|in} {the|a}',
      ],
      reason: 'Threatening to go to the press ends the conversation.',
      unless: {
        before: ['not', 'never', 'no intention of', 'do not want to', 'would never', 'i will not'],
        sentence: [...NICE, ...OPENINGS, 'internship', 'desk', 'newsroom', 'your {paper|publication|outlet|magazine|station|team}', 'portfolio', 'my role as', 'as a journalist', 'as a reporter', 'for my {piece|article|story|research|thesis|course|project}', 'my editor', 'interview+ {you|your}', 'quote'],
      },
    },
    {
      patterns: [
        "{cc'ing|ccing|cc|copying|copying in|looping in|cc'd} {your|the} {board|ceo|founder|founders|investors|managing director|md|chairman|president|owner|head of hr|hr director|legal team|legal department|press|regulator|eeoc|acas}",
        "{cc'ing|ccing|copying in|looping in} {my|a|an} @lawyer",
        '{a|an} [@intens] {long|strongly worded|strongly-worded|lengthy|angry|sternly worded|very long|furious|scathing} {email|letter|complaint|call|message|review} from me',
        'strongly worded {letter|email|complaint|message|review}',
        '{my|a|an} [*] {glassdoor|indeed|trustpilot|yelp} {review|rating|post}',
        '{seek+|{pursue+|pursuit}|pursue|explore+|consider+} {redress|recourse|remedy|remedies|compensation|damages|justice}',
        'through {the|all} [appropriate|proper|relevant|official|formal|legal|available] {channels|avenues|means available}',
        'you {do not|would not|really do not|will not} want {this|it|that|any of this|this story|this email|this thread} {getting out|to get out|going public|to go public|out there|to come out|made public|on the internet|online|getting around|to get around|going viral}',
        '{case|claim|grounds|lawsuit|suit} against {you|your *|the company|the firm|them|your company}',
        '{run|check} {this|it|your reply|your response|that} {past|by|with} your {legal|lawyers|lawyer|legal team|legal department|counsel|solicitors|attorneys}',
        '{you may|you might|you will|you would} [@intens] {want|wish|like} to {involve|consult|loop in|talk to|speak to|check with|run this past|get|contact|call} your {legal|lawyers|lawyer|legal team|legal department|counsel|solicitors|attorneys}',
        '{will be|is being|has been|have been|shall be|is going to be|will shortly be} {reported|escalated|referred|forwarded|passed on|sent|taken} to {the|your|my} [relevant|appropriate|proper|competent] {authorities|authority|regulator|police|press|media|eeoc|acas|tribunal|ombudsman|labour board|labor board|ceo|head office|lawyer|solicitor|attorney|legal team|union}',
        '{do not|please do not|you do not want to} make me {escalate|report|go to|take|contact|involve|get|call|sue|post|share|go over|do something|do this|write}',
        'you do not want me to {escalate|report|go to|take|contact|involve|call|sue|post|share|go over|write}',
        "{your|your company 's|the company 's|your firm 's|your team 's} {reputation|name|brand|rating|ratings|employer brand|glassdoor rating|image} {is about to|will|is going to|could|might|may|is set to} [soon] {take a hit|take a beating|suffer|tank|plummet|drop|be damaged|be ruined|be in tatters|be dragged|be destroyed|be dragged through the mud}",
        "{damage|ruin|destroy|tank|trash|drag} {your|your company 's|the company 's} {reputation|name|brand|rating|ratings|employer brand|image}",
        '{my|the} {union|union rep|union representative|mp|congressman|congresswoman|senator|councillor|local mp|lawyer|solicitor|attorney|legal team|legal representative} {has|have} [already] been {informed|notified|told|made aware|contacted|briefed|alerted|copied in|copied}',
        '{informed|notified|contacted|alerted|briefed} my {union|union rep|mp|congressman|congresswoman|senator|councillor|lawyer|solicitor|attorney|legal team}',
      ],
      reason: 'A veiled threat ends the conversation.',
      unless: {
        before: ['not', 'never', 'no intention of', 'would never', 'i will not'],
        sentence: [...NICE, 'contract', 'agreement', 'offer letter', '{the|your|my|this} offer', 'get back to you', 'in line with', 'market', 'salary', 'range', 'expectation+', 'base pay', 'total', 'before we finalise', 'before we finalize', 'nda', 'paperwork', 'as {requested|asked|you asked}', 'per your', 'membership', 'mentioned', 'github', 'my application', 'references', 'referee+', 'i {read|saw|reviewed|checked|looked at|noticed} * ** {review|reviews|page|post}', 'submit+', 'bug', 'issue', 'ticket', 'the team', 'visa', 'immigration', 'start date', 'moving', 'leaving', 'new {job|role|employer}', 'transfer+'],
      },
    },
    {
      patterns: [
        'i have {a|an} [@intens] {large|huge|big|massive|sizeable|significant|big enough|large enough|loyal} {following|audience|platform|readership}',
      ],
      requires: ['so', 'careful+', 'wisely', 'just so', 'you know', 'if', 'unless', 'post', 'share', 'tell', 'hear about', 'know about', 'read about', 'think', 'remember'],
      reason: 'A veiled threat ends the conversation.',
      unless: { sentence: [...NICE, 'feature', 'podcast', 'newsletter', '{collaborate+|collaboration|collaborations|collaborative|collaborator|collaborators}', 'partner+', 'github', 'mentioned', 'my application', 'portfolio', 'role', 'marketing', 'community manager', 'content'] },
    },
    {
      patterns: [
        '{become+|becoming|turn+ into|escalate+ into|end+ up as|end+ up in} {a|an} {legal|formal|public|court} {matter|issue|dispute|case|complaint}',
        '{chance|opportunity} to {fix|rectify|put right|make this right|make it right|resolve|correct|sort} {this|it|things|the matter} before i',
        'before i {go public|go to the press|go to the media|post|report|escalate|take this further|take legal|file|sue|involve}',
        `${CROWD} {deserve|deserves|need|needs|have a right|has a right|ought} to know {what they are walking into|what they are getting into|how you|how your|the truth|about you|about your|the way you|what you|what your|what happened}`,
        `{other candidates|candidates|applicants|other applicants|job seekers|future candidates|others} {deserve|need|have a right|ought} to know {what they are walking into|what they are getting into|how you|how your|the truth|about you|about your|the way you|what you|what your|what happened}`,
        `{people|everyone|everybody|the public|anyone applying|anybody applying} {deserve|deserves|have a right|has a right} to know {what they are walking into|what they are getting into|how you|how your|the truth about|about you|about your|the way you|what you|what your}`,
        `warn+ ${CROWD} [*] {about|against|off|to avoid|to steer|to stay away|not to}`,
      ],
      requires: ['you', 'your', 'this company', 'this firm', 'them', 'practices', 'process', 'recruit+', 'hiring', 'company', 'firm', 'agency', 'walking into', 'getting into', 'the truth'],
      reason: 'A veiled threat ends the conversation.',
      unless: { before: ['not', 'never', 'no intention of', 'would never'], sentence: [...NICE, ...OPENINGS, 'salary', 'pay range', 'benefits', 'culture', 'roadworks', 'traffic', 'parking', 'weather', 'commute', 'directions', 'train', 'trains', 'road', 'roads', 'dress code'] },
    },
    {
      patterns: [
        `{name|naming|mention|mentioning|tag|tagging|call out|calling out|feature|featuring|expose|exposing} {you|your *|your * *|this company} in {my|a} [next|upcoming|new] {post|video|tiktok|thread|review|blog|article|tweet|reel|story|newsletter|podcast|linkedin post}`,
        '{this|it} {becomes|will become|could become|turns into|will turn into|will be} {a|front page|the} [*] {story|headline|headlines|news|scandal}',
        'one {call|email|phone call|message|post|tweet} to *** and',
        '{you|your company|your firm|your recruiter|your recruiters|your agency|your hiring manager} {have|has} [now] been reported',
        'i know {exactly|precisely} who to {talk|speak|write|complain|go|turn|escalate this} [to] {at|in} {your|the}',
        `{honest|very honest|brutally honest|candid} {feedback|review|reviews|words|account} about {you|your *} on ${MEDIA}`,
        `{this|it|that|everything|your email|your message|your reply|your rejection|the whole thread|this thread|this email|these emails|your emails|your behaviour|your behavior|your conduct|your treatment of me|your attitude|your recruiter|your response|your process|how you treated me} {is|will be|are|is going|are going|will go|goes} [going|gone|headed|heading] [straight|right|directly] {on|onto|to|up on} {r|reddit|${MEDIA}}`,
        '@lawyer {will be|is} my {next|first} {call|stop|step|port of call}',
        '{answer+|explain+ yourself|explain+ this|deal+} {to|with} my @lawyer',
        'your {legal team|legal department|lawyers|lawyer|solicitors|attorneys|counsel} {is|are|had better be|better be|should be|will need to be|will be} [@intens] {ready|prepared|busy|on standby|available|watching}',
      ],
      requires: ['you', 'your', 'this', 'it', 'story', 'news', 'press', 'times', 'paper', 'public', 'reviews', 'fallout', 'backlash', 'consequences', 'lawyer+', 'attorney+', 'solicitor+', 'legal', 'hope'],
      reason: 'A veiled threat ends the conversation.',
      unless: { before: ['not', 'never', 'no intention of', 'would never'], sentence: [...NICE, ...OPENINGS, 'bug', 'issue', 'ticket', 'problem', 'error', 'the team', 'paperwork', 'onboarding', 'about the', 'conference', 'coverage', 'contract', 'visa', 'immigration', 'case study', 'portfolio', '{great|good|fun|funny|lovely} story', 'a story to tell', 'to tell at', 'project', 'referee+', 'reference+', 'work ethic'] },
    },
    {
      patterns: ['enjoy the {reviews|fallout|publicity|backlash|consequences|ratings|headlines|attention}'],
      alone: true,
      reason: 'A veiled threat ends the conversation.',
    },
    {
      patterns: [
        'let {the courts|a court|a judge|the judge|the tribunal|a tribunal|a jury|a lawyer|the lawyers|my lawyer} {decide|sort|settle|judge}',
        'do not think {this|it|that} {is|will be} {over|the end of it|the end of this|the end of the matter|finished|done|forgotten}',
        '{see to it|make sure|ensure} that {this|it|your *|the way you|how you} {gets|get|receives|receive} the [*] {attention|publicity|exposure|coverage|scrutiny} {it|they|you} {deserves|deserve}',
        "{your|your company 's} {reputation|name|brand|employer brand|ratings|rating|glassdoor rating|image|pr team|social media team|comms team} {is about to|will|is going to|are about to|are going to} {have|get} {a|some} [@intens] {bad|rough|difficult|hard|long|tough|interesting|busy} {week|day|month|time|few days}",
      ],
      reason: 'A veiled threat ends the conversation.',
      unless: { before: ['not', 'never'], sentence: ['contract', 'visa', 'immigration', 'divorce', 'estate', 'case study', 'moot', 'law school', 'paralegal', 'clerk', 'pupillage', 'training contract', 'bug', 'issue', 'ticket', 'application', 'portfolio', 'team decide', 'launch', 'thank+'] },
    },
    {
      // r2c: the conditional threat ("pull this offer and I'll make sure …").
      patterns: [
        '{pull|withdraw|rescind|revoke|retract|cancel|reverse|take back|renege on|go back on|back out of|walk back} {this|the|my|that|your} [*] {offer|decision|job offer|contract|role|position} [now] [,] and {i will|i am going to|i am gonna|you will|watch me|i swear|believe me|trust me} *',
        '{renege on|go back on|back out of|walk back|take back|try that|try it|do that|try this|pull that|pull this|pull a stunt like that} {this|that|it|again|on me} [,] and {i will|i am going to|i am gonna|you will} {make sure|see to it|tell|let|post|share|report|expose|name|warn|go|regret|hear|be hearing|be sorry}',
        '{make sure|ensure|see to it that} {every|all|each} [*] {contact|contacts|person|recruiter|recruiters|hiring manager|hiring managers|founder|founders|investor|investors|engineer|engineers|developer|developers|candidate|candidates|colleague|colleagues|client|clients|connection|connections|peer|peers|journalist|journalists|customer|customers} *** *** {knows|know|hears|hear|finds out|find out|learns|learn} {exactly|how|what|why|about you|about your|about this|about it|about that|about how|about what|the truth|the full story|the whole story|the real story|all about}',
        '{keep|continue|go on|carry on} {ghosting|ignoring|stringing|messing|jerking|treating|lying to|dodging|stalling} [me|candidates|people] [along|around|about|like this|like that] [,] and {i will|i am going to|i am gonna|you will} {make sure|see to it|tell|let|post|share|report|expose|name|warn|regret|be hearing|be sorry}',
        '{make sure|ensure|see to it that} {the whole|the entire|all of|everyone in} {industry|sector|market|community|city|town|scene|field|fintech|tech|london|my network|network} {knows|hears|finds out|learns|know|hear} {exactly|how|what|why|about you|about your|about this|about how|the truth|the full story|the whole story|all about}',
      ],
      reason: 'Threatening to shame the reader in public ends the conversation.',
      unless: { before: ['not', 'never', 'no intention to', 'would never'], sentence: ['if you need', 'happy to', 'glad to', 'helpful', 'thank', 'thanks', ...NICE, 'please', 'could you', 'would you'] },
    },
    {
      // r2c: an audience brandished ("I have a fairly large following on TikTok and they'd love to hear this story").
      patterns: [
        '{i have|i have got|i got|i have built|i have built up|i run|i have grown} [*] [*] [*] [*] {following|followers|audience|subscribers|readers|fanbase|fan base|viewers|listeners}',
        '{my|a} [*] [*] {following|followers|audience|subscribers|readers|fanbase|fan base|viewers|listeners} {on|at|over on} *',
        '{i run|i host|i have|i write|i do} {a|an|my} [*] {podcast|channel|youtube channel|newsletter|blog|substack|tiktok|account|show} {with|that has|that reaches|that gets|and} [*] [*] [*] {following|followers|audience|subscribers|readers|listeners|viewers}',
      ],
      requires: ['{hear|know|read|learn|see|find out} {about this|this story|about it|all about|what happened|about how|how you|the story|about what|about your}', 'this story', 'this whole story', 'this experience', '{love|like|enjoy} to {hear|know|read|see}', 'interested in {this|how|what|hearing}', 'a {great|good|perfect|brilliant|fun|juicy|interesting} {video|post|thread|story|episode|reel|tiktok|segment|case study}', 'good content', 'great content', 'make a {video|post|thread|reel}', 'going to hear'],
      reason: 'Threatening to shame the reader in public ends the conversation.',
      unless: { before: ['not', 'never'], sentence: ['happy to share', 'share the {job|role|ad|posting|listing|opening|vacancy}', 'with your permission', 'if you {are|would be} {happy|ok|okay|comfortable}', 'what i learned', 'thank', 'thanks', ...NICE, ...OPENINGS] },
    },
    {
      // session 3 (extra-web-tbd): courts, suing and lawyers in the forms real letters use.
      patterns: [
        '{resolve+|settle+|sort+|deal+ with|pursue+|handle+|decide+} {this|it|the matter|this matter|things} {through|in|via|before} {the courts|court|a court|a tribunal|the tribunal|litigation|the legal system|legal channels}',
        '{no way|no other way|nothing left|no option|no choice|no alternative} *** {other than|but|except} {through|via|in|to go to} {the courts|court|a court|a tribunal|the tribunal|litigation|legal action|legal channels|my lawyer|a lawyer}',
        '{i am|we are|i will be|i have started|i have begun|i am now|i am going to be} suing',
        '{file+|filing|bring+|lodge+|open+|start+|launch+|issue+} {a|an} [*] [*] {case|claim|lawsuit|suit|action|complaint|charge|grievance|proceedings} against {you|your *|your * *|the company|the firm|the agency|them|him|her}',
        '{see|seeing|meet|meeting} you {at|in|before} {the tribunal|tribunal|vcat|the eeoc|the hearing|a hearing|arbitration|the labour board|the labor board|small claims}',
        '{seek+|seeking|claim+|pursue+|recover+|sue+ for|demand+} {damages|my losses|lost wages|lost earnings|restitution|every penny|every cent}',
        '{small claims|county court|district court|civil court|employment court|labour court|labor court}',
        '{forward+|pass+|sent|send+|hand+|show+|copy+|copied} *** to {our|the|my} {lawyers|lawyer|attorneys|attorney|solicitors|solicitor|legal team|legal department|counsel}',
        '@lawyer {is|are} {reviewing|looking at|looking into|going through|reading|examining|drafting} {your|this|the|our|these|every} [*] {letter|email|emails|message|messages|decision|conduct|correspondence|thread|texts|rejection|reply|response|as we speak}',
        '{promissory estoppel|detrimental reliance|breach of contract|wrongful rescission|unfair dismissal|constructive dismissal|defamation|libel|slander|unjust enrichment|wage theft|wage claim|wage violation|wage violations}',
        'expect {a|an} [formal|legal|small claims|wage|discrimination|official|written] {claim|lawsuit|suit|summons|writ|subpoena|grievance|complaint}',
        '{steps|action|measures|proceedings|options} against {you|your *|your * *|the company|the firm|the agency|them}',
        '{take+|taking|took|taken} {this|it|the matter|matters|things} further',
        'no hesitation in {pursuing|taking|seeking|reporting|filing|escalating}',
      ],
      requires: ['you', 'your', 'this', 'it', 'them', 'court', 'courts', 'tribunal', 'lawyer+', 'solicitor+', 'attorney+', 'legal', 'suing', 'case', 'claim', 'damages', 'compensation', 'company', 'firm', 'agency', 'reviewing', 'speak', 'precedent', 'costs', 'promise', 'grievance', 'complaint'],
      reason: 'Threatening legal action or complaints ends the conversation.',
      unless: {
        before: ['not', 'never', 'no intention of', 'no plans to', 'not going to', 'without', 'no need to', 'do not want to', 'would never'],
        sentence: [...NICE, 'contract', 'offer letter', 'non compete', 'non-compete', 'clause', 'equity', 'before {signing|accepting|i sign|i accept}', 'review+ the {offer|contract|terms}', 'paralegal', 'law firm', 'law school', 'training contract', 'pupillage', 'my {role|job|work|case load|caseload|clients}', 'as {a|an} {paralegal|lawyer|solicitor|attorney|clerk|trainee}', 'moot', '{litigation|court|tribunal} {team|experience|work|department|practice|clerk|reporter|reporting}', 'no further', 'not {take|taking} {this|it|the matter} further', 'visa', 'as we speak {to|with}', 'i am {happy|glad|excited|pleased}', 'feedback', 'interview', 'ideas', 'application', 'i will {take|be taking} {this|it} further {with|in} {my|the} {studies|training|course|career|learning|development}', 'love to', 'like to', 'keen to', 'hope to', 'next steps {with|in|for|of|regarding}', 'discuss+', 'conversation', 'chat', 'idea+', 'proposal', 'project', 'look over', 'to check', 'to review', 'for review', '{forward+|sent|send+|pass+|show+|share+} {the|your|my} {offer|paperwork|documents|terms|package}', 'get back to you', 'i {worked|work|interned|volunteered|served|clerked} {at|for|in|with}', 'experience', 'internship', 'placement', '{studied|studying|student|i study}', 'module', 'thesis', 'dissertation', 'degree', 'lecture+', 'seminar', 'my {previous|last|former|old}', 'at my'],
      },
    },
    {
      // session 3: public shaming on review sites and social media, named and in detail.
      patterns: [
        `{write+|wrote|written|post+|review+|rate+|expose+|call+ out|calling out|describe+|detail+|document+} [up] {you|your *|your * *|your * * *|this company|the company|the firm|this firm|the agency|this agency|all of it|the whole thing|the whole process|this experience} [in detail|in full] {on|to|across|all over} ${MEDIA}`,
        `{is going|goes|will go|is heading|will be going|are going|go} [straight|right|directly] {into|in} {a|my|the|another} [next|new|public] {${MEDIA}|linkedin|glassdoor|tiktok|reddit|blog|substack} {post|review|thread|video|article|story|reel|tweet}`,
        '{company name and all|names and all|naming names|name and shame|naming and shaming|named and shamed|with your name on it|with your names on it|names included|company name included|name included|with names|with the company name}',
        `{share+|post+|tell+|publish+|put+} {the whole story|the full story|this story|my story|the story|everything|all of it|what happened|what you did|the whole thing} *** ** {on|to|across|all over} ${MEDIA}`,
        '{i will|i am going to|i will be|i am|i shall|i intend to} {naming|name} {you|the company|the firm|the agency|your company|your firm|your agency|names|your recruiter|your recruiters|and shame}',
        `${MEDIA} {is going to|will|would|is gonna|are going to|will absolutely|would absolutely} {love|enjoy|have a field day with|eat this up|eat it up|go wild for|devour|be very interested in|be interested in|want to hear}`,
        '{hope|hoping} {it|this|my review|my post|the review|the post} {inspires|encourages|motivates|prompts|will inspire|will encourage} {others|other candidates|people|everyone|more people} to do the same',
        '{i hope|hopefully|so that|i want|i will make sure} {everyone|everybody|people|the world|every candidate|other candidates|all candidates|your customers|your clients} {remembers|remember|knows|know|sees|see|learns|finds out|will remember|will know|never forgets|never forget} how *** {treats|treat|treated|handles|handled|respects|strings along|ghosts} {candidates|applicants|people|job seekers|me|its candidates|its applicants|potential employees}',
        'holding {companies|employers|recruiters|firms|agencies|you|your company} accountable',
      ],
      requires: ['you', 'your', 'this', 'it', 'company', 'firm', 'agency', 'treat+', 'candidates', 'applicants', 'remember+', 'name', 'names', 'review', 'post', 'shame', 'accountable', 'story'],
      reason: 'Threatening to shame the reader in public ends the conversation.',
      unless: {
        before: ['not', 'never', 'no intention of', 'would never', 'do not want to'],
        sentence: [...NICE, ...OPENINGS, 'kind+', 'kindly', 'generously', 'respectfully', 'warmly', 'fairly', 'respectful+', 'generous+', 'helpful', 'as a reference', 'referee+', 'reference+', 'as my', 'case study', 'portfolio', 'my work', 'my skills', 'with your permission', 'if you {are|would be} {happy|ok|okay|comfortable}', 'bug', 'typo', 'error', 'ticket', 'form', 'handbook', 'survey', 'without naming', 'no names', '{anonymised|anonymized|anonymous|anonymously|anonymise|anonymize}', 'if that is {alright|ok|okay|fine}', 'advice', 'tip', 'tips', 'insight+', 'lesson+', 'idea+', 'ad', 'advert', 'advertisement', 'link', 'before {applying|my interview|the interview|i applied|i apply}'],
      },
    },
    {
      // session 3: the network and the competitor brandished.
      patterns: [
        '{i would not|i wouldn\'t|do not|i would not be|you should not|you can not|you cannot} count on {any|many|much|getting any|getting many|another|further} [more] {referrals|business|clients|candidates|applicants|recommendations|customers|applications|introductions|goodwill}',
        '{nobody|no one|noone|no candidate|no sane person|no one in their right mind|nobody in their right mind} should [ever] {do business with|work with|work for|apply to|apply for|trust|deal with|interview with|go near|use} {you|your *|this company|this firm|this agency|them}',
        '{this is|that is|consider this|take this as|treat this as} your {fair|final|last|only|first and last|one and only|one} warning',
        'you have been warned',
        'i know {where your office is|where you work|where you live|where your office|where to find you|where your offices are|your home address}',
        '{going to|will|gonna|is going to|this will|that will|it will} cost you [dearly|big|big time|a lot|more than you think|more than you know]',
        '{a|my|an old} {friend|contact|cousin|neighbour|neighbor|brother|sister|flatmate|roommate|partner|former colleague} who {is|works as|writes for|works for|works at} {a|an|the} [local|national|investigative|business] {journalist|reporter|newspaper|paper|news desk|tv station|editor}',
        '{a|my} {journalist|reporter} {friend|friends|contact|contacts|mate|pal}',
        '{keep|go on|carry on|continue} ignoring {me|my *|my * *} and see what happens',
        'see what happens {if|when} {you|your *} {keep|ignore|continue|do not}',
        '{copied|cc+|cc\'d|cced|looped in|copying in|copying|bcc+} [in] {your|the} {director|directors|ceo|chief executive|managing director|md|board|chairman|chair|founder|founders|owner|president|head of hr|hr director|vp|regional director|area manager} {on this|in on this|on this email|on this thread|here|too|as well|in this email}',
        '{i will|i am going to|i shall|then i will|next i will|i will then} {go|escalate this|escalate it|take this|take it|complain|write|go straight|go directly} [straight|directly|over your head] to {the|your} {ceo|chief executive|managing director|md|board|chairman|founder|founders|owner|president|head of hr|hr director|director|regional director|head office|regulator} {next|if i have to|if i must|if needed|if necessary|then|over your head|instead|directly|about this|with this}',
        '{instead of|rather than} working for you',
      ],
      requires: ['you', 'your', 'them', 'this', 'if', 'next', 'competitor+', 'rival+', 'warning', 'warned', 'office', 'happens', 'interested', 'referrals', 'business', 'cost', 'promise', 'journalist', 'reporter', 'instead', 'see', 'peers', 'anyway'],
      reason: 'A veiled threat ends the conversation.',
      unless: {
        before: ['not', 'never', 'no intention of', 'would never', 'do not want to', 'i will not'],
        sentence: [...NICE, ...OPENINGS, 'as requested', 'as you asked', 'as {asked|discussed|agreed}', 'per your', 'at your request', 'for visibility', 'for reference', 'fyi', 'market research', 'analysis', 'analyse+', 'analyze+', 'case study', 'benchmark+', 'competitive', 'pricing', 'portfolio', 'my {previous|last|current|former} {role|job|employer|company}', 'worked for', 'work for {a|one of} your', 'non compete', 'non-compete', 'clause', 'contract', 'fair warning [,] {my|i|the|this}', 'my {internet|connection|wifi|audio|camera}', 'sorry', 'as we discussed', 'coffee', 'lunch', 'visit', 'directions', 'parking', 'reception', 'the commute', 'interview+ {with|at}', 'forgot+', 'question+', 'how much', 'worth it', 'no cost', 'free of charge', 'cost you nothing', 'cost you anything', 'cost you {a|any} {penny|cent|thing}', 'less than', 'fee', 'fees', 'price', 'prices', 'budget', 'salary', 'for a story', 'my piece', 'my article', 'as a journalist', 'as a reporter', 'my role as', 'be there', 'arrive', 'on time', 'no need', 'been there', 'visited', 'walk+', 'near', '{at|by} #', 'about', 'around', 'roughly', 'approximately', '{relocate|relocates|relocated|relocating|relocation}', 'sponsor+', 'training', 'told me about', 'referred', 'suggested', 'introduced', 'encouraged', 'as {she|he|they} {asked|requested|suggested}', 'who asked', 'assessment', 'meeting', 'induction', 'onboarding', 'directly', 'contract+', 'agency', 'via', 'through'],
      },
    },
    {
      // session 3: going to the competitor as a threat ("I'm going to work for your direct competitor, and you'll see").
      patterns: [
        '{work+|go+|join+|sign+|take my * to|take my skills to|take my talents to|help+|move+} {for|to|with} {your|a|the} [*] [direct|biggest|main|closest|fiercest|nearest|largest] {competitor|competitors|rival|rivals|competition}',
      ],
      requires: ['you will see', 'you will regret', 'regret', 'watch', 'see how you like', 'beat you', 'crush', 'instead of', 'rather than', 'just wait', 'mark my words', 'eat your lunch', 'take {all|every|your}'],
      reason: 'A veiled threat ends the conversation.',
      unless: { before: ['not', 'never', 'no intention to'], sentence: [...NICE, 'worked for', 'previously', 'my {previous|last|current|former}', 'non compete', 'non-compete', 'clause', 'sorry', 'unfortunately'] },
    },
    {
      // session 3: "I hope everyone remembers how you treat candidates, because I will make sure they do".
      patterns: ['{i will|i am going to|i shall|i intend to|i will be sure to|believe me i will|trust me i will} make sure {they do|they will|they know|everyone knows|people know|people remember|they remember|everyone remembers|everyone does|everybody does}'],
      requires: ['remember+', 'treat+', 'how you', 'how your', 'ghost+'],
      reason: 'Threatening to shame the reader in public ends the conversation.',
      unless: { before: ['not', 'never'], sentence: [...NICE, 'kind+', 'kindly', 'well', 'fairly', 'warmly', 'generous+', 'generously', 'respect+', 'respectfully'] },
    },
    {
      // session 3: a lawyer, regulator or client who "would find this very interesting".
      patterns: [
        '{my|an|our} [employment|own|family] @lawyer {will|would|might|may|is going to|should} [be] [@intens] {interested|keen|curious|fascinated} {in|to}',
        '{the|an|my|a} [employment] {eeoc|acas|tribunal|regulator|ombudsman|labour board|labor board|press|journalist|judge|court|union} {will|would|might|may|is going to|should|could} [@intens] {find|be interested in|be curious about|be fascinated by|take an interest in|want to know about|love to hear about}',
        '{your|the} {client|clients|customer|customers|ceo|boss|board|investors|head office|founder|founders|chairman|director} {will|would|is going to|are going to|shall} [soon] be hearing from me',
      ],
      reason: 'A veiled threat ends the conversation.',
      unless: { before: ['not', 'never'], sentence: [...NICE, ...OPENINGS, 'my {portfolio|work|background|experience|skills|profile|application|cv|resume|ideas|research|proposal}', 'case study', 'contract', 'visa', 'referee+', 'reference+', 'as {a|an} {lawyer|solicitor|attorney|paralegal|clerk|trainee|journalist|reporter}'] },
    },
    {
      // session 3 batch 2: evidence and judges brandished ("will look great in front of an employment judge").
      patterns: [
        '{look+|sound+|read+|play+} [@intens] {great|good|interesting|lovely|wonderful|fantastic|brilliant|fascinating|convincing} {in front of|before|to} {a|an|the} [employment] {judge|tribunal|jury|court|regulator|journalist|reporter|eeoc|panel of judges}',
        '{look+|sound+|read+|play+} [@intens] {great|good|interesting|lovely|wonderful|fantastic|brilliant} in {court|a tribunal|the tribunal|the papers|the press|a deposition}',
        '{anything|something|evidence of|signs of|any sign of|any hint of|any trace of} {discriminatory|discrimination|illegal|unlawful|biased|bias}',
        '@lawyer {says|said|thinks|believes|agrees|confirmed|tells me|told me|advised|advises} [that] i have {a|an} [*] [*] {case|claim}',
        '{strong|good|solid|clear|open and shut|open-and-shut|watertight|cast iron|cast-iron} {case|claim} {for|against} {damages|compensation|discrimination|you|your *|the company|the firm|wrongful *|unfair *}',
        'we will see what the {real|actual|true} {reason|story|truth|motive} {was|is|were}',
        '{do|does|would do|will do|could do} {wonders|great things|a lot|so much} for your {employer brand|brand|reputation|image|rating|ratings|glassdoor rating|recruiting|hiring}',
      ],
      requires: ['you', 'your', 'notes', 'them', 'this', 'it', 'case', 'claim', 'tiktok', 'linkedin', 'reddit', 'glassdoor', 'post', 'video', 'viral', 'views', 'view', 'thread', 'review', 'request', 'access'],
      reason: 'A veiled threat ends the conversation.',
      unless: { before: ['not', 'never', 'no'], sentence: [...NICE, ...OPENINGS, 'nothing', 'i am sure', 'i trust', 'visa', 'immigration', 'estate', 'divorce', 'as {a|an} {lawyer|solicitor|attorney|paralegal|clerk|trainee|journalist|reporter}', 'my {client|clients|caseload|case load}', 'moot', 'case study', 'portfolio', 'my {work|project|campaign|strategy|content|ideas|experience}', 'helped', 'help'] },
    },
    {
      // session 3 batch 3: tribunals that "take this very seriously", things that "won't stay private", "ghost me again and…".
      patterns: [
        '{tribunal|tribunals|court|courts|judge|judges|regulator|regulators|eeoc|acas|ombudsman|labour board|labor board|the press|journalists} {take|takes|will take|view|views|will view|look+ on} [*] [@intens] {seriously|dim view|dimly|unkindly}',
        '{as|and} you will {soon|shortly|very soon|quickly} {find out|discover|learn|see|realise|realize}',
        '{it|this|that|none of this|the thread|these emails|your emails|your messages|our emails|our messages|any of this} {will not|is not going to|would not|shall not} {stay|remain|be kept|keep} {private|quiet|between us|confidential|secret|hidden|under wraps}',
        '{ghost|ignore|cancel on|stand up|mess with|mess around|lie to|lowball|string along|fob off|reject} me [*] [*] again and {you|i|everyone|the world|people}',
        'you will be {reading|seeing|hearing} about {it|this|that} {online|on *|in the *|everywhere|soon enough|very soon}',
        '{take|taking|will take|am taking|be taking} up *** *** with {your|the} {ceo|chief executive|board|md|managing director|founder|founders|owner|chairman|head office|hr director|regulator|ombudsman|investors}',
      ],
      reason: 'A veiled threat ends the conversation.',
      unless: { before: ['not', 'never'], sentence: [...NICE, ...OPENINGS, 'offer of', 'invitation', 'as you suggested', 'as {requested|agreed|discussed}', 'i love', 'i enjoy', 'visa', 'contract', 'happy', 'pleasure'] },
    },
    {
      // session 3 batch 4: "you'd better hope", "let's see how your rating holds up", "she'll hear all about this".
      patterns: [
        'see how your [*] {rating|ratings|reputation|employer rating|brand|employer brand|glassdoor rating|glassdoor score|name|score|image} {holds up|hold up|survives|survive|fares|looks|does|copes|stands up}',
        '{he|she|they|my *|my * *} {will|is going to|are going to|shall} {hear|know|find out|learn} all about {this|that|how you|what you|the way you}',
      ],
      reason: 'A veiled threat ends the conversation.',
      unless: { before: ['not', 'never'], sentence: [...NICE, ...OPENINGS, 'i hope', 'hope so', 'fingers crossed', 'my {mum|mom|dad|family|partner|wife|husband|kids|children|parents}', 'weekend', 'holiday', 'trip', 'wedding', 'news', 'supportive', '{at|in|during|before} my {review|appraisal}'] },
    },
    {
      patterns: ['you {had|would} better hope'],
      requires: ['none', 'nobody', 'no one', 'never', 'sees', 'see', 'find+ out', 'hear+', 'know+', 'read+', 'your {clients|customers|investors|board|boss|ceo}'],
      reason: 'A veiled threat ends the conversation.',
      unless: { sentence: [...NICE, 'weather', 'rain', 'sun', 'train', 'traffic'] },
    },
    {
      // session 3 probe: short, common threat wordings.
      patterns: [
        '{make|making} your life {difficult|hell|a misery|miserable|hard|very difficult|a living hell}',
        'think {carefully|twice|very carefully|hard|long and hard} before you {ignore|dismiss|reply|respond|delete|bin|brush off}',
        '{is|are|have gone|has gone|went|is now|are now} [now|already] {with|to} my @lawyer',
        '{contact+|email+|call+|write+ to|reach+ out to|speak+ to} {your|the} {clients|client|customers|investors|partners|shareholders|funders|donors} {directly|personally|myself|about this|about how}',
        '{make sure|ensure|see to it that} {you|your *|nobody|no one} [will] {never|do not|does not|will not} [ever] {hire|work|recruit|get|find|do business|fill} [*] [in|again|anyone]',
        '{share+|post+|publish+|put+|make} {this|the|our|your} [email|whole|entire] {thread|exchange|correspondence|emails|messages|conversation|email} {publicly|public|online|in public}',
        'make {this|it|the whole thing|our exchange|this thread} public',
      ],
      reason: 'A veiled threat ends the conversation.',
      unless: { before: ['not', 'never', 'no intention of'], sentence: [...NICE, ...OPENINGS, 'contract', 'offer letter', 'for review', 'to review', 'visa', 'handover', 'account+', 'as part of', 'on behalf', 'for my records', 'with your permission', 'case study'] },
    },
    {
      // session 3 batch 5: past lawsuits, evidence "I'm not afraid to use", one phone call to a client.
      patterns: [
        'i [have] {sued|took} {my|a|an|the} [last|previous|former|old] {employer|company|boss|firm|recruiter|agency|manager|employers|companies}',
        '{so|then|if i were you} i would think {carefully|twice|very carefully|hard|long and hard} {about how you|before you|about what you}',
        '{keep this up|keep it up|carry on like this|continue like this|keep ignoring me|keep stalling} and {i will|i am going to|you will|my @lawyer|the}',
        'not afraid to use {it|them|this|that|those}',
        '{could|can|would|will|it would take|all it takes is|it takes} {make|send|place|write|just} {one|a single} [phone] {call|email|message|post|tweet} {to|and}',
      ],
      requires: ['so', 'you', 'your', 'lawyer+', 'solicitor+', 'attorney+', 'report', 'post', 'review', 'saved', 'kept', 'recorded', 'screenshot+', 'voicemail', 'emails', 'evidence', 'client', 'clients', 'boss', 'ceo', 'investor+', 'press', 'journalist'],
      reason: 'A veiled threat ends the conversation.',
      unless: { before: ['not', 'never'], sentence: [...NICE, ...OPENINGS, 'car', 'commute', 'drive', 'driving', '{licence|license|licensed}', 'skills', 'language', 'spanish', 'french', 'german', 'keep it up [,] you', 'keep up the', 'great work', 'as requested', 'reference+', 'referee+'] },
    },
    {
      // session 3 probe 2: lawyering up, breaking the law, MPs, earfuls, screenshots, judges.
      patterns: [
        '{lawyer|lawyering|lawyered|lawyers} up',
        '{he|she|they} {is|are|has been|have been} [already] {looking at|looking into|reviewing|going through|on} {this|it|the case|your *|the emails|everything}',
        '{breaks|break|breaking|breaching|breaches|breach|violates|violating|violate|contravenes|contravene|flouts|is against|goes against} [*] {employment|labour|labor|equality|discrimination|data protection|gdpr|privacy|wage|minimum wage|the} {law|laws|act|legislation|regulations|rules}',
        '{write+|wrote|written|complain+|speak+|talk+|go+} to my {mp|congressman|congresswoman|senator|representative|councillor|councilor|local mp|assemblyman|assemblywoman}',
        '{report|reporting|reported|reports} {you|u|ur *|your *|them|him|her} to {hr|head office|management|senior management|the ceo|your ceo|your boss|your manager|the authorities|the police|the board|your director|your head office}',
        '{wait|just wait|you wait} {until|till|til} {my followers|my network|everyone|everybody|the internet|people|linkedin|reddit|glassdoor|the press|your boss|your ceo|your clients|twitter|tiktok|my subscribers} {see|sees|hear|hears|read|reads|find out|finds out|get wind}',
        '{get|gets|getting|give|giving|will get|is going to get} * an earful',
        'so {they|he|she|everyone|everybody|your boss|your ceo|your manager|the board} {know|knows|can see|sees|understand|understands} {exactly|precisely} {how|what}',
        '{screenshots|screen shots|receipts|records|copies} {have been|were|are being|have all been} {taken|saved|kept|made|filed}',
        '@lawyer [s] {letter|letters|notice|papers|email} {is|are|will be|has been} [already] {in the post|on its way|on their way|coming|being drafted|drafted|sent}',
        '{you will be|you will|you are going to be|expect to be} {getting|get|receiving|receive|hearing} {a|an} [*] {call|letter|email|visit} from my {union|union rep|mp|lawyer|solicitor|attorney|legal team}',
        'good luck explaining {this|that|it|yourself|your decision|your process} to {a|the|your} {judge|court|tribunal|jury|lawyer|lawyers|boss|ceo|board|clients|investors|press|regulator}',
      ],
      requires: ['you', 'your', 'ur', 'u', 'this', 'it', 'lawyer+', 'barrister+', 'solicitor+', 'attorney+', 'law', 'laws', 'act', 'hiring', 'see', 'earful', 'treated', 'taken', 'saved', 'post', 'union', '{discrimination|discriminatory|discriminated|discriminate|discriminating}', 'unfair', 'illegal', 'lied', 'judge', 'i am', 'i will', 'i have'],
      reason: 'A veiled threat ends the conversation.',
      unless: { before: ['not', 'never', 'no intention of'], sentence: [...NICE, ...OPENINGS, 'contract', 'offer letter', 'visa', 'immigration', 'my {role|job|work|experience|degree|studies|thesis|course}', 'as {a|an} {lawyer|solicitor|attorney|paralegal|clerk|trainee|barrister}', 'compliance', 'policy', 'policies', 'training', 'complies', 'comply', 'to make sure we', 'to ensure', 'my {skills|ability|abilities|experience|value|worth}', 'hypothes+', 'concept', 'prototype', 'point', 'pupillage', 'training contract', 'moot', 'referee+', 'reference+', 'what to expect', 'as * asked', 'as {requested|instructed|agreed}', 'brief', 'test environment', 'requested'] },
    },
    {
      patterns: ['{i will|i am going to|i can|and i will|i intend to} prove {it|this|that}'],
      requires: ['{discrimination|discriminatory|discriminated|discriminate|discriminating}', '{unfair|unfairly}', 'illegal', 'unlawful', 'lied', 'lying', 'lie', 'breach+', 'court', 'tribunal'],
      reason: 'A veiled threat ends the conversation.',
      unless: { before: ['not', 'never'], sentence: [...NICE] },
    },
    {
      // Session 4 (s4b): letters from lawyers, regulators and the press, named as what comes next.
      patterns: [
        '{expect|you can expect|you will get|you will receive|you will be receiving|look out for} {a|an} [formal] {demand letter|letter|call|email|claim|summons|visit|letter before action} from {my|our} @lawyer',
        '{on|under} {my|our} @lawyer [\'s] {letterhead|headed paper}',
        'expect to hear from {both|both of them|them both|my @lawyer|our @lawyer|the eeoc|the tribunal|the labour board|the labor board|the regulator|the ico|the ombudsman|acas|the court}',
        '{my|our} @lawyer {will be|is|is going to be|will} {writing|in touch|contacting|calling|getting in touch|sending|drafting|filing|preparing} *** {breach|claim|damages|compensation|losses|lawsuit|proceedings|court|tribunal|misrepresentation}',
        '{taking|take|bringing|bring|escalating|escalate|referring|refer} {this|it|the matter|this matter|my case|a case|a claim|you|your company|your firm|your agency} {to|before} {the|an} {employment|labour|labor|industrial|fair work|human rights|equality|wage|small claims|county|district|employment relations} {tribunal|board|authority|commission|ombudsman|court|regulator|commissioner|relations authority|standards board|division|inspectorate}',
        '{taking|take|bringing|bring|escalating|escalate|referring|refer} {this|it|the matter|this matter|my case|a case|a claim|you|your company|your firm|your agency} {to|before} {the|an} {tribunal|ombudsman|regulator|eeoc|acas|labour board|labor board|ico|information commissioner|small claims court|labour commissioner|labor commissioner}',
        '{calling|call|ringing|ring|contacting|contact|notifying|notify|tipping off|tip off|alerting|alert|informing|inform|reporting|report|phoning|phone|writing to|write to} [you to|this to|it to|them to|him to|her to] [the] {health department|health inspector|health inspectors|health inspectorate|environmental health|fire department|fire marshal|fire inspector|labour board|labor board|department of labor|department of labour|ministry of labour|ministry of labor|labour inspectorate|osha|hse|trading standards|ico|information commissioner|food standards agency|licensing board|attorney general|state board|licensing authority|wage and hour division|labour commissioner|labor commissioner|better business bureau|bbb|ombudsman|eeoc|acas}',
        '{writing|write|going|go|talking|talk|speaking|speak|reaching out|reach out|complaining|complain|taking this|take this|taking it|take it|tipping off|tip off} [straight|directly] to [your ceo and|the ceo and|your board and|your clients and] the {press|media|papers|newspapers|news}',
        '{copying|copy|cc|ccing|copied} [in] {the ico|the information commissioner|the regulator|the ombudsman|the eeoc|the press|the media|the labour board|the labor board|acas|trading standards|the bbb|a journalist|journalists}',
        '{blacklist|black list|blocklist|block list} i {share|keep|send|maintain|circulate|post|publish}',
        'on {my|our} {blacklist|black list|blocklist|block list|do not work with list|avoid list}',
        'i am {blacklisting|adding} {you|your *} [to my {blacklist|black list|list}]',
        '{i will|i am going to|i shall} [be sure to|make sure to|certainly|definitely|be sure and] {mention|tell|pass on|share|raise|relay|point out|bring up|report} your {lack of|poor|terrible|appalling|unprofessional|rude|shoddy|disgraceful} * [*] to',
        '{on|to} your [company|firm|agency|business] [\'s] {facebook|linkedin|twitter|instagram|google|glassdoor|yelp|tiktok|public} {page|wall|feed|reviews|review page|profile|account|post|posts|comments} where {everyone|anyone|all|people|the public|your customers|your clients|your followers|the world}',
      ],
      reason: 'A threat ends the relationship and can follow you.',
      unless: { before: ['not', 'never', 'no intention to', 'no intention of', 'would never', 'do not want to', 'rather not', 'not going to'], sentence: ['happy to', 'glad to', 'recommend+', 'positive', 'glowing', 'if you need', 'if that is what', '{form|forms|document|documents|certificate|copy|copies|reference|references}', 'tax code', 'p45', 'work permit', 'my {vaccination|vaccine|immunisation|immunization|health|medical|dbs|background|records|record|certificate|check|clearance|licence|license}', 'how do i', 'do i need', 'should i', 'love to', 'my {role|job} as'] },
    },
    {
      // Session 4 (s4b): "I intend to pursue it" after naming a legal wrong ("breach of contract").
      patterns: [
        '{intend|plan|mean|am going|will|shall|fully intend|prepared|ready|going|want} to {pursue|take|push} {it|this|that|the matter|this matter|the claim|a claim|my claim|damages|compensation|every avenue|all avenues|it further|this further|the matter further|things further}',
        '{pursue|pursuing} {damages|compensation|a claim|my claim|the claim|legal remedies|remedies|every avenue|all avenues|the matter}',
      ],
      requires: ['breach', 'breached', 'contract', 'legal', 'legally', 'court', 'tribunal', 'claim', 'damages', 'compensation', '{discrimination|discriminatory|discriminated}', 'unlawful', 'unlawfully', 'illegal', 'illegally', 'my rights', '@lawyer', 'estoppel', 'liable', 'liability', 'lawsuit', 'misrepresentation'],
      reason: 'A veiled threat ends the conversation.',
      unless: { before: ['not', 'never', 'no intention to', 'do not', 'not going to'], sentence: [...NICE, ...OPENINGS, 'career', 'degree', 'interest', 'training contract', 'if there is anything'] },
    },
    {
      // Session 4 (s4b): "I'll be letting them know how your firm treats people."
      patterns: [
        '{knows|know|hear|hears|find out|finds out|learn|learns|be told|is told|are told|see|sees} {how|what} {your|you|this|the|that} [*] [*] {treat+|operate+|behave+|handle+|run+} {people|candidates|applicants|staff|its staff|their staff|new hires|them|me|everyone|anyone|workers|employees|its people|its candidates}',
      ],
      requires: ['make sure', 'i will', 'i am going to', 'i shall', 'letting', 'let', 'i intend', 'i plan', 'everyone', 'everybody'],
      reason: 'A threat ends the relationship and can follow you.',
      unless: { before: ['not'], sentence: [...NICE, 'love to', 'like to', 'curious', 'wonder+', 'keen to', 'could you', 'would you', 'interested in'] },
    },
  ],
};
