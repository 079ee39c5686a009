import type { ProseBlock, ProseDoc } from '../prose';
import { keepShape } from '../keep-shape';

/** One sentence of the writer's prose: [start, end) in its block's prose string. */
export interface Sentence {
  block: ProseBlock;
  /** Index of the block in doc.blocks. */
  blockIndex: number;
  start: number;
  end: number;
  text: string;
}

/** Sentences are made by the thousand: instances of one class cost the collector less than literals. */
class BlockSentence implements Sentence {
  constructor(
    public block: ProseBlock,
    public blockIndex: number,
    public start: number,
    public end: number,
    public text: string,
  ) {}
}
// So optimised code survives a full GC (see keep-shape.ts).
keepShape(new BlockSentence({ type: 'paragraph', text: '', pieces: [], start: 0, end: 0, ancestors: [] }, 0, 0, 0, ''));

// Words whose trailing period does not end a sentence.
const ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'jr', 'sr', 'e.g', 'i.e', 'etc', 'vs', 'no', 'approx', 'dept', 'inc', 'ltd', 'co']);

/**
 * Splits a block into sentences. A sentence ends at `.`, `!`, `?` (and runs of them, plus a closing
 * quote or bracket) followed by white space, or at a line break after a line that ends with `,` or
 * `:` (salutations and closings such as "Hi Sarah," or "Best regards," sit on their own line).
 * Titles and initials ("Ms.", "R.") do not end a sentence.
 */
export function splitSentences(block: ProseBlock, blockIndex = 0): Sentence[] {
  return split(block, blockIndex);
}

const SPACE = /\s/;
const CLOSER = /["'”’)\]*_]/;
const LINE_CLOSING = /[,:;]$/;
const SHORT_CAPITALISED_LINE = /^[\p{Lu}{[<][^.!?]{0,40}$/u;
const LETTER_OR_DOT = /^[\p{L}.]$/u;
const ONE_CAPITAL = /^\p{Lu}$/u;

function isTerminator(c: string | undefined): boolean {
  return c === '.' || c === '!' || c === '?';
}

/** Is there a surrogate pair (one character outside the BMP) in text[at, at + 2)? */
function isPair(text: string, at: number): boolean {
  const hi = text.charCodeAt(at);
  const lo = text.charCodeAt(at + 1);
  return hi >= 0xd800 && hi <= 0xdbff && lo >= 0xdc00 && lo <= 0xdfff;
}

/**
 * Where the run of letters and dots that ends at `end` starts, looking back no further than
 * `floor` (what /[\p{L}.]+$/u finds in text.slice(floor, end)).
 */
function wordBefore(text: string, floor: number, end: number): number {
  let k = end;
  while (k > floor) {
    const width = k - 2 >= floor && isPair(text, k - 2) ? 2 : 1;
    if (!LETTER_OR_DOT.test(text.slice(k - width, k))) break;
    k -= width;
  }
  return k;
}

/**
 * Adds block.text[start, end), trimmed, unless blank. (A module-level function, not a closure made
 * per block: V8 frees a per-call closure's optimised code with its last closure at a full GC.)
 */
function pushSentence(out: Sentence[], block: ProseBlock, blockIndex: number, start: number, end: number): void {
  const text = block.text;
  let s = start;
  let e = end;
  while (s < e && SPACE.test(text[s]!)) s++;
  while (e > s && SPACE.test(text[e - 1]!)) e--;
  if (e > s) out.push(new BlockSentence(block, blockIndex, s, e, text.slice(s, e)));
}

function split(block: ProseBlock, blockIndex: number): Sentence[] {
  const text = block.text;
  const out: Sentence[] = [];
  let start = 0;
  let lineStart = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\n') {
      // A line that ends with "," or ":" (a salutation, a closing) or a short capitalised line (a
      // name) stands alone; other line breaks are soft wraps inside a sentence.
      const line = text.slice(Math.max(start, lineStart), i).trim();
      lineStart = i + 1;
      if (LINE_CLOSING.test(line) || (SHORT_CAPITALISED_LINE.test(line) && line.split(/\s+/).length <= 4)) {
        pushSentence(out, block, blockIndex, start, i);
        start = i;
      }
      continue;
    }
    if (!isTerminator(c)) continue;
    let j = i + 1;
    while (j < text.length && isTerminator(text[j])) j++;
    while (j < text.length && CLOSER.test(text[j]!)) j++;
    if (j < text.length && !SPACE.test(text[j]!)) continue;
    if (c === '.' && j === i + 1) {
      const word = text.slice(wordBefore(text, Math.max(start, i - 12), i), i);
      if (ABBREVIATIONS.has(word.toLowerCase()) || ONE_CAPITAL.test(word)) continue;
    }
    pushSentence(out, block, blockIndex, start, j);
    start = j;
    i = j - 1;
  }
  pushSentence(out, block, blockIndex, start, text.length);
  return out;
}

/** Every sentence of the writer's prose, in order. */
export function docSentences(doc: ProseDoc): Sentence[] {
  // Kind inference, the checklist and placement all read the same sentences: split once per document.
  const cached = docCache.get(doc);
  if (cached && cached.blocks === doc.blocks && cached.texts.length === doc.blocks.length && cached.texts.every((t, i) => t === doc.blocks[i]!.text)) {
    return cached.sentences.slice();
  }
  const sentences: Sentence[] = [];
  for (let i = 0; i < doc.blocks.length; i++) for (const s of split(doc.blocks[i]!, i)) sentences.push(s);
  docCache.set(doc, { blocks: doc.blocks, texts: doc.blocks.map((b) => b.text), sentences });
  return sentences.slice();
}
const docCache = new WeakMap<ProseDoc, { blocks: ProseBlock[]; texts: string[]; sentences: Sentence[] }>();
