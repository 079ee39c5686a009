import type { Category, SeveritySetting } from './types';

/** A user-supplied phrase to flag: literal text, never a regular expression. */
export interface PhraseSpec {
  phrase: string;
  category: Category;
  note?: string;
  suggestions?: string[];
}

/**
 * Poise's options, after merging (lowest first) defaults ← .poiserc.json ← editor settings ←
 * front matter `poise:`. Validation and merging live in config.ts.
 */
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

/** The option keys, in documentation order. */
export const OPTION_KEYS = ['rules', 'allow', 'phrases', 'skipQuotes'] as const satisfies readonly (keyof PoiseOptions)[];

export const SEVERITY_SETTINGS: readonly SeveritySetting[] = ['off', 'info', 'warning', 'error'];

/** At most this many suggestions per user phrase (a message carries 0–3 rewrites). */
export const MAX_SUGGESTIONS = 3;

export function defaultOptions(): PoiseOptions {
  return { rules: {}, allow: [], phrases: [], skipQuotes: true };
}
