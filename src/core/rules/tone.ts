/**
 * Phrase-based tone rules: one rule per category (hostile, sarcastic, passive-aggressive, blame,
 * threat, bridge-burning, demanding, desperate, self-deprecating, dwelling, profanity), all fed by
 * ONE compiled matcher over the block's normalised tokens. The matcher and each document's
 * findings are computed once and shared by the category rules.
 */
import type { ProseBlock, ProseDoc } from '../prose';
import type { PoiseOptions, PhraseSpec } from '../options';
import type { Category, ToneCategory } from '../types';
import type { Tokenized, Token } from '../tokenize';
import { ANY, NUM, buildMatcher, compilePattern, isNumber, literalTokens, sequenceAt, type Matcher } from '../matcher';
import { CLASSES } from '../lexicon/en/classes';
import { LEXICONS, MASKED_SWEARS, SCARE_QUOTE_WORDS } from '../lexicon/en/index';
import type { PhraseEntry } from '../lexicon/en/types';
import type { Finding, Rule, RuleContext } from './rule';
import { tokenized } from './structure-util';

/**
 * Guard sequences (spelled out: a broad guard stands for thousands), indexed by one of their
 * tokens so a check looks only at candidates. Kept in typed arrays over token ids: as arrays of
 * strings they were ~95k heap objects, marked again by every major garbage collection.
 */
interface GuardSet {
  /** Number of sequences. */
  size: number;
  /** Key token ids, ascending: the first token (after/sentence/requires) or the last (before). */
  keys: Int32Array;
  /** Sequences of keys[i]: keyStart[i] … keyStart[i + 1] - 1. */
  keyStart: Int32Array;
  /** Sequences whose key token is a gap or a number slot: loose … size - 1. */
  loose: number;
  /** Sequence k's atoms (token ids, ANY_ATOM, NUM_ATOM): atoms[seqStart[k]] … atoms[seqStart[k + 1] - 1]. */
  seqStart: Int32Array;
  atoms: Int32Array;
}

const ANY_ATOM = -1;
const NUM_ATOM = -2;
/** The id of a text token no guard mentions. */
const OTHER_TOKEN = -3;
/** Ids of the tokens guards mention. */
const guardVocabulary = new Map<string, number>();

function atomId(atom: string): number {
  if (atom === ANY) return ANY_ATOM;
  if (atom === NUM) return NUM_ATOM;
  let id = guardVocabulary.get(atom);
  if (id === undefined) guardVocabulary.set(atom, (id = guardVocabulary.size));
  return id;
}

/** Each token's guard id (computed once per block that has a phrase match). */
function guardIds(tokens: Token[]): Int32Array {
  const ids = new Int32Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) ids[i] = guardVocabulary.get(tokens[i]!.norm) ?? OTHER_TOKEN;
  return ids;
}

/** Does sequence k of the set occur at token `at`? (The caller checks it fits.) */
function seqAt(tokens: Token[], ids: Int32Array, at: number, g: GuardSet, k: number): boolean {
  for (let a = g.seqStart[k]!, e = g.seqStart[k + 1]!, p = at; a < e; a++, p++) {
    const x = g.atoms[a]!;
    if (x === ANY_ATOM) continue;
    if (x === NUM_ATOM ? !isNumber(tokens[p]!.norm) : x !== ids[p]) return false;
  }
  return true;
}

/** Index in g.keys of the token id, or -1. */
function keyIndex(g: GuardSet, id: number): number {
  if (id < 0) return -1;
  let lo = 0;
  let hi = g.keys.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (g.keys[mid]! < id) lo = mid + 1;
    else hi = mid;
  }
  return lo < g.keys.length && g.keys[lo] === id ? lo : -1;
}

const seqLength = (g: GuardSet, k: number) => g.seqStart[k + 1]! - g.seqStart[k]!;

interface Compiled {
  category: Category;
  entry: PhraseEntry;
  before: GuardSet;
  after: GuardSet;
  sentence: GuardSet;
  requires: GuardSet;
  user: boolean;
}

interface Hit {
  category: Category;
  compiled: Compiled;
  block: ProseBlock;
  start: number;
  end: number;
  sentence: number;
  tokens: number;
}

const OPENERS = new Set(compilePattern('@opener', CLASSES).map((s) => s.join(' ')));

const EMPTY_GUARDS: GuardSet = { size: 0, keys: new Int32Array(0), keyStart: new Int32Array(1), loose: 0, seqStart: new Int32Array(1), atoms: new Int32Array(0) };

function guardSet(patterns: string[] | undefined, byLast = false): GuardSet {
  if (!patterns?.length) return EMPTY_GUARDS;
  const list = patterns.flatMap((p) => compilePattern(p, CLASSES)).filter((s) => s.length > 0);
  if (!list.length) return EMPTY_GUARDS;
  // Keyed sequences grouped by key id (ascending), then the loose ones.
  const keyOf = list.map((seq) => atomId(byLast ? seq[seq.length - 1]! : seq[0]!));
  const order = Array.from(list.keys()).sort((x, y) => {
    const kx = keyOf[x]!;
    const ky = keyOf[y]!;
    return (kx < 0 ? 1 : 0) - (ky < 0 ? 1 : 0) || kx - ky || x - y;
  });
  const seqStart = new Int32Array(list.length + 1);
  const atoms = new Int32Array(list.reduce((n, seq) => n + seq.length, 0));
  const keys: number[] = [];
  const keyStart: number[] = [];
  let loose = list.length;
  let n = 0;
  order.forEach((x, k) => {
    const key = keyOf[x]!;
    if (key < 0) loose = Math.min(loose, k);
    else if (keys[keys.length - 1] !== key) {
      keys.push(key);
      keyStart.push(k);
    }
    seqStart[k] = n;
    for (const atom of list[x]!) atoms[n++] = atomId(atom);
  });
  seqStart[list.length] = n;
  keyStart.push(loose);
  return { size: list.length, keys: Int32Array.from(keys), keyStart: Int32Array.from(keyStart), loose, seqStart, atoms };
}

function compileEntry(category: Category, entry: PhraseEntry, user: boolean): Compiled {
  return {
    category,
    entry,
    before: guardSet(entry.unless?.before, true),
    after: guardSet(entry.unless?.after),
    sentence: guardSet(entry.unless?.sentence),
    requires: guardSet(entry.requires),
    user,
  };
}

/** Turns a user phrase into a pattern: its literal tokens only (never a regex, never pattern syntax). */
function userEntry(spec: PhraseSpec): { patterns: string[]; compiled: Compiled } | null {
  const toks = literalTokens(spec.phrase);
  if (!toks.length) return null;
  const entry: PhraseEntry = {
    patterns: [toks.join(' ')],
    reason: `"${spec.phrase}" is on your list of phrases to avoid.`,
    inQuotes: true,
    inline: true,
    ...(spec.note ? { note: spec.note } : {}),
    ...(spec.suggestions ? { suggestions: spec.suggestions } : {}),
  };
  return { patterns: entry.patterns, compiled: compileEntry(spec.category, entry, true) };
}

const matcherCache = new Map<string, Matcher<Compiled>>();

/** The one matcher for this options set (built once and cached; user phrases join the same trie). */
export function getMatcher(phrases: PhraseSpec[]): Matcher<Compiled> {
  const key = phrases.length ? JSON.stringify(phrases.map((p) => [p.phrase, p.category, p.note, p.suggestions])) : '';
  let m = matcherCache.get(key);
  if (m) return m;
  const entries: Array<{ patterns: string[]; value: Compiled }> = [];
  for (const lex of LEXICONS) {
    for (const e of lex.entries) entries.push({ patterns: e.patterns, value: compileEntry(lex.category, e, false) });
  }
  for (const p of phrases) {
    const u = userEntry(p);
    if (u) entries.push({ patterns: u.patterns, value: u.compiled });
  }
  m = buildMatcher(entries, CLASSES);
  if (matcherCache.size > 16) matcherCache.clear();
  matcherCache.set(key, m);
  return m;
}

/** Does a sequence of the set start at `at` (ending by `ceil`)? */
function startsAt(tokens: Token[], ids: Int32Array, at: number, ceil: number, g: GuardSet): boolean {
  if (!g.size || at >= ceil) return false;
  const i = keyIndex(g, ids[at]!);
  if (i >= 0) {
    for (let k = g.keyStart[i]!, e = g.keyStart[i + 1]!; k < e; k++) if (at + seqLength(g, k) <= ceil && seqAt(tokens, ids, at, g, k)) return true;
  }
  for (let k = g.loose; k < g.size; k++) if (at + seqLength(g, k) <= ceil && seqAt(tokens, ids, at, g, k)) return true;
  return false;
}

/** Does any sequence of the set occur in tokens[from, to)? */
function anyAt(tokens: Token[], ids: Int32Array, from: number, to: number, g: GuardSet): boolean {
  for (let p = from; p < to; p++) if (startsAt(tokens, ids, p, to, g)) return true;
  return false;
}

/** Does a sequence of the set end right before `at` (not before `floor`)? */
function endsAt(tokens: Token[], ids: Int32Array, floor: number, at: number, g: GuardSet): boolean {
  if (!g.size || at <= floor) return false;
  const i = keyIndex(g, ids[at - 1]!);
  if (i >= 0) {
    for (let k = g.keyStart[i]!, e = g.keyStart[i + 1]!; k < e; k++) {
      const len = seqLength(g, k);
      if (at - len >= floor && seqAt(tokens, ids, at - len, g, k)) return true;
    }
  }
  for (let k = g.loose; k < g.size; k++) {
    const len = seqLength(g, k);
    if (at - len >= floor && seqAt(tokens, ids, at - len, g, k)) return true;
  }
  return false;
}

/** Does the sentence, before token `at`, hold only openers ("so", "well", "oh")? */
function onlyOpenersBefore(tk: Tokenized, first: number, at: number): boolean {
  if (at - first > 3) return false;
  for (let i = first; i < at; i++) if (!OPENERS.has(tk.tokens[i]!.norm)) return false;
  return true;
}

function passes(c: Compiled, tk: Tokenized, ids: Int32Array, startTok: number, endTok: number): boolean {
  const tokens = tk.tokens;
  const sent = tk.sentences[tokens[startTok]!.sentence]!;
  const e = c.entry;
  if ((e.start || e.alone) && !onlyOpenersBefore(tk, sent.tokenStart, startTok)) return false;
  if ((e.end || e.alone) && endTok !== sent.tokenEnd) return false;
  if (e.lowercaseOnly && startTok !== sent.tokenStart) {
    const ch = tk.text[tokens[startTok]!.start]!;
    if (ch !== ch.toLowerCase()) return false;
  }
  if (!e.inQuotes) {
    const s = tokens[startTok]!.start;
    const en = tokens[endTok - 1]!.end;
    for (const [qs, qe] of tk.quotes) {
      if (s > qs && en < qe && tk.text.slice(qs, qe).split(/\s+/).length >= 4) return false;
    }
  }
  if (endsAt(tokens, ids, sent.tokenStart, startTok, c.before)) return false;
  if (startsAt(tokens, ids, endTok, sent.tokenEnd, c.after)) return false;
  if (c.sentence.size && anyAt(tokens, ids, sent.tokenStart, sent.tokenEnd, c.sentence)) return false;
  if (c.requires.size && !anyAt(tokens, ids, sent.tokenStart, sent.tokenEnd, c.requires)) return false;
  return true;
}

/** Token ranges [start, end) where an allowed phrase occurs. */
function allowedRanges(tokens: Token[], allow: string[][]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const a of allow) {
    for (let i = 0; i + a.length <= tokens.length; i++) if (sequenceAt(tokens, i, a)) out.push([i, i + a.length]);
  }
  return out;
}

function allowedSpan(text: string, allow: string[][]): boolean {
  if (!allow.length) return false;
  const toks = literalTokens(text);
  for (const a of allow) {
    outer: for (let i = 0; i + a.length <= toks.length; i++) {
      for (let k = 0; k < a.length; k++) if (toks[i + k] !== a[k]) continue outer;
      return true;
    }
  }
  return false;
}

// Masked swears: letters mixed with *, #, @, $, !, %, or digits standing for letters.
const MASK_CANDIDATE = /(?<![\p{L}\p{N}*#@$%])[\p{L}*#@$%!][\p{L}*#@$%!01345]{1,10}(?<![!])/gu;
const MASK_CHAR = /[*#@$%!]/;
const LEET: Record<string, string> = { $: 's', '@': 'a', '!': 'i', '1': 'i', '0': 'o', '3': 'e', '4': 'a', '5': 's' };

function maskedSwear(word: string): boolean {
  const w = word.toLowerCase();
  if (!/[*#@$%!0-9]/.test(w) || !/\p{L}/u.test(w)) return false;
  if (/^[*#@$%!]+$/.test(w)) return false;
  for (const swear of MASKED_SWEARS) {
    if (swear.length !== w.length) continue;
    let ok = true;
    let letters = 0;
    for (let i = 0; i < w.length && ok; i++) {
      const ch = w[i]!;
      if (ch === '*' || ch === '#' || ch === '%') continue;
      const l = LEET[ch] ?? ch;
      if (l === swear[i]) {
        if (/\p{L}/u.test(ch)) letters++;
      } else if (ch === '@' || ch === '$' || ch === '!') {
        // A symbol that does not stand for this letter still masks it.
      } else ok = false;
    }
    // The first letter must be a real letter or a look-alike, so "****" alone is not enough.
    const head = LEET[w[0]!] ?? w[0]!;
    if (ok && head === swear[0] && (letters >= 1 || w[0] === '$')) return true;
  }
  return false;
}

function* maskedHits(block: ProseBlock): Generator<[number, number]> {
  const text = block.text;
  if (!MASK_CHAR.test(text)) return;
  MASK_CANDIDATE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = MASK_CANDIDATE.exec(text))) {
    let word = m[0];
    // A trailing "!" is punctuation ("sh!t!"), not a mask.
    while (word.endsWith('!') && word.length > 1) word = word.slice(0, -1);
    if (maskedSwear(word)) yield [m.index, m.index + word.length];
  }
}

const SCARE = new Set(SCARE_QUOTE_WORDS);

/** Function words a highlight should not end on. */
const TRAILING = new Set(['the', 'a', 'an', 'of', 'about', 'to', 'for', 'my', 'your', 'our', 'their', 'his', 'her', 'with', 'that', 'on', 'in', 'by', 'from', 'and', 'or', 'as', 'at', 'if', 'than', 'this']);

const REPORTED = /\b(?:says|said|say|states|stated|reads|read|called|calls|mentions|mentioned|lists|listed|wrote|writes|uses|used|word|term|phrase|label)\s*[:,]?\s*$/i;

/** Short scare-quoted praise ("the "competitive" offer") reads as sarcasm. */
function* scareQuotes(tk: Tokenized): Generator<[number, number]> {
  for (const [qs, qe] of tk.quotes) {
    const inner = tk.text.slice(qs + 1, qe - 1);
    const words = literalTokens(inner);
    if (!words.length || words.length > 2) continue;
    // Reported words ("the posting says "flexible"", "the word "senior"") are a citation, not a sneer.
    if (REPORTED.test(tk.text.slice(Math.max(0, qs - 24), qs))) continue;
    if (words.some((w) => SCARE.has(w))) yield [qs, qe];
  }
}

function capitalize(s: string, upper: boolean): string {
  if (!s) return s;
  if (upper) return s[0]!.toUpperCase() + s.slice(1);
  if (/^I\b/.test(s)) return s;
  return s[0]!.toLowerCase() + s.slice(1);
}

const NO_RANGES: Array<[number, number]> = [];

/** Keeps the best hit per (category, sentence): the longest, then the earliest; user phrases win ties. */
function consider(best: Map<string, Hit>, allow: string[][], allowRanges: Array<[number, number]>, tk: Tokenized, h: Hit): void {
  if (allowedSpan(h.block.text.slice(h.start, h.end), allow)) return;
  // A match that overlaps an allowed phrase is skipped too ("per my last" inside "per my last email").
  for (const [s, e] of allowRanges) if (tk.tokens[s]!.start < h.end && tk.tokens[e - 1]!.end > h.start) return;
  const key = `${h.category}\u0000${h.sentence}`;
  const old = best.get(key);
  if (!old || h.tokens > old.tokens || (h.tokens === old.tokens && h.start < old.start)) best.set(key, h);
}

function addFinding(byCategory: Map<Category, Finding[]>, cat: Category, f: Finding): void {
  let list = byCategory.get(cat);
  if (!list) byCategory.set(cat, (list = []));
  list.push(f);
}

interface DocFindings {
  byCategory: Map<Category, Finding[]>;
}

const docCache = new WeakMap<ProseDoc, { options: PoiseOptions; result: DocFindings }>();

const NO_ALLOW: string[][] = [];

/**
 * The tokens of each allowed phrase (empty ones dropped). A plain loop: the map/filter chain it
 * replaces sent phraseFindings, a large function that is slow to optimise, back to the interpreter
 * ("wrong map" on the arrays it made).
 */
function allowTokens(allow: readonly string[] | undefined): string[][] {
  if (!allow?.length) return NO_ALLOW;
  const tokens: string[][] = [];
  for (const a of allow) {
    const t = literalTokens(a);
    if (t.length) tokens.push(t);
  }
  return tokens;
}

/** All phrase findings for a document, grouped by category (computed once per document and options). */
export function phraseFindings(doc: ProseDoc, options: PoiseOptions): DocFindings {
  const cached = docCache.get(doc);
  if (cached && cached.options === options) return cached.result;
  const matcher = getMatcher(options.phrases ?? []);
  const allow = allowTokens(options.allow);
  const byCategory = new Map<Category, Finding[]>();

  for (const block of doc.blocks) {
    const tk = tokenized(block); // shared with the structural rules: one tokenisation per block
    // Best hit per (category, sentence): the longest, then the earliest; user phrases win ties.
    const best = new Map<string, Hit>();
    const allowRanges = allow.length ? allowedRanges(tk.tokens, allow) : NO_RANGES;
    let ids: Int32Array | undefined;
    for (const m of matcher.match(tk.tokens)) {
      if (!passes(m.value, tk, (ids ??= guardIds(tk.tokens)), m.startTok, m.endTok)) continue;
      // Without rewrites, the highlight ends on a content word, not on "the", "of", "about".
      if (!m.value.entry.suggestions?.length) {
        while (m.endTok - m.startTok > 2 && TRAILING.has(tk.tokens[m.endTok - 1]!.norm)) m.endTok--;
      }
      const si = tk.tokens[m.startTok]!.sentence;
      const sent = tk.sentences[si]!;
      const whole = m.value.entry.span === 'sentence';
      consider(best, allow, allowRanges, tk, {
        category: m.value.category,
        compiled: m.value,
        block,
        start: whole ? sent.start : tk.tokens[m.startTok]!.start,
        end: whole ? sent.end : tk.tokens[m.endTok - 1]!.end,
        sentence: si,
        tokens: m.endTok - m.startTok + (m.value.user ? 100 : 0),
      });
    }
    for (const [s, e] of maskedHits(block)) {
      const si = sentenceAt(tk, s);
      consider(best, allow, allowRanges, tk, { category: 'profanity', compiled: MASKED, block, start: s, end: e, sentence: si, tokens: 1 });
    }
    for (const [s, e] of scareQuotes(tk)) {
      consider(best, allow, allowRanges, tk, { category: 'sarcastic', compiled: SCARE_ENTRY, block, start: s, end: e, sentence: sentenceAt(tk, s), tokens: 1 });
    }
    for (const h of best.values()) {
      const e = h.compiled.entry;
      const sent = tk.sentences[h.sentence];
      const atStart = sent !== undefined && h.start <= sent.start;
      // A rewrite replaces the span, so it is offered only when the span is a whole clause.
      const after = block.text.slice(h.end).match(/^\s*(.?)/u)?.[1] ?? '';
      const clauseEnd = after === '' || /[,;:.!?)\]…—–"”]/u.test(after);
      const expected = clauseEnd || e.inline ? (e.suggestions ?? []).slice(0, 3).map((s) => capitalize(s, atStart)) : [];
      // Two literals rather than `...(e.note ? { note } : {})`: a spread builds its shape by
      // transitions, which V8 holds weakly, so a full GC with no finding alive dropped the shape
      // and the optimised code that relied on it ("weak objects" deopts every analysis).
      addFinding(
        byCategory,
        h.category,
        e.note
          ? { block, start: h.start, end: h.end, reason: e.reason, note: e.note, expected, category: h.category }
          : { block, start: h.start, end: h.end, reason: e.reason, expected, category: h.category },
      );
    }
  }
  for (const list of byCategory.values()) list.sort((a, b) => a.block.start - b.block.start || a.start - b.start);
  const result = { byCategory };
  docCache.set(doc, { options, result });
  return result;
}

function sentenceAt(tk: Tokenized, offset: number): number {
  for (let i = 0; i < tk.sentences.length; i++) if (offset < tk.sentences[i]!.end) return i;
  return Math.max(0, tk.sentences.length - 1);
}

const MASKED: Compiled = compileEntry(
  'profanity',
  {
    patterns: [],
    reason: 'A masked swear word is still a swear word.',
    note: 'Asterisks do not soften profanity: the reader fills in the word, and it is what they remember about your message. Say what frustrated you in plain, neutral words, or leave it out.',
    inQuotes: true,
  },
  false,
);

const SCARE_ENTRY: Compiled = compileEntry(
  'sarcastic',
  {
    patterns: [],
    reason: 'Scare quotes around praise read as sarcasm.',
    note: 'Putting the employer\'s own word in quotation marks ("competitive", "more aligned") signals that you think it is a lie. If the offer or the reason disappoints you, say so directly and politely, or simply thank them and move on.',
    inQuotes: true,
  },
  false,
);

/**
 * Reports user phrases (options.phrases) of a category that no phrase rule owns (e.g. hedging):
 * the rule for that category can call this so they appear under its id.
 */
export function reportPhrases(ctx: RuleContext, category: Category): void {
  for (const f of phraseFindings(ctx.doc, ctx.options).byCategory.get(category) ?? []) ctx.report(f);
}

function makeRule(category: ToneCategory, reason: string, note: string): Rule {
  return {
    id: category,
    category,
    severity: 'warning',
    reason,
    note,
    check(ctx) {
      reportPhrases(ctx, category);
    },
  };
}

/** The phrase rules, one per category, in lexicon order. */
export const TONE_RULES: readonly Rule[] = LEXICONS.map((l) => makeRule(l.category, l.reason, l.note));


