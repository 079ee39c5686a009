import type { ProseDoc } from './prose';
import { LineIndex } from './location';
import { knownRuleNames } from './config';
import type { ConfigProblem, PoiseMessage } from './types';

/**
 * Ignore comments, with markdownlint's semantics:
 *
 * - `<!-- poise-disable RULE… -->` turns the named rules (ids or categories; none = all) off from
 *   the comment on, `<!-- poise-enable RULE… -->` turns them back on. The last matching comment
 *   before a message decides.
 * - `<!-- poise-disable-next-line RULE… -->` silences messages that start on the line right after
 *   the comment's last line; `<!-- poise-disable-line RULE… -->` those on the comment's own line.
 *
 * Names may be separated by spaces or commas; ` -- why` at the end is a free-text reason.
 * Only comments in the writer's part of the document count (not in code, quotes or a quoted
 * thread): `ProseDoc.comments` already leaves those out. Hand-written rather than
 * remark-message-control, which has no "next line" and knows rule ids only, not categories.
 */

export type DirectiveKind = 'disable' | 'enable' | 'disable-next-line' | 'disable-line';

export interface Directive {
  kind: DirectiveKind;
  /** Rule ids or categories; empty = every rule. */
  names: string[];
}

const DIRECTIVE = /^poise-(disable-next-line|disable-line|disable|enable)(?:\s+([\s\S]*))?$/;

/** Reads an HTML comment's inner text (without `<!--`/`-->`) as a Poise directive, or null. */
export function parseDirective(comment: string): Directive | null {
  const m = DIRECTIVE.exec(comment.trim());
  if (!m) return null;
  const list = (m[2] ?? '').split(/\s--\s|^--\s|^--$/)[0]!;
  return { kind: m[1] as DirectiveKind, names: list.split(/[\s,]+/).filter(Boolean) };
}

interface Placed extends Directive {
  offset: number;
  endOffset: number;
  line: number;
  endLine: number;
}

function matches(d: Directive, m: PoiseMessage): boolean {
  return d.names.length === 0 || d.names.includes(m.ruleId) || d.names.includes(m.category);
}

/**
 * Drops the messages silenced by ignore comments. Comments naming no known rule or category are
 * reported in `problems` (when given) and otherwise have no effect on those names.
 */
export function applySuppressions(messages: PoiseMessage[], doc: ProseDoc, problems?: ConfigProblem[]): PoiseMessage[] {
  if (doc.comments.length === 0) return messages;
  let lines: LineIndex | null = null;
  let known: ReadonlySet<string> | null = null;
  const directives: Placed[] = [];
  for (const c of doc.comments) {
    const d = parseDirective(c.value);
    if (!d) continue;
    lines ??= new LineIndex(doc.source);
    const line = lines.point(c.offset).line;
    const endLine = lines.point(c.endOffset).line;
    if (problems) {
      known ??= knownRuleNames();
      for (const name of d.names) {
        if (!known.has(name)) {
          problems.push({
            source: 'ignore comment',
            key: name,
            message: `Line ${line}: "poise-${d.kind} ${d.names.join(' ')}" names "${name}", which is not a Poise rule id or category; it has no effect.`,
          });
        }
      }
    }
    directives.push({ ...d, offset: c.offset, endOffset: c.endOffset, line, endLine });
  }
  if (directives.length === 0) return messages;
  directives.sort((a, b) => a.offset - b.offset);

  return messages.filter((m) => {
    let disabled = false;
    for (const d of directives) {
      if (d.kind === 'disable-next-line') {
        if (m.line === d.endLine + 1 && matches(d, m)) return false;
        continue;
      }
      if (d.kind === 'disable-line') {
        if (m.line >= d.line && m.line <= d.endLine && matches(d, m)) return false;
        continue;
      }
      // Range directives take effect after the comment (disable) or at it (enable).
      if ((d.kind === 'disable' ? d.endOffset : d.offset) > m.offset) continue;
      if (matches(d, m)) disabled = d.kind === 'disable';
    }
    return !disabled;
  });
}
