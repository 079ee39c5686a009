// Shared helpers for the integration tests (test/integration/suite/*.test.ts). They wait on VS Code
// events, never on timers, except for a safety timeout that turns a hang into a clear failure.
import * as vscode from 'vscode';

/** The folder the runner opened (test/workspace/). */
export function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the integration tests need test/workspace/ open as the workspace folder');
  return folder.uri;
}

/** A URI for a file under test/workspace/. */
export function workspaceFile(...segments: string[]): vscode.Uri {
  return vscode.Uri.joinPath(workspaceRoot(), ...segments);
}

/** Opens a file from test/workspace/ in an editor and returns the editor. */
export async function openWorkspaceFile(...segments: string[]): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(workspaceFile(...segments));
  return vscode.window.showTextDocument(doc);
}

/** A diagnostic's code as a string (`code` may be a string, number or `{ value, target }`). */
export function codeOf(d: vscode.Diagnostic): string | undefined {
  const c = d.code;
  if (c === undefined) return undefined;
  return typeof c === 'object' ? String(c.value) : String(c);
}

/** Poise's diagnostics on `uri` (any other extension's are left out). */
export function poiseDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source?.toLowerCase() === 'poise');
}

/**
 * Resolves with Poise's diagnostics on `uri` as soon as `predicate` holds for them: checks now, then on
 * every onDidChangeDiagnostics for that URI. Rejects after `timeoutMs` with what it last saw.
 */
export function waitForDiagnostics(
  uri: vscode.Uri,
  predicate: (diagnostics: vscode.Diagnostic[]) => boolean,
  timeoutMs = 30_000,
): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const done = (fn: () => void) => {
      clearTimeout(timer);
      sub.dispose();
      fn();
    };
    const check = () => {
      const diagnostics = poiseDiagnostics(uri);
      if (predicate(diagnostics)) done(() => resolve(diagnostics));
    };
    const sub = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === uri.toString())) check();
    });
    const timer = setTimeout(() => {
      const seen = poiseDiagnostics(uri).map((d) => `${codeOf(d)}@${d.range.start.line}:${d.range.start.character}`);
      done(() => reject(new Error(`timed out after ${timeoutMs} ms waiting for Poise diagnostics on ${uri.path}; last seen: [${seen.join(', ')}]; ${explain(uri)}`)));
    }, timeoutMs);
    check();
  });
}

/** What the editor and Poise know of the documents at `uri`, for a timeout message. */
function explain(uri: vscode.Uri): string {
  const api = vscode.extensions.all.find((e) => e.packageJSON?.name === 'poise')?.exports as
    | {
        analysis?: { getState(d: vscode.TextDocument): unknown; getResult(d: vscode.TextDocument): unknown };
        diagnostics?: { flagsFor(u: vscode.Uri): ReadonlyArray<{ message: { ruleId: string; line: number } }> };
      }
    | undefined;
  const published = api?.diagnostics?.flagsFor(uri).map((f) => `${f.message.ruleId}@${f.message.line - 1}`) ?? [];
  const all = vscode.languages.getDiagnostics(uri).map((d) => `${d.source}:${codeOf(d)}@${d.range.start.line}`);
  const documents = vscode.workspace.textDocuments.filter((d) => d.uri.toString() === uri.toString());
  const described = documents.map(
    (d) => `v${d.version} ${d.languageId}${d.isClosed ? ' closed' : ''} ${JSON.stringify(d.getText().slice(0, 40))}, Poise state ${JSON.stringify(api?.analysis?.getState(d))}, result ${api?.analysis?.getResult(d) ? 'current' : 'none'}`,
  );
  return `documents there: ${described.length ? described.join(' | ') : 'none'}; Poise published [${published.join(', ')}]; all diagnostics [${all.join(', ')}]`;
}

/** Reverts every open editor's unsaved changes and closes all editors (use in `teardown`). */
export async function revertAndCloseAll(): Promise<void> {
  for (const doc of vscode.workspace.textDocuments) {
    if (!doc.isDirty || doc.isUntitled) continue;
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}
