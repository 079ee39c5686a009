// The thin slice end to end: a Markdown draft in, Poise's `shouting` diagnostic out, with its exact
// range, and gone again once the text is fixed.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { codeOf, openWorkspaceFile, revertAndCloseAll, waitForDiagnostics } from '../helpers';

const isShouting = (d: vscode.Diagnostic) => codeOf(d) === 'shouting';

suite('diagnostics: the shouting slice', () => {
  teardown(revertAndCloseAll);

  test('shows the shouting diagnostic with its exact range, and clears it once fixed', async () => {
    const editor = await openWorkspaceFile('shouting.md');
    const doc = editor.document;
    assert.equal(doc.languageId, 'markdown');

    const found = (await waitForDiagnostics(doc.uri, (ds) => ds.some(isShouting))).filter(isShouting);
    assert.equal(found.length, 1, 'exactly one shouting diagnostic');
    const [d] = found;
    // Line 9 (1-based) reads "Thank you for letting me know. I was VERY DISAPPOINTED to hear the news…".
    assert.deepEqual(
      [d!.range.start.line, d!.range.start.character, d!.range.end.line, d!.range.end.character],
      [8, 37, 8, 54],
    );
    assert.equal(doc.getText(d!.range), 'VERY DISAPPOINTED');
    assert.equal(d!.severity, vscode.DiagnosticSeverity.Warning);

    const fix = new vscode.WorkspaceEdit();
    fix.replace(doc.uri, d!.range, 'very disappointed');
    assert.ok(await vscode.workspace.applyEdit(fix), 'the edit applies');
    const after = await waitForDiagnostics(doc.uri, (ds) => !ds.some(isShouting));
    assert.deepEqual(after.filter(isShouting), []);
    assert.ok(doc.isDirty, 'the fix stays unsaved; teardown reverts it');
  });

  test('typing shouting into a clean draft raises the diagnostic at the typed words', async () => {
    const editor = await openWorkspaceFile('clean.md');
    const doc = editor.document;
    const line = doc.lineAt(0); // "Hi Priya,"
    const ok = await editor.edit((b) => b.insert(line.range.end, ' I am SO VERY EXCITED!'));
    assert.ok(ok, 'the edit applies');

    const found = (await waitForDiagnostics(doc.uri, (ds) => ds.some(isShouting))).filter(isShouting);
    assert.equal(found.length, 1);
    assert.equal(doc.getText(found[0]!.range), 'SO VERY EXCITED');
    assert.equal(found[0]!.range.start.line, 0);
    assert.equal(found[0]!.range.start.character, 'Hi Priya, I am '.length);
  });
});
