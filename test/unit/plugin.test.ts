import { test } from 'node:test';
import assert from 'node:assert/strict';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { VFile } from 'vfile';
import { VFileMessage } from 'vfile-message';
import poise from '../../src/core/plugin';
import { analyze } from '../../src/core/index';

const text = 'Hi,\n\nThe NEW OFFICE sounds lovely.\n\n```\nLOUD CODE\n```\n';

async function run(value: string, options?: Parameters<typeof poise>[0]) {
  const file = new VFile({ path: 'letter.md', value });
  const processor = unified().use(remarkParse).use(poise, options);
  await processor.run(processor.parse(file), file);
  return file;
}

test('puts every engine message on the vfile as a real VFileMessage', async () => {
  const file = await run(text);
  const engine = analyze(text).messages;
  assert.ok(engine.length >= 1);
  assert.equal(file.messages.length, engine.length);
  file.messages.forEach((msg, i) => {
    const m = engine[i]!;
    assert.ok(msg instanceof VFileMessage);
    assert.equal(msg.ruleId, m.ruleId);
    assert.equal(msg.source, 'poise');
    assert.equal(msg.reason, m.reason);
    assert.equal(msg.note, m.note);
    assert.equal(msg.actual, m.actual);
    assert.deepEqual(msg.expected, m.expected);
    assert.equal(msg.url, m.url);
    assert.equal(msg.file, 'letter.md');
    assert.deepEqual(msg.place, { start: m.place.start, end: m.place.end });
    assert.equal(msg.line, m.line);
    assert.equal(msg.column, m.column);
    assert.equal((msg as unknown as { category: string }).category, m.category);
  });
  const shout = file.messages.find((m) => m.ruleId === 'shouting')!;
  assert.equal(shout.actual, 'NEW OFFICE');
  assert.equal(shout.fatal, false);
});

test('fatal follows the severity: error → true, warning → false, info → undefined', async () => {
  const sev = async (s: 'error' | 'warning' | 'info') => (await run(text, { rules: { shouting: s } })).messages.find((m) => m.ruleId === 'shouting')!.fatal;
  assert.equal(await sev('error'), true);
  assert.equal(await sev('warning'), false);
  assert.equal(await sev('info'), undefined);
  assert.equal((await run(text, { rules: { shouting: 'off' } })).messages.filter((m) => m.ruleId === 'shouting').length, 0);
});

test('bad options become one config warning each; the analysis goes on', async () => {
  const file = await run(text, { rules: { shouting: 'loud' } } as never);
  const config = file.messages.filter((m) => m.ruleId === 'config');
  assert.equal(config.length, 1);
  assert.match(config[0]!.reason, /^poise plugin options: "rules\.shouting"/);
  assert.ok(file.messages.some((m) => m.ruleId === 'shouting'));
});

test('does not change the tree', async () => {
  const processor = unified().use(remarkParse).use(poise);
  const file = new VFile({ value: text });
  const tree = processor.parse(file);
  const before = JSON.stringify(tree);
  const after = await processor.run(tree, file);
  assert.equal(JSON.stringify(after), before);
  assert.ok(file.messages.length >= 1);
});
