import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { RULES } from '../../src/core/index';
import { EXTRA_RULE_IDS } from '../../src/core/rules/ids';
import { CATEGORIES } from '../../src/core/types';

/**
 * The manifest, the README, the rules reference and the code agree: every contributed command is
 * registered, every registered command is contributed (or is a hidden test hook), every setting is
 * documented in the README, and the README's rules table lists exactly the registered rules with
 * their default severities.
 */

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
  main: string;
  bin: Record<string, string>;
  activationEvents: string[];
  engines: { vscode: string };
  devDependencies: Record<string, string>;
  contributes: {
    commands: Array<{ command: string; title: string; category?: string }>;
    configuration: { properties: Record<string, { markdownDescription?: string; description?: string }> };
    snippets: Array<{ language: string; path: string }>;
    grammars: Array<{ path: string; injectTo?: string[] }>;
  };
};
const README = readFileSync('README.md', 'utf8');

function vscodeSources(dir = 'src/vscode'): string {
  return readdirSync(dir, { withFileTypes: true })
    .map((e) => (e.isDirectory() ? vscodeSources(join(dir, e.name)) : e.name.endsWith('.ts') ? readFileSync(join(dir, e.name), 'utf8') : ''))
    .join('\n');
}

test('every contributed command is registered, and every registered command is contributed', () => {
  const src = vscodeSources();
  const registered = new Set([...src.matchAll(/registerCommand\(\s*['"]([\w.]+)['"]/g)].map((m) => m[1]!));
  // Commands registered through a constant (e.g. `export const FIX_ALL = 'poise.fixAll'`).
  const constants = new Map([...src.matchAll(/const (\w+) = '(poise\.[\w.]+)'/g)].map((m) => [m[1]!, m[2]!]));
  for (const m of src.matchAll(/registerCommand\(\s*([A-Z_]+)\b/g)) if (constants.has(m[1]!)) registered.add(constants.get(m[1]!)!);
  const contributed = new Set(pkg.contributes.commands.map((c) => c.command));
  for (const c of contributed) assert.ok(registered.has(c), `${c} is contributed but never registered`);
  // Internal commands: a test hook, and the steps behind code actions (they take arguments).
  const hidden = new Set(['poise.checklist.testApi', 'poise.applyFix', 'poise.allowPhrase', 'poise.turnOffRule']);
  for (const c of registered) assert.ok(contributed.has(c) || hidden.has(c), `${c} is registered but not contributed`);
  for (const c of pkg.contributes.commands) assert.equal(c.category, 'Poise', `${c.command} has category Poise`);
});

test('every setting has a markdownDescription and is documented in the README', () => {
  const props = pkg.contributes.configuration.properties;
  assert.ok(Object.keys(props).length >= 9);
  for (const [key, value] of Object.entries(props)) {
    assert.ok(key.startsWith('poise.'), key);
    assert.ok(value.markdownDescription, `${key} has a markdownDescription`);
    assert.ok(README.includes(`\`${key}\``), `README documents ${key}`);
  }
});

test("the README's rules table lists exactly the registered rules with their default severities", () => {
  const section = README.slice(README.indexOf('## Rules'), README.indexOf('\n## ', README.indexOf('## Rules') + 3));
  const rows = [...section.matchAll(/^\| \[`([a-z-]+)`\]\(docs\/rules\.md#([a-z-]+)\) \| .+? \| (\w+) \|$/gm)];
  assert.deepEqual(rows.map((r) => r[1]).sort(), RULES.map((r) => r.id).sort());
  for (const [, id, anchor, severity] of rows) {
    assert.equal(anchor, id);
    assert.equal(severity, RULES.find((r) => r.id === id)!.severity, `${id} default severity`);
  }
});

test('manifest basics: entry points, activation, engines, contributed files exist', () => {
  assert.equal(pkg.main, './dist/extension.js');
  assert.deepEqual(pkg.bin, { poise: './dist/cli.js' });
  assert.deepEqual(pkg.activationEvents, ['onLanguage:markdown']);
  const min = /^\^?(\d+)\.(\d+)\./.exec(pkg.engines.vscode)!;
  assert.ok(Number(min[1]) === 1 && Number(min[2]) >= 85 && Number(min[2]) <= 100, pkg.engines.vscode);
  assert.equal(pkg.devDependencies['@types/vscode'], `${min[1]}.${min[2]}.0`, '@types/vscode pinned to the lowest engine');
  for (const s of pkg.contributes.snippets) assert.ok(existsSync(s.path), s.path);
  for (const g of pkg.contributes.grammars) {
    assert.ok(existsSync(g.path), g.path);
    assert.deepEqual(g.injectTo, ['text.html.markdown']);
  }
});

test('the rule ids known without loading the rules (categories plus EXTRA_RULE_IDS) match the registry', () => {
  const ids = RULES.map((r) => r.id);
  for (const id of ids) assert.ok((CATEGORIES as readonly string[]).includes(id) || EXTRA_RULE_IDS.includes(id), `${id} is a category or listed in EXTRA_RULE_IDS`);
  for (const id of EXTRA_RULE_IDS) assert.ok(ids.includes(id) && !(CATEGORIES as readonly string[]).includes(id), `${id} is a registered rule and not a category`);
});
