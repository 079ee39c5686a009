import { parseMarkdown } from '../parse';
import { extractProse, toSourceRange } from '../prose';
import { letterShape } from './detectors';

/** Where to insert the building block for a missing item, and the line breaks around it. */
export interface Placement {
  /** Source offset (UTF-16). */
  offset: number;
  /** Text to put before the snippet (line breaks so it starts its own paragraph). */
  prefix: string;
  /** Text to put after it. */
  suffix: string;
  /** In words, for the prompt: "before your sign-off". */
  where: string;
  /** For a sign-off when the name is already there: insert only the closing line, right above it. */
  closingOnly?: boolean;
}

/** End of the front matter block (after its closing fence and line break), or 0. */
function afterFrontMatter(text: string): number {
  const m = /^---[ \t]*\r?\n[\s\S]*?\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/.exec(text);
  return m ? m[0].length : 0;
}

function paragraphBreakBefore(text: string, offset: number): string {
  if (offset === 0) return '';
  const before = text.slice(Math.max(0, offset - 2), offset);
  if (before.endsWith('\n\n') || (offset === 1 && before === '\n')) return '';
  return before.endsWith('\n') ? '\n' : '\n\n';
}

function paragraphBreakAfter(text: string, offset: number): string {
  const after = text.slice(offset, offset + 2);
  if (offset >= text.length) return '\n';
  if (after.startsWith('\n\n') || after.startsWith('\r\n')) return '\n';
  return after.startsWith('\n') ? '\n' : '\n\n';
}

/**
 * A sensible place for an item's building block: a greeting at the top (after front matter), thanks
 * after the greeting, a sign-off at the end of the letter (before any quoted thread), and the rest
 * (feedback ask, keep-in-touch line, positive close) as a paragraph right before the sign-off.
 */
export function placementFor(text: string, itemId: string): Placement {
  const doc = extractProse(text, parseMarkdown(text), { skipQuotes: true });
  const shape = letterShape(doc);
  const top = afterFrontMatter(text);
  // End of the writer's part: the end of the last block of their prose.
  const lastBlock = doc.blocks[doc.blocks.length - 1];
  const end = lastBlock ? lastBlock.end : Math.max(top, text.replace(/\s+$/, '').length);

  const at = (offset: number, where: string): Placement => ({ offset, prefix: paragraphBreakBefore(text, offset), suffix: paragraphBreakAfter(text, offset), where });

  if (itemId === 'greeting') {
    let offset = top;
    while (offset < text.length && /[\r\n]/.test(text[offset]!)) offset++;
    return { offset, prefix: '', suffix: offset < text.length ? '' : '\n', where: 'at the top of the letter' };
  }
  if (itemId === 'sign-off') {
    const name = shape.signOff.nameOnly;
    if (name) {
      const [offset] = toSourceRange(name.block, name.start, name.end);
      return { offset, prefix: paragraphBreakBefore(text, offset), suffix: '\n', where: 'above your name', closingOnly: true };
    }
    return { offset: end, prefix: end === 0 ? '' : '\n\n', suffix: '', where: 'at the end of the letter' };
  }
  if (itemId === 'thanks') {
    const g = shape.greeting.hit ?? shape.greeting.nameless;
    if (g) {
      const [, gEnd] = toSourceRange(g.block, g.start, g.end);
      // After the greeting's line.
      const nl = text.indexOf('\n', gEnd);
      const offset = nl < 0 ? text.length : nl + 1;
      return at(offset, 'after your greeting');
    }
  }
  const s = shape.signOff.hit ?? shape.signOff.closingOnly ?? shape.signOff.nameOnly;
  if (s) {
    const [offset] = toSourceRange(s.block, s.start, s.end);
    return { ...at(offset, 'before your sign-off'), suffix: '\n\n' };
  }
  return { offset: end, prefix: end === 0 ? '' : '\n\n', suffix: '', where: 'at the end of the letter' };
}
