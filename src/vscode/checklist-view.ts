import * as vscode from 'vscode';
import type { AnalyzeResult, ChecklistItem, LetterKind } from '../core/index';
import { LETTER_KINDS } from '../core/types';
import { KIND_LABELS } from '../core/checklist/items';
import { checklistProgress, isReadyToSend } from '../core/checklist/index';
import { placementFor } from '../core/checklist/placement';
import { setKindEdit } from '../core/kinds';
import { toEmail } from '../core/email';
import { fillTemplate, templateById } from '../core/templates';
import type { AnalysisService } from './analysis';
import type { PoiseContext } from './context';
import { ManualTicks } from './checklist-state';

export const VIEW_ID = 'poise.checklist';
/** Context key: a Markdown draft is active (the view's welcome content shows when it is not). */
export const ACTIVE_DRAFT = 'poise.activeDraft';

/** A checklist item as the view shows it: the analysis' state with the user's manual tick applied. */
export interface ViewItem extends ChecklistItem {
  /** Done, from the analysis or by hand. */
  checked: boolean;
  /** Set when the user ticked (true) or unticked (false) it by hand. */
  manual?: boolean;
}

export interface ChecklistProgress {
  uri: vscode.Uri;
  done: number;
  total: number;
  ready: boolean;
}

export type ChecklistNode =
  | { type: 'status'; ready: boolean; left: number; errors: number }
  | { type: 'kind'; kind: LetterKind | null; source: AnalyzeResult['kindSource'] }
  | { type: 'pending' }
  | { type: 'item'; item: ViewItem };

type Analysis = Pick<AnalysisService, 'getResult' | 'onDidAnalyze' | 'onDidClear' | 'analyze'>;

/**
 * The "Reply checklist" view's data: the checklist of the active Markdown draft, from the
 * AnalysisService's results, with manual ticks (ManualTicks) applied on top.
 */
export class ChecklistProvider implements vscode.TreeDataProvider<ChecklistNode>, vscode.Disposable {
  private readonly changeEmitter = new vscode.EventEmitter<ChecklistNode | undefined>();
  readonly onDidChangeTreeData = this.changeEmitter.event;
  private readonly progressEmitter = new vscode.EventEmitter<ChecklistProgress>();
  /** Fires when the active draft's progress (required items done, manual ticks included) may have changed. */
  readonly onDidChangeProgress = this.progressEmitter.event;
  /** The last result per document, so the view does not flicker while a draft is re-checked. */
  private readonly results = new Map<string, { document: vscode.TextDocument; result: AnalyzeResult }>();
  private readonly disposables: vscode.Disposable[] = [this.changeEmitter, this.progressEmitter];
  private current: vscode.TextDocument | undefined;

  constructor(
    private readonly analysis: Analysis,
    readonly ticks: ManualTicks,
  ) {
    this.disposables.push(
      analysis.onDidAnalyze(({ document, result }) => {
        this.results.set(document.uri.toString(), { document, result });
        if (document === this.current) this.refresh();
      }),
      analysis.onDidClear((uri) => {
        this.results.delete(uri.toString());
        if (uri.toString() === this.current?.uri.toString()) this.refresh();
      }),
      ticks.onDidChange((uri) => {
        if (!uri || uri.toString() === this.current?.uri.toString()) this.refresh();
      }),
      vscode.window.onDidChangeActiveTextEditor((editor) => this.follow(editor)),
      vscode.workspace.onDidCloseTextDocument((document) => {
        this.results.delete(document.uri.toString());
        if (document === this.current) this.follow(vscode.window.activeTextEditor);
      }),
    );
    this.follow(vscode.window.activeTextEditor, true);
  }

  /** The draft the view shows. */
  get document(): vscode.TextDocument | undefined {
    return this.current;
  }

  private follow(editor: vscode.TextEditor | undefined, initial = false): void {
    // Output channels and other non-file editors do not change the draft.
    if (editor && !['file', 'untitled', 'vscode-remote', 'vscode-userdata', 'vscode-vfs'].includes(editor.document.uri.scheme)) return;
    let document = editor?.document.languageId === 'markdown' ? editor.document : undefined;
    // No active editor (focus in a panel, or the last editor closed): keep the draft while it is visible.
    if (!editor && this.current && vscode.window.visibleTextEditors.some((e) => e.document === this.current)) document = this.current;
    if (document === this.current && !initial) return;
    this.current = document;
    void vscode.commands.executeCommand('setContext', ACTIVE_DRAFT, Boolean(document));
    if (document && !this.results.has(document.uri.toString())) {
      const result = this.analysis.getResult(document);
      if (result) this.results.set(document.uri.toString(), { document, result });
    }
    this.refresh();
  }

  refresh(): void {
    this.changeEmitter.fire(undefined);
    const p = this.progress();
    if (p) this.progressEmitter.fire(p);
  }

  /** The latest result for a document (the current draft by default). */
  result(document = this.current): AnalyzeResult | undefined {
    if (!document) return undefined;
    const kept = this.results.get(document.uri.toString());
    // A kept result is the same document's (an untitled draft's name can pass to a new draft).
    return this.analysis.getResult(document) ?? (kept?.document === document ? kept.result : undefined);
  }

  /** The checklist items with manual ticks applied. */
  items(document = this.current): ViewItem[] {
    const result = this.result(document);
    if (!document || !result) return [];
    const ticks = this.ticks.get(document.uri);
    return result.checklist.map((item) => {
      const manual = ticks[item.id];
      return { ...item, checked: manual ?? item.state === 'done', ...(manual === undefined ? {} : { manual }) };
    });
  }

  /** Required items done (by the analysis or by hand) out of required items; ready to send when all are and no error. */
  progress(document = this.current): ChecklistProgress | undefined {
    const result = this.result(document);
    if (!document || !result) return undefined;
    const items = this.items(document).map((i) => ({ ...i, state: i.checked ? ('done' as const) : i.state }));
    const { done, total } = checklistProgress(items);
    return { uri: document.uri, done, total, ready: isReadyToSend(items, result.messages) };
  }

  getChildren(element?: ChecklistNode): ChecklistNode[] {
    if (element || !this.current) return [];
    const result = this.result();
    if (!result) return [{ type: 'pending' }];
    const items = this.items();
    const progress = this.progress()!;
    const errors = result.messages.filter((m) => m.severity === 'error').length;
    return [
      { type: 'status', ready: progress.ready, left: progress.total - progress.done, errors },
      { type: 'kind', kind: result.kind, source: result.kindSource },
      ...items.map((item) => ({ type: 'item' as const, item })),
    ];
  }

  getTreeItem(node: ChecklistNode): vscode.TreeItem {
    const uri = this.current?.uri;
    switch (node.type) {
      case 'pending': {
        const t = new vscode.TreeItem('Not checked yet');
        t.description = 'click to check';
        t.iconPath = new vscode.ThemeIcon('circle-outline');
        t.command = { command: 'poise.checkFile', title: 'Check This File', arguments: [uri] };
        return t;
      }
      case 'status': {
        const t = new vscode.TreeItem(node.ready ? 'Ready to send' : 'Not ready yet');
        t.id = 'status';
        const reasons: string[] = [];
        if (node.left) reasons.push(`${node.left} required ${node.left === 1 ? 'item' : 'items'} left`);
        if (node.errors) reasons.push(`${node.errors} ${node.errors === 1 ? 'error' : 'errors'}`);
        t.description = node.ready ? 'copy it as an email' : reasons.join(', ');
        t.iconPath = node.ready ? new vscode.ThemeIcon('pass-filled', new vscode.ThemeColor('testing.iconPassed')) : new vscode.ThemeIcon('circle-large-outline');
        t.tooltip = node.ready ? 'Every required item is done and there are no errors. Click to copy the letter as an email.' : `Before sending: ${reasons.join(', ')}.`;
        if (node.ready) t.command = { command: 'poise.copyAsEmail', title: 'Copy as Email', arguments: [uri] };
        t.contextValue = node.ready ? 'poise.ready' : 'poise.notReady';
        return t;
      }
      case 'kind': {
        const t = new vscode.TreeItem(node.kind ? KIND_LABELS[node.kind] : 'Kind of letter: unknown');
        t.id = 'kind';
        t.description = node.kind ? (node.source === 'front-matter' ? 'from front matter' : 'guessed from the text') : 'click to choose';
        t.tooltip = 'The kind of letter decides the checklist. Click to set it (writes `kind:` into the front matter).';
        t.iconPath = new vscode.ThemeIcon('tag');
        t.command = { command: 'poise.setKind', title: 'Set Letter Kind…', arguments: [uri] };
        t.contextValue = 'poise.kind';
        return t;
      }
      case 'item': {
        const { item } = node;
        const t = new vscode.TreeItem(item.label);
        t.id = `item:${item.id}`;
        t.checkboxState = item.checked ? vscode.TreeItemCheckboxState.Checked : vscode.TreeItemCheckboxState.Unchecked;
        const notes: string[] = [];
        if (item.manual === true) notes.push('ticked by hand');
        if (item.manual === false) notes.push('unticked by hand');
        if (!item.checked && item.state === 'optional') notes.push('optional');
        t.description = notes.join(', ');
        const tooltip = new vscode.MarkdownString(`**${item.label}**${item.required ? '' : ' (optional)'}\n\n${item.hint}`);
        if (item.manual !== undefined) tooltip.appendMarkdown(`\n\nSet by hand; Poise: ${item.state}.`);
        t.tooltip = tooltip;
        t.contextValue = `poise.item.${item.checked ? 'done' : 'open'}`;
        if (item.range || item.problem) {
          t.command = { command: 'poise.checklist.reveal', title: 'Show in Draft', arguments: [uri, item.id] };
        } else if (item.snippet && !item.checked) {
          t.command = { command: 'poise.checklist.insert', title: 'Insert Suggested Text', arguments: [uri, item.id] };
        }
        return t;
      }
    }
  }

  /** A manual tick or untick from the view's checkboxes. */
  async onCheckboxes(changes: readonly (readonly [ChecklistNode, vscode.TreeItemCheckboxState])[]): Promise<void> {
    const document = this.current;
    if (!document) return;
    const items = new Map(this.items(document).map((i) => [i.id, i]));
    for (const [node, state] of changes) {
      if (node.type !== 'item') continue;
      const item = items.get(node.item.id);
      if (!item) continue;
      const ticked = state === vscode.TreeItemCheckboxState.Checked;
      // Back to what Poise found: no override needed.
      await this.ticks.set(document.uri, item.id, ticked === (item.state === 'done') ? undefined : ticked);
    }
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

// ---------------------------------------------------------------------------------------------
// Commands

async function documentFor(uri: vscode.Uri | string | undefined, provider: ChecklistProvider): Promise<vscode.TextDocument | undefined> {
  if (uri) {
    const u = typeof uri === 'string' ? vscode.Uri.parse(uri) : uri;
    return vscode.workspace.textDocuments.find((d) => d.uri.toString() === u.toString()) ?? vscode.workspace.openTextDocument(u);
  }
  const active = vscode.window.activeTextEditor?.document;
  return active?.languageId === 'markdown' ? active : provider.document;
}

async function editorFor(document: vscode.TextDocument): Promise<vscode.TextEditor> {
  const visible = vscode.window.visibleTextEditors.find((e) => e.document === document);
  return vscode.window.showTextDocument(document, { viewColumn: visible?.viewColumn, preserveFocus: false });
}

function snippetBody(item: ChecklistItem, meta: Record<string, unknown>): string | undefined {
  const template = item.snippet ? templateById(item.snippet) : undefined;
  if (!template) return undefined;
  const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
  const values = { to: str(meta['to']), company: str(meta['company']), role: str(meta['role']) };
  // The placement adds the paragraph breaks; the body's own trailing ones and final stop go.
  return fillTemplate(template, Object.fromEntries(Object.entries(values).filter(([, v]) => v))).replace(/\s*\$0\s*$/, '').replace(/\s+$/, '');
}

/** Shows the sentence that satisfies an item (or, for a tone or placeholder item, the first problem). */
export async function revealItem(provider: ChecklistProvider, uri?: vscode.Uri | string, id?: string): Promise<boolean> {
  const document = await documentFor(uri, provider);
  if (!document) return false;
  const item = provider.items(document).find((i) => i.id === id);
  const range = item?.range ?? item?.problem;
  if (!range) return false;
  const editor = await editorFor(document);
  const selection = new vscode.Range(document.positionAt(range.offset), document.positionAt(range.endOffset));
  editor.selection = new vscode.Selection(selection.start, selection.end);
  editor.revealRange(selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return true;
}

/**
 * Offers to insert the building block for a missing item at a sensible place (a greeting at the
 * top, a feedback ask before the sign-off, a sign-off at the end) as a live snippet. With
 * `{ confirm: false }` it inserts without asking. Resolves true when it inserted.
 */
export async function insertItem(provider: ChecklistProvider, uri?: vscode.Uri | string, id?: string, options: { confirm?: boolean } = {}): Promise<boolean> {
  const document = await documentFor(uri, provider);
  if (!document) return false;
  const result = provider.result(document);
  const item = provider.items(document).find((i) => i.id === id);
  if (!item || !result) return false;
  const body = snippetBody(item, result.meta);
  if (!body) {
    void vscode.window.showInformationMessage(`Poise: ${item.hint}`);
    return false;
  }
  const text = document.getText();
  const place = placementFor(text, item.id);
  if (options.confirm !== false) {
    const choice = await vscode.window.showInformationMessage(`Insert a suggested “${item.label.replace(/ \(optional\)$/, '').toLowerCase()}” line ${place.where}?`, 'Insert', 'Tick by Hand');
    if (choice === 'Tick by Hand') {
      await provider.ticks.set(document.uri, item.id, true);
      return false;
    }
    if (choice !== 'Insert') return false;
  }
  const editor = await editorFor(document);
  const esc = (s: string) => s.replace(/[$}\\]/g, '\\$&');
  // When the name is already there, only the closing line goes in, above it.
  const text2 = place.closingOnly ? body.split('\n')[0]! : body;
  const snippet = new vscode.SnippetString(`${esc(place.prefix)}${text2}$0${esc(place.suffix)}`);
  return editor.insertSnippet(snippet, document.positionAt(place.offset));
}

/** Quick pick of letter kinds; writes `kind:` into the front matter (creating it if needed) as one edit. */
export async function setKind(provider: ChecklistProvider, uri?: vscode.Uri | string, kind?: string): Promise<boolean> {
  const document = await documentFor(uri, provider);
  if (!document) return false;
  const current = provider.result(document)?.kind ?? null;
  let chosen = kind && (LETTER_KINDS as readonly string[]).includes(kind) ? (kind as LetterKind) : undefined;
  if (!chosen) {
    const picked = await vscode.window.showQuickPick(
      LETTER_KINDS.map((k) => ({ label: KIND_LABELS[k], description: k === current ? `${k} (current)` : k, letterKind: k, picked: k === current })),
      { title: 'Poise: Set Letter Kind', placeHolder: 'What kind of letter is this? (writes kind: into the front matter)' },
    );
    chosen = picked?.letterKind;
  }
  if (!chosen) return false;
  const e = setKindEdit(document.getText(), chosen);
  const edit = new vscode.WorkspaceEdit();
  edit.replace(document.uri, new vscode.Range(document.positionAt(e.offset), document.positionAt(e.endOffset)), e.newText);
  return vscode.workspace.applyEdit(edit);
}

/** Copies the letter as a plain-text email; offers the HTML version from the notification. */
export async function copyAsEmail(provider: ChecklistProvider, uri?: vscode.Uri | string): Promise<{ text: string; html: string } | undefined> {
  const document = await documentFor(uri, provider);
  if (!document) return undefined;
  const email = toEmail(document.getText());
  await vscode.env.clipboard.writeText(email.text);
  const progress = provider.progress(document);
  const note = progress && !progress.ready ? ` It is not ready yet: ${progress.total - progress.done} required checklist ${progress.total - progress.done === 1 ? 'item' : 'items'} open.` : '';
  // Not awaited: the command finishes when the text is on the clipboard.
  void vscode.window.showInformationMessage(`Poise: copied the letter as plain text (no front matter, comments or quoted thread).${note}`, 'Copy as HTML').then(async (choice) => {
    if (choice === 'Copy as HTML') await vscode.env.clipboard.writeText(email.html);
  });
  return email;
}

// Progress for other features in this extension (the status bar): required items done, manual
// ticks included, and whether the draft is ready to send. Fed by the registered view's provider.
const progressEmitter = new vscode.EventEmitter<ChecklistProgress>();
/** Fires when the active draft's checklist progress (manual ticks included) may have changed. */
export const onDidChangeChecklistProgress: vscode.Event<ChecklistProgress> = progressEmitter.event;
let registered: ChecklistProvider | undefined;
/** The checklist progress of a document as the view shows it (manual ticks included), if known. */
export function checklistProgressOf(document: vscode.TextDocument): ChecklistProgress | undefined {
  return registered?.progress(document);
}

/** What the integration tests reach through the hidden command `poise.checklist.testApi`. */
export interface ChecklistTestApi {
  provider: ChecklistProvider;
  view: vscode.TreeView<ChecklistNode>;
  /** A new provider over the same workspaceState, as after a reload of the extension. */
  createProvider(): ChecklistProvider;
}

/** Registers the view, its commands and the manual-tick store. */
export function registerChecklistView(poise: Pick<PoiseContext, 'extension' | 'analysis'>): vscode.Disposable[] {
  const ticks = new ManualTicks(poise.extension.workspaceState);
  const provider = new ChecklistProvider(poise.analysis, ticks);
  const view = vscode.window.createTreeView(VIEW_ID, { treeDataProvider: provider, manageCheckboxStateManually: true, showCollapseAll: false });
  registered = provider;
  const title = () => {
    const p = provider.progress();
    // The title carries the progress: with one view in the container, VS Code shows the title only.
    view.title = p ? `Reply Checklist ${p.done}/${p.total}` : 'Reply Checklist';
    view.description = p ? `${p.done}/${p.total}${p.ready ? ' · ready to send' : ''}` : undefined;
  };
  title();
  const extra: vscode.Disposable[] = [];
  const api: ChecklistTestApi = {
    provider,
    view,
    createProvider: () => {
      const p = new ChecklistProvider(poise.analysis, new ManualTicks(poise.extension.workspaceState));
      extra.push(p);
      return p;
    },
  };
  return [
    ticks,
    provider,
    view,
    { dispose: () => extra.forEach((d) => d.dispose()) },
    provider.onDidChangeTreeData(title),
    provider.onDidChangeProgress((p) => progressEmitter.fire(p)),
    { dispose: () => (registered === provider ? (registered = undefined) : undefined) },
    view.onDidChangeCheckboxState((e) => void provider.onCheckboxes(e.items)),
    vscode.commands.registerCommand('poise.checklist.reveal', (uri?: vscode.Uri | string, id?: string) => revealItem(provider, uri, id)),
    vscode.commands.registerCommand('poise.checklist.insert', (uri?: vscode.Uri | string, id?: string, options?: { confirm?: boolean }) => insertItem(provider, uri, id, options)),
    vscode.commands.registerCommand('poise.checklist.resetManual', async (uri?: vscode.Uri | string) => {
      const document = await documentFor(uri, provider);
      if (document) await ticks.reset(document.uri);
    }),
    vscode.commands.registerCommand('poise.setKind', (uri?: vscode.Uri | string, kind?: string) => setKind(provider, uri, kind)),
    vscode.commands.registerCommand('poise.copyAsEmail', (uri?: vscode.Uri | string) => copyAsEmail(provider, uri)),
    vscode.commands.registerCommand('poise.checklist.testApi', () => api),
  ];
}
