import type { ProseDoc } from '../prose';
import { toSourceRange } from '../prose';
import type { LineIndex } from '../location';
import type { PoiseOptions } from '../options';
import type { PoiseMessage, Severity, SeveritySetting } from '../types';
import { RULES } from './index';
import { ruleUrl, type Finding, type Rule } from './rule';

function severityFor(rule: Rule, category: string, options: PoiseOptions): SeveritySetting {
  return options.rules[rule.id] ?? options.rules[category] ?? rule.severity;
}

/** Runs every rule over the prose and turns findings into messages with exact source ranges. */
export function runRules(text: string, doc: ProseDoc, options: PoiseOptions, lines: LineIndex): PoiseMessage[] {
  const messages: PoiseMessage[] = [];
  for (const rule of RULES) {
    const report = (f: Finding) => {
      const category = f.category ?? (rule.category === 'tone' ? undefined : rule.category);
      if (!category) return;
      const sev = severityFor(rule, category, options);
      if (sev === 'off') return;
      const [offset, endOffset] = toSourceRange(f.block, f.start, f.end);
      const start = lines.point(offset);
      const end = lines.point(endOffset);
      messages.push({
        ruleId: rule.id,
        source: 'poise',
        category,
        severity: sev as Severity,
        reason: f.reason ?? rule.reason,
        note: f.note ?? rule.note,
        actual: text.slice(offset, endOffset),
        expected: (f.expected ?? []).slice(0, 3),
        url: ruleUrl(rule.id),
        place: { start, end },
        line: start.line,
        column: start.column,
        endLine: end.line,
        endColumn: end.column,
        offset,
        endOffset,
      });
    };
    rule.check({ doc, options, report });
  }
  messages.sort((a, b) => a.offset - b.offset || a.endOffset - b.endOffset || a.ruleId.localeCompare(b.ruleId));
  return messages;
}
