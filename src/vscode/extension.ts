import * as vscode from 'vscode';
import { analyze, type PoiseMessage } from '../core/index';

const SEVERITY: Record<PoiseMessage['severity'], vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
};

export function activate(context: vscode.ExtensionContext): void {
  const collection = vscode.languages.createDiagnosticCollection('poise');
  context.subscriptions.push(collection);

  const check = (doc: vscode.TextDocument) => {
    if (doc.languageId !== 'markdown') return;
    const result = analyze(doc.getText());
    collection.set(
      doc.uri,
      result.messages.map((m) => {
        const range = new vscode.Range(doc.positionAt(m.offset), doc.positionAt(m.endOffset));
        const d = new vscode.Diagnostic(range, m.reason, SEVERITY[m.severity]);
        d.source = 'Poise';
        d.code = { value: m.ruleId, target: vscode.Uri.parse(m.url) };
        return d;
      }),
    );
  };

  context.subscriptions.push(
    vscode.workspace.onDidOpenTextDocument(check),
    vscode.workspace.onDidChangeTextDocument((e) => check(e.document)),
    vscode.workspace.onDidCloseTextDocument((doc) => collection.delete(doc.uri)),
  );
  vscode.workspace.textDocuments.forEach(check);
}

export function deactivate(): void {}
