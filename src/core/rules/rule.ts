import type { ProseBlock, ProseDoc } from '../prose';
import type { PoiseOptions } from '../options';
import type { Category, Severity } from '../types';

/** Where every rule's documentation lives; a message's `url` is this plus `#<rule id>`. */
export const DOCS_URL = 'https://github.com/poise-writing/poise/blob/main/docs/rules.md';

export function ruleUrl(id: string): string {
  return `${DOCS_URL}#${id}`;
}

/** What a rule reports: a range inside one block's prose, plus anything that differs from its defaults. */
export interface Finding {
  block: ProseBlock;
  /** [start, end) in block.text */
  start: number;
  end: number;
  reason?: string;
  note?: string;
  expected?: string[];
  /** Override the rule's category (e.g. a phrase rule that carries several categories). */
  category?: Category;
}

export interface RuleContext {
  doc: ProseDoc;
  options: PoiseOptions;
  report(finding: Finding): void;
}

export interface Rule {
  id: string;
  /** The rule's category; `tone` for a rule whose every finding names its own tone category. */
  category: Category | 'tone';
  /** Default severity. */
  severity: Severity;
  /** Default reason (one short sentence). */
  reason: string;
  /** Default note (Markdown): why it hurts, what to do instead. */
  note: string;
  check(ctx: RuleContext): void;
}
