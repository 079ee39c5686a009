import * as vscode from 'vscode';
import { analyze, type AnalyzeResult } from '../core/index';

export interface AnalysisEvent {
  document: vscode.TextDocument;
  result: AnalyzeResult;
}

/**
 * Owns analysis of open Markdown documents: the one place the editor calls the engine.
 * Other features (diagnostics, hover, code actions, checklist view, status bar) read results
 * from here and listen to `onDidAnalyze`; none of them calls the engine itself.
 */
export class AnalysisService implements vscode.Disposable {
  private readonly results = new Map<string, { version: number; result: AnalyzeResult }>();
  private readonly emitter = new vscode.EventEmitter<AnalysisEvent>();
  private readonly clearEmitter = new vscode.EventEmitter<vscode.Uri>();
  /** Fires after a document's analysis is current. */
  readonly onDidAnalyze = this.emitter.event;
  /** Fires when a document's results are dropped (closed, excluded, disabled). */
  readonly onDidClear = this.clearEmitter.event;

  /** The latest result for the document, if it is for the document's current version. */
  getResult(document: vscode.TextDocument): AnalyzeResult | undefined {
    const entry = this.results.get(document.uri.toString());
    return entry && entry.version === document.version ? entry.result : undefined;
  }

  /** Analyses the document now (ignoring debounce) and publishes the result. */
  async analyze(document: vscode.TextDocument): Promise<AnalyzeResult | undefined> {
    const result = analyze(document.getText());
    this.results.set(document.uri.toString(), { version: document.version, result });
    this.emitter.fire({ document, result });
    return result;
  }

  clear(uri: vscode.Uri): void {
    if (this.results.delete(uri.toString())) this.clearEmitter.fire(uri);
  }

  dispose(): void {
    this.emitter.dispose();
    this.clearEmitter.dispose();
  }
}
