import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { toEmail } from '../../src/core/email';

const d01 = readFileSync('test/fixtures/messages/d01-rejection-reply-quoted-thread.md', 'utf8');
const d09 = readFileSync('test/fixtures/messages/d09-recruiter-decline-quoted.md', 'utf8');

test('drops front matter and the "On … wrote:" thread, keeps line breaks in the sign-off', () => {
  const { text, html } = toEmail(d01);
  assert.ok(text.startsWith('Hi Sarah,\n\nThanks for telling me about the decision.'));
  assert.ok(text.endsWith('Regards,\nMia Carter\n'));
  assert.doesNotMatch(text, /kind:|expected:|wrote:|Unfortunately/);
  assert.match(html, /<p>Regards,<br>\nMia Carter<\/p>\n$/);
  assert.doesNotMatch(html, /Unfortunately/);
});

test('drops a > quote after the letter but keeps one the writer placed in the middle', () => {
  assert.doesNotMatch(toEmail(d09).text, /AMAZING|From: Priya/);
  const mid = toEmail('Hi Sam,\n\nYou wrote:\n\n> We will be in touch.\n\nThanks again.\n\nBest,\nMia\n');
  assert.match(mid.text, /\n> We will be in touch\.\n/);
  assert.match(mid.html, /<blockquote>\n<p>We will be in touch.<\/p>\n<\/blockquote>/);
});

test('drops HTML comments, including Poise ignore comments', () => {
  const { text, html } = toEmail('<!-- poise-disable hedging -->\nHi Sam,\n\nI just wanted to say thanks. <!-- note to self -->\n\n<!-- poise-enable -->\n');
  assert.equal(text, 'Hi Sam,\n\nI just wanted to say thanks.\n');
  assert.doesNotMatch(html, /poise-|note to self|&lt;!--/);
});

test('renders Markdown as email text: no markers, links with their address, lists and code', () => {
  const md = 'Hi **Sam**, see [my portfolio](https://example.com/p) and `code`.\n\n- [x] done\n- [ ] todo\n\n1. one\n2. two\n\n```\nx = 1\n```\n';
  const { text, html } = toEmail(md);
  assert.equal(text, 'Hi Sam, see my portfolio (https://example.com/p) and code.\n\n- [x] done\n- [ ] todo\n\n1. one\n2. two\n\nx = 1\n');
  assert.match(html, /<strong>Sam<\/strong>/);
  assert.match(html, /<a href="https:\/\/example.com\/p">my portfolio<\/a>/);
  assert.match(html, /<ol>\n<li>one<\/li>\n<li>two<\/li>\n<\/ol>/);
  assert.match(html, /<pre><code>x = 1<\/code><\/pre>/);
});

test('escapes HTML and refuses unsafe link targets', () => {
  const { html } = toEmail('Use <b>x</b> & [click](javascript:alert(1)) "quoted"\n');
  assert.doesNotMatch(html, /<b>|javascript:/);
  assert.match(html, /&amp;/);
  assert.match(html, /&quot;quoted&quot;/);
});

test('an empty or front-matter-only document exports nothing', () => {
  assert.deepEqual(toEmail(''), { text: '', html: '' });
  assert.deepEqual(toEmail('---\nkind: thank-you\n---\n'), { text: '', html: '' });
});
