/**
 * "Poise: New Reply…" (`poise.newReply`): pick a situation, get its template as a live snippet.
 *
 * Where the template goes:
 * - A full letter opens in a new untitled Markdown document, except when the active Markdown
 *   editor is empty: then it goes there. In a Markdown editor with text, each letter in the picker
 *   also has an "Insert at cursor" button (the letter then comes without its front matter when the
 *   draft already has some).
 * - A building block (greeting, sign-off, …) is inserted at the cursor of the active Markdown
 *   editor, or opens in a new document when there is none.
 *
 * When the active document quotes an email (a `>` block or an "On … wrote:" thread), the sender's
 * name, company and the role are pre-filled (core/quoted-sender.ts); the draft's own front matter
 * fills what the quote does not give.
 *
 * Arguments (for keybindings, other commands and tests), all optional:
 * `{ template: id, target: 'new' | 'cursor', values: { to, company, role }, onDidShowPicker(pick) }`.
 * With `template` no picker is shown. Returns the document written to, or undefined when cancelled.
 */
import * as vscode from 'vscode';
import type { PoiseContext } from './context';
import { findQuotedSender } from '../core/quoted-sender';
import { readFrontMatter } from '../core/frontmatter';
import { expandSnippet, withDefaults } from '../core/snippet-expand';
import {
  TEMPLATES, TEMPLATE_GROUPS, fillTemplate, snippetPrefix, templateById, templateSnippet,
  type ReplyTemplate, type TemplateField,
} from '../core/templates';

export type ReplyValues = Partial<Record<TemplateField, string>>;

export interface NewReplyArgs {
  template?: string;
  target?: 'new' | 'cursor';
  values?: ReplyValues;
  /** Called with the picker once it is shown (tests drive it through the real quick-input commands). */
  onDidShowPicker?: (pick: vscode.QuickPick<vscode.QuickPickItem>) => void;
}

interface TemplateItem extends vscode.QuickPickItem {
  template: ReplyTemplate;
}

const INSERT_BUTTON: vscode.QuickInputButton = { iconPath: new vscode.ThemeIcon('insert'), tooltip: 'Insert at cursor' };

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)\s*(?:\r?\n|$)/;

/** Recipient, company and role from the quoted email, then from the draft's front matter. */
export function valuesFrom(document: vscode.TextDocument | undefined): ReplyValues {
  if (!document) return {};
  const text = document.getText();
  const sender = findQuotedSender(text);
  const values: ReplyValues = {};
  if (sender.name) values.to = sender.name;
  if (sender.company) values.company = sender.company;
  if (sender.role) values.role = sender.role;
  const fm = FRONT_MATTER.exec(text);
  if (fm) {
    const data = readFrontMatter(fm[1]!).data;
    for (const key of ['to', 'company', 'role'] as const) {
      const v = data[key];
      if (!values[key] && typeof v === 'string' && v.trim()) values[key] = v.trim();
    }
  }
  return values;
}

/** The snippet for insertion into a draft that already has front matter: the letter without its own. */
function withoutFrontMatter(t: ReplyTemplate, values: ReplyValues): string {
  const body = templateSnippet(t);
  const fm = /^---\n[\s\S]*?\n---\n\n?/.exec(body);
  if (!fm) return fillTemplate(t, values);
  // The front matter held the defaults of to/company/role: move them to their first use in the text.
  const { text, tabstops } = expandSnippet(body);
  const defaults: Record<number, string> = {};
  for (const field of ['to', 'company', 'role'] as const) {
    const stop = t.fields[field];
    if (stop === undefined) continue;
    const first = tabstops.find((s) => s.index === stop);
    const value = values[field]?.trim() || (first ? text.slice(first.offset, first.endOffset) : '');
    if (value) defaults[stop] = value;
  }
  return withDefaults(body.slice(fm[0].length), defaults);
}

function isEmpty(document: vscode.TextDocument): boolean {
  return document.getText().trim() === '';
}

async function insertInto(editor: vscode.TextEditor, snippet: string): Promise<vscode.TextDocument> {
  const ok = await editor.insertSnippet(new vscode.SnippetString(snippet));
  if (!ok) throw new Error('Poise: the template could not be inserted.');
  return editor.document;
}

async function write(t: ReplyTemplate, target: 'new' | 'cursor', values: ReplyValues): Promise<vscode.TextDocument> {
  const active = vscode.window.activeTextEditor;
  if (target === 'cursor' && active && active.document.languageId === 'markdown') {
    const hasFrontMatter = FRONT_MATTER.test(active.document.getText());
    const atTop = active.selection.active.line === 0 && active.selection.active.character === 0;
    const snippet = t.kind && (hasFrontMatter || !atTop) ? withoutFrontMatter(t, values) : fillTemplate(t, values);
    return insertInto(active, snippet);
  }
  const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: '' });
  const editor = await vscode.window.showTextDocument(document);
  return insertInto(editor, fillTemplate(t, values));
}

function defaultTarget(t: ReplyTemplate): 'new' | 'cursor' {
  const active = vscode.window.activeTextEditor;
  if (!active || active.document.languageId !== 'markdown') return 'new';
  if (!t.kind) return 'cursor';
  return isEmpty(active.document) ? 'cursor' : 'new';
}

function describeValues(values: ReplyValues): string {
  const parts = [values.to && `to ${values.to}`, values.company && `at ${values.company}`, values.role && `(${values.role})`].filter(Boolean);
  return parts.length ? ` — ${parts.join(' ')}` : '';
}

/** Shows the picker; resolves with the template and where it goes, or undefined when dismissed. */
function pick(values: ReplyValues, args: NewReplyArgs): Promise<{ template: ReplyTemplate; target: 'new' | 'cursor' } | undefined> {
  const active = vscode.window.activeTextEditor;
  const canInsert = !!active && active.document.languageId === 'markdown' && !isEmpty(active.document);
  const items: (TemplateItem | vscode.QuickPickItem)[] = [];
  for (const group of TEMPLATE_GROUPS) {
    items.push({ label: group, kind: vscode.QuickPickItemKind.Separator });
    for (const t of TEMPLATES.filter((x) => x.group === group)) {
      const item: TemplateItem = { label: t.label, description: snippetPrefix(t), detail: t.description, template: t };
      if (canInsert && t.kind) item.buttons = [INSERT_BUTTON];
      items.push(item);
    }
  }
  const qp = vscode.window.createQuickPick<vscode.QuickPickItem>();
  qp.title = `New Reply${describeValues(values)}`;
  qp.placeholder = canInsert
    ? 'Pick a situation (Enter: new draft; the insert button: at the cursor)'
    : 'Choose the situation you are replying to';
  qp.matchOnDescription = true;
  qp.matchOnDetail = true;
  qp.items = items;
  return new Promise((resolve) => {
    let settled = false;
    const finish = (result: { template: ReplyTemplate; target: 'new' | 'cursor' } | undefined) => {
      if (settled) return;
      settled = true;
      resolve(result);
      qp.hide();
    };
    qp.onDidAccept(() => {
      const item = qp.selectedItems[0] ?? qp.activeItems[0];
      if (item && 'template' in item) finish({ template: (item as TemplateItem).template, target: defaultTarget((item as TemplateItem).template) });
    });
    qp.onDidTriggerItemButton((e) => {
      if ('template' in e.item) finish({ template: (e.item as TemplateItem).template, target: 'cursor' });
    });
    qp.onDidHide(() => {
      finish(undefined);
      qp.dispose();
    });
    qp.show();
    args.onDidShowPicker?.(qp);
  });
}

export async function newReply(args: NewReplyArgs = {}): Promise<vscode.TextDocument | undefined> {
  const source = vscode.window.activeTextEditor?.document;
  const values = { ...valuesFrom(source), ...args.values };
  let chosen: { template: ReplyTemplate; target: 'new' | 'cursor' } | undefined;
  if (args.template) {
    const template = templateById(args.template);
    if (!template) throw new Error(`Poise: no reply template "${args.template}".`);
    chosen = { template, target: args.target ?? defaultTarget(template) };
  } else {
    chosen = await pick(values, args);
    if (chosen && args.target) chosen.target = args.target;
  }
  if (!chosen) return undefined;
  return write(chosen.template, chosen.target, values);
}

/** Registers `poise.newReply`. */
export function registerNewReply({ log }: PoiseContext): vscode.Disposable {
  return vscode.commands.registerCommand('poise.newReply', async (args?: NewReplyArgs) => {
    try {
      return await newReply(args && typeof args === 'object' && !(args instanceof vscode.Uri) ? args : {});
    } catch (e) {
      log.error('New Reply failed', e);
      void vscode.window.showErrorMessage((e as Error).message);
      return undefined;
    }
  });
}
