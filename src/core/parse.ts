import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import { gfmAutolinkLiteral } from 'micromark-extension-gfm-autolink-literal';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import { gfmAutolinkLiteralFromMarkdown } from 'mdast-util-gfm-autolink-literal';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';
import type { Extension as MicromarkExtension } from 'micromark-util-types';
import type { Extension as FromMarkdownExtension } from 'mdast-util-from-markdown';
import type { ListItem, Nodes, Paragraph, Root, RootContent } from 'mdast';

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml']);

/** The plain CommonMark + GFM + front matter parse of the whole text (the reference for parseMarkdown). */
export function parseMarkdownFull(text: string): Root {
  return processor.parse(text) as Root;
}

/**
 * The GFM constructs, in remark-gfm's order, each with the test that a text could hold it: a
 * construct whose marker characters are absent cannot match, so leaving it out changes nothing
 * (micromark then has fewer constructs to try at each character, and the autolink pass over the
 * finished tree is skipped).
 */
const GFM_PARTS: Array<{ may: (text: string) => boolean; syntax: () => MicromarkExtension; mdast: () => FromMarkdownExtension }> = [
  { may: (t) => /@|www|http/i.test(t), syntax: gfmAutolinkLiteral, mdast: gfmAutolinkLiteralFromMarkdown },
  { may: (t) => t.includes('^'), syntax: gfmFootnote, mdast: gfmFootnoteFromMarkdown },
  { may: (t) => t.includes('~'), syntax: () => gfmStrikethrough(), mdast: gfmStrikethroughFromMarkdown },
  // A table needs a pipe, or a delimiter row with an alignment colon ("a\n--:" is a one-column table).
  { may: (t) => /\||:[ \t]*-|-[ \t]*:/.test(t), syntax: gfmTable, mdast: gfmTableFromMarkdown },
  { may: (t) => /\[[ \t\r\nxX]/.test(t), syntax: gfmTaskListItem, mdast: gfmTaskListItemFromMarkdown },
];
const selective = new Map<number, ReturnType<typeof makeProcessor>>();

function makeProcessor(mask: number) {
  const micromarkExtensions = GFM_PARTS.filter((_, i) => mask & (1 << i)).map((p) => p.syntax());
  const fromMarkdownExtensions = GFM_PARTS.filter((_, i) => mask & (1 << i)).map((p) => p.mdast());
  return unified()
    .use(remarkParse)
    .use(function gfmParts(this: { data(key: string): unknown; data(key: string, value: unknown): void }) {
      this.data('micromarkExtensions', micromarkExtensions);
      this.data('fromMarkdownExtensions', fromMarkdownExtensions);
    })
    .use(remarkFrontmatter, ['yaml', 'toml']);
}

/** Parses with only the GFM constructs the text could contain (same tree as the full parse). */
function parseSelective(text: string): Root {
  let mask = 0;
  for (let i = 0; i < GFM_PARTS.length; i++) if (GFM_PARTS[i]!.may(text)) mask |= 1 << i;
  let p = selective.get(mask);
  if (!p) selective.set(mask, (p = makeProcessor(mask)));
  return p.parse(text) as Root;
}

/**
 * Parses Markdown (CommonMark + GFM + front matter) into mdast. Never throws on odd input.
 *
 * Same tree as {@link parseMarkdownFull}, positions included (a differential test holds it), but
 * faster on letters: a top-level paragraph of plain words (no character that could start inline
 * syntax, no line that could start a block), a blockquote of such paragraphs ("> words") and a
 * tight list of one-line "- words" items between plain paragraphs are built directly; micromark
 * parses the rest, with each of those cut down to one letter, and positions are shifted back. Anything the scan cannot decide for sure falls
 * back to the full parse.
 */
export function parseMarkdown(text: string): Root {
  const plan = planRegions(text);
  if (!plan) return parseSelective(text);
  // Parse the text with each plain paragraph cut down to "x": one micromark pass over what needs
  // it, in its real context (a plain paragraph between two lists still keeps them apart).
  const fast = plan.filter((r) => r.fast);
  let cut = '';
  let prev = 0;
  for (const r of fast) {
    cut += text.slice(prev, r.start) + 'x';
    prev = r.end;
  }
  cut += text.slice(prev);
  const sub = parseSelective(cut);
  const children: RootContent[] = [];
  let k = 0;
  let dOffset = 0;
  let dLine = 0;
  for (const node of sub.children) {
    const s = node.position?.start.offset;
    if (s === undefined) return parseSelective(text);
    const r = fast[k];
    if (r && s === r.start - dOffset) {
      // The stand-in: it must have come back as its own one-letter paragraph.
      if (node.type !== 'paragraph' || node.position!.end.offset !== s + 1) return parseSelective(text);
      children.push(buildFast(r));
      dOffset += r.end - r.start - 1;
      dLine += r.endLine - r.line;
      k++;
      continue;
    }
    if (r && s > r.start - dOffset) return parseSelective(text);
    if (dOffset !== 0 || dLine !== 0) shift(node, dLine, dOffset);
    children.push(node);
  }
  if (k !== fast.length) return parseSelective(text);
  let lines = 1;
  let lastLineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) {
    lines++;
    lastLineStart = i + 1;
  }
  return {
    type: 'root',
    children,
    position: { start: { line: 1, column: 1, offset: 0 }, end: { line: lines, column: text.length - lastLineStart + 1, offset: text.length } },
  };
}

interface Line {
  start: number;
  end: number;
  line: number;
}

/** A paragraph of plain lines, each starting `prefix` characters into its line. */
function plainParagraph(lines: Line[], prefix: number, text: string): Paragraph {
  const first = lines[0]!;
  const last = lines[lines.length - 1]!;
  const start = { line: first.line, column: prefix + 1, offset: first.start + prefix };
  const end = { line: last.line, column: last.end - last.start + 1, offset: last.end };
  const value = prefix === 0 ? text.slice(start.offset, end.offset) : lines.map((l) => text.slice(l.start + prefix, l.end)).join('\n');
  return { type: 'paragraph', children: [{ type: 'text', value, position: { start: { ...start }, end: { ...end } } }], position: { start, end } };
}

function buildFast(r: Region): RootContent {
  const text = r.text;
  const lines = r.lines;
  if (r.kind === 'paragraph') return plainParagraph(lines, 0, text);
  const first = lines[0]!;
  const last = lines[lines.length - 1]!;
  const position = () => ({ start: { line: first.line, column: 1, offset: first.start }, end: { line: last.line, column: last.end - last.start + 1, offset: last.end } });
  if (r.kind === 'quote') {
    // "> words" lines, with ">" lines between paragraphs.
    const children: Paragraph[] = [];
    let run: Line[] = [];
    for (const l of lines) {
      if (l.end - l.start === 1) {
        if (run.length) children.push(plainParagraph(run, 2, text));
        run = [];
      } else run.push(l);
    }
    if (run.length) children.push(plainParagraph(run, 2, text));
    return { type: 'blockquote', children, position: position() };
  }
  // A tight list of one-line "- words" items.
  const items: ListItem[] = lines.map((l) => ({
    type: 'listItem',
    spread: false,
    checked: null,
    children: [plainParagraph([l], 2, text)],
    position: { start: { line: l.line, column: 1, offset: l.start }, end: { line: l.line, column: l.end - l.start + 1, offset: l.end } },
  }));
  return { type: 'list', ordered: false, start: null, spread: false, children: items, position: position() };
}

function shift(node: Nodes, lines: number, offset: number): void {
  const p = node.position;
  if (p) {
    p.start.line += lines;
    p.end.line += lines;
    if (p.start.offset !== undefined) p.start.offset += offset;
    if (p.end.offset !== undefined) p.end.offset += offset;
  }
  if ('children' in node) for (const child of node.children as Nodes[]) shift(child, lines, offset);
}

interface Region {
  fast: boolean;
  /** What a fast region is: plain paragraph, a blockquote of plain paragraphs, a tight list of plain one-line items. */
  kind: 'paragraph' | 'quote' | 'list' | 'slow';
  lines: Line[];
  text: string;
  /** Source offsets of the region: first character of its first line, end of its last line (before "\n"). */
  start: number;
  end: number;
  /** 1-based line of `start`, of `end`, and the offset where the last line starts. */
  line: number;
  endLine: number;
  lastLineStart: number;
}

/** A character that could start inline syntax (code, emphasis, links, HTML, entities, escapes, GFM strikethrough and tables). */
// eslint-disable-next-line no-control-regex -- control characters are exactly what the fast path must refuse
const INLINE_SPECIAL = /[`*_[\]<&\\~|]|www\.|http|mailto:|xmpp:|@|[ \t]\n|[ \t]$|[\x00-\x09\x0b-\x1f\x7f]/i;
/** A first character (or ordered-list marker) that could start a block, or indentation. */
const BLOCK_START = /^(?:[ \t#>\-+*=_`~<|:[]|\d{1,9}[.)])/;
const FENCE_OPEN = /^(?:(`{3,})[^`]*|(~{3,}).*)$/;
const FENCE_CLOSE = /^ {0,3}(`{3,}|~{3,})[ \t]*$/;
const INDENTED_FENCE = /^[ \t]+(?:```|~~~)/;
const HTML_START = /^ {0,3}</;
/** HTML blocks that continue over blank lines (kinds 1–5): bail out unless closed on their first line. */
const HTML_LONG = /^ {0,3}<(?:!|\?|script|pre|style|textarea)/i;
const HTML_ONE_LINE_COMMENT = /^ {0,3}<!--.*-->/;

/**
 * Splits the text into top-level chunks separated by blank lines and marks the ones that are
 * certainly a plain paragraph. Null when the fast path does not apply (then the caller parses the
 * whole text): CR or NUL characters, link or footnote definitions (they reach across the
 * document), HTML blocks that run over blank lines, indented fences, fences left open, front
 * matter left open, or no plain paragraph at all.
 */
function planRegions(text: string): Region[] | null {
  if (text.length < 200 || text.includes('\r') || text.includes('\0') || text.includes(']:')) return null;
  // Front matter: nothing before the closing fence line may be taken for a paragraph.
  let fmEnd = -1;
  const c0 = text.charCodeAt(0);
  if (c0 === 45 /* - */ || c0 === 43 /* + */) {
    const m = (c0 === 45 ? /\n---/ : /\n\+\+\+/).exec(text);
    if (!m) return null;
    fmEnd = m.index + 1;
  }

  const regions: Region[] = [];
  let anyFast = false;
  let fence: { ch: string; len: number } | null = null;
  let pos = 0;
  let line = 1;
  while (pos <= text.length) {
    // Skip blank lines (blank lines inside a fence belong to the slow region around them).
    let nl = text.indexOf('\n', pos);
    if (nl === -1) nl = text.length;
    const first = text.slice(pos, nl);
    if (/^[ \t]*$/.test(first) && !fence) {
      if (nl === text.length) break;
      pos = nl + 1;
      line++;
      continue;
    }
    // A chunk: consecutive non-blank lines (or a run inside a fence).
    const chunkStart = pos;
    const chunkLine = line;
    let fast = fence === null && chunkStart > fmEnd;
    let para = true;
    let quote = true;
    let list = true;
    const chunkLines: Line[] = [];
    let sawHtml = false;
    let lastLineStart = pos;
    let lastLine = line;
    let end = pos;
    while (pos <= text.length) {
      let e = text.indexOf('\n', pos);
      if (e === -1) e = text.length;
      const ln = text.slice(pos, e);
      const blank = /^[ \t]*$/.test(ln);
      if (blank && !fence) break;
      if (fence) {
        fast = false;
        const m = FENCE_CLOSE.exec(ln);
        if (m && m[1]![0] === fence.ch && m[1]!.length >= fence.len) fence = null;
      } else {
        if (INDENTED_FENCE.test(ln)) return null;
        const m = FENCE_OPEN.exec(ln);
        if (m) {
          if (sawHtml) return null;
          fence = m[1] ? { ch: '`', len: m[1].length } : { ch: '~', len: m[2]!.length };
          fast = false;
        } else if (HTML_START.test(ln)) {
          if (HTML_LONG.test(ln) && !HTML_ONE_LINE_COMMENT.test(ln)) return null;
          sawHtml = true;
          fast = false;
        }
        if (fast) {
          if (INLINE_SPECIAL.test(ln)) fast = false;
          else {
            if (para && BLOCK_START.test(ln)) para = false;
            if (quote && ln !== '>' && !(ln.startsWith('> ') && !BLOCK_START.test(ln.slice(2)))) quote = false;
            if (list && !(ln.startsWith('- ') && !BLOCK_START.test(ln.slice(2)))) list = false;
            if (!para && !quote && !list) fast = false;
            chunkLines.push({ start: pos, end: e, line });
          }
        }
      }
      lastLineStart = pos;
      lastLine = line;
      end = e;
      if (e === text.length) {
        pos = e + 1;
        break;
      }
      pos = e + 1;
      line++;
      if (fence && blank) continue;
    }
    const endLine = lastLine;
    let kind: Region['kind'] = 'slow';
    if (fast) {
      if (para) kind = 'paragraph';
      else if (quote && chunkLines[0]!.end - chunkLines[0]!.start > 1 && chunkLines[chunkLines.length - 1]!.end - chunkLines[chunkLines.length - 1]!.start > 1) kind = 'quote';
      else if (list) kind = 'list';
      else fast = false;
    }
    // A slow region takes the blank lines after it (an indented code block or a list can end on
    // one), up to the newline before the next chunk or to the end of the text.
    const prevSlow = regions[regions.length - 1];
    if (prevSlow && !prevSlow.fast) prevSlow.end = chunkStart - 1;
    if (fast) anyFast = true;
    const prev = regions[regions.length - 1];
    if (!fast && prev && !prev.fast) {
      prev.end = end;
      prev.endLine = endLine;
      prev.lastLineStart = lastLineStart;
    } else {
      regions.push({ fast, kind, lines: chunkLines, text, start: chunkStart, end, line: chunkLine, endLine, lastLineStart });
    }
    if (pos > text.length) break;
  }
  if (fence || !anyFast) return null;
  const last = regions[regions.length - 1]!;
  if (!last.fast) last.end = text.length;
  // A list could join a list before or after it over the blank line, or take an indented
  // paragraph after it: only between a plain paragraph and a line that starts none of those.
  for (let i = 0; i < regions.length; i++) {
    const r = regions[i]!;
    if (r.kind !== 'list') continue;
    const before = regions[i - 1];
    const after = regions[i + 1];
    if (!before || before.kind !== 'paragraph' || (after && /[ \t\-*+0-9]/.test(text[after.start]!))) {
      r.fast = false;
      r.kind = 'slow';
    }
  }
  return regions;
}
