import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { analyze } from '../../src/core/index';
import { checkMessage } from './invariant-check';

/**
 * Every message on every fixture (Markdown files and the texts of the labelled sentence sets),
 * as written and in variants (CRLF, combining marks, emoji and tabs), keeps the message contract.
 */
const root = resolve(import.meta.dirname, '../fixtures');

function list(dir: string, ext: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? list(join(dir, e.name), ext) : e.name.endsWith(ext) ? [join(dir, e.name)] : []);
}

const docs: Array<[string, string]> = [
  ...list(root, '.md').map((f) => [relative(root, f), readFileSync(f, 'utf8')] as [string, string]),
  ...list(root, '.jsonl').flatMap((f) =>
    readFileSync(f, 'utf8').split('\n').filter((l) => l.trim()).map((l, i) => {
      const row = JSON.parse(l) as { id?: string; text: string };
      return [`${relative(root, f)}:${row.id ?? i + 1}`, row.text] as [string, string];
    })),
];

const VARIANTS: Record<string, (t: string) => string> = {
  as_is: (t) => t,
  crlf: (t) => t.replace(/\r?\n/g, '\r\n'),
  combining: (t) => t.replace(/e/g, 'e\u0301').replace(/A/g, 'A\u030A'),
  emoji_tabs: (t) => t.replace(/([.!?]) /g, '$1 👩🏽‍💻\t').replace(/\n/g, ' 🎉\n'),
};

for (const [variant, transform] of Object.entries(VARIANTS)) {
  test(`message invariants on every fixture (${variant})`, () => {
    assert.ok(docs.length > 100, 'fixtures found');
    let count = 0;
    for (const [name, original] of docs) {
      const text = transform(original);
      const { messages } = analyze(text);
      for (const m of messages) checkMessage(text, m, `${name} [${variant}]`);
      count += messages.length;
    }
    assert.ok(count > 0, 'some messages were checked');
  });
}

test('the variants still find what the original finds (ranges move, findings stay)', () => {
  for (const [name, text] of docs.filter(([n]) => n.endsWith('.md'))) {
    const ids = (t: string) => analyze(t).messages.map((m) => m.ruleId).sort();
    assert.deepEqual(ids(VARIANTS.crlf!(text)), ids(text), name);
  }
});
