import { test } from 'node:test';
import assert from 'node:assert/strict';
import { placementFor } from '../../src/core/checklist/placement';

const LETTER = '---\nkind: rejection-reply\n---\n\nHi Sam,\n\nThanks for letting me know.\n\nBest regards,\nMia\n\n> Quoted email.\n';

function insert(text: string, id: string, snippet = 'SNIP'): string {
  const p = placementFor(text, id);
  return text.slice(0, p.offset) + p.prefix + snippet + p.suffix + text.slice(p.offset);
}

test('a feedback ask goes before the sign-off, as its own paragraph', () => {
  assert.equal(insert(LETTER, 'feedback'), LETTER.replace('Best regards,', 'SNIP\n\nBest regards,'));
  assert.equal(placementFor(LETTER, 'feedback').where, 'before your sign-off');
});
test('a greeting goes at the top, after the front matter', () => {
  const text = '---\nkind: thank-you\n---\n\nThanks for the interview.\n';
  assert.equal(insert(text, 'greeting', 'Hi Sam,\n\n'), '---\nkind: thank-you\n---\n\nHi Sam,\n\nThanks for the interview.\n');
});
test('thanks goes right after the greeting', () => {
  assert.equal(insert(LETTER, 'thanks'), LETTER.replace('Hi Sam,\n\n', 'Hi Sam,\n\nSNIP\n\n'));
});
test('a sign-off goes at the end of the letter, before the quoted thread', () => {
  const text = 'Hi Sam,\n\nThanks.\n\n> Quoted email.\n';
  assert.equal(insert(text, 'sign-off'), 'Hi Sam,\n\nThanks.\n\nSNIP\n\n> Quoted email.\n');
});
test('a closing glued to the last paragraph still gets a paragraph break', () => {
  assert.equal(insert('Thanks.\nBest,\nMia\n', 'interest'), 'Thanks.\n\nSNIP\n\nBest,\nMia\n');
});
test('without a sign-off, body items go at the end', () => {
  assert.equal(insert('Hi Sam,\n\nThanks.', 'feedback'), 'Hi Sam,\n\nThanks.\n\nSNIP');
});

test('a bare name gets only a closing line above it', () => {
  const p = placementFor('Hi Sam,\n\nThanks for the update.\n\nBen\n', 'sign-off');
  assert.equal(p.closingOnly, true);
  assert.equal(insert('Hi Sam,\n\nThanks for the update.\n\nBen\n', 'sign-off', 'Best regards,'), 'Hi Sam,\n\nThanks for the update.\n\nBest regards,\nBen\n');
});
