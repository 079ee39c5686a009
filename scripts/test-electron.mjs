#!/usr/bin/env node
// `npm run test:electron`: the same integration suite (out/test/integration/index.js, the standard
// `run()` index) in desktop VS Code through @vscode/test-electron. For machines that can download
// VS Code from Microsoft (it cannot run on the offline build machines; use `npm run test:integration`
// there). On Linux without a display, run it under `xvfb-run -a`.
//
//   node scripts/test-electron.mjs [--grep PATTERN] [--vscode-version 1.100.3|stable|insiders]
//
// The default VS Code version is 1.100.3, the one the offline harness runs; VSCODE_VERSION also sets it.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runTests } from '@vscode/test-electron';
import { QUIET_SETTINGS, ROOT } from './lib/vscode-server.mjs';

const args = process.argv.slice(2);
let grep = process.env.POISE_TEST_GREP || '';
let version = process.env.VSCODE_VERSION || '1.100.3';
for (let i = 0; i < args.length; i++) {
  const [flag, inline] = args[i].includes('=') ? args[i].split(/=(.*)/s) : [args[i]];
  const value = () => inline ?? args[++i];
  if (flag === '--grep' || flag === '-g') grep = value() ?? '';
  else if (flag === '--vscode-version') version = value() ?? version;
  else {
    console.error(`unknown argument: ${args[i]}\nusage: node scripts/test-electron.mjs [--grep PATTERN] [--vscode-version VERSION]`);
    process.exit(2);
  }
}

const extensionTestsPath = join(ROOT, 'out', 'test', 'integration', 'index.js');
if (!existsSync(extensionTestsPath)) {
  console.error(`[test-electron] ${extensionTestsPath} is missing: run \`npm run build\` first (npm run test:electron does).`);
  process.exit(1);
}

// Fresh, quiet profile and extensions folder for every run.
const dataDir = mkdtempSync(join(tmpdir(), 'poise-electron-'));
mkdirSync(join(dataDir, 'user', 'User'), { recursive: true });
writeFileSync(join(dataDir, 'user', 'User', 'settings.json'), JSON.stringify(QUIET_SETTINGS, null, 2) + '\n');

let code = 1;
try {
  code = await runTests({
    version,
    extensionDevelopmentPath: ROOT,
    extensionTestsPath,
    extensionTestsEnv: grep ? { POISE_TEST_GREP: grep } : {},
    launchArgs: [
      join(ROOT, 'test', 'workspace'),
      '--disable-extensions', // other installed extensions stay out; Poise is loaded as the development extension
      '--disable-workspace-trust',
      '--skip-welcome',
      '--skip-release-notes',
      '--disable-gpu',
      `--user-data-dir=${join(dataDir, 'user')}`,
      `--extensions-dir=${join(dataDir, 'extensions')}`,
    ],
  });
} catch (e) {
  // runTests rejects when the suite fails (the index rejects) or VS Code cannot be downloaded/started.
  console.error(`[test-electron] ${e?.message ?? e}`);
  code = 1;
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
process.exit(code);
