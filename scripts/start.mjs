#!/usr/bin/env node
// `npm start`: builds Poise, then opens it on examples/ (a few sample drafts).
//
// - With the desktop `code` command on PATH: opens an Extension Development Host window
//   (`code --extensionDevelopmentPath=<repo> examples`). Close that window to finish.
// - Otherwise (or with --web): starts the real VS Code server of the test harness (installing it on
//   first use, see scripts/setup-vscode.mjs) and prints the URL to open in a browser, with Poise
//   loaded as the extension under development. It runs until Ctrl-C, then stops everything it started.
//
//   node scripts/start.mjs [--web] [--port N] [--no-build]
//
// The server listens on 127.0.0.1 only; from another machine, forward the port first
// (ssh -L N:127.0.0.1:N host) and start with --port N.
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT, ensureVSCodeServer, startServer, stopAll, workbenchUrl } from './lib/vscode-server.mjs';

const args = process.argv.slice(2);
let web = false;
let build = true;
let port;
for (let i = 0; i < args.length; i++) {
  const [flag, inline] = args[i].includes('=') ? args[i].split(/=(.*)/s) : [args[i]];
  if (flag === '--web') web = true;
  else if (flag === '--no-build') build = false;
  else if (flag === '--port') port = Number(inline ?? args[++i]);
  else {
    console.error(`unknown argument: ${args[i]}\nusage: npm start [-- --web] [--port N] [--no-build]`);
    process.exit(2);
  }
}
if (port !== undefined && !(Number.isInteger(port) && port > 0 && port < 65536)) {
  console.error('--port needs a port number');
  process.exit(2);
}

const EXAMPLES = join(ROOT, 'examples');
const FIRST_FILE = join(EXAMPLES, 'tone-problems.md');

if (build) {
  const r = spawnSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs')], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) {
    console.error('[start] the build failed');
    process.exit(r.status ?? 1);
  }
}

const hasCode = !web && spawnSync('sh', ['-c', 'command -v code'], { stdio: 'ignore' }).status === 0;
if (hasCode) {
  console.log('[start] opening Poise in desktop VS Code (Extension Development Host) on examples/');
  const child = spawn('code', ['--new-window', `--extensionDevelopmentPath=${ROOT}`, EXAMPLES, FIRST_FILE], { cwd: ROOT, stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
  child.on('error', (e) => {
    console.error(`[start] could not run code: ${e.message}`);
    process.exit(1);
  });
} else {
  try {
    ensureVSCodeServer();
  } catch (e) {
    console.error(e.userFacing ? e.message : `[start] setup failed: ${e.stack ?? e}`);
    process.exit(1);
  }
  let stopping = false;
  const shutdown = (sig) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n[start] ${sig}: stopping VS Code…`);
    stopAll().finally(() => process.exit(0));
  };
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(sig, () => shutdown(sig));

  let server;
  try {
    server = await startServer({ port });
  } catch (e) {
    console.error(`[start] could not start VS Code: ${e.message}`);
    await stopAll();
    process.exit(1);
  }
  const url = workbenchUrl(server, { folder: EXAMPLES, file: FIRST_FILE });
  console.log([
    '',
    'Poise is running in VS Code 1.100.3 (web). Open this URL in a browser on this machine:',
    '',
    `  ${url}`,
    '',
    'Edit a draft and watch the squiggles; the Poise view is in the activity bar. Press Ctrl-C to stop.',
    '',
  ].join('\n'));
  const status = await server.exited;
  if (!stopping) {
    console.error(`[start] the VS Code server stopped unexpectedly (${status})\n${server.output()}`);
    await stopAll();
    process.exit(1);
  }
}
