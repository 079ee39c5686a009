/**
 * Rule ids that are not also category names: every other rule's id is its category. Kept apart
 * from the rules themselves so that code which only needs the names (settings validation in the
 * extension host) does not load the lexicon and the sentence model; `test/unit/metadata.test.ts`
 * checks it against the registry.
 */
export const EXTRA_RULE_IDS: readonly string[] = ['sentence-tone'];
