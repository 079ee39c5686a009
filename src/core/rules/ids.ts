/**
 * Every rule id, in report order. Kept apart from the rules themselves so that code which only
 * needs the names (settings validation in the extension host) does not load the lexicon and the
 * sentence model; `test/unit/metadata.test.ts` checks it against the registry.
 */
export const RULE_IDS: readonly string[] = [
  'shouting',
  'excessive-exclamation',
  'hedging',
  'over-apologetic',
  'placeholder',
  'hostile',
  'sarcastic',
  'passive-aggressive',
  'blame',
  'threat',
  'bridge-burning',
  'demanding',
  'desperate',
  'self-deprecating',
  'dwelling',
  'profanity',
  'sentence-tone',
];
