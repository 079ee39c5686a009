import * as vscode from 'vscode';
import type { AnalysisService, DocumentState } from './analysis';
import { formatBytes } from './analysis';
import type { ChecklistItem } from '../core/types';
import type { DiagnosticsPublisher } from './diagnostics';
import { checklistProgressOf, onDidChangeChecklistProgress } from './checklist-view';

/** What the status item shows for a draft: counts, checklist progress, or why it is not checked. */
export function statusText(
  state: DocumentState | undefined,
  counts: { errors: number; warnings: number },
  checklist: { done: number; total: number } | undefined,
): { text: string; tooltip: string } {
  switch (state?.kind) {
    case 'tooLarge':
      return { text: '$(circle-slash) Poise', tooltip: `Not checked: ${formatBytes(state.size)} is over poise.maxFileSize (${formatBytes(state.limit)}).` };
    case 'excluded':
      return { text: '$(circle-slash) Poise', tooltip: 'Not checked: excluded by poise.include / poise.exclude. Run "Poise: Check This File" to check it.' };
    case 'stopped':
      return { text: '$(circle-slash) Poise', tooltip: 'Not checked in this session. Run "Poise: Check This File" to check it again.' };
    case 'disabled':
      return { text: '$(circle-slash) Poise', tooltip: 'Poise is turned off here (poise.enable).' };
    case 'waiting':
      return { text: '$(circle-outline) Poise', tooltip: 'Not checked yet (poise.run). Run "Poise: Check This File" to check it now.' };
    case 'failed':
      return { text: '$(warning) Poise', tooltip: `Poise could not check this draft: ${state.error.split('\n')[0]}` };
    default: {
      const parts = [`$(error) ${counts.errors}`, `$(warning) ${counts.warnings}`];
      if (checklist && checklist.total > 0) parts.push(`$(${checklist.done === checklist.total ? 'pass-filled' : 'pass'}) ${checklist.done}/${checklist.total}`);
      const tips = [`Poise: ${plural(counts.errors, 'error')}, ${plural(counts.warnings, 'warning')}`];
      if (checklist && checklist.total > 0) tips.push(`reply checklist ${checklist.done} of ${checklist.total} done`);
      return { text: parts.join(' '), tooltip: `${tips.join('; ')}. Click to open the Problems view.` };
    }
  }
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** A status bar item for the active Markdown draft; hidden for other editors. Click: Problems view. */
export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('poise.status', vscode.StatusBarAlignment.Right, 100);
  private readonly disposables: vscode.Disposable[];
  /** The last checklist per document, so progress stays shown while the draft is re-checked. */
  private readonly checklists = new Map<string, ChecklistItem[]>();
  private shown = false;

  constructor(
    private readonly analysis: AnalysisService,
    private readonly diagnostics: DiagnosticsPublisher,
  ) {
    this.item.name = 'Poise';
    this.item.command = 'workbench.actions.view.problems';
    const refresh = () => this.update();
    this.disposables = [
      this.item,
      vscode.window.onDidChangeActiveTextEditor(refresh),
      analysis.onDidChangeState(refresh),
      analysis.onDidAnalyze(({ document, result }) => {
        this.checklists.set(document.uri.toString(), result.checklist);
        refresh();
      }),
      analysis.onDidClear((uri) => {
        this.checklists.delete(uri.toString());
        refresh();
      }),
      diagnostics.onDidChange(refresh),
      // Manual ticks in the checklist view change progress without a new analysis.
      onDidChangeChecklistProgress(refresh),
    ];
    this.update();
  }

  /** What the item shows (for tests). */
  get text(): string {
    return this.item.text;
  }

  get tooltip(): string {
    return typeof this.item.tooltip === 'string' ? this.item.tooltip : (this.item.tooltip?.value ?? '');
  }

  get command(): string | undefined {
    return typeof this.item.command === 'string' ? this.item.command : this.item.command?.command;
  }

  get visible(): boolean {
    return this.shown;
  }

  private update(): void {
    const document = vscode.window.activeTextEditor?.document;
    if (!document || document.languageId !== 'markdown') {
      this.item.hide();
      this.shown = false;
      return;
    }
    const counts = { errors: 0, warnings: 0 };
    for (const f of this.diagnostics.flagsFor(document.uri)) {
      if (f.diagnostic.severity === vscode.DiagnosticSeverity.Error) counts.errors++;
      else if (f.diagnostic.severity === vscode.DiagnosticSeverity.Warning) counts.warnings++;
    }
    // The view's progress includes the writer's manual ticks; fall back to the analysis alone.
    const items = this.checklists.get(document.uri.toString()) ?? [];
    const counted = items.some((i) => i.required) ? items.filter((i) => i.required) : items;
    const checklist = checklistProgressOf(document) ?? { done: counted.filter((i) => i.state === 'done').length, total: counted.length };
    const { text, tooltip } = statusText(this.analysis.getState(document), counts, checklist);
    this.item.text = text;
    this.item.tooltip = tooltip;
    this.item.show();
    this.shown = true;
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
