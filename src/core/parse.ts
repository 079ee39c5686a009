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
import type { Code, ListItem, Nodes, Paragraph, Root, RootContent, Yaml } from 'mdast';
import { parseInlineFast, type ContentLine } from './parse-inline';

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
 * Same tree as {@link parseMarkdownFull}, positions included (a differential property test holds
 * it), but faster on letters. A scan splits the text into blank-line-separated chunks and builds
 * the ones it is sure of directly: simple front matter, a fenced code block, a paragraph, a
 * blockquote of paragraphs ("> words") and a tight list of one-line "- words" items, each with only
 * everyday inline syntax (emphasis, strong, code spans, inline links, autolinks: parse-inline.ts).
 * micromark parses the rest in one pass, with each built chunk cut down to one letter so the rest
 * keeps its real context, and positions are shifted back. When the scan builds every chunk,
 * micromark is not run at all. Anything the scan cannot decide for sure falls back to the full
 * parse.
 */
export function parseMarkdown(text: string): Root {
  const plan = planRegions(text);
  if (!plan) return parseSelective(text);
  const children: RootContent[] = [];
  let rootExtra: Partial<Root> = {};
  if (plan.every((r) => r.fast)) {
    for (const r of plan) children.push(r.node!);
  } else {
    // Parse the text with each built chunk cut down to "x": one micromark pass over what needs
    // it, in its real context (a paragraph between two lists still keeps them apart).
    const fast = plan.filter((r) => r.fast);
    let cut = '';
    let prev = 0;
    for (const r of fast) {
      cut += text.slice(prev, r.start) + 'x';
      prev = r.end;
    }
    cut += text.slice(prev);
    const sub = parseSelective(cut);
    // Whatever else the parse put on its root (mdast-util-gfm-task-list-item can set `checked`
    // there for a checkbox outside a list item) belongs on ours too.
    const { type: _type, children: _children, position: _position, ...extra } = sub;
    rootExtra = extra;
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
        children.push(r.node!);
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
  }
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
    ...rootExtra,
  };
}

interface Line {
  start: number;
  end: number;
  line: number;
}


/** A paragraph made of `lines`, each starting `prefix` characters into its line (null when its inline syntax needs micromark). */
function inlineParagraph(lines: Line[], prefix: number, text: string): Paragraph | null {
  const content: ContentLine[] = [];
  for (const l of lines) content.push({ start: l.start + prefix, end: l.end, line: l.line, lineStart: l.start });
  const children = parseInlineFast(text, content);
  if (!children) return null;
  const first = content[0]!;
  const last = content[content.length - 1]!;
  return {
    type: 'paragraph',
    children,
    position: { start: { line: first.line, column: prefix + 1, offset: first.start }, end: { line: last.line, column: last.end - last.lineStart + 1, offset: last.end } },
  };
}

/** The node of a paragraph, blockquote or list chunk, or null when part of it needs micromark. */
function buildFast(kind: 'paragraph' | 'quote' | 'list', lines: Line[], text: string): RootContent | null {
  if (kind === 'paragraph') return inlineParagraph(lines, 0, text);
  if (kind === 'quote') {
    // "> words" lines, with ">" lines between paragraphs.
    const children: Paragraph[] = [];
    let run: Line[] = [];
    for (const l of lines) {
      if (l.end - l.start !== 1) {
        run.push(l);
        continue;
      }
      if (run.length && !pushParagraph(children, run, text)) return null;
      run = [];
    }
    if (run.length && !pushParagraph(children, run, text)) return null;
    return { type: 'blockquote', children, position: chunkPosition(lines) };
  }
  // A tight list of one-line "- words" items.
  const items: ListItem[] = [];
  for (const l of lines) {
    const p = inlineParagraph([l], 2, text);
    if (!p) return null;
    items.push({ type: 'listItem', spread: false, checked: null, children: [p], position: { start: { line: l.line, column: 1, offset: l.start }, end: { line: l.line, column: l.end - l.start + 1, offset: l.end } } });
  }
  return { type: 'list', ordered: false, start: null, spread: false, children: items, position: chunkPosition(lines) };
}

// (Module-level helpers, not closures made per chunk: V8 frees a per-call closure's optimised code
// with its last closure at a full GC and then optimises it again.)

/** The position of a chunk of whole lines. */
function chunkPosition(lines: Line[]) {
  const first = lines[0]!;
  const last = lines[lines.length - 1]!;
  return { start: { line: first.line, column: 1, offset: first.start }, end: { line: last.line, column: last.end - last.start + 1, offset: last.end } };
}

/** Adds the quote paragraph made of `run` ("> words" lines); false when it needs micromark. */
function pushParagraph(children: Paragraph[], run: Line[], text: string): boolean {
  const p = inlineParagraph(run, 2, text);
  if (!p) return false;
  children.push(p);
  return true;
}

/** A fenced code block: its opening line, its content lines (may be none) and its closing line. */
function codeBlock(text: string, open: Line, close: Line, fenceLength: number): Code | null {
  const info = text.slice(open.start + fenceLength, open.end).replace(/^[ \t]+|[ \t]+$/g, '');
  if (/[\\&]/.test(info)) return null;
  const lang = info === '' ? null : info.split(/[ \t]/, 1)[0]!;
  const meta = lang === null ? null : info.slice(lang.length).replace(/^[ \t]+/, '') || null;
  const value = close.start === open.end + 1 ? '' : text.slice(open.end + 1, close.start - 1);
  return {
    type: 'code',
    lang,
    meta,
    value,
    position: { start: { line: open.line, column: 1, offset: open.start }, end: { line: close.line, column: close.end - close.start + 1, offset: close.end } },
  };
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
  /** A fast region's node, built by the scan (front matter, code fence, paragraph, blockquote or list). */
  node?: RootContent;
  kind: 'yaml' | 'code' | 'paragraph' | 'quote' | 'list' | 'slow';
  /** Source offsets of the region: first character of its first line, end of its last line (before "\n"). */
  start: number;
  end: number;
  /** 1-based line of `start`, of `end`, and the offset where the last line starts. */
  line: number;
  endLine: number;
  lastLineStart: number;
}

/** A line that no fast region may hold: trailing whitespace (a hard break) or a control character. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what the fast path must refuse
const LINE_REFUSE = /[ \t]$|[\x00-\x09\x0b-\x1f\x7f]/;
/** A first character (or ordered-list marker) that could start a block, or indentation. */
const BLOCK_START = /^(?:[ \t#>\-+*=_`~<|:]|\d{1,9}[.)])/;
const FENCE_OPEN = /^(?:(`{3,})[^`]*|(~{3,}).*)$/;
const FENCE_CLOSE = /^ {0,3}(`{3,}|~{3,})[ \t]*$/;
const INDENTED_FENCE = /^[ \t]+(?:```|~~~)/;
const HTML_START = /^ {0,3}</;
/** HTML blocks that continue over blank lines (kinds 1–5): bail out unless closed on their first line. */
const HTML_LONG = /^ {0,3}<(?:!|\?|script|pre|style|textarea)/i;
const HTML_ONE_LINE_COMMENT = /^ {0,3}<!--.*-->/;

/**
 * Front matter the scan can build: "---" on the first line, "---" closing it, no other line of
 * dashes inside, and a blank line (or the end) after it. Null otherwise (micromark decides).
 */
function simpleFrontMatter(text: string): { node: Yaml; end: number; endLine: number } | null {
  if (!text.startsWith('---\n')) return null;
  const close = /\n---(?=\n|$)/.exec(text);
  if (!close) return null;
  const value = close.index <= 3 ? '' : text.slice(4, close.index);
  if (/^---/m.test(value)) return null;
  const end = close.index + 4;
  if (end < text.length && !/^\n[ \t]*(?:\n|$)/.test(text.slice(end, end + 200))) return null;
  let endLine = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) endLine++;
  return { node: { type: 'yaml', value, position: { start: { line: 1, column: 1, offset: 0 }, end: { line: endLine, column: 4, offset: end } } }, end, endLine };
}

/**
 * Splits the text into top-level chunks separated by blank lines and builds the ones the scan is
 * sure of: simple front matter, a fenced code block standing alone, a paragraph, a blockquote of
 * paragraphs, a tight one-line list, each with only everyday inline syntax (parse-inline.ts).
 * Null when the fast path does not apply (then the caller parses the whole text): CR or NUL
 * characters, link or footnote definitions (they reach across the document), HTML blocks that run
 * over blank lines, indented fences, fences left open, front matter left open, or no fast chunk.
 */
export function planRegions(text: string): Region[] | null {
  if (text.length < 200 || text.includes('\r') || text.includes('\0') || text.includes(']:')) return null;
  const regions: Region[] = [];
  let anyFast = false;
  let pos = 0;
  let line = 1;
  // Front matter: built here when simple; otherwise nothing before its closing fence may be taken for a paragraph.
  let fmEnd = -1;
  const fm = simpleFrontMatter(text);
  if (fm) {
    regions.push({ fast: true, node: fm.node, kind: 'yaml', start: 0, end: fm.end, line: 1, endLine: fm.endLine, lastLineStart: fm.end - 3 });
    anyFast = true;
    pos = fm.end + 1;
    line = fm.endLine + 1;
  } else {
    const c0 = text.charCodeAt(0);
    if (c0 === 45 /* - */ || c0 === 43 /* + */) {
      const m = (c0 === 45 ? /\n---/ : /\n\+\+\+/).exec(text);
      if (!m) return null;
      fmEnd = m.index + 1;
    }
  }

  let fence: { ch: string; len: number } | null = null;
  while (pos <= text.length) {
    // Skip blank lines (blank lines inside a fence belong to the region around them).
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
    // A fenced code block that opens on the chunk's first line and closes on its last.
    let codeOpen: Line | null = null;
    let codeClose: Line | null = null;
    let codeFenceLength = 0;
    let lastLineStart = pos;
    let lastLine = line;
    let end = pos;
    while (pos <= text.length) {
      let e = text.indexOf('\n', pos);
      if (e === -1) e = text.length;
      const ln = text.slice(pos, e);
      const blank = /^[ \t]*$/.test(ln);
      if (blank && !fence) break;
      // A line after the closing fence: the chunk is more than the code block.
      if (codeClose) codeOpen = codeClose = null;
      if (fence) {
        fast = false;
        const m = FENCE_CLOSE.exec(ln);
        if (m && m[1]![0] === fence.ch && m[1]!.length >= fence.len) {
          fence = null;
          if (codeOpen && ln === m[1]) codeClose = { start: pos, end: e, line };
          else codeOpen = null;
        }
      } else {
        if (INDENTED_FENCE.test(ln)) return null;
        const m = FENCE_OPEN.exec(ln);
        if (m) {
          if (sawHtml) return null;
          fence = m[1] ? { ch: '`', len: m[1].length } : { ch: '~', len: m[2]!.length };
          if (pos === chunkStart && chunkStart > fmEnd) {
            codeOpen = { start: pos, end: e, line };
            codeFenceLength = fence.len;
          }
          fast = false;
        } else if (HTML_START.test(ln)) {
          if (HTML_LONG.test(ln) && !HTML_ONE_LINE_COMMENT.test(ln)) return null;
          sawHtml = true;
          fast = false;
        }
        if (fast) {
          if (LINE_REFUSE.test(ln)) fast = false;
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
    let node: RootContent | null = null;
    if (fast) {
      if (para) kind = 'paragraph';
      else if (quote && chunkLines[0]!.end - chunkLines[0]!.start > 1 && chunkLines[chunkLines.length - 1]!.end - chunkLines[chunkLines.length - 1]!.start > 1) kind = 'quote';
      else if (list) kind = 'list';
      if (kind !== 'slow') node = buildFast(kind, chunkLines, text);
    } else if (codeOpen && codeClose) {
      kind = 'code';
      node = codeBlock(text, codeOpen, codeClose, codeFenceLength);
    }
    fast = node !== null;
    if (!fast) kind = 'slow';
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
      regions.push({ fast, node: node ?? undefined, kind, start: chunkStart, end, line: chunkLine, endLine, lastLineStart });
    }
    if (pos > text.length) break;
  }
  if (fence || !anyFast) return null;
  const last = regions[regions.length - 1]!;
  if (!last.fast) last.end = text.length;
  // A list could join a list before or after it over the blank line, or take an indented
  // paragraph after it: only after a built chunk that cannot end in a list, and before a line
  // that starts none of those.
  for (let i = 0; i < regions.length; i++) {
    const r = regions[i]!;
    if (r.kind !== 'list') continue;
    const before = regions[i - 1];
    const after = regions[i + 1];
    if (!before || !(before.kind === 'paragraph' || before.kind === 'quote' || before.kind === 'code' || before.kind === 'yaml') || (after && /[ \t\-*+0-9]/.test(text[after.start]!))) {
      r.fast = false;
      r.kind = 'slow';
      r.node = undefined;
    }
  }
  return regions;
}
