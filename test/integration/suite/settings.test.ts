// Settings and .poiserc.json: changes re-check open drafts; a bad value is reported once and falls
// back to its default; poise.run and poise.maxFileSize.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { poiseDiagnostics, waitForDiagnostics, workspaceFile } from '../helpers';
import { closeAllDrafts, isShouting, openDraft, poiseApi, setSetting, SHOUT } from './editor-util';

const undoSteps: Array<() => Promise<void>> = [];

suite('settings: poise.* and .poiserc.json', () => {
  teardown(async () => {
    while (undoSteps.length) await undoSteps.pop()!();
    await closeAllDrafts();
  });

  test('turning a rule off in settings removes its diagnostics; turning it back on restores them', async () => {
    const editor = await openDraft(`Hello,\n\n${SHOUT}.\n`);
    const uri = editor.document.uri;
    await waitForDiagnostics(uri, (ds) => ds.some(isShouting));
    const restore = await setSetting('rules', { shouting: 'off' });
    await waitForDiagnostics(uri, (ds) => !ds.some(isShouting));
    await restore();
    await waitForDiagnostics(uri, (ds) => ds.some(isShouting));
  });

  test('a severity setting changes the diagnostic severity', async () => {
    const editor = await openDraft(`Hello,\n\n${SHOUT}.\n`);
    const uri = editor.document.uri;
    undoSteps.push(await setSetting('rules', { shouting: 'error' }));
    const [d] = (await waitForDiagnostics(uri, (ds) => ds.some((x) => isShouting(x) && x.severity === vscode.DiagnosticSeverity.Error))).filter(isShouting);
    assert.equal(d!.severity, vscode.DiagnosticSeverity.Error);
  });

  test('an invalid setting is reported once (notification + output line) and falls back to its default', async () => {
    const api = await poiseApi();
    const editor = await openDraft(`Hello,\n\n${SHOUT}.\n`);
    const uri = editor.document.uri;
    await waitForDiagnostics(uri, (ds) => ds.some(isShouting));
    undoSteps.push(await setSetting('rules', { shouting: 'loud' }));
    await api.analysis.analyze(editor.document);
    const reported = api.log.problems.filter((p) => p.includes('rules.shouting') && p.includes('loud'));
    assert.equal(reported.length, 1, api.log.problems.join('\n'));
    assert.match(reported[0]!, /^Setting poise\.rules: /);
    // The key fell back to its default (warning), so the diagnostic is still there.
    const [d] = poiseDiagnostics(uri).filter(isShouting);
    assert.equal(d!.severity, vscode.DiagnosticSeverity.Warning);
    // Re-checking (typing) does not report it again.
    await editor.edit((b) => b.insert(new vscode.Position(0, 0), 'Hi. '));
    await api.analysis.analyze(editor.document);
    assert.equal(api.log.problems.filter((p) => p.includes('rules.shouting') && p.includes('loud')).length, 1);

    undoSteps.push(await setSetting('run', 'sometimes'));
    await api.analysis.analyze(editor.document);
    assert.ok(api.log.problems.some((p) => p.startsWith('Setting poise.run: ') && p.includes('sometimes')), api.log.problems.join('\n'));
  });

  test('a workspace .poiserc.json is read and watched; a broken one is reported and ignored', async () => {
    const api = await poiseApi();
    const rc = workspaceFile('.poiserc.json');
    undoSteps.push(async () => {
      await vscode.workspace.fs.delete(rc).then(undefined, () => undefined);
    });
    const editor = await openDraft(`Hello,\n\n${SHOUT}.\n`);
    const uri = editor.document.uri;
    await waitForDiagnostics(uri, (ds) => ds.some(isShouting));

    await vscode.workspace.fs.writeFile(rc, new TextEncoder().encode(JSON.stringify({ rules: { shouting: 'info' } })));
    await waitForDiagnostics(uri, (ds) => ds.some((d) => isShouting(d) && d.severity === vscode.DiagnosticSeverity.Information));

    await vscode.workspace.fs.writeFile(rc, new TextEncoder().encode('{ "rules": { "shouting": "error" '));
    await waitForDiagnostics(uri, (ds) => ds.some((d) => isShouting(d) && d.severity === vscode.DiagnosticSeverity.Warning));
    assert.ok(api.log.problems.some((p) => p.startsWith('.poiserc.json: ') && /JSON/.test(p)), api.log.problems.join('\n'));

    await vscode.workspace.fs.delete(rc);
    await waitForDiagnostics(uri, (ds) => ds.some((d) => isShouting(d) && d.severity === vscode.DiagnosticSeverity.Warning));
  });

  test('poise.run "off" checks only on request; "onSave" checks on open and save, not while typing', async () => {
    const api = await poiseApi();
    undoSteps.push(await setSetting('run', 'off'));
    const editor = await openDraft(`Hello,\n\n${SHOUT}.\n`);
    const { document } = editor;
    assert.equal(api.analysis.getState(document)?.kind, 'waiting');
    assert.deepEqual(poiseDiagnostics(document.uri), []);
    await vscode.commands.executeCommand('poise.checkFile');
    await waitForDiagnostics(document.uri, (ds) => ds.some(isShouting));
  });

  test('a document over poise.maxFileSize is skipped, with its reason in the status bar', async () => {
    const api = await poiseApi();
    undoSteps.push(await setSetting('maxFileSize', 40));
    const editor = await openDraft(`Hello,\n\n${SHOUT}, and a few more words.\n`);
    assert.equal(await api.analysis.analyze(editor.document), undefined);
    const state = api.analysis.getState(editor.document);
    assert.equal(state?.kind, 'tooLarge');
    assert.deepEqual(poiseDiagnostics(editor.document.uri), []);
    assert.equal(api.status.text, '$(circle-slash) Poise');
  });
});
