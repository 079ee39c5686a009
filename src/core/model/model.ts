/**
 * The sentence model at run time: decodes the generated table (tone-model-data.ts) once, on first
 * use, and scores a sentence's features. See scripts/train-tone-model.ts for how it is made.
 */
import { TONE_CATEGORIES, type ToneCategory } from '../types';
import { TONE_MODEL } from './tone-model-data';

/**
 * Categories left to the structural rules: SHOUTING and "!!!" are letter case and punctuation,
 * which tokens do not carry; over-apologising and hedging are about how many apologies or
 * qualifiers pile up, not any one of them (a model would learn that "sorry" or "just" is bad).
 */
export const STRUCTURAL_CATEGORIES: ReadonlySet<ToneCategory> = new Set(['shouting', 'excessive-exclamation', 'over-apologetic', 'hedging']);

/** The categories the model is trained to name (the generated table lists them, in this order). */
export const MODEL_CATEGORIES: readonly ToneCategory[] = TONE_CATEGORIES.filter((c) => !STRUCTURAL_CATEGORIES.has(c));

/** Sentences shorter than this (in words) are not judged: too little to go on ("Thanks again."). */
export const MIN_WORDS = 5;

export interface SentenceModel {
  mask: number;
  weights: Int8Array;
  categories: Uint8Array;
  /** The category each index in `categories` stands for. */
  categoryNames: readonly ToneCategory[];
  bias: number;
  scale: number;
  /** Logit at or above which a sentence is reported. */
  threshold: number;
}

function decode(b64: string): Uint8Array {
  const bin = atob(b64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

let loaded: SentenceModel | null | undefined;

/** The model, or null when none has been trained (an empty table). */
export function sentenceModel(): SentenceModel | null {
  if (loaded !== undefined) return loaded;
  const size = 1 << TONE_MODEL.bits;
  const w = decode(TONE_MODEL.weights);
  const c = decode(TONE_MODEL.categories);
  const names = TONE_MODEL.categoryNames.filter((n): n is ToneCategory => (TONE_CATEGORIES as readonly string[]).includes(n));
  loaded =
    w.length === size && c.length === size && Number.isFinite(TONE_MODEL.threshold) && names.length === TONE_MODEL.categoryNames.length && names.length > 0
      ? { mask: size - 1, weights: new Int8Array(w.buffer), categories: c, categoryNames: names, bias: TONE_MODEL.bias, scale: TONE_MODEL.scale, threshold: TONE_MODEL.threshold }
      : null;
  return loaded;
}

/** The logit of a sentence's features. */
export function logit(model: SentenceModel, features: readonly number[]): number {
  let z = 0;
  for (const f of features) z += model.weights[f]!;
  return model.bias + z * model.scale;
}

/**
 * The category the sentence's words point to: each feature votes for its category (low four bits of
 * its table byte) with its strength (high four bits).
 */
export function categoryOf(model: SentenceModel, features: readonly number[]): ToneCategory {
  const votes = new Float64Array(model.categoryNames.length);
  for (const f of features) {
    const b = model.categories[f]!;
    if (b) votes[b & 15] += b >> 4;
  }
  let best = 0;
  for (let c = 1; c < votes.length; c++) if (votes[c]! > votes[best]!) best = c;
  return model.categoryNames[best]!;
}
