// A real VS Code for Poise's scripts: VS Code 1.100.3's server (from code-server, installed by
// scripts/lib/setup.mjs) plus Debian's chromium driven by playwright-core. How and why:
// /work/shared/notes/real-vscode.md. Every run gets its own free port on 127.0.0.1 and fresh temp
// dirs, so several people can run at once; everything started is stopped again (process groups).
//
// ── Screenshots and UI checks: a workbench with Poise loaded, no tests ─────────────────────────
//
//   import { withWorkbench } from './lib/vscode-server.mjs';
//   await withWorkbench(
//     { folder: 'examples', file: 'examples/tone-problems.md', settings: { 'poise.run': 'onType' } },
//     async ({ page, url, server }) => {
//       await page.locator('.squiggly-warning').first().waitFor();   // wait on the UI, never sleep
//       await page.screenshot({ path: 'images/squiggle.png' });
//     });
//
//   Options: folder (required; path, relative to the repo root or absolute), file (opened in an
//   editor when the workbench starts, relative to the repo root or absolute), settings (merged over
//   the quiet defaults in QUIET_SETTINGS; written to the user settings.json), env (extra environment
//   for the server and so the extension host), viewport ({ width, height }; default 1280×800),
//   timeoutMs (default 120 s for the whole callback). The callback gets { page, url, server, browser }.
//   It resolves with the callback's value; the server and browser are stopped afterwards, also when it
//   throws. Before the callback runs the workbench is drawn and, if `file` was given, its editor is
//   visible. Hints: Monaco renders spaces as U+00A0; to hover a squiggle move the mouse to the centre
//   of its box (page.mouse.move) instead of locator.hover().
//
// ── Extension tests (scripts/integration.mjs uses this) ────────────────────────────────────────
//
//   const code = await runExtensionTests({ testsPath: 'out/test/integration/index.js',
//     folder: 'test/workspace', env: { POISE_TEST_GREP: 'shouting' }, onOutput: (line) => … });
//
// ── Lower level ────────────────────────────────────────────────────────────────────────────────
//   startServer({ settings, env, port }) → { port, origin, dataDir, pid, remoteUri(path), exited, stop() }
//   launchBrowser() → playwright Browser (stop with closeBrowser(browser))
//   workbenchUrl(server, { folder, file, extensionTestsPath, extensionDevelopmentPath }) → string
//   stopAll() stops everything still running; onSignalsStopAll() makes SIGINT/SIGTERM do that and exit.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { isAbsolute, join, resolve } from 'node:path';
import { format } from 'node:util';
import { ROOT, ensureVSCodeServer, pidAlive } from './setup.mjs';

export { ROOT, ensureVSCodeServer };

/** User settings that keep the workbench quiet: no welcome page, updates, tips, AI or git chatter. */
export const QUIET_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'workbench.localHistory.enabled': false,
  'update.mode': 'none',
  'update.showReleaseNotes': false,
  'extensions.ignoreRecommendations': true,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'telemetry.telemetryLevel': 'off',
  'security.workspace.trust.enabled': false,
  'chat.disableAIFeatures': true,
  'chat.commandCenter.enabled': false,
  'git.enabled': false,
  'git.autoRepositoryDetection': false,
  'github.gitAuthentication': false,
  'npm.autoDetect': 'off',
  'typescript.tsc.autoDetect': 'off',
  'files.autoSave': 'off',
  'window.restoreWindows': 'none',
};

/** Chromium flags that work here, also as root (see the notes). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

const cleanups = new Set();
const debug = !!process.env.POISE_VSCODE_DEBUG;

function abs(p) {
  return isAbsolute(p) ? p : resolve(ROOT, p);
}

/**
 * Stops everything this module started that is still running. Safe to call at any time and more
 * than once: every stop function is memoised, so concurrent callers wait for the same work.
 */
export async function stopAll() {
  await Promise.allSettled([...cleanups].map((fn) => fn()));
}

let signalsHooked = false;
/** On SIGINT/SIGTERM/SIGHUP: stop everything, then exit with 130/143/129 (or run `onSignal` first). */
export function onSignalsStopAll(onSignal) {
  if (signalsHooked) return;
  signalsHooked = true;
  const codes = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 };
  for (const [sig, code] of Object.entries(codes)) {
    process.on(sig, () => {
      Promise.resolve(onSignal?.(sig))
        .catch(() => {})
        .then(stopAll)
        .finally(() => process.exit(code));
    });
  }
}

function freePort() {
  return new Promise((res, rej) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', rej);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => res(port));
    });
  });
}

/** True while any process of the group is still running (zombies, already dead, do not count). */
function groupAlive(pgid) {
  try {
    process.kill(-pgid, 0);
  } catch (e) {
    if (e.code !== 'EPERM') return false;
  }
  try {
    for (const pid of readdirSync('/proc')) {
      if (!/^\d+$/.test(pid)) continue;
      let stat;
      try {
        stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      } catch {
        continue; // exited meanwhile
      }
      // pid (comm) state ppid pgrp …: comm may contain spaces and parentheses.
      const [state, , pgrp] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(pgrp) === pgid && state !== 'Z' && state !== 'X') return true;
    }
    return false;
  } catch {
    return true; // no /proc: trust kill(0)
  }
}

function delay(ms) {
  return new Promise((r) => setTimeout(r, ms));
}

/** SIGTERM the whole process group, then SIGKILL whatever is left after `graceMs`. */
export async function killGroup(pgid, graceMs = 5000) {
  if (!pgid || !groupAlive(pgid)) return;
  try {
    process.kill(-pgid, 'SIGTERM');
  } catch {
    return;
  }
  const until = Date.now() + graceMs;
  while (groupAlive(pgid) && Date.now() < until) await delay(50);
  if (groupAlive(pgid)) {
    try {
      process.kill(-pgid, 'SIGKILL');
    } catch {
      /* gone */
    }
    const hard = Date.now() + 2000;
    while (groupAlive(pgid) && Date.now() < hard) await delay(50);
  }
}

async function waitForHttp(origin, child, timeoutMs) {
  const until = Date.now() + timeoutMs;
  let exited = null;
  child.once('exit', (code, signal) => (exited = signal ?? code));
  for (;;) {
    if (exited !== null) throw new Error(`VS Code server exited early (${exited})`);
    try {
      const res = await fetch(origin + '/', { signal: AbortSignal.timeout(2000) });
      await res.arrayBuffer();
      if (res.status < 500) return;
    } catch {
      /* not listening yet */
    }
    if (Date.now() > until) throw new Error(`VS Code server did not answer on ${origin} within ${timeoutMs} ms`);
    await delay(100);
  }
}

/** True when a running process names `dir` on its command line. */
function dirInUse(dir) {
  try {
    return readdirSync('/proc').some((pid) => {
      if (!/^\d+$/.test(pid)) return false;
      try {
        return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(dir);
      } catch {
        return false;
      }
    });
  } catch {
    return true;
  }
}

/**
 * Cleans up after runs that were killed outright (SIGKILL leaves no chance to clean up): a
 * poise-vscode-* temp dir whose owner process is gone loses its server (if that process group still
 * runs our server-main.js on that dir) and is removed.
 */
export async function sweepStale() {
  let entries = [];
  try {
    entries = readdirSync(tmpdir()).filter((n) => n.startsWith('poise-vscode-'));
  } catch {
    return;
  }
  for (const name of entries) {
    const dir = join(tmpdir(), name);
    let owner;
    try {
      owner = JSON.parse(readFileSync(join(dir, 'owner.json'), 'utf8'));
    } catch {
      try {
        // No owner file: being created right now, or from an older harness. Leave young or used ones alone.
        if (Date.now() - statSync(dir).mtimeMs > 10 * 60_000 && !dirInUse(dir)) rmSync(dir, { recursive: true, force: true });
      } catch {
        /* gone */
      }
      continue;
    }
    if (!Number.isInteger(owner?.owner) || pidAlive(owner.owner)) continue;
    if (Number.isInteger(owner.pgid)) {
      let cmdline = '';
      try {
        cmdline = readFileSync(`/proc/${owner.pgid}/cmdline`, 'utf8');
      } catch {
        /* gone */
      }
      if (cmdline.includes(dir)) await killGroup(owner.pgid);
    }
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Starts VS Code's server-main.js in its own process group on a free 127.0.0.1 port with fresh temp
 * dirs and the quiet user settings (plus `settings`). `env` is added to the server's environment,
 * which the extension host inherits.
 */
export async function startServer({ settings = {}, env = {}, port: fixedPort, timeoutMs = 30_000 } = {}) {
  const { serverMain } = ensureVSCodeServer();
  await sweepStale().catch(() => {});
  let lastError;
  for (let attempt = 1; attempt <= 3; attempt++) {
    const dataDir = mkdtempSync(join(tmpdir(), 'poise-vscode-'));
    const userDir = join(dataDir, 'ud', 'User');
    mkdirSync(userDir, { recursive: true });
    writeFileSync(join(userDir, 'settings.json'), JSON.stringify({ ...QUIET_SETTINGS, ...settings }, null, 2) + '\n');
    const port = fixedPort ?? (await freePort());
    const origin = `http://127.0.0.1:${port}`;
    const child = spawn(process.execPath, [
      serverMain,
      '--host', '127.0.0.1',
      '--port', String(port),
      '--without-connection-token',
      '--accept-server-license-terms',
      '--enable-smoke-test-driver',
      '--disable-telemetry',
      '--disable-workspace-trust',
      '--user-data-dir', join(dataDir, 'ud'),
      '--server-data-dir', join(dataDir, 'sd'),
      '--extensions-dir', join(dataDir, 'ext'),
    ], {
      detached: true, // its own process group: stop it with kill -TERM -- -PGID
      stdio: ['ignore', 'pipe', 'pipe'],
      cwd: ROOT,
      env: { ...process.env, ...env },
    });
    const pgid = child.pid;
    writeFileSync(join(dataDir, 'owner.json'), JSON.stringify({ owner: process.pid, pgid }) + '\n');
    const tail = [];
    const keep = (chunk) => {
      for (const line of String(chunk).split('\n')) {
        if (!line) continue;
        tail.push(line);
        if (tail.length > 200) tail.shift();
        if (debug) process.stderr.write(`[vscode-server] ${line}\n`);
      }
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    let stopped;
    const stop = () =>
      (stopped ??= (async () => {
        await killGroup(pgid);
        rmSync(dataDir, { recursive: true, force: true });
        cleanups.delete(stop);
      })());
    cleanups.add(stop);
    try {
      await waitForHttp(origin, child, timeoutMs);
    } catch (e) {
      await stop();
      lastError = new Error(`${e.message}\n--- server output ---\n${tail.join('\n')}`);
      if (!fixedPort && tail.some((l) => l.includes('EADDRINUSE'))) continue; // lost a race for the port: retry
      throw lastError;
    }
    return {
      /** Resolves with the exit code (or signal) if the server stops by itself. */
      exited: new Promise((res) => child.once('exit', (code, signal) => res(signal ?? code))),
      port,
      origin,
      dataDir,
      pid: pgid,
      /** The server's recent output (for error reports). */
      output: () => tail.join('\n'),
      /** A vscode-remote URI for an absolute path on this machine, as the workbench wants it. */
      remoteUri: (p) => `vscode-remote://127.0.0.1:${port}${encodeURI(abs(p))}`,
      stop,
    };
  }
  throw lastError;
}

/** Launches Debian's chromium (headless) through playwright-core with a fresh profile. */
export async function launchBrowser({ headless = true } = {}) {
  const { chromium: executablePath } = ensureVSCodeServer();
  const { chromium } = await import('playwright-core');
  // Playwright gives each launch a fresh temporary profile, removes it on close, and starts the
  // browser in its own process group; launchServer tells us that group so nothing can outlive us.
  const browserServer = await chromium.launchServer({ executablePath, headless, args: CHROMIUM_ARGS, chromiumSandbox: false });
  const pgid = browserServer.process().pid;
  let closed;
  const close = () =>
    (closed ??= (async () => {
      await browser?.close().catch(() => {});
      await browserServer.close().catch(() => {});
      await killGroup(pgid, 3000);
      cleanups.delete(close);
    })());
  cleanups.add(close);
  let browser;
  try {
    browser = await chromium.connect(browserServer.wsEndpoint());
  } catch (e) {
    await close();
    throw e;
  }
  browser.__poiseClose = close;
  return browser;
}

export async function closeBrowser(browser) {
  await (browser.__poiseClose ?? (() => browser.close()))();
}

/**
 * The workbench URL for `folder`, with Poise (or `extensionDevelopmentPath`) loaded as the extension
 * under development, `file` opened, and `extensionTestsPath` (a compiled test index) run if given.
 */
export function workbenchUrl(server, { folder, file, extensionTestsPath, extensionDevelopmentPath = ROOT } = {}) {
  const payload = [['extensionDevelopmentPath', server.remoteUri(extensionDevelopmentPath)]];
  if (extensionTestsPath) payload.push(['extensionTestsPath', server.remoteUri(extensionTestsPath)]);
  if (file) payload.push(['openFile', server.remoteUri(file)]);
  payload.push(['skipWelcome', 'true'], ['skipReleaseNotes', 'true']);
  const q = new URLSearchParams();
  if (folder) q.set('folder', abs(folder));
  q.set('payload', JSON.stringify(payload));
  return `${server.origin}/?${q}`;
}

/** Workbench log messages that say nothing about the tests (shown with POISE_VSCODE_DEBUG=1). */
const WORKBENCH_NOISE = [
  /^Resolv(ing|ed) connection token/,
  /^Creating a socket \(/,
  /^Updating additional builtin extensions cache/,
  /^\[Service Worker\] registration/,
  /^ChatSessionStore: /,
  /^Failed snippets from folder '[^']*\/\.vscode' Error: Unable to resolve nonexistent file/, // a workspace without .vscode/
  /^Creation of workbench contribution '.*' took \d+ms\.$/,
  /ENOTFOUND open-vsx\.org/, // the offline extension gallery
  /^\[Extension Host\] (Started|Extension host agent)/,
];

function formatArgs(args) {
  const list = Array.isArray(args) ? args : [args];
  return format(...list);
}

/**
 * Runs the compiled mocha index at `testsPath` inside the real extension host with Poise loaded,
 * on `folder`. Resolves with the exit code the test run reports (0 = all passed). Each line of test
 * output goes to `onOutput(line, level)`. Rejects when the run does not finish within `timeoutMs`.
 * Stops the server and the browser it started in every case.
 */
export async function runExtensionTests({ testsPath, folder, file, settings, env, timeoutMs = 5 * 60_000, onOutput = (l) => console.log(l) }) {
  let timer;
  const server = await startServer({ settings, env });
  let browser;
  try {
    browser = await launchBrowser();
    const page = await browser.newPage();
    let finish;
    const done = new Promise((res) => (finish = res));
    await page.exposeFunction('codeAutomationExit', (code) => finish(Number.isInteger(code) ? code : 1));
    await page.exposeFunction('codeAutomationLog', (level, args) => {
      const text = formatArgs(args);
      if (!debug && WORKBENCH_NOISE.some((re) => re.test(text))) return;
      for (const line of text.replace(/\n$/, '').split('\n')) onOutput(line, level);
    });
    if (debug) page.on('console', (m) => process.stderr.write(`[browser] ${m.text()}\n`));
    const timeout = new Promise((_, rej) => {
      timer = setTimeout(() => rej(new Error(`extension tests did not finish within ${Math.round(timeoutMs / 1000)} s`)), timeoutMs);
    });
    await Promise.race([page.goto(workbenchUrl(server, { folder, file, extensionTestsPath: testsPath })), timeout]);
    return await Promise.race([done, timeout]);
  } finally {
    clearTimeout(timer);
    if (browser) await closeBrowser(browser);
    await server.stop();
  }
}

/**
 * Opens a workbench with Poise loaded (no tests) on `folder`, optionally with `file` open, and calls
 * `fn({ page, url, server, browser })`. See the comment at the top of this file.
 */
export async function withWorkbench({ folder, file, settings, env, viewport = { width: 1280, height: 800 }, timeoutMs = 120_000 }, fn) {
  if (!folder) throw new Error('withWorkbench: `folder` is required');
  const server = await startServer({ settings, env });
  let browser;
  let timer;
  try {
    browser = await launchBrowser();
    const page = await browser.newPage({ viewport });
    if (debug) page.on('console', (m) => process.stderr.write(`[browser] ${m.text()}\n`));
    const url = workbenchUrl(server, { folder, file });
    await page.goto(url);
    await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
    if (file) {
      const name = abs(file).split('/').pop();
      await page.locator(`.tab[data-resource-name="${name}"], .tab:has-text("${name}")`).first().waitFor({ timeout: 60_000 });
      await page.locator('.editor-instance .monaco-editor .view-lines').first().waitFor({ timeout: 60_000 });
    }
    const timeout = new Promise((_, rej) => {
      timer = setTimeout(() => rej(new Error(`withWorkbench callback did not finish within ${Math.round(timeoutMs / 1000)} s`)), timeoutMs);
    });
    return await Promise.race([fn({ page, url, server, browser }), timeout]);
  } finally {
    clearTimeout(timer);
    if (browser) await closeBrowser(browser);
    await server.stop();
  }
}
