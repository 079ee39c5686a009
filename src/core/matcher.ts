/**
 * One compiled matcher for every tone phrase: a trie over normalised tokens. Patterns are small
 * data strings (see `compilePattern`); they expand to token sequences once, when the matcher is
 * built, and matching is one walk over a block's tokens whatever the number of phrases.
 *
 * Pattern syntax (tokens separated by spaces; contractions are written expanded: "do not", "you are"):
 *   word        a literal normalised token
 *   word+       the word and its regular inflections (waste → wastes, wasted, wasting)
 *   {a|b c|d}   one of the alternatives (each may be several tokens, classes, inflections)
 *   [a|b c]     the same, optional
 *   @name       a word class (an alternatives list defined in the lexicon's classes)
 *   *, **, ***  a gap of up to 1, 2 or 3 arbitrary tokens
 *   #           any number token
 */
import type { Token } from './tokenize';
import { expand, normalizeWord } from './tokenize';

const ANY = '\u0000any';
const NUM = '\u0000num';
type Atom = string;

export interface TrieNode {
  next: Map<string, TrieNode>;
  any?: TrieNode;
  num?: TrieNode;
  out?: number[];
}

export interface Match<T> {
  value: T;
  /** Token index range [startTok, endTok). */
  startTok: number;
  endTok: number;
}

export interface Matcher<T> {
  root: TrieNode;
  values: T[];
  sequences: number;
  match(tokens: Token[]): Array<Match<T>>;
}

export type Classes = Record<string, string>;

/** Regular English inflections of a word (overgenerating is harmless: the trie only holds tokens). */
export function inflect(w: string): string[] {
  const out = new Set([w]);
  const vowel = (c: string | undefined) => c !== undefined && 'aeiou'.includes(c);
  if (w.endsWith('e')) {
    out.add(w + 's').add(w + 'd').add(w.slice(0, -1) + 'ing');
  } else if (w.endsWith('y') && !vowel(w[w.length - 2])) {
    out.add(w.slice(0, -1) + 'ies').add(w.slice(0, -1) + 'ied').add(w + 'ing');
  } else if (/(s|sh|ch|x|z)$/.test(w)) {
    out.add(w + 'es').add(w + 'ed').add(w + 'ing');
  } else {
    out.add(w + 's').add(w + 'ed').add(w + 'ing');
    const n = w.length;
    if (n >= 3 && !vowel(w[n - 1]) && !'wxy'.includes(w[n - 1]!) && vowel(w[n - 2]) && !vowel(w[n - 3])) {
      out.add(w + w[n - 1] + 'ed').add(w + w[n - 1] + 'ing');
    }
  }
  return [...out];
}

/** Splits a pattern at top-level spaces, keeping {…} and […] groups whole. */
function splitTop(s: string, sep: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of s) {
    if (ch === '{' || ch === '[') depth++;
    if (ch === '}' || ch === ']') depth--;
    if (ch === sep && depth === 0) {
      parts.push(cur);
      cur = '';
    } else cur += ch;
  }
  parts.push(cur);
  return parts;
}

const MAX_SEQUENCES = 20000;

/** Expands a pattern into the token sequences it stands for. */
export function compilePattern(pattern: string, classes: Classes, seen: Set<string> = new Set()): Atom[][] {
  let seqs: Atom[][] = [[]];
  for (const part of splitTop(pattern.trim(), ' ').filter(Boolean)) {
    const alts = compileElement(part, classes, seen);
    const next: Atom[][] = [];
    for (const s of seqs) for (const a of alts) next.push([...s, ...a]);
    if (next.length > MAX_SEQUENCES) throw new Error(`pattern too broad: ${pattern}`);
    seqs = next;
  }
  return seqs;
}

function compileElement(part: string, classes: Classes, seen: Set<string>): Atom[][] {
  if (part === '*') return [[], [ANY]];
  if (part === '**') return [[], [ANY], [ANY, ANY]];
  if (part === '***') return [[], [ANY], [ANY, ANY], [ANY, ANY, ANY]];
  if (part === '#') return [[NUM]];
  if ((part.startsWith('{') && part.endsWith('}')) || (part.startsWith('[') && part.endsWith(']'))) {
    const optional = part.startsWith('[');
    const out: Atom[][] = optional ? [[]] : [];
    for (const alt of splitTop(part.slice(1, -1), '|')) out.push(...compilePattern(alt, classes, seen));
    return out;
  }
  if (part.startsWith('@')) {
    const name = part.slice(1);
    const def = classes[name];
    if (def === undefined) throw new Error(`unknown word class @${name}`);
    if (seen.has(name)) throw new Error(`recursive word class @${name}`);
    return compilePattern(`{${def}}`, classes, new Set([...seen, name]));
  }
  if (part.endsWith('+') && part.length > 1) return inflect(normalizeWord(part.slice(0, -1))).map((w) => [w]);
  // A literal: normalise and expand contractions so data may be written either way.
  return [literalTokens(part)];
}

/** Normalised, expanded tokens of a literal phrase (the same way the tokenizer sees text). */
export function literalTokens(text: string): string[] {
  const out: string[] = [];
  const re = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’ʼ‘][\p{L}\p{M}]+)*/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) out.push(...expand(normalizeWord(m[0])));
  return out;
}

function insert(root: TrieNode, seq: Atom[], value: number): void {
  let node = root;
  for (const atom of seq) {
    if (atom === ANY) node = node.any ??= { next: new Map() };
    else if (atom === NUM) node = node.num ??= { next: new Map() };
    else {
      let n = node.next.get(atom);
      if (!n) node.next.set(atom, (n = { next: new Map() }));
      node = n;
    }
  }
  (node.out ??= []).push(value);
}

const IS_NUM = /^\p{N}+$/u;

/**
 * Builds a matcher from (patterns, value) pairs. Every match is reported (overlaps included);
 * callers choose among them.
 */
export function buildMatcher<T>(entries: Array<{ patterns: string[]; value: T }>, classes: Classes): Matcher<T> {
  const root: TrieNode = { next: new Map() };
  const values: T[] = [];
  let sequences = 0;
  for (const e of entries) {
    const id = values.push(e.value) - 1;
    for (const p of e.patterns) {
      for (const seq of compilePattern(p, classes)) {
        if (!seq.length || seq[0] === ANY) continue;
        insert(root, seq, id);
        sequences++;
      }
    }
  }
  const match = (tokens: Token[]): Array<Match<T>> => {
    const found: Array<Match<T>> = [];
    let states: TrieNode[] = [];
    let next: TrieNode[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const first = root.next.get(tokens[i]!.norm) ?? (IS_NUM.test(tokens[i]!.norm) ? root.num : undefined);
      if (!first) continue;
      const sentence = tokens[i]!.sentence;
      states.length = 0;
      states.push(first);
      let j = i;
      while (states.length) {
        for (const s of states) if (s.out) for (const v of s.out) found.push({ value: values[v]!, startTok: i, endTok: j + 1 });
        j++;
        const tok = tokens[j];
        if (!tok || tok.sentence !== sentence) break;
        next.length = 0;
        for (const s of states) {
          const n = s.next.get(tok.norm);
          if (n) next.push(n);
          if (s.any) next.push(s.any);
          if (s.num && IS_NUM.test(tok.norm)) next.push(s.num);
        }
        [states, next] = [next, states];
      }
    }
    return found;
  };
  return { root, values, sequences, match };
}

/** Does the token sequence at `at` start with one of `seqs`? (Used for guards.) */
export function sequenceAt(tokens: Token[], at: number, seq: string[]): boolean {
  if (at < 0 || at + seq.length > tokens.length) return false;
  for (let k = 0; k < seq.length; k++) {
    const a = seq[k]!;
    const t = tokens[at + k]!.norm;
    if (a === ANY) continue;
    if (a === NUM ? !IS_NUM.test(t) : a !== t) return false;
  }
  return true;
}
