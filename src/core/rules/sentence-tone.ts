/**
 * `sentence-tone`: a second opinion on each sentence that no phrase rule flagged. A small model
 * (logistic regression over hashed word 1–3-grams, trained by `npm run train` on the labelled sets
 * in test/fixtures/tone) scores the sentence; above a threshold chosen for very few false alarms
 * in cross-validation, the whole sentence is reported under the tone category its words point to.
 *
 * It catches what no phrase list can enumerate: new wording for sarcasm, passive aggression,
 * blame or dwelling. Each finding carries its category, so `rules: { "sarcastic": "off" }` silences
 * the model's sarcasm too; `rules: { "sentence-tone": "off" }` turns the model off altogether.
 */
import type { ProseBlock } from '../prose';
import type { ToneCategory } from '../types';
import { LEXICONS } from '../lexicon/en/index';
import { longQuotes, sentenceFeatures } from '../model/features';
import { categoryOf, logit, MIN_WORDS, sentenceModel } from '../model/model';
import type { Rule } from './rule';
import { allowedRanges, isSignOff, overlaps, signatureRanges, tokenized } from './structure-util';
import { phraseFindings } from './tone';

/** How the reason names each category the model can name. */
const READS_AS: Record<string, string> = {
  hostile: 'hostile',
  sarcastic: 'sarcastic',
  'passive-aggressive': 'passive-aggressive',
  blame: 'blaming',
  threat: 'like a threat',
  'bridge-burning': 'like closing the door',
  demanding: 'demanding',
  desperate: 'desperate',
  'self-deprecating': 'self-deprecating',
  profanity: 'crude',
  dwelling: 'like re-arguing the decision',
};

/** The advice of the phrase rule of the same category (every category the model names has one). */
function categoryNote(category: ToneCategory): string {
  return LEXICONS.find((l) => l.category === category)?.note ?? '';
}

const MODEL_NOTE =
  'No single phrase here is on Poise\'s lists: its sentence model, trained on labelled job-search sentences, judged the wording as a whole. Read the sentence as the recipient would. If it is fine as it is, add `<!-- poise-disable-next-line sentence-tone -->` above it, or set `"sentence-tone": "off"` in your rules.';

export const sentenceTone: Rule = {
  id: 'sentence-tone',
  category: 'tone',
  severity: 'warning',
  reason: 'This sentence may come across badly.',
  note: MODEL_NOTE,
  check(ctx) {
    const model = sentenceModel();
    if (!model || ctx.options.rules['sentence-tone'] === 'off') return;
    // Sentences a phrase rule already flagged need no second opinion.
    const flagged = new Map<ProseBlock, Array<[number, number]>>();
    for (const list of phraseFindings(ctx.doc, ctx.options).byCategory.values()) {
      for (const f of list) {
        let l = flagged.get(f.block);
        if (!l) flagged.set(f.block, (l = []));
        l.push([f.start, f.end]);
      }
    }
    const features: number[] = [];
    for (const block of ctx.doc.blocks) {
      const tk = tokenized(block);
      const quotes = tk.quotes.length ? longQuotes(tk) : [];
      const taken = flagged.get(block) ?? [];
      const allowed = allowedRanges(block, ctx.options.allow);
      // A sign-off and the signature after it ("Warm regards,\nElena Marsh") are not prose to judge.
      const signature = signatureRanges(block.text);
      for (const s of tk.sentences) {
        if (s.tokenEnd - s.tokenStart < MIN_WORDS) continue;
        if (overlaps(taken, s.start, s.end) || overlaps(allowed, s.start, s.end) || overlaps(signature, s.start, s.end)) continue;
        const firstLine = block.text.slice(s.start, s.end).split('\n', 1)[0]!;
        if (isSignOff(firstLine)) continue;
        features.length = 0;
        sentenceFeatures(tk, s.tokenStart, s.tokenEnd, quotes, model.mask, features);
        if (logit(model, features) < model.threshold) continue;
        const category = categoryOf(model, features);
        ctx.report({
          block,
          start: s.start,
          end: s.end,
          category,
          reason: `This sentence may read as ${READS_AS[category] ?? category}.`,
          note: `${MODEL_NOTE}\n\n${categoryNote(category)}`,
        });
      }
    }
  },
};
