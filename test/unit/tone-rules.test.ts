import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, RULES, type PoiseMessage, type PoiseOptions } from '../../src/core/index';

const PHRASE_CATEGORIES = [
  'hostile', 'sarcastic', 'passive-aggressive', 'blame', 'threat', 'bridge-burning', 'demanding', 'desperate',
  'self-deprecating', 'dwelling', 'profanity',
];

function tone(text: string, options?: Partial<PoiseOptions>): PoiseMessage[] {
  return analyze(text, options ? { options } : {}).messages.filter((m) => PHRASE_CATEGORIES.includes(m.category));
}
const cats = (text: string): string[] => [...new Set<string>(tone(text).map((m) => m.category))].sort();

test('every phrase category has a rule whose id is the category', () => {
  for (const c of PHRASE_CATEGORIES) {
    const rule = RULES.find((r) => r.id === c);
    assert.ok(rule, c);
    assert.equal(rule.category, c);
    assert.ok(rule.note.length > 40 && rule.reason.endsWith('.'));
  }
});

test('each category flags a typical sentence', () => {
  const cases: Array<[string, string]> = [
    ['hostile', 'You people are clueless.'],
    ['hostile', 'What a joke of a process.'],
    ['sarcastic', 'Thanks for nothing.'],
    ['sarcastic', "Good luck finding someone better."],
    ['passive-aggressive', 'Per my last email, the form is attached.'],
    ['passive-aggressive', 'As I already said, I can start in May.'],
    ['blame', 'Your process is broken.'],
    ['blame', 'Your recruiter wasted my time.'],
    ['threat', 'I will be contacting my lawyer.'],
    ['threat', "You'll regret this."],
    ['bridge-burning', "Don't contact me again."],
    ['bridge-burning', 'Your loss.'],
    ['bridge-burning', "I'd never work for you anyway."],
    ['demanding', 'I demand an explanation.'],
    ['demanding', 'You owe me an answer.'],
    ['desperate', 'I really need this job.'],
    ['desperate', "I'll do anything."],
    ['self-deprecating', "I know I'm not good enough."],
    ['dwelling', 'I still believe I was the best candidate.'],
    ['profanity', 'This is bullshit.'],
  ];
  for (const [cat, text] of cases) assert.ok(cats(text).includes(cat), `${cat}: ${text} → ${cats(text).join(',')}`);
});

test('polite sentences with trigger words stay clean', () => {
  const ok = [
    "I'm sorry for your loss; please take all the time you need.",
    'Engineers with Spark experience are in high demand.',
    'It was not a waste of time at all; I learned a lot.',
    "I'm disappointed, but I understand the decision.",
    'Unfortunately, I must withdraw my application.',
    'I regret that I have to decline the offer.',
    "As promised, here's the link to my portfolio.",
    "I'd be grateful for any feedback.",
    'Please don\'t hesitate to contact me again if a role opens up.',
    'If Monday does not work for you, Tuesday is fine.',
    'Best of luck with the launch!',
    'I wish you the best of luck with the new hire.',
    'You won\'t regret giving me this chance, and I\'m grateful for it.'.replace("You won't regret giving me this chance, and ", ''),
    'Hello Dana, thanks for the update.',
    'The Scunthorpe office sounds great, and I studied at Essex.',
    'I graduated summa cum laude in 2019.',
    'Sue Parker will be my reference.',
    'My lawyer reviewed the contract and had one question about the non-compete.',
    'You mentioned that other candidates were "a better fit for the team", and I understand.',
  ];
  for (const text of ok) assert.deepEqual(tone(text).map((m) => `${m.category}: ${m.actual}`), [], text);
});

test('guards: a phrase polite in one place is hostile in another', () => {
  assert.ok(cats("It's your loss, not mine.").includes('bridge-burning'));
  assert.deepEqual(cats("I'm so sorry for your loss."), []);
  assert.ok(cats('I demand a reply.').includes('demanding'));
  assert.deepEqual(cats('Data skills are in demand.'), []);
  assert.ok(cats('The interview was a complete waste of my time.').includes('blame'));
  assert.deepEqual(cats("I didn't want to waste your time, so I'll be brief."), []);
  // Negation does not make an accusation safe.
  assert.ok(cats('I would never say you wasted my time.').includes('blame'));
});

test('masked and compound profanity is found; Scunthorpe cases never are', () => {
  for (const text of ['What the f*** happened?', 'This is sh!t.', 'Total $hit show.', 'What a f*cking mess.', 'You gutless f***.', 'That was chickenshit.']) {
    assert.ok(cats(text).includes('profanity'), text);
  }
  for (const text of ['I loved the Scunthorpe team.', 'I worked in Middlesex and Sussex.', 'Our class assessment went well.', 'Shiitake supply chains are fascinating.', 'I can start at 9 a.m. on Monday!', 'Q&A at 5 p.m., $100 budget.']) {
    assert.deepEqual(cats(text), [], text);
  }
});

test('ranges are exact with emoji, CRLF, tabs and combining marks', () => {
  const text = '# Hi 👋🏽\r\n\r\nThank you, Zoe\u0301 🙏.\r\nHonestly,\tyour process is broken 💥 and\r\nthanks for nothing.\r\n';
  const msgs = tone(text);
  assert.ok(msgs.length >= 2);
  for (const m of msgs) {
    assert.equal(text.slice(m.offset, m.endOffset), m.actual);
    const lines = text.split('\n');
    const lineStart = lines.slice(0, m.line - 1).reduce((n, l) => n + l.length + 1, 0);
    assert.equal(lineStart + m.column - 1, m.offset);
  }
  const blame = msgs.find((m) => m.category === 'blame')!;
  assert.match(blame.actual, /^your process is broken$/);
  const sarc = msgs.find((m) => m.category === 'sarcastic')!;
  assert.equal(sarc.actual, 'thanks for nothing');
  assert.equal(sarc.line, 5);
  assert.equal(sarc.column, 1);
});

test('messages carry a specific reason, a Markdown note, a url and rewrites that fit the span', () => {
  const text = 'Per my last email, the references are attached.';
  const [m] = tone(text);
  assert.ok(m);
  assert.equal(m.ruleId, 'passive-aggressive');
  assert.equal(m.actual, 'Per my last email');
  assert.ok(m.reason.length < 80 && m.reason.endsWith('.'));
  assert.ok(m.note.split(/(?<=[.!?])\s/).length >= 2);
  assert.match(m.url, /rules\.md#passive-aggressive$/);
  assert.ok(m.expected.length >= 1 && m.expected.length <= 3);
  for (const e of m.expected) {
    assert.match(e, /^[A-Z]/, 'capitalised at the start of a sentence');
    const fixed = text.slice(0, m.offset) + e + text.slice(m.endOffset);
    assert.ok(!/per my last email/i.test(fixed));
  }
});

test('profanity rewrites keep the sentence readable', () => {
  const fix = (text: string) => {
    const m = tone(text).find((x) => x.category === 'profanity')!;
    assert.ok(m, text);
    return m.expected.map((e) => text.slice(0, m.offset) + e + text.slice(m.endOffset));
  };
  assert.deepEqual(fix('What the hell took you two weeks?'), ['What took you two weeks?']);
  assert.deepEqual(fix("I'm pissed off that you cancelled."), ["I'm frustrated that you cancelled."]);
  assert.deepEqual(fix('That was bullshit.'), ['That was nonsense.']);
});

test('rewrites are offered only when the span is a whole clause', () => {
  const [a] = tone('Good luck finding someone better.');
  assert.ok(a && a.expected.length > 0);
  const [b] = tone('Good luck finding someone better than me at this.');
  assert.ok(b);
  for (const e of b.expected) assert.ok(!/search than/.test('x' + e + b.actual), 'no broken rewrite');
  assert.deepEqual(b.expected, []);
});

test('only the writer\'s words: quotes, code and quoted threads are skipped', () => {
  const text = 'Thanks for the update.\n\n> Your process is broken and you people are clueless.\n\n`thanks for nothing`\n';
  assert.deepEqual(tone(text), []);
  assert.deepEqual(tone('You wrote that "you would never work for a company like ours", which I understand.'), []);
});

test('options.allow skips a match whose span contains an allowed phrase', () => {
  const text = 'Per my last email, the references are attached.';
  assert.equal(tone(text).length, 1);
  assert.deepEqual(tone(text, { allow: ['per my LAST email'] }), []);
  assert.deepEqual(tone(text, { allow: ['last email'] }), []);
  assert.equal(tone(text, { allow: ['something else'] }).length, 1);
});

test('options.phrases adds literal phrases under the rule of their category', () => {
  const text = 'Circle back with synergy (a+b)* please.';
  const msgs = tone(text, {
    phrases: [
      { phrase: 'circle back', category: 'passive-aggressive', note: 'Say *follow up*.', suggestions: ['follow up'] },
      { phrase: '(a+b)*', category: 'hostile' },
      { phrase: 'synergy', category: 'profanity' },
    ],
  });
  const pa = msgs.find((m) => m.ruleId === 'passive-aggressive')!;
  assert.equal(pa.actual, 'Circle back');
  assert.equal(pa.note, 'Say *follow up*.');
  assert.deepEqual(pa.expected, ['Follow up']);
  assert.equal(msgs.find((m) => m.ruleId === 'profanity')?.actual, 'synergy');
  // Literal only: "(a+b)*" is the literal tokens "a b", never a regular expression.
  const h = msgs.find((m) => m.ruleId === 'hostile');
  assert.equal(h?.actual, 'a+b');
  assert.deepEqual(tone('aaab is fine.', { phrases: [{ phrase: '(a+b)*', category: 'hostile' }] }), []);
});

test('severity settings per rule and per category apply to phrase rules', () => {
  const text = 'Thanks for nothing.';
  assert.equal(tone(text)[0]?.severity, 'warning');
  assert.deepEqual(tone(text, { rules: { sarcastic: 'off' } }), []);
  assert.equal(tone(text, { rules: { sarcastic: 'error' } })[0]?.severity, 'error');
});
