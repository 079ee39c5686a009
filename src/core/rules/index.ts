import type { Rule } from './rule';
import { shouting } from './shouting';
import { excessiveExclamation } from './excessive-exclamation';
import { hedging } from './hedging';
import { overApologetic } from './over-apologetic';
import { placeholder } from './placeholder';
import { TONE_RULES } from './tone';
import { sentenceTone } from './sentence-tone';

/** Every rule, in report order. The docs, the README table and package.json are checked against this. */
export const RULES: readonly Rule[] = [shouting, excessiveExclamation, hedging, overApologetic, placeholder, ...TONE_RULES, sentenceTone];
