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

/** A state of the compiled automaton (a trie whose shared parts are joined by empty moves). */
export interface TrieNode {
  /**
   * Moves on tokens. Most states have a single way on, kept in `tok`/`to`; a state with moves on
   * several tokens keeps them in `next` instead (a Map per state would cost most of the matcher's
   * memory).
   */
  tok?: string;
  to?: TrieNode[];
  next?: Map<string, TrieNode[]>;
  any?: TrieNode[];
  num?: TrieNode[];
  eps?: TrieNode[];
  out?: number[];
  /** Step stamp, so a state is visited once per step. */
  seen: number;
  id: number;
}

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

const node = (id: number): TrieNode => ({ seen: 0, id });

/**
 * Compiles patterns into one automaton without expanding them: every alternative, option, word
 * class and gap becomes a few states, so a broad pattern costs states in proportion to its text,
 * not to the number of sentences it stands for.
 */
class Builder {
  states = 0;
  constructor(private readonly classes: Classes) {}

  new(): TrieNode {
    return node(this.states++);
  }

  edge(from: TrieNode, token: string, to: TrieNode): void {
    if (token === ANY) (from.any ??= []).push(to);
    else if (token === NUM) (from.num ??= []).push(to);
    else {
      if (from.next) {
        const list = from.next.get(token);
        if (list) list.push(to);
        else from.next.set(token, [to]);
      } else if (from.tok === undefined) {
        from.tok = token;
        from.to = [to];
      } else if (from.tok === token) {
        from.to!.push(to);
      } else {
        from.next = new Map([
          [from.tok, from.to!],
          [token, [to]],
        ]);
        from.tok = from.to = undefined;
      }
    }
  }

  join(ends: TrieNode[]): TrieNode {
    if (ends.length === 1) return ends[0]!;
    const j = this.new();
    for (const e of ends) (e.eps ??= []).push(j);
    return j;
  }

  sequence(pattern: string, from: TrieNode, seen: Set<string>): TrieNode {
    let cur = from;
    for (const part of splitTop(pattern, ' ')) cur = this.element(part, cur, seen);
    return cur;
  }

  tokens(list: string[], from: TrieNode): TrieNode {
    let cur = from;
    for (const t of list) {
      const n = this.new();
      this.edge(cur, t, n);
      cur = n;
    }
    return cur;
  }

  element(part: string, from: TrieNode, seen: Set<string>): TrieNode {
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

const IS_NUM = /^\p{N}+$/u;

/**
 * Builds the one matcher from (patterns, value) pairs. Every match is reported (overlaps
 * included); callers choose among them. Matching walks each start token forward through the
 * automaton, within its sentence.
 */
export function buildMatcher<T>(entries: Array<{ patterns: string[]; value: T }>, classes: Classes): Matcher<T> {
  const b = new Builder(classes);
  const root = b.new();
  const values: T[] = [];
  for (const e of entries) {
    const id = values.push(e.value) - 1;
    for (const p of e.patterns) {
      const end = b.sequence(p, root, new Set());
      if (end === root) continue;
      (end.out ??= []).push(id);
    }
  }
  // Matching runs a lazily built DFA over the automaton: each set of automaton states reached so
  // far becomes one DFA state with a cached move per token, so a step is one map lookup.
  let stamp = 1;
  const closure = (n: TrieNode, into: TrieNode[]) => {
    if (n.seen === stamp) return;
    n.seen = stamp;
    into.push(n);
    if (n.eps) for (const e of n.eps) closure(e, into);
  };
  interface DState {
    nodes: TrieNode[];
    out: number[];
    moves: Map<string, DState | null>;
  }
  stamp++;
  const rootNodes: TrieNode[] = [];
  closure(root, rootNodes);
  const start: DState = { nodes: rootNodes, out: [], moves: new Map() };
  const MAX_DSTATES = 50000;
  let dstates = new Map<string, DState>();
  const dstate = (nodes: TrieNode[]): DState | null => {
    if (!nodes.length) return null;
    nodes.sort((x, y) => x.id - y.id);
    const key = nodes.map((n) => n.id).join(',');
    let d = dstates.get(key);
    if (!d) {
      const out = new Set<number>();
      for (const n of nodes) if (n.out) for (const v of n.out) out.add(v);
      d = { nodes, out: [...out], moves: new Map() };
      if (dstates.size >= MAX_DSTATES) {
        dstates = new Map();
        start.moves.clear();
      }
      dstates.set(key, d);
    }
    return d;
  };
  const step = (d: DState, norm: string): DState | null => {
    const cached = d.moves.get(norm);
    if (cached !== undefined) return cached;
    stamp++;
    const next: TrieNode[] = [];
    const num = IS_NUM.test(norm);
    for (const s of d.nodes) {
      const n = s.next ? s.next.get(norm) : s.tok === norm ? s.to : undefined;
      if (n) for (const x of n) closure(x, next);
      if (s.any && d !== start) for (const x of s.any) closure(x, next);
      if (num && s.num) for (const x of s.num) closure(x, next);
    }
    const r = dstate(next);
    d.moves.set(norm, r);
    return r;
  };

  const match = (tokens: Token[]): Array<Match<T>> => {
    const found: Array<Match<T>> = [];
    for (let i = 0; i < tokens.length; i++) {
      const sentence = tokens[i]!.sentence;
      let d = step(start, tokens[i]!.norm);
      let j = i;
      while (d) {
        for (const v of d.out) found.push({ value: values[v]!, startTok: i, endTok: j + 1 });
        j++;
        const tok = tokens[j];
        if (!tok || tok.sentence !== sentence) break;
        d = step(d, tok.norm);
      }
    }
    return found;
  };
  releaseCompileCaches();
  return { values, states: b.states, match };
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
