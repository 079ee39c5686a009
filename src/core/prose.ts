import type { Nodes, Root, RootContent, PhrasingContent } from 'mdast';

/**
 * The writer's own words, cut out of the Markdown tree. Code, HTML, front matter, link
 * destinations, `>` quotes (unless asked) and a quoted email thread are left out.
 *
 * Each block (paragraph, heading, table cell) becomes one prose string with a map back to the
 * source, so rules match on clean text and report exact source ranges.
 */

/** A run of prose that maps one-to-one onto source text, or a stand-in for skipped inline content. */
export interface ProsePiece {
  /** Offset in the block's prose string. */
  prose: number;
  /** Source offset of the first character. */
  source: number;
  /** Length in the prose string. */
  length: number;
  /** For stand-ins (inline code, inline HTML, images): the source end of what it stands for. */
  sourceEnd?: number;
}

export interface ProseBlock {
  type: 'paragraph' | 'heading' | 'tableCell';
  text: string;
  pieces: ProsePiece[];
  /** Source range of the whole block. */
  start: number;
  end: number;
  /** Ancestor types, innermost last (e.g. ["list", "listItem"]). */
  ancestors: string[];
}

export interface HtmlComment {
  value: string;
  offset: number;
  endOffset: number;
}

export interface ProseDoc {
  source: string;
  tree: Root;
  blocks: ProseBlock[];
  /** Raw front matter (YAML) text, if any. */
  frontMatter: string | null;
  /** Source offset where a quoted email thread starts (everything after is not the writer's), or null. */
  threadStart: number | null;
  /** HTML comments in the writer's part of the document (for ignore comments). */
  comments: HtmlComment[];
}

/** Stand-in for skipped inline content: not a letter, digit, space or punctuation any rule matches. */
export const STAND_IN = '\uFFFC';

export interface ProseOptions {
  skipQuotes: boolean;
}

const THREAD_LINE =
  /^(?:On\s[^\n]{3,300}?\bwrote:\s*$|-{2,}\s*Original Message\s*-{2,}|-{2,}\s*Forwarded message\s*-{2,}|From:\s[^\n]+\n(?:[^\n]*\n){0,3}?\s*(?:Sent|Date):\s)/im;

function offsetsOf(node: { position?: { start: { offset?: number }; end: { offset?: number } } }): [number, number] | null {
  const s = node.position?.start.offset;
  const e = node.position?.end.offset;
  return typeof s === 'number' && typeof e === 'number' && e >= s ? [s, e] : null;
}

function isThreadStart(source: string, node: RootContent): boolean {
  if (node.type !== 'paragraph' && node.type !== 'heading' && node.type !== 'thematicBreak') return false;
  const r = offsetsOf(node);
  if (!r) return false;
  const raw = source.slice(r[0], Math.min(r[1], r[0] + 600));
  const m = THREAD_LINE.exec(raw);
  return m !== null && m.index === 0;
}

/**
 * What one extraction collects. The walk is made of module-level functions over this state rather
 * than closures made per call: V8 keeps the optimised code of a module-level function, while that
 * of a per-call closure is freed with the last closure at a full GC and optimised all over again.
 */
interface Extraction {
  source: string;
  options: ProseOptions;
  blocks: ProseBlock[];
  comments: HtmlComment[];
  frontMatter: string | null;
  threadStart: number | null;
}

export function extractProse(source: string, tree: Root, options: ProseOptions): ProseDoc {
  const x: Extraction = { source, options, blocks: [], comments: [], frontMatter: null, threadStart: null };

  // Find the start of a quoted thread among top-level nodes (and its text is not the writer's).
  for (const node of tree.children) {
    if (isThreadStart(source, node)) {
      x.threadStart = offsetsOf(node)![0];
      break;
    }
  }
  walk(x, tree, []);

  return { source, tree, blocks: x.blocks, frontMatter: x.frontMatter, threadStart: x.threadStart, comments: x.comments };
}

function collectComment(x: Extraction, node: Nodes): void {
  const r = offsetsOf(node);
  if (!r) return;
  const raw = x.source.slice(r[0], r[1]);
  const re = /<!--([\s\S]*?)-->/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(raw))) {
    x.comments.push({ value: m[1]!.trim(), offset: r[0] + m.index, endOffset: r[0] + m.index + m[0].length });
  }
}

function inline(x: Extraction, nodes: PhrasingContent[], block: ProseBlock): void {
  for (const node of nodes) {
    switch (node.type) {
      case 'text': {
        const r = offsetsOf(node);
        if (!r) break;
        const raw = x.source.slice(r[0], r[1]);
        block.pieces.push({ prose: block.text.length, source: r[0], length: raw.length });
        block.text += raw;
        break;
      }
      case 'emphasis':
      case 'strong':
      case 'delete':
      case 'linkReference':
        inline(x, node.children, block);
        break;
      case 'link': {
        // An autolink shows its destination as its text: that is not prose.
        const only = node.children.length === 1 ? node.children[0] : undefined;
        if (only && only.type === 'text' && (only.value === node.url || `mailto:${only.value}` === node.url || `http://${only.value}` === node.url)) {
          standIn(node, block);
        } else {
          inline(x, node.children, block);
        }
        break;
      }
      case 'break': {
        const r = offsetsOf(node);
        if (!r) break;
        block.pieces.push({ prose: block.text.length, source: r[0], length: 1, sourceEnd: r[1] });
        block.text += ' ';
        break;
      }
      case 'html':
        collectComment(x, node);
        standIn(node, block);
        break;
      default:
        // inlineCode, image, imageReference, footnoteReference, and anything unknown.
        standIn(node, block);
    }
  }
}

function standIn(node: Nodes, block: ProseBlock): void {
  const r = offsetsOf(node);
  if (!r) return;
  block.pieces.push({ prose: block.text.length, source: r[0], length: 1, sourceEnd: r[1] });
  block.text += STAND_IN;
}

function walk(x: Extraction, node: Nodes, ancestors: string[]): void {
  const r = offsetsOf(node);
  if (r && x.threadStart !== null && r[0] >= x.threadStart) return;
  if ((node.type as string) === 'toml') return;
  switch (node.type) {
    case 'yaml':
      x.frontMatter = node.value;
      return;
    case 'code':
    case 'definition':
    case 'thematicBreak':
      return;
    case 'html':
      collectComment(x, node);
      return;
    case 'blockquote':
      if (x.options.skipQuotes) return;
      break;
    case 'paragraph':
    case 'heading':
    case 'tableCell': {
      if (!r) return;
      const block: ProseBlock = { type: node.type, text: '', pieces: [], start: r[0], end: r[1], ancestors };
      inline(x, node.children as PhrasingContent[], block);
      if (block.text.trim()) x.blocks.push(block);
      return;
    }
    default:
      break;
  }
  if ('children' in node && Array.isArray(node.children)) {
    const next = node.type === 'root' ? ancestors : [...ancestors, node.type];
    for (const child of node.children as Nodes[]) walk(x, child, next);
  }
}

/** Maps a [start, end) range in a block's prose string to a [start, end) range in the source. */
export function toSourceRange(block: ProseBlock, start: number, end: number): [number, number] {
  return [mapOffset(block, start, false), mapOffset(block, Math.max(start, end - 1), true)];
}

function mapOffset(block: ProseBlock, at: number, isEnd: boolean): number {
  const pieces = block.pieces;
  let lo = 0;
  let hi = pieces.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (pieces[mid]!.prose <= at) lo = mid;
    else hi = mid - 1;
  }
  const p = pieces[lo];
  if (!p) return block.start;
  if (p.sourceEnd !== undefined) return isEnd ? p.sourceEnd : p.source;
  const inside = Math.min(Math.max(at - p.prose, 0), p.length - 1);
  return p.source + inside + (isEnd ? 1 : 0);
}
