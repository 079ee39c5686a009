// The integration suite's entry point, in the standard `run()` form that VS Code calls for
// `extensionTestsPath`: scripts/integration.mjs (VS Code server + chromium, see
// scripts/lib/vscode-server.mjs) and scripts/test-electron.mjs (@vscode/test-electron) both use it.
//
// Mocha with the TDD interface (`suite`, `test`, `setup`, `teardown`). Every compiled
// `suite/*.test.js` next to this file is loaded. POISE_TEST_GREP (from `--grep PATTERN`) keeps only
// the tests whose full title matches the regular expression. The run ends with a line
// `N passed, N failed` and rejects when a test failed or when no test ran.
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'tdd', reporter: 'spec', color: false, timeout: 60_000 });
  const grep = process.env.POISE_TEST_GREP;
  if (grep) mocha.grep(new RegExp(grep));

  const suiteDir = path.join(__dirname, 'suite');
  const files = fs.existsSync(suiteDir) ? fs.readdirSync(suiteDir).filter((f) => f.endsWith('.test.js')).sort() : [];
  for (const f of files) mocha.addFile(path.join(suiteDir, f));

  return new Promise((resolve, reject) => {
    let passed = 0;
    let failed = 0;
    try {
      const runner = mocha.run(() => {
        console.log(`${passed} passed, ${failed} failed`);
        if (failed > 0) reject(new Error(`${failed} integration test${failed === 1 ? '' : 's'} failed`));
        else if (passed === 0) reject(new Error(grep ? `no integration test matches ${JSON.stringify(grep)}` : 'no integration tests found'));
        else resolve();
      });
      runner.on('pass', () => passed++);
      // 'fail' also fires for failing hooks, which count as failures too.
      runner.on('fail', () => failed++);
    } catch (err) {
      console.log(`${passed} passed, ${failed + 1} failed`);
      reject(err);
    }
  });
}
