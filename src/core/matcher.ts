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

/** The atoms `compilePattern` writes for a one-token gap and for a number slot. */
export const ANY = '\u0000any';
export const NUM = '\u0000num';
type Atom = string;

export interface Match<T> {
  value: T;
  /** Token index range [startTok, endTok). */
  startTok: number;
  endTok: number;
}

export interface Matcher<T> {
  values: T[];
  /** Number of automaton states (a size measure for tests and the bench). */
  states: number;
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

/**
 * Remembers a pure function's results by string argument. Compiling the lexicon meets the same
 * word classes, groups and words thousands of times (a class is spelled out wherever it is used),
 * so each is parsed once. Bounded, because user phrases add keys.
 */
function memo<R>(fn: (key: string) => R): ((key: string) => R) & { cache: Map<string, R> } {
  const cache = new Map<string, R>();
  const get = (key: string) => {
    let r = cache.get(key);
    if (r === undefined) {
      if (cache.size >= 50000) cache.clear();
      r = fn(key);
      cache.set(key, r);
    }
    return r;
  };
  return Object.assign(get, { cache });
}

const splitSpaces = memo((s) => splitTopUncached(s.trim(), ' ').filter(Boolean));
const splitBars = memo((s) => splitTopUncached(s, '|'));
const inflections = memo((w) => inflect(normalizeWord(w)));

/** Splits a pattern at top-level spaces (or bars), keeping {…} and […] groups whole. */
function splitTop(s: string, sep: ' ' | '|'): string[] {
  return sep === ' ' ? splitSpaces(s) : splitBars(s);
}

function splitTopUncached(s: string, sep: string): string[] {
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

const MAX_SEQUENCES = 100000;

let compiled = new WeakMap<Classes, Map<string, Atom[][]>>();

/**
 * Drops what compiling remembered (splits, inflections, expanded patterns): needed while a matcher
 * is built, dead weight in the heap afterwards (every major collection would mark it again).
 */
function releaseCompileCaches(): void {
  splitSpaces.cache.clear();
  splitBars.cache.clear();
  inflections.cache.clear();
  compiled = new WeakMap();
}

/** Expands a pattern into the token sequences it stands for. Do not modify the result: it is shared. */
export function compilePattern(pattern: string, classes: Classes, seen: Set<string> = new Set()): Atom[][] {
  let cache = compiled.get(classes);
  if (!cache) compiled.set(classes, (cache = new Map()));
  let r = cache.get(pattern);
  if (!r) {
    // A recursive class throws here, the first time, so a cached result never hides one.
    r = compilePatternUncached(pattern, classes, seen);
    if (cache.size >= 50000) cache.clear();
    cache.set(pattern, r);
  }
  return r;
}

function compilePatternUncached(pattern: string, classes: Classes, seen: Set<string>): Atom[][] {
  let seqs: Atom[][] = [[]];
  for (const part of splitTop(pattern, ' ')) {
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
  if (part.endsWith('+') && part.length > 1) return inflections(part.slice(0, -1)).map((w) => [w]);
  // A possessive or clitic written on its own ("'s") is one token, as the tokenizer makes it.
  if (part.startsWith("'")) return [[normalizeWord(part)]];
  // A literal: normalise and expand contractions so data may be written either way.
  return [literalTokens(part)];
}

/** Normalised, expanded tokens of a literal phrase (the same way the tokenizer sees text). Do not modify the result: it is shared. */
export const literalTokens: (text: string) => string[] = memo(literalTokensUncached);

function literalTokensUncached(text: string): string[] {
  const out: string[] = [];
  const re = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’ʼ‘][\p{L}\p{M}]+)*/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) out.push(...expand(normalizeWord(m[0])));
  return out;
}

/** Token-move codes of the builder: a literal token's id is ≥ 0. */
const ANY_MOVE = -1;
const NUM_MOVE = -2;

/**
 * Compiles patterns into one automaton without expanding them: every alternative, option, word
 * class and gap becomes a few states, so a broad pattern costs states in proportion to its text,
 * not to the number of sentences it stands for. States are numbers and moves are kept in flat
 * lists of numbers (then packed into typed arrays by `pack`): the lexicon's hundred thousand
 * states would otherwise be as many heap objects, which every major garbage collection marks again.
 */
class Builder {
  states = 0;
  /** Moves on a token (a literal token's id, ANY_MOVE or NUM_MOVE): from, token, to. */
  readonly moveFrom: number[] = [];
  readonly moveTok: number[] = [];
  readonly moveTo: number[] = [];
  /** Empty moves. */
  readonly epsFrom: number[] = [];
  readonly epsTo: number[] = [];
  constructor(
    private readonly classes: Classes,
    /** Every literal token of the lexicon, by id (interned once). */
    readonly ids: Map<string, number>,
  ) {}

  new(): number {
    return this.states++;
  }

  edge(from: number, token: string, to: number): void {
    let t: number;
    if (token === ANY) t = ANY_MOVE;
    else if (token === NUM) t = NUM_MOVE;
    else {
      const id = this.ids.get(token);
      if (id === undefined) this.ids.set(token, (t = this.ids.size));
      else t = id;
    }
    this.moveFrom.push(from);
    this.moveTok.push(t);
    this.moveTo.push(to);
  }

  join(ends: number[]): number {
    if (ends.length === 1) return ends[0]!;
    const j = this.new();
    for (const e of ends) {
      this.epsFrom.push(e);
      this.epsTo.push(j);
    }
    return j;
  }

  sequence(pattern: string, from: number, seen: Set<string>): number {
    let cur = from;
    for (const part of splitTop(pattern, ' ')) cur = this.element(part, cur, seen);
    return cur;
  }

  tokens(list: string[], from: number): number {
    let cur = from;
    for (const t of list) {
      const n = this.new();
      this.edge(cur, t, n);
      cur = n;
    }
    return cur;
  }

  element(part: string, from: number, seen: Set<string>): number {
    const gap = /^\*{1,3}$/.test(part) ? part.length : 0;
    if (gap) {
      const ends = [from];
      let cur = from;
      for (let i = 0; i < gap; i++) {
        const n = this.new();
        this.edge(cur, ANY, n);
        ends.push(n);
        cur = n;
      }
      return this.join(ends);
    }
    if (part === '#') return this.tokens([NUM], from);
    if ((part.startsWith('{') && part.endsWith('}')) || (part.startsWith('[') && part.endsWith(']'))) {
      const ends = part.startsWith('[') ? [from] : [];
      for (const alt of splitTop(part.slice(1, -1), '|')) ends.push(this.sequence(alt, from, seen));
      return this.join(ends);
    }
    if (part.startsWith('@')) {
      const name = part.slice(1);
      const def = this.classes[name];
      if (def === undefined) throw new Error(`unknown word class @${name}`);
      if (seen.has(name)) throw new Error(`recursive word class @${name}`);
      const inner = new Set([...seen, name]);
      return this.join(splitTop(def, '|').map((alt) => this.sequence(alt, from, inner)));
    }
    if (part.endsWith('+') && part.length > 1) {
      const end = this.new();
      for (const w of inflections(part.slice(0, -1))) this.edge(from, w, end);
      return end;
    }
    if (part.startsWith("'")) return this.tokens([normalizeWord(part)], from);
    return this.tokens(literalTokens(part), from);
  }
}

/** Lists of numbers per state, packed: state s owns items[start[s]] … items[start[s + 1] - 1]. */
interface Packed {
  start: Int32Array;
  items: Int32Array;
}

/** Groups (state, item) pairs by state, keeping their order (a counting sort). */
function pack(states: number, from: readonly number[], item: readonly number[], keep: (k: number) => boolean = () => true): Packed {
  const start = new Int32Array(states + 1);
  let n = 0;
  for (let k = 0; k < from.length; k++) {
    if (!keep(k)) continue;
    start[from[k]! + 1]!++;
    n++;
  }
  for (let s = 0; s < states; s++) start[s + 1]! += start[s]!;
  const items = new Int32Array(n);
  const fill = start.slice(0, states);
  for (let k = 0; k < from.length; k++) if (keep(k)) items[fill[from[k]!]!++] = item[k]!;
  return { start, items };
}

/** A growable Int32Array. */
class IntList {
  a: Int32Array;
  length = 0;
  constructor(capacity: number) {
    this.a = new Int32Array(capacity);
  }
  push(x: number): void {
    if (this.length === this.a.length) {
      const b = new Int32Array(this.a.length * 2);
      b.set(this.a);
      this.a = b;
    }
    this.a[this.length++] = x;
  }
}

const IS_NUM = /^\p{N}+$/u;

/** Is the normalised token a number (what `#` matches), testing the regex only when it can be one? */
export function isNumber(norm: string): boolean {
  const c = norm.charCodeAt(0);
  if (c >= 97 && c <= 122) return false; // a-z: the usual case
  return IS_NUM.test(norm);
}

/** Token id codes in a match: a lexicon token's id is ≥ 0; other tokens are one of these two. */
const OTHER_WORD = -1;
const OTHER_NUMBER = -2;
/** Dead end (no phrase continues), and "not computed yet" in the start state's move table. */
const DEAD = -1;
const UNKNOWN = -2;
/** At most this many DFA states are kept: beyond, the DFA is rebuilt from scratch (lazily). */
const MAX_DSTATES = 50000;

/**
 * Builds the one matcher from (patterns, value) pairs. Every match is reported (overlaps
 * included); callers choose among them. Matching walks each start token forward through the
 * automaton, within its sentence.
 */
export function buildMatcher<T>(entries: Array<{ patterns: string[]; value: T }>, classes: Classes): Matcher<T> {
  const ids = new Map<string, number>();
  const b = new Builder(classes, ids);
  const root = b.new();
  const values: T[] = [];
  const outFrom: number[] = [];
  const outVal: number[] = [];
  for (const e of entries) {
    const id = values.push(e.value) - 1;
    for (const p of e.patterns) {
      const end = b.sequence(p, root, new Set());
      if (end === root) continue;
      outFrom.push(end);
      outVal.push(id);
    }
  }
  const states = b.states;
  const tokenCount = ids.size;
  // The automaton, packed. Token moves of a state are sorted by token id (binary search).
  const { moveFrom, moveTok, moveTo } = b;
  const order = Array.from(moveFrom.keys()).filter((k) => moveTok[k]! >= 0);
  order.sort((x, y) => moveFrom[x]! - moveFrom[y]! || moveTok[x]! - moveTok[y]! || x - y);
  const tokStart = new Int32Array(states + 1);
  const tokId = new Int32Array(order.length);
  const tokTo = new Int32Array(order.length);
  for (let k = 0; k < order.length; k++) {
    const m = order[k]!;
    tokStart[moveFrom[m]! + 1]!++;
    tokId[k] = moveTok[m]!;
    tokTo[k] = moveTo[m]!;
  }
  for (let s = 0; s < states; s++) tokStart[s + 1]! += tokStart[s]!;
  const anyMoves = pack(states, moveFrom, moveTo, (k) => moveTok[k] === ANY_MOVE);
  const numMoves = pack(states, moveFrom, moveTo, (k) => moveTok[k] === NUM_MOVE);
  const eps = pack(states, b.epsFrom, b.epsTo);
  const outs = pack(states, outFrom, outVal);
  const numeric = new Uint8Array(tokenCount);
  for (const [t, id] of ids) if (IS_NUM.test(t)) numeric[id] = 1;

  // Matching runs a lazily built DFA over the automaton: each set of automaton states reached so
  // far becomes one DFA state (a number) with a cached move per token id, so a step is one lookup.
  const seen = new Int32Array(states);
  let stamp = 0;
  const stack: number[] = [];
  /** Scratch: the automaton states of the set being built. */
  let scratch = new Int32Array(1024);
  let scratchLength = 0;
  const closure = (n: number): void => {
    if (seen[n] === stamp) return;
    seen[n] = stamp;
    stack.push(n);
    while (stack.length) {
      const x = stack.pop()!;
      if (scratchLength === scratch.length) {
        const bigger = new Int32Array(scratch.length * 2);
        bigger.set(scratch);
        scratch = bigger;
      }
      scratch[scratchLength++] = x;
      for (let k = eps.start[x]!, e = eps.start[x + 1]!; k < e; k++) {
        const y = eps.items[k]!;
        if (seen[y] !== stamp) {
          seen[y] = stamp;
          stack.push(y);
        }
      }
    }
  };

  // DFA states: their automaton states (sorted) and outputs, in pools.
  let dCount = 0;
  const dNodes = new IntList(1 << 16);
  const dNodeStart = new IntList(1024);
  const dOuts = new IntList(1024);
  const dOutStart = new IntList(1024);
  const dHash = new IntList(1024);
  // Sets to DFA states: open addressing on the set's hash, holding DFA state + 1 (0 = empty).
  let setTable = new Int32Array(1 << 12);
  // Moves: open addressing on (DFA state, token id), holding the target (DEAD for none).
  let moveKeyD = new Int32Array(1 << 14).fill(-1);
  let moveKeyT = new Int32Array(1 << 14);
  let moveVal = new Int32Array(1 << 14);
  let moveCount = 0;
  // The start state's moves, by token id + 2 (dense: it is asked once per token of the text).
  const startMoves = new Int32Array(tokenCount + 2).fill(UNKNOWN);
  const outSeen = new Int32Array(values.length);
  let outStamp = 0;

  const hashOf = (a: Int32Array, from: number, to: number): number => {
    let h = 0x811c9dc5 | 0;
    for (let k = from; k < to; k++) h = Math.imul(h ^ a[k]!, 0x01000193);
    return h;
  };
  const sameSet = (d: number, a: Int32Array, n: number): boolean => {
    const s = dNodeStart.a[d]!;
    if (dNodeStart.a[d + 1]! - s !== n) return false;
    const pool = dNodes.a;
    for (let k = 0; k < n; k++) if (pool[s + k] !== a[k]) return false;
    return true;
  };
  /** The DFA state of the automaton states in scratch (sorted here), made if new. */
  const dstate = (): number => {
    const n = scratchLength;
    if (!n) return DEAD;
    const set = scratch.subarray(0, n).sort();
    const h = hashOf(set, 0, n);
    const mask = setTable.length - 1;
    let slot = h & mask;
    for (let d = setTable[slot]!; d !== 0; d = setTable[(slot = (slot + 1) & mask)]!) {
      if (dHash.a[d - 1] === h && sameSet(d - 1, set, n)) return d - 1;
    }
    const d = dCount++;
    for (let k = 0; k < n; k++) dNodes.push(set[k]!);
    dNodeStart.push(dNodes.length);
    outStamp++;
    for (let k = 0; k < n; k++) {
      const x = set[k]!;
      for (let o = outs.start[x]!, e = outs.start[x + 1]!; o < e; o++) {
        const v = outs.items[o]!;
        if (outSeen[v] !== outStamp) {
          outSeen[v] = outStamp;
          dOuts.push(v);
        }
      }
    }
    dOutStart.push(dOuts.length);
    dHash.push(h);
    setTable[slot] = d + 1;
    if (dCount * 2 > setTable.length) {
      const bigger = new Int32Array(setTable.length * 2);
      const m = bigger.length - 1;
      for (let i = 0; i < dCount; i++) {
        let s = dHash.a[i]! & m;
        while (bigger[s] !== 0) s = (s + 1) & m;
        bigger[s] = i + 1;
      }
      setTable = bigger;
    }
    return d;
  };
  const reset = (): void => {
    dCount = 0;
    dNodes.length = dOuts.length = dHash.length = 0;
    dNodeStart.length = dOutStart.length = 1;
    setTable.fill(0);
    moveKeyD.fill(-1);
    moveCount = 0;
    startMoves.fill(UNKNOWN);
    stamp++;
    scratchLength = 0;
    closure(root);
    dstate(); // the start state, 0
  };
  dNodeStart.push(0);
  dOutStart.push(0);
  reset();

  /** The move from DFA state d on token id t, computed from the automaton. */
  const compute = (d: number, t: number): number => {
    stamp++;
    scratchLength = 0;
    const num = t === OTHER_NUMBER || (t >= 0 && numeric[t] === 1);
    const nodes = dNodes.a;
    for (let k = dNodeStart.a[d]!, e = dNodeStart.a[d + 1]!; k < e; k++) {
      const s = nodes[k]!;
      if (t >= 0) {
        // Binary search for the first move on t, then take every move on t.
        let lo = tokStart[s]!;
        let hi = tokStart[s + 1]!;
        while (lo < hi) {
          const mid = (lo + hi) >> 1;
          if (tokId[mid]! < t) lo = mid + 1;
          else hi = mid;
        }
        for (const end = tokStart[s + 1]!; lo < end && tokId[lo] === t; lo++) closure(tokTo[lo]!);
      }
      if (d !== 0) for (let m = anyMoves.start[s]!, e2 = anyMoves.start[s + 1]!; m < e2; m++) closure(anyMoves.items[m]!);
      if (num) for (let m = numMoves.start[s]!, e2 = numMoves.start[s + 1]!; m < e2; m++) closure(numMoves.items[m]!);
    }
    return dstate();
  };
  const step = (d: number, t: number): number => {
    if (d === 0) {
      let r = startMoves[t + 2]!;
      if (r === UNKNOWN) startMoves[t + 2] = r = compute(0, t);
      return r;
    }
    const mask = moveKeyD.length - 1;
    let slot = (Math.imul(d, 0x9e3779b1) ^ Math.imul(t + 2, 0x85ebca6b)) & mask;
    for (;;) {
      const kd = moveKeyD[slot]!;
      if (kd === -1) break;
      if (kd === d && moveKeyT[slot] === t) return moveVal[slot]!;
      slot = (slot + 1) & mask;
    }
    const r = compute(d, t);
    moveKeyD[slot] = d;
    moveKeyT[slot] = t;
    moveVal[slot] = r;
    if (++moveCount * 2 > moveKeyD.length) {
      const n = moveKeyD.length * 2;
      const kd2 = new Int32Array(n).fill(-1);
      const kt2 = new Int32Array(n);
      const v2 = new Int32Array(n);
      const m2 = n - 1;
      for (let i = 0; i < moveKeyD.length; i++) {
        const kd = moveKeyD[i]!;
        if (kd === -1) continue;
        const kt = moveKeyT[i]!;
        let s = (Math.imul(kd, 0x9e3779b1) ^ Math.imul(kt + 2, 0x85ebca6b)) & m2;
        while (kd2[s] !== -1) s = (s + 1) & m2;
        kd2[s] = kd;
        kt2[s] = kt;
        v2[s] = moveVal[i]!;
      }
      moveKeyD = kd2;
      moveKeyT = kt2;
      moveVal = v2;
    }
    return r;
  };

  let tokenIds = new Int32Array(256);
  const match = (tokens: Token[]): Array<Match<T>> => {
    const found: Array<Match<T>> = [];
    const n = tokens.length;
    if (dCount >= MAX_DSTATES) reset();
    // Each token's id, looked up once.
    if (tokenIds.length < n) tokenIds = new Int32Array(Math.max(n, tokenIds.length * 2));
    for (let i = 0; i < n; i++) {
      const norm = tokens[i]!.norm;
      const id = ids.get(norm);
      tokenIds[i] = id !== undefined ? id : isNumber(norm) ? OTHER_NUMBER : OTHER_WORD;
    }
    for (let i = 0; i < n; i++) {
      const sentence = tokens[i]!.sentence;
      let d = step(0, tokenIds[i]!);
      let j = i;
      while (d !== DEAD) {
        for (let k = dOutStart.a[d]!, e = dOutStart.a[d + 1]!; k < e; k++) found.push({ value: values[dOuts.a[k]!]!, startTok: i, endTok: j + 1 });
        j++;
        if (j >= n || tokens[j]!.sentence !== sentence) break;
        d = step(d, tokenIds[j]!);
      }
    }
    return found;
  };
  releaseCompileCaches();
  return { values, states, match };
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
