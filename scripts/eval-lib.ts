// Scores Poise's tone rules on the labelled sets under test/fixtures/tone/*.jsonl.
// An item counts as flagged when any tone message (not placeholder/structure) lands in it.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../src/core/index';
import { TONE_CATEGORIES, type Category } from '../src/core/types';

export interface Item {
  id: string;
  text: string;
  label: 'ok' | 'flag';
  category: string;
  also?: string[];
  context?: string;
  file: string;
}

export interface CategoryScore {
  category: string;
  items: number;
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface EvalReport {
  items: number;
  ok: number;
  flag: number;
  /** Item level: a flagged item is a true positive when Poise raises any tone message on it. */
  precision: number;
  recall: number;
  f1: number;
  /** Share of ok items that got any tone message. */
  falseAlarmRate: number;
  perCategory: CategoryScore[];
  falseAlarms: Array<{ item: Item; got: string[] }>;
  misses: Array<{ item: Item }>;
  wrongCategory: Array<{ item: Item; got: string[] }>;
}

const TONE = new Set<string>(TONE_CATEGORIES);

export function loadItems(dir = 'test/fixtures/tone'): Item[] {
  const out: Item[] = [];
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.jsonl')).sort()) {
    const lines = readFileSync(join(dir, f), 'utf8').split('\n').filter((l) => l.trim());
    for (const l of lines) out.push({ ...(JSON.parse(l) as Omit<Item, 'file'>), file: f });
  }
  return out;
}

/** A digest of the labelled sets: the committed sentence model must have been trained on exactly these. */
export function fixturesDigest(dir = 'test/fixtures/tone'): string {
  const h = createHash('sha256');
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.jsonl')).sort()) {
    h.update(f);
    h.update('\0');
    h.update(readFileSync(join(dir, f)));
    h.update('\0');
  }
  return h.digest('hex').slice(0, 16);
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);

export function evaluate(items: Item[], options: { withoutModel?: boolean } = {}): EvalReport {
  const analyzeOptions = options.withoutModel ? { options: { rules: { 'sentence-tone': 'off' as const } } } : {};
  const perCat = new Map<string, { tp: number; fp: number; fn: number; items: number }>();
  for (const c of TONE_CATEGORIES) perCat.set(c, { tp: 0, fp: 0, fn: 0, items: 0 });
  let tp = 0, fp = 0, fn = 0, okFlagged = 0, ok = 0, flag = 0;
  const falseAlarms: EvalReport['falseAlarms'] = [];
  const misses: EvalReport['misses'] = [];
  const wrongCategory: EvalReport['wrongCategory'] = [];
  for (const item of items) {
    const got = [...new Set(analyze(item.text, analyzeOptions).messages.map((m) => m.category).filter((c: Category) => TONE.has(c)))];
    const truth = item.label === 'flag' ? new Set([item.category, ...(item.also ?? [])]) : new Set<string>();
    if (item.label === 'flag') {
      flag++;
      perCat.get(item.category)!.items++;
      if (got.length) tp++;
      else { fn++; misses.push({ item }); }
      if (got.length && !got.some((g) => truth.has(g))) wrongCategory.push({ item, got });
    } else {
      ok++;
      if (got.length) { fp++; okFlagged++; falseAlarms.push({ item, got }); }
    }
    for (const c of TONE_CATEGORIES) {
      const s = perCat.get(c)!;
      const predicted = got.includes(c);
      if (predicted && truth.has(c)) s.tp++;
      else if (predicted && item.label === 'ok') s.fp++;
      else if (!predicted && item.label === 'flag' && item.category === c) s.fn++;
    }
  }
  const precision = ratio(tp, tp + fp);
  const recall = ratio(tp, tp + fn);
  const perCategory = [...perCat].map(([category, s]) => {
    const p = ratio(s.tp, s.tp + s.fp);
    const r = ratio(s.tp, s.tp + s.fn);
    return { category, ...s, precision: p, recall: r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
  });
  return {
    items: items.length, ok, flag, precision, recall,
    f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
    falseAlarmRate: ratio(okFlagged, ok),
    perCategory, falseAlarms, misses, wrongCategory,
  };
}
