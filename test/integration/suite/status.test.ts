// The status bar item: counts for the active Markdown draft, hidden for other editors.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { waitForDiagnostics } from '../helpers';
import { closeAllDrafts, isShouting, openDraft, poiseApi, SHOUT } from './editor-util';

suite('status: the draft at a glance', () => {
  teardown(closeAllDrafts);

  test('shows error and warning counts for the active draft and opens the Problems view', async () => {
    const api = await poiseApi();
    const editor = await openDraft(`Hello,\n\n${SHOUT}.\n\nWE MET ON TUESDAY.\n`);
    const diagnostics = await waitForDiagnostics(editor.document.uri, (ds) => ds.filter(isShouting).length === 2);
    const errors = diagnostics.filter((d) => d.severity === vscode.DiagnosticSeverity.Error).length;
    const warnings = diagnostics.filter((d) => d.severity === vscode.DiagnosticSeverity.Warning).length;
    assert.ok(api.status.text?.startsWith(`$(error) ${errors} $(warning) ${warnings}`), api.status.text);
    assert.equal(api.status.command, 'workbench.actions.view.problems');
    assert.equal(api.status.visible, true);

    const plain = await vscode.workspace.openTextDocument({ language: 'plaintext', content: SHOUT });
    await vscode.window.showTextDocument(plain);
    assert.equal(api.status.visible, false, 'hidden for a non-Markdown editor');
  });
});

suite('status: checklist progress', () => {
  teardown(closeAllDrafts);

  test('shows the reply checklist progress once the draft has a checklist', async () => {
    const api = await poiseApi();
    const editor = await openDraft('---\nkind: thank-you\n---\n\nHi Priya,\n\nThank you for taking the time to meet with me on Tuesday.\n\nBest regards,\nSam\n');
    const result = await api.analysis.analyze(editor.document);
    assert.ok(result && result.checklist.length > 0, 'a thank-you note has a checklist');
    const counted = result.checklist.some((i) => i.required) ? result.checklist.filter((i) => i.required) : result.checklist;
    const done = counted.filter((i) => i.state === 'done').length;
    assert.match(api.status.text, new RegExp(`\\$\\((pass|pass-filled)\\) ${done}/${counted.length}$`));
    assert.match(api.status.tooltip, new RegExp(`checklist ${done} of ${counted.length} done`));
  });
});
