import type { ProseDoc } from './prose';
import type { PoiseMessage } from './types';

/**
 * Ignore comments: `<!-- poise-disable RULE… -->`, `<!-- poise-enable RULE… -->`,
 * `<!-- poise-disable-next-line RULE… -->`. (Placeholder: filled in by the configuration work.)
 */
export function applySuppressions(messages: PoiseMessage[], _doc: ProseDoc): PoiseMessage[] {
  return messages;
}
