// Quick fixes: a rewrite changes exactly the flagged text and undoes in one step; "Ignore here";
// "Always allow"; "Turn off"; fix-all; a stale fix is neither offered nor applied; context.only.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { waitForDiagnostics } from '../helpers';
import { closeAllDrafts, codeActionsAt, isShouting, openDraft, poiseApi, runCodeAction, setSetting, SHOUT } from './editor-util';

const undoSteps: Array<() => Promise<void>> = [];

async function undoOnce(editor: vscode.TextEditor): Promise<void> {
  await vscode.window.showTextDocument(editor.document);
  await vscode.commands.executeCommand('undo');
}

suite('code actions: quick fixes that rewrite', () => {
  teardown(async () => {
    while (undoSteps.length) await undoSteps.pop()!();
    await closeAllDrafts();
  });

  test('a quick fix changes exactly the flagged text, is preferred when it is the only rewrite, and undoes in one step', async () => {
    const api = await poiseApi();
    const before = `Hi Jordan,\n\n  Thanks for the call. ${SHOUT}. Anyway, best of luck.\n\nSam\n`;
    const editor = await openDraft(before);
    const { document } = editor;
    const [d] = (await waitForDiagnostics(document.uri, (ds) => ds.some(isShouting))).filter(isShouting);
    const message = api.diagnostics.messageFor(document.uri, d!);
    assert.ok(message, 'the diagnostic maps to its message');
    assert.equal(message.expected.length, 1, 'shouting suggests one rewrite');
    const actions = await codeActionsAt(document.uri, d!.range, vscode.CodeActionKind.QuickFix.value);
    const fixes = actions.filter((a) => a.title.startsWith('Change to'));
    assert.equal(fixes.length, 1, `one rewrite offered: ${actions.map((a) => a.title).join(' | ')} for ${JSON.stringify(d)}`);
    const [fix] = fixes;
    assert.equal(fix!.isPreferred, true);
    assert.equal(fix!.title, `Change to "${message.expected[0]}"`);

    assert.equal(await runCodeAction(fix!), true);
    const expected = before.replace(SHOUT, message.expected[0]!);
    assert.equal(document.getText(), expected, 'only the flagged text changed');
    await waitForDiagnostics(document.uri, (ds) => !ds.some(isShouting));

    await undoOnce(editor);
    assert.equal(document.getText(), before, 'one undo restores the original');
  });

  test('"Ignore here" inserts a disable-next-line comment above, with the line\'s indentation, and silences the message', async () => {
    const editor = await openDraft(`Hi Jordan,\n\n- first point\n  ${SHOUT} is what I said\n`);
    const { document } = editor;
    const [d] = (await waitForDiagnostics(document.uri, (ds) => ds.some(isShouting))).filter(isShouting);
    const ignore = (await codeActionsAt(document.uri, d!.range, 'quickfix')).find((a) => a.title === 'Ignore "shouting" here');
    assert.ok(ignore, 'offered');
    await runCodeAction(ignore!);
    assert.equal(document.lineAt(3).text, '  <!-- poise-disable-next-line shouting -->');
    assert.equal(document.lineAt(4).text, `  ${SHOUT} is what I said`);
    await waitForDiagnostics(document.uri, (ds) => !ds.some(isShouting));
  });

  test('"Turn off" sets poise.rules[rule] to off in the workspace settings and removes its diagnostics', async () => {
    const editor = await openDraft(`Hello,\n\n${SHOUT}.\n`);
    const { document } = editor;
    const [d] = (await waitForDiagnostics(document.uri, (ds) => ds.some(isShouting))).filter(isShouting);
    const restore = await setSetting('rules', undefined);
    undoSteps.push(restore);
    const off = (await codeActionsAt(document.uri, d!.range, 'quickfix')).find((a) => a.title === 'Turn off "shouting" in this workspace');
    assert.ok(off);
    await runCodeAction(off!);
    assert.deepEqual(vscode.workspace.getConfiguration('poise').inspect('rules')?.workspaceValue, { shouting: 'off' });
    await waitForDiagnostics(document.uri, (ds) => !ds.some(isShouting));
  });

  test('"Always allow" adds the phrase to poise.allow in the workspace settings', async () => {
    const editor = await openDraft(`Hello,\n\n${SHOUT}.\n`);
    const { document } = editor;
    const [d] = (await waitForDiagnostics(document.uri, (ds) => ds.some(isShouting))).filter(isShouting);
    undoSteps.push(await setSetting('allow', undefined));
    const allow = (await codeActionsAt(document.uri, d!.range, 'quickfix')).find((a) => a.title === `Always allow "${SHOUT}"`);
    assert.ok(allow);
    await runCodeAction(allow!);
    assert.deepEqual(vscode.workspace.getConfiguration('poise').inspect('allow')?.workspaceValue, [SHOUT]);
  });

  test('fix-all applies every unambiguous fix in one edit (one undo step); source.fixAll.poise is offered only when asked for', async () => {
    const before = `Hi,\n\n${SHOUT}. Fine.\n\nAlso, WE MET ON TUESDAY.\n`;
    const editor = await openDraft(before);
    const { document } = editor;
    const api = await poiseApi();
    const found = (await waitForDiagnostics(document.uri, (ds) => ds.filter(isShouting).length === 2)).filter(isShouting);
    const messages = found.map((d) => api.diagnostics.messageFor(document.uri, d)!);
    assert.ok(messages.every((m) => m.expected.length === 1), 'both are unambiguous');
    // Every unambiguous fix, applied from the end so offsets stay valid.
    let fixed = before;
    for (const m of [...messages].sort((a, b) => b.offset - a.offset)) fixed = fixed.slice(0, m.offset) + m.expected[0] + fixed.slice(m.endOffset);
    assert.notEqual(fixed, before);

    const quick = await codeActionsAt(document.uri, found[0]!.range, 'quickfix');
    assert.ok(!quick.some((a) => a.kind?.value === 'source.fixAll.poise'), 'not among quick fixes');
    const fixAllActions = await codeActionsAt(document.uri, new vscode.Range(0, 0, 0, 0), 'source.fixAll');
    const fixAll = fixAllActions.find((a) => a.kind?.value === 'source.fixAll.poise');
    assert.ok(fixAll, `offered for source.fixAll: ${fixAllActions.map((a) => a.kind?.value).join(', ')}`);

    assert.equal(await runCodeAction(fixAll!), 2);
    assert.equal(document.getText(), fixed);
    await waitForDiagnostics(document.uri, (ds) => !ds.some(isShouting));
    await undoOnce(editor);
    assert.equal(document.getText(), before, 'one undo restores both');

    await waitForDiagnostics(document.uri, (ds) => ds.filter(isShouting).length === 2);
    assert.equal(await vscode.commands.executeCommand('poise.fixAll'), 2, 'the command does the same');
    assert.equal(document.getText(), fixed);
  });

  test('a stale fix is refused: not offered once the text changed, and not applied if it changed after being offered', async () => {
    const api = await poiseApi();
    undoSteps.push(await setSetting('run', 'off')); // keep the old diagnostics while the text changes
    const editor = await openDraft(`Hi,\n\n${SHOUT}. Fine.\n`);
    const { document } = editor;
    await api.analysis.checkFile(document);
    const [d] = (await waitForDiagnostics(document.uri, (ds) => ds.some(isShouting))).filter(isShouting);
    const fix = (await codeActionsAt(document.uri, d!.range, 'quickfix')).find((a) => a.title.startsWith('Change to'));
    assert.ok(fix, 'offered while current');

    // The writer edits the flagged words (same length, different text).
    await editor.edit((b) => b.replace(new vscode.Range(d!.range.start, d!.range.start.translate(0, 4)), 'THAT'));
    const changed = document.getText();
    assert.equal(await runCodeAction(fix!), false, 'refused at apply time');
    assert.equal(document.getText(), changed, 'nothing changed');
    const again = await codeActionsAt(document.uri, d!.range, 'quickfix');
    assert.ok(!again.some((a) => a.title.startsWith('Change to') || a.title.startsWith('Ignore')), `not offered: ${again.map((a) => a.title).join(' | ')}`);
    assert.ok(poiseDiagnosticsStillThere(document), 'the old diagnostic is still published (poise.run is off)');
  });
});

function poiseDiagnosticsStillThere(document: vscode.TextDocument): boolean {
  return vscode.languages.getDiagnostics(document.uri).some(isShouting);
}
