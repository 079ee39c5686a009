#!/usr/bin/env node
// Runs the integration suite (out/test/integration/index.js, built by scripts/build.mjs from
// test/integration/) inside a real VS Code extension host: VS Code 1.100.3's server from
// code-server, driven by headless chromium (see scripts/lib/vscode-server.mjs and
// /work/shared/notes/real-vscode.md). `npm run test:integration` builds first, then runs this.
//
//   node scripts/integration.mjs [--grep PATTERN] [--timeout SECONDS]
//
// --grep keeps only tests whose full title matches PATTERN (a regular expression; passed to the
// test index as POISE_TEST_GREP). The exit code is the suite's; a run that does not finish within
// the timeout (default 600 s, or POISE_TEST_TIMEOUT seconds) fails. Every process started here is stopped at the end, also on
// failure, timeout and Ctrl-C. POISE_VSCODE_DEBUG=1 also prints the server's and browser's logs.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, ensureVSCodeServer, onSignalsStopAll, runExtensionTests, stopAll } from './lib/vscode-server.mjs';

function parseArgs(argv) {
  const opts = { grep: process.env.POISE_TEST_GREP || '', timeout: Number(process.env.POISE_TEST_TIMEOUT) || 600 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const [flag, inline] = a.startsWith('--') && a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    const value = () => inline ?? argv[++i];
    if (flag === '--grep' || flag === '-g') opts.grep = value() ?? '';
    else if (flag === '--timeout') opts.timeout = Number(value());
    else if (flag === '--help' || flag === '-h') {
      console.log('usage: node scripts/integration.mjs [--grep PATTERN] [--timeout SECONDS]');
      process.exit(0);
    } else {
      console.error(`unknown argument: ${a}`);
      process.exit(2);
    }
  }
  if (!Number.isFinite(opts.timeout) || opts.timeout <= 0) {
    console.error('--timeout needs a positive number of seconds');
    process.exit(2);
  }
  if (opts.grep) {
    try {
      new RegExp(opts.grep);
    } catch (e) {
      console.error(`--grep: ${e.message}`);
      process.exit(2);
    }
  }
  return opts;
}

const opts = parseArgs(process.argv.slice(2));
const testsPath = join(ROOT, 'out', 'test', 'integration', 'index.js');
if (!existsSync(testsPath)) {
  console.error(`[integration] ${testsPath} is missing: run \`npm run build\` first (npm run test:integration does).`);
  process.exit(1);
}

try {
  ensureVSCodeServer();
} catch (e) {
  console.error(e.userFacing ? e.message : `[integration] setup failed: ${e.stack ?? e}`);
  process.exit(1);
}

let interrupted = null;
onSignalsStopAll((sig) => {
  interrupted = sig;
  console.error(`\n[integration] ${sig}: stopping VS Code and the browser…`);
});

const t0 = Date.now();
let summary = null;
let code;
console.log(`[integration] VS Code 1.100.3 (server) + chromium, workspace test/workspace${opts.grep ? `, grep ${JSON.stringify(opts.grep)}` : ''}`);
try {
  code = await runExtensionTests({
    testsPath,
    folder: join(ROOT, 'test', 'workspace'),
    env: opts.grep ? { POISE_TEST_GREP: opts.grep } : {},
    timeoutMs: opts.timeout * 1000,
    onOutput: (line) => {
      const m = /^(\d+) passed, (\d+) failed$/.exec(line.trim());
      if (m) summary = { passed: Number(m[1]), failed: Number(m[2]) };
      console.log(line);
    },
  });
} catch (e) {
  if (!interrupted) console.error(`[integration] FAILED: ${e.message}`);
  code = 1;
} finally {
  await stopAll();
}
if (interrupted) {
  // The signal handler exits with 130/143 once everything is stopped.
  await new Promise(() => {});
}

if (code === 0 && (!summary || summary.failed > 0 || summary.passed === 0)) {
  console.error('[integration] the run reported success but no passing "N passed, 0 failed" summary: treating it as a failure');
  code = 1;
}
console.log(`[integration] ${code === 0 ? 'ok' : `failed (exit ${code})`} in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
process.exit(code);
