import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { evaluate, loadItems } from '../../scripts/eval-lib';
import { analyze, TONE_CATEGORIES } from '../../src/core/index';

/**
 * Floors a little below what the tone engine reaches on test/fixtures/tone/*.jsonl, so a
 * regression fails. Raise them when the engine improves; never lower them to make a change pass.
 * (Set anew, once each, when a blind set joined: the lead's extra-lead.jsonl, then the two blind
 * holdouts of session 2, then holdout 3 of session 3, whose first scores are in
 * test/fixtures/tone/README.md.)
 */
const OVERALL = { precision: 0.99, recall: 0.97, falseAlarmRate: 0.01 };
const PER_CATEGORY: Record<string, { precision: number; recall: number }> = {
  hostile: { precision: 0.98, recall: 0.95 },
  sarcastic: { precision: 0.98, recall: 0.9 },
  'passive-aggressive': { precision: 0.98, recall: 0.94 },
  blame: { precision: 0.98, recall: 0.97 },
  threat: { precision: 0.98, recall: 0.97 },
  'bridge-burning': { precision: 0.98, recall: 0.95 },
  demanding: { precision: 0.98, recall: 0.97 },
  desperate: { precision: 0.98, recall: 0.97 },
  'self-deprecating': { precision: 0.98, recall: 0.96 },
  dwelling: { precision: 0.98, recall: 0.95 },
  profanity: { precision: 0.98, recall: 0.98 },
  'over-apologetic': { precision: 0.98, recall: 0.97 },
  hedging: { precision: 0.98, recall: 0.89 },
  shouting: { precision: 0.98, recall: 0.98 },
  'excessive-exclamation': { precision: 0.98, recall: 0.98 },
};

test('tone evaluation stays above its floors', () => {
  const report = evaluate(loadItems());
  assert.ok(report.items > 500, 'the labelled sets are loaded');
  assert.ok(report.precision >= OVERALL.precision, `precision ${report.precision}`);
  assert.ok(report.recall >= OVERALL.recall, `recall ${report.recall}`);
  assert.ok(report.falseAlarmRate <= OVERALL.falseAlarmRate, `false alarms ${report.falseAlarmRate}: ${report.falseAlarms.map((f) => f.item.id).join(' ')}`);
  for (const [category, floor] of Object.entries(PER_CATEGORY)) {
    const s = report.perCategory.find((c) => c.category === category);
    assert.ok(s && s.items > 0, `${category} has labelled items`);
    assert.ok(s.precision >= floor.precision, `${category} precision ${s.precision}`);
    assert.ok(s.recall >= floor.recall, `${category} recall ${s.recall}`);
  }
});

test('dev messages raise their expected phrase categories, and clean messages raise no tone message', () => {
  const dir = 'test/fixtures/messages';
  const files = readdirSync(dir).filter((f) => f.endsWith('.md')).sort();
  assert.ok(files.length >= 20);
  const tone = new Set<string>(TONE_CATEGORIES);
  for (const f of files) {
    const text = readFileSync(join(dir, f), 'utf8');
    const m = /^expected_flags:\s*\[(.*)\]\s*$/m.exec(text);
    assert.ok(m, `${f} has expected_flags`);
    const expected = m[1]!.split(',').map((s) => s.trim()).filter(Boolean);
    const messages = analyze(text).messages.filter((x) => tone.has(x.category));
    const got = new Set<string>(messages.map((x) => x.category));
    if (expected.length === 0) {
      assert.deepEqual(messages.map((x) => `${x.category}: ${x.actual}`), [], `${f} should raise no tone message`);
    }
    for (const c of expected) {
      if (!(c in PER_CATEGORY)) continue;
      assert.ok(got.has(c), `${f} should raise ${c}; got ${[...got].join(', ')}`);
    }
  }
});
