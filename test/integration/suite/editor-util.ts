// Helpers for the editor tests (editor, hover, code-actions, settings, status, blocking). Waits on
// events only; every helper that changes something has an undo that the tests call in teardown.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { PoiseApi } from '../../../src/vscode/extension';
import { codeOf } from '../helpers';

export const SHOUT = 'THIS IS UNACCEPTABLE';

export function poiseExtension(): vscode.Extension<PoiseApi> {
  const ext = vscode.extensions.all.find((e) => e.packageJSON?.name === 'poise' && e.packageJSON?.publisher === 'poise');
  assert.ok(ext, 'the Poise extension is loaded');
  return ext as vscode.Extension<PoiseApi>;
}

/** The running extension's services (activating it if needed). */
export async function poiseApi(): Promise<PoiseApi> {
  return poiseExtension().activate();
}

/**
 * Opens an untitled Markdown draft with `content` in an editor. VS Code names the draft after the
 * last one it closed ("Untitled-1") and, if that draft's backup has not been discarded yet, fills
 * it from the backup instead of `content` (UntitledTextEditorModel.resolve): then the draft is set
 * to `content` in one edit. (Line ends alone may differ: the editor normalises them.)
 */
export async function openDraft(content: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument({ language: 'markdown', content });
  const editor = await vscode.window.showTextDocument(document);
  const lines = (s: string) => s.replace(/\r\n?/g, '\n');
  if (lines(document.getText()) !== lines(content)) {
    const all = new vscode.Range(document.positionAt(0), document.positionAt(document.getText().length));
    assert.ok(await editor.edit((b) => b.replace(all, content)), 'the restored draft takes the test text');
    assert.equal(lines(document.getText()), lines(content));
  }
  return editor;
}

/** Reverts and closes every editor, untitled drafts included (no save prompts). */
export async function closeAllDrafts(): Promise<void> {
  for (const document of vscode.workspace.textDocuments) {
    if (document.isClosed || (!document.isDirty && !document.isUntitled)) continue;
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/**
 * Sets `poise.<key>` in the workspace settings and returns an undo: it restores the previous value
 * and removes test/workspace/.vscode/settings.json again if that left it empty.
 */
export async function setSetting(key: string, value: unknown): Promise<() => Promise<void>> {
  const config = vscode.workspace.getConfiguration('poise');
  const before = config.inspect(key)?.workspaceValue;
  await config.update(key, value, vscode.ConfigurationTarget.Workspace);
  return async () => {
    await vscode.workspace.getConfiguration('poise').update(key, before, vscode.ConfigurationTarget.Workspace);
    await removeEmptyWorkspaceSettings();
  };
}

async function removeEmptyWorkspaceSettings(): Promise<void> {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  if (!folder) return;
  const file = vscode.Uri.joinPath(folder, '.vscode', 'settings.json');
  try {
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(file));
    if (Object.keys(JSON.parse(text) as object).length > 0) return;
    await vscode.workspace.fs.delete(file);
    const dir = vscode.Uri.joinPath(folder, '.vscode');
    if ((await vscode.workspace.fs.readDirectory(dir)).length === 0) await vscode.workspace.fs.delete(dir);
  } catch {
    // No settings file, or not JSON we wrote: leave it.
  }
}

export const isShouting = (d: vscode.Diagnostic) => codeOf(d) === 'shouting';

/** Resolves once the document's text changes (any edit). */
export function nextChange(document: vscode.TextDocument): Promise<void> {
  return new Promise((resolve) => {
    const sub = vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.document === document) {
        sub.dispose();
        resolve();
      }
    });
  });
}

/** Quick fixes and other code actions Poise offers at a range. */
export async function codeActionsAt(uri: vscode.Uri, range: vscode.Range, kind?: string): Promise<vscode.CodeAction[]> {
  const actions = (await vscode.commands.executeCommand<Array<vscode.CodeAction | vscode.Command>>('vscode.executeCodeActionProvider', uri, range, kind)) ?? [];
  return actions.filter((a): a is vscode.CodeAction => (a as vscode.CodeAction).kind !== undefined);
}

/** Runs a code action the way the editor does: its edit first, then its command. */
export async function runCodeAction(action: vscode.CodeAction): Promise<unknown> {
  if (action.edit) assert.ok(await vscode.workspace.applyEdit(action.edit), `the edit of "${action.title}" applies`);
  if (action.command) return vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
  return undefined;
}
