import assert from 'node:assert/strict';
import { CATEGORIES, type PoiseMessage } from '../../src/core/index';

/** Line and column (1-based, UTF-16) of an offset, computed independently of the engine's LineIndex. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      start = i + 1;
    }
  }
  return { line, column: offset - start + 1 };
}

const SEVERITIES = new Set(['error', 'warning', 'info']);

/** Asserts every invariant of the message contract for one message of `text`. */
export function checkMessage(text: string, m: PoiseMessage, where: string): void {
  const at = `${where} ${m.ruleId}@${m.offset}`;
  assert.equal(typeof m.ruleId, 'string', at);
  assert.match(m.ruleId, /^[a-z][a-z0-9-]*$/, at);
  assert.equal(m.source, 'poise', at);
  assert.ok(m.url.includes(`#${m.ruleId}`), `${at}: url ${m.url}`);
  assert.ok(SEVERITIES.has(m.severity), `${at}: severity ${m.severity}`);
  assert.ok((CATEGORIES as readonly string[]).includes(m.category), `${at}: category ${m.category}`);
  assert.ok(typeof m.reason === 'string' && m.reason.length > 0, `${at}: reason`);
  assert.equal(typeof m.note, 'string', at);
  assert.ok(Number.isInteger(m.offset) && Number.isInteger(m.endOffset), at);
  assert.ok(0 <= m.offset && m.offset < m.endOffset && m.endOffset <= text.length, `${at}: range ${m.offset}-${m.endOffset} of ${text.length}`);
  assert.equal(text.slice(m.offset, m.endOffset), m.actual, `${at}: actual`);
  const start = lineColumn(text, m.offset);
  const end = lineColumn(text, m.endOffset);
  assert.deepEqual({ line: m.line, column: m.column, endLine: m.endLine, endColumn: m.endColumn }, { line: start.line, column: start.column, endLine: end.line, endColumn: end.column }, `${at}: line/column`);
  assert.deepEqual(m.place, { start: { ...start, offset: m.offset }, end: { ...end, offset: m.endOffset } }, `${at}: place`);
  assert.ok(Array.isArray(m.expected) && m.expected.length <= 3, `${at}: expected ≤ 3`);
  for (const e of m.expected) assert.equal(typeof e, 'string', at);
}
