import type { ProseDoc } from '../prose';
import { toSourceRange } from '../prose';
import type { LineIndex } from '../location';
import type { ChecklistItem, ChecklistRange, LetterKind, PoiseMessage } from '../types';
import { TONE_CATEGORIES } from '../types';
import { countWordsIn } from '../tokenize';
import { detectFeedback, detectInterest, detectPositiveClose, detectThanks, letterShape, type Hit, type LetterShape } from './detectors';
import { ITEMS, ITEM_IDS, kindSpec, type ItemId } from './items';

export { ITEMS, ITEM_IDS, KINDS, KIND_LABELS, kindSpec, type ItemId, type Applies } from './items';
export { letterShape, type LetterShape } from './detectors';

export interface ChecklistInput {
  doc: ProseDoc;
  kind: LetterKind | null;
  messages: PoiseMessage[];
  lines: LineIndex;
  meta: Record<string, unknown>;
  /** The prose's word count, when the caller already has it (see countWords). */
  words?: number;
}

const TONE = new Set<string>(TONE_CATEGORIES);

/** Words in the writer's prose (see countWordsIn). */
export function countWords(doc: ProseDoc): number {
  let n = 0;
  for (const b of doc.blocks) n += countWordsIn(b.text);
  return n;
}

function rangeOf(hit: Hit, lines: LineIndex): ChecklistRange {
  const [offset, endOffset] = toSourceRange(hit.block, hit.start, hit.end);
  return rangeFromOffsets(offset, endOffset, lines);
}

function rangeFromOffsets(offset: number, endOffset: number, lines: LineIndex): ChecklistRange {
  const a = lines.point(offset);
  const b = lines.point(endOffset);
  return { offset, endOffset, line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
}

/**
 * The reply checklist for the draft: the items that apply to its kind, each `done` (with the range
 * that satisfies it), `missing`, or `optional` (good practice, not needed, not done). Detection reads
 * the writer's prose only (doc.blocks), never quoted text or the thread.
 */
export function buildChecklist(input: ChecklistInput): ChecklistItem[] {
  const { doc, kind, messages, lines } = input;
  const spec = kindSpec(kind);
  const shape: LetterShape = letterShape(doc);
  const out: ChecklistItem[] = [];

  const words = input.words ?? countWords(doc);
  const tone = messages.filter((m) => TONE.has(m.category) && (m.severity === 'warning' || m.severity === 'error'));
  const placeholders = messages.filter((m) => m.category === 'placeholder');

  for (const id of ITEM_IDS) {
    const applies = spec.applies[id];
    if (applies === 'hidden') continue;
    const item = ITEMS[id];
    let hit: Hit | null = null;
    let done = false;
    let hint = item.hint;
    let problem: ChecklistRange | undefined;
    switch (id as ItemId) {
      case 'greeting':
        hit = shape.greeting.hit;
        if (!hit && shape.greeting.nameless) hint = `Use their name instead of a generic salutation. ${item.hint}`;
        break;
      case 'thanks':
        hit = detectThanks(shape, messages);
        break;
      case 'feedback':
        hit = detectFeedback(shape);
        break;
      case 'interest':
        hit = detectInterest(shape);
        break;
      case 'positive-close':
        hit = detectPositiveClose(shape, messages);
        break;
      case 'sign-off':
        hit = shape.signOff.hit;
        if (!hit && shape.signOff.closingOnly) hint = 'Add your name on the line after the closing.';
        else if (!hit && shape.signOff.nameOnly) hint = 'Add a closing such as "Best regards," on the line before your name.';
        break;
      case 'professional':
        done = tone.length === 0;
        if (!done) {
          hint = `${tone.length} tone ${tone.length === 1 ? 'problem' : 'problems'} to fix (warnings or errors). ${item.hint}`;
          problem = rangeFromOffsets(tone[0]!.offset, tone[0]!.endOffset, lines);
        }
        break;
      case 'no-placeholders':
        done = placeholders.length === 0;
        if (!done) {
          hint = `${placeholders.length} unfilled ${placeholders.length === 1 ? 'placeholder' : 'placeholders'}. ${item.hint}`;
          problem = rangeFromOffsets(placeholders[0]!.offset, placeholders[0]!.endOffset, lines);
        }
        break;
      case 'concise':
        done = words <= spec.words;
        hint = `${words} of at most ${spec.words} words. ${item.hint}`;
        break;
    }
    if (hit) done = true;
    const entry: ChecklistItem = {
      id,
      label: applies === 'optional' ? `${item.label} (optional)` : item.label,
      state: done ? 'done' : applies === 'optional' ? 'optional' : 'missing',
      required: applies === 'required',
      hint,
    };
    if (hit) entry.range = rangeOf(hit, lines);
    if (problem) entry.problem = problem;
    if (item.snippet && !done) entry.snippet = item.snippet;
    out.push(entry);
  }
  return out;
}

/** Checklist progress: required items done out of required items. */
export function checklistProgress(items: readonly ChecklistItem[]): { done: number; total: number } {
  const required = items.filter((i) => i.required);
  return { done: required.filter((i) => i.state === 'done').length, total: required.length };
}

/** "Ready to send": every required item done and no error-severity message. */
export function isReadyToSend(items: readonly ChecklistItem[], messages: readonly PoiseMessage[]): boolean {
  return items.every((i) => !i.required || i.state === 'done') && !messages.some((m) => m.severity === 'error');
}
