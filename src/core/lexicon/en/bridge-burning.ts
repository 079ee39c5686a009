import type { CategoryLexicon } from './types';

const FIRM = '{you|you guys|you people|your company|your firm|your agency|your organisation|your organization|your team|your business|a company like yours|a company like this|a firm like yours|people like you|people who|this company|this firm|that company|such a company|any company|any firm|any organisation|any organization|a company that|an organisation that|an organization that|people|someone|anyone|a manager|him|her|them}';

export const bridgeBurning: CategoryLexicon = {
  category: 'bridge-burning',
  reason: 'Closing the door for good can cost you future openings.',
  note: 'Recruiters move, teams change and companies reopen roles; the person you write to today may hire you next year or be asked about you. Decline or step back without shutting the door: "I’ve decided not to go forward, and I wish you and the team well."',
  entries: [
    {
      patterns: [
        '{do not|never|please do not|please never|kindly do not|do not ever|never ever} [ever] [bother] {contact|contacting|email|emailing|e-mail|call|calling|message|messaging|text|texting|write|writing|reach out|reaching out|approach|approaching|bother} [to] [me|us] [again|about|with|ever again|in future|in the future]',
        '{lose|delete|forget} my {number|email|details|contact details|address|name}',
        'remove me from your {database|list|mailing list|system|records|files|talent pool|pipeline|lists} [permanently|for good|immediately|now]',
        'take me off your {database|list|mailing list|system|records|talent pool|lists}',
        '{stop|quit} {contacting|emailing|calling|messaging|texting|spamming|bothering} me',
        'consider this bridge {burned|burnt}',
        'bridge {burned|burnt}',
      ],
      reason: 'Telling them never to contact you again closes the door for good.',
      suggestions: ['I’m not looking for new roles at the moment'],
      unless: { after: ['hesitate', 'wait', 'worry'], before: ['not want to', 'do not want to', 'hate to', 'without', 'never want to', 'rather not', 'not to', 'avoid'], sentence: ['hesitate', 'feel free', 'happy to', 'please do contact'] },
    },
    {
      patterns: [
        'i {would|will|could|can} [*] {never|not|no longer} [ever] [want to|dream of|consider|think of|even consider|be caught dead] [go back to|going back to] {work|working|apply|applying|reapply|reapplying|interview|interviewing|deal|dealing|do business|join|joining} {for|at|with|to} [*] ' + FIRM,
        'i {would|will} not {work|apply} {for|to|at|with} {you|your company|your firm|you guys|you people} [even] if',
        'i {would|will} never {work|apply} {here|there}',
        '{apply+|work+|deal+|interview+|recommend+} ** {ever again|never again}',
        'not be {applying|reapplying|interviewing|working} {to|with|for|at} {you|your *|this *} [*] [ever] again',
        'i am done {with|dealing with} {you|your|this|the whole}',
        '{me|i} ever {applying|reapplying|working|interviewing|coming back|returning} [*] [*] again',
        'forget about me',
        'i would [much] rather ** than {work|join|accept|go|come|deal} {for|with|at|there|here|your|you|back}',
        '{is|are} dead to me',
        '{is not|are not|was not|were not|not} worth my {time|effort|energy|talent|while}',
        '{touch|go near} {you|your *|this company|them|it} with a {ten foot|10 foot|ten-foot|10-foot|barge} pole',
        'with a {ten foot|10 foot|barge} pole',
        '{never|not} {see|get|receive|hear} {another|one more|any more|anything more|a single} ** from me [again]',
        'you will never {see|hear from|get} ** {me|from me} [again]',
        'not interested in anything {you|your *} {have|offer|send} [ever]',
        'i want nothing [more] to do with',
      ],
      reason: 'Saying you would never work for them closes the door for good.',
      unless: { sentence: ['not looking', 'leave a team', 'mid project', 'mid-project', 'relocat+', 'would never want to {leave|let}'] },
    },
    {
      patterns: [
        '[it is|that is|this is|their|its] your loss',
        'your loss [not mine]',
        '{glad|relieved|happy|thankful|grateful|pleased} {i|that i} {did not|never} {get|got|take|accept|join|end up}',
        '{glad|relieved|happy|thankful|grateful|pleased} {it|that it|this|that this} {did not|never} {work out|happen|go through|go ahead|pan out}',
        '{glad|relieved|happy|thankful} [that] {i|you} [did not] {dodged|dodge} a bullet',
        '{dodged|dodge} a bullet',
        'bullet dodged',
        'good riddance',
        '{have|enjoy} a [nice|good|great|wonderful] life',
        'i can see why {this|the|that|your} {role|position|job|seat|opening|vacancy} {has been|is|was|stays|remains|keeps being|has stayed} {open|vacant|empty|unfilled|reposted|re-posted}',
        '{no wonder|it is no wonder|small wonder} {you|your|nobody|no one|the role|this role|the position|people}',
        'why {you|your company|your team} {can not|cannot|struggle to|have trouble|have a hard time|are unable to} {keep|retain|hire|fill|find}',
      ],
      reason: 'A parting shot closes the door for good.',
      unless: { before: ['sorry for', 'sorry about', 'for', 'about', 'on', 'of', 'with', 'by', 'to hear about', 'condolences'], sentence: ['sorry for your loss', 'condolence+', 'passing', 'sympath+', 'grateful i {did|got}', 'not glad'] },
    },
    {
      patterns: [
        '{fyi|btw|by the way|just so you know|heads up|just letting you know} ** {took|accepted|found|got|signed|started} {another|a different|a new|a better|other|a} {job|offer|position|role|gig}',
        '{took|accepted|found|got|signed} {another|a better|a different|a new} {job|offer|position|role|gig} ** so i {will not|am not|can not} {be|come|make it|attend|show}',
        'i {will not|am not going to} be {at|attending|coming to|showing up} {tomorrow|today|the interview|your interview|the onsite|tomorrow \'s|today \'s}',
      ],
      reason: 'A curt last-minute exit burns the bridge.',
      unless: { sentence: ['sorry', 'apolog+', 'regret', 'thank', 'thanks', 'grateful', 'appreciate+', 'unfortunately', 'wish'] },
    },
    {
      patterns: ['{burn|burned|burnt|burning} {this|that|the|my|every|all} {bridge|bridges}'],
      reason: 'Announcing a burned bridge closes the door for good.',
      unless: { before: ['would have', 'could have', 'might have', 'would', 'to', 'not', 'never', 'without', 'avoid', 'want to', 'do not want to', 'not want to', 'not to', 'of'], sentence: ['do not want', 'not want', 'never want', 'avoid', 'without', 'would have', 'hate to', 'rather not'] },
    },
  ],
};
