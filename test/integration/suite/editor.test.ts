// Live diagnostics in the editor: what they carry, when they appear and clear, which files are
// checked, the check / stop-checking commands, and odd input.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { codeOf, poiseDiagnostics, waitForDiagnostics, workspaceFile } from '../helpers';
import { closeAllDrafts, isShouting, openDraft, poiseApi, setSetting, SHOUT } from './editor-util';

suite('editor: live diagnostics', () => {
  teardown(closeAllDrafts);

  test('a flagged phrase gets a diagnostic with source Poise, the rule id linked to its docs, and the severity', async () => {
    const editor = await openDraft(`Hi Jordan,\n\nThank you for the news. ${SHOUT}. That was my first thought.\n`);
    const uri = editor.document.uri;
    const [d] = (await waitForDiagnostics(uri, (ds) => ds.some(isShouting))).filter(isShouting);
    assert.equal(d!.source, 'Poise');
    assert.equal(editor.document.getText(d!.range), SHOUT);
    assert.equal(d!.severity, vscode.DiagnosticSeverity.Warning);
    const code = d!.code as { value: string; target: vscode.Uri };
    assert.equal(code.value, 'shouting');
    assert.equal(code.target.toString(true), 'https://github.com/poise-writing/poise/blob/main/docs/rules.md#shouting');
    assert.ok(d!.message.length > 0);
  });

  test('diagnostics clear when the text is fixed and when the draft closes', async () => {
    const editor = await openDraft(`Dear Ms Lee,\n\n${SHOUT}.\n\nSam\n`);
    const { document } = editor;
    const [d] = (await waitForDiagnostics(document.uri, (ds) => ds.some(isShouting))).filter(isShouting);
    await editor.edit((b) => b.replace(d!.range, 'I was surprised'));
    await waitForDiagnostics(document.uri, (ds) => ds.length === 0);

    await editor.edit((b) => b.insert(new vscode.Position(4, 0), `${SHOUT}\n`));
    await waitForDiagnostics(document.uri, (ds) => ds.some(isShouting));
    const closed = new Promise<void>((resolve) => {
      const sub = vscode.workspace.onDidCloseTextDocument((doc) => {
        if (doc.uri.toString() === document.uri.toString()) {
          sub.dispose();
          resolve();
        }
      });
    });
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await closed;
    await waitForDiagnostics(document.uri, (ds) => ds.length === 0);
  });

  test('a draft opened right after another closes, during a settings change, shows only its own diagnostics', async () => {
    const first = await openDraft(`Hello,\n\n${SHOUT}.\n`);
    await waitForDiagnostics(first.document.uri, (ds) => ds.some(isShouting));
    const restore = await setSetting('allow', ['placeholder phrase for this test']);
    try {
      // The settings change re-checks every draft; the first closes and the next opens at once.
      const changed = setSetting('allow', ['another placeholder phrase']);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      const second = await openDraft('Hi,\n\nThanks for the update.\n\nAlso, WE MET ON TUESDAY.\n');
      const reused = second.document.uri.toString() === first.document.uri.toString();
      const ds = await waitForDiagnostics(second.document.uri, (d) => d.length > 0 && d.every((x) => x.range.start.line === 4));
      assert.ok(ds.some(isShouting), `its own shouting is flagged (name ${reused ? 'reused' : 'not reused'})`);
      await (await changed)();
    } finally {
      await restore();
    }
  });

  test('only results for the current version are published (a burst of edits ends with the last text)', async () => {
    const api = await poiseApi();
    const editor = await openDraft('Hi Jordan,\n\nThanks again.\n');
    const { document } = editor;
    // Several quick edits, each adding a shout, with an explicit analysis started in the middle.
    const pending: Array<Thenable<unknown>> = [];
    for (let i = 0; i < 4; i++) {
      await editor.edit((b) => b.insert(document.lineAt(document.lineCount - 1).range.end, `\n\n${`${SHOUT} ${'AGAIN '.repeat(i)}`.trim()}.`));
      pending.push(api.analysis.analyze(document));
    }
    await Promise.all(pending);
    const final = await waitForDiagnostics(document.uri, (ds) => ds.filter(isShouting).length === 4);
    for (const d of final) assert.match(document.getText(d.range), /^THIS IS UNACCEPTABLE( AGAIN)*$/);
    const result = api.analysis.getResult(document);
    assert.ok(result, 'a result for the current version');
    for (const m of result.messages) assert.equal(document.getText().slice(m.offset, m.endOffset), m.actual);
  });

  test('project docs are not checked by default; Check This File and Stop Checking This File override that', async () => {
    const api = await poiseApi();
    const document = await vscode.workspace.openTextDocument(workspaceFile('editor', 'CHANGELOG.md'));
    await vscode.window.showTextDocument(document);
    assert.equal(await api.analysis.analyze(document), undefined);
    assert.equal(api.analysis.getState(document)?.kind, 'excluded');
    assert.deepEqual(poiseDiagnostics(document.uri), []);

    await vscode.commands.executeCommand('poise.checkFile');
    await waitForDiagnostics(document.uri, (ds) => ds.some(isShouting));
    assert.equal(api.analysis.getState(document)?.kind, 'checked');

    await vscode.commands.executeCommand('poise.stopCheckingFile');
    await waitForDiagnostics(document.uri, (ds) => ds.length === 0);
    assert.equal(api.analysis.getState(document)?.kind, 'stopped');
    assert.equal(await api.analysis.analyze(document), undefined, 'stays unchecked in this session');
    await vscode.commands.executeCommand('poise.checkFile');
    await waitForDiagnostics(document.uri, (ds) => ds.some(isShouting));
  });

  test('a draft whose front matter names a letter kind is checked even when its name is excluded', async () => {
    const document = await vscode.workspace.openTextDocument(workspaceFile('editor', 'CONTRIBUTING-reply.md'));
    await vscode.window.showTextDocument(document);
    const found = (await waitForDiagnostics(document.uri, (ds) => ds.some(isShouting))).filter(isShouting);
    assert.equal(found.length, 1);
    assert.equal(codeOf(found[0]!), 'shouting');
  });

  test('odd input (NUL bytes, lone surrogates, deep nesting, CR line ends) never breaks the extension', async () => {
    const api = await poiseApi();
    const odd = [
      'a\u0000b\u0000\uD800 \uDFFF \u202E\uFEFF',
      '>'.repeat(300) + ' deep',
      '- '.repeat(200) + 'list',
      '['.repeat(3000),
      'line one\rline two\r' + SHOUT + '\r',
      '\uFFFD'.repeat(10000),
    ].join('\n\n');
    const editor = await openDraft(odd);
    const result = await api.analysis.analyze(editor.document);
    const state = api.analysis.getState(editor.document)?.kind;
    assert.ok(state === 'checked' || state === 'failed', `state is ${state}`);
    if (result) for (const m of result.messages) assert.equal(editor.document.getText().slice(m.offset, m.endOffset), m.actual);

    // The extension still works afterwards.
    const next = await openDraft(`Hello,\n\n${SHOUT}\n`);
    await waitForDiagnostics(next.document.uri, (ds) => ds.some(isShouting));
  });
});
