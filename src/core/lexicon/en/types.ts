import type { ToneCategory } from '../../types';

/**
 * One phrase entry: patterns in the matcher's small syntax (see src/core/matcher.ts), the message
 * it raises, and guards that keep polite uses clean. Data only: no regular expressions.
 */
export interface PhraseEntry {
  /** Matcher patterns; contractions written expanded ("do not", "you are", "i will"). */
  patterns: string[];
  /** One short, specific sentence. */
  reason: string;
  /** Markdown, 2–4 sentences; defaults to the category's note. */
  note?: string;
  /** 0–3 rewrites that replace the reported span and keep the meaning. */
  suggestions?: string[];
  /** The rewrites are word-level substitutes that fit mid-sentence (otherwise they are offered only for a whole clause). */
  inline?: boolean;
  /** What the message covers (and its rewrites replace): the matched words (default) or the whole sentence. */
  span?: 'match' | 'sentence';
  /** The match must start its sentence (after an optional opener such as "so", "well", "oh", "and"). */
  start?: boolean;
  /** The match must end its sentence. */
  end?: boolean;
  /** The match must be the whole sentence (openers aside). */
  alone?: boolean;
  /** Also report inside long double-quoted passages (quoted employer text is skipped by default). */
  inQuotes?: boolean;
  /** Skip when the surface text starts with a capital letter mid-sentence (a name: "Sue", "Dick"). */
  lowercaseOnly?: boolean;
  unless?: {
    /** Patterns that, ending right before the match, cancel it ("sorry for" + "your loss"). */
    before?: string[];
    /** Patterns that, starting right after the match, cancel it ("begs" + "the question"). */
    after?: string[];
    /** Patterns anywhere in the sentence that cancel it. */
    sentence?: string[];
  };
  /** Patterns of which at least one must occur somewhere in the sentence. */
  requires?: string[];
}

export interface CategoryLexicon {
  category: ToneCategory;
  /** Default reason for the category's rule. */
  reason: string;
  /** Default note (Markdown): why it hurts the writer, what to write instead. */
  note: string;
  entries: PhraseEntry[];
}
