import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TEMPLATES, TEMPLATE_GROUPS, templateById, fillTemplate, templateSnippet, snippetPrefix } from '../../src/core/templates';
import { expandSnippet } from '../../src/core/snippet-expand';
import { readFrontMatter } from '../../src/core/frontmatter';

const NOW = new Date(2026, 2, 5);
const frontMatter = (text: string) => readFrontMatter(/^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? null).data;

test('ids are unique, groups known, and the catalogue is in group order', () => {
  assert.equal(new Set(TEMPLATES.map((t) => t.id)).size, TEMPLATES.length);
  const order = TEMPLATES.map((t) => TEMPLATE_GROUPS.indexOf(t.group));
  assert.ok(order.every((g) => g >= 0));
  assert.deepEqual(order, [...order].sort((a, b) => a - b));
});

test('templateById finds by id and by prefix', () => {
  assert.equal(templateById('offer-accept')?.kind, 'offer-accept');
  assert.equal(templateById('poise-offer-accept')?.id, 'offer-accept');
  assert.equal(templateById('nope'), undefined);
  assert.equal(snippetPrefix(templateById('withdraw')!), 'poise-withdraw');
});

test('fillTemplate puts recipient, company and role in the front matter and in the text', () => {
  const t = templateById('rejection-keep-in-touch')!;
  const text = expandSnippet(fillTemplate(t, { to: 'Dana Cole', company: 'Acme $Labs}', role: 'Data Analyst' }), { now: NOW }).text;
  const fm = frontMatter(text);
  assert.equal(fm['to'], 'Dana Cole');
  assert.equal(fm['company'], 'Acme $Labs}');
  assert.equal(fm['role'], 'Data Analyst');
  assert.match(text, /^Dear Dana Cole,$/m);
  assert.match(text, /for the Data Analyst role/);
  assert.match(text, /at Acme \$Labs\}/);
  assert.doesNotMatch(text, /Ms\. Rivera|Northwind|Product Designer/);
});

test('fillTemplate leaves defaults for missing values and ignores fields a block lacks', () => {
  const t = templateById('thank-you-interview')!;
  assert.equal(fillTemplate(t, {}), templateSnippet(t));
  const text = expandSnippet(fillTemplate(t, { company: 'Globex', to: '  ' }), { now: NOW }).text;
  assert.match(text, /^Dear Ms\. Rivera,$/m);
  assert.match(text, /role at Globex/);
  const greeting = templateById('greeting')!;
  assert.equal(expandSnippet(fillTemplate(greeting, { to: 'Sam Lee', company: 'X' })).text, 'Dear Sam Lee,\n\n');
  const sign = templateById('sign-off')!;
  assert.equal(fillTemplate(sign, { to: 'Sam Lee' }), templateSnippet(sign));
});
