import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { expandSnippet, parseSnippet, serializeSnippet, withDefaults, escapeSnippetText, resolveVariable } from '../../src/core/snippet-expand';

const NOW = new Date(2026, 2, 5, 9, 7, 3); // Thursday 5 March 2026, 09:07:03 local time
const ex = (s: string, ctx = {}) => expandSnippet(s, { now: NOW, ...ctx }).text;

test('tab stops, defaults, choices and the final stop', () => {
  assert.equal(ex('$1 ${2} ${3:three} $0'), '  three ');
  assert.equal(ex('${1|Dear,Hello,Hi|} ${2:Ms. Rivera},'), 'Dear Ms. Rivera,');
  const e = expandSnippet('${1|Dear,Hi|} ${2:Ms. Rivera},$0');
  assert.deepEqual(e.tabstops, [
    { index: 1, offset: 0, endOffset: 4 },
    { index: 2, offset: 5, endOffset: 15 },
    { index: 0, offset: 16, endOffset: 16 },
  ]);
});

test('mirrors take the first default of their index, wherever it appears', () => {
  assert.equal(ex('$1 then ${1:Northwind} and $1'), 'Northwind then Northwind and Northwind');
  assert.equal(ex('${1|Dear,Hi|} / $1'), 'Dear / Dear');
  assert.equal(ex('${1:a ${2:b}} $2 $1'), 'a b b a b');
  // A default that mirrors itself does not loop.
  assert.equal(ex('${1:x $1 y}'), 'x  y');
});

test('variables resolve like VS Code: known, empty with default, unknown', () => {
  assert.equal(ex('$CURRENT_YEAR-${CURRENT_MONTH}-$CURRENT_DATE'), '2026-03-05');
  assert.equal(ex('$CURRENT_DAY_NAME $CURRENT_MONTH_NAME_SHORT $CURRENT_YEAR_SHORT $CURRENT_HOUR:$CURRENT_MINUTE:$CURRENT_SECOND'), 'Thursday Mar 26 09:07:03');
  assert.equal(ex('$TM_FILENAME|$TM_FILENAME_BASE|$TM_DIRECTORY', { filePath: '/home/a/letters/reply.md' }), 'reply.md|reply|/home/a/letters');
  assert.equal(ex('$TM_FILENAME'), 'Untitled-1');
  assert.equal(ex('${TM_SELECTED_TEXT:nothing}'), 'nothing');
  assert.equal(ex('${TM_SELECTED_TEXT:nothing}', { selection: 'picked' }), 'picked');
  assert.equal(ex('$BLOCK_COMMENT_START x $BLOCK_COMMENT_END'), '<!-- x -->');
  const u = expandSnippet('${MYSTERY} ${OTHER:fallback}');
  assert.equal(u.text, 'MYSTERY fallback');
  assert.deepEqual(u.unknownVariables, ['MYSTERY']);
  assert.match(ex('$UUID'), /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
  assert.match(ex('$RANDOM'), /^\d{6}$/);
  assert.equal(resolveVariable('NOPE'), undefined);
});

test('escapes and stray syntax are literal text', () => {
  assert.equal(ex('\\$120,000 \\} \\\\ \\n'), '$120,000 } \\ \\n');
  assert.equal(ex('cost $ and } and ${ and $-'), 'cost $ and } and ${ and $-');
  assert.equal(ex('${1:unterminated'), '${1:unterminated');
  assert.equal(ex('${1|a\\,b,c\\|d|} $1'), 'a,b a,b');
  assert.equal(ex('${1|broken'), '${1|broken');
  assert.equal(ex('${0|no,choices,at,zero|}'), '${0|no,choices,at,zero|}');
});

test('transforms apply as when tabbing past the stop', () => {
  assert.equal(ex('${1:hello world} ${1/(\\w+) (\\w+)/${2:/upcase}-${1:/capitalize}/}'), 'hello world WORLD-Hello');
  assert.equal(ex('${TM_FILENAME_BASE/(.*)/${1:/pascalcase}/}', { filePath: 'thank-you-note.md' }), 'ThankYouNote');
  assert.equal(ex('${1/^$/${0:-empty}/}'), 'empty');
  assert.equal(ex('${1:yes} ${1/^(y)?.*$/${1:?has y:no y}/}'), 'yes has y');
  assert.equal(ex('${1:a} ${1/(a)|(b)/${1:+A}${2:-none}/}'), 'a Anone');
});

test('serialising gives back an equivalent snippet; withDefaults replaces defaults literally', () => {
  const src = '${1|Dear,Hi\\,there|} ${2:Ms. \\$Rivera} $2 ${NAME:x} \\} $0';
  assert.equal(ex(serializeSnippet(parseSnippet(src))), ex(src));
  const filled = withDefaults('to: ${1:Ms. Rivera}\n${2|Dear,Hi|} $1', { 1: 'Dana $Cole}', 2: 'Hello' });
  assert.equal(ex(filled), 'to: Dana $Cole}\nHello Dana $Cole}');
  // A bare first occurrence followed by a defaulted one: the default is what gets replaced.
  assert.equal(ex(withDefaults('$1 / ${1:a}', { 1: 'b' })), 'b / b');
});

test('any text survives escape → expand unchanged (property)', () => {
  fc.assert(fc.property(fc.string(), (s) => ex(escapeSnippetText(s)) === s));
});

test('parse → serialise → expand is stable on random snippet-like input (property)', () => {
  const alphabet = fc.constantFrom('$', '{', '}', '1', '2', ':', '|', ',', '\\', 'a', 'B', ' ', '/', '0');
  fc.assert(fc.property(fc.array(alphabet, { maxLength: 30 }).map((a) => a.join('')), (s) => {
    const once = ex(s);
    assert.equal(typeof once, 'string');
    assert.equal(ex(serializeSnippet(parseSnippet(s))), once);
  }));
});
