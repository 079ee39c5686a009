import * as vscode from 'vscode';
import type { PoiseMessage } from '../core/types';
import type { AnalysisService } from './analysis';

export const DIAGNOSTIC_SOURCE = 'Poise';

const SEVERITY: Record<PoiseMessage['severity'], vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
};

/** A published diagnostic and the engine message behind it. */
export interface Flag {
  diagnostic: vscode.Diagnostic;
  message: PoiseMessage;
}

/** The message's range in the version it was computed for (1-based line/column → 0-based Position). */
export function rangeOf(m: PoiseMessage): vscode.Range {
  return new vscode.Range(m.line - 1, m.column - 1, m.endLine - 1, m.endColumn - 1);
}

/**
 * Turns analysis results into diagnostics (source "Poise", code = rule id linking to its docs)
 * and remembers which message each diagnostic came from, in a map: nothing is stuck onto the
 * Diagnostic objects. Hover and code actions read the flags from here.
 */
export class DiagnosticsPublisher implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('poise');
  private readonly flags = new Map<string, Flag[]>();
  private readonly byDiagnostic = new WeakMap<vscode.Diagnostic, PoiseMessage>();
  private readonly changeEmitter = new vscode.EventEmitter<vscode.Uri>();
  /** Fires after a document's Poise diagnostics are replaced or removed. */
  readonly onDidChange = this.changeEmitter.event;
  private readonly disposables: vscode.Disposable[];

  constructor(analysis: AnalysisService) {
    this.disposables = [
      this.collection,
      this.changeEmitter,
      analysis.onDidAnalyze(({ document, result }) => this.publish(document.uri, result.messages)),
      analysis.onDidClear((uri) => this.remove(uri)),
    ];
  }

  private publish(uri: vscode.Uri, messages: readonly PoiseMessage[]): void {
    const flags = messages.map((message) => {
      const diagnostic = new vscode.Diagnostic(rangeOf(message), message.reason, SEVERITY[message.severity]);
      diagnostic.source = DIAGNOSTIC_SOURCE;
      diagnostic.code = { value: message.ruleId, target: vscode.Uri.parse(message.url) };
      this.byDiagnostic.set(diagnostic, message);
      return { diagnostic, message };
    });
    this.flags.set(uri.toString(), flags);
    this.collection.set(
      uri,
      flags.map((f) => f.diagnostic),
    );
    this.changeEmitter.fire(uri);
  }

  private remove(uri: vscode.Uri): void {
    this.flags.delete(uri.toString());
    this.collection.delete(uri);
    this.changeEmitter.fire(uri);
  }

  /** Every flag published for the document. */
  flagsFor(uri: vscode.Uri): readonly Flag[] {
    return this.flags.get(uri.toString()) ?? [];
  }

  /**
   * The message behind a diagnostic. VS Code hands code-action providers the very objects we
   * published; should it ever pass copies, match on rule, range and reason instead.
   */
  messageFor(uri: vscode.Uri, diagnostic: vscode.Diagnostic): PoiseMessage | undefined {
    const direct = this.byDiagnostic.get(diagnostic);
    if (direct) return direct;
    if (diagnostic.source !== DIAGNOSTIC_SOURCE) return undefined;
    const code = typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code;
    return this.flagsFor(uri).find(
      (f) => f.diagnostic.range.isEqual(diagnostic.range) && f.message.ruleId === code && f.message.reason === diagnostic.message,
    )?.message;
  }

  /** Flags whose range contains the position and whose text is still what was flagged. */
  flagsAt(document: vscode.TextDocument, position: vscode.Position): Flag[] {
    return this.flagsFor(document.uri).filter((f) => f.diagnostic.range.contains(position) && isCurrent(document, f.diagnostic.range, f.message));
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

/** Whether the document still has the flagged text at the range (so a fix may be offered or applied). */
export function isCurrent(document: vscode.TextDocument, range: vscode.Range, message: PoiseMessage): boolean {
  const valid = document.validateRange(range);
  return valid.isEqual(range) && document.getText(range) === message.actual;
}
