import type { Category, SeveritySetting } from './types';

/** A user-supplied phrase to flag: literal text, never a regular expression. */
export interface PhraseSpec {
  phrase: string;
  category: Category;
  note?: string;
  suggestions?: string[];
}

/** Poise's options, after merging defaults ← .poiserc.json ← editor settings ← front matter `poise:`. */
export interface PoiseOptions {
  /** Severity per rule id or category (a rule id wins over its category). */
  rules: Record<string, SeveritySetting>;
  /** Phrases never flagged (case-insensitive, whole words). */
  allow: string[];
  /** Extra phrases to flag. */
  phrases: PhraseSpec[];
  /** Skip `>` blockquotes (quoted email). */
  skipQuotes: boolean;
}

export function defaultOptions(): PoiseOptions {
  return { rules: {}, allow: [], phrases: [], skipQuotes: true };
}
