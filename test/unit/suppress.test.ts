import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, parseDirective } from '../../src/core/index';

/** Lines (1-based) where shouting is reported. */
const shoutLines = (text: string) => analyze(text).messages.filter((m) => m.ruleId === 'shouting').map((m) => m.line);

test('parseDirective reads kind, names (spaces or commas) and ignores a -- reason', () => {
  assert.deepEqual(parseDirective('poise-disable'), { kind: 'disable', names: [] });
  assert.deepEqual(parseDirective(' poise-enable shouting, hedging '), { kind: 'enable', names: ['shouting', 'hedging'] });
  assert.deepEqual(parseDirective('poise-disable-next-line shouting -- product name'), { kind: 'disable-next-line', names: ['shouting'] });
  assert.deepEqual(parseDirective('poise-disable-line'), { kind: 'disable-line', names: [] });
  assert.equal(parseDirective('poise-disabled'), null);
  assert.equal(parseDirective('a comment about poise-disable'), null);
});

test('disable … enable silences everything in between, for all rules', () => {
  const text = 'ONE SHOUT here.\n\n<!-- poise-disable -->\n\nTWO SHOUTS here.\n\n<!-- poise-enable -->\n\nTHREE SHOUTS here.\n';
  assert.deepEqual(shoutLines(text), [1, 9]);
});

test('disable by rule id or category; other names do not silence it', () => {
  const body = '\n\nLOUD WORDS here.\n';
  assert.deepEqual(shoutLines(`<!-- poise-disable shouting -->${body}`), []);
  assert.deepEqual(shoutLines(`<!-- poise-disable hedging -->${body}`), [3]);
  assert.deepEqual(shoutLines(`<!-- poise-disable hedging, shouting -->${body}`), []);
});

test('enable a single rule after disabling all', () => {
  const text = '<!-- poise-disable -->\n<!-- poise-enable shouting -->\n\nLOUD WORDS here.\n';
  assert.deepEqual(shoutLines(text), [4]);
});

test('disable-next-line: only the line right after the comment', () => {
  const text = 'Intro.\n<!-- poise-disable-next-line shouting -->\nLOUD WORDS here.\nMORE LOUD WORDS.\n';
  assert.deepEqual(shoutLines(text), [4]);
  // A blank line in between: the comment covers the blank line, not the paragraph (as markdownlint).
  assert.deepEqual(shoutLines('<!-- poise-disable-next-line -->\n\nLOUD WORDS here.\n'), [3]);
  // Inline at the end of a line.
  assert.deepEqual(shoutLines('Intro <!-- poise-disable-next-line -->\nLOUD WORDS here.\n'), []);
});

test('disable-line: the comment\'s own line', () => {
  assert.deepEqual(shoutLines('LOUD WORDS here. <!-- poise-disable-line -->\nMORE LOUD WORDS.\n'), [2]);
});

test('comments in code or in a skipped quote do not count', () => {
  const code = '```html\n<!-- poise-disable -->\n```\n\nLOUD WORDS here.\n';
  assert.deepEqual(shoutLines(code), [5]);
  const inline = 'Use `<!-- poise-disable -->` to silence. LOUD WORDS here.\n';
  assert.deepEqual(shoutLines(inline), [1]);
  const quote = '> <!-- poise-disable -->\n\nLOUD WORDS here.\n';
  assert.deepEqual(shoutLines(quote), [3]);
});

test('an unknown name is a problem and has no effect', () => {
  const r = analyze('<!-- poise-disable shoutng -->\n\nLOUD WORDS here.\n');
  assert.equal(r.messages.filter((m) => m.ruleId === 'shouting').length, 1);
  assert.equal(r.configProblems.length, 1);
  assert.equal(r.configProblems[0]!.key, 'shoutng');
  assert.match(r.configProblems[0]!.message, /Line 1: .*"shoutng"/);
});

test('CRLF line endings: next-line still means the next line', () => {
  assert.deepEqual(shoutLines('Intro.\r\n<!-- poise-disable-next-line -->\r\nLOUD WORDS here.\r\nMORE LOUD WORDS.\r\n'), [4]);
});
