import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, ruleUrl, RULES, type PoiseMessage } from '../../src/core/index';
import type { PoiseOptions } from '../../src/core/options';
import { evaluate, loadItems } from '../../scripts/eval-lib';
import { checkMessage } from './invariant-check';

const STRUCTURAL = ['shouting', 'excessive-exclamation', 'hedging', 'over-apologetic', 'placeholder'] as const;
const FIXTURES = 'test/fixtures/rules';

interface Expect {
  line: number;
  column: number;
  actual: string;
  expected: string[];
}

function run(text: string, options: Partial<PoiseOptions> = {}): PoiseMessage[] {
  const { messages } = analyze(text, { options });
  for (const m of messages) checkMessage(text, m, 'structural');
  return messages;
}

function of(id: string, text: string, options: Partial<PoiseOptions> = {}): PoiseMessage[] {
  return run(text, options).filter((m) => m.ruleId === id);
}

function actuals(id: string, text: string, options: Partial<PoiseOptions> = {}): string[] {
  return of(id, text, options).map((m) => m.actual);
}

// ---------------------------------------------------------------- fixtures

for (const id of STRUCTURAL) {
  test(`${id}: registered with its docs url`, () => {
    const rule = RULES.find((r) => r.id === id);
    assert.ok(rule, `${id} is in RULES`);
    assert.ok(rule.note.length > 40, 'has a note');
  });

  test(`${id}: ok.md raises nothing, not-ok.md raises exactly the listed messages`, () => {
    const ok = readFileSync(join(FIXTURES, id, 'ok.md'), 'utf8');
    assert.deepEqual(actuals(id, ok), [], 'ok.md');
    const bad = readFileSync(join(FIXTURES, id, 'not-ok.md'), 'utf8');
    const want = JSON.parse(readFileSync(join(FIXTURES, id, 'not-ok.json'), 'utf8')) as Expect[];
    assert.ok(want.length > 0);
    const got = of(id, bad).map((m) => ({ line: m.line, column: m.column, actual: m.actual, expected: m.expected }));
    assert.deepEqual(got, want);
    for (const m of of(id, bad)) {
      assert.equal(m.url, ruleUrl(id));
      assert.equal(m.category, id);
    }
  });

  test(`${id}: the same messages with CRLF line endings and an emoji line in front`, () => {
    const bad = readFileSync(join(FIXTURES, id, 'not-ok.md'), 'utf8');
    const want = (JSON.parse(readFileSync(join(FIXTURES, id, 'not-ok.json'), 'utf8')) as Expect[]).map((w) => w.actual);
    const crlf = bad.replace(/\n/g, '\r\n');
    assert.deepEqual(actuals(id, crlf), want.map((a) => a.replace(/\n/g, '\r\n')), 'CRLF');
    const emoji = `👋🏽 Hello from 🇳🇿 and e\u0301te\u0301\n\n${bad}`;
    const got = of(id, emoji);
    assert.deepEqual(got.map((m) => m.actual), want, 'emoji prefix');
    const lines = (JSON.parse(readFileSync(join(FIXTURES, id, 'not-ok.json'), 'utf8')) as Expect[]).map((w) => w.line + 2);
    assert.deepEqual(got.map((m) => m.line), lines);
  });
}

// ---------------------------------------------------------------- shouting

test('shouting: acronyms, initialisms, codes, units and product names are never shouting', () => {
  const fine = [
    'I have experience with AWS, SQL, CI/CD and QA automation.',
    'I hold a PhD and an MBA, and I worked in HR and IT in NYC.',
    'The VP asked for the NDA, the CPA letter and my GPA ASAP; FYI, the API docs and UX notes are attached.',
    'We can meet in Q3, and my ID and the I-9 are ready; OK?',
    'I moved to the US from the USA office last year and use iOS daily.',
    'The AI team and the SRE team use COVID-19 data, SOC 2 reports and 16 GB machines at 10 AM.',
    'World War II and Henry VIII are my hobbies, and I use the STAR method.',
    'I used EXCEL, SAP and JIRA at IKEA and at KPMG.',
    'Dear Ms. Han, thank you for the update about the U.S. office.',
    'I am a LEED AP and a certified WELL AP, and I used AWS LAMBDA daily.',
    'My LinkedIn is linkedin.com/in/JDOE, and I am available M-F, 9-5 EST.',
    'I hold a TS/SCI clearance, a CDL Class A license and OSHA 30 certification.',
    'I built REST APIs (GET and POST), tuned SELECT and JOIN queries, and set DEBUG logging.',
    'A SOCKS proxy sat in front of the service.',
  ];
  for (const t of fine) assert.deepEqual(actuals('shouting', t), [], t);
});

test('shouting: a run of capitalised words, and a lone emphasised word in mixed-case prose', () => {
  assert.deepEqual(actuals('shouting', 'WHY DOES NOBODY AT THIS COMPANY ANSWER EMAILS?'), ['WHY DOES NOBODY AT THIS COMPANY ANSWER EMAILS']);
  assert.deepEqual(actuals('shouting', 'I am VERY interested in the role.'), ['VERY']);
  assert.deepEqual(actuals('shouting', 'This is UNACCEPTABLE.'), ['UNACCEPTABLE']);
  assert.deepEqual(actuals('shouting', 'Well, now I am just ANGRY.'), ['ANGRY']);
  assert.deepEqual(actuals('shouting', 'Look, HIRE ME and you will not regret it.'), ['HIRE ME']);
  // Stretched words: the rewrite is the plain word.
  assert.deepEqual(of('shouting', "I'm SOOOO excited about this.").map((m) => [m.actual, m.expected[0]]), [['SOOOO', 'so']]);
  assert.deepEqual(actuals('shouting', 'The AAA rating and the BBB score are fine.'), []);
  // An acronym inside a shouted run stays in capitals in the rewrite.
  const m = of('shouting', 'PLEASE SEND THE SQL FILE AGAIN.');
  assert.equal(m.length, 1);
  assert.deepEqual(m[0]!.expected, ['Please send the SQL file again']);
  // Mid-sentence runs stay lower case; "I" keeps its capital.
  assert.deepEqual(of('shouting', 'Honestly, I ALREADY SENT IT.')[0]!.expected, ['I already sent it']);
});

test('shouting: quoted, bracketed, heading, label and signature capitals are left alone', () => {
  assert.deepEqual(actuals('shouting', 'Your email said I was "NOT A GOOD FIT", and I accept that.'), []);
  assert.deepEqual(actuals('shouting', 'I enjoyed [SPECIFIC ASPECT] of the role.'), []);
  assert.deepEqual(actuals('shouting', '# THANK YOU FOR YOUR TIME\n\nHi Sam, thanks.'), []);
  assert.deepEqual(actuals('shouting', '# WHY WOULD YOU DO THIS?!\n\nHi Sam.'), ['WHY WOULD YOU DO THIS']);
  assert.deepEqual(actuals('shouting', 'NOTE: I am away next week.'), []);
  assert.deepEqual(actuals('shouting', 'Thanks again,\nMARK JONES'), []);
  assert.deepEqual(actuals('shouting', '---\nsubject: PLEASE READ\n---\n\nHello there.'), []);
});

test('shouting: options.allow skips the allowed phrase', () => {
  assert.deepEqual(actuals('shouting', 'I led the BIG DATA team.'), ['BIG DATA']);
  assert.deepEqual(actuals('shouting', 'I led the BIG DATA team.', { allow: ['big data'] }), []);
});

test('shouting: exact ranges with tabs, emoji and combining marks', () => {
  const text = '🎉\tZoe\u0308 here: I am NOT happy, and I\tREALLY mean it.';
  const got = of('shouting', text);
  // "I" alone does not make a run: the emphasised word is flagged on its own.
  assert.deepEqual(got.map((m) => m.actual), ['NOT', 'REALLY']);
  assert.equal(got[1]!.offset, text.indexOf('REALLY'));
  assert.deepEqual(got[1]!.expected, ['really']);
  // A shouted sentence hard-wrapped over two lines is one run.
  assert.deepEqual(actuals('shouting', 'I HAVE SENT MY\nREFERENCES TWICE.'), ['I HAVE SENT MY\nREFERENCES TWICE']);
  assert.deepEqual(actuals('shouting', 'I HAVE SENT MY\r\nREFERENCES TWICE.'), ['I HAVE SENT MY\r\nREFERENCES TWICE']);
  assert.equal(got[0]!.offset, text.indexOf('NOT'));
  // A capitalised word with a combining mark is one word.
  assert.deepEqual(actuals('shouting', 'I am SO\u0301RRY, this was my fault.'), ['SO\u0301RRY']);
});

// ---------------------------------------------------------------- excessive-exclamation

test('excessive-exclamation: one or two "!" are fine; doubled marks and piles are not', () => {
  assert.deepEqual(actuals('excessive-exclamation', 'It was great to meet the whole studio team today!'), []);
  assert.deepEqual(actuals('excessive-exclamation', 'Thank you so much for your time! Have a great weekend!'), []);
  assert.deepEqual(actuals('excessive-exclamation', 'Thanks!! See you soon.'), ['!!']);
  assert.deepEqual(actuals('excessive-exclamation', 'Really?! After four rounds?'), ['?!']);
  assert.deepEqual(actuals('excessive-exclamation', 'Any news?? Thanks.'), ['??']);
  assert.deepEqual(actuals('excessive-exclamation', 'Great!\tGreat!\tGreat! 🎉'), ['Great!\tGreat!\tGreat!']);
});

test('shouting: day and month names in a caps run are words, not codes', () => {
  assert.deepEqual(actuals('shouting', 'Also, WE MET ON TUESDAY.'), ['WE MET ON TUESDAY']);
  assert.deepEqual(actuals('shouting', 'See you on Tuesday, March 3.'), []);
  // The rewrite keeps the capital of a name, and only of a name ("MAY" is also a verb).
  assert.deepEqual(of('shouting', 'Also, WE MET ON TUESDAY.')[0]!.expected, ['we met on Tuesday']);
  assert.deepEqual(of('shouting', 'I MAY NOT COME IN JUNE.')[0]!.expected, ['I may not come in June']);
});

test('excessive-exclamation: single marks spread over a short message', () => {
  // Three across greeting, body and sign-off is warm, not a pile; a fourth makes it one.
  assert.deepEqual(actuals('excessive-exclamation', 'Hi Sam!\n\nGreat to meet you!\n\nI loved it.\n\nCheers!'), []);
  const text = 'Hi Sam!\n\nGreat to meet you!\n\nI loved it!\n\nCheers!';
  const got = of('excessive-exclamation', text);
  assert.equal(got.length, 3, 'every mark after the first');
  assert.ok(got.every((m) => m.actual === '!' && m.expected[0] === '.'));
  // The same three marks in a long letter are fine.
  const long = `Hi Sam!\n\n${'We talked about the roadmap and the hiring plan for next year. '.repeat(12)}\n\nGreat to meet you!\n\nCheers!`;
  assert.deepEqual(actuals('excessive-exclamation', long), []);
});

test('excessive-exclamation: quotes, allowed phrases, code and images are not the writer\'s marks', () => {
  assert.deepEqual(actuals('excessive-exclamation', 'You called it "a total win!!" and I agree.'), []);
  assert.deepEqual(actuals('excessive-exclamation', 'I worked at Yahoo!! for years.', { allow: ['Yahoo!!'] }), []);
  assert.deepEqual(actuals('excessive-exclamation', 'Run `make!!` and see ![wow!!!](x.png).'), []);
  assert.deepEqual(actuals('excessive-exclamation', 'The YAML tag !!str and the CSS ?!important are syntax.'), []);
});

// ---------------------------------------------------------------- hedging

test('hedging: density, not single qualifiers', () => {
  assert.deepEqual(actuals('hedging', 'I just heard that my candidacy will not move forward.'), []);
  assert.deepEqual(actuals('hedging', 'Just a quick note: maybe Tuesday works?'), []);
  assert.deepEqual(actuals('hedging', 'What kind of team is it, and what sort of projects would I start on?'), []);
  const t = 'I just wanted to maybe check in, if that is okay, to see whether there might possibly be any update.';
  const m = of('hedging', t);
  assert.equal(m.length, 1);
  assert.equal(m[0]!.actual, t);
  assert.deepEqual(m[0]!.expected, ['I wanted to check in to see whether there might be any update.']);
  // A stacked opener is enough on its own.
  assert.deepEqual(of('hedging', 'I just wanted to maybe ask about the role.')[0]!.expected, ['I wanted to ask about the role.']);
});

test('hedging: no rewrite when dropping the hedges would not leave a sentence', () => {
  const m = of('hedging', 'Hopefully this is not too much to ask, but maybe I was wondering, perhaps, about the timeline?');
  assert.equal(m.length, 1);
  assert.deepEqual(m[0]!.expected, []);
});

test('hedging: allowed phrases do not count', () => {
  const t = 'I just need maybe five minutes to sort of walk you through it.';
  assert.equal(of('hedging', t).length, 1);
  assert.equal(of('hedging', t, { allow: ['just'] }).length, 0);
});

// ---------------------------------------------------------------- over-apologetic

test('over-apologetic: one polite apology or sympathy is fine', () => {
  for (const t of [
    'Sorry for the late reply; Tuesday works well.',
    'I apologize for the delay, and thank you for your patience.',
    'I was sorry to hear about the reorganisation.',
    "I'm sorry to withdraw at this late stage.",
    'I regret that I need to withdraw from the interview.',
  ]) {
    assert.deepEqual(actuals('over-apologetic', t), [], t);
  }
});

test('over-apologetic: stacked apologies, in one sentence or adjacent ones', () => {
  assert.deepEqual(actuals('over-apologetic', "I'm so sorry for the confusion, and I apologize again."), ['sorry for the confusion, and I apologize']);
  assert.deepEqual(actuals('over-apologetic', 'Sorry for the late reply. Sorry also that I missed your call.'), ['Sorry for the late reply. Sorry']);
  // Far apart in one paragraph: not adjacent.
  assert.deepEqual(actuals('over-apologetic', 'Sorry for the late reply. I was away. The trip was long. Apologies for the typo.'), []);
});

test('over-apologetic: apologising for writing at all', () => {
  assert.deepEqual(actuals('over-apologetic', 'Sorry to bother you again, but is the interview still on?'), ['Sorry to bother you again']);
  assert.deepEqual(actuals('over-apologetic', 'So sorry to take up your time with this.'), ['sorry to take up your time']);
  assert.deepEqual(actuals('over-apologetic', 'Sorry if I am being a pain about the timeline.'), ['Sorry if I am being a pain']);
  // The everyday forms on their own are polite.
  assert.deepEqual(actuals('over-apologetic', 'Sorry to bother you, but is the interview still on?'), []);
  assert.deepEqual(actuals('over-apologetic', 'Apologies for taking up your time with this.'), []);
  assert.deepEqual(actuals('over-apologetic', 'Pardon the intrusion: is the role still open?'), []);
  assert.deepEqual(actuals('over-apologetic', 'Sorry for even asking about the timeline.'), ['Sorry for even asking']);
  assert.deepEqual(actuals('over-apologetic', 'Sorry to ask, but could we move it to Friday?'), []);
});

test('over-apologetic: three apologies spread over one message', () => {
  const text = 'Sorry for the late reply.\n\nThe form is attached.\n\nApologies for the typo.\n\nThanks, and sorry again.';
  assert.equal(of('over-apologetic', text).length, 3);
});

// ---------------------------------------------------------------- placeholder

test('placeholder: template blanks in every style', () => {
  const text = 'Dear [Hiring Manager Name], at [Company] on {{ role }} with {first_name}, <Company> and <Your Name>, on XX/XX/XXXX for $XX,XXX, sign ___ . TODO: fix. TBD: date.';
  assert.deepEqual(actuals('placeholder', text), [
    '[Hiring Manager Name]',
    '[Company]',
    '{{ role }}',
    '{first_name}',
    '<Company>',
    '<Your Name>',
    'XX/XX/XXXX',
    'XX,XXX',
    '___',
    'TODO',
    'TBD',
  ]);
  assert.deepEqual(actuals('placeholder', 'Dear [Hiring Manager]:\n\nThank you.'), ['[Hiring Manager]']);
  const m = of('placeholder', 'Dear [Name],')[0]!;
  assert.equal(m.severity, 'error');
  assert.equal(m.category, 'placeholder');
  assert.equal(m.reason, 'Unfilled placeholder: [Name]');
  assert.deepEqual(m.expected, []);
});

test('placeholder: links, references, task boxes, footnotes, citations, HTML and prose are not blanks', () => {
  const text = [
    'See [my portfolio](https://example.com) and [the case study][cs], and [Acme][].',
    'The text says "18% [sic]" [1] [2], with a note[^1].',
    'Press <kbd>Ctrl</kbd>, then <br> and <https://example.com/x>. He said [the team] would call.',
    'The start date is still TBD, and the XXL size is fine.',
    'It takes a {string} or an {Object}; see [...name] in the docs.',
    '',
    '- [ ] task',
    '- [x] done',
    '',
    '[cs]: https://example.com/cs',
    '[acme]: https://example.com/acme',
    '[^1]: A note.',
  ].join('\n');
  assert.deepEqual(actuals('placeholder', text), []);
});

test('placeholder: a blank alone on its line (an HTML block to remark) is still found', () => {
  const text = 'Hi,\n\n<Company>\n\nThanks,\n  <Your Name>\n';
  assert.deepEqual(actuals('placeholder', text), ['<Company>', '<Your Name>']);
});

test('placeholder: quoted email and code are skipped; allow and severity options apply', () => {
  assert.deepEqual(actuals('placeholder', '> Dear [Name],\n\n`[Company]`\n\n```\n{{name}}\n```\n'), []);
  assert.deepEqual(actuals('placeholder', 'Hi [Name], at [Company].', { allow: ['[Company]'] }), ['[Name]']);
  assert.equal(of('placeholder', 'Hi [Name].', { rules: { placeholder: 'warning' } })[0]!.severity, 'warning');
  assert.deepEqual(actuals('placeholder', 'Hi [Name].', { rules: { placeholder: 'off' } }), []);
});

// ---------------------------------------------------------------- measured

test('structural categories on the labelled sets: precision 100%, recall ≥ 90%, no false alarms', () => {
  const report = evaluate(loadItems());
  for (const c of ['shouting', 'excessive-exclamation', 'hedging', 'over-apologetic']) {
    const s = report.perCategory.find((x) => x.category === c)!;
    assert.ok(s.items >= 17, `${c} has dev and extra items`);
    assert.equal(s.fp, 0, `${c} false alarms`);
    assert.ok(s.recall >= 0.9, `${c} recall ${s.recall}`);
  }
  for (const f of report.falseAlarms) {
    assert.ok(!f.got.some((g) => (STRUCTURAL as readonly string[]).includes(g)), `${f.item.id}: ${f.got.join(',')}`);
  }
});

test('dev messages raise the expected structural categories and nothing structural when clean', () => {
  const dir = 'test/fixtures/messages';
  const mine = new Set<string>(STRUCTURAL);
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.md'))) {
    const text = readFileSync(join(dir, f), 'utf8');
    const expected = (/^expected_flags:\s*\[(.*)\]\s*$/m.exec(text)?.[1] ?? '').split(',').map((s) => s.trim()).filter(Boolean);
    const got = new Set<string>(run(text).map((m) => m.category).filter((c) => mine.has(c) && c !== 'placeholder'));
    for (const c of expected) if (mine.has(c)) assert.ok(got.has(c), `${f} should raise ${c}`);
    for (const c of got) assert.ok(expected.includes(c), `${f} should not raise ${c}`);
  }
});

test('user phrases of a structural category are reported under that rule', () => {
  const phrases = [
    { phrase: 'circle back', category: 'hedging' as const },
    { phrase: 'lorem ipsum', category: 'placeholder' as const },
  ];
  const got = run('I wanted to circle back on this. Lorem ipsum dolor.', { phrases }).map((m) => [m.ruleId, m.actual]);
  assert.deepEqual(got.filter(([id]) => id === 'hedging' || id === 'placeholder'), [
    ['hedging', 'circle back'],
    ['placeholder', 'Lorem ipsum'],
  ]);
});
