import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyze, DOCS_URL, RULES, ruleUrl } from '../../src/core/index';

/**
 * docs/rules.md is the rules reference every message links to. It must have one `## <rule-id>`
 * section per registered rule (and none for rules that do not exist), each message's url must
 * resolve to a heading anchor, and the examples each section shows must behave as it says.
 */

const DOC = readFileSync('docs/rules.md', 'utf8');
/** Level-2 sections that are about Poise in general, not one rule. */
const GENERAL = new Set(['Options that apply to every rule']);

/** GitHub's heading anchor: lower case, punctuation dropped, spaces to hyphens. */
function slug(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

interface Section {
  heading: string;
  body: string;
}

function sections(): Section[] {
  const out: Section[] = [];
  const lines = DOC.split('\n');
  let current: Section | null = null;
  let fenced = false;
  for (const line of lines) {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    const m = fenced ? null : /^## (.+?)\s*$/.exec(line);
    if (m) {
      current = { heading: m[1]!, body: '' };
      out.push(current);
    } else if (current) {
      current.body += `${line}\n`;
    }
  }
  return out;
}

/** The code-span examples listed under a bold label ("**Flagged**:", "**Fine**:"). */
function examples(body: string, label: string): string[] {
  const start = body.indexOf(`**${label}**:`);
  if (start < 0) return [];
  const rest = body.slice(start).split('\n').slice(1);
  const out: string[] = [];
  for (const line of rest) {
    if (/^\*\*/.test(line)) break;
    const m = /^- `(.+)`\s*$/.exec(line);
    if (m) out.push(m[1]!);
  }
  return out;
}

const ruleSections = () => sections().filter((s) => !GENERAL.has(s.heading));

test('docs: every registered rule has a section, and every section belongs to a rule', () => {
  const ids = RULES.map((r) => r.id);
  assert.ok(ids.length > 0);
  const headings = ruleSections().map((s) => s.heading);
  assert.deepEqual([...headings].sort(), [...ids].sort(), 'sections vs RULES');
  assert.equal(new Set(headings).size, headings.length, 'no duplicate sections');
  for (const s of sections()) assert.ok(GENERAL.has(s.heading) || ids.includes(s.heading), `stray section "${s.heading}"`);
});

test('docs: every rule url resolves to a heading anchor', () => {
  const anchors = new Set(sections().map((s) => slug(s.heading)));
  for (const rule of RULES) {
    const url = ruleUrl(rule.id);
    assert.ok(url.startsWith(`${DOCS_URL}#`), url);
    assert.ok(anchors.has(url.slice(DOCS_URL.length + 1)), `${url} has no section`);
  }
});

test('docs: each section explains the rule, its advice, its options and shows examples', () => {
  for (const s of ruleSections()) {
    assert.match(s.body, /\*\*What it catches\*\*/, `${s.heading}: what it catches`);
    assert.match(s.body, /\*\*Why it hurts\*\*/, `${s.heading}: why it hurts`);
    assert.match(s.body, /\*\*Options\*\*/, `${s.heading}: options`);
    assert.ok(examples(s.body, 'Flagged').length >= 2, `${s.heading}: flagged examples`);
    assert.ok(examples(s.body, 'Fine').length >= 2, `${s.heading}: fine examples`);
  }
});

test('docs: the flagged examples raise their rule with a url to their section; the fine ones do not', () => {
  for (const s of ruleSections()) {
    for (const ex of examples(s.body, 'Flagged')) {
      const mine = analyze(ex).messages.filter((m) => m.ruleId === s.heading);
      assert.ok(mine.length > 0, `${s.heading} should flag: ${ex}`);
      for (const m of mine) assert.equal(m.url, `${DOCS_URL}#${slug(s.heading)}`);
    }
    for (const ex of examples(s.body, 'Fine')) {
      const mine = analyze(ex).messages.filter((m) => m.ruleId === s.heading);
      assert.deepEqual(mine.map((m) => m.actual), [], `${s.heading} should not flag: ${ex}`);
    }
  }
});

test('docs: the summary table lists every rule with its default severity', () => {
  for (const rule of RULES) {
    const row = new RegExp(`^\\| \\[${rule.id}\\]\\(#${slug(rule.id)}\\) \\| [^|]+ \\| ${rule.severity} \\|$`, 'm');
    assert.match(DOC, row, `table row for ${rule.id}`);
  }
});
