import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { TEMPLATES, codeSnippetsFile, templateSnippet, type ReplyTemplate } from '../../src/core/templates';
import { expandSnippet, parseSnippet, withDefaults, type SnippetNode } from '../../src/core/snippet-expand';
import { analyze, LETTER_KINDS } from '../../src/core/index';
import { buildChecklist } from '../../src/core/checklist/index';

const NOW = new Date(2026, 2, 5, 10, 30);
const fileText = readFileSync(new URL('../../snippets/poise.code-snippets', import.meta.url), 'utf8');
const file = JSON.parse(fileText) as Record<string, { prefix: string; description: string; body: string[] }>;
const snippets = Object.values(file);
const letters = TEMPLATES.filter((t) => t.kind !== null);
const expand = (t: ReplyTemplate) => expandSnippet(templateSnippet(t), { now: NOW });

function walk(nodes: SnippetNode[], f: (n: SnippetNode) => void): void {
  for (const n of nodes) {
    f(n);
    if (n.type === 'placeholder' || n.type === 'variable') walk(n.children, f);
  }
}

test('snippets/poise.code-snippets is generated from src/core/templates.ts (run `npm run snippets`)', () => {
  assert.equal(fileText, codeSnippetsFile());
});

test('package.json contributes the snippets file for Markdown', () => {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
  assert.deepEqual(pkg.contributes.snippets, [{ language: 'markdown', path: './snippets/poise.code-snippets' }]);
});

test('at least 20 snippets, each with a poise- prefix, a description, tab stops and defaults', () => {
  assert.ok(snippets.length >= 20, `${snippets.length} snippets`);
  assert.equal(new Set(snippets.map((s) => s.prefix)).size, snippets.length);
  let choices = 0;
  for (const s of snippets) {
    assert.match(s.prefix, /^poise-[a-z]+(?:-[a-z]+)*$/);
    assert.ok(s.description.length > 15, s.prefix);
    const stops = new Set<number>();
    let defaults = 0;
    walk(parseSnippet(s.body.join('\n')), (n) => {
      if (n.type === 'placeholder' && n.index > 0) stops.add(n.index);
      if (n.type === 'choice') {
        stops.add(n.index);
        choices++;
        defaults++;
      }
      if (n.type === 'placeholder' && n.children.length) defaults++;
    });
    assert.ok(stops.size >= 1, `${s.prefix} has no tab stop`);
    assert.ok(defaults >= 1, `${s.prefix} has no default or choice`);
  }
  assert.ok(choices >= 10, `${choices} choices`);
});

test('every letter kind has a full-letter snippet; rejection replies have several; the building blocks exist', () => {
  for (const kind of LETTER_KINDS) assert.ok(letters.some((t) => t.kind === kind), kind);
  assert.ok(letters.filter((t) => t.kind === 'rejection-reply').length >= 4);
  for (const id of ['front-matter', 'greeting', 'thanks', 'feedback-ask', 'keep-in-touch', 'close', 'sign-off']) {
    assert.ok(TEMPLATES.some((t) => t.id === id && t.kind === null), id);
  }
});

test('full letters open with front matter naming their kind, with to, company and role as tab stops', () => {
  for (const t of letters) {
    const { text, tabstops } = expand(t);
    const fm = /^---\n([\s\S]*?)\n---\n/.exec(text);
    assert.ok(fm, t.id);
    assert.match(fm[1]!, new RegExp(`^kind: ${t.kind}$`, 'm'), t.id);
    for (const [key, stop] of [['to', 1], ['company', 2], ['role', 3]] as const) {
      const line = new RegExp(`^${key}: (.+)$`, 'm').exec(fm[1]!);
      assert.ok(line, `${t.id}: ${key}`);
      const at = fm.index + 4 + line.index + key.length + 2;
      assert.ok(tabstops.some((s) => s.index === stop && s.offset === at && text.slice(s.offset, s.endOffset) === line[1]), `${t.id}: ${key} is stop ${stop}`);
      assert.equal(t.fields[key], stop);
    }
    // The greeting is a choice of greeting words.
    assert.match(text, /^Dear Ms\. Rivera,$/m, t.id);
  }
});

test('expanded with their defaults, no snippet leaves anything that looks like an unfilled placeholder', () => {
  for (const t of TEMPLATES) {
    const { text, unknownVariables } = expand(t);
    assert.deepEqual(unknownVariables, [], t.id);
    // [Name] but not links/task boxes/footnotes, {{x}}, {x}, <Name>, XXX, TODO, TBD.
    assert.doesNotMatch(text, /\[(?![ xX]\]|\^)[^\]\n]+\](?![([:])|\{\{?[^}\n]*\}\}?|<[A-Z][A-Za-z ]*>|\bXXX+\b|\bTODO\b|\bTBD\b/, t.id);
  }
});

test('expanded with their defaults, snippets raise no Poise message, and full letters are recognised', () => {
  for (const t of TEMPLATES) {
    const { text } = expand(t);
    const result = analyze(text);
    assert.deepEqual(result.messages.map((m) => `${m.ruleId} ${m.category}: "${m.actual}"`), [], t.id);
    if (t.kind) {
      assert.equal(result.kind, t.kind, t.id);
      assert.equal(result.meta['company'], 'Northwind');
    }
  }
});

test('full letters tick every required item of their kind\'s checklist (when the checklist engine has items)', (ctx) => {
  let exercised = 0;
  for (const t of letters) {
    const { text } = expand(t);
    const result = analyze(text);
    // Active as soon as the engine returns items for the kind; until then nothing to check.
    if (result.checklist.length === 0) continue;
    exercised++;
    const open = result.checklist.filter((i) => i.required && i.state !== 'done').map((i) => `${i.id} (${i.state})`);
    assert.deepEqual(open, [], `${t.id}: required items not done`);
  }
  ctx.diagnostic(`checklist assertions exercised on ${exercised}/${letters.length} full letters`);
  if (exercised === 0) {
    // Make sure "no items" really is the engine's answer and not a broken call.
    assert.equal(typeof buildChecklist, 'function');
  }
});

test('every option of every choice still gives a letter with no Poise message', () => {
  let variants = 0;
  for (const t of TEMPLATES) {
    const src = templateSnippet(t);
    walk(parseSnippet(src), (n) => {
      if (n.type !== 'choice') return;
      for (const option of n.options.slice(1)) {
        const { text } = expandSnippet(withDefaults(src, { [n.index]: option }), { now: NOW });
        assert.ok(text.includes(option), `${t.id}: ${option}`);
        const result = analyze(text);
        assert.deepEqual(result.messages.map((m) => `${m.ruleId}: "${m.actual}"`), [], `${t.id} with "${option}"`);
        if (t.kind && result.checklist.length) {
          const open = result.checklist.filter((i) => i.required && i.state !== 'done').map((i) => i.id);
          assert.deepEqual(open, [], `${t.id} with "${option}": required items not done`);
        }
        variants++;
      }
    });
  }
  assert.ok(variants >= 40, `${variants} variants`);
});

test('README "## Snippets" lists every prefix with its kind, in catalogue order, and its picture exists', () => {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  const start = readme.indexOf('## Snippets');
  const next = readme.indexOf('\n## ', start + 3);
  const section = readme.slice(Math.max(start, 0), next === -1 ? undefined : next);
  assert.ok(section.startsWith('## Snippets'), 'README has a "## Snippets" section');
  const rows = [...section.matchAll(/^\| `(poise-[a-z-]+)` \| (`[a-z-]+`|building block) \|/gm)].map((m) => [m[1], m[2]]);
  assert.deepEqual(rows, TEMPLATES.map((t) => [`poise-${t.id}`, t.kind ? `\`${t.kind}\`` : 'building block']));
  for (const [, image] of section.matchAll(/!\[[^\]]*\]\(([^)]+)\)/g)) {
    assert.ok(readFileSync(new URL(`../../${image}`, import.meta.url)).length > 1000, image);
  }
  assert.match(section, /docs\/images\/snippet\.png/);
});
