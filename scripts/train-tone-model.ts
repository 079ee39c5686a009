/**
 * `npm run train`: trains the sentence model (rules/sentence-tone.ts) on the labelled sets under
 * test/fixtures/tone/*.jsonl and writes src/core/model/tone-model-data.ts.
 *
 * The model is a logistic regression over hashed word 1–3-grams and five-letter stems
 * (src/core/model/features.ts):
 * polite (0) against any tone problem that lives in the words (1). Items whose only problem is
 * structural (SHOUTING, "!!!", stacked apologies, piled-up hedges) are left out of training: the
 * structural rules find them. Training is deterministic (seeded order, fixed epochs).
 *
 * Before the final fit it runs a 5-fold cross-validation (each item scored by a model that never
 * saw it, exactly as the rule scores text: the best sentence of the item) and picks the decision
 * threshold: the lowest one (at least probability 0.9) whose cross-validated false-alarm rate stays
 * at or under --max-false-alarms on all polite items (default 2%: many were written as traps for
 * the phrase lists) and under --max-dev-false-alarms on the shared development set's polite
 * sentences, adapted from real mail (default 1.5%). It prints the cross-validated recall and false alarms
 * of the model alone and together with the phrase rules: the honest estimate of what the model
 * adds on sentences it has not seen.
 *
 * Usage: node --import tsx scripts/train-tone-model.ts [--check] [--sweep] [--max-false-alarms 0.02] [--max-dev-false-alarms 0.015]
 *   --check   only verify that the committed model was trained on the current fixtures (exit 1 if not)
 *   --sweep   also print cross-validated figures at several thresholds, with the phrase rules on
 *             one set (POISE_SWEEP_FILE, default extra-holdout3.jsonl)
 */
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { fixturesDigest, loadItems, type Item } from './eval-lib';
import { analyze } from '../src/core/index';
import { parseMarkdown } from '../src/core/parse';
import { extractProse } from '../src/core/prose';
import { tokenize } from '../src/core/tokenize';
import { longQuotes, sentenceFeatures } from '../src/core/model/features';
import { TONE_MODEL } from '../src/core/model/tone-model-data';
import { MIN_WORDS, MODEL_CATEGORIES, STRUCTURAL_CATEGORIES, categoryOf, type SentenceModel } from '../src/core/model/model';
import type { ToneCategory } from '../src/core/types';
import { rng } from './lib/rng';

const FIXTURES = 'test/fixtures/tone';
const OUT = 'src/core/model/tone-model-data.ts';
const BITS = 16;
const MASK = (1 << BITS) - 1;
const EPOCHS = 25;
const RATE = 0.2;
const L2 = 1e-5;
/** Items whose only problems are structural are left out (see STRUCTURAL_CATEGORIES). */
const NOT_WORDS: ReadonlySet<string> = STRUCTURAL_CATEGORIES;

const { values: args } = parseArgs({ options: { check: { type: 'boolean', default: false }, sweep: { type: 'boolean', default: false }, 'max-false-alarms': { type: 'string', default: '0.02' }, 'max-dev-false-alarms': { type: 'string', default: '0.015' } } });

if (args.check) {
  const now = fixturesDigest(FIXTURES);
  if (now !== TONE_MODEL.fixtures) {
    console.error(`The sentence model is stale: trained on fixtures ${TONE_MODEL.fixtures}, they are now ${now}. Run \`npm run train\`.`);
    process.exit(1);
  }
  console.log(`The sentence model matches the fixtures (${now}).`);
  process.exit(0);
}

interface Example {
  item: Item;
  /** Features of each sentence of the item's prose (each long enough for the rule to judge). */
  sentences: number[][];
  all: number[];
  y: number;
}

function examples(items: Item[]): Example[] {
  const out: Example[] = [];
  for (const item of items) {
    if (item.label === 'flag' && NOT_WORDS.has(item.category) && !(item.also ?? []).some((c) => !NOT_WORDS.has(c))) continue;
    const tree = parseMarkdown(item.text);
    const doc = extractProse(item.text, tree, { skipQuotes: true });
    const sentences: number[][] = [];
    const all: number[] = [];
    for (const block of doc.blocks) {
      const tk = tokenize(block.text);
      const quotes = longQuotes(tk);
      for (const s of tk.sentences) {
        if (s.tokenEnd <= s.tokenStart) continue;
        const f: number[] = [];
        sentenceFeatures(tk, s.tokenStart, s.tokenEnd, quotes, MASK, f);
        all.push(...f);
        if (s.tokenEnd - s.tokenStart >= MIN_WORDS) sentences.push(f);
      }
    }
    if (!all.length) continue;
    out.push({ item, sentences, all, y: item.label === 'flag' ? 1 : 0 });
  }
  return out;
}

interface Fit {
  w: Float64Array;
  bias: number;
}

/** Logistic regression by stochastic gradient descent, L2-regularised, in a seeded order. */
function train(data: Example[]): Fit {
  const w = new Float64Array(MASK + 1);
  let bias = 0;
  const order = data.map((_, i) => i);
  const rand = rng(7);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    const rate = RATE / (1 + epoch * 0.2);
    for (const i of order) {
      const ex = data[i]!;
      let z = bias;
      for (const f of ex.all) z += w[f]!;
      const g = 1 / (1 + Math.exp(-z)) - ex.y;
      for (const f of ex.all) w[f] = w[f]! - rate * (g + L2 * w[f]!);
      bias -= rate * g;
    }
  }
  return { w, bias };
}

/** The item's score as the rule sees it: its best sentence's logit. */
function itemLogit(fit: { bias: number; weight: (f: number) => number }, ex: Example): number {
  let best = -Infinity;
  for (const s of ex.sentences) {
    let z = fit.bias;
    for (const f of s) z += fit.weight(f);
    if (z > best) best = z;
  }
  return best;
}

const items = loadItems(FIXTURES);
const data = examples(items);
const lexiconFlags = new Map<string, boolean>();
for (const ex of data) {
  const got = analyze(ex.item.text, { options: { rules: { 'sentence-tone': 'off', shouting: 'off', 'excessive-exclamation': 'off', placeholder: 'off' } } });
  lexiconFlags.set(ex.item.id, got.messages.length > 0);
}

// 5-fold cross-validation, folds fixed by item id.
const fold = (id: string) => parseInt(createHash('md5').update(id).digest('hex').slice(0, 8), 16) % 5;
const cvLogit = new Map<string, number>();
for (let k = 0; k < 5; k++) {
  const fit = train(data.filter((ex) => fold(ex.item.id) !== k));
  for (const ex of data.filter((e) => fold(e.item.id) === k)) cvLogit.set(ex.item.id, itemLogit({ bias: fit.bias, weight: (f) => fit.w[f]! }, ex));
}
const okItems = data.filter((e) => e.y === 0);
const flagItems = data.filter((e) => e.y === 1);
const rate = (xs: Example[], pred: (e: Example) => boolean) => xs.filter(pred).length / Math.max(1, xs.length);
const maxFalseAlarms = Number(args['max-false-alarms']);
const maxDevFalseAlarms = Number(args['max-dev-false-alarms']);
const devOk = okItems.filter((e) => e.item.file === 'dev.jsonl');
// The lowest threshold (never below probability MIN_P) whose cross-validated false alarms stay
// within both limits: on every polite item (many written as traps for the phrase lists) and on the
// shared development set (polite sentences adapted from real mail).
const MIN_P = 0.9;
let threshold = Math.log(MIN_P / (1 - MIN_P));
const candidates = [...new Set(okItems.map((e) => cvLogit.get(e.item.id)!))].filter((c) => c >= threshold).sort((a, b) => a - b);
const within = (t: number) => rate(okItems, (e) => cvLogit.get(e.item.id)! >= t) <= maxFalseAlarms && rate(devOk, (e) => cvLogit.get(e.item.id)! >= t) <= maxDevFalseAlarms;
if (!within(threshold)) {
  threshold = Infinity;
  for (const c of candidates) {
    if (within(c + 1e-9)) {
      threshold = c + 1e-9;
      break;
    }
  }
}
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const fires = (e: Example) => cvLogit.get(e.item.id)! >= threshold;
console.log(`training items: ${data.length} (${flagItems.length} flagged, ${okItems.length} polite); ${items.length - data.length} left out (shouting, "!!!", over-apologetic, hedging)`);
console.log(`5-fold cross-validation, threshold logit ${threshold.toFixed(3)} (p ≥ ${(1 / (1 + Math.exp(-threshold))).toFixed(3)}):`);
console.log(`  model alone:        recall ${pct(rate(flagItems, fires))}, false alarms ${pct(rate(okItems, fires))}`);
console.log(`  phrase rules alone: recall ${pct(rate(flagItems, (e) => lexiconFlags.get(e.item.id)!))}, false alarms ${pct(rate(okItems, (e) => lexiconFlags.get(e.item.id)!))}  (tuned on these items: optimistic)`);
const both = (e: Example) => lexiconFlags.get(e.item.id)! || fires(e);
console.log(`  together:           recall ${pct(rate(flagItems, both))}, false alarms ${pct(rate(okItems, both))}`);
for (const f of [...new Set(data.map((e) => e.item.file))].sort()) {
  const fl = flagItems.filter((e) => e.item.file === f);
  const ok = okItems.filter((e) => e.item.file === f);
  console.log(`    ${f.padEnd(28)} model recall ${pct(rate(fl, fires)).padStart(6)} false alarms ${pct(rate(ok, fires)).padStart(6)} (${fl.length}/${ok.length})`);
}

if (args.sweep) {
  const inSweepFile = (e: Example) => e.item.file === (process.env.POISE_SWEEP_FILE ?? 'extra-holdout3.jsonl');
  const dev = (e: Example) => e.item.file === 'dev.jsonl';
  console.log('p       model R  model FA  dev R  dev FA | sweep file: rules+model R  FA');
  for (const p of [0.5, 0.7, 0.8, 0.9, 0.95, 0.97, 0.98, 0.99, 0.995]) {
    const t = Math.log(p / (1 - p));
    const f = (e: Example) => cvLogit.get(e.item.id)! >= t;
    const b = (e: Example) => lexiconFlags.get(e.item.id)! || f(e);
    console.log(`${p.toFixed(3)}  ${pct(rate(flagItems, f)).padStart(6)}  ${pct(rate(okItems, f)).padStart(6)}  ${pct(rate(flagItems.filter(dev), f)).padStart(6)} ${pct(rate(okItems.filter(dev), f)).padStart(6)} | ${pct(rate(flagItems.filter(inSweepFile), b)).padStart(6)} ${pct(rate(okItems.filter(inSweepFile), b)).padStart(6)}`);
  }
}

// The final model, on everything.
const fit = train(data);
let maxAbs = 0;
for (const x of fit.w) maxAbs = Math.max(maxAbs, Math.abs(x));
const scale = maxAbs / 127;
const weights = new Int8Array(MASK + 1);
for (let i = 0; i <= MASK; i++) weights[i] = Math.max(-127, Math.min(127, Math.round(fit.w[i]! / scale)));

// Each feature's category, for naming what a flagged sentence sounds like: the category whose
// flagged items make the feature most likely (naive Bayes, add-one smoothing), packed with how far
// ahead of the runner-up it is (0–15) into one byte: category index in the low four bits.
function categoryTable(flagged: Example[]): Uint8Array {
  const catIndex = new Map<string, number>(MODEL_CATEGORIES.map((c, i) => [c, i]));
  const n = MODEL_CATEGORIES.length;
  const counts = new Map<number, Float64Array>();
  const totals = new Float64Array(n);
  for (const ex of flagged) {
    const c = catIndex.get(ex.item.category);
    if (c === undefined) continue;
    for (const f of ex.all) {
      let row = counts.get(f);
      if (!row) counts.set(f, (row = new Float64Array(n)));
      row[c]++;
      totals[c]++;
    }
  }
  const table = new Uint8Array(MASK + 1);
  const vocab = counts.size;
  for (const [f, row] of counts) {
    let best = -1;
    let first = -Infinity;
    let second = -Infinity;
    for (let c = 0; c < n; c++) {
      const lp = Math.log((row[c]! + 1) / (totals[c]! + vocab));
      if (lp > first) [second, first, best] = [first, lp, c];
      else if (lp > second) second = lp;
    }
    const strength = Math.min(15, Math.round((first - second) * 4));
    if (best >= 0 && strength > 0) table[f] = best | (strength << 4);
  }
  return table;
}

// How often the category named is the item's own (or one of its also-categories), cross-validated.
{
  let right = 0;
  let total = 0;
  for (let k = 0; k < 5; k++) {
    const table = categoryTable(flagItems.filter((ex) => fold(ex.item.id) !== k));
    const probe = { categories: table, categoryNames: MODEL_CATEGORIES } as SentenceModel;
    for (const ex of flagItems.filter((e) => fold(e.item.id) === k)) {
      if (!MODEL_CATEGORIES.includes(ex.item.category as ToneCategory)) continue;
      total++;
      const got = categoryOf(probe, ex.all);
      if (got === ex.item.category || (ex.item.also ?? []).includes(got)) right++;
    }
  }
  console.log(`  category named right (cross-validated, flagged items): ${pct(right / Math.max(1, total))}`);
}
const cats = categoryTable(flagItems);

// Quantised, the model must still decide as the trained one does.
let agree = 0;
for (const ex of data) {
  const a = itemLogit({ bias: fit.bias, weight: (f) => fit.w[f]! }, ex) >= threshold;
  const b = itemLogit({ bias: fit.bias, weight: (f) => weights[f]! * scale }, ex) >= threshold;
  if (a === b) agree++;
}
console.log(`final model: ${data.length} items; quantised model agrees with the trained one on ${pct(agree / data.length)}; training-set recall ${pct(rate(flagItems, (e) => itemLogit({ bias: fit.bias, weight: (f) => weights[f]! * scale }, e) >= threshold))}`);

const b64 = (a: Uint8Array | Int8Array) => Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString('base64');
const text = `// Generated by \`npm run train\` (scripts/train-tone-model.ts) from ${FIXTURES}/*.jsonl. Do not edit.
// ${data.length} items (${flagItems.length} flagged, ${okItems.length} polite). 5-fold cross-validation at this threshold:
// model alone recall ${pct(rate(flagItems, fires))}, false alarms ${pct(rate(okItems, fires))}.
export const TONE_MODEL = {
  version: 1,
  bits: ${BITS},
  bias: ${fit.bias},
  scale: ${scale},
  threshold: ${threshold},
  fixtures: '${fixturesDigest(FIXTURES)}',
  categoryNames: ${JSON.stringify(MODEL_CATEGORIES).replace(/"/g, "'").replace(/,/g, ', ')},
  weights: '${b64(weights)}',
  categories: '${b64(cats)}',
};
`;
writeFileSync(OUT, text);
console.log(`wrote ${OUT} (${(text.length / 1024).toFixed(0)} KiB)`);
