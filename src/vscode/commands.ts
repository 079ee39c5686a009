import * as vscode from 'vscode';
import type { PoiseContext } from './context';

function activeMarkdown(): vscode.TextDocument | undefined {
  const document = vscode.window.activeTextEditor?.document;
  return document?.languageId === 'markdown' ? document : undefined;
}

function targetDocument(uri: unknown): vscode.TextDocument | undefined {
  if (uri instanceof vscode.Uri) return vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  return activeMarkdown();
}

/** Poise: Check This File / Stop Checking This File / Show Output. */
export function registerFileCommands({ analysis, log }: PoiseContext): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand('poise.checkFile', async (uri?: vscode.Uri) => {
      const document = targetDocument(uri);
      if (!document) {
        void vscode.window.showInformationMessage('Poise: open a Markdown draft to check it.');
        return undefined;
      }
      return analysis.checkFile(document);
    }),
    vscode.commands.registerCommand('poise.stopCheckingFile', (uri?: vscode.Uri) => {
      const document = targetDocument(uri);
      if (document) analysis.stopCheckingFile(document);
    }),
    vscode.commands.registerCommand('poise.showOutput', () => log.channel.show(true)),
  ];
}
