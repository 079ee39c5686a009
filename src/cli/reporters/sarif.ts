import { isAbsolute, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { RULES, ruleUrl, type Severity } from '../../core/index';
import type { Reporter } from './types';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };
const INFORMATION_URI = 'https://github.com/poise-writing/poise';

function uriFor(path: string, cwd: string): string {
  if (path === '-') return 'stdin';
  if (isAbsolute(path)) {
    const rel = relative(cwd, path);
    if (rel.startsWith('..') || isAbsolute(rel)) return pathToFileURL(path).href;
    path = rel;
  }
  return path.split(sep).join('/').split('/').map(encodeURIComponent).join('/');
}

/** SARIF 2.1.0: one run, every Poise rule in the driver, one result per message. */
export const sarif: Reporter = (files, ctx) => {
  const rules = RULES.map((r) => ({
    id: r.id,
    name: r.id.replace(/(^|-)([a-z])/g, (_, _d: string, c: string) => c.toUpperCase()),
    shortDescription: { text: r.reason },
    fullDescription: { text: r.note },
    helpUri: ruleUrl(r.id),
    help: { text: r.note, markdown: r.note },
    defaultConfiguration: { level: LEVEL[r.severity] },
    properties: { category: r.category },
  }));
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const results = files.flatMap(({ path, result }) =>
    result.messages.map((m) => {
      const ruleIndex = index.get(m.ruleId);
      return {
        ruleId: m.ruleId,
        ...(ruleIndex !== undefined ? { ruleIndex } : {}),
        level: LEVEL[m.severity],
        message: { text: m.reason },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: uriFor(path, ctx.cwd) },
              region: {
                startLine: m.line,
                startColumn: m.column,
                endLine: m.endLine,
                endColumn: m.endColumn,
                charOffset: m.offset,
                charLength: m.endOffset - m.offset,
                snippet: { text: m.actual },
              },
            },
          },
        ],
        properties: { category: m.category, expected: m.expected },
      };
    }),
  );
  return (
    JSON.stringify(
      {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [
          {
            tool: { driver: { name: 'poise', version: ctx.version, informationUri: INFORMATION_URI, rules } },
            columnKind: 'utf16CodeUnits',
            results,
          },
        ],
      },
      null,
      2,
    ) + '\n'
  );
};
