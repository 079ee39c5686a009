import * as vscode from 'vscode';
import type { AnalyzeResult } from '../core/index';
import { Cancelled, type Engine } from './engine';
import { describe, type Log } from './log';
import type { DocumentSettings, SettingsService } from './settings';

export interface AnalysisEvent {
  document: vscode.TextDocument;
  result: AnalyzeResult;
}

/** Why a Markdown document is or is not checked. */
export type DocumentState =
  | { kind: 'checked' }
  | { kind: 'waiting' } // poise.run is off (or onSave, not saved yet) and it has not been checked
  | { kind: 'disabled' } // poise.enable is false
  | { kind: 'excluded' } // not matched by poise.include, or matched by poise.exclude
  | { kind: 'stopped' } // "Poise: Stop Checking This File"
  | { kind: 'tooLarge'; size: number; limit: number }
  | { kind: 'failed'; error: string };

/** Milliseconds of quiet after typing before a draft is checked (`poise.run`: onType). */
export const DEBOUNCE_MS = 300;

/** Front matter that names a letter kind: such a draft is always checked. */
const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;
const KIND_KEY = /^kind[ \t]*:[ \t]*["']?[A-Za-z]/m;

export function hasLetterKind(text: string): boolean {
  const fm = FRONT_MATTER.exec(text.length > 16_384 ? text.slice(0, 16_384) : text);
  return fm !== null && KIND_KEY.test(fm[1]!);
}

interface Run {
  document: vscode.TextDocument;
  again: boolean;
  done: Promise<AnalyzeResult | undefined>;
}

/**
 * Owns analysis of open Markdown documents: the one place the editor calls the engine.
 * Other features (diagnostics, hover, code actions, checklist view, status bar) read results
 * from here and listen to `onDidAnalyze`; none of them calls the engine itself.
 *
 * Decides which documents are checked (poise.enable, include/exclude, front matter `kind:`, the
 * per-document "check / stop checking" commands, poise.maxFileSize), when (poise.run: debounced on
 * type, on save, or only on request), and drops results for versions that are no longer current.
 */
export class AnalysisService implements vscode.Disposable {
  /** The latest result per URI, with the document it belongs to (an untitled name can be reused). */
  private readonly results = new Map<string, { document: vscode.TextDocument; version: number; result: AnalyzeResult }>();
  private readonly emitter = new vscode.EventEmitter<AnalysisEvent>();
  private readonly clearEmitter = new vscode.EventEmitter<vscode.Uri>();
  private readonly stateEmitter = new vscode.EventEmitter<vscode.Uri>();
  /** Fires after a document's analysis is current. */
  readonly onDidAnalyze = this.emitter.event;
  /** Fires when a document's results are dropped (closed, excluded, disabled). */
  readonly onDidClear = this.clearEmitter.event;
  /** Fires when whether (or why not) a document is checked changes. */
  readonly onDidChangeState = this.stateEmitter.event;

  private readonly states = new Map<string, DocumentState>();
  /** Session-level choices from "Check This File" / "Stop Checking This File". */
  private readonly overrides = new Map<string, 'on' | 'off'>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly runs = new Map<string, Run>();
  /**
   * The document each URI names now. An untitled name is reused for the next draft, and VS Code may
   * report the old draft closed only later: until then both look open, and only the newer counts.
   */
  private readonly latest = new Map<string, vscode.TextDocument>();
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    private readonly settings: SettingsService,
    private readonly engine: Engine,
    private readonly log: Log,
  ) {
    this.disposables.push(
      this.emitter,
      this.clearEmitter,
      this.stateEmitter,
      vscode.workspace.onDidOpenTextDocument((d) => this.onOpen(d)),
      vscode.workspace.onDidChangeTextDocument((e) => this.onChange(e)),
      vscode.workspace.onDidSaveTextDocument((d) => this.onSave(d)),
      vscode.workspace.onDidCloseTextDocument((d) => {
        // The close of an untitled draft can arrive after a new draft took its name: keep the new one.
        if (!this.isCurrent(d)) return;
        this.latest.delete(d.uri.toString());
        // A session override belongs to a file; an untitled name is reused for the next draft.
        if (d.isUntitled) this.overrides.delete(d.uri.toString());
        this.forget(d.uri);
        this.engine.prune(); // stop analysing a closed document

      }),
      settings.onDidChange(() => this.recheckAll()),
    );
    for (const d of vscode.workspace.textDocuments) this.onOpen(d);
  }

  /** The latest result for the document, if it is for the document's current version. */
  getResult(document: vscode.TextDocument): AnalyzeResult | undefined {
    const entry = this.results.get(document.uri.toString());
    return entry && entry.document === document && entry.version === document.version ? entry.result : undefined;
  }

  /** Whether (or why not) the document is checked; undefined for non-Markdown or unseen documents. */
  getState(document: vscode.TextDocument): DocumentState | undefined {
    return this.states.get(document.uri.toString());
  }

  /**
   * Analyses the document now (ignoring debounce and poise.run) and publishes the result. Resolves
   * with the result for the document's current version, or undefined when it is not checked (or
   * it changed meanwhile: a newer analysis follows).
   */
  analyze(document: vscode.TextDocument): Promise<AnalyzeResult | undefined> {
    const key = document.uri.toString();
    this.cancelTimer(key);
    const current = this.runs.get(key);
    if (current) {
      if (current.document === document) {
        current.again = true;
        return current.done;
      }
      // The URI now names another document (an untitled name reused after a close): analyse the
      // new one once the old run has ended, never fold it into the old run.
      // (Whatever became of the old run: a failure there must not leave the new draft unchecked.)
      return current.done.then(
        () => this.analyze(document),
        () => this.analyze(document),
      );
    }
    const run: Run = { document, again: false, done: Promise.resolve(undefined) };
    run.done = (async () => {
      try {
        do {
          run.again = false;
          await this.analyzeOnce(document);
        } while (run.again && !document.isClosed);
      } finally {
        this.runs.delete(key);
      }
      return this.getResult(document);
    })();
    this.runs.set(key, run);
    return run.done;
  }

  /** "Check This File": checks the document from now on in this session, whatever the globs say. */
  checkFile(document: vscode.TextDocument): Promise<AnalyzeResult | undefined> {
    this.overrides.set(document.uri.toString(), 'on');
    return this.analyze(document);
  }

  /** "Stop Checking This File": clears its results and stops checking it in this session. */
  stopCheckingFile(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    this.overrides.set(key, 'off');
    this.cancelTimer(key);
    this.setState(document.uri, { kind: 'stopped' });
    this.clear(document.uri);
    this.engine.prune();
  }

  clear(uri: vscode.Uri): void {
    if (this.results.delete(uri.toString())) this.clearEmitter.fire(uri);
  }

  /** Is the document the one its URI names now (not an untitled draft whose name was reused)? */
  private isCurrent(document: vscode.TextDocument): boolean {
    const latest = this.latest.get(document.uri.toString());
    return latest === undefined || latest === document;
  }

  private onOpen(document: vscode.TextDocument): void {
    this.latest.set(document.uri.toString(), document);
    if (document.languageId !== 'markdown') return;
    // A new document may reuse a closed one's URI (untitled drafts): nothing of the old one is valid.
    this.clear(document.uri);
    const run = this.settings.hostSettings(document.uri).run;
    if (run === 'off' && this.overrides.get(document.uri.toString()) !== 'on') {
      this.setState(document.uri, { kind: 'waiting' });
      return;
    }
    void this.analyze(document);
  }

  private onChange(e: vscode.TextDocumentChangeEvent): void {
    const document = e.document;
    if (document.languageId !== 'markdown' || e.contentChanges.length === 0) return;
    if (this.settings.hostSettings(document.uri).run !== 'onType') return;
    const key = document.uri.toString();
    this.cancelTimer(key);
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        if (!document.isClosed) void this.analyze(document);
      }, DEBOUNCE_MS),
    );
  }

  private onSave(document: vscode.TextDocument): void {
    if (document.languageId !== 'markdown') return;
    if (this.settings.hostSettings(document.uri).run === 'onSave') void this.analyze(document);
  }

  /** Settings or a config file changed: re-check every open draft under the new rules. */
  private recheckAll(): void {
    for (const document of vscode.workspace.textDocuments) {
      if (document.languageId !== 'markdown' || !this.isCurrent(document)) continue;
      const key = document.uri.toString();
      if (this.settings.hostSettings(document.uri).run === 'off' && this.overrides.get(key) !== 'on') {
        this.cancelTimer(key);
        this.setState(document.uri, { kind: 'waiting' });
        this.clear(document.uri);
      } else {
        void this.analyze(document);
      }
    }
  }

  private async analyzeOnce(document: vscode.TextDocument): Promise<void> {
    if (document.isClosed || document.languageId !== 'markdown') return;
    const uri = document.uri;
    let settings: DocumentSettings;
    try {
      settings = await this.settings.forDocument(document);
    } catch (e) {
      this.log.error('Reading Poise settings failed', e);
      return;
    }
    if (document.isClosed) return;
    await new Promise<void>((resolve) => setImmediate(resolve)); // keep each synchronous step short
    if (document.isClosed) return;
    const version = document.version;
    const text = document.getText();
    const state = this.eligibility(document, text, settings);
    if (state.kind !== 'checked') {
      this.setState(uri, state);
      this.clear(uri);
      return;
    }
    let result: AnalyzeResult;
    const started = Date.now();
    try {
      result = await this.engine.run(text, settings.options, () => document.isClosed || this.overrides.get(uri.toString()) === 'off');
    } catch (e) {
      if (e instanceof Cancelled) return;
      this.log.error(`Analysing ${vscode.workspace.asRelativePath(uri)} failed`, e);
      this.setState(uri, { kind: 'failed', error: describe(e) });
      this.clear(uri);
      return;
    }
    // A result for an older version (or a closed document) is dropped: a newer analysis follows.
    if (document.isClosed || document.version !== version) return;
    // Nor is a result for an untitled draft whose name a newer draft has taken (its late close is pending).
    if (!this.isCurrent(document)) return;
    if (this.overrides.get(uri.toString()) === 'off') return; // stopped meanwhile
    this.log.trace(`Checked ${vscode.workspace.asRelativePath(uri)} v${version}: ${result.messages.length} messages in ${Date.now() - started} ms.`);
    this.results.set(uri.toString(), { document, version, result });
    this.setState(uri, state);
    // Problems inside the draft (front matter, ignore comments) change as the writer types: log them.
    for (const p of result.configProblems) this.log.once(`${vscode.workspace.asRelativePath(uri)} (${p.source})`, p.message);
    this.emitter.fire({ document, result });
  }

  private eligibility(document: vscode.TextDocument, text: string, settings: DocumentSettings): DocumentState {
    const override = this.overrides.get(document.uri.toString());
    if (override === 'off') return { kind: 'stopped' };
    // Cheap test first: a UTF-8 byte is at least one UTF-16 unit, and at most three per unit.
    if (text.length * 3 > settings.maxFileSize) {
      const size = Buffer.byteLength(text, 'utf8');
      if (size > settings.maxFileSize) return { kind: 'tooLarge', size, limit: settings.maxFileSize };
    }
    if (override === 'on') return { kind: 'checked' };
    if (!settings.enable) return { kind: 'disabled' };
    if (document.isUntitled || hasLetterKind(text)) return { kind: 'checked' };
    return this.matches(document, settings.include) && !this.matches(document, settings.exclude) ? { kind: 'checked' } : { kind: 'excluded' };
  }

  /** Glob match with VS Code's own matcher; patterns are relative to the document's workspace folder. */
  private matches(document: vscode.TextDocument, patterns: readonly string[]): boolean {
    const folder = vscode.workspace.getWorkspaceFolder(document.uri);
    return patterns.some((pattern) => {
      const filter: vscode.DocumentFilter = { pattern: folder ? new vscode.RelativePattern(folder, pattern) : pattern };
      return vscode.languages.match(filter, document) > 0;
    });
  }

  private setState(uri: vscode.Uri, state: DocumentState): void {
    const key = uri.toString();
    const before = this.states.get(key);
    if (before && JSON.stringify(before) === JSON.stringify(state)) return;
    this.states.set(key, state);
    if (state.kind === 'tooLarge' && before?.kind !== 'tooLarge') {
      const message = `Poise skipped ${basename(uri)}: ${formatBytes(state.size)} is over poise.maxFileSize (${formatBytes(state.limit)}).`;
      this.log.info(message);
      vscode.window.setStatusBarMessage(`$(info) ${message}`, 8000);
    }
    this.stateEmitter.fire(uri);
  }

  private cancelTimer(key: string): void {
    const timer = this.timers.get(key);
    if (timer) {
      clearTimeout(timer);
      this.timers.delete(key);
    }
  }

  private forget(uri: vscode.Uri): void {
    const key = uri.toString();
    this.cancelTimer(key);
    this.states.delete(key);
    this.clear(uri);
    this.stateEmitter.fire(uri);
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    for (const d of this.disposables) d.dispose();
  }
}

export function basename(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1) || uri.toString();
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(bytes < 10 * 1024 ? 1 : 0)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
