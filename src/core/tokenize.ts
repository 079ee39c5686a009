/**
 * Sentence and word tokenizer over one block's prose. Offsets always point into the block's own
 * text (UTF-16, exactly as JS strings index): normalisation only changes a token's `norm`, never
 * where it is. Contractions expand into several tokens that share the contraction's span, so
 * "don't contact me" and "do not contact me" look the same to the matcher.
 */
import { keepShape } from './keep-shape';

export interface Token {
  /** Normalised form: lower case, straight apostrophe, NFKC, no diacritics. */
  norm: string;
  /** [start, end) in the block's text. */
  start: number;
  end: number;
  /** Index of the sentence the token belongs to. */
  sentence: number;
  /** True when the token is all upper case in the source (and has ≥ 2 letters). */
  upper: boolean;
  /** True for the first token of a sentence. */
  first: boolean;
}

/**
 * Tokens (and sentences) are made by the ten thousand: as instances of one class rather than
 * object literals, they cost the allocator and the garbage collector noticeably less.
 */
class WordToken implements Token {
  first = false;
  constructor(
    public norm: string,
    public start: number,
    public end: number,
    public sentence: number,
    public upper: boolean,
  ) {}
}
keepShape(new WordToken('', 0, 0, 0, false)); // so optimised code survives a full GC (see keep-shape.ts)

export interface Sentence {
  start: number;
  end: number;
  /** Index of the first token and one past the last. */
  tokenStart: number;
  tokenEnd: number;
}

class TokenSentence implements Sentence {
  tokenStart = 0;
  tokenEnd = 0;
  constructor(
    public start: number,
    public end: number,
  ) {}
}
keepShape(new TokenSentence(0, 0));

export interface Tokenized {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
  /** [start, end) ranges of text inside double quotes (straight or curly) in the block. */
  quotes: Array<[number, number]>;
}

// Words: a letter or digit, then letters, marks and digits, with internal apostrophes ("don't",
// "o'brien"); as a pattern, /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’ʼ‘][\p{L}\p{M}]+)*/u. The
// tokenizer scans for them character by character (wordStartFrom, wordEnd), which makes no match objects.
const OTHER = 0;
const LETTER = 1;
const MARK = 2;
const DIGIT = 3;
const charKinds = new Map<number, number>();

/** Letter, mark, digit or other, by Unicode general category (\p{L}, \p{M}, \p{N}). */
function charKind(cp: number): number {
  if (cp < 128) return (cp >= 97 && cp <= 122) || (cp >= 65 && cp <= 90) ? LETTER : cp >= 48 && cp <= 57 ? DIGIT : OTHER;
  let kind = charKinds.get(cp);
  if (kind === undefined) {
    const ch = String.fromCodePoint(cp);
    kind = /\p{L}/u.test(ch) ? LETTER : /\p{M}/u.test(ch) ? MARK : /\p{N}/u.test(ch) ? DIGIT : OTHER;
    charKinds.set(cp, kind);
  }
  return kind;
}

function isApostrophe(code: number): boolean {
  return code === 0x27 || code === 0x2019 || code === 0x2bc || code === 0x2018;
}

/** Index just past the run of characters from `i` whose kind is accepted. */
function skipKinds(text: string, i: number, accept: (kind: number) => boolean): number {
  while (i < text.length) {
    const cp = text.codePointAt(i)!;
    if (!accept(charKind(cp))) break;
    i += cp > 0xffff ? 2 : 1;
  }
  return i;
}
const wordChar = (k: number) => k !== OTHER;
const letterOrMark = (k: number) => k === LETTER || k === MARK;
const wordStart = (k: number) => k === LETTER || k === DIGIT;

/** Where the next word starts, at or after `from` (text.length when there is none). */
function wordStartFrom(text: string, from: number): number {
  let i = from;
  while (i < text.length) {
    const cp = text.codePointAt(i)!;
    if (wordStart(charKind(cp))) break;
    i += cp > 0xffff ? 2 : 1;
  }
  return i;
}

/** Where the word starting at `start` ends. */
function wordEnd(text: string, start: number): number {
  let end = skipKinds(text, start, wordChar);
  // Each apostrophe followed by letters continues the word.
  while (end + 1 < text.length && isApostrophe(text.charCodeAt(end)) && letterOrMark(charKind(text.codePointAt(end + 1)!))) {
    end = skipKinds(text, end + 1, letterOrMark);
  }
  return end;
}

const letterOrDigit = (k: number) => k === LETTER || k === DIGIT;
const letter = (k: number) => k === LETTER;

/**
 * How many times the pattern [\p{L}\p{N}]+(?:['’][\p{L}]+)* matches in the text (globally, with
 * the u flag): the word count of stats and the checklist, simpler than the tokenizer's words (a
 * mark splits a word). Counted by scanning, without a string per word.
 */
export function countWordsIn(text: string): number {
  let n = 0;
  for (let i = wordStartFrom(text, 0); i < text.length; i = wordStartFrom(text, i)) {
    n++;
    i = skipKinds(text, i, letterOrDigit);
    while (i + 1 < text.length && (text.charCodeAt(i) === 0x27 || text.charCodeAt(i) === 0x2019) && charKind(text.codePointAt(i + 1)!) === LETTER) {
      i = skipKinds(text, i + 1, letter);
    }
  }
  return n;
}

const ASCII = /^[ -~]*$/;
const MARKS = /\p{M}+/gu;

/** Lower-cases and folds odd Unicode (fullwidth, ligatures, accents, curly apostrophes). */
export function normalizeWord(raw: string): string {
  let w = raw;
  if (!ASCII.test(w)) w = w.normalize('NFKD').replace(MARKS, '').normalize('NFKC').replace(/[’ʼ‘]/g, "'");
  return w.toLowerCase();
}

const PRONOUN_IS = new Set(['it', 'that', 'what', 'who', 'there', 'here', 'he', 'she', 'where', 'how', 'this', 'everything', 'nothing', 'something', 'everyone', 'nobody', 'someone', 'which', 'why', 'when']);

const IRREGULAR_LIST: Record<string, string[]> = {
  "won't": ['will', 'not'],
  "can't": ['can', 'not'],
  "shan't": ['shall', 'not'],
  "ain't": ['is', 'not'],
  "let's": ['let', 'us'],
  "y'all": ['you', 'all'],
  "ma'am": ["ma'am"],
  "o'clock": ["o'clock"],
  gonna: ['going', 'to'],
  wanna: ['want', 'to'],
  gotta: ['got', 'to'],
  cannot: ['can', 'not'],
  dont: ['do', 'not'],
  doesnt: ['does', 'not'],
  didnt: ['did', 'not'],
  wont: ['will', 'not'],
  cant: ['can', 'not'],
  im: ['i', 'am'],
  ive: ['i', 'have'],
  youre: ['you', 'are'],
  wouldnt: ['would', 'not'],
  couldnt: ['could', 'not'],
  shouldnt: ['should', 'not'],
  isnt: ['is', 'not'],
  arent: ['are', 'not'],
  wasnt: ['was', 'not'],
  werent: ['were', 'not'],
  havent: ['have', 'not'],
  hasnt: ['has', 'not'],
  thats: ['that', 'is'],
  theres: ['there', 'is'],
  whats: ['what', 'is'],
  youve: ['you', 'have'],
  youll: ['you', 'will'],
  theyre: ['they', 'are'],
  theyve: ['they', 'have'],
  wouldve: ['would', 'have'],
  couldve: ['could', 'have'],
  shouldve: ['should', 'have'],
  // Texting spellings.
  u: ['you'],
  ur: ['your'],
  thx: ['thanks'],
};

/** Expands a normalised word into the tokens it stands for ("you're" → you are). */
const IRREGULAR = new Map(Object.entries(IRREGULAR_LIST));

export function expand(norm: string): string[] {
  const irr = IRREGULAR.get(norm);
  if (irr) return irr;
  const q = norm.indexOf("'");
  if (q <= 0) return [norm];
  const head = norm.slice(0, q);
  const tail = norm.slice(q + 1);
  switch (tail) {
    case 't':
      if (head.endsWith('n')) return [head.slice(0, -1), 'not'];
      return [norm];
    case 're':
      return [head, 'are'];
    case 've':
      return [head, 'have'];
    case 'll':
      return [head, 'will'];
    case 'd':
      return [head, 'would'];
    case 'm':
      return [head, 'am'];
    case 's':
      return PRONOUN_IS.has(head) ? [head, 'is'] : [head, "'s"];
    default:
      return [norm];
  }
}

const ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'jr', 'sr', 'vs', 'etc', 'e.g', 'i.e', 'inc', 'ltd', 'co', 'corp', 'no', 'approx', 'dept', 'p.m', 'a.m', 'u.s', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);

// Patterns the sentence splitter tests character by character (made once, not per test).
const CLOSER = /["'”’)\]*_]/;
const SPACE = /\s/;
const LETTER_OR_DOT = /[\p{L}.]/u;
const ONE_LETTER = /^\p{L}$/u;
const LOWER_CASE = /\p{Ll}/u;
const TERM = /[.!?…]+|\n\s*\n/g;
const QUOTED = /"([^"\n]*)"|“([^”\n]*)”/g;

/** Is the [.!?…] run at `i` the end of a sentence? */
function endsSentence(text: string, i: number, runEnd: number): boolean {
  const ch = text[i]!;
  // Closing quotes/brackets may follow the terminator.
  let j = runEnd;
  while (j < text.length && CLOSER.test(text[j]!)) j++;
  if (j < text.length && !SPACE.test(text[j]!)) return false;
  if (ch === '.' && runEnd - i === 1) {
    // Abbreviation or initial before the dot?
    let k = i;
    while (k > 0 && LETTER_OR_DOT.test(text[k - 1]!)) k--;
    const word = text.slice(k, i).toLowerCase();
    if (ABBREVIATIONS.has(word) || ONE_LETTER.test(word)) return false;
    // A dot followed by a lower-case word rarely ends a sentence.
    let n = j;
    while (n < text.length && SPACE.test(text[n]!)) n++;
    if (n < text.length && LOWER_CASE.test(text[n]!)) return false;
  }
  return true;
}

/** Adds the sentence text[start, end), trimmed, unless it is blank. */
function pushSentence(text: string, sentences: Sentence[], start: number, end: number): void {
  let s = start;
  while (s < end && SPACE.test(text[s]!)) s++;
  let e = end;
  while (e > s && SPACE.test(text[e - 1]!)) e--;
  if (e > s) sentences.push(new TokenSentence(s, e));
}

/** Normalised, expanded forms of words already seen (words repeat a lot in prose). */
const WORD_CACHE = new Map<string, { parts: string[]; upper: boolean }>();

/** Tokenizes one block's prose into sentences and normalised word tokens. */
export function tokenize(text: string): Tokenized {
  const sentences: Sentence[] = [];
  const tokens: Token[] = [];
  // 1. Sentence boundaries: after [.!?…] runs, and at blank-line or list-like line breaks.
  const bounds: number[] = [];
  let m: RegExpExecArray | null;
  TERM.lastIndex = 0;
  while ((m = TERM.exec(text))) {
    const end = m.index + m[0].length;
    if (m[0].startsWith('\n') || endsSentence(text, m.index, end)) {
      let j = end;
      while (j < text.length && CLOSER.test(text[j]!)) j++;
      bounds.push(j);
    }
  }
  let sStart = 0;
  for (const b of bounds) {
    pushSentence(text, sentences, sStart, b);
    sStart = b;
  }
  pushSentence(text, sentences, sStart, text.length);

  // 2. Words, each assigned to its sentence.
  let si = 0;
  for (let start = wordStartFrom(text, 0), end = 0; start < text.length; start = wordStartFrom(text, end)) {
    end = wordEnd(text, start);
    while (si < sentences.length - 1 && start >= sentences[si]!.end) si++;
    const raw = text.slice(start, end);
    let seen = WORD_CACHE.get(raw);
    if (!seen) {
      seen = { parts: expand(normalizeWord(raw)), upper: raw.length >= 2 && raw === raw.toUpperCase() && raw !== raw.toLowerCase() };
      if (WORD_CACHE.size > 50000) WORD_CACHE.clear();
      WORD_CACHE.set(raw, seen);
    }
    for (let k = 0; k < seen.parts.length; k++) tokens.push(new WordToken(seen.parts[k]!, start, end, si, seen.upper));
  }
  // 3. Sentence token ranges.
  let ti = 0;
  for (let s = 0; s < sentences.length; s++) {
    const sent = sentences[s]!;
    while (ti < tokens.length && tokens[ti]!.sentence < s) ti++;
    sent.tokenStart = ti;
    let tj = ti;
    while (tj < tokens.length && tokens[tj]!.sentence === s) tj++;
    sent.tokenEnd = tj;
    if (tj > ti) tokens[ti]!.first = true;
    ti = tj;
  }
  return { text, tokens, sentences, quotes: findQuotes(text) };
}

/** Double-quoted stretches: "…", “…”. Unclosed quotes are ignored. */
function findQuotes(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let m: RegExpExecArray | null;
  QUOTED.lastIndex = 0;
  while ((m = QUOTED.exec(text))) out.push([m.index, m.index + m[0].length]);
  return out;
}
