#!/usr/bin/env node
// Screenshot scenario for the reply snippets (README "## Snippets"), in the real VS Code UI:
//   1. a draft that quotes a rejection email; typing `poise-rej` shows Poise's snippets in the
//      completion list with the letter's preview → docs/images/snippet.png
//   2. accepting one inserts the letter as a live snippet → docs/images/snippet-inserted.png
//   3. "Poise: New Reply…" from the command palette: the grouped picker → docs/images/new-reply.png
//   4. a UI check: an unfilled `[Company]` in the letter is drawn in the placeholder colour the
//      extension contributes (the injection grammar's scope reached the renderer) and gets the
//      placeholder rule's error squiggle; the run fails otherwise.
//
//   node scripts/screenshots/snippets.mjs [--out DIR]     (needs `npm run build` first)
//
// Exported as `scenario` too, so a screenshot runner can call `scenario.run({ withWorkbench, outDir })`.
/* global getComputedStyle -- evaluated in the page */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const ROOT = resolve(import.meta.dirname, '..', '..');

const DRAFT = `

On Tue, Mar 3, 2026 at 10:02 AM, Dana Rivera <dana.rivera@northwind.com> wrote:

> Hi Alex,
>
> Thank you for your interest in the Product Designer role at Northwind. After careful
> consideration, we have decided to move forward with another candidate.
>
> Best,
> Dana Rivera
`;

function placeholderColour() {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  const rules = pkg.contributes.configurationDefaults['editor.tokenColorCustomizations'].textMateRules;
  const hex = rules.find((r) => r.scope === 'markup.other.placeholder.poise').settings.foreground;
  const n = parseInt(hex.slice(1), 16);
  return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`;
}

export const scenario = {
  name: 'snippets',
  async run({ withWorkbench, outDir = join(ROOT, 'docs', 'images') }) {
    mkdirSync(outDir, { recursive: true });
    const folder = mkdtempSync(join(tmpdir(), 'poise-shot-'));
    const file = join(folder, 'reply-to-northwind.md');
    writeFileSync(file, DRAFT);
    const settings = { 'workbench.colorTheme': 'Default Light Modern', 'editor.fontSize': 15, 'editor.minimap.enabled': false, 'editor.wordWrap': 'on', 'editor.autoClosingBrackets': 'never', 'editor.autoSurround': 'never' };
    try {
      return await withWorkbench({ folder, file, settings, viewport: { width: 1280, height: 760 } }, async ({ page }) => {
        const editor = page.locator('.editor-instance .monaco-editor').first();
        await editor.locator('.view-lines').click({ position: { x: 5, y: 5 } });
        await page.keyboard.press('Control+Home');

        // 1. The completion list.
        await page.keyboard.type('poise-rej', { delay: 40 });
        const suggest = page.locator('.suggest-widget.visible');
        if (!(await suggest.isVisible())) await page.keyboard.press('Control+Space');
        await suggest.waitFor();
        await suggest.locator('.monaco-list-row', { hasText: 'poise-rejection' }).first().waitFor();
        // Show the details (the letter's preview) beside the list.
        const details = page.locator('.suggest-details-container .suggest-details');
        if (!(await details.isVisible())) await page.keyboard.press('Control+Space');
        await details.waitFor();
        await page.screenshot({ path: join(outDir, 'snippet.png') });

        // 2. Accept: the letter, with its first stop selected.
        await page.keyboard.press('Enter');
        await suggest.waitFor({ state: 'hidden' });
        await editor.locator('.view-line', { hasText: 'kind: rejection-reply' }).waitFor();
        await page.screenshot({ path: join(outDir, 'snippet-inserted.png') });
        await page.keyboard.press('Escape');

        // 4. The placeholder colour: turn "Northwind" in the letter back into an unfilled [Company].
        await page.keyboard.press('Control+f');
        const find = page.locator('.find-widget.visible textarea, .find-widget.visible input').first();
        await find.waitFor();
        await find.fill('Northwind, and');
        await page.locator('.find-widget.visible .matchesCount', { hasText: /1 of 1/ }).waitFor();
        await page.keyboard.press('Escape');
        await page.locator('.find-widget.visible').waitFor({ state: 'hidden' });
        await page.keyboard.press('Backspace');
        await page.keyboard.type('[Company], and', { delay: 20 });
        const line = editor.locator('.view-line', { hasText: 'getting to know the team at' });
        const token = line.locator('span span', { hasText: 'Company' }).last();
        await token.waitFor().catch(async (e) => {
          await page.screenshot({ path: '/tmp/poise-debug.png' });
          throw e;
        });
        const want = placeholderColour();
        await page.waitForFunction(
          ([el, colour]) => getComputedStyle(el).color === colour,
          [await token.elementHandle(), want],
          { timeout: 15_000 },
        ).catch(async () => {
          throw new Error(`[Company] is drawn in ${await token.evaluate((el) => getComputedStyle(el).color)}, not the placeholder colour ${want}`);
        });
        const plainColour = await line.locator('span span', { hasText: 'enjoyed' }).first().evaluate((el) => getComputedStyle(el).color);
        if (plainColour === want) throw new Error('ordinary text has the placeholder colour too');
        console.log(`[screenshots] [Company] is drawn in ${want} (ordinary text: ${plainColour})`);
        // …and the engine flags it (the placeholder rule's error squiggle).
        await editor.locator('.squiggly-error').first().waitFor({ timeout: 30_000 });

        // 3. New Reply from the command palette.
        await page.keyboard.press('F1');
        const input = page.locator('.quick-input-widget .quick-input-box input');
        await input.waitFor();
        await input.fill('>Poise: New Reply');
        await page.locator('.quick-input-list .monaco-list-row', { hasText: 'New Reply' }).first().waitFor();
        await page.keyboard.press('Enter');
        await page.locator('.quick-input-widget .quick-input-title', { hasText: 'New Reply' }).waitFor();
        await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Rejection: thanks and a request for feedback' }).waitFor();
        await page.mouse.move(1200, 740);
        await page.screenshot({ path: join(outDir, 'new-reply.png') });
        await page.keyboard.press('Escape');
        return ['snippet.png', 'snippet-inserted.png', 'new-reply.png'].map((f) => join(outDir, f));
      });
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  },
};

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { withWorkbench, onSignalsStopAll, ensureVSCodeServer } = await import('../lib/vscode-server.mjs');
  const i = process.argv.indexOf('--out');
  const outDir = i > 0 ? resolve(process.argv[i + 1]) : process.env.POISE_SCREENSHOT_DIR;
  onSignalsStopAll();
  ensureVSCodeServer();
  const files = await scenario.run({ withWorkbench, ...(outDir ? { outDir } : {}) });
  console.log(`[screenshots] wrote ${files.join(', ')}`);
}
