// No analysis blocks the extension host for more than 50 ms at a time, even on a 100k-word draft
// that is being edited: the engine runs in a worker thread.
//
// How it is measured: a V8 CPU profile of the extension host's main thread (node:inspector, 1 ms
// samples) covers opening the draft, typing into it and waiting for the analysis of the final text.
// The longest run of consecutive samples with Poise's bundle (dist/extension.js) on the stack is the
// longest time Poise kept the host busy in one go; it must stay under 50 ms. It is counted in
// samples (1 ms of running each), not in the wall-clock time between them: on the shared 2-core
// machine these tests run on (load 15–25), the OS deschedules the process for tens of ms at a time,
// and one sample then "lasts" that long although the thread did not run. Both figures are printed.
//
// The whole host is measured too and printed, not asserted: the main thread's CPU time between two
// ticks of a 5 ms timer (from /proc, so a busy shared machine that deschedules the process does not
// count) and the wall-clock event-loop delay. Those include VS Code's built-in Markdown extension,
// which on a 560 KB draft sends the whole text to its language server on every keystroke and
// tokenizes it with markdown-it on the main thread: hundreds of ms that are not Poise's to fix.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import * as vscode from 'vscode';
import { waitForDiagnostics } from '../helpers';
import { closeAllDrafts, isShouting, openDraft, poiseExtension } from './editor-util';

/** About `words` words of letters in Markdown: headings, paragraphs, links, now and then a list, a quote, code. */
function bigDraft(words: number): string {
  const letter = (i: number) =>
    [
      `## Reply ${i}`,
      '',
      `Hi Dana, thank you for letting me know about the decision on the analyst role (ref ${i}). I enjoyed meeting the team and learning about the data platform, and I appreciate the time everyone spent with me.`,
      '',
      `I would welcome any feedback on my interviews, and I would be glad to be considered for future roles. My [portfolio](https://example.com/p/${i}) has the SQL and AWS work we discussed.`,
      '',
      ...(i % 10 === 0
        ? [
            '- What could I have done better in the technical round?',
            '- Is there a team I should keep an eye on?',
            '',
            '> On Monday the team wrote: we will not move forward with your application at this time.',
            '',
            '```sql',
            `select * from applications where id = ${i};`,
            '```',
            '',
          ]
        : []),
      'Best regards,',
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

/** The main thread's CPU time in ms (user + system), or undefined where /proc is not available. */
function mainThreadCpuMs(): number | undefined {
  try {
    const stat = readFileSync(`/proc/${process.pid}/task/${process.pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10; // utime + stime, in 10 ms clock ticks
  } catch {
    return undefined;
  }
}

interface ProfileNode {
  id: number;
  parent?: number;
  children?: number[];
  callFrame: { functionName: string; url: string };
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Longest run of consecutive samples inside `url` (GC samples within a run count towards it), in ms; and the top self times. */
function analyseProfile(profile: Profile, url: string): { longestMs: number; longestSamples: number; totalMs: number; top: string[]; longestWhat: string[] } {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  for (const n of profile.nodes) for (const c of n.children ?? []) byId.get(c)!.parent = n.id;
  const inPoise = new Map<number, boolean>();
  const isPoise = (id: number): boolean => {
    const known = inPoise.get(id);
    if (known !== undefined) return known;
    const n = byId.get(id)!;
    const v = n.callFrame.url === url || (n.parent !== undefined && isPoise(n.parent));
    inPoise.set(id, v);
    return v;
  };
  let longest = 0;
  let run = 0;
  let longestSamples = 0;
  let runSamples = 0;
  let runWhat = new Map<string, number>();
  let longestWhat = runWhat;
  const poiseFrame = (id: number): string => {
    let n: ProfileNode | undefined = byId.get(id);
    const leaf = n ? `${n.callFrame.functionName || '(anonymous)'}` : '?';
    while (n && n.callFrame.url !== url) n = n.parent !== undefined ? byId.get(n.parent) : undefined;
    return n ? `${n.callFrame.functionName || '(anonymous)'} ← leaf ${leaf}` : leaf;
  };
  let total = 0;
  const self = new Map<string, number>();
  for (let i = 0; i < profile.samples.length; i++) {
    const id = profile.samples[i]!;
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000; // time until the next sample
    const n = byId.get(id)!;
    const key = `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.split('/').slice(-3).join('/')}`;
    self.set(key, (self.get(key) ?? 0) + ms);
    if (isPoise(id) || (n.callFrame.functionName === '(garbage collector)' && run > 0)) {
      run += ms;
      runSamples++;
      if (isPoise(id)) total += ms;
      const what = isPoise(id) ? poiseFrame(id) : '(garbage collector)';
      runWhat.set(what, (runWhat.get(what) ?? 0) + ms);
    } else {
      if (run > longest) {
        longest = run;
        longestWhat = runWhat;
      }
      longestSamples = Math.max(longestSamples, runSamples);
      run = 0;
      runSamples = 0;
      runWhat = new Map();
    }
  }
  if (run > longest) {
    longest = run;
    longestWhat = runWhat;
  }
  longestSamples = Math.max(longestSamples, runSamples);
  const top = [...self]
    .filter(([k]) => !k.startsWith('(idle)'))
    .sort((a, b) => b[1] - a[1])
    .slice(0, 6)
    .map(([k, v]) => `${v.toFixed(0)} ms ${k}`);
  return { longestMs: longest, longestSamples, totalMs: total, top, longestWhat: [...longestWhat].sort((a, b) => b[1] - a[1]).slice(0, 6).map(([k, v]) => `${v.toFixed(0)} ms ${k}`) };
}

suite('blocking: a 100k-word draft keeps the editor responsive', () => {
  teardown(closeAllDrafts);

  test('editing a 100k-word draft: Poise never keeps the extension host busy for 50 ms or more at a time', async function () {
    this.timeout(280_000);
    const ext = poiseExtension();
    await ext.activate();
    const bundle = vscode.Uri.file(`${ext.extensionPath}/dist/extension.js`).toString();
    const text = bigDraft(100_000);
    assert.ok(text.split(/\s+/).filter(Boolean).length >= 100_000);

    const session = new Session();
    session.connect();
    const post = <T>(method: string, params: object = {}) =>
      new Promise<T>((resolve, reject) => session.post(method, params, (e, r) => (e ? reject(e) : resolve(r as T))));
    await post('Profiler.enable');
    await post('Profiler.setSamplingInterval', { interval: 1000 });

    const histogram = monitorEventLoopDelay({ resolution: 5 });
    let maxBusy: number | undefined;
    let lastCpu = mainThreadCpuMs();
    const ticker = setInterval(() => {
      const cpu = mainThreadCpuMs();
      if (cpu !== undefined && lastCpu !== undefined) maxBusy = Math.max(maxBusy ?? 0, cpu - lastCpu);
      lastCpu = cpu;
    }, 5);

    await post('Profiler.start');
    histogram.enable();
    let profile: Profile;
    try {
      // Open the draft (analysed on open), type into it while that analysis runs, and wait for the
      // analysis of the final text: every analysis of this session happens inside the window.
      const editor = await openDraft(text);
      const { document } = editor;
      for (const ch of 'Hello there. ') {
        await editor.edit((b) => b.insert(new vscode.Position(0, 0), ch), { undoStopBefore: false, undoStopAfter: false });
      }
      await editor.edit((b) => b.insert(new vscode.Position(0, 0), 'THIS IS UNACCEPTABLE\n\n'));
      const [d] = (await waitForDiagnostics(document.uri, (ds) => ds.some(isShouting), 260_000)).filter(isShouting);
      assert.equal(d!.range.start.line, 0);
    } finally {
      histogram.disable();
      clearInterval(ticker);
      profile = (await post<{ profile: Profile }>('Profiler.stop')).profile;
      session.disconnect();
    }
    const poise = analyseProfile(profile, bundle);
    console.log(
      [
        `      ${(text.length / 1024).toFixed(0)} KB draft: Poise on the main thread ${poise.totalMs.toFixed(0)} ms in all; longest stretch ${poise.longestSamples} samples (≈ ${poise.longestSamples} ms running), ${poise.longestMs.toFixed(0)} ms wall clock.`,
        `      Whole extension host: longest busy stretch ${maxBusy === undefined ? 'n/a' : `${maxBusy} ms CPU`}, event-loop delay max ${(histogram.max / 1e6).toFixed(0)} ms (wall clock, shared machine).`,
        `      Top main-thread self time: ${poise.top.join('; ')}`,
        `      Poise's longest stretch: ${poise.longestWhat.join('; ')}`,
      ].join('\n'),
    );
    assert.ok(profile.samples.length > 100, 'the profile has samples');
    assert.ok(poise.totalMs > 0, 'the profile saw Poise at work (the bundle url matches)');
    assert.ok(poise.longestSamples < 50, `Poise kept the extension host busy for ${poise.longestSamples} ms at a time (${poise.longestMs.toFixed(0)} ms wall clock)`);
  });
});
