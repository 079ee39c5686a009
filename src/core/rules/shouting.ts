import { reportPhrases } from './tone';
import type { Rule } from './rule';
import { ACRONYMS, DRAFT_MARKERS, SHORT_EMPHASIS } from '../lexicon/en/acronyms';
import { isCalendarName, isCommonWord } from '../lexicon/en/common-words';
import { allowedRanges, bracketRanges, capitalize, signatureRanges, tokenized, within, type Range } from './structure-util';

/**
 * SHOUTING: English words written in capitals.
 *
 * Every all-caps token is sorted into one of three kinds:
 * - code: an acronym, initialism, unit, product name or code (AWS, SQL, NYC, CI/CD, Q3, I-9, GB,
 *   SOC2, XXX), or any capitalised string that is not a common English word;
 * - ambiguous: a common word that is also a known acronym (IT, US, ME, STAR, EXCEL) or "I"/"A";
 * - word: a common English word that is no acronym (NEVER, AGAIN, PLEASE, NOT).
 * A run of capitalised tokens (spaces, commas or dashes between them, one sentence) is flagged
 * when it holds a word and at least one more word or ambiguous token ("HIRE ME", "I ALREADY SENT
 * IT"). A lone word is flagged when it is used for emphasis in mixed-case prose ("I am NOT
 * relocating"): four letters or more, or one of a few short emphasis words (NOT, YOU, SO, NO…).
 * Headings and table cells are judged leniently (a run only, and only next to "!" or "?"); quoted
 * text, bracketed placeholders, a signature under the sign-off and `allow` phrases are skipped.
 */

type Kind = 'code' | 'ambiguous' | 'word';

interface CapsToken {
  start: number;
  end: number;
  kind: Kind;
  /** May stand alone as shouting. */
  single: boolean;
  /** Lower-cased form for the rewrite (or the token itself for code). */
  lower: string;
}

/** Three-letter words that shout on their own; other three-letter caps are too often codes. */
const SHORT3 = new Set(
  'NOT YOU ALL NOW WHY ANY DID WAS HAS HAD ARE CAN HOW YES BUT AND THE TOO WAY BIG BAD NEW OWN ONE TWO GET GOT SEE SAY HER HIM HIS OUR OUT OFF JOB YET NOR MAD SAD FOR ASK OWE LIE WIN WON MUST EVEN'.split(' '),
);

const HAS_UPPER = /\p{Lu}/u;
const HAS_DIGIT = /\p{N}/u;
const MARKS = /\p{M}+/gu;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const AT_MOST_ONE_SPACE = /^\s?$/;
const ATTACHED = /[/&@#_+$\\=%*^~|]/;
/** What may separate the words of one run: spaces, a soft line break, commas, dashes. */
const GAP = /^(?:[ \t\u00a0,\-–—]|\r?\n)+$/;

function isLetterOrDigit(ch: string | undefined): boolean {
  return ch !== undefined && LETTER_OR_DIGIT.test(ch);
}

function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && HAS_DIGIT.test(ch);
}

/** Is the token glued to code-like characters (CI/CD, R&D, U.S., I-9, COVID-19, node.JS)? */
function attached(text: string, s: number, e: number): boolean {
  const p = text[s - 1];
  const n = text[e];
  if ((p && ATTACHED.test(p)) || (n && ATTACHED.test(n))) return true;
  if (p === '.' && isLetterOrDigit(text[s - 2])) return true;
  if (n === '.' && isLetterOrDigit(text[e + 1])) return true;
  if (p === '-' && isDigit(text[s - 2])) return true;
  if (n === '-' && isDigit(text[e + 1])) return true;
  // A unit or time after a number: "16 GB", "10 AM".
  if (AT_MOST_ONE_SPACE.test(text.slice(Math.max(0, s - 1), s)) && isDigit(text[s - 1] === ' ' ? text[s - 2] : text[s - 1])) return true;
  return false;
}

function classify(raw: string): { kind: Kind; single: boolean; lower?: string } {
  const plain = raw.replace(MARKS, '');
  const apos = plain.search(/['’]/);
  if (apos > 0) {
    const base = plain.slice(0, apos);
    const tail = plain.slice(apos + 1).toUpperCase();
    if (tail === 'S') return classify(base);
    // A contraction: DON'T, CAN'T, I'M, YOU'RE.
    return base.toUpperCase() === 'I' ? { kind: 'ambiguous', single: false } : { kind: 'word', single: true };
  }
  const upper = plain.toUpperCase();
  const lower = plain.toLowerCase();
  if (DRAFT_MARKERS.has(upper)) return { kind: 'code', single: false };
  const singular = upper.length > 3 && upper.endsWith('S') ? upper.slice(0, -1) : null;
  if (ACRONYMS.has(upper) || (singular !== null && ACRONYMS.has(singular) && !isCommonWord(lower))) {
    return { kind: isCommonWord(lower) ? 'ambiguous' : 'code', single: false };
  }
  if (plain.length === 1) return { kind: upper === 'I' || upper === 'A' ? 'ambiguous' : 'code', single: false };
  if (plain.length === 2) {
    if (SHORT_EMPHASIS.has(upper)) return { kind: 'word', single: true };
    return { kind: isCommonWord(lower) ? 'ambiguous' : 'code', single: false };
  }
  if (!isCommonWord(lower)) {
    // Stretched for emphasis: SOOOO, PLEASEEE, NOOO (three or more of one letter; no acronym does that).
    if (/(\p{L})\1\1/u.test(upper)) {
      for (const squeezed of [upper.replace(/(\p{L})\1{2,}/gu, '$1'), upper.replace(/(\p{L})\1{2,}/gu, '$1$1')]) {
        if (squeezed.length >= 2 && (SHORT_EMPHASIS.has(squeezed) || SHORT3.has(squeezed) || (squeezed.length > 3 && isCommonWord(squeezed.toLowerCase())))) {
          return { kind: 'word', single: true, lower: squeezed.toLowerCase() };
        }
      }
    }
    return { kind: 'code', single: false };
  }
  if (plain.length === 3) return { kind: 'word', single: SHORT3.has(upper) };
  return { kind: 'word', single: true };
}

/** classify, remembered per word (bounded): the same acronyms and names recur in every letter. */
function classified(raw: string): { kind: Kind; single: boolean; lower?: string } {
  let c = classifyCache.get(raw);
  if (!c) {
    c = classify(raw);
    if (classifyCache.size >= 4096) classifyCache.clear();
    classifyCache.set(raw, c);
  }
  return c;
}
const classifyCache = new Map<string, ReturnType<typeof classify>>();

function lowerForm(raw: string, kind: Kind): string {
  if (kind === 'code') return raw;
  // "I" and its contractions stay capitalised: I, I'M → I'm.
  if (/^I(?:['’]|$)/.test(raw)) return 'I' + raw.slice(1).toLowerCase();
  const lower = raw.toLowerCase();
  // Day and month names keep their capital: WE MET ON TUESDAY → we met on Tuesday.
  return isCalendarName(lower) ? capitalize(lower) : lower;
}

/** Capitalised tokens only (whole tokens: letters, marks, digits, inner apostrophes; at least one capital, no lower case). */
const CAPS_TOKEN = /(?<![\p{L}\p{M}\p{N}'’])[\p{Lu}\p{N}][\p{Lu}\p{M}\p{N}]*(?:['’][\p{Lu}\p{M}\p{N}]+)*(?![\p{L}\p{M}\p{N}]|['’]\p{L})/gu;
const TWO_CAPS = /\p{Lu}\p{M}*\p{Lu}/u;

function capsTokens(text: string, skip: Range[]): CapsToken[] {
  const out: CapsToken[] = [];
  CAPS_TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CAPS_TOKEN.exec(text))) {
    const raw = m[0];
    if (!HAS_UPPER.test(raw)) continue;
    const s = m.index;
    const e = s + raw.length;
    if (HAS_DIGIT.test(raw) || attached(text, s, e) || within(skip, s, e)) {
      out.push({ start: s, end: e, kind: 'code', single: false, lower: raw });
      continue;
    }
    const c = classified(raw);
    out.push({ start: s, end: e, kind: c.kind, single: c.single, lower: c.lower ?? lowerForm(raw, c.kind) });
  }
  return out;
}

/** Is there a lower-case letter outside the skipped ranges? (Is this mixed-case prose?) */
function hasLowerOutside(text: string, skip: Range[]): boolean {
  const re = /\p{Ll}/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) if (!within(skip, m.index, m.index + 1)) return true;
  return false;
}

export const shouting: Rule = {
  id: 'shouting',
  category: 'shouting',
  severity: 'warning',
  reason: 'All-caps words read as shouting.',
  note:
    'Capitals read as a raised voice: the reader hears anger or pressure instead of your point. Write the words in normal case; if something matters, say so in words ("This is important to me") or let the sentence carry it. Acronyms such as AWS, SQL or NYC are fine.',
  check(ctx) {
    // The user's own phrases of this category (options.phrases) are reported under this rule.
    reportPhrases(ctx, 'shouting');
    for (const block of ctx.doc.blocks) {
      const text = block.text;
      // Most blocks have no two capitals in a row: nothing to judge.
      if (!TWO_CAPS.test(text)) continue;
      const lenient = block.type !== 'paragraph';
      if (lenient && !/[!?]/.test(text)) continue;
      const tk = tokenized(block);
      const skip: Range[] = [
        ...tk.quotes,
        ...bracketRanges(text),
        ...signatureRanges(text),
        ...allowedRanges(block, ctx.options.allow),
      ];
      const toks = capsTokens(text, skip);
      if (!toks.some((t) => t.kind === 'word')) continue;
      let mixed: boolean | null = null;

      let i = 0;
      while (i < toks.length) {
        // Grow a run of capitalised tokens separated by spaces, commas or dashes.
        let j = i;
        while (j + 1 < toks.length && GAP.test(text.slice(toks[j]!.end, toks[j + 1]!.start))) j++;
        const first = i;
        let a = i;
        let b = j;
        while (a <= b && toks[a]!.kind === 'code') a++;
        while (b >= a && toks[b]!.kind === 'code') b--;
        const run = toks.slice(a, b + 1);
        i = j + 1;
        if (!run.length) continue;
        const words = run.filter((t) => t.kind === 'word');
        if (!words.length) continue;
        // "I" and "A" join a run but do not make one: "A SOCKS proxy" is one capitalised word.
        const isRun = run.filter((t) => t.kind !== 'code' && t.end - t.start > 1).length >= 2;
        if (!isRun) {
          const w = words[0]!;
          run.splice(0, run.length, w);
        }
        if (!isRun) {
          if (lenient || !words[0]!.single) continue;
          // Next to an acronym or code it is part of a name ("WELL AP", "AWS LAMBDA"), not emphasis.
          if (toks.slice(first, j + 1).some((t) => t.kind === 'code')) continue;
          mixed ??= hasLowerOutside(text, skip);
          if (!mixed) continue;
          // A lone label at the start of a line ("NOTE: …", "UPDATE: …").
          const before = text.slice(0, run[0]!.start);
          const lineStart = before.lastIndexOf('\n') + 1;
          if (!/\S/.test(text.slice(lineStart, run[0]!.start)) && text[run[0]!.end] === ':') continue;
        }
        const start = run[0]!.start;
        const end = run[run.length - 1]!.end;
        let rewrite = '';
        for (let k = 0; k < run.length; k++) {
          const t = run[k]!;
          if (k > 0) rewrite += text.slice(run[k - 1]!.end, t.start);
          rewrite += t.lower;
        }
        // Sentence case: capitalise when the run opens its sentence.
        const sentence = tk.sentences.find((s) => s.start <= start && start < s.end);
        const opening = sentence ? text.slice(sentence.start, start) : text.slice(0, start);
        if (!/[\p{L}\p{N}]/u.test(opening)) rewrite = capitalize(rewrite);
        ctx.report({
          block,
          start,
          end,
          reason: isRun ? 'All-caps words read as shouting.' : `"${text.slice(start, end)}" in capitals reads as shouting.`,
          expected: rewrite !== text.slice(start, end) ? [rewrite] : [],
        });
      }
    }
  },
};
