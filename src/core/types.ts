/**
 * The engine's public data shapes. Plain data only: any host (VS Code, CLI, a web worker, a
 * unified pipeline) can use them, and tests can compare them.
 */

export type Severity = 'error' | 'warning' | 'info';
export type SeveritySetting = Severity | 'off';

/** Tone categories, then the non-tone ones. */
export const TONE_CATEGORIES = [
  'hostile',
  'sarcastic',
  'passive-aggressive',
  'blame',
  'threat',
  'bridge-burning',
  'demanding',
  'desperate',
  'over-apologetic',
  'self-deprecating',
  'profanity',
  'shouting',
  'excessive-exclamation',
  'hedging',
  'dwelling',
] as const;
export const OTHER_CATEGORIES = ['placeholder', 'structure'] as const;
export type ToneCategory = (typeof TONE_CATEGORIES)[number];
export type Category = ToneCategory | (typeof OTHER_CATEGORIES)[number];
export const CATEGORIES: readonly Category[] = [...TONE_CATEGORIES, ...OTHER_CATEGORIES];

/** A point in the text: 1-based line and column (UTF-16 code units), 0-based UTF-16 offset. */
export interface Point {
  line: number;
  column: number;
  offset: number;
}

/**
 * One finding. Follows the unified `vfile-message` contract (ruleId, source, place, reason, note,
 * actual, expected, url) plus Poise's category and severity, with the range also flattened.
 * Invariant: `text.slice(offset, endOffset) === actual`.
 */
export interface PoiseMessage {
  ruleId: string;
  source: 'poise';
  category: Category;
  severity: Severity;
  /** One short sentence. */
  reason: string;
  /** Markdown: why it hurts the writer and what to write instead. */
  note: string;
  /** The flagged text, exactly as in the document. */
  actual: string;
  /** 0–3 rewrites that keep the writer's meaning; each becomes a quick fix. */
  expected: string[];
  /** The rule's anchor in docs/rules.md. */
  url: string;
  place: { start: Point; end: Point };
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  offset: number;
  endOffset: number;
}

export type LetterKind =
  | 'rejection-reply'
  | 'thank-you'
  | 'follow-up'
  | 'feedback-request'
  | 'offer-accept'
  | 'offer-decline'
  | 'offer-negotiation'
  | 'withdrawal'
  | 'networking'
  | 'recruiter-reply';

export const LETTER_KINDS: readonly LetterKind[] = [
  'rejection-reply',
  'thank-you',
  'follow-up',
  'feedback-request',
  'offer-accept',
  'offer-decline',
  'offer-negotiation',
  'withdrawal',
  'networking',
  'recruiter-reply',
];

export type ChecklistState = 'done' | 'missing' | 'optional';

export interface ChecklistItem {
  id: string;
  label: string;
  state: ChecklistState;
  /** Whether the item is required for this kind (optional items never block "ready to send"). */
  required: boolean;
  /** Short help: what satisfies the item, or why it matters. */
  hint: string;
  /** When done: the range that satisfies it. */
  range?: ChecklistRange;
  /** When not done and the text is at fault (a tone problem, a placeholder): the first such range. */
  problem?: ChecklistRange;
  /** When not done: the building-block snippet (prefix) that fills the gap. */
  snippet?: string;
}

/** A source range (UTF-16 offsets, 1-based lines and columns). */
export interface ChecklistRange {
  offset: number;
  endOffset: number;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** A problem with the configuration: shown once, the key falls back to its default. */
export interface ConfigProblem {
  /** Where the bad value came from: a file path, "settings", or "front matter". */
  source: string;
  /** The offending key (dotted), or "" for the whole file. */
  key: string;
  message: string;
}

export interface AnalyzeStats {
  words: number;
  sentences: number;
  proseCharacters: number;
}

export interface AnalyzeResult {
  messages: PoiseMessage[];
  checklist: ChecklistItem[];
  kind: LetterKind | null;
  /** Where the kind came from. */
  kindSource: 'front-matter' | 'inferred' | null;
  /** Letter metadata from front matter (`to`, `company`, `role`, `date`, …). */
  meta: Record<string, unknown>;
  configProblems: ConfigProblem[];
  stats: AnalyzeStats;
}
