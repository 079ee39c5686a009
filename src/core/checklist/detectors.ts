import type { ProseBlock, ProseDoc } from '../prose';
import { toSourceRange } from '../prose';
import type { PoiseMessage } from '../types';
import { docSentences, type Sentence } from './sentences';
import { WordGates } from './gates';
import {
  CLOSING,
  COLD_CATEGORIES,
  CONDITIONAL_BEFORE,
  FEEDBACK,
  FEEDBACK_REQUEST_FRAME,
  INTEREST,
  NAME_LINE,
  NAMELESS,
  NEGATION_BEFORE,
  SALUTATION,
  THANKS,
  TO_WHOM,
  WARM,
  type Cue,
  type PhraseSet,
} from './patterns';

/** A stretch of one block's prose that satisfies (or concerns) an item: [start, end) in block.text. */
export interface Hit {
  block: ProseBlock;
  blockIndex: number;
  start: number;
  end: number;
  /** Which cue matched (for tests and hints). */
  cue: string;
}

/** Lower-case, straight quotes; same length as the input so indices carry over. */
export function normalize(s: string): string {
  // Kind inference and every detector read the same sentences: normalise each once.
  let out = normalized.get(s);
  if (out === undefined) {
    out = s.toLowerCase();
    // Most sentences have no curly quote: one scan rules both replacements out.
    if (CURLY.test(out)) out = out.replace(/[’‘ʼ]/g, "'").replace(/[“”„]/g, '"');
    if (normalized.size >= 4096) normalized.clear();
    normalized.set(s, out);
  }
  return out;
}
const normalized = new Map<string, string>();
const CURLY = /[’‘ʼ“”„]/;

/** One pattern that matches wherever one of `res` does, or null when they cannot be joined (differing flags, backreferences, named groups). */
function unionOf(res: readonly RegExp[]): RegExp | null {
  const flags = (re: RegExp) => re.flags.replace(/[gy]/g, '');
  if (!res.length || res.some((re) => flags(re) !== flags(res[0]!) || /\\[1-9k]|\(\?<[^=!]/.test(re.source))) return null;
  return new RegExp(res.map((re) => `(?:${re.source})`).join('|'), flags(res[0]!));
}

/**
 * A phrase set ready to run: its cues with the `g` flag, and a first test that rules out most
 * sentences: the cues' word gates when every cue has one (see gates.ts), else the union of the cues.
 */
interface CompiledSet {
  cues: Array<{ id: string; re: RegExp }>;
  any: RegExp | null;
  gates: WordGates | null;
}
const compiledSets = new WeakMap<PhraseSet, CompiledSet>();

function compiled(set: PhraseSet): CompiledSet {
  let c = compiledSets.get(set);
  if (!c) {
    const gated = set.cues.length > 0 && set.cues.every((cue) => cue.gate);
    c = {
      cues: set.cues.map((cue) => ({ id: cue.id, re: withFlags(cue.re, cue.re.flags.includes('g') ? cue.re.flags : cue.re.flags + 'g') })),
      any: gated ? null : unionOf(set.cues.map((cue) => cue.re)),
      gates: gated ? new WordGates(set.cues.map((cue) => cue.gate!)) : null,
    };
    compiledSets.set(set, c);
  }
  return c;
}

/** For tests: the indices of the cues of `set` whose word gate a normalised sentence passes, or null when the set is not gated. */
export function openCuesOf(set: PhraseSet, normalized: string): number[] | null {
  return compiled(set).gates?.openIn(normalized) ?? null;
}

/** A cue's pattern with the given flags, compiled once (callers reset lastIndex before use). */
const recompiled = new Map<string, WeakMap<RegExp, RegExp>>();
function withFlags(re: RegExp, flags: string): RegExp {
  let byRe = recompiled.get(flags);
  if (!byRe) recompiled.set(flags, (byRe = new WeakMap()));
  let out = byRe.get(re);
  if (!out) byRe.set(re, (out = new RegExp(re.source, flags)));
  out.lastIndex = 0;
  return out;
}

export const MAX_SENTENCE = 1500;

/**
 * Does one of the guards (those named in `only`, when given) match the text? A loop rather than
 * `guards.some((g) => …)`: that arrow would be a new closure per call, whose optimised code V8
 * frees with the last closure at a full GC and then optimises again.
 */
function anyGuardMatches(guards: readonly Cue[], text: string, only: ReadonlySet<string> | null): boolean {
  for (const g of guards) if ((only === null || only.has(g.id)) && g.re.test(text)) return true;
  return false;
}

/** The first cue of the set that matches the sentence and survives its guards, or null. */
export function matchPhrase(set: PhraseSet, sentence: string): { cue: string; index: number; length: number } | null {
  // No real sentence is this long; a run-on paste is read only in part, to keep the cost linear.
  const s = normalize(sentence.length > MAX_SENTENCE ? sentence.slice(0, MAX_SENTENCE) : sentence);
  const { cues, any, gates } = compiled(set);
  // Most sentences hold no cue at all: one test rules them out.
  if (any && !any.test(s)) return null;
  if (gates) {
    gates.read(s);
    let open = false;
    for (let i = 0; i < cues.length && !open; i++) open = gates.isOpen(i);
    if (!open) return null;
  }
  for (let i = 0; i < cues.length; i++) {
    // A cue whose gate is shut cannot match.
    if (gates && !gates.isOpen(i)) continue;
    const { id, re } = cues[i]!;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(s))) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      const at = m.index;
      const negated = set.negatable && NEGATION_BEFORE.test(s.slice(0, at));
      const guarded = anyGuardMatches(set.clauseGuards, s.slice(at), null);
      if (negated || guarded) continue;
      // A sentence guard cancels every cue: checked once a cue holds.
      if (anyGuardMatches(set.sentenceGuards, s, null)) return null;
      return { cue: id, index: at, length: m[0].length };
    }
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// The letter's shape: salutation, body, closing.

export interface LetterShape {
  /** Sentences of the writer's prose, in order. */
  sentences: Sentence[];
  greeting: { hit: Hit | null; nameless: Hit | null };
  signOff: { hit: Hit | null; closingOnly: Hit | null; nameOnly: Hit | null; blockIndex: number | null; lineStart: number | null };
}

interface Line {
  block: ProseBlock;
  blockIndex: number;
  start: number;
  end: number;
  text: string;
}

function linesOf(block: ProseBlock, blockIndex: number): Line[] {
  const out: Line[] = [];
  let at = 0;
  for (const raw of block.text.split('\n')) {
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim();
    if (text) out.push({ block, blockIndex, start: at + lead, end: at + lead + text.length, text });
    at += raw.length + 1;
  }
  return out;
}

function isName(text: string): boolean {
  const t = text.replace(/[,.!]+$/, '').trim();
  return t.length > 0 && t.length <= 60 && NAME_LINE.test(t);
}

/** The salutation: the first line of the first paragraph, "Dear Ms. Han," or just "Jane,". */
export function findGreeting(doc: ProseDoc): { hit: Hit | null; nameless: Hit | null } {
  const index = doc.blocks.findIndex((b) => b.type === 'paragraph');
  if (index < 0) return { hit: null, nameless: null };
  const line = linesOf(doc.blocks[index]!, index)[0];
  if (!line) return { hit: null, nameless: null };
  const block = doc.blocks[index]!;
  // The salutation ends at the first comma/colon/dash, or with the line.
  const cut = /^[^,:;—–!]*[,:;—–!]?/.exec(line.text)![0];
  const hit = (cue: string): Hit => ({ block, blockIndex: index, start: line.start, end: line.start + cut.trimEnd().length, cue });
  if (TO_WHOM.test(cut)) return { hit: null, nameless: hit('to-whom') };
  const sal = SALUTATION.exec(cut);
  const rest = (sal ? cut.slice(sal[0].length) : cut).replace(/[,:;—–!]\s*$/, '').trim();
  if (sal) {
    if (!rest || NAMELESS.test(rest)) return { hit: null, nameless: hit('nameless') };
    if (isName(rest)) return { hit: hit('salutation'), nameless: null };
    return { hit: null, nameless: null };
  }
  // A bare name followed by a comma, on its own line: "Jane,".
  if (/[,:]$/.test(cut.trim()) && line.text === cut.trim() && isName(rest) && rest.split(/\s+/).length <= 3) return { hit: hit('name'), nameless: null };
  return { hit: null, nameless: null };
}

/**
 * The sign-off: a closing line ("Best regards,") and the writer's name on the next line (or the
 * next paragraph), searched from the end of the writer's part, skipping a P.S.
 */
export function findSignOff(doc: ProseDoc, greetingBlock: number | null): LetterShape['signOff'] {
  const none = { hit: null, closingOnly: null, nameOnly: null, blockIndex: null, lineStart: null };
  // The lines of the last paragraphs (whole paragraphs, at least the last 8 lines when there are).
  const lines: Line[] = [];
  for (let i = doc.blocks.length - 1; i >= 0 && lines.length < 8; i--) {
    if (doc.blocks[i]!.type === 'paragraph') lines.unshift(...linesOf(doc.blocks[i]!, i));
  }
  // Search at most the last few lines, and never inside the greeting's line.
  const first = Math.max(0, lines.length - 8);
  let nameOnly: LetterShape['signOff']['nameOnly'] = null;
  let nameOnlyAt: number | null = null;
  for (let i = lines.length - 1; i >= first; i--) {
    const line = lines[i]!;
    if (greetingBlock !== null && line.blockIndex === greetingBlock && i === lines.findIndex((l) => l.blockIndex === greetingBlock)) break;
    if (/^p\.?\s?s\.?\b/i.test(line.text)) continue;
    if (CLOSING.test(line.text)) {
      const next = lines[i + 1];
      const hit = { block: line.block, blockIndex: line.blockIndex, start: line.start, end: line.end, cue: 'closing' };
      if (next && isName(next.text)) {
        // A name in the same paragraph joins the range; a name in the next paragraph is another
        // block, so the range stays on the closing line.
        if (next.block === line.block) hit.end = next.end;
        return { hit, closingOnly: null, nameOnly: null, blockIndex: line.blockIndex, lineStart: line.start };
      }
      // "Thanks." with nothing after it is a sentence; "Best regards," with no name is a closing.
      if (!/[.!]$/.test(line.text)) return { hit: null, closingOnly: hit, nameOnly: null, blockIndex: line.blockIndex, lineStart: line.start };
      continue;
    }
    if (!nameOnly && isName(line.text) && line.text.split(/\s+/).length <= 4 && !/[.!?]$/.test(line.text.replace(/\b\p{Lu}\.$/u, ''))) {
      // Only the last name-like line counts, and only if it is its own paragraph or line.
      if (i === lines.length - 1 || /^p\.?\s?s\.?\b/i.test(lines[i + 1]!.text) || lines[i + 1]!.blockIndex !== line.blockIndex) {
        nameOnly = { block: line.block, blockIndex: line.blockIndex, start: line.start, end: line.end, cue: 'name' };
        nameOnlyAt = line.start;
      }
    }
  }
  if (nameOnly) return { ...none, nameOnly, blockIndex: nameOnly.blockIndex, lineStart: nameOnlyAt };
  return none;
}

export function letterShape(doc: ProseDoc): LetterShape {
  const greeting = findGreeting(doc);
  const greetingBlock = greeting.hit?.blockIndex ?? greeting.nameless?.blockIndex ?? null;
  const signOff = findSignOff(doc, greetingBlock);
  return { sentences: docSentences(doc), greeting, signOff };
}

/** Whether a sentence is (only) the greeting or the sign-off line, which body detectors skip. */
function inFrame(shape: LetterShape, s: Sentence): boolean {
  const g = shape.greeting.hit ?? shape.greeting.nameless;
  if (g && g.blockIndex === s.blockIndex && s.start >= g.start && s.end <= g.end + 1) return true;
  return false;
}

function sentenceHit(s: Sentence, cue: string): Hit {
  return { block: s.block, blockIndex: s.blockIndex, start: s.start, end: s.end, cue };
}

/** Messages (source offsets) that overlap a sentence. */
function overlapping(s: Sentence, messages: readonly PoiseMessage[]): PoiseMessage[] {
  const [from, to] = toSourceRange(s.block, s.start, s.end);
  return messages.filter((m) => m.offset < to && m.endOffset > from);
}

/** Thanks: gratitude that is not conditional ("I'd be grateful if"), negated or sarcastic. */
export function isThanks(sentence: string, sarcastic = false): string | null {
  if (sarcastic) return null;
  const m = matchPhrase(THANKS, sentence);
  if (!m) return null;
  // A conditional ("I'd be grateful", "we would appreciate") is a request: look for another cue after it.
  const before = normalize(sentence).slice(0, m.index);
  if (CONDITIONAL_BEFORE.test(before)) {
    const rest = sentence.slice(m.index + m.length);
    return rest.trim() ? isThanks(rest) : null;
  }
  return m.cue;
}

const SARCASM_GUARDS = new Set(['sarcastic-object', 'finally', 'i-guess', 'scare-quotes', 'gee-thanks']);

/** Thanks that means its opposite: "thanks for nothing", "thanks for finally replying". */
export function isSarcasticThanks(sentence: string): boolean {
  const s = normalize(sentence);
  if (anyGuardMatches(THANKS.sentenceGuards, s, SARCASM_GUARDS)) return true;
  // Only a thanks cue can be sarcastic: gated cues that the sentence cannot match are skipped.
  const { gates } = compiled(THANKS);
  gates?.read(s);
  for (let i = 0; i < THANKS.cues.length; i++) {
    if (gates && !gates.isOpen(i)) continue;
    const cue = THANKS.cues[i]!;
    const re = withFlags(cue.re, 'g');
    let m: RegExpExecArray | null;
    while ((m = re.exec(s))) {
      const clause = s.slice(m.index);
      if (anyGuardMatches(THANKS.clauseGuards, clause, SARCASM_GUARDS)) return true;
    }
  }
  return false;
}

export function detectThanks(shape: LetterShape, messages: readonly PoiseMessage[] = []): Hit | null {
  for (const s of shape.sentences) {
    if (inFrame(shape, s)) continue;
    const sarcastic = overlapping(s, messages).some((m) => m.category === 'sarcastic' && m.severity !== 'info');
    const cue = isThanks(s.text, sarcastic);
    if (cue) return sentenceHit(s, cue);
  }
  return null;
}

/** A feedback ask: something to learn from (feedback, advice, what to improve) in a request. */
export function isFeedbackAsk(sentence: string): string | null {
  // Kind inference and the checklist both ask this of the same sentences: answer each once.
  let cue = feedbackAsks.get(sentence);
  if (cue === undefined) {
    const m = matchPhrase(FEEDBACK, sentence);
    cue = m && FEEDBACK_REQUEST_FRAME.test(normalize(sentence)) ? m.cue : null;
    if (feedbackAsks.size >= 4096) feedbackAsks.clear();
    feedbackAsks.set(sentence, cue);
  }
  return cue;
}
const feedbackAsks = new Map<string, string | null>();

export function detectFeedback(shape: LetterShape): Hit | null {
  for (const s of shape.sentences) {
    if (inFrame(shape, s)) continue;
    const cue = isFeedbackAsk(s.text);
    if (cue) return sentenceHit(s, cue);
  }
  return null;
}

export function isInterest(sentence: string): string | null {
  return matchPhrase(INTEREST, sentence)?.cue ?? null;
}

export function detectInterest(shape: LetterShape): Hit | null {
  for (const s of shape.sentences) {
    if (inFrame(shape, s)) continue;
    const cue = isInterest(s.text);
    if (cue) return sentenceHit(s, cue);
  }
  return null;
}

/** One "!" ending a sentence that has words: enthusiasm ("I'll let you know how it goes!"). */
function singleExclamation(sentence: string): boolean {
  const t = sentence.trim().replace(/["”’)]$/, '');
  return t.endsWith('!') && t.indexOf('!') === t.length - 1 && /\w/.test(t);
}

/** Interest cues that are not warm by themselves (asking to be reconsidered, claiming the fit). */
const COOL_INTEREST = new Set(['reconsider', 'strong-fit', 'more-to-send']);

/** A warm sentence: warm words, interest or real thanks, and no shouting or piled-up "!". */
export function isWarm(sentence: string): string | null {
  if (/[!?]{2,}/.test(sentence) || /\b\p{Lu}{4,}\b/u.test(sentence.replace(/\b(?:ASAP|HTML|JSON|HTTP|HTTPS|NASA|NATO|SaaS)\b/g, ''))) return null;
  const interest = isInterest(sentence);
  const warmInterest = interest && !COOL_INTEREST.has(interest) ? interest : null;
  return matchPhrase(WARM, sentence)?.cue ?? isThanks(sentence) ?? warmInterest ?? (singleExclamation(sentence) ? 'exclamation' : null);
}

/** The last body paragraph before the sign-off, if it reads warm and carries no cold tone message. */
export function detectPositiveClose(shape: LetterShape, messages: readonly PoiseMessage[] = []): Hit | null {
  // The last block that has body sentences (before the sign-off line).
  const candidates = shape.sentences.filter((s) => {
    if (inFrame(shape, s)) return false;
    if (shape.signOff.blockIndex !== null) {
      if (s.blockIndex > shape.signOff.blockIndex) return false;
      if (s.blockIndex === shape.signOff.blockIndex && shape.signOff.lineStart !== null && s.start >= shape.signOff.lineStart) return false;
    }
    if (/^p\.?\s?s\.?\b/i.test(s.text)) return false;
    return true;
  });
  const last = candidates[candidates.length - 1];
  if (!last) return null;
  const paragraph = candidates.filter((s) => s.blockIndex === last.blockIndex);
  const cold = paragraph.some((s) => overlapping(s, messages).some((m) => COLD_CATEGORIES.has(m.category) && m.severity !== 'info'));
  if (cold) return null;
  // The close is the paragraph's last few sentences (a pasted wall of text is not read whole).
  for (const s of paragraph.slice(-6).reverse()) {
    const sarcastic = overlapping(s, messages).some((m) => m.category === 'sarcastic');
    if (sarcastic) continue;
    // Sarcastic thanks ("thanks for finally…") makes the whole close cold.
    if (isSarcasticThanks(s.text)) return null;
    const cue = isWarm(s.text);
    if (cue) return sentenceHit(s, cue);
  }
  return null;
}
