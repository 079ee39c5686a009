import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { analyze } from '../../src/core/index';
import { parseMarkdown } from '../../src/core/parse';
import { extractProse } from '../../src/core/prose';
import {
  detectFeedback,
  detectInterest,
  detectPositiveClose,
  detectThanks,
  isFeedbackAsk,
  isInterest,
  isThanks,
  isWarm,
  letterShape,
} from '../../src/core/checklist/detectors';
import { splitSentences } from '../../src/core/checklist/sentences';
import { buildChecklist, checklistProgress, isReadyToSend, KINDS } from '../../src/core/checklist/index';
import { LineIndex } from '../../src/core/location';
import { detectKind } from '../../src/core/kinds';
import type { ChecklistItem, LetterKind, PoiseMessage } from '../../src/core/types';
import { LETTER_KINDS } from '../../src/core/types';

const phrases = JSON.parse(readFileSync('test/fixtures/checklist/phrases.json', 'utf8')) as Record<string, { yes: string[]; no: string[] }>;

function shapeOf(text: string) {
  return letterShape(extractProse(text, parseMarkdown(text), { skipQuotes: true }));
}

function items(text: string, messages: PoiseMessage[] = []): Record<string, ChecklistItem> {
  const doc = extractProse(text, parseMarkdown(text), { skipQuotes: true });
  const kind = (parseYaml(doc.frontMatter ?? '') as { kind?: LetterKind } | null)?.kind ?? null;
  const list = buildChecklist({ doc, kind, messages, lines: new LineIndex(text), meta: {} });
  return Object.fromEntries(list.map((i) => [i.id, i]));
}

/** A message of the given category at the first occurrence of `actual`. */
function msg(text: string, actual: string, category: PoiseMessage['category'], severity: PoiseMessage['severity'] = 'warning'): PoiseMessage {
  const offset = text.indexOf(actual);
  assert.ok(offset >= 0, `"${actual}" not in text`);
  const lines = new LineIndex(text);
  const a = lines.point(offset);
  const b = lines.point(offset + actual.length);
  return {
    ruleId: category, source: 'poise', category, severity, reason: 'r', note: 'n', actual, expected: [], url: 'u',
    place: { start: a, end: b }, line: a.line, column: a.column, endLine: b.line, endColumn: b.column, offset, endOffset: offset + actual.length,
  };
}

describe('detectors on paraphrases and hard negatives', () => {
  const cases: [string, (s: string) => string | null][] = [
    ['thanks', (s) => isThanks(s)],
    ['feedback', isFeedbackAsk],
    ['interest', isInterest],
    ['warm', isWarm],
  ];
  for (const [name, fn] of cases) {
    for (const s of phrases[name]!.yes) test(`${name}: counts "${s}"`, () => assert.ok(fn(s), `expected a ${name} cue`));
    for (const s of phrases[name]!.no) test(`${name}: does not count "${s}"`, () => assert.equal(fn(s), null));
  }
});

describe('sentences', () => {
  test('titles and initials do not end a sentence; closings and names stand alone', () => {
    const text = 'Dear Ms. Han,\nThank you, Dr. Okafor. I met R. Dunn today! See you.\n\nBest regards,\nMia Carter';
    const doc = extractProse(text, parseMarkdown(text), { skipQuotes: true });
    const got = doc.blocks.flatMap((b) => splitSentences(b).map((s) => s.text));
    assert.deepEqual(got, ['Dear Ms. Han,', 'Thank you, Dr. Okafor.', 'I met R. Dunn today!', 'See you.', 'Best regards,', 'Mia Carter']);
  });
  test('a soft-wrapped sentence stays whole', () => {
    const text = 'I would be grateful for any feedback on my\ninterview, if you have a moment.\n';
    const doc = extractProse(text, parseMarkdown(text), { skipQuotes: true });
    assert.equal(splitSentences(doc.blocks[0]!).length, 1);
  });
});

describe('greeting', () => {
  const yes = ['Dear Ms. Han,', 'Hi Sarah,', 'Hello Mr. Adeyemi,', 'Good morning Dr. Okafor,', 'Jane,', 'Hi Anne-Marie van der Berg,', 'Dear {{name}},'];
  const no = ['Dear Hiring Manager,', 'To whom it may concern,', 'Hi there,', 'Hello team,', 'Dear Sir or Madam,', 'I applied for the role last week.'];
  for (const g of yes) test(`counts "${g}"`, () => assert.ok(shapeOf(`${g}\n\nThanks for your time.\n`).greeting.hit));
  for (const g of no) test(`does not count "${g}"`, () => assert.equal(shapeOf(`${g}\n\nThanks for your time.\n`).greeting.hit, null));
  test('greeting after front matter, with the body in the same paragraph', () => {
    const text = '---\nkind: thank-you\n---\n\nHi Sarah,\nThanks for the interview today.\n';
    const it = items(text);
    assert.equal(it['greeting']!.state, 'done');
    assert.equal(text.slice(it['greeting']!.range!.offset, it['greeting']!.range!.endOffset), 'Hi Sarah,');
    assert.equal(it['greeting']!.range!.line, 5);
  });
});

describe('sign-off', () => {
  const yes = ['Best regards,\nMia Carter', 'Kind regards,\n\nTomasz Wójcik', 'Thanks again,\nMaya', 'Sincerely,\nR. Dunn', 'Best,\nSam Okoye, PhD', 'Warm regards,\n{your_name}'];
  const no = ['Mia Carter', 'Best regards,', 'Ben', 'I look forward to hearing from you.'];
  for (const s of yes) test(`counts ${JSON.stringify(s)}`, () => assert.ok(shapeOf(`Hi Sam,\n\nThanks for your time.\n\n${s}\n`).signOff.hit));
  for (const s of no) test(`does not count ${JSON.stringify(s)}`, () => assert.equal(shapeOf(`Hi Sam,\n\nThanks for your time.\n\n${s}\n`).signOff.hit, null));
  test('a P.S. after the name does not hide the sign-off', () => {
    assert.ok(shapeOf('Hi Sam,\n\nThanks for your time.\n\nBest,\nMia\n\nP.S. The link is below.\n').signOff.hit);
  });
  test('the hint says what is missing', () => {
    assert.match(items('---\nkind: thank-you\n---\nHi Sam,\n\nThanks.\n\nMia\n')['sign-off']!.hint, /closing/);
    assert.match(items('---\nkind: thank-you\n---\nHi Sam,\n\nThanks.\n\nBest regards,\n')['sign-off']!.hint, /name/);
  });
});

describe('quoted text is never the writer\'s', () => {
  test('thanks, feedback and interest inside a > quote or an "On … wrote:" thread do not count', () => {
    const text = [
      'Hi Sam,', '', 'The role sounds interesting.', '', 'Best,', 'Mia', '',
      '> Thank you for applying. Please keep me in mind. Could you share any feedback?', '',
      'On Tue, 4 Mar 2025 at 09:12, Sam <sam@example.com> wrote:', '',
      'Thanks so much for your time. I\'d love to stay in touch. Any advice on my portfolio?', '',
    ].join('\n');
    const shape = shapeOf(text);
    assert.equal(detectThanks(shape), null);
    assert.equal(detectFeedback(shape), null);
    assert.equal(detectInterest(shape), null);
  });
  test('the same sentences in the writer\'s own text do count', () => {
    const shape = shapeOf('Hi Sam,\n\nThank you for applying. Please keep me in mind. Could you share any feedback?\n\nBest,\nMia\n');
    assert.ok(detectThanks(shape));
    assert.ok(detectFeedback(shape));
    assert.ok(detectInterest(shape));
  });
});

describe('tone messages as guards', () => {
  test('a sarcastic tone message on the thanks sentence cancels the thanks', () => {
    const text = 'Hi Sam,\n\nThank you so much for the wonderful update.\n\nBest,\nMia\n';
    assert.ok(detectThanks(shapeOf(text)));
    assert.equal(detectThanks(shapeOf(text), [msg(text, 'Thank you so much for the wonderful update', 'sarcastic')]), null);
    // An info-level note does not.
    assert.ok(detectThanks(shapeOf(text), [msg(text, 'wonderful', 'sarcastic', 'info')]));
  });
});

describe('positive close', () => {
  test('the last paragraph before the sign-off decides, not an earlier one', () => {
    assert.ok(detectPositiveClose(shapeOf('Hi Sam,\n\nThe process took six weeks.\n\nI wish you every success with the launch.\n\nBest,\nMia\n')));
    assert.equal(detectPositiveClose(shapeOf('Hi Sam,\n\nI wish you every success.\n\nThe process took six weeks.\n\nBest,\nMia\n')), null);
  });
  test('a cold tone message in the last paragraph undoes warm words', () => {
    const text = 'Hi Sam,\n\nI hope you find someone, though your process was a joke.\n\nBest,\nMia\n';
    assert.ok(detectPositiveClose(shapeOf(text)));
    assert.equal(detectPositiveClose(shapeOf(text), [msg(text, 'your process was a joke', 'hostile')]), null);
  });
  test('sarcastic thanks in the close is not warm', () => {
    assert.equal(detectPositiveClose(shapeOf('Hi Sam,\n\nThanks for finally replying.\n\nBest,\nMia\n')), null);
  });
});

describe('items per kind', () => {
  test('every kind shows the core items; feedback is required for rejection replies and feedback requests only', () => {
    for (const kind of LETTER_KINDS) {
      const list = buildChecklist({ doc: extractProse('Hi.', parseMarkdown('Hi.'), { skipQuotes: true }), kind, messages: [], lines: new LineIndex('Hi.'), meta: {} });
      const ids = list.map((i) => i.id);
      for (const id of ['greeting', 'thanks', 'professional', 'positive-close', 'sign-off', 'no-placeholders', 'concise']) assert.ok(ids.includes(id), `${kind} lacks ${id}`);
      const feedback = list.find((i) => i.id === 'feedback');
      if (kind === 'rejection-reply' || kind === 'feedback-request') assert.equal(feedback?.required, true, kind);
      else if (kind === 'networking') assert.deepEqual([feedback?.required, feedback?.state], [false, 'optional']);
      else assert.equal(feedback, undefined, `${kind} should hide feedback`);
    }
  });
  test('ids are unique and stable', () => {
    const list = items('---\nkind: rejection-reply\n---\nHi.');
    assert.deepEqual(Object.keys(list), ['greeting', 'thanks', 'feedback', 'interest', 'professional', 'positive-close', 'sign-off', 'no-placeholders', 'concise']);
  });
  test('an optional item says so and never blocks "ready to send"', () => {
    const text = '---\nkind: withdrawal\n---\nDear Mr. Kowalski,\n\nThank you for meeting with me. I must withdraw from consideration.\n\nI wish you every success.\n\nSincerely,\nHannah Mercer\n';
    const it = items(text);
    assert.equal(it['interest']!.state, 'optional');
    assert.equal(it['interest']!.required, false);
    assert.match(it['interest']!.label, /optional/i);
    assert.ok(isReadyToSend(Object.values(it), []));
    assert.deepEqual(checklistProgress(Object.values(it)), { done: 7, total: 7 });
  });
  test('professional and no-placeholders follow the messages; an error blocks "ready to send"', () => {
    const text = '---\nkind: thank-you\n---\nHi Sam,\n\nThanks for the interview today at [Company]. I look forward to next steps.\n\nBest,\nMia\n';
    const tone = msg(text, 'interview', 'hostile');
    const ph = msg(text, '[Company]', 'placeholder', 'error');
    const it = items(text, [tone, ph]);
    assert.equal(it['professional']!.state, 'missing');
    assert.equal(it['professional']!.problem!.offset, tone.offset);
    assert.equal(it['no-placeholders']!.state, 'missing');
    assert.equal(items(text, [msg(text, 'interview', 'hostile', 'info')])['professional']!.state, 'done');
    assert.equal(isReadyToSend(Object.values(items(text)), []), true);
    assert.equal(isReadyToSend(Object.values(items(text)), [ph]), false);
  });
  test('concise counts words against the kind\'s budget', () => {
    const long = `---\nkind: rejection-reply\n---\nHi Sam,\n\n${'word '.repeat(KINDS['rejection-reply'].words)}\n\nBest,\nMia\n`;
    assert.equal(items(long)['concise']!.state, 'missing');
    assert.match(items(long)['concise']!.hint, /of at most 200 words/);
    assert.equal(items('---\nkind: rejection-reply\n---\nHi Sam,\n\nThanks.\n')['concise']!.state, 'done');
  });
  test('done items carry the source range of the satisfying sentence; missing ones a snippet', () => {
    const text = '---\nkind: rejection-reply\n---\n\nHi Sam,\n\nI **really** appreciate you letting me know.\n';
    const it = items(text);
    const r = it['thanks']!.range!;
    assert.equal(text.slice(r.offset, r.endOffset), 'I **really** appreciate you letting me know.');
    assert.deepEqual([r.line, r.column, r.endLine], [7, 1, 7]);
    assert.equal(it['feedback']!.state, 'missing');
    assert.equal(it['feedback']!.snippet, 'poise-feedback-ask');
    assert.equal(it['thanks']!.snippet, undefined);
  });
  test('analyze() returns the checklist, kind and kindSource', () => {
    const r = analyze('Hi Sam,\n\nThank you for letting me know about the decision. I respect your decision and hope you will keep me in mind.\n\nBest,\nMia\n');
    assert.equal(r.kind, 'rejection-reply');
    assert.equal(r.kindSource, 'inferred');
    assert.equal(r.checklist.find((i) => i.id === 'thanks')!.state, 'done');
  });
});

// ---------------------------------------------------------------------------------------------
// Agreement with the 22 messages' expected booleans.
//
// The data set's booleans are literal; issue 6 differs on two points, and a few misses are known.
// Every difference is listed here, so a new disagreement (or a fixed one) fails the test.
const DIFFERENCES: Record<string, Record<string, string>> = {
  d14: { thanks: 'issue 6: "thanks in advance for finally letting me know" is sarcastic thanks, not thanks' },
  d17: { thanks: 'issue 6: thanks for the "competitive" offer (scare quotes) is sarcastic thanks', 'sign-off': 'issue 6: a bare name without a closing is not a sign-off' },
  d13: { 'sign-off': 'issue 6: a bare name without a closing', interest: 'miss: pleading ("give me a chance") is not read as re-expressed interest' },
  d18: { 'sign-off': 'issue 6: a bare name without a closing' },
  d21: { 'sign-off': 'issue 6: a bare name without a closing' },
  d12: { interest: 'miss: asking for news on the role is not read as re-expressed interest' },
};

const FIELD: Record<string, string> = {
  greeting: 'has_greeting',
  thanks: 'has_thanks',
  feedback: 'asks_feedback',
  interest: 'reexpresses_interest',
  'positive-close': 'ends_positively',
  'sign-off': 'signs_off',
};

describe('the 22 messages', () => {
  const dir = 'test/fixtures/messages/';
  const files = readdirSync(dir).filter((f) => f.endsWith('.md')).sort();
  const agree: Record<string, number> = {};
  test('there are 22', () => assert.equal(files.length, 22));
  for (const f of files) {
    test(f, () => {
      const text = readFileSync(dir + f, 'utf8');
      const expected = (parseYaml(text.split(/^---$/m)[1]!) as { expected: Record<string, boolean> }).expected;
      const result = analyze(text);
      const shape = shapeOf(text);
      const got: Record<string, boolean> = {
        greeting: shape.greeting.hit !== null,
        thanks: detectThanks(shape, result.messages) !== null,
        feedback: detectFeedback(shape) !== null,
        interest: detectInterest(shape) !== null,
        'positive-close': detectPositiveClose(shape, result.messages) !== null,
        'sign-off': shape.signOff.hit !== null,
      };
      const id = f.slice(0, 3);
      const wrong: string[] = [];
      for (const [item, field] of Object.entries(FIELD)) {
        const same = got[item] === expected[field];
        if (same) agree[item] = (agree[item] ?? 0) + 1;
        const known = DIFFERENCES[id]?.[item];
        if (same === Boolean(known)) wrong.push(`${item}: expected ${expected[field]}, got ${got[item]}${known ? ` (listed as a difference: ${known})` : ''}`);
      }
      assert.deepEqual(wrong, []);
    });
  }
  test('agreement per item (report)', () => {
    const lines = Object.keys(FIELD).map((item) => `${item} ${agree[item] ?? 0}/${files.length}`);
    console.log(`checklist agreement with the 22 messages: ${lines.join(', ')}`);
    assert.ok(Object.keys(FIELD).every((item) => (agree[item] ?? 0) >= 17));
  });
});

describe('odd input', () => {
  test('a huge run-on paragraph stays fast in kind inference and the checklist (no quadratic backtracking)', () => {
    // Timed after parsing (remark's own cost on such input is not the checklist's).
    for (const text of ['word '.repeat(30_000), 'word word word\n'.repeat(5_000), '!'.repeat(30_000), 'Hi ' + 'Sam '.repeat(30_000) + ',']) {
      const doc = extractProse(text, parseMarkdown(text), { skipQuotes: true });
      const t0 = performance.now();
      const { kind } = detectKind(doc, {});
      buildChecklist({ doc, kind, messages: [], lines: new LineIndex(text), meta: {} });
      const ms = performance.now() - t0;
      assert.ok(ms < 5_000, `took ${Math.round(ms)} ms on ${JSON.stringify(text.slice(0, 20))}…`);
    }
  });
  test('empty and prose-free documents give a checklist without throwing', () => {
    for (const text of ['', '---\nkind: thank-you\n---\n', '```\ncode\n```\n', '> quoted only\n', '# Heading\n']) {
      const r = analyze(text);
      assert.ok(Array.isArray(r.checklist));
      for (const item of r.checklist) if (item.range) assert.ok(item.range.endOffset <= text.length);
    }
  });
});
