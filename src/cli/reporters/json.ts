import type { Reporter } from './types';

/**
 * The stable JSON format (version 1):
 * `{"version":1,"files":[{"path","kind","messages":[…],"checklist":[…]}]}`. Keys are written in a
 * fixed order; adding a key is a new version.
 */
export const json: Reporter = (files) =>
  JSON.stringify({
    version: 1,
    files: files.map(({ path, result }) => ({
      path,
      kind: result.kind ?? null,
      messages: result.messages.map((m) => ({
        ruleId: m.ruleId,
        category: m.category,
        severity: m.severity,
        reason: m.reason,
        line: m.line,
        column: m.column,
        endLine: m.endLine,
        endColumn: m.endColumn,
        offset: m.offset,
        endOffset: m.endOffset,
        actual: m.actual,
        expected: [...m.expected],
        url: m.url,
      })),
      checklist: result.checklist.map((c) => ({ id: c.id, label: c.label, state: c.state, line: c.range?.line ?? null })),
    })),
  }) + '\n';
