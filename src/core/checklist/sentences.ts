import type { ProseBlock, ProseDoc } from '../prose';

/** One sentence of the writer's prose: [start, end) in its block's prose string. */
export interface Sentence {
  block: ProseBlock;
  /** Index of the block in doc.blocks. */
  blockIndex: number;
  start: number;
  end: number;
  text: string;
}

// Words whose trailing period does not end a sentence.
const ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'jr', 'sr', 'e.g', 'i.e', 'etc', 'vs', 'no', 'approx', 'dept', 'inc', 'ltd', 'co']);

/**
 * Splits a block into sentences. A sentence ends at `.`, `!`, `?` (and runs of them, plus a closing
 * quote or bracket) followed by white space, or at a line break after a line that ends with `,` or
 * `:` (salutations and closings such as "Hi Sarah," or "Best regards," sit on their own line).
 * Titles and initials ("Ms.", "R.") do not end a sentence.
 */
export function splitSentences(block: ProseBlock, blockIndex = 0): Sentence[] {
  // Kind inference, the checklist and placement all split the same blocks: split each once.
  const cached = splitCache.get(block);
  if (cached && cached.blockIndex === blockIndex && cached.text === block.text) return cached.sentences.slice();
  const sentences = split(block, blockIndex);
  splitCache.set(block, { blockIndex, text: block.text, sentences });
  return sentences.slice();
}
const splitCache = new WeakMap<ProseBlock, { blockIndex: number; text: string; sentences: Sentence[] }>();

function split(block: ProseBlock, blockIndex: number): Sentence[] {
  const text = block.text;
  const out: Sentence[] = [];
  let start = 0;
  let lineStart = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) out.push({ block, blockIndex, start: s, end: e, text: text.slice(s, e) });
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\n') {
      // A line that ends with "," or ":" (a salutation, a closing) or a short capitalised line (a
      // name) stands alone; other line breaks are soft wraps inside a sentence.
      const line = text.slice(Math.max(start, lineStart), i).trim();
      lineStart = i + 1;
      if (/[,:;]$/.test(line) || (/^[\p{Lu}{[<][^.!?]{0,40}$/u.test(line) && line.split(/\s+/).length <= 4)) push(i);
      continue;
    }
    if (c !== '.' && c !== '!' && c !== '?') continue;
    let j = i + 1;
    while (j < text.length && /[.!?]/.test(text[j]!)) j++;
    while (j < text.length && /["'”’)\]*_]/.test(text[j]!)) j++;
    if (j < text.length && !/\s/.test(text[j]!)) continue;
    if (c === '.' && j === i + 1) {
      const word = /([\p{L}.]+)$/u.exec(text.slice(Math.max(start, i - 12), i))?.[1] ?? '';
      if (ABBREVIATIONS.has(word.toLowerCase()) || /^\p{Lu}$/u.test(word)) continue;
    }
    push(j);
    i = j - 1;
  }
  push(text.length);
  return out;
}

export function docSentences(doc: ProseDoc): Sentence[] {
  return doc.blocks.flatMap((b, i) => splitSentences(b, i));
}
