#!/usr/bin/env node
// Runs the unit tests (node:test) over every test/unit/**/*.test.ts, with tsx for TypeScript.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

function list(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? list(join(dir, e.name)) : e.name.endsWith('.test.ts') ? [join(dir, e.name)] : []);
}
const filter = process.argv.slice(2);
const files = list('test/unit').filter((f) => !filter.length || filter.some((x) => f.includes(x))).sort();
if (!files.length) {
  console.error('no unit tests found');
  process.exit(1);
}
const r = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', ...files], { stdio: 'inherit' });
process.exit(r.status ?? 1);
