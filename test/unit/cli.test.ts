import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import * as esbuild from 'esbuild';

/**
 * Runs the bundled CLI as users do. It is built here with the same esbuild settings as
 * scripts/build.mjs (into a temp folder, so parallel builds of dist/ cannot race this test).
 */
const root = resolve(import.meta.dirname, '../..');
const fx = 'test/fixtures/cli';
let cli = '';

before(async () => {
  cli = join(mkdtempSync(join(tmpdir(), 'poise-cli-')), 'cli.js');
  await esbuild.build({
    entryPoints: [join(root, 'src/cli/main.ts')],
    outfile: cli,
    bundle: true,
    platform: 'node',
    target: 'node18',
    format: 'cjs',
    logLevel: 'warning',
    mainFields: ['module', 'main'],
    conditions: ['node', 'import', 'default'],
    banner: { js: '#!/usr/bin/env node' },
  });
});

function poise(args: string[], opts: { input?: string; env?: Record<string, string> } = {}) {
  const env: Record<string, string> = { ...(process.env as Record<string, string>), ...opts.env };
  if (!opts.env || !('NO_COLOR' in opts.env)) delete env.NO_COLOR;
  if (!opts.env || !('FORCE_COLOR' in opts.env)) delete env.FORCE_COLOR;
  const r = spawnSync(process.execPath, [cli, ...args], { cwd: root, input: opts.input ?? '', encoding: 'utf8', env });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

interface JsonOut {
  version: number;
  files: Array<{ path: string; kind: string | null; messages: Array<Record<string, unknown>>; checklist: Array<Record<string, unknown>> }>;
}

const MESSAGE_KEYS = ['ruleId', 'category', 'severity', 'reason', 'line', 'column', 'endLine', 'endColumn', 'offset', 'endOffset', 'actual', 'expected', 'url'];

test('json: exactly the documented keys, paths as given, ranges that match the file', () => {
  const r = poise(['check', '--format', 'json', `${fx}/caps.md`, `./${fx}/polite.md`]);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.stderr, '');
  const out = JSON.parse(r.stdout) as JsonOut;
  assert.deepEqual(Object.keys(out), ['version', 'files']);
  assert.equal(out.version, 1);
  assert.deepEqual(out.files.map((f) => f.path), [`${fx}/caps.md`, `./${fx}/polite.md`]);
  for (const f of out.files) {
    assert.deepEqual(Object.keys(f), ['path', 'kind', 'messages', 'checklist']);
    assert.ok(f.kind === null || typeof f.kind === 'string');
    assert.ok(Array.isArray(f.checklist));
    for (const c of f.checklist) assert.deepEqual(Object.keys(c), ['id', 'label', 'state', 'line']);
    const text = readFileSync(join(root, f.path), 'utf8');
    for (const m of f.messages) {
      assert.deepEqual(Object.keys(m), MESSAGE_KEYS);
      assert.equal(text.slice(m.offset as number, m.endOffset as number), m.actual);
      assert.ok(Array.isArray(m.expected));
      assert.match(m.url as string, new RegExp(`#${m.ruleId as string}$`));
    }
  }
  const caps = out.files[0]!.messages.filter((m) => m.ruleId === 'shouting');
  assert.deepEqual(caps.map((m) => [m.line, m.column, m.actual, m.severity]), [[3, 28, 'NEW OFFICE', 'warning'], [3, 62, 'TEAM LUNCH', 'warning']]);
});

test('stdin with "-"', () => {
  const r = poise(['check', '-'], { input: 'Thanks. The NEW OFFICE sounds lovely.\n' });
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /<stdin>\n {2}1:13 +warning +All-caps/);
  const j = poise(['check', '--format=json', '-'], { input: 'Thanks. The NEW OFFICE sounds lovely.\n' });
  const out = JSON.parse(j.stdout) as JsonOut;
  assert.equal(out.files[0]!.path, '-');
  assert.equal(out.files[0]!.messages.find((m) => m.ruleId === 'shouting')!.actual, 'NEW OFFICE');
});

test('an unreadable file: exit 2, one line on stderr, the other files still analysed and printed', () => {
  const r = poise(['check', '--format', 'json', `${fx}/missing.md`, `${fx}/caps.md`]);
  assert.equal(r.code, 2);
  const lines = r.stderr.trim().split('\n');
  assert.equal(lines.length, 1);
  assert.match(lines[0]!, /^poise: cannot read test\/fixtures\/cli\/missing\.md: no such file$/);
  const out = JSON.parse(r.stdout) as JsonOut;
  assert.deepEqual(out.files.map((f) => f.path), [`${fx}/caps.md`]);
  assert.ok(out.files[0]!.messages.length > 0);
});

test('--max-warnings: exit 0 at the limit, 1 above it', () => {
  const out = JSON.parse(poise(['check', '--format', 'json', `${fx}/caps.md`]).stdout) as JsonOut;
  const warnings = out.files[0]!.messages.filter((m) => m.severity === 'warning').length;
  assert.ok(warnings >= 2);
  assert.equal(poise(['check', '--max-warnings', String(warnings), `${fx}/caps.md`]).code, 0);
  const over = poise(['check', `--max-warnings=${warnings - 1}`, `${fx}/caps.md`]);
  assert.equal(over.code, 1);
  assert.match(over.stderr, /more than --max-warnings/);
  assert.equal(poise(['check', `${fx}/polite.md`, '--max-warnings', '0']).code, 0);
});

test('errors exit 1; .poiserc.json is found upward from the file; --quiet shows errors only', () => {
  const r = poise(['check', '--format', 'json', `${fx}/strict/letter.md`, `${fx}/caps.md`]);
  assert.equal(r.code, 1);
  const out = JSON.parse(r.stdout) as JsonOut;
  assert.deepEqual(out.files[0]!.messages.filter((m) => m.ruleId === 'shouting').map((m) => m.severity), ['error']);
  assert.deepEqual(out.files[1]!.messages.filter((m) => m.ruleId === 'shouting').map((m) => m.severity), ['warning', 'warning']);
  const q = poise(['check', '--quiet', '--format', 'json', `${fx}/strict/letter.md`, `${fx}/caps.md`]);
  assert.equal(q.code, 1);
  const quiet = JSON.parse(q.stdout) as JsonOut;
  assert.ok(quiet.files[0]!.messages.length >= 1);
  assert.ok(quiet.files.every((f) => f.messages.every((m) => m.severity === 'error')));
  assert.equal(quiet.files[1]!.messages.filter((m) => m.ruleId === 'shouting').length, 0);
});

test('--config replaces the search', () => {
  const r = poise(['check', '--config', `${fx}/strict/.poiserc.json`, '--format', 'json', `${fx}/caps.md`]);
  assert.equal(r.code, 1);
  const out = JSON.parse(r.stdout) as JsonOut;
  assert.ok(out.files[0]!.messages.filter((m) => m.ruleId === 'shouting').every((m) => m.severity === 'error'));
});

test('config problems: one line each on stderr naming the file and key; the analysis goes on', () => {
  const r = poise(['check', '--format', 'json', `${fx}/broken/letter.md`, `${fx}/frontmatter-bad.md`]);
  assert.equal(r.code, 0, 'problems fall back to defaults: shouting stays a warning');
  const lines = r.stderr.trim().split('\n');
  assert.equal(lines.length, 2, r.stderr);
  assert.match(lines[0]!, /^poise: test\/fixtures\/cli\/broken\/\.poiserc\.json: Not valid JSON: .*line 2/);
  assert.match(lines[1]!, /^poise: test\/fixtures\/cli\/frontmatter-bad\.md \(front matter\): "rules\.shouting" must be one of off, info, warning, error/);
  const out = JSON.parse(r.stdout) as JsonOut;
  assert.ok(out.files.every((f) => f.messages.some((m) => m.ruleId === 'shouting' && m.severity === 'warning')));
});

test('globs and folders are expanded without a shell', () => {
  const r = poise(['check', '--format', 'json', `${fx}/**/letter.md`, `${fx}/strict`]);
  const out = JSON.parse(r.stdout) as JsonOut;
  assert.deepEqual(out.files.map((f) => f.path), [`${fx}/broken/letter.md`, `${fx}/strict/letter.md`]);
  const none = poise(['check', `${fx}/*.nothing`]);
  assert.equal(none.code, 2);
  assert.match(none.stderr, /no files match/);
});

test('usage errors: exit 2 with one line on stderr', () => {
  for (const args of [[], ['lint', 'a.md'], ['check'], ['check', '--bogus', 'a.md'], ['check', '--format', 'xml', 'a.md'], ['check', '--max-warnings', 'many', 'a.md'], ['check', '--config', 'nope.json', 'a.md']]) {
    const r = poise(args);
    assert.equal(r.code, 2, `${args.join(' ')}: ${r.stderr}`);
    assert.equal(r.stdout, '');
    assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
    assert.match(r.stderr, /^poise: /);
  }
});

test('--help and --version', () => {
  const h = poise(['--help']);
  assert.equal(h.code, 0);
  assert.match(h.stdout, /Usage: poise check/);
  for (const opt of ['--format', '--config', '--max-warnings', '--quiet']) assert.ok(h.stdout.includes(opt), opt);
  const v = poise(['--version']);
  assert.equal(v.code, 0);
  assert.equal(v.stdout.trim(), (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version);
});

test('stylish: colour only when asked for (a pipe is not a TTY), NO_COLOR wins', () => {
  const plain = poise(['check', `${fx}/caps.md`]);
  assert.ok(!plain.stdout.includes('\x1b['));
  assert.match(plain.stdout, /✖ \d+ problems \(0 errors, \d+ warnings, \d+ info\)/);
  assert.ok(poise(['check', `${fx}/caps.md`], { env: { FORCE_COLOR: '1' } }).stdout.includes('\x1b[33m'));
  assert.ok(!poise(['check', `${fx}/caps.md`], { env: { FORCE_COLOR: '1', NO_COLOR: '1' } }).stdout.includes('\x1b['));
  assert.equal(poise(['check', `${fx}/polite.md`]).stdout, '');
});

test('sarif 2.1.0: required properties of the log, run, tool, rules and results', () => {
  const r = poise(['check', '--format', 'sarif', `${fx}/caps.md`, `${fx}/strict/letter.md`]);
  assert.equal(r.code, 1);
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- walking a foreign JSON shape
  const log = JSON.parse(r.stdout) as Record<string, any>;
  assert.equal(log.version, '2.1.0');
  assert.match(log.$schema, /sarif-2\.1\.0/);
  assert.equal(log.runs.length, 1);
  const run = log.runs[0];
  const driver = run.tool.driver;
  assert.equal(driver.name, 'poise');
  assert.match(driver.informationUri, /^https:\/\//);
  assert.ok(driver.rules.length >= 1);
  for (const rule of driver.rules) {
    assert.equal(typeof rule.id, 'string');
    assert.equal(typeof rule.shortDescription.text, 'string');
    assert.match(rule.helpUri, new RegExp(`#${rule.id}$`));
  }
  assert.ok(run.results.length >= 3);
  const levels = new Set<string>();
  for (const res of run.results) {
    assert.equal(typeof res.ruleId, 'string');
    assert.ok(['error', 'warning', 'note'].includes(res.level));
    levels.add(res.level);
    assert.equal(typeof res.message.text, 'string');
    if (res.ruleIndex !== undefined) assert.equal(driver.rules[res.ruleIndex].id, res.ruleId);
    assert.equal(res.locations.length, 1);
    const loc = res.locations[0].physicalLocation;
    assert.ok([`${fx}/caps.md`, `${fx}/strict/letter.md`].includes(loc.artifactLocation.uri));
    for (const k of ['startLine', 'startColumn', 'endLine', 'endColumn']) assert.ok(Number.isInteger(loc.region[k]) && loc.region[k] >= 1, k);
  }
  assert.ok(levels.has('error') && levels.has('warning'));
});

test('findPoiserc: the nearest .poiserc.json upward; loadPoiserc reports broken or unreadable files', async () => {
  const { findPoiserc, loadPoiserc, PoisercLoader } = await import('../../src/node/poiserc');
  const { mkdirSync, writeFileSync } = await import('node:fs');
  const base = mkdtempSync(join(tmpdir(), 'poise-rc-'));
  mkdirSync(join(base, 'a/b/c'), { recursive: true });
  writeFileSync(join(base, '.poiserc.json'), '{"skipQuotes": false}');
  writeFileSync(join(base, 'a/b/.poiserc.json'), '{"rules": {"shouting": "off"}, "colour": 1}');
  assert.equal(findPoiserc(join(base, 'a/b/c')), join(base, 'a/b/.poiserc.json'));
  assert.equal(findPoiserc(join(base, 'a')), join(base, '.poiserc.json'));
  const loaded = loadPoiserc(join(base, 'a/b/.poiserc.json'));
  assert.deepEqual(loaded.options, { rules: { shouting: 'off' } });
  assert.deepEqual(loaded.problems.map((p) => [p.source, p.key]), [[join(base, 'a/b/.poiserc.json'), 'colour']]);
  const missing = loadPoiserc(join(base, 'nope.json'), 'nope.json');
  assert.deepEqual(missing.options, {});
  assert.match(missing.problems[0]!.message, /Cannot read the file \(ENOENT\)/);
  // The loader reads each file once and says which call saw it first.
  const loader = new PoisercLoader();
  const first = loader.forDirectory(join(base, 'a/b/c'))!;
  const again = loader.forDirectory(join(base, 'a/b'))!;
  assert.equal(first.first, true);
  assert.equal(again.first, false);
  assert.equal(again.result, first.result);
});
