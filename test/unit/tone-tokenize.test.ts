import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize, expand, normalizeWord } from '../../src/core/tokenize';
import { buildMatcher, compilePattern, inflect } from '../../src/core/matcher';

test('tokens keep exact offsets while their norms are folded', () => {
  const text = 'You’re ＷＲＯＮＧ — café ﬁne, 👍🏽 Zoë’s e\u0301clair.';
  const { tokens } = tokenize(text);
  for (const t of tokens) assert.ok(t.end > t.start && t.end <= text.length);
  const norms = tokens.map((t) => t.norm);
  assert.deepEqual(norms.slice(0, 3), ['you', 'are', 'wrong']);
  assert.ok(norms.includes('cafe'));
  assert.ok(norms.includes('fine'));
  assert.ok(norms.includes('eclair'));
  // The two tokens of a contraction share its span.
  assert.equal(text.slice(tokens[0]!.start, tokens[0]!.end), 'You’re');
  assert.equal(tokens[1]!.start, tokens[0]!.start);
  const wrong = tokens[2]!;
  assert.equal(text.slice(wrong.start, wrong.end), 'ＷＲＯＮＧ');
  const eclair = tokens.find((t) => t.norm === 'eclair')!;
  assert.equal(text.slice(eclair.start, eclair.end), 'e\u0301clair');
});

test('contractions expand the way phrase data is written', () => {
  assert.deepEqual(expand("don't"), ['do', 'not']);
  assert.deepEqual(expand("won't"), ['will', 'not']);
  assert.deepEqual(expand("can't"), ['can', 'not']);
  assert.deepEqual(expand("i'd"), ['i', 'would']);
  assert.deepEqual(expand("it's"), ['it', 'is']);
  assert.deepEqual(expand("company's"), ['company', "'s"]);
  assert.equal(normalizeWord('Don’t'), "don't");
  // Words that are also Object.prototype keys are ordinary words.
  assert.deepEqual(expand('constructor'), ['constructor']);
  assert.deepEqual(tokenize('The constructor toString __proto__ hasOwnProperty.').tokens.map((t) => t.norm), ['the', 'constructor', 'tostring', 'proto', 'hasownproperty']);
});

test('sentences split at terminators but not after abbreviations or initials', () => {
  const text = 'Dear Mr. Smith, thanks. I met Dr. J. Lee at 3 p.m. yesterday! Was it good?\n\nNew para';
  const s = tokenize(text).sentences.map((x) => text.slice(x.start, x.end));
  assert.deepEqual(s, ['Dear Mr. Smith, thanks.', 'I met Dr. J. Lee at 3 p.m. yesterday!', 'Was it good?', 'New para']);
});

test('a CRLF block and a quoted stretch are found', () => {
  const text = 'One line.\r\nTwo "quoted words here" end.';
  const tk = tokenize(text);
  assert.equal(tk.sentences.length, 2);
  assert.equal(tk.quotes.length, 1);
  assert.equal(text.slice(...tk.quotes[0]!), '"quoted words here"');
});

test('inflect covers regular verb forms', () => {
  assert.deepEqual(new Set(inflect('waste')), new Set(['waste', 'wastes', 'wasted', 'wasting']));
  assert.ok(inflect('beg').includes('begging'));
  assert.ok(inflect('try').includes('tried'));
});

test('pattern syntax: alternatives, options, classes, gaps, inflections, numbers', () => {
  const classes = { you: 'you|your team|you guys' };
  assert.deepEqual(compilePattern('a [b|c d] e', classes), [['a', 'e'], ['a', 'b', 'e'], ['a', 'c', 'd', 'e']]);
  const m = buildMatcher(
    [
      { patterns: ['@you waste+ ** my time'], value: 'waste' },
      { patterns: ['for the # time'], value: 'num' },
      { patterns: ['do not contact me [ever] again'], value: 'bb' },
    ],
    classes,
  );
  const run = (text: string) => m.match(tokenize(text).tokens).map((x) => x.value);
  assert.deepEqual(run('Your team wasted all of my time.'), ['waste']);
  assert.deepEqual(run('Your team wasted so much of my time.'), []);
  assert.deepEqual(run('You guys are wasting my time.'), []);
  assert.deepEqual(run('You waste my time.'), ['waste']);
  assert.deepEqual(run('Writing for the 3 time.'), ['num']);
  assert.deepEqual(run("Don't contact me ever again."), ['bb']);
  assert.deepEqual(run('Do not contact me again.'), ['bb']);
  // A phrase never spans two sentences.
  assert.deepEqual(run('Do not contact me. Again.'), []);
});

test('broad patterns compile to a small automaton (no cartesian blow-up)', () => {
  const classes = { a: Array.from({ length: 200 }, (_, i) => `w${i}`).join('|') };
  const m = buildMatcher([{ patterns: ['@a [@a] [@a] @a @a'], value: 1 }], classes);
  assert.ok(m.states < 5000, `states: ${m.states}`);
  assert.equal(m.match(tokenize('w1 w2 w3 w4 w5').tokens).length > 0, true);
});
