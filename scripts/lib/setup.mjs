// Installs the real VS Code that the integration tests, `npm start` and the screenshots use:
// code-server@4.100.3 (VS Code 1.100.3's server and web workbench), into the git-ignored
// `.cache/vscode-server/`, plus the Debian packages it needs. See /work/shared/notes/real-vscode.md.
//
//   import { ensureVSCodeServer } from './lib/setup.mjs';
//   const { serverMain, chromium } = await ensureVSCodeServer();
//
// Idempotent: once `.cache/vscode-server/.installed-<version>` exists (written only after a
// successful install) it only checks that chromium is still there, which takes milliseconds.
// Downloads come only from the npm registry (npm) and Debian (apt-get).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const CODE_SERVER_VERSION = '4.100.3';
export const CACHE_DIR = join(ROOT, '.cache', 'vscode-server');
export const CODE_SERVER_DIR = join(CACHE_DIR, 'node_modules', 'code-server');
export const SERVER_MAIN = join(CODE_SERVER_DIR, 'lib', 'vscode', 'out', 'server-main.js');
export const CHROMIUM = '/usr/bin/chromium';
const MARKER = join(CACHE_DIR, `.installed-${CODE_SERVER_VERSION}`);
const LOCK = join(ROOT, '.cache', 'vscode-server.lock');

// @vscode/ripgrep (a code-server dependency) looks for this archive before downloading from GitHub.
const RIPGREP_CACHE = 'vscode-ripgrep-cache-1.15.11';
const RIPGREP_TARBALL = 'ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz';

const log = (msg) => console.error(`[setup-vscode] ${msg}`);

function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', ...opts });
  if (r.error) throw new Error(`${cmd} failed to start: ${r.error.message}`);
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited with ${r.status ?? r.signal}`);
}

function hasCommand(name) {
  return spawnSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' }).status === 0;
}

function hasDebPackage(name) {
  const r = spawnSync('dpkg-query', ['-W', '-f=${Status}', name], { encoding: 'utf8' });
  return r.status === 0 && r.stdout.includes('install ok installed');
}

/** Debian packages missing for running (chromium) and, when `forInstall`, for installing code-server. */
function missingPackages(forInstall) {
  const missing = [];
  if (!existsSync(CHROMIUM)) missing.push('chromium');
  if (forInstall) {
    if (!hasCommand('rg')) missing.push('ripgrep');
    if (!hasDebPackage('libkrb5-dev')) missing.push('libkrb5-dev');
    if (!hasCommand('make')) missing.push('make');
    if (!hasCommand('g++')) missing.push('g++');
    if (!hasCommand('python3')) missing.push('python3');
  }
  return missing;
}

function ensurePackages(forInstall) {
  const missing = missingPackages(forInstall);
  if (!missing.length) return;
  if (process.getuid?.() !== 0) {
    const msg = [
      `Poise's VS Code test host needs these Debian packages: ${missing.join(' ')}`,
      'Install them, then run this again:',
      '',
      `    sudo apt-get update && sudo apt-get install -y ${missing.join(' ')}`,
      '',
    ].join('\n');
    const err = new Error(msg);
    err.userFacing = true;
    throw err;
  }
  log(`installing Debian packages: ${missing.join(' ')}`);
  // Wait for another apt-get (a colleague's setup) instead of failing on dpkg's lock.
  const wait = ['-o', 'DPkg::Lock::Timeout=600'];
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  run('apt-get', [...wait, 'update'], { env });
  run('apt-get', [...wait, 'install', '-y', '--no-install-recommends', ...missing], { env });
  const still = missingPackages(forInstall);
  if (still.length) throw new Error(`still missing after apt-get install: ${still.join(' ')}`);
}

function sleep(ms) {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** Whether a process with this id is alive (EPERM: alive, owned by someone else). */
export function pidAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return e.code === 'EPERM';
  }
}

/** A directory lock, so two scripts in the same checkout never install at once. */
function withLock(fn) {
  mkdirSync(dirname(LOCK), { recursive: true });
  const started = Date.now();
  for (;;) {
    try {
      mkdirSync(LOCK);
      writeFileSync(join(LOCK, 'pid'), String(process.pid));
      break;
    } catch (e) {
      if (e.code !== 'EEXIST') throw e;
      let owner = NaN;
      try {
        owner = Number(readFileSync(join(LOCK, 'pid'), 'utf8'));
      } catch {
        /* being created or removed */
      }
      if (Number.isInteger(owner) && owner > 0 && !pidAlive(owner)) {
        rmSync(LOCK, { recursive: true, force: true });
        continue;
      }
      if (Date.now() - started > 15 * 60_000) throw new Error(`timed out waiting for ${LOCK}`);
      if (Date.now() - started < 1000) log('another setup is running in this checkout; waiting for it…');
      sleep(1000);
    }
  }
  try {
    return fn();
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

function installCodeServer() {
  const tmp = mkdtempSync(join(CACHE_DIR, 'tmp-'));
  try {
    // Issue 3: give @vscode/ripgrep its cached archive, built from Debian's rg, under our own TMPDIR.
    const rg = spawnSync('sh', ['-c', 'command -v rg'], { encoding: 'utf8' }).stdout.trim();
    const rgCache = join(tmp, RIPGREP_CACHE);
    mkdirSync(rgCache, { recursive: true });
    run('tar', ['-czf', join(rgCache, RIPGREP_TARBALL), '-C', dirname(rg), 'rg']);

    if (!existsSync(join(CACHE_DIR, 'package.json'))) {
      writeFileSync(join(CACHE_DIR, 'package.json'), JSON.stringify({ name: 'poise-vscode-server-cache', private: true }, null, 2) + '\n');
    }
    log(`installing code-server@${CODE_SERVER_VERSION} into ${CACHE_DIR} (about a minute, ~300 MB)…`);
    const env = {
      ...process.env,
      TMPDIR: tmp,
      npm_config_unsafe_perm: 'true', // issue 1: its postinstall refuses to run as root otherwise
      npm_config_yes: 'true', // issue 2: node-pty's install runs `npx node-gyp`
      npm_config_fund: 'false',
      npm_config_audit: 'false',
      npm_config_update_notifier: 'false',
    };
    run('npm', ['install', '--no-save', '--no-package-lock', '--omit=dev', `code-server@${CODE_SERVER_VERSION}`], { cwd: CACHE_DIR, env });
    if (!existsSync(SERVER_MAIN)) throw new Error(`code-server installed but ${SERVER_MAIN} is missing`);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

/**
 * Makes sure code-server and chromium are installed. Returns the paths the runners need.
 * Throws an Error with `userFacing: true` when a non-root user must install Debian packages.
 */
export function ensureVSCodeServer({ quiet = false } = {}) {
  if (existsSync(MARKER) && existsSync(SERVER_MAIN)) {
    ensurePackages(false);
    return { serverMain: SERVER_MAIN, chromium: CHROMIUM, codeServerDir: CODE_SERVER_DIR };
  }
  withLock(() => {
    if (existsSync(MARKER) && existsSync(SERVER_MAIN)) return; // a colleague finished it meanwhile
    ensurePackages(true);
    mkdirSync(CACHE_DIR, { recursive: true });
    const t0 = Date.now();
    installCodeServer();
    writeFileSync(MARKER, `code-server@${CODE_SERVER_VERSION} installed ${new Date().toISOString()}\n`);
    if (!quiet) log(`done in ${Math.round((Date.now() - t0) / 1000)} s`);
  });
  return { serverMain: SERVER_MAIN, chromium: CHROMIUM, codeServerDir: CODE_SERVER_DIR };
}
