import type { Html, Nodes } from 'mdast';
import { reportPhrases } from './tone';
import type { Rule, RuleContext } from './rule';
import type { ProseBlock } from '../prose';
import { STAND_IN } from '../prose';
import { allowedRanges, overlaps, type Range } from './structure-util';

/**
 * PLACEHOLDER: template blanks left in a draft — `[Company]`, `[Hiring Manager Name]`,
 * `[specific topic discussed]`, `{{name}}`, `{first_name}`, `<Company>`, `XXX`, `XX/XX/XXXX`,
 * `TODO`, `[TBD]`, `___`.
 *
 * Never a Markdown link (`[text](url)`, `[text][ref]`, a defined `[ref]`), a task box (`[ ]`,
 * `[x]`), a footnote (`[^1]`), a citation (`[1]`), an editorial mark (`[sic]`, `[…]`), real inline
 * HTML (`<br>`, `<b>`), or an autolink. A bracket in lower case counts only when it names a blank
 * ("[your name]", "[specific topic discussed]"), so "[the team]" inside a quote stays untouched.
 * Plain "TBD" in a sentence ("the start date is still TBD") is the writer's meaning, not a blank.
 */

/** Words that name the blank to fill in. */
const BLANK_WORDS = new Set(
  (
    'name names first last full company organization organisation employer firm business agency client title role position job ' +
    'date day time deadline topic subject insert specific aspect detail details skill skills achievement accomplishment project ' +
    'number phone email address city state country location department team manager recruiter interviewer person contact ' +
    'school university college degree major field industry product service salary amount figure percentage your their his her ' +
    'mention add example reason experience connection referral platform source event month year weekday value hiring ' +
    'here something thing x y program opening vacancy'
  ).split(' '),
);

/** Bracketed text that is an editorial or citation mark, not a blank. */
const EDITORIAL = /^(?:sic!?|sp\??|emphasis (?:added|mine|in original)|edited|edit|update|updated|redacted|removed|sic passim|citation needed|laughs|sighs?|ibid\.?|op\.? cit\.?|[ivxlc]+|[a-z]|\d[\d,\s–-]*|…|\.\.\.)$/i;

/** Real HTML element names (a tag like `<br>` is markup, not a blank). */
const HTML_TAGS = new Set(
  'a abbr address area article aside audio b base bdi bdo blockquote body br button canvas caption center cite code col colgroup data dd del details dfn dialog div dl dt em embed fieldset figcaption figure font footer form h1 h2 h3 h4 h5 h6 head header hr html i iframe img input ins kbd label legend li link main map mark meta meter nav noscript object ol optgroup option output p param picture pre progress q rp rt ruby s samp script section select small source span strike strong style sub summary sup table tbody td template textarea tfoot th thead time title tr track tt u ul var video wbr'.split(
    ' ',
  ),
);

const SMALL = new Set(['of', 'the', 'a', 'an', 'and', 'or', 'for', 'to', 'at', 'in', 'on', 'with', 'from', '/', '&', '-', '–', 'de']);

/** Does the text inside the brackets name a blank? */
export function namesBlank(content: string): boolean {
  const inner = content.trim();
  // A blank names something: it starts with a letter ("[...name]" and "[^1]" do not).
  if (!/^\p{L}/u.test(inner)) return false;
  if (!/\p{L}.*\p{L}|^\p{Lu}$/u.test(inner)) return false;
  if (EDITORIAL.test(inner)) return false;
  // A citation ("[Smith 2020]", "[Lee et al., 2019]").
  if (/\b(?:1[89]|20)\d\d\b/.test(inner)) return false;
  const words = inner.split(/[\s/_.-]+/).filter(Boolean);
  if (!words.length || words.length > 8) return false;
  // In lower case, an insertion that reads as prose ("[the team]", "[he]") is an editor's, not a blank.
  if (/^\p{Ll}/u.test(inner) && /^(?:the|a|an|this|that|these|those|he|she|they|it|we|his|its|our|them|him)$/i.test(words[0]!)) return false;
  if (words.some((w) => BLANK_WORDS.has(w.toLowerCase().replace(/['’]s$/, '')))) return true;
  // Title Case or ALL CAPS: "[Company]", "[Hiring Manager Name]", "[SPECIFIC ASPECT]".
  return words.every((w) => SMALL.has(w.toLowerCase()) || /^[\p{Lu}\p{N}]/u.test(w));
}

/** `{string}`, `{Object}`: type annotations in technical prose, not template fields. */
const TYPE_NAMES = new Set(['string', 'number', 'boolean', 'object', 'array', 'function', 'any', 'unknown', 'null', 'undefined', 'void', 'never', 'symbol', 'bigint', 'int', 'float', 'bool', 'str', 'dict', 'list']);

const SQUARE = /(?<![\]\\!])\[([^[\]\n]{1,80})\](?![[(])/g;
const DOUBLE_CURLY = /\{\{\s*([^{}\n]{1,60}?)\s*\}\}/g;
const CURLY = /(?<![{\\])\{\s*([\p{L}_][\p{L}\p{N}_.-]*(?: [\p{L}\p{N}_.-]+){0,4})\s*\}(?!\})/gu;
const ANGLE = /<\s*([\p{L}][\p{L}\p{N}_ .'’-]{0,60}?)\s*>/gu;
const MARKERS = /\bX{2,}(?:[/.,:-]X{2,})*\b|\bTODO\b|\bFIXME\b|\bTB[DA](?=\s*:)|_{3,}/g;

interface Hit {
  start: number;
  end: number;
}

function findInText(text: string): Hit[] {
  const hits: Hit[] = [];
  const push = (s: number, e: number) => hits.push({ start: s, end: e });
  let m: RegExpExecArray | null;
  SQUARE.lastIndex = 0;
  while ((m = SQUARE.exec(text))) {
    const inner = m[1]!;
    if (inner.startsWith('^') || inner.includes(STAND_IN)) continue;
    // "[label]: …" at the start of a line looks like a link definition; "Dear [Name]:" does not.
    if (text[m.index + m[0].length] === ':' && /(?:^|\n)[ \t]*$/.test(text.slice(0, m.index))) continue;
    if (namesBlank(inner)) push(m.index, m.index + m[0].length);
  }
  DOUBLE_CURLY.lastIndex = 0;
  while ((m = DOUBLE_CURLY.exec(text))) {
    if (/\p{L}/u.test(m[1]!)) push(m.index, m.index + m[0].length);
  }
  CURLY.lastIndex = 0;
  while ((m = CURLY.exec(text))) {
    const inner = m[1]!;
    if (inner.replace(/[^\p{L}]/gu, '').length >= 2 && !TYPE_NAMES.has(inner.toLowerCase()) && !overlaps(hits.map((h) => [h.start, h.end]), m.index, m.index + m[0].length)) {
      push(m.index, m.index + m[0].length);
    }
  }
  ANGLE.lastIndex = 0;
  while ((m = ANGLE.exec(text))) {
    const inner = m[1]!;
    const tag = inner.split(/\s/)[0]!.toLowerCase();
    if (HTML_TAGS.has(tag) && !/\s/.test(inner)) continue;
    if (namesBlank(inner)) push(m.index, m.index + m[0].length);
  }
  MARKERS.lastIndex = 0;
  while ((m = MARKERS.exec(text))) push(m.index, m.index + m[0].length);
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  return hits.filter((h, i) => i === 0 || h.start >= hits[i - 1]!.end);
}

/** Is the raw source of an inline HTML stand-in a blank such as `<Company>` or `<Your Name>`? */
export function isTagBlank(raw: string): boolean {
  const m = /^<\s*([\p{L}][\p{L}\p{N}_ .'’-]{0,60}?)\s*>$/u.exec(raw);
  if (!m) return false;
  const inner = m[1]!;
  const tag = inner.split(/\s/)[0]!.toLowerCase();
  if (HTML_TAGS.has(tag)) return false;
  return namesBlank(inner);
}

const NOTE =
  'This looks like a template blank that was never filled in. It would be sent exactly as written, and a reader who sees "Dear [Name]" knows at once that they got a form letter. Fill it in with the real name, company or detail, or delete it before you send.';

function report(ctx: RuleContext, block: ProseBlock, start: number, end: number, shown: string): void {
  ctx.report({ block, start, end, reason: `Unfilled placeholder: ${shown}` });
}

export const placeholder: Rule = {
  id: 'placeholder',
  category: 'placeholder',
  severity: 'error',
  reason: 'Unfilled placeholder.',
  note: NOTE,
  check(ctx) {
    // The user's own phrases of this category (options.phrases) are reported under this rule.
    reportPhrases(ctx, 'placeholder');
    const { doc } = ctx;
    for (const block of doc.blocks) {
      const text = block.text;
      const allowed: Range[] = allowedRanges(block, ctx.options.allow);
      for (const h of findInText(text)) {
        if (overlaps(allowed, h.start, h.end)) continue;
        report(ctx, block, h.start, h.end, text.slice(h.start, h.end));
      }
      // Inline HTML that is really a blank: remark reads `<Company>` as a tag.
      if (!text.includes(STAND_IN)) continue;
      for (const p of block.pieces) {
        if (p.sourceEnd === undefined || text[p.prose] !== STAND_IN) continue;
        const raw = doc.source.slice(p.source, p.sourceEnd);
        if (isTagBlank(raw) && !ctx.options.allow.some((a) => a.toLowerCase() === raw.toLowerCase())) {
          report(ctx, block, p.prose, p.prose + 1, raw);
        }
      }
    }
    // A blank alone on its line (`<Company>`) is an HTML block: not prose, but still sent.
    walkHtmlBlanks(ctx, doc.tree);
  },
};

/**
 * Reports HTML blocks that are blanks. (Module-level, not a closure made per check: V8 frees a
 * per-call closure's optimised code with its last closure at a full GC.)
 */
function walkHtmlBlanks(ctx: RuleContext, node: Nodes): void {
  const { doc } = ctx;
  const start = node.position?.start.offset;
  if (doc.threadStart !== null && start !== undefined && start >= doc.threadStart) return;
  if (node.type === 'blockquote' && ctx.options.skipQuotes) return;
  if (node.type === 'html') {
    const html = node as Html;
    const s = html.position?.start.offset;
    const e = html.position?.end.offset;
    if (s === undefined || e === undefined) return;
    const full = doc.source.slice(s, e);
    const lead = full.length - full.trimStart().length;
    const raw = full.trim();
    if (!isTagBlank(raw)) return;
    const block: ProseBlock = {
      type: 'paragraph',
      text: STAND_IN,
      pieces: [{ prose: 0, source: s + lead, length: 1, sourceEnd: s + lead + raw.length }],
      start: s,
      end: e,
      ancestors: [],
    };
    report(ctx, block, 0, 1, raw);
    return;
  }
  // Inline HTML inside paragraphs is handled through the prose pieces.
  if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') return;
  if ('children' in node && Array.isArray(node.children)) for (const c of node.children as Nodes[]) walkHtmlBlanks(ctx, c);
}
