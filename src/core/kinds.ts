import type { ProseDoc } from './prose';
import type { LetterKind } from './types';
import { LETTER_KINDS } from './types';

export interface KindResult {
  kind: LetterKind | null;
  source: 'front-matter' | 'inferred' | null;
}

/** The letter kind: from front matter `kind:` when valid, otherwise inferred from the prose. */
export function detectKind(_doc: ProseDoc, meta: Record<string, unknown>): KindResult {
  const k = meta['kind'];
  if (typeof k === 'string' && (LETTER_KINDS as readonly string[]).includes(k)) return { kind: k as LetterKind, source: 'front-matter' };
  return { kind: null, source: null };
}
