import { test } from 'node:test';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import assert from 'node:assert/strict';
import { analyze } from '../../src/core/index';
import { tokenize } from '../../src/core/tokenize';
import { hashWord, longQuotes, mixHash, sentenceFeatures } from '../../src/core/model/features';
import { sentenceModel, MODEL_CATEGORIES } from '../../src/core/model/model';
import { TONE_MODEL } from '../../src/core/model/tone-model-data';
import { fixturesDigest, loadItems } from '../../scripts/eval-lib';

const MASK = (1 << TONE_MODEL.bits) - 1;

function features(text: string): number[] {
  const tk = tokenize(text);
  const out: number[] = [];
  const s = tk.sentences[0]!;
  sentenceFeatures(tk, s.tokenStart, s.tokenEnd, longQuotes(tk), MASK, out);
  return out.sort((a, b) => a - b);
}

test('sentence model: the committed model was trained on the current labelled sets (run `npm run train` after changing them)', () => {
  assert.equal(TONE_MODEL.fixtures, fixturesDigest());
  const model = sentenceModel();
  assert.ok(model, 'a trained model is committed');
  assert.equal(model.weights.length, 1 << TONE_MODEL.bits);
  assert.equal(model.categories.length, 1 << TONE_MODEL.bits);
  assert.ok(Number.isFinite(model.threshold) && model.threshold > 0, 'threshold is a probability above one half');
  assert.deepEqual(model.categoryNames, MODEL_CATEGORIES, 'the table names the categories the trainer uses');
  for (const b of model.categories) assert.ok((b & 15) < MODEL_CATEGORIES.length, 'category index in range');
});

test('sentence model: features are stable hashes of 1–3-grams; numbers are one word; long quotes are left out', () => {
  assert.equal(hashWord('sorry'), hashWord('sorry'));
  assert.notEqual(hashWord('sorry'), hashWord('sorrow'));
  assert.notEqual(mixHash(1, 2), mixHash(2, 1));
  // 3 words: 3 unigrams, 3 bigrams (with the start marker), 2 trigrams, then end bigram and trigram;
  // plus the five-letter stem of "wasted"; plus its valence (AFINN −2), "negative" and, with "you",
  // "negative at the reader".
  assert.equal(features('you wasted time').length, 14);
  assert.equal(features('you waste time').length, 13);
  assert.equal(features('we spent time').length, 10, 'no scored word, no valence features');
  // Valence is shared between words of the same strength, and "at the reader" needs a "you"/"your".
  const shared = (a: string, b: string) => features(a).filter((f) => features(b).includes(f));
  assert.equal(shared('They were inept.', 'They were incompetent.').length, shared('They were tall.', 'They were short.').length + 2);
  assert.equal(features('Your process is inept.').length, features('The process is inept.').length + 1);
  assert.equal(features('You ghosted me.').filter((f) => features('You ghosting me.').includes(f)).length, 5, 'they share a stem');
  assert.deepEqual(features('I paid 500 dollars.'), features('I paid 20 dollars.'));
  assert.notDeepEqual(features('I paid many dollars.'), features('I paid 20 dollars.'));
  // Someone else's words (a quotation of four words or more) are not the writer's.
  assert.deepEqual(features('Your email said "we regret to inform you" yesterday.'), features('Your email said yesterday.'));
  // A short (scare) quote is the writer's own tone and stays in.
  assert.notDeepEqual(features('Thanks for the "feedback" yesterday.'), features('Thanks for the yesterday.'));
  // Case and curly apostrophes do not change a word.
  assert.deepEqual(features('You DON’T care.'), features("you don't care."));
});

test('sentence model: it never adds a second message to a sentence a phrase rule already flagged', () => {
  for (const item of loadItems()) {
    const msgs = analyze(item.text).messages;
    const model = msgs.filter((m) => m.ruleId === 'sentence-tone');
    if (!model.length) continue;
    const phrase = msgs.filter((m) => !['sentence-tone', 'shouting', 'excessive-exclamation', 'hedging', 'over-apologetic', 'placeholder'].includes(m.ruleId));
    for (const m of model) {
      assert.equal(item.text.slice(m.offset, m.endOffset), m.actual, `${item.id}: exact range`);
      assert.match(m.actual, /^\S[\s\S]*\S$/u, `${item.id}: a trimmed sentence`);
      for (const p of phrase) assert.ok(p.endOffset <= m.offset || p.offset >= m.endOffset, `${item.id}: overlaps ${p.ruleId}`);
    }
  }
});

/** A sentence the model flags (found in the labelled sets, so the test follows the model). */
function modelFlagged(): { text: string; category: string } {
  for (const item of loadItems()) {
    if (item.label !== 'flag' || /\n/.test(item.text)) continue;
    const msgs = analyze(item.text).messages;
    if (msgs.length === 1 && msgs[0]!.ruleId === 'sentence-tone') return { text: item.text, category: msgs[0]!.category };
  }
  throw new Error('the model flags no sentence on its own');
}

test('sentence model: reports a whole sentence under its category, with a reason and advice, and obeys the settings', () => {
  const { text, category } = modelFlagged();
  const doc = `Dear Sam,\n\n${text}\n\nBest,\nAlex\n`;
  const [m, ...rest] = analyze(doc).messages.filter((x) => x.ruleId === 'sentence-tone');
  assert.ok(m, 'flagged inside a letter too');
  assert.equal(rest.length, 0);
  assert.equal(m.category, category);
  assert.ok(MODEL_CATEGORIES.includes(m.category as never));
  assert.equal(m.severity, 'warning');
  assert.match(m.reason, /^This sentence may read as /);
  assert.match(m.note, /sentence-tone/);
  assert.deepEqual(m.expected, []);
  assert.equal(m.url.endsWith('#sentence-tone'), true);
  assert.equal(doc.slice(m.offset, m.endOffset), m.actual);
  // Off by rule id, by category, by an ignore comment, by an allowed phrase inside it; info by setting.
  const ids = (o: Parameters<typeof analyze>[1], d = doc) => analyze(d, o).messages.filter((x) => x.ruleId === 'sentence-tone');
  assert.deepEqual(ids({ options: { rules: { 'sentence-tone': 'off' } } }), []);
  assert.deepEqual(ids({ options: { rules: { [category]: 'off' } } }), []);
  assert.equal(ids({ options: { rules: { [category]: 'info' } } })[0]?.severity, 'info');
  assert.deepEqual(ids({}, `Dear Sam,\n\n<!-- poise-disable-next-line sentence-tone -->\n${text}\n`), []);
  const words = text.split(/\s+/);
  assert.deepEqual(ids({ options: { allow: [words.slice(1, 3).join(' ')] } }), []);
  // Quoted, it is someone else's words.
  assert.deepEqual(ids({}, `Dear Sam,\n\n> ${text}\n`), []);
});

test('sentence model: short sentences, sign-offs and signatures, and polite example letters are left alone', () => {
  const model = (t: string) => analyze(t).messages.filter((m) => m.ruleId === 'sentence-tone').map((m) => m.actual);
  for (const t of ['Thanks again.', 'Best,\nAlex', 'See you Monday!', 'Warm regards,\nElena Marsh', 'Thanks again for everything,\nElena Marsh, Senior Product Designer']) {
    assert.deepEqual(model(t), [], t);
  }
  for (const f of readdirSync('examples').filter((x) => x.endsWith('.md') && x !== 'tone-problems.md')) {
    assert.deepEqual(model(readFileSync(join('examples', f), 'utf8')), [], f);
  }
});
