import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { parseMarkdown } from '../../src/core/parse';
import { extractProse } from '../../src/core/prose';
import { docSentences } from '../../src/core/checklist/sentences';
import { normalize, openCuesOf } from '../../src/core/checklist/detectors';
import { INTEREST, THANKS, WARM, type PhraseSet } from '../../src/core/checklist/patterns';

/** Sentences of the labelled sets, the Markdown fixtures and the examples, normalised as the detectors read them. */
function sentences(): string[] {
  const texts: string[] = [];
  for (const f of readdirSync('test/fixtures/tone').filter((x) => x.endsWith('.jsonl'))) {
    for (const line of readFileSync(`test/fixtures/tone/${f}`, 'utf8').split('\n')) if (line.trim()) texts.push((JSON.parse(line) as { text: string }).text);
  }
  for (const dir of ['test/fixtures/checklist/', 'test/fixtures/messages/', 'examples/']) {
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.md'))) texts.push(readFileSync(dir + f, 'utf8'));
  }
  const out: string[] = [];
  for (const text of texts) {
    for (const s of docSentences(extractProse(text, parseMarkdown(text), { skipQuotes: true }))) {
      const n = normalize(s.text);
      // Also with other white space between words: the gates read word beginnings, not spacing.
      out.push(n, n.replace(/ /g, '\n  '));
    }
  }
  return out;
}

describe('checklist cue gates', () => {
  const all = sentences();
  const sets: Array<[string, PhraseSet]> = [['THANKS', THANKS], ['INTEREST', INTEREST], ['WARM', WARM]];
  for (const [name, set] of sets) {
    test(`${name}: every cue match passes its gate`, () => {
      assert.ok(set.cues.every((c) => c.gate), 'every cue of the set has a gate');
      let matched = 0;
      for (const s of all) {
        const open = new Set(openCuesOf(set, s));
        set.cues.forEach((cue, i) => {
          if (!new RegExp(cue.re.source, cue.re.flags.replace('g', '')).test(s)) return;
          matched++;
          assert.ok(open.has(i), `${name} cue ${cue.id} matches but its gate is shut: ${JSON.stringify(s)}`);
        });
      }
      assert.ok(matched > 200, `too few matches to check (${matched})`);
    });
  }
  test('a gate shuts when none of its words begins a word', () => {
    const i = THANKS.cues.findIndex((c) => c.id === 'gratitude');
    assert.ok(openCuesOf(THANKS, 'with gratitude, sam')!.includes(i));
    assert.ok(!openCuesOf(THANKS, 'with ingratitude, sam')!.includes(i));
    // "sokind of you" matches the kind-of-you pattern: its gate must open on "so".
    const k = THANKS.cues.findIndex((c) => c.id === 'kind-of-you');
    assert.ok(THANKS.cues[k]!.re.test('that is sokind of you') && openCuesOf(THANKS, 'that is sokind of you')!.includes(k));
  });
});
