#!/usr/bin/env node
// Screenshot of the Reply checklist view for the README: opens test/fixtures/checklist/letter.md in
// a real VS Code (server + headless chromium, see scripts/lib/vscode-server.mjs), opens the Poise
// view container, waits for the checklist rows, and saves docs/images/checklist.png. Then it ticks
// an open item's checkbox by hand and checks that the view turns "Ready to send" (exits non-zero if not).
//
//   npm run build && node scripts/screenshots/checklist.mjs [--out docs/images/checklist.png]
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ROOT, onSignalsStopAll, withWorkbench } from '../lib/vscode-server.mjs';

const outArg = process.argv.indexOf('--out');
const out = outArg > 0 ? join(ROOT, process.argv[outArg + 1]) : join(process.env.POISE_SCREENSHOT_DIR ?? join(ROOT, 'docs/images'), 'checklist.png');
mkdirSync(dirname(out), { recursive: true });
onSignalsStopAll();

const started = Date.now();
await withWorkbench(
  {
    folder: 'test/fixtures/checklist',
    file: 'test/fixtures/checklist/letter.md',
    settings: { 'workbench.colorTheme': 'Default Light Modern', 'editor.minimap.enabled': false, 'window.zoomLevel': 0 },
    viewport: { width: 1280, height: 720 },
  },
  async ({ page }) => {
    // The Poise container in the activity bar (title "Poise").
    const icon = page.locator('.activitybar .action-item a[aria-label^="Poise"], .activitybar .action-item[aria-label^="Poise"]').first();
    await icon.waitFor({ timeout: 60_000 });
    await icon.click();
    const view = page.locator('.pane:has(.pane-header[aria-label*="Reply Checklist" i]), .pane:has(.title:text-is("Reply Checklist"))').first();
    // Wait for the analysed checklist: the status row and an item row.
    await page.locator('.monaco-list-row:has-text("Thanks them")').first().waitFor({ timeout: 60_000 });
    await page.locator('.monaco-list-row:has-text("Not ready yet"), .monaco-list-row:has-text("Ready to send")').first().waitFor({ timeout: 60_000 });
    await view.waitFor({ timeout: 10_000 }).catch(() => {});
    const row = page.locator('.monaco-list-row:has-text("Asks for feedback")').first();
    await page.mouse.move(900, 650);
    await page.screenshot({ path: out });

    // UI check of the real checkbox wiring (onDidChangeCheckboxState → manual tick): ticking
    // "Asks for feedback" by hand makes the draft ready to send and the title 9/9.
    const checkbox = row.locator('.custom-view-tree-node-item-checkbox, .monaco-checkbox, input[type="checkbox"]').first();
    await checkbox.click();
    await page.locator('.monaco-list-row:has-text("Ready to send")').first().waitFor({ timeout: 30_000 });
    await page.locator('.monaco-list-row:has-text("Asks for feedback"):has-text("ticked by hand")').first().waitFor({ timeout: 30_000 });
    await page.locator('.pane-header:has-text("9/9"), .composite.title:has-text("9/9"), .title-label:has-text("9/9")').first().waitFor({ timeout: 30_000 });
    console.log('[screenshot] UI check passed: a manual tick made the draft ready to send (9/9)');
  },
);
console.log(`[screenshot] ${out} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
