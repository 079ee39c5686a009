#!/usr/bin/env node
// Screenshots of Poise in the editor for the README: a squiggle with its hover (docs/images/hover.png)
// and the quick-fix menu open on it (docs/images/quick-fix.png). Opens
// test/workspace/screenshots/reply-to-dana.md in a real VS Code (server + headless chromium, see
// scripts/lib/vscode-server.mjs), waits on the UI (never sleeps) and exits non-zero when a step fails.
//
//   npm run build && node scripts/screenshots/editor.mjs [--out-dir docs/images]
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, onSignalsStopAll, withWorkbench } from '../lib/vscode-server.mjs';

const outArg = process.argv.indexOf('--out-dir');
const outDir = outArg > 0 ? join(ROOT, process.argv[outArg + 1]) : (process.env.POISE_SCREENSHOT_DIR ?? join(ROOT, 'docs/images'));
mkdirSync(outDir, { recursive: true });
onSignalsStopAll();

const FLAGGED = 'UNACCEPTABLE';
const started = Date.now();

await withWorkbench(
  {
    folder: 'test/workspace/screenshots',
    file: 'test/workspace/screenshots/reply-to-dana.md',
    settings: {
      'workbench.colorTheme': 'Default Light Modern',
      'editor.minimap.enabled': false,
      'editor.fontSize': 15,
      'editor.lineHeight': 24,
      'editor.hover.delay': 100,
      'editor.lightbulb.enabled': 'on',
      'workbench.activityBar.location': 'hidden',
      'workbench.sideBar.location': 'right',
      'window.zoomLevel': 0,
    },
    viewport: { width: 1100, height: 620 },
    timeoutMs: 240_000,
  },
  async ({ page }) => {
    // Close the side bar so the draft has the room.
    await page.keyboard.press('Control+B').catch(() => {});
    await page.locator('.part.sidebar').waitFor({ state: 'hidden', timeout: 5_000 }).catch(() => {});

    // The squiggle under the shouted words: the warning decoration on the line that shows them.
    const line = page.locator('.view-line', { hasText: FLAGGED }).first();
    await line.waitFor({ timeout: 60_000 });
    await page.locator('.squiggly-warning').first().waitFor({ timeout: 120_000 });
    const lineBox = await line.boundingBox();
    const squiggles = await page.locator('.squiggly-warning').evaluateAll((els) =>
      els.map((e) => {
        const r = e.getBoundingClientRect();
        return { x: r.x, y: r.y, width: r.width, height: r.height };
      }),
    );
    const squiggle = squiggles.find((s) => s.width > 0 && s.y + s.height / 2 >= lineBox.y && s.y + s.height / 2 <= lineBox.y + lineBox.height);
    if (!squiggle) throw new Error(`no squiggle on the line with "${FLAGGED}" (squiggles: ${JSON.stringify(squiggles)})`);
    const centre = { x: squiggle.x + squiggle.width / 2, y: squiggle.y + squiggle.height / 2 };

    // 1. The hover: move the mouse to the squiggle's centre and wait for Poise's hover.
    await page.mouse.move(centre.x, centre.y - 40);
    await page.mouse.move(centre.x, centre.y, { steps: 5 });
    const hover = page.locator('.monaco-hover:visible', { hasText: 'Poise rule' }).first();
    await hover.waitFor({ state: 'visible', timeout: 30_000 });
    await page.locator('.monaco-hover:visible a', { hasText: 'Poise rule' }).first().waitFor({ timeout: 10_000 });
    await page.screenshot({ path: join(outDir, 'hover.png') });
    console.log(`[screenshot] ${join(outDir, 'hover.png')}`);

    // 2. The quick-fix menu: put the cursor in the flagged words and press Ctrl+. .
    await page.mouse.move(10, 10);
    await hover.waitFor({ state: 'hidden', timeout: 10_000 }).catch(() => {});
    await page.mouse.click(centre.x, centre.y);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+.');
    const menu = page.locator('.action-widget:visible').first();
    await menu.waitFor({ state: 'visible', timeout: 30_000 });
    await page.locator('.action-widget:visible .action-item, .action-widget:visible .monaco-list-row', { hasText: 'Change to' }).first().waitFor({ timeout: 10_000 });
    await page.screenshot({ path: join(outDir, 'quick-fix.png') });
    console.log(`[screenshot] ${join(outDir, 'quick-fix.png')}`);
  },
);
console.log(`[screenshot] editor scenario in ${((Date.now() - started) / 1000).toFixed(1)} s`);
