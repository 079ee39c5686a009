/**
 * Small helpers shared by the structural rules (shouting, excessive-exclamation, hedging,
 * over-apologetic, placeholder). Offsets are always [start, end) in a block's prose string.
 */
import type { ProseBlock } from '../prose';
import { tokenize, type Tokenized } from '../tokenize';

export type Range = [number, number];

const cache = new WeakMap<ProseBlock, Tokenized>();

/** The block's sentences and tokens, computed once per block and shared by the rules. */
export function tokenized(block: ProseBlock): Tokenized {
  let t = cache.get(block);
  if (!t) {
    t = tokenize(block.text);
    cache.set(block, t);
  }
  return t;
}

const allowCache = new WeakMap<ProseBlock, { key: readonly string[]; ranges: Range[] }>();

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const patternCache = new WeakMap<readonly string[], RegExp[]>();

/** One compiled pattern per allowed phrase (literal text, words separated by any spaces). */
function allowPatterns(allow: readonly string[]): RegExp[] {
  let res = patternCache.get(allow);
  if (!res) {
    res = [];
    for (const phrase of allow) {
      const words = phrase.trim().split(/\s+/).filter(Boolean).map(escapeRegExp);
      if (words.length) res.push(new RegExp(`(?<![\\p{L}\\p{N}])${words.join('\\s+')}(?![\\p{L}\\p{N}])`, 'giu'));
    }
    patternCache.set(allow, res);
  }
  return res;
}

/**
 * Where the user's `allow` phrases occur in the block: case-insensitive, whole words, any run of
 * spaces between words. Literal text only (a phrase is never read as a pattern).
 */
export function allowedRanges(block: ProseBlock, allow: readonly string[]): Range[] {
  if (!allow.length) return [];
  const hit = allowCache.get(block);
  if (hit && hit.key === allow) return hit.ranges;
  const ranges: Range[] = [];
  for (const re of allowPatterns(allow)) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(block.text))) {
      ranges.push([m.index, m.index + m[0].length]);
      if (m[0].length === 0) re.lastIndex++;
    }
  }
  allowCache.set(block, { key: allow, ranges });
  return ranges;
}

/** Does [start, end) overlap any of the ranges? */
export function overlaps(ranges: readonly Range[], start: number, end: number): boolean {
  for (const [s, e] of ranges) if (start < e && s < end) return true;
  return false;
}

/** Is [start, end) inside one of the ranges? */
export function within(ranges: readonly Range[], start: number, end: number): boolean {
  for (const [s, e] of ranges) if (start >= s && end <= e) return true;
  return false;
}

const SIGN_OFF =
  /^(?:best|best regards|best wishes|kind regards|warm regards|warmest regards|regards|many thanks|thanks|thank you|thanks again|thanks so much|sincerely|yours sincerely|sincerely yours|yours truly|yours|cheers|all the best|respectfully|with gratitude|with thanks|gratefully|warmly|take care)\s*[,.!]?\s*$/i;

/** Is the line a sign-off ("Best regards,", "Thanks,")? */
export function isSignOff(line: string): boolean {
  return SIGN_OFF.test(line.trim());
}

/**
 * Ranges of lines that are a signature: the lines right after a sign-off line ("Best regards,")
 * up to the end of the block. A name in capitals there is not shouting.
 */
export function signatureRanges(text: string): Range[] {
  const out: Range[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    const nl = text.indexOf('\n', lineStart);
    const lineEnd = nl === -1 ? text.length : nl;
    if (SIGN_OFF.test(text.slice(lineStart, lineEnd).trim()) && nl !== -1) {
      out.push([nl + 1, text.length]);
      break;
    }
    if (nl === -1) break;
    lineStart = nl + 1;
  }
  return out;
}

/** Bracketed stretches — [..], {..}, <..> on one line — whose content is not the writer's wording (placeholders, editorial marks). */
export function bracketRanges(text: string): Range[] {
  const out: Range[] = [];
  const re = /\[[^\]\n]{1,80}\]|\{\{?[^}\n]{1,80}\}?\}|<[^>\n]{1,80}>/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) out.push([m.index, m.index + m[0].length]);
  return out;
}

/** Upper-cases the first letter of a string. */
export function capitalize(s: string): string {
  const i = s.search(/\p{L}/u);
  if (i < 0) return s;
  return s.slice(0, i) + s[i]!.toUpperCase() + s.slice(i + 1);
}
