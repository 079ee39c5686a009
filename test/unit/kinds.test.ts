import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { parseMarkdown } from '../../src/core/parse';
import { extractProse } from '../../src/core/prose';
import { detectKind, inferKind, KIND_CUES, kindFromMeta, openCues, setKindEdit } from '../../src/core/kinds';
import { docSentences } from '../../src/core/checklist/sentences';
import { normalize } from '../../src/core/checklist/detectors';
import { analyze } from '../../src/core/index';
import type { LetterKind } from '../../src/core/types';

function infer(text: string): LetterKind | null {
  return inferKind(extractProse(text, parseMarkdown(text), { skipQuotes: true }));
}

describe('kind from front matter', () => {
  test('a valid kind wins over the prose', () => {
    const r = analyze('---\nkind: networking\n---\nHi Sam,\n\nI must withdraw from consideration.\n');
    assert.deepEqual([r.kind, r.kindSource], ['networking', 'front-matter']);
  });
  test('aliases and spelling variants', () => {
    assert.equal(kindFromMeta('Thank_You'), 'thank-you');
    assert.equal(kindFromMeta('rejection'), 'rejection-reply');
    assert.equal(kindFromMeta('nonsense'), null);
    assert.equal(kindFromMeta(3), null);
  });
  test('an invalid kind falls back to inference', () => {
    const r = analyze('---\nkind: banana\n---\nHi Sam,\n\nI am writing to withdraw my application for the analyst role.\n');
    assert.deepEqual([r.kind, r.kindSource], ['withdrawal', 'inferred']);
  });
  test('"offer-reply" is narrowed from the prose, or left unknown', () => {
    const doc = (t: string) => extractProse(t, parseMarkdown(t), { skipQuotes: true });
    assert.equal(detectKind(doc('I am delighted to accept the offer.'), { kind: 'offer-reply' }).kind, 'offer-accept');
    assert.equal(detectKind(doc('Thank you for your note.'), { kind: 'offer-reply' }).kind, null);
  });
});

describe('kind inferred from the prose (paraphrases)', () => {
  const cases: [LetterKind, string][] = [
    ['rejection-reply', 'Hi Ana,\n\nThank you for letting me know. I was disappointed not to be selected, but I respect your decision.\n\nBest,\nLi'],
    ['rejection-reply', 'Thanks for the update on the designer role. Congratulations to the successful candidate, and I hope you keep me in mind.'],
    ['thank-you', 'Dear Mr. Ito,\n\nThank you for speaking with me yesterday about the platform role. I enjoyed meeting the team.'],
    ['offer-accept', 'I am thrilled to accept your offer and look forward to starting on 3 June.'],
    ['offer-decline', 'After careful thought, I will not be able to accept the offer for the analyst position.'],
    ['offer-negotiation', 'Before I sign, I would like to discuss the base salary; could we revisit the compensation?'],
    ['withdrawal', 'Please remove me from consideration for the editor role; I have accepted another position.'],
    ['follow-up', 'I am following up on my application for the nurse educator role, submitted on 2 April.'],
    ['feedback-request', 'Thank you for your email. Could you share any feedback on my interview, so I can improve?'],
    ['networking', 'It was great to meet you at the meetup, and thank you for the advice on moving into UX research. As you suggested, I have contacted Priya.'],
    ['recruiter-reply', 'Thanks for reaching out about the role. I am not currently looking for a new opportunity, so I will pass this time.'],
  ];
  for (const [kind, text] of cases) test(`${kind}: ${text.slice(0, 50).replace(/\n/g, ' ')}…`, () => assert.equal(infer(text), kind));

  test('a thank-you that looks forward to the decision is not a rejection reply', () => {
    assert.equal(infer('Hi Dana,\n\nThank you for meeting with me this morning about the analyst role. I look forward to hearing about your decision.\n\nBest,\nSam'), 'thank-you');
  });
  test('unsure means null (precision first)', () => {
    assert.equal(infer('Hi Sam,\n\nI hope you are well.\n\nBest,\nMia'), null);
    assert.equal(infer('The weather has been lovely this week.'), null);
    assert.equal(infer(''), null);
  });
  test('negated statements are not evidence', () => {
    assert.equal(infer('I do not want to withdraw my application.'), null);
  });
  test('quoted text is not evidence', () => {
    assert.equal(infer('Hi Sam,\n\nNoted.\n\n> We regret to inform you that you were not selected. Thank you for reaching out.\n'), null);
  });
});

const ALIAS: Record<string, LetterKind[]> = { 'offer-reply': ['offer-accept', 'offer-decline', 'offer-negotiation'] };

test('inference on the 22 messages: never wrong, rarely unsure', () => {
  const dir = 'test/fixtures/messages/';
  let right = 0;
  let unsure = 0;
  const wrong: string[] = [];
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.md')).sort()) {
    const text = readFileSync(dir + f, 'utf8');
    const expected = /^kind:\s*(\S+)/m.exec(text)![1]!;
    const got = infer(text);
    if (got === null) unsure++;
    else if ((ALIAS[expected] ?? [expected]).includes(got)) right++;
    else wrong.push(`${f}: ${expected} → ${got}`);
  }
  console.log(`kind inference on the 22 messages: ${right} right, ${unsure} unsure (null), ${wrong.length} wrong`);
  assert.deepEqual(wrong, []);
  assert.ok(right >= 18, `only ${right} right`);
});

describe('setKindEdit', () => {
  const apply = (text: string, kind: LetterKind) => {
    const e = setKindEdit(text, kind);
    return text.slice(0, e.offset) + e.newText + text.slice(e.endOffset);
  };
  test('replaces an existing kind line only', () => {
    assert.equal(apply('---\nto: Sam\nkind: thank-you # note\ncompany: X\n---\nHi Sam,\n', 'follow-up'), '---\nto: Sam\nkind: follow-up\ncompany: X\n---\nHi Sam,\n');
  });
  test('adds kind to front matter that has none', () => {
    assert.equal(apply('---\nto: Sam\n---\n\nHi Sam,\n', 'networking'), '---\nkind: networking\nto: Sam\n---\n\nHi Sam,\n');
  });
  test('creates front matter when there is none', () => {
    assert.equal(apply('Hi Sam,\n', 'withdrawal'), '---\nkind: withdrawal\n---\n\nHi Sam,\n');
    assert.equal(apply('', 'withdrawal'), '---\nkind: withdrawal\n---\n');
  });
  test('keeps CRLF line endings', () => {
    assert.equal(apply('---\r\nto: Sam\r\n---\r\nHi\r\n', 'thank-you'), '---\r\nkind: thank-you\r\nto: Sam\r\n---\r\nHi\r\n');
  });
  test('the result parses back to that kind', () => {
    for (const t of ['Hi Sam,\n', '---\nkind: banana\n---\nHi\n', '---\ntitle: x\n---\n']) {
      assert.deepEqual([analyze(apply(t, 'offer-decline')).kind, analyze(apply(t, 'offer-decline')).kindSource], ['offer-decline', 'front-matter']);
    }
  });
});

describe('kind cue gates', () => {
  // Each cue's gate must hold wherever its pattern matches (the gate only saves running the pattern).
  test('every cue match passes its gate, on the labelled sets, fixtures and examples', () => {
    const texts: string[] = [];
    for (const f of readdirSync('test/fixtures/tone').filter((x) => x.endsWith('.jsonl'))) {
      for (const line of readFileSync(`test/fixtures/tone/${f}`, 'utf8').split('\n')) if (line.trim()) texts.push((JSON.parse(line) as { text: string }).text);
    }
    for (const dir of ['test/fixtures/checklist/', 'test/fixtures/messages/', 'examples/']) {
      for (const f of readdirSync(dir).filter((x) => x.endsWith('.md'))) texts.push(readFileSync(dir + f, 'utf8'));
    }
    let matched = 0;
    for (const text of texts) {
      for (const s of docSentences(extractProse(text, parseMarkdown(text), { skipQuotes: true }))) {
        const base = normalize(s.text);
        // Also with other white space between words: the gates read word beginnings, not spacing.
        for (const t of [base, base.replace(/ /g, '\n  ')]) {
          const open = new Set(openCues(t));
          KIND_CUES.forEach((cue, i) => {
            if (!cue.re.exec(t)) return;
            matched++;
            assert.ok(open.has(i), `cue ${i} (${cue.kind}) matches but its gate is shut: ${JSON.stringify(t)}`);
          });
        }
      }
    }
    assert.ok(matched > 1000, `too few cue matches to check (${matched})`);
  });
  test('a gate shuts when none of its words begins a word', () => {
    const i = KIND_CUES.findIndex((c) => c.re.source.includes('withdraw(?:ing)?'));
    assert.ok(openCues('i must withdraw my application.').includes(i));
    assert.ok(!openCues('i must redraw my application.').includes(i));
    assert.ok(!openCues('the xwithdraw flag.').includes(i));
  });
});
