import type * as vscode from 'vscode';
import type { AnalysisService } from './analysis';
import type { DiagnosticsPublisher } from './diagnostics';
import type { Log } from './log';
import type { SettingsService } from './settings';

/** What every editor feature gets at activation. */
export interface PoiseContext {
  extension: vscode.ExtensionContext;
  /** The only way to the engine: results per document, `onDidAnalyze`, `onDidClear`. */
  analysis: AnalysisService;
  /** Published diagnostics and the message behind each. */
  diagnostics: DiagnosticsPublisher;
  settings: SettingsService;
  /** The "Poise" output channel. */
  log: Log;
}

/** A feature registers itself and returns what must be disposed on deactivation. */
export type Feature = (poise: PoiseContext) => vscode.Disposable | readonly vscode.Disposable[] | void;
