import * as vscode from 'vscode';
import { join } from 'node:path';
import { AnalysisService } from './analysis';
import { registerChecklistView } from './checklist-view';
import { registerCodeActions } from './code-actions';
import { registerFileCommands } from './commands';
import type { Feature, PoiseContext } from './context';
import { DiagnosticsPublisher } from './diagnostics';
import { Engine } from './engine';
import { PoiseHoverProvider } from './hover';
import { Log } from './log';
import { registerNewReply } from './new-reply';
import { SettingsService } from './settings';
import { StatusBar } from './status';

const MARKDOWN: vscode.DocumentSelector = { language: 'markdown' };

/**
 * Editor features, in registration order. Each gets the shared services (analysis results,
 * diagnostics, settings, log) and returns its disposables. Add a feature with one line here.
 */
const FEATURES: Feature[] = [
  ({ diagnostics }) => vscode.languages.registerHoverProvider(MARKDOWN, new PoiseHoverProvider(diagnostics)),
  ({ diagnostics }) => registerCodeActions(diagnostics),
  registerFileCommands,
  registerChecklistView,
  registerNewReply,
];

/** What activate() returns: the services, for other extensions' tests and our own. */
export interface PoiseApi {
  analysis: AnalysisService;
  diagnostics: DiagnosticsPublisher;
  settings: SettingsService;
  status: StatusBar;
  log: Log;
}

export function activate(context: vscode.ExtensionContext): PoiseApi {
  const log = new Log();
  const settings = new SettingsService(log);
  const engine = new Engine(join(context.extensionPath, 'dist', 'worker.js'), log);
  engine.warmUp();
  const analysis = new AnalysisService(settings, engine, log);
  // Diagnostics subscribe before anything else so they are current when other listeners run.
  const diagnostics = new DiagnosticsPublisher(analysis);
  const status = new StatusBar(analysis, diagnostics);
  context.subscriptions.push(log, settings, engine, analysis, diagnostics, status);

  const poise: PoiseContext = { extension: context, analysis, diagnostics, settings, log };
  for (const feature of FEATURES) {
    const registered = feature(poise);
    if (Array.isArray(registered)) context.subscriptions.push(...(registered as vscode.Disposable[]));
    else if (registered) context.subscriptions.push(registered as vscode.Disposable);
  }
  log.info(`Poise ${String(context.extension.packageJSON.version)} is ready${engine.threaded ? '' : ' (analysing on the main thread)'}.`);
  return { analysis, diagnostics, settings, status, log };
}

export function deactivate(): void {}
