/**
 * The inline half of parse.ts's fast path: builds the mdast phrasing content of a paragraph whose
 * inline syntax is the everyday kind found in letters (emphasis, strong, code spans, inline links
 * and autolinks), exactly as micromark and mdast-util-from-markdown would, positions included.
 *
 * It decides nothing it is not sure of: anything outside that subset (escapes, entities, images,
 * HTML, strikethrough, tables, GFM literal autolinks, link titles, emphasis delimiters that could
 * both open and close, runs of three or more, unequal pairs, code spans holding "<") makes it
 * return null, and the caller lets micromark parse the paragraph. A differential property test
 * (test/unit/parse-fast.test.ts) holds it to the full parse.
 */
import { classifyCharacter } from 'micromark-util-classify-character';
import type { PhrasingContent, Text } from 'mdast';
import { lastAtOrBefore } from './location';
import { keepShape } from './keep-shape';

/** One line of a paragraph's content in the source: [start, end) offsets, its 1-based line, and where that line starts. */
export interface ContentLine {
  start: number;
  end: number;
  line: number;
  /** Offset of the first character of the source line (before any container prefix such as "> "). */
  lineStart: number;
}

type Atom =
  | { kind: 'text'; start: number; end: number }
  | { kind: 'code'; start: number; end: number; value: string }
  | { kind: 'link'; start: number; end: number; url: string; textStart: number; textEnd: number }
  | { kind: 'delim'; start: number; end: number; marker: number; open: boolean; close: boolean; match: number };

const STAR = 42;
const UNDERSCORE = 95;
/** The characters at which inline syntax can start (the rest is plain text). */
const SPECIAL = /[`*_[<&!]/g;
/** Characters this subset never decides: escapes, strikethrough, table pipes. */
const REFUSE = /[\\~|]/;
/** Text that GFM could turn into a literal autolink. */
const LITERAL_AUTOLINK = /@|www\.|https?:|mailto:|xmpp:/i;
/** Literal autolinks other than a plain email address: never decided here. */
const OTHER_LITERAL_AUTOLINK = /www\.|https?:|mailto:|xmpp:/i;
/** A character reference (decoded by micromark): refused. A lone "&" is plain text. */
const CHARACTER_REFERENCE = /^&(?:#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z0-9]{1,31});/;
const LINK = /^\[([^[\]`<>*_!&\\\n]+)\]\(([A-Za-z0-9\-._~:/?#@!$'*+,;=%]+)\)/;
// eslint-disable-next-line no-control-regex -- control characters end an autolink
const URI_AUTOLINK = /^<([A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>`\\&\u0000-\u001f\u007f]*)>/;
const EMAIL_AUTOLINK = /^<([A-Za-z0-9.!#$%'*+/=?^_{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*)>/;
// What else could follow a "<" (sticky, tested right after it): an HTML tag name ending where a
// tag may go on, a URI scheme, or an email autolink's local part. Supersets, so "not one of these"
// is sure.
const HTML_TAG_AHEAD = /[A-Za-z][A-Za-z0-9-]*(?:[\s/>]|$)/y;
const SCHEME_AHEAD = /[A-Za-z][A-Za-z0-9+.-]{1,31}:/y;
const EMAIL_LOCAL_AHEAD = /[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@/y;

/**
 * Is the "<" at `i` (which starts no autolink) plain text? Yes when nothing after it could make
 * inline HTML (`<tag`, `</`, `<!`, `<?`) or an autolink: "Dana <danà@x.y>" keeps its "<".
 */
function plainAngle(v: string, i: number): boolean {
  const next = v.charCodeAt(i + 1);
  if (next === 33 /* ! */ || next === 47 /* / */ || next === 63 /* ? */) return false;
  for (const ahead of [HTML_TAG_AHEAD, SCHEME_AHEAD, EMAIL_LOCAL_AHEAD]) {
    ahead.lastIndex = i + 1;
    if (ahead.test(v)) return false;
  }
  return true;
}

/** Adds the plain text [start, end), unless empty. */
function pushText(atoms: Atom[], start: number, end: number): void {
  if (end > start) atoms.push({ kind: 'text', start, end });
}

/** micromark's GFM email atext: ASCII letters and digits, "+", "-", ".", "_". */
function isGfmAtext(c: number): boolean {
  return c === 43 || c === 45 || c === 46 || c === 95 || isAsciiAlphanumeric(c);
}
function isAsciiAlphanumeric(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}
function isAsciiAlpha(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/**
 * Splits the text atom [start, end) of `v` around GFM email literals ("write to dana@x.org"), as
 * micromark-extension-gfm-autolink-literal tokenizes them: the local part is a run of atext not
 * preceded by atext or "/", then "@", then a domain of letters, digits, "-" and "_" with at least
 * one inner dot (a dot followed by a letter or digit), ending in a letter. An "@" with no atext
 * right before it is plain text. False when undecided: any other "@" that is not inside such an
 * email (mdast-util-gfm-autolink-literal's second look could still link it), an email reaching
 * out of the atom, or a "[" before it (an unbalanced label start stops micromark from linking).
 */
function splitEmails(v: string, start: number, end: number, out: Atom[]): boolean {
  let pos = start;
  for (let at = v.indexOf('@', start); at !== -1 && at < end; at = v.indexOf('@', at + 1)) {
    let s = at;
    while (s > 0 && isGfmAtext(v.charCodeAt(s - 1))) s--;
    // No atext right before the "@" ("chloé@x.y"): neither micromark nor the second look can link it.
    if (s === at) continue;
    if (s < pos || s < start || v.charCodeAt(s - 1) === 47 /* / */ || v.lastIndexOf('[', s) !== -1) return false;
    let j = at + 1;
    let data = false;
    let dot = false;
    for (;;) {
      const c = v.charCodeAt(j);
      if (c === 46 /* . */ && isAsciiAlphanumeric(v.charCodeAt(j + 1))) dot = true;
      else if (c === 45 || c === 95 || isAsciiAlphanumeric(c)) data = true;
      else break;
      j++;
    }
    if (!data || !dot || !isAsciiAlpha(v.charCodeAt(j - 1)) || j > end) return false;
    if (s > pos) out.push({ kind: 'text', start: pos, end: s });
    out.push({ kind: 'link', start: s, end: j, url: `mailto:${v.slice(s, j)}`, textStart: s, textEnd: j });
    pos = j;
  }
  if (end > pos) out.push({ kind: 'text', start: pos, end });
  return true;
}

/** Classifies the character at `i` of `v` as micromark does: 1 whitespace (and the edges), 2 punctuation, undefined otherwise. */
function group(v: string, i: number): number | undefined {
  if (i < 0 || i >= v.length) return 1;
  return classifyCharacter(v.charCodeAt(i));
}

/**
 * Scans the content into atoms: plain text, code spans, links, autolinks and emphasis delimiter
 * runs. Null when the content holds anything the subset does not decide.
 */
function scan(v: string, info: { unmatchedTicks: boolean }): Atom[] | null {
  if (REFUSE.test(v)) return null;
  const atoms: Atom[] = [];
  /** Lengths of backtick runs known to have no closing run further on. */
  const noCloser = new Set<number>();
  let textStart = 0;
  let i = 0;
  while (i < v.length) {
    // Jump to the next character that could start inline syntax.
    SPECIAL.lastIndex = i;
    const next = SPECIAL.exec(v);
    if (!next) break;
    i = next.index;
    const c = v.charCodeAt(i);
    if (c === 96 /* ` */) {
      let n = 1;
      while (v.charCodeAt(i + n) === 96) n++;
      // The closing run: the next run of exactly n backticks.
      let j = i + n;
      let close = -1;
      while (!noCloser.has(n) && (j = v.indexOf('`', j)) !== -1) {
        let m = 1;
        while (v.charCodeAt(j + m) === 96) m++;
        if (m === n) {
          close = j;
          break;
        }
        j += m;
      }
      if (close === -1) {
        noCloser.add(n); // no later run of this length either
        info.unmatchedTicks = true;
        i += n; // an unmatched run is literal text
        continue;
      }
      let value = v.slice(i + n, close);
      if (value.includes('\n') || value.includes('<')) return null;
      if (value.length > 2 && value.startsWith(' ') && value.endsWith(' ') && /[^ ]/.test(value)) value = value.slice(1, -1);
      pushText(atoms, textStart, i);
      atoms.push({ kind: 'code', start: i, end: close + n, value });
      i = textStart = close + n;
      continue;
    }
    if (c === STAR || c === UNDERSCORE) {
      let n = 1;
      while (v.charCodeAt(i + n) === c) n++;
      if (n > 2) return null;
      const before = group(v, i - 1);
      const after = group(v, i + n);
      const open = !after || (after === 2 && before !== undefined);
      const close = !before || (before === 2 && after !== undefined);
      const canOpen = c === STAR ? open : open && (before !== undefined || !close);
      const canClose = c === STAR ? close : close && (after !== undefined || !open);
      if (canOpen && canClose) return null;
      if (canOpen || canClose) {
        pushText(atoms, textStart, i);
        atoms.push({ kind: 'delim', start: i, end: i + n, marker: c, open: canOpen, close: canClose, match: -1 });
        textStart = i + n;
      }
      i += n;
      continue;
    }
    if (c === 91 /* [ */) {
      if (v.charCodeAt(i - 1) === 33 /* ! */) return null; // an image
      const m = LINK.exec(v.slice(i, i + 2048));
      if (!m) {
        // Brackets that make no link are plain text: the caller refuses documents with
        // definitions, so "[x]" and "[x][y]" cannot be references. Refused: a "(" after "]" (a
        // link this subset does not build), nested brackets, and a task-list-like "[ ]" at the start.
        const close = v.indexOf(']', i + 1);
        const inner = v.indexOf('[', i + 1);
        if (close === -1) {
          i++;
          continue;
        }
        if ((inner !== -1 && inner < close) || v.charCodeAt(close + 1) === 40 /* ( */ || (i === 0 && /^\[[ \txX]\]/.test(v))) return null;
        i++;
        continue;
      }
      if (LITERAL_AUTOLINK.test(m[1]!)) return null;
      pushText(atoms, textStart, i);
      atoms.push({ kind: 'link', start: i, end: i + m[0].length, url: m[2]!, textStart: i + 1, textEnd: i + 1 + m[1]!.length });
      i = textStart = i + m[0].length;
      continue;
    }
    if (c === 60 /* < */) {
      const rest = v.slice(i, i + 2048);
      const uri = URI_AUTOLINK.exec(rest);
      const email = uri ? null : EMAIL_AUTOLINK.exec(rest);
      const m = uri ?? email;
      if (!m) {
        if (!plainAngle(v, i)) return null;
        i++;
        continue;
      }
      pushText(atoms, textStart, i);
      atoms.push({ kind: 'link', start: i, end: i + m[0].length, url: uri ? m[1]! : `mailto:${m[1]!}`, textStart: i + 1, textEnd: i + 1 + m[1]!.length });
      i = textStart = i + m[0].length;
      continue;
    }
    if (c === 38 /* & */ && CHARACTER_REFERENCE.test(v.slice(i, i + 40))) return null;
    if (c === 93 /* ] */ || c === 33 /* ! */) {
      // "]" and "!" are plain text here ("![" is refused when "[" is reached).
      if (c === 33 && v.charCodeAt(i + 1) === 91) return null;
    }
    i++;
  }
  pushText(atoms, textStart, v.length);
  if (!LITERAL_AUTOLINK.test(v)) return atoms;
  // Literal autolinks: plain email addresses are cut out of the text; anything else is refused.
  const out: Atom[] = [];
  for (const a of atoms) {
    if (a.kind !== 'text') out.push(a);
    else if (OTHER_LITERAL_AUTOLINK.test(v.slice(a.start, a.end)) || !splitEmails(v, a.start, a.end, out)) return null;
  }
  return out;
}

/**
 * Pairs emphasis delimiters as CommonMark's "process emphasis" does, restricted to the cases
 * where no rule of three or partial match applies: a closer takes the nearest active opener with
 * the same marker, which must have the same length (otherwise false: not decided here);
 * delimiters between them become plain text. One stack of open delimiters per marker keeps it
 * linear however many delimiters a paragraph holds.
 */
function pair(atoms: Atom[]): boolean {
  const stars: number[] = [];
  const underscores: number[] = [];
  for (let k = 0; k < atoms.length; k++) {
    const d = atoms[k]!;
    if (d.kind !== 'delim') continue;
    if (d.open) {
      (d.marker === STAR ? stars : underscores).push(k);
      continue;
    }
    const own = d.marker === STAR ? stars : underscores;
    const o = own.pop();
    if (o === undefined) continue; // a closer with nothing to close is plain text
    const opener = atoms[o] as Extract<Atom, { kind: 'delim' }>;
    if (opener.end - opener.start !== d.end - d.start) return false;
    opener.match = k;
    d.match = o;
    // Openers of the other marker between the pair can no longer match: plain text.
    const other = d.marker === STAR ? underscores : stars;
    while (other.length && other[other.length - 1]! > o) other.pop();
  }
  return true;
}

/** Maps positions of the joined content (lines joined by "\n") back to the source. */
class PointMap {
  private readonly starts: number[] = [];
  constructor(private readonly lines: readonly ContentLine[]) {
    let s = 0;
    for (const l of lines) {
      this.starts.push(s);
      s += l.end - l.start + 1;
    }
  }
  /** A start point: a position at a line's end stays on that line. An end point at a line's start lies before its container prefix. */
  point(i: number, isEnd: boolean): { line: number; column: number; offset: number } {
    // The last line starting at or before i (a binary search: a paragraph may have many lines).
    const k = lastAtOrBefore(this.starts, i);
    const l = this.lines[k]!;
    if (isEnd && k > 0 && i === this.starts[k]) return { line: l.line, column: 1, offset: l.lineStart };
    const offset = l.start + (i - this.starts[k]!);
    return { line: l.line, column: offset - l.lineStart + 1, offset };
  }
}
keepShape(new PointMap([])); // so optimised code survives a full GC (see keep-shape.ts)

/**
 * The phrasing content of a paragraph made of `lines` of `source`, or null when its inline syntax
 * is outside the subset this function decides.
 */
export function parseInlineFast(source: string, lines: readonly ContentLine[]): PhrasingContent[] | null {
  let v = source.slice(lines[0]!.start, lines[0]!.end);
  for (let k = 1; k < lines.length; k++) v += `\n${source.slice(lines[k]!.start, lines[k]!.end)}`;
  const info = { unmatchedTicks: false };
  const atoms = scan(v, info);
  if (!atoms || !pair(atoms)) return null;
  // After an unmatched backtick run, micromark ends a text that stops at a line start after that
  // line's container prefix ("> "), not before it as usual: left to micromark.
  if (info.unmatchedTicks && lines.some((l, k) => k > 0 && l.start > l.lineStart)) return null;
  return build({ v, atoms, map: new PointMap(lines) }, 0, atoms.length);
}

/**
 * One paragraph's content being built. Module-level functions over it rather than closures made
 * per paragraph: V8 frees a per-call closure's optimised code with its last closure at a full GC.
 */
interface InlineBuild {
  v: string;
  atoms: Atom[];
  map: PointMap;
}

function positionOf(b: InlineBuild, start: number, end: number) {
  return { start: b.map.point(start, false), end: b.map.point(end, true) };
}

function textNode(b: InlineBuild, start: number, end: number): Text {
  return { type: 'text', value: b.v.slice(start, end), position: positionOf(b, start, end) };
}

/** The nodes of atoms[from, to): runs of text and unmatched delimiters merge into one text node. */
function build(b: InlineBuild, from: number, to: number): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  let runStart = -1;
  let runEnd = -1;
  for (let k = from; k < to; k++) {
    const a = b.atoms[k]!;
    if (a.kind === 'text' || (a.kind === 'delim' && a.match === -1)) {
      if (runStart === -1) runStart = a.start;
      runEnd = a.end;
      continue;
    }
    if (runStart !== -1) out.push(textNode(b, runStart, runEnd));
    runStart = -1;
    if (a.kind === 'code') out.push({ type: 'inlineCode', value: a.value, position: positionOf(b, a.start, a.end) });
    else if (a.kind === 'link') out.push({ type: 'link', title: null, url: a.url, children: [textNode(b, a.textStart, a.textEnd)], position: positionOf(b, a.start, a.end) });
    else {
      const close = b.atoms[a.match]!;
      const children = build(b, k + 1, a.match);
      out.push({ type: a.end - a.start === 2 ? 'strong' : 'emphasis', children, position: positionOf(b, a.start, close.end) } as PhrasingContent);
      k = a.match;
    }
  }
  if (runStart !== -1) out.push(textNode(b, runStart, runEnd));
  return out;
}
