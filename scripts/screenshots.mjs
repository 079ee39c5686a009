#!/usr/bin/env node
// Retakes the README pictures: builds Poise, then runs every screenshot scenario in
// scripts/screenshots/*.mjs, one after the other, each in its own process (a scenario is a script
// that opens a real VS Code workbench with scripts/lib/vscode-server.mjs `withWorkbench`, drives the
// UI with Playwright, waits on the UI rather than sleeping, and saves PNGs under docs/images/).
//
//   node scripts/screenshots.mjs [NAME…] [--no-build] [--out-dir DIR]
//
// NAME keeps only the scenarios whose file name contains it (e.g. `checklist`). A scenario that
// fails (its process exits non-zero, or runs over 5 minutes) fails the run; the others still run.
// To add one: create scripts/screenshots/<name>.mjs that runs when executed with node (see the
// comment at the top of scripts/lib/vscode-server.mjs) and exits non-zero when its UI check fails.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, ensureVSCodeServer } from './lib/vscode-server.mjs';

const args = process.argv.slice(2);
const build = !args.includes('--no-build');
// --out-dir DIR: save the pictures there instead of docs/images (the UI checks in `npm test` do).
const outAt = args.indexOf('--out-dir');
if (outAt >= 0) {
  process.env.POISE_SCREENSHOT_DIR = join(ROOT, args[outAt + 1] ?? 'out/screenshots');
  args.splice(outAt, 2);
}
const names = args.filter((a) => !a.startsWith('--'));
const dir = join(ROOT, 'scripts', 'screenshots');
const scenarios = (existsSync(dir) ? readdirSync(dir) : [])
  .filter((f) => f.endsWith('.mjs') && (!names.length || names.some((n) => f.includes(n))))
  .sort();
if (!scenarios.length) {
  console.error(`[screenshots] no scenario in scripts/screenshots/${names.length ? ` matches ${names.join(', ')}` : ''}`);
  process.exit(1);
}

if (build) {
  const r = spawnSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs')], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
try {
  ensureVSCodeServer();
} catch (e) {
  console.error(e.userFacing ? e.message : `[screenshots] setup failed: ${e.stack ?? e}`);
  process.exit(1);
}

let current = null;
for (const sig of ['SIGINT', 'SIGTERM']) {
  process.on(sig, () => {
    // The scenario stops its own VS Code and browser on the signal, then exits; we follow.
    if (current) current.kill(sig);
    else process.exit(130);
  });
}

function runScenario(file) {
  return new Promise((resolve) => {
    const t0 = Date.now();
    const child = spawn(process.execPath, [join(dir, file)], { cwd: ROOT, stdio: 'inherit' });
    current = child;
    const timer = setTimeout(() => {
      console.error(`[screenshots] ${file} ran over 5 minutes: stopping it`);
      child.kill('SIGTERM');
    }, 5 * 60_000);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      current = null;
      const ok = code === 0;
      console.log(`[screenshots] ${ok ? 'ok  ' : 'FAIL'} ${file} (${((Date.now() - t0) / 1000).toFixed(1)} s${ok ? '' : `, ${signal ?? `exit ${code}`}`})`);
      resolve(ok);
    });
  });
}

const failed = [];
for (const file of scenarios) {
  if (!(await runScenario(file))) failed.push(file);
}
console.log(`[screenshots] ${scenarios.length - failed.length} passed, ${failed.length} failed`);
process.exit(failed.length ? 1 : 0);
