import type { Severity } from '../../core/index';
import type { Reporter } from './types';

const ANSI = { reset: '\x1b[0m', bold: '\x1b[1m', dim: '\x1b[2m', underline: '\x1b[4m', red: '\x1b[31m', yellow: '\x1b[33m', blue: '\x1b[34m' };

/** ESLint-like "stylish" text: a header per file with problems, aligned rows, a summary line. */
export const stylish: Reporter = (files, ctx) => {
  const paint = (codes: string, s: string) => (ctx.color ? `${codes}${s}${ANSI.reset}` : s);
  const sevColour: Record<Severity, string> = { error: ANSI.red, warning: ANSI.yellow, info: ANSI.blue };
  const count: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  let out = '';
  for (const { path, result } of files) {
    if (!result.messages.length) continue;
    out += `\n${paint(ANSI.underline, path === '-' ? '<stdin>' : path)}\n`;
    const rows = result.messages.map((m) => {
      count[m.severity]++;
      return [`${m.line}:${m.column}`, m.severity, m.reason.replace(/\s+/g, ' '), m.ruleId] as const;
    });
    const w0 = Math.max(...rows.map((r) => r[0].length));
    const w1 = Math.max(...rows.map((r) => r[1].length));
    const w2 = Math.max(...rows.map((r) => r[2].length));
    for (const [pos, sev, reason, rule] of rows) {
      out += `  ${paint(ANSI.dim, pos.padEnd(w0))}  ${paint(sevColour[sev as Severity], sev.padEnd(w1))}  ${reason.padEnd(w2)}  ${paint(ANSI.dim, rule)}\n`;
    }
  }
  const total = count.error + count.warning + count.info;
  if (total) {
    const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;
    const line = `✖ ${plural(total, 'problem')} (${plural(count.error, 'error')}, ${plural(count.warning, 'warning')}, ${count.info} info)`;
    out += `\n${paint(ANSI.bold + (count.error ? ANSI.red : count.warning ? ANSI.yellow : ANSI.blue), line)}\n`;
  }
  return out;
};
