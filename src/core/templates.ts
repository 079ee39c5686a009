/**
 * The reply templates: one catalogue for the "Poise: New Reply…" picker and for the Markdown
 * snippets. This file is the single source of truth: `npm run snippets` (scripts/gen-snippets.mjs)
 * writes snippets/poise.code-snippets from it, and a unit test fails when the two differ.
 *
 * Bodies use VS Code snippet syntax (see snippet-expand.ts). Every default is a realistic value
 * ("Ms. Rivera", "Northwind"), never a bracketed placeholder, so a letter sent without editing a
 * stop still reads as a letter, and Poise raises nothing on the expanded text.
 *
 * Full letters share their first stops: 1 = recipient (`to`), 2 = company, 3 = role, all in the
 * front matter and mirrored in the text, then 4 = the greeting word.
 */

import type { LetterKind } from './types';
import { escapeSnippetText, withDefaults } from './snippet-expand';

export type TemplateGroup = 'Rejection' | 'Interview' | 'Offer' | 'Recruiters and networking' | 'Building blocks';

/** Groups in the order the picker shows them. */
export const TEMPLATE_GROUPS: readonly TemplateGroup[] = ['Rejection', 'Interview', 'Offer', 'Recruiters and networking', 'Building blocks'];

export type TemplateField = 'to' | 'company' | 'role';

export interface ReplyTemplate {
  /** Stable id (used by `poise.newReply` `{ template: id }`); the snippet prefix is `poise-` + id. */
  id: string;
  group: TemplateGroup;
  /** Short title for the picker and the snippet's name. */
  label: string;
  /** One sentence: the situation it is for (snippet description, picker detail). */
  description: string;
  /** The letter kind it writes; null for a building block. */
  kind: LetterKind | null;
  /** Tab stops that hold the recipient, company and role (pre-filled from a quoted email). */
  fields: Partial<Record<TemplateField, number>>;
  /** Snippet body, one string per line. */
  body: string[];
}

export const SNIPPET_PREFIX = 'poise-';

const LETTER_FIELDS = { to: 1, company: 2, role: 3 } as const;

/** Front matter, greeting, the letter's paragraphs, a closing and the writer's name. */
function letter(kind: LetterKind, paragraphs: string[], signOffStop: number): string[] {
  return [
    '---',
    `kind: ${kind}`,
    'to: ${1:Ms. Rivera}',
    'company: ${2:Northwind}',
    'role: ${3:Product Designer}',
    'date: $CURRENT_YEAR-$CURRENT_MONTH-$CURRENT_DATE',
    '---',
    '',
    '${4|Dear,Hello,Hi|} $1,',
    '',
    ...paragraphs.flatMap((p) => [p, '']),
    `\${${signOffStop}|Best regards,Kind regards,Warm regards,With thanks|},`,
    `\${${signOffStop + 1}:Alex Morgan}`,
    '$0',
  ];
}

export const TEMPLATES: readonly ReplyTemplate[] = [
  // ----- Rejection replies
  {
    id: 'rejection-thanks',
    group: 'Rejection',
    label: 'Rejection: thank them graciously',
    description: 'Reply to a rejection with thanks for their time, a light request for feedback and a warm goodbye that keeps the door open.',
    kind: 'rejection-reply',
    fields: LETTER_FIELDS,
    body: letter('rejection-reply', [
      'Thank you for letting me know about your decision on the $3 role, and for the time you and the team gave me during the process.',
      '${5:I enjoyed learning about the work at $2 and meeting the people behind it.} I remain interested in joining the team, and I would be glad to be considered for future openings that match my experience. I would also welcome any feedback you can share on my application.',
      '${6:I wish you and the team continued success.}',
    ], 7),
  },
  {
    id: 'rejection-feedback',
    group: 'Rejection',
    label: 'Rejection: thanks and a request for feedback',
    description: 'Reply to a rejection: thank them and ask what would have made your candidacy stronger.',
    kind: 'rejection-reply',
    fields: LETTER_FIELDS,
    body: letter('rejection-reply', [
      'Thank you for letting me know about the $3 role, and for the time you and the team invested in my application.',
      'I would value any feedback you could share on ${5|my interviews,my application,my portfolio,the case study|}. ${6:Your perspective would help me a great deal as I continue my search.}',
      'I enjoyed getting to know the team at $2, and I would be glad to be considered for future roles.',
      'Thank you again, and I wish you all the best.',
    ], 7),
  },
  {
    id: 'rejection-keep-in-touch',
    group: 'Rejection',
    label: 'Rejection: thanks and keep in touch',
    description: 'Reply to a rejection: thank them, re-express your interest in the company and ask to be considered for future roles.',
    kind: 'rejection-reply',
    fields: LETTER_FIELDS,
    body: letter('rejection-reply', [
      'Thank you for letting me know, and for considering me for the $3 role.',
      'I have great respect for the work ${5:your team} is doing at $2, and my interest in joining has not changed. Please keep me in mind for future roles ${6:in design or research}. ${7:If you are open to it, I would be glad to connect on LinkedIn and stay in touch.}',
      'If you have any feedback on my interviews, I would welcome it.',
      'I wish you and the team continued success.',
    ], 8),
  },
  {
    id: 'rejection-final-round',
    group: 'Rejection',
    label: 'Rejection after a final round',
    description: 'Reply to a rejection after the final round: thanks for the panel\'s time, a feedback request and an open door.',
    kind: 'rejection-reply',
    fields: LETTER_FIELDS,
    body: letter('rejection-reply', [
      'Thank you for letting me know, and for the time you and the panel gave me throughout the final round for the $3 role. I appreciated the thoughtful conversations${5: about the roadmap and how the team works}.',
      'Since I reached the final stage, I would be grateful for any feedback on where I could have been a stronger candidate. It would help me prepare for the roles ahead.',
      'I would be glad to be considered if a similar role opens at $2, and I look forward to staying in touch.',
      '${6:Thank you again, and I wish you and the team every success.}',
    ], 7),
  },
  // ----- After an interview
  {
    id: 'thank-you-interview',
    group: 'Interview',
    label: 'Thank-you note after an interview',
    description: 'Thank the interviewer within a day, recall one moment of the conversation and restate your interest.',
    kind: 'thank-you',
    fields: LETTER_FIELDS,
    body: letter('thank-you', [
      'Thank you for taking the time to meet with me ${5|today,yesterday,this week|} about the $3 role at $2. I enjoyed our conversation${6: about how the team plans its research}, and it left me even more enthusiastic about the opportunity.',
      '${7:The way you described the team\'s focus on careful, user-centred research matches how I like to work, and I am confident my experience with design systems would help from day one.}',
      'If anything else would help with your decision, I would be glad to provide it. I look forward to hearing about the next steps.',
    ], 8),
  },
  {
    id: 'follow-up',
    group: 'Interview',
    label: 'Follow-up after an interview',
    description: 'Follow up politely when the date they gave for a decision has passed.',
    kind: 'follow-up',
    fields: LETTER_FIELDS,
    body: letter('follow-up', [
      'I hope your week is going well. I am writing to follow up on my interview for the $3 role on ${5:Tuesday, March 3}. I remain very interested in the position and in joining the team at $2.',
      'Could you share an update on the timeline for the next steps? ${6:I am happy to provide references or anything else that would help.}',
      'Thank you again for your time and consideration. I look forward to hearing from you.',
    ], 7),
  },
  {
    id: 'feedback-request',
    group: 'Interview',
    label: 'Request for feedback',
    description: 'Ask for feedback on your application or interviews some time after the decision.',
    kind: 'feedback-request',
    fields: LETTER_FIELDS,
    body: letter('feedback-request', [
      'Thank you again for considering me for the $3 role at $2. I appreciated the chance to meet the team${5: and to work through the design exercise}.',
      'As I continue my search, I am working to strengthen my candidacy. I would be grateful for any feedback you could share on my application or interviews${6:, especially on the portfolio review}. A few lines by email would be more than enough.',
      'I continue to admire the work at $2, and I would welcome the chance to apply again in the future. Thank you for your help.',
    ], 7),
  },
  // ----- Offers
  {
    id: 'offer-accept',
    group: 'Offer',
    label: 'Accept an offer',
    description: 'Accept an offer in writing and confirm the salary and start date you agreed.',
    kind: 'offer-accept',
    fields: LETTER_FIELDS,
    body: letter('offer-accept', [
      'Thank you for the offer to join $2 as $3. I am delighted to accept.',
      'I am pleased to confirm the terms we discussed: a starting salary of ${5:\\$98,000} per year and a start date of ${6:Monday, March 2}. ${7:Please let me know if there is any paperwork I should complete before my first day.}',
      'Thank you for your support throughout the process. I am looking forward to working with you and the team.',
    ], 8),
  },
  {
    id: 'offer-decline',
    group: 'Offer',
    label: 'Decline an offer',
    description: 'Decline an offer graciously, without burning the bridge.',
    kind: 'offer-decline',
    fields: LETTER_FIELDS,
    body: letter('offer-decline', [
      'Thank you for offering me the $3 role at $2, and for the time you and the team spent with me during the process.',
      'After careful consideration, I have decided to decline the offer. ${5:I have accepted a position that is a closer match for my current goals.} This was not an easy decision, and I have great respect for the team at $2.',
      'I would be glad to stay in touch, and I look forward to our paths crossing again. Thank you again for your confidence in me.',
    ], 6),
  },
  {
    id: 'offer-negotiate',
    group: 'Offer',
    label: 'Negotiate an offer',
    description: 'Thank them for the offer and ask, with reasons, for a better salary or package.',
    kind: 'offer-negotiation',
    fields: LETTER_FIELDS,
    body: letter('offer-negotiation', [
      'Thank you for the offer to join $2 as $3. I am excited about the role and about working with the team.',
      'Before I accept, I would like to discuss the base salary. ${5:Given my experience leading design system work and current market data for similar roles, I would like to ask whether a base salary of \\$105,000 is possible.} ${6:I am also open to discussing the overall package, including the start date and the learning budget.}',
      'I am confident we can find terms that work for both of us, and I look forward to your thoughts.',
    ], 7),
  },
  {
    id: 'withdraw',
    group: 'Offer',
    label: 'Withdraw an application',
    description: 'Withdraw from a hiring process early and courteously, leaving a good impression.',
    kind: 'withdrawal',
    fields: LETTER_FIELDS,
    body: letter('withdrawal', [
      'Thank you for considering me for the $3 role at $2, and for the time you and the team have given me.',
      'I am writing to withdraw my application. ${5:I have accepted another offer that is a strong match for my current goals.} I am letting you know now so that you can plan the next steps.',
      'I have enjoyed getting to know $2, and I would be glad to stay in touch. I wish you every success with the search.',
    ], 6),
  },
  // ----- Recruiters and networking
  {
    id: 'networking-thanks',
    group: 'Recruiters and networking',
    label: 'Thank a contact for their advice',
    description: 'Thank someone who gave you time and advice, and offer to return the favour.',
    kind: 'networking',
    fields: LETTER_FIELDS,
    body: letter('networking', [
      'Thank you for taking the time to talk with me ${5|last week,yesterday,today|} about your work at $2. ${6:Your advice on preparing for $3 roles was especially helpful.}',
      '${7:I have already started reworking my case studies as you suggested.} I will keep you posted on how my search goes, and if I can ever return the favour, please let me know.',
      'Thank you again for your generosity with your time.',
    ], 8),
  },
  {
    id: 'networking-ask',
    group: 'Recruiters and networking',
    label: 'Ask a contact for a short call',
    description: 'Ask someone at a company you admire for a brief informational conversation.',
    kind: 'networking',
    fields: LETTER_FIELDS,
    body: letter('networking', [
      '${5:Priya Shah suggested I reach out to you.} I am a ${6:product designer with six years of experience in healthcare software}, and I admire the work your team at $2 has done${7: on accessible patient tools}.',
      'Would you be open to a short call in the coming weeks? I would value your perspective on $3 roles at $2 and on how the team works. I am glad to fit around your schedule.',
      'Thank you for considering it. I look forward to hearing from you.',
    ], 8),
  },
  {
    id: 'recruiter-decline',
    group: 'Recruiters and networking',
    label: 'Recruiter: not right now',
    description: 'Turn down a recruiter\'s approach politely and stay on their list for later.',
    kind: 'recruiter-reply',
    fields: LETTER_FIELDS,
    body: letter('recruiter-reply', [
      'Thank you for reaching out about the $3 role at $2. I appreciate you thinking of me.',
      '${5:I am happy in my current position and not looking for a change right now}, so I will pass on this opportunity. I would be glad to stay in touch, and I would welcome hearing from you about ${6:senior design roles} in the future.',
      'All the best with the search.',
    ], 7),
  },
  {
    id: 'recruiter-interested',
    group: 'Recruiters and networking',
    label: 'Recruiter: interested',
    description: 'Answer a recruiter\'s approach with interest and your availability for a call.',
    kind: 'recruiter-reply',
    fields: LETTER_FIELDS,
    body: letter('recruiter-reply', [
      'Thank you for reaching out about the $3 role at $2. The position sounds like a strong match for my experience${5: in design systems and user research}, and I would be glad to learn more.',
      'I am available for a call ${6:on Tuesday or Thursday afternoon}. ${7:I have attached my résumé, and I am happy to share my portfolio as well.}',
      'Thank you for thinking of me. I look forward to speaking with you.',
    ], 8),
  },
  // ----- Building blocks
  {
    id: 'front-matter',
    group: 'Building blocks',
    label: 'Front matter header',
    description: 'The letter\'s front matter: its kind, the recipient, the company, the role and today\'s date.',
    kind: null,
    fields: { to: 2, company: 3, role: 4 },
    body: [
      '---',
      'kind: ${1|rejection-reply,thank-you,follow-up,feedback-request,offer-accept,offer-decline,offer-negotiation,withdrawal,networking,recruiter-reply|}',
      'to: ${2:Ms. Rivera}',
      'company: ${3:Northwind}',
      'role: ${4:Product Designer}',
      'date: $CURRENT_YEAR-$CURRENT_MONTH-$CURRENT_DATE',
      '---',
      '',
      '$0',
    ],
  },
  {
    id: 'greeting',
    group: 'Building blocks',
    label: 'Greeting',
    description: 'Greet the recipient by name.',
    kind: null,
    fields: { to: 2 },
    body: ['${1|Dear,Hello,Hi|} ${2:Ms. Rivera},', '', '$0'],
  },
  {
    id: 'thanks',
    group: 'Building blocks',
    label: 'Thanks line',
    description: 'Thank them: for the decision, the interview, their time or the update.',
    kind: null,
    fields: {},
    body: ['Thank you ${1|for letting me know about your decision,for taking the time to meet with me,for your time and consideration,for the update on my application|}. $0'],
  },
  {
    id: 'feedback-ask',
    group: 'Building blocks',
    label: 'Feedback request',
    description: 'Ask for feedback on your application or interviews, briefly and without pressure.',
    kind: null,
    fields: {},
    body: ['I would value any feedback you could share on ${1|my interviews,my application,my portfolio,the case study|}. ${2:It would help me a great deal as I continue my search.} $0'],
  },
  {
    id: 'keep-in-touch',
    group: 'Building blocks',
    label: 'Keep-in-touch line',
    description: 'Re-express your interest and ask to be considered for future roles.',
    kind: null,
    fields: { company: 1 },
    body: ['I remain interested in ${1:Northwind}, and I would be glad to be considered for ${2:future roles that match my experience}. ${3|I would be glad to stay in touch.,I look forward to staying in touch.|} $0'],
  },
  {
    id: 'close',
    group: 'Building blocks',
    label: 'Positive close',
    description: 'A warm last line before the sign-off.',
    kind: null,
    fields: {},
    body: ['${1|Thank you again for your time and consideration.,I look forward to hearing from you.,I wish you and the team continued success.|}', '', '$0'],
  },
  {
    id: 'sign-off',
    group: 'Building blocks',
    label: 'Sign-off',
    description: 'A closing and your name.',
    kind: null,
    fields: {},
    body: ['${1|Best regards,Kind regards,Warm regards,With thanks|},', '${2:Alex Morgan}', '$0'],
  },
];

export function templateById(id: string): ReplyTemplate | undefined {
  return TEMPLATES.find((t) => t.id === id || SNIPPET_PREFIX + t.id === id);
}

export function snippetPrefix(t: ReplyTemplate): string {
  return SNIPPET_PREFIX + t.id;
}

/** The template's body as one snippet string. */
export function templateSnippet(t: ReplyTemplate): string {
  return t.body.join('\n');
}

/**
 * The template's snippet with the recipient, company and role pre-filled (values are inserted
 * literally, as the stop's default, so the user can still tab through and change them).
 */
export function fillTemplate(t: ReplyTemplate, values: Partial<Record<TemplateField, string>>): string {
  const defaults: Record<number, string> = {};
  for (const field of ['to', 'company', 'role'] as const) {
    const stop = t.fields[field];
    const value = values[field]?.trim();
    if (stop !== undefined && value) defaults[stop] = value;
  }
  return Object.keys(defaults).length ? withDefaults(templateSnippet(t), defaults) : templateSnippet(t);
}

export interface CodeSnippet {
  prefix: string;
  description: string;
  body: string[];
}

/** The `.code-snippets` JSON object (name → snippet), in catalogue order. */
export function toCodeSnippets(templates: readonly ReplyTemplate[] = TEMPLATES): Record<string, CodeSnippet> {
  const out: Record<string, CodeSnippet> = {};
  for (const t of templates) out[`Poise: ${t.label}`] = { prefix: snippetPrefix(t), description: t.description, body: [...t.body] };
  return out;
}

/** The exact text of snippets/poise.code-snippets. */
export function codeSnippetsFile(templates: readonly ReplyTemplate[] = TEMPLATES): string {
  return JSON.stringify(toCodeSnippets(templates), null, 2) + '\n';
}

export { escapeSnippetText };
