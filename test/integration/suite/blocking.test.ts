// No analysis blocks the extension host for more than 50 ms at a time, even on a 100k-word draft
// that is being edited: the engine runs in a worker thread.
import * as assert from 'node:assert/strict';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import * as vscode from 'vscode';
import { waitForDiagnostics } from '../helpers';
import { closeAllDrafts, isShouting, openDraft, poiseApi } from './editor-util';

/** About `words` words of letters in Markdown: headings, lists, quotes, code, links. */
function bigDraft(words: number): string {
  const letter = (i: number) =>
    [
      `## Reply ${i}`,
      '',
      `Hi Dana, thank you for letting me know about the decision on the analyst role (ref ${i}). I enjoyed meeting the team and learning about the data platform, and I appreciate the time everyone spent with me.`,
      '',
      '- I would welcome any feedback on my interviews',
      '- I would be glad to be considered for future roles',
      `- See [my portfolio](https://example.com/p/${i}) for the SQL and AWS work we discussed`,
      '',
      // A quoted email now and then (remark's blockquote parsing grows faster than linearly).
      ...(i % 10 === 0 ? ['> On Monday the team wrote: we will not move forward with your application at this time.', ''] : []),
      '```sql',
      `select * from applications where id = ${i};`,
      '```',
      '',
      'Best regards,  ',
      'Sam',
      '',
    ].join('\n');
  const out: string[] = [];
  let count = 0;
  for (let i = 0; count < words; i++) {
    const l = letter(i);
    out.push(l);
    count += l.split(/\s+/).filter(Boolean).length;
  }
  return out.join('\n');
}

suite('blocking: a 100k-word draft keeps the editor responsive', () => {
  teardown(closeAllDrafts);

  test('editing a 100k-word draft never blocks the extension host for 50 ms or more', async function () {
    this.timeout(280_000);
    const api = await poiseApi();
    const text = bigDraft(100_000);
    assert.ok(text.split(/\s+/).filter(Boolean).length >= 100_000);
    const editor = await openDraft(text);
    const { document } = editor;
    await api.analysis.analyze(document); // first analysis, before measuring

    const histogram = monitorEventLoopDelay({ resolution: 5 });
    let maxGap = 0;
    let last = performance.now();
    const ticker = setInterval(() => {
      const now = performance.now();
      maxGap = Math.max(maxGap, now - last);
      last = now;
    }, 5);
    histogram.enable();
    try {
      for (let round = 1; round <= 2; round++) {
        // Type a few characters, then a shouted line, and wait for its diagnostic.
        for (const ch of 'Hello') {
          await editor.edit((b) => b.insert(new vscode.Position(0, 0), ch), { undoStopBefore: false, undoStopAfter: false });
        }
        await editor.edit((b) => b.insert(new vscode.Position(0, 0), `THIS IS UNACCEPTABLE ${'AGAIN '.repeat(round).trim()}\n\n`));
        await waitForDiagnostics(document.uri, (ds) => ds.filter(isShouting).length >= round, 120_000);
      }
    } finally {
      histogram.disable();
      clearInterval(ticker);
    }
    const maxBlockMs = histogram.max / 1e6;
    console.log(`      event-loop delay while editing ${(text.length / 1024).toFixed(0)} KB: max ${maxBlockMs.toFixed(1)} ms, p99 ${(histogram.percentile(99) / 1e6).toFixed(1)} ms, longest timer gap ${maxGap.toFixed(1)} ms`);
    assert.ok(maxBlockMs < 50, `the extension host was blocked for ${maxBlockMs.toFixed(1)} ms`);
  });
});
