import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/core/index';

test('shouting in prose is flagged with an exact range', () => {
  const text = '# Hi\n\nI am VERY ANGRY about this.\n';
  // (The sentence model may also judge the sentence as a whole; this test is about the caps.)
  const messages = analyze(text).messages.filter((m) => m.ruleId !== 'sentence-tone');
  assert.equal(messages.length, 1);
  const m = messages[0]!;
  assert.equal(m.ruleId, 'shouting');
  assert.equal(text.slice(m.offset, m.endOffset), 'VERY ANGRY');
  assert.equal(m.line, 3);
  assert.equal(m.column, 6);
});

test('code, quotes and front matter are not judged', () => {
  const text = '---\ntitle: VERY ANGRY\n---\n\n`VERY ANGRY`\n\n```\nVERY ANGRY\n```\n\n> VERY ANGRY\n';
  assert.deepEqual(analyze(text).messages, []);
});
