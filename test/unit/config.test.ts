import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, validateOptions, parseOptionsJson, mergeOptions, formatConfigProblem, defaultOptions } from '../../src/core/index';

const shouts = (text: string, options?: Parameters<typeof analyze>[1]) =>
  analyze(text, options).messages.filter((m) => m.ruleId === 'shouting');

test('valid options pass through unchanged, with no problems', () => {
  const raw = {
    $schema: './poiserc.schema.json',
    rules: { shouting: 'info', hedging: 'off' },
    allow: ['ACME'],
    phrases: [{ phrase: 'no offense', category: 'hostile', note: 'Why.', suggestions: ['a', 'b'] }],
    skipQuotes: false,
  };
  const { options, problems } = validateOptions(raw, '.poiserc.json');
  assert.deepEqual(problems, []);
  assert.deepEqual(options, {
    rules: { shouting: 'info', hedging: 'off' },
    allow: ['ACME'],
    phrases: [{ phrase: 'no offense', category: 'hostile', note: 'Why.', suggestions: ['a', 'b'] }],
    skipQuotes: false,
  });
});

test('each bad key gives one problem naming the source and the key; the rest survives', () => {
  const raw = {
    rules: { shouting: 'loud', shoutng: 'off', hedging: 'warning' },
    allow: 'ACME',
    skipQuotes: 'yes',
    skipQoutes: true,
    phrases: [{ phrase: 'x', category: 'rude' }, { phrase: '', category: 'hostile' }, { phrase: 'fine', category: 'blame' }, 7],
  };
  const { options, problems } = validateOptions(raw, '/home/me/.poiserc.json');
  const byKey = new Map(problems.map((p) => [p.key, p]));
  assert.deepEqual([...byKey.keys()].sort(), ['allow', 'phrases[0].category', 'phrases[1].phrase', 'phrases[3]', 'rules.shoutng', 'rules.shouting', 'skipQoutes', 'skipQuotes'].sort());
  for (const p of problems) {
    assert.equal(p.source, '/home/me/.poiserc.json');
    assert.ok(p.message.includes(p.key), `message names its key: ${p.message}`);
    assert.ok(formatConfigProblem(p).startsWith('/home/me/.poiserc.json: '));
  }
  assert.match(byKey.get('rules.shoutng')!.message, /did you mean "shouting"/);
  assert.match(byKey.get('skipQoutes')!.message, /did you mean "skipQuotes"/);
  assert.match(byKey.get('rules.shouting')!.message, /off, info, warning, error/);
  // Bad entries fall back; good ones stay.
  assert.deepEqual(options.rules, { hedging: 'warning' });
  assert.equal(options.allow, undefined);
  assert.equal(options.skipQuotes, undefined);
  assert.deepEqual(options.phrases, [{ phrase: 'fine', category: 'blame' }]);
});

test('a non-object is one problem and no options', () => {
  for (const raw of [[], 'rules', 3, true]) {
    const r = validateOptions(raw, 'settings');
    assert.deepEqual(r.options, {});
    assert.equal(r.problems.length, 1);
    assert.equal(r.problems[0]!.key, '');
  }
  assert.deepEqual(validateOptions(undefined, 'settings'), { options: {}, problems: [] });
});

test('suggestions are capped at three', () => {
  const r = validateOptions({ phrases: [{ phrase: 'p', category: 'hedging', suggestions: ['1', '2', '3', '4'] }] }, 's');
  assert.deepEqual(r.options.phrases![0]!.suggestions, ['1', '2', '3']);
  assert.equal(r.problems.length, 1);
  assert.equal(r.problems[0]!.key, 'phrases[0].suggestions');
});

test('broken JSON gives one problem naming the file, with line and column', () => {
  const r = parseOptionsJson('{\n  "rules": {\n    "shouting": "off",\n  }\n}', 'docs/.poiserc.json');
  assert.deepEqual(r.options, {});
  assert.equal(r.problems.length, 1);
  assert.equal(r.problems[0]!.source, 'docs/.poiserc.json');
  assert.match(r.problems[0]!.message, /Not valid JSON.*line 4, column 3/);
  // A BOM is fine.
  assert.deepEqual(parseOptionsJson('\uFEFF{"skipQuotes": false}', 'x').options, { skipQuotes: false });
});

test('mergeOptions: rules per key, allow and phrases united, skipQuotes last wins', () => {
  const merged = mergeOptions(
    { rules: { shouting: 'info', hedging: 'off' }, allow: ['ACME'], phrases: [{ phrase: 'Per my last', category: 'passive-aggressive' }] },
    undefined,
    { rules: { shouting: 'error' }, allow: ['ACME', 'NASA'], skipQuotes: false },
    { phrases: [{ phrase: 'per my last', category: 'hostile' }, { phrase: 'so what', category: 'hostile' }], skipQuotes: true },
  );
  assert.deepEqual(merged, {
    rules: { shouting: 'error', hedging: 'off' },
    allow: ['ACME', 'NASA'],
    phrases: [{ phrase: 'per my last', category: 'hostile' }, { phrase: 'so what', category: 'hostile' }],
    skipQuotes: true,
  });
  assert.deepEqual(mergeOptions(), defaultOptions());
});

test('host options reach the rules: severity, off per rule and per category', () => {
  const text = 'I am VERY ANGRY about this.\n';
  assert.equal(shouts(text)[0]!.severity, 'warning');
  assert.equal(shouts(text, { options: { rules: { shouting: 'error' } } })[0]!.severity, 'error');
  assert.equal(shouts(text, { options: { rules: { shouting: 'off' } } }).length, 0);
  // A rule id wins over its category.
  assert.equal(shouts(text, { options: { rules: { shouting: 'info' } } })[0]!.severity, 'info');
});

test('front matter poise: is the highest layer', () => {
  const text = '---\npoise:\n  rules:\n    shouting: error\n---\n\nI am VERY ANGRY.\n';
  assert.equal(shouts(text, { options: { rules: { shouting: 'off' } } })[0]!.severity, 'error');
  const off = '---\npoise:\n  rules: { shouting: off }\n---\n\nI am VERY ANGRY.\n';
  assert.equal(shouts(off).length, 0);
});

test('front matter poise: skipQuotes false judges quotes', () => {
  const text = '---\npoise:\n  skipQuotes: false\n---\n\n> I am VERY ANGRY.\n';
  assert.equal(shouts(text).length, 1);
  assert.equal(shouts(text.replace('false', 'true'), { options: { skipQuotes: false } }).length, 0);
});

test('bad front matter options: one problem per key, the analysis goes on', () => {
  const text = '---\npoise:\n  rules: { shouting: loud }\n  colour: red\n---\n\nI am VERY ANGRY.\n';
  const r = analyze(text);
  assert.equal(r.messages.filter((m) => m.ruleId === 'shouting').length, 1);
  const keys = r.configProblems.map((p) => `${p.source}|${p.key}`).sort();
  assert.deepEqual(keys, ['front matter|colour', 'front matter|rules.shouting']);
});
