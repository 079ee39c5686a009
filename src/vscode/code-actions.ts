import * as vscode from 'vscode';
import type { PoiseMessage } from '../core/types';
import { isCurrent, type DiagnosticsPublisher, type Flag } from './diagnostics';

export const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append('poise');

/** Internal commands behind the code actions (they re-check the text when applied). */
export const APPLY_FIX = 'poise.applyFix';
export const ALLOW_PHRASE = 'poise.allowPhrase';
export const TURN_OFF_RULE = 'poise.turnOffRule';
export const FIX_ALL = 'poise.fixAll';

export interface FixArgs {
  uri: vscode.Uri;
  range: vscode.Range;
  actual: string;
  replacement: string;
}

function short(text: string, max = 40): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > max ? `${oneLine.slice(0, max - 1)}…` : oneLine;
}

function wants(only: vscode.CodeActionKind | undefined, kind: vscode.CodeActionKind): boolean {
  return only ? only.contains(kind) : kind.value === vscode.CodeActionKind.QuickFix.value;
}

/**
 * Quick fixes for Poise diagnostics (one per suggested rewrite, "Ignore here", "Always allow",
 * "Turn off RULE") and the `source.fixAll.poise` action. Fixes are offered only while the text at
 * the range is still what was flagged, and applied through a command that checks again.
 */
export class PoiseCodeActionProvider implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = {
    providedCodeActionKinds: [vscode.CodeActionKind.QuickFix, FIX_ALL_KIND],
  };

  constructor(private readonly diagnostics: DiagnosticsPublisher) {}

  provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const actions: vscode.CodeAction[] = [];
    if (wants(context.only, vscode.CodeActionKind.QuickFix)) {
      const fixes: vscode.CodeAction[] = [];
      const ignores: vscode.CodeAction[] = [];
      const settings: vscode.CodeAction[] = [];
      const seen = new Set<string>();
      for (const diagnostic of context.diagnostics) {
        const message = this.diagnostics.messageFor(document.uri, diagnostic);
        if (!message) continue;
        const current = isCurrent(document, diagnostic.range, message);
        if (current) {
          for (const replacement of message.expected) fixes.push(fixAction(document, diagnostic, message, replacement));
          ignores.push(ignoreAction(document, diagnostic, message));
        }
        const allowKey = `allow\u0000${message.actual.toLowerCase()}`;
        if (message.actual.trim() && !seen.has(allowKey)) {
          seen.add(allowKey);
          const allow = new vscode.CodeAction(`Always allow "${short(message.actual)}"`, vscode.CodeActionKind.QuickFix);
          allow.diagnostics = [diagnostic];
          allow.command = { command: ALLOW_PHRASE, title: allow.title, arguments: [message.actual, document.uri] };
          settings.push(allow);
        }
        const ruleKey = `rule\u0000${message.ruleId}`;
        if (!seen.has(ruleKey)) {
          seen.add(ruleKey);
          const off = new vscode.CodeAction(`Turn off "${message.ruleId}" in this workspace`, vscode.CodeActionKind.QuickFix);
          off.diagnostics = [diagnostic];
          off.command = { command: TURN_OFF_RULE, title: off.title, arguments: [message.ruleId, document.uri] };
          settings.push(off);
        }
      }
      actions.push(...fixes, ...ignores, ...settings);
    }
    if (context.only && wants(context.only, FIX_ALL_KIND) && unambiguousFixes(document, this.diagnostics.flagsFor(document.uri)).length) {
      const fixAll = new vscode.CodeAction('Poise: Apply all unambiguous fixes', FIX_ALL_KIND);
      fixAll.command = { command: FIX_ALL, title: fixAll.title, arguments: [document.uri, { quiet: true }] };
      actions.push(fixAll);
    }
    return actions;
  }
}

function fixAction(document: vscode.TextDocument, diagnostic: vscode.Diagnostic, message: PoiseMessage, replacement: string): vscode.CodeAction {
  const title = replacement === '' ? `Remove "${short(message.actual)}"` : `Change to "${short(replacement, 60)}"`;
  const action = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
  action.diagnostics = [diagnostic];
  action.isPreferred = message.expected.length === 1;
  const args: FixArgs = { uri: document.uri, range: diagnostic.range, actual: message.actual, replacement };
  action.command = { command: APPLY_FIX, title, arguments: [args] };
  return action;
}

function ignoreAction(document: vscode.TextDocument, diagnostic: vscode.Diagnostic, message: PoiseMessage): vscode.CodeAction {
  const action = new vscode.CodeAction(`Ignore "${message.ruleId}" here`, vscode.CodeActionKind.QuickFix);
  action.diagnostics = [diagnostic];
  const line = document.lineAt(diagnostic.range.start.line);
  const indent = line.text.slice(0, line.firstNonWhitespaceCharacterIndex);
  const eol = document.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n';
  const edit = new vscode.WorkspaceEdit();
  edit.insert(document.uri, line.range.start, `${indent}<!-- poise-disable-next-line ${message.ruleId} -->${eol}`);
  action.edit = edit;
  return action;
}

/** Fixes with exactly one rewrite whose text is still current, without overlaps, in document order. */
export function unambiguousFixes(document: vscode.TextDocument, flags: readonly Flag[]): Array<{ range: vscode.Range; replacement: string }> {
  const candidates = flags
    .filter((f) => f.message.expected.length === 1 && isCurrent(document, f.diagnostic.range, f.message))
    .sort((a, b) => a.diagnostic.range.start.compareTo(b.diagnostic.range.start));
  const out: Array<{ range: vscode.Range; replacement: string }> = [];
  let end: vscode.Position | undefined;
  for (const f of candidates) {
    if (end && f.diagnostic.range.start.isBefore(end)) continue;
    out.push({ range: f.diagnostic.range, replacement: f.message.expected[0]! });
    end = f.diagnostic.range.end;
  }
  return out;
}

/** Applies one fix if the text at its range is still the flagged text; one undo step. */
export async function applyFix(args: FixArgs): Promise<boolean> {
  const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === args.uri.toString());
  if (!document || document.validateRange(args.range).isEqual(args.range) === false || document.getText(args.range) !== args.actual) {
    void vscode.window.showInformationMessage('Poise: the text changed since it was checked, so the fix was not applied.');
    return false;
  }
  const edit = new vscode.WorkspaceEdit();
  edit.replace(document.uri, args.range, args.replacement);
  return vscode.workspace.applyEdit(edit);
}

/** Applies every unambiguous fix in the document as one edit (one undo step). Returns how many. */
export async function fixAll(diagnostics: DiagnosticsPublisher, uri: vscode.Uri | undefined, quiet = false): Promise<number> {
  const document = uri
    ? vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString())
    : vscode.window.activeTextEditor?.document;
  if (!document) return 0;
  const fixes = unambiguousFixes(document, diagnostics.flagsFor(document.uri));
  if (!fixes.length) {
    if (!quiet) void vscode.window.showInformationMessage('Poise: no unambiguous fixes to apply.');
    return 0;
  }
  const edit = new vscode.WorkspaceEdit();
  for (const f of fixes) edit.replace(document.uri, f.range, f.replacement);
  return (await vscode.workspace.applyEdit(edit)) ? fixes.length : 0;
}

function settingsTarget(): vscode.ConfigurationTarget {
  return vscode.workspace.workspaceFolders?.length ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
}

/** Adds a phrase to `poise.allow` in the workspace settings. */
export async function allowPhrase(phrase: string, scope?: vscode.Uri): Promise<void> {
  const config = vscode.workspace.getConfiguration('poise', scope);
  const target = settingsTarget();
  const inspected = config.inspect<unknown>('allow');
  const before = target === vscode.ConfigurationTarget.Workspace ? inspected?.workspaceValue : inspected?.globalValue;
  const list = Array.isArray(before) ? before.filter((v): v is string => typeof v === 'string') : [];
  if (list.some((v) => v.toLowerCase() === phrase.toLowerCase())) return;
  await config.update('allow', [...list, phrase], target);
}

/** Sets `poise.rules[ruleId]` to "off" in the workspace settings. */
export async function turnOffRule(ruleId: string, scope?: vscode.Uri): Promise<void> {
  const config = vscode.workspace.getConfiguration('poise', scope);
  const target = settingsTarget();
  const inspected = config.inspect<unknown>('rules');
  const before = target === vscode.ConfigurationTarget.Workspace ? inspected?.workspaceValue : inspected?.globalValue;
  const rules = before && typeof before === 'object' && !Array.isArray(before) ? { ...(before as Record<string, unknown>) } : {};
  rules[ruleId] = 'off';
  await config.update('rules', rules, target);
}

export function registerCodeActions(diagnostics: DiagnosticsPublisher): vscode.Disposable[] {
  return [
    vscode.languages.registerCodeActionsProvider({ language: 'markdown' }, new PoiseCodeActionProvider(diagnostics), PoiseCodeActionProvider.metadata),
    vscode.commands.registerCommand(APPLY_FIX, (args: FixArgs) => applyFix(args)),
    vscode.commands.registerCommand(FIX_ALL, (uri?: vscode.Uri, opts?: { quiet?: boolean }) =>
      fixAll(diagnostics, uri instanceof vscode.Uri ? uri : undefined, opts?.quiet === true),
    ),
    vscode.commands.registerCommand(ALLOW_PHRASE, (phrase: string, scope?: vscode.Uri) => allowPhrase(phrase, scope)),
    vscode.commands.registerCommand(TURN_OFF_RULE, (ruleId: string, scope?: vscode.Uri) => turnOffRule(ruleId, scope)),
  ];
}
