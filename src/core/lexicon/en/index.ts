import type { CategoryLexicon } from './types';
import { hostile } from './hostile';
import { sarcastic, SCARE_QUOTE_WORDS } from './sarcastic';
import { passiveAggressive } from './passive-aggressive';
import { blame } from './blame';
import { threat } from './threat';
import { bridgeBurning } from './bridge-burning';
import { demanding } from './demanding';
import { desperate } from './desperate';
import { selfDeprecating } from './self-deprecating';
import { dwelling } from './dwelling';
import { profanity, MASKED_SWEARS } from './profanity';

/** The English phrase lexicon, one module per category, in report order. */
export const LEXICONS: readonly CategoryLexicon[] = [
  hostile,
  sarcastic,
  passiveAggressive,
  blame,
  threat,
  bridgeBurning,
  demanding,
  desperate,
  selfDeprecating,
  dwelling,
  profanity,
];

export { MASKED_SWEARS, SCARE_QUOTE_WORDS };
export type { CategoryLexicon, PhraseEntry } from './types';
