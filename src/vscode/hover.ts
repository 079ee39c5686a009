import * as vscode from 'vscode';
import type { PoiseMessage } from '../core/types';
import type { DiagnosticsPublisher } from './diagnostics';

/** "passive-aggressive" → "Passive-aggressive". */
export function categoryLabel(category: string): string {
  return category.charAt(0).toUpperCase() + category.slice(1);
}

/** Escapes Markdown syntax so text shows literally (unlike appendText, keeps spaces as spaces). */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>~]/g, '\\$&');
}

/** The hover for one message: category and reason, the note, the rewrites, a link to the rule. */
export function hoverMarkdown(m: PoiseMessage): vscode.MarkdownString {
  const md = new vscode.MarkdownString();
  md.appendMarkdown(`**${categoryLabel(m.category)}** · `);
  md.appendMarkdown(escapeMarkdown(m.reason));
  md.appendMarkdown('\n\n');
  md.appendMarkdown(m.note);
  if (m.expected.length) {
    md.appendMarkdown(m.expected.length === 1 ? '\n\n**Try instead:** ' : '\n\n**Try instead:**\n');
    if (m.expected.length === 1) {
      md.appendMarkdown('“');
      md.appendMarkdown(escapeMarkdown(m.expected[0]!));
      md.appendMarkdown('”');
    } else {
      for (const e of m.expected) {
        md.appendMarkdown('\n- “');
        md.appendMarkdown(escapeMarkdown(e));
        md.appendMarkdown('”');
      }
    }
  }
  md.appendMarkdown(`\n\n[Poise rule \`${m.ruleId}\`](${m.url})`);
  return md;
}

/** Shows what Poise flagged under the mouse: why it hurts and what to write instead. */
export class PoiseHoverProvider implements vscode.HoverProvider {
  constructor(private readonly diagnostics: DiagnosticsPublisher) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const flags = this.diagnostics.flagsAt(document, position);
    if (!flags.length) return undefined;
    let range = flags[0]!.diagnostic.range;
    for (const f of flags) range = range.union(f.diagnostic.range);
    return new vscode.Hover(
      flags.map((f) => hoverMarkdown(f.message)),
      range,
    );
  }
}
