import * as vscode from 'vscode';
import { mergeOptions, parseOptionsJson, validateOptions } from '../core/config';
import { OPTION_KEYS, type PoiseOptions } from '../core/options';
import type { ConfigProblem } from '../core/types';
import type { Log } from './log';

export type RunMode = 'onType' | 'onSave' | 'off';

/** Everything the editor needs to decide whether and how to check one document. */
export interface DocumentSettings {
  enable: boolean;
  run: RunMode;
  include: string[];
  exclude: string[];
  maxFileSize: number;
  /** Engine options: defaults ← .poiserc.json ← settings (front matter is applied by the engine). */
  options: PoiseOptions;
  /** The `.poiserc.json` that applies, if any. */
  configFile: vscode.Uri | undefined;
}

/** The editor-only settings. */
export type HostSettings = Omit<DocumentSettings, 'options' | 'configFile'>;

export const RC_FILE = '.poiserc.json';

const DEFAULTS = {
  enable: true,
  run: 'onType' as RunMode,
  include: ['**/*.md', '**/*.markdown'],
  exclude: ['**/README*', '**/CHANGELOG*', '**/CONTRIBUTING*', '**/LICENSE*', '**/node_modules/**'],
  maxFileSize: 1024 * 1024,
};
const RUN_MODES: readonly RunMode[] = ['onType', 'onSave', 'off'];

interface RcEntry {
  uri: vscode.Uri;
  options: Partial<PoiseOptions>;
}

/**
 * Reads `poise.*` settings and the nearest `.poiserc.json` (through `workspace.fs`, so virtual
 * workspaces work), validates both with the engine's validator, and reports each distinct problem
 * once. A bad key falls back to its default; nothing here throws. Fires `onDidChange` when either
 * source changes.
 */
export class SettingsService implements vscode.Disposable {
  private readonly changeEmitter = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changeEmitter.event;
  private readonly disposables: vscode.Disposable[] = [];
  /** Directory URI → the config file found from there upward (undefined: none). */
  private readonly rcCache = new Map<string, Promise<RcEntry | undefined>>();
  private readonly hostCache = new Map<string, HostSettings>();
  private readonly documentCache = new Map<string, Promise<DocumentSettings>>();

  constructor(private readonly log: Log) {
    this.disposables.push(
      this.changeEmitter,
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (!e.affectsConfiguration('poise')) return;
        this.invalidate();
        this.changeEmitter.fire();
      }),
    );
    // Watch config files anywhere in the workspace (a no-op when there is no folder).
    const watcher = vscode.workspace.createFileSystemWatcher(`**/${RC_FILE}`);
    const changed = (uri: vscode.Uri) => {
      this.log.info(`${vscode.workspace.asRelativePath(uri)} changed: re-checking open drafts.`);
      this.rcCache.clear();
      this.invalidate();
      this.changeEmitter.fire();
    };
    this.disposables.push(watcher, watcher.onDidCreate(changed), watcher.onDidChange(changed), watcher.onDidDelete(changed));
  }

  private invalidate(): void {
    this.hostCache.clear();
    this.documentCache.clear();
  }

  /**
   * Settings for a document (the resource scope is its URI; untitled drafts use the workspace's).
   * Cached until a setting or a config file changes, so re-checking while typing reads nothing.
   */
  forDocument(document: vscode.TextDocument): Promise<DocumentSettings> {
    const key = document.uri.toString();
    let cached = this.documentCache.get(key);
    if (!cached) {
      cached = this.readForDocument(document);
      this.documentCache.set(key, cached);
      if (this.documentCache.size > 200) this.documentCache.delete(this.documentCache.keys().next().value!);
    }
    return cached;
  }

  private async readForDocument(document: vscode.TextDocument): Promise<DocumentSettings> {
    const host = this.hostSettings(document.uri);
    const rc = host.enable ? await this.findConfigFile(document.uri) : undefined;
    const config = vscode.workspace.getConfiguration('poise', document.uri);
    const raw: Record<string, unknown> = {};
    for (const key of OPTION_KEYS) {
      if (isSet(config.inspect(key))) raw[key] = config.get(key);
    }
    const settings = validateOptions(raw, 'settings');
    this.report(settings.problems);
    return { ...host, options: mergeOptions(rc?.options, settings.options), configFile: rc?.uri };
  }

  /** The editor-only settings (no engine options), validated. Synchronous: used on every event. */
  hostSettings(scope: vscode.Uri | undefined): HostSettings {
    const key = scope?.toString() ?? '';
    let cached = this.hostCache.get(key);
    if (!cached) {
      cached = this.readHostSettings(scope);
      this.hostCache.set(key, cached);
      if (this.hostCache.size > 200) this.hostCache.delete(this.hostCache.keys().next().value!);
    }
    return cached;
  }

  private readHostSettings(scope: vscode.Uri | undefined): HostSettings {
    const config = vscode.workspace.getConfiguration('poise', scope);
    const problems: ConfigProblem[] = [];
    const bad = (key: string, message: string) => problems.push({ source: 'settings', key, message });

    let enable = config.get<unknown>('enable', DEFAULTS.enable);
    if (typeof enable !== 'boolean') {
      bad('enable', `"enable" must be true or false, not ${show(enable)}; using the default (true).`);
      enable = DEFAULTS.enable;
    }
    let run = config.get<unknown>('run', DEFAULTS.run);
    if (typeof run !== 'string' || !RUN_MODES.includes(run as RunMode)) {
      bad('run', `"run" must be one of ${RUN_MODES.join(', ')}, not ${show(run)}; using the default (onType).`);
      run = DEFAULTS.run;
    }
    const globs = (key: 'include' | 'exclude'): string[] => {
      const value = config.get<unknown>(key, DEFAULTS[key]);
      if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value.filter((v) => v.trim() !== '');
      bad(key, `"${key}" must be a list of glob patterns, not ${show(value)}; using the default.`);
      return DEFAULTS[key];
    };
    const include = globs('include');
    const exclude = globs('exclude');
    let maxFileSize = config.get<unknown>('maxFileSize', DEFAULTS.maxFileSize);
    if (typeof maxFileSize !== 'number' || !Number.isFinite(maxFileSize) || maxFileSize < 0) {
      bad('maxFileSize', `"maxFileSize" must be a number of bytes (0 or more), not ${show(maxFileSize)}; using the default (1 MiB).`);
      maxFileSize = DEFAULTS.maxFileSize;
    }
    this.report(problems);
    return { enable: enable as boolean, run: run as RunMode, include, exclude, maxFileSize: maxFileSize as number };
  }

  /** Reports problems (from settings, a config file or front matter): one notification each. */
  report(problems: readonly ConfigProblem[], file?: vscode.Uri): void {
    for (const p of problems) {
      if (p.source === 'settings') {
        const setting = `poise.${p.key.split(/[.[]/)[0]}`;
        this.log.problem(`Setting ${setting}`, p.message, {
          title: 'Open Settings',
          run: () => void vscode.commands.executeCommand('workbench.action.openSettings', setting),
        });
      } else if (file) {
        this.log.problem(vscode.workspace.asRelativePath(file), p.message, {
          title: 'Open File',
          run: () => void vscode.window.showTextDocument(file),
        });
      } else {
        this.log.problem(p.source, p.message);
      }
    }
  }

  /** The nearest `.poiserc.json` from the document's folder up to its workspace folder's root. */
  private findConfigFile(uri: vscode.Uri): Promise<RcEntry | undefined> {
    const folder = vscode.workspace.getWorkspaceFolder(uri) ?? (uri.scheme === 'untitled' ? vscode.workspace.workspaceFolders?.[0] : undefined);
    if (!folder) return Promise.resolve(undefined);
    const root = folder.uri;
    let dir = uri.scheme === 'untitled' ? root : vscode.Uri.joinPath(uri, '..');
    if (!dir.path.startsWith(root.path)) dir = root;
    return this.lookUp(dir, root);
  }

  private lookUp(dir: vscode.Uri, root: vscode.Uri): Promise<RcEntry | undefined> {
    const key = dir.toString();
    let entry = this.rcCache.get(key);
    if (!entry) {
      entry = this.readConfigFile(vscode.Uri.joinPath(dir, RC_FILE)).then((found) => {
        if (found) return found;
        if (dir.path === root.path || dir.path.length <= root.path.length) return undefined;
        return this.lookUp(vscode.Uri.joinPath(dir, '..'), root);
      });
      this.rcCache.set(key, entry);
    }
    return entry;
  }

  private async readConfigFile(uri: vscode.Uri): Promise<RcEntry | undefined> {
    let bytes: Uint8Array;
    try {
      bytes = await vscode.workspace.fs.readFile(uri);
    } catch {
      return undefined; // no file here
    }
    const source = vscode.workspace.asRelativePath(uri);
    const parsed = parseOptionsJson(new TextDecoder().decode(bytes), source);
    this.report(parsed.problems, uri);
    return { uri, options: parsed.options };
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

function isSet<T>(inspected: { globalValue?: T; workspaceValue?: T; workspaceFolderValue?: T; globalLanguageValue?: T; workspaceLanguageValue?: T; workspaceFolderLanguageValue?: T } | undefined): boolean {
  if (!inspected) return false;
  return [
    inspected.globalValue,
    inspected.workspaceValue,
    inspected.workspaceFolderValue,
    inspected.globalLanguageValue,
    inspected.workspaceLanguageValue,
    inspected.workspaceFolderLanguageValue,
  ].some((v) => v !== undefined);
}

function show(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'null';
  if (typeof value === 'object') return 'an object';
  return JSON.stringify(value) ?? String(value);
}
