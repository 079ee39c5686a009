#!/usr/bin/env node
// `npm run setup:vscode`: installs the real VS Code used by the integration tests, `npm start` and
// the screenshots (code-server@4.100.3 into .cache/vscode-server/, plus chromium, ripgrep,
// libkrb5-dev, make and g++ from Debian when running as root). Safe to run again: after the first
// success it is a quick no-op. The other scripts call it themselves, so running it by hand is optional.
import { ensureVSCodeServer } from './lib/setup.mjs';

try {
  const { serverMain, chromium } = ensureVSCodeServer();
  console.log(`[setup-vscode] ready: ${serverMain}`);
  console.log(`[setup-vscode] browser: ${chromium}`);
} catch (e) {
  console.error(e.userFacing ? e.message : `[setup-vscode] ${e.stack ?? e}`);
  process.exit(1);
}
