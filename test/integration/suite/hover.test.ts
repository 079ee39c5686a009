// The hover on a flagged range teaches: category, reason, the note, the rewrites, the docs link.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { waitForDiagnostics } from '../helpers';
import { closeAllDrafts, isShouting, openDraft, poiseApi, SHOUT } from './editor-util';

function hoverText(hovers: vscode.Hover[]): string {
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))
    .join('\n---\n')
    .replace(/\\([\\`*_{}[\]()#+\-.!~|<>])/g, '$1'); // undo Markdown escapes
}

suite('hover: what Poise flagged and why', () => {
  teardown(closeAllDrafts);

  test('hovering a flagged range shows the category, reason, note, rewrites and a link to the rule', async () => {
    const api = await poiseApi();
    const editor = await openDraft(`Hi Jordan,\n\nThanks for the call. ${SHOUT}. Anyway, best of luck.\n`);
    const { document } = editor;
    const [d] = (await waitForDiagnostics(document.uri, (ds) => ds.some(isShouting))).filter(isShouting);
    const message = api.analysis.getResult(document)!.messages.find((m) => m.ruleId === 'shouting')!;
    assert.ok(message.expected.length > 0, 'the shouting message suggests a rewrite');

    const middle = new vscode.Position(d!.range.start.line, d!.range.start.character + 5);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, middle);
    const text = hoverText(hovers);
    assert.match(text, /\*\*Shouting\*\*/, 'the category');
    assert.ok(text.includes(message.reason), 'the reason');
    assert.ok(text.includes(message.note.slice(0, 40)), 'the note');
    assert.match(text, /Try instead/);
    assert.ok(text.includes(message.expected[0]!), 'the rewrite');
    assert.ok(text.includes(`(${message.url})`), 'a link to the rule docs');
    const poiseHover = hovers.find((h) => hoverText([h]).includes('Shouting'))!;
    assert.ok(poiseHover.range?.isEqual(d!.range), 'the hover covers the flagged range');
  });

  test('no Poise hover outside flagged text', async () => {
    const editor = await openDraft(`Hi Jordan,\n\nThanks for the call. ${SHOUT}.\n`);
    await waitForDiagnostics(editor.document.uri, (ds) => ds.some(isShouting));
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, new vscode.Position(2, 3));
    assert.doesNotMatch(hoverText(hovers), /Poise rule/);
  });
});
