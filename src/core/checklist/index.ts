import type { ProseDoc } from '../prose';
import type { LineIndex } from '../location';
import type { ChecklistItem, LetterKind, PoiseMessage } from '../types';

export interface ChecklistInput {
  doc: ProseDoc;
  kind: LetterKind | null;
  messages: PoiseMessage[];
  lines: LineIndex;
  meta: Record<string, unknown>;
}

/** The reply checklist for the draft. (Placeholder: filled in by the checklist work.) */
export function buildChecklist(_input: ChecklistInput): ChecklistItem[] {
  return [];
}
