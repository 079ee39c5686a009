import * as vscode from 'vscode';

/** Manual ticks per document: item id → ticked (true) or unticked (false) by hand. */
export type Ticks = Record<string, boolean>;

/**
 * The user's manual checklist ticks, per document, in workspaceState (so they survive reloads of
 * the window and the extension). Keyed by document URI; a renamed or moved file keeps its ticks
 * (workspace.onDidRenameFiles, folders included).
 */
export class ManualTicks implements vscode.Disposable {
  static readonly KEY = 'poise.checklist.manual';
  private readonly emitter = new vscode.EventEmitter<vscode.Uri | undefined>();
  /** Fires with the document whose ticks changed (undefined: several). */
  readonly onDidChange = this.emitter.event;
  private readonly disposables: vscode.Disposable[] = [this.emitter];

  constructor(private readonly memento: vscode.Memento) {
    this.disposables.push(vscode.workspace.onDidRenameFiles((e) => void this.renamed(e.files)));
  }

  private all(): Record<string, Ticks> {
    return { ...this.memento.get<Record<string, Ticks>>(ManualTicks.KEY, {}) };
  }

  get(uri: vscode.Uri): Ticks {
    return { ...(this.all()[uri.toString()] ?? {}) };
  }

  /** Records a manual tick (true), untick (false), or removes the override (undefined). */
  async set(uri: vscode.Uri, id: string, value: boolean | undefined): Promise<void> {
    const all = this.all();
    const key = uri.toString();
    const ticks = { ...(all[key] ?? {}) };
    if (value === undefined) delete ticks[id];
    else ticks[id] = value;
    if (Object.keys(ticks).length) all[key] = ticks;
    else delete all[key];
    await this.memento.update(ManualTicks.KEY, all);
    this.emitter.fire(uri);
  }

  async reset(uri: vscode.Uri): Promise<void> {
    const all = this.all();
    if (!(uri.toString() in all)) return;
    delete all[uri.toString()];
    await this.memento.update(ManualTicks.KEY, all);
    this.emitter.fire(uri);
  }

  /** Moves ticks from old to new URIs (a renamed file, or every file under a renamed folder). */
  async renamed(files: readonly { oldUri: vscode.Uri; newUri: vscode.Uri }[]): Promise<void> {
    const all = this.all();
    let changed = false;
    for (const { oldUri, newUri } of files) {
      const from = oldUri.toString();
      const to = newUri.toString();
      for (const key of Object.keys(all)) {
        if (key !== from && !key.startsWith(from.endsWith('/') ? from : `${from}/`)) continue;
        all[to + key.slice(from.length)] = all[key]!;
        delete all[key];
        changed = true;
      }
    }
    if (!changed) return;
    await this.memento.update(ManualTicks.KEY, all);
    this.emitter.fire(undefined);
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
