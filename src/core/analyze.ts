import { parseMarkdown } from './parse';
import { extractProse, toSourceRange } from './prose';
import { LineIndex } from './location';
import { defaultOptions, type PoiseOptions } from './options';
import { RULES } from './rules/index';
import { ruleUrl, type Finding, type Rule } from './rules/rule';
import type { AnalyzeResult, PoiseMessage, Severity, SeveritySetting } from './types';

export interface AnalyzeInput {
  options?: Partial<PoiseOptions>;
}

function severityFor(rule: Rule, category: string, options: PoiseOptions): SeveritySetting {
  return options.rules[rule.id] ?? options.rules[category] ?? rule.severity;
}

/** Analyses one Markdown document. Pure: text and options in, plain data out. Never throws on odd input. */
export function analyze(text: string, input: AnalyzeInput = {}): AnalyzeResult {
  const options: PoiseOptions = { ...defaultOptions(), ...input.options };
  const tree = parseMarkdown(text);
  const doc = extractProse(text, tree, { skipQuotes: options.skipQuotes });
  const lines = new LineIndex(text);
  const messages: PoiseMessage[] = [];

  for (const rule of RULES) {
    const report = (f: Finding) => {
      const category = f.category ?? rule.category;
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

  const words = doc.blocks.reduce((n, b) => n + (b.text.match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu)?.length ?? 0), 0);
  return {
    messages,
    checklist: [],
    kind: null,
    kindSource: null,
    meta: {},
    configProblems: [],
    stats: { words, sentences: 0, proseCharacters: doc.blocks.reduce((n, b) => n + b.text.length, 0) },
  };
}
