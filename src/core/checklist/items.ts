import type { LetterKind } from '../types';

/** Stable checklist item ids (tests, manual ticks and the CLI key on these). */
export const ITEM_IDS = ['greeting', 'thanks', 'feedback', 'interest', 'professional', 'positive-close', 'sign-off', 'no-placeholders', 'concise'] as const;
export type ItemId = (typeof ITEM_IDS)[number];

/** How an item applies to a kind: required, optional (good but not needed), or not shown. */
export type Applies = 'required' | 'optional' | 'hidden';

export interface ItemSpec {
  id: ItemId;
  label: string;
  /** What satisfies the item, or why it matters. */
  hint: string;
  /** The building-block snippet that fills the gap (prefix in snippets/poise.code-snippets), if any. */
  snippet?: string;
}

export const ITEMS: Record<ItemId, ItemSpec> = {
  greeting: { id: 'greeting', label: 'Greets them by name', hint: 'Open with their name ("Dear Ms. Han," / "Hi Sarah,"), not "To whom it may concern".', snippet: 'poise-greeting' },
  thanks: { id: 'thanks', label: 'Thanks them', hint: 'Thank them for their time, the update, the decision or the interview: it may be the last impression you leave.', snippet: 'poise-thanks' },
  feedback: { id: 'feedback', label: 'Asks for feedback', hint: 'Ask what would have strengthened your candidacy: people are often candid, and it shows you want to grow.', snippet: 'poise-feedback-ask' },
  interest: { id: 'interest', label: 'Keeps the door open', hint: 'Re-express your interest: ask to be kept in mind for future roles, or to stay in touch.', snippet: 'poise-keep-in-touch' },
  professional: { id: 'professional', label: 'Stays professional', hint: 'No tone warnings or errors: keep emotion out of it, whatever happened.' },
  'positive-close': { id: 'positive-close', label: 'Ends on a positive note', hint: 'Make the last paragraph before your sign-off warm: good wishes, thanks, or looking forward.', snippet: 'poise-close' },
  'sign-off': { id: 'sign-off', label: 'Signs off with your name', hint: 'End with a closing ("Best regards,") and your name on the next line.', snippet: 'poise-sign-off' },
  'no-placeholders': { id: 'no-placeholders', label: 'No unfilled placeholders', hint: 'Fill in every [Company], {{name}} or TODO before sending.' },
  concise: { id: 'concise', label: 'Brief', hint: 'Keep it short: a few sentences they can read in under a minute.' },
};

interface KindSpec {
  /** Word budget for the writer's prose. */
  words: number;
  applies: Partial<Record<ItemId, Applies>>;
}

const BASE: Record<ItemId, Applies> = {
  greeting: 'required',
  thanks: 'required',
  feedback: 'hidden',
  interest: 'required',
  professional: 'required',
  'positive-close': 'required',
  'sign-off': 'required',
  'no-placeholders': 'required',
  concise: 'required',
};

/**
 * Items per kind. From the advice in the seed texts (stay professional, give thanks, ask for
 * feedback, move on, keep the door open) and ordinary practice: a withdrawal or an offer decline
 * need not promise interest, a recruiter reply may simply pass, networking may ask for advice.
 */
export const KINDS: Record<LetterKind, KindSpec> = {
  'rejection-reply': { words: 200, applies: { feedback: 'required' } },
  'thank-you': { words: 250, applies: {} },
  'follow-up': { words: 150, applies: { thanks: 'optional' } },
  'feedback-request': { words: 200, applies: { feedback: 'required', interest: 'optional' } },
  'offer-accept': { words: 250, applies: {} },
  'offer-decline': { words: 200, applies: { interest: 'optional' } },
  'offer-negotiation': { words: 300, applies: {} },
  withdrawal: { words: 150, applies: { interest: 'optional' } },
  networking: { words: 200, applies: { feedback: 'optional' } },
  'recruiter-reply': { words: 150, applies: { interest: 'optional' } },
};

/** When the kind is unknown: the items every reply shares, with interest optional. */
const UNKNOWN: KindSpec = { words: 300, applies: { interest: 'optional' } };

export function kindSpec(kind: LetterKind | null): { words: number; applies: Record<ItemId, Applies> } {
  const spec = kind ? KINDS[kind] : UNKNOWN;
  return { words: spec.words, applies: { ...BASE, ...spec.applies } };
}

/** Labels for the kinds (quick pick, view). */
export const KIND_LABELS: Record<LetterKind, string> = {
  'rejection-reply': 'Reply to a rejection',
  'thank-you': 'Thank-you after an interview',
  'follow-up': 'Follow-up on an application',
  'feedback-request': 'Feedback request',
  'offer-accept': 'Offer: accept',
  'offer-decline': 'Offer: decline',
  'offer-negotiation': 'Offer: negotiate',
  withdrawal: 'Withdrawal from a process',
  networking: 'Networking note',
  'recruiter-reply': 'Reply to a recruiter',
};
