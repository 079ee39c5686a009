/**
 * VS Code snippet syntax (the TextMate dialect VS Code uses in `.code-snippets` and `SnippetString`):
 * a parser, an expander that produces the text a user gets after tabbing through every stop without
 * typing, and a serializer (used to pre-fill defaults). Editor-free, so unit tests and the CLI can
 * expand snippets exactly as the editor would.
 *
 * Semantics follow VS Code's snippet engine:
 * - `$1`, `${1}`, `${1:default}` (defaults nest), `${1|a,b|}` (first choice), `$0` (final stop, empty).
 * - The first occurrence of an index that has a default gives the text of every other occurrence
 *   (mirrors), including mirrors of a choice.
 * - Variables `$NAME`, `${NAME}`, `${NAME:default}`, `${NAME/regex/format/flags}`: a known variable
 *   that resolves to a value is replaced by it; one that resolves to nothing (e.g. an empty
 *   selection) keeps its default; an unknown variable becomes a placeholder showing its default, or
 *   its own name when it has none.
 * - Escapes: `\$`, `\}` and `\\` in text and defaults; `\,`, `\|` and `\\` inside choices. Any other
 *   backslash, a lone `$`, and an unmatched `}` are literal text.
 * - Transforms `${1/regex/format/flags}`: applied to a placeholder's text when the user tabs past it,
 *   so the expansion applies them (format: `$1`, `${1}`, `${1:/upcase}` … `${1:+if}`, `${1:-else}`,
 *   `${1:?if:else}`, `${1:else}`).
 */

export type SnippetNode = TextNode | PlaceholderNode | ChoiceNode | VariableNode;

export interface TextNode {
  type: 'text';
  value: string;
}
export interface PlaceholderNode {
  type: 'placeholder';
  index: number;
  /** Default content (empty for a bare `$1`). */
  children: SnippetNode[];
  transform?: Transform;
}
export interface ChoiceNode {
  type: 'choice';
  index: number;
  options: string[];
}
export interface VariableNode {
  type: 'variable';
  name: string;
  children: SnippetNode[];
  transform?: Transform;
  /** Whether it was written `${…}` (for serialising). */
  braced: boolean;
}

export interface Transform {
  regex: string;
  flags: string;
  format: FormatPart[];
}
export type FormatPart =
  | { type: 'text'; value: string }
  | { type: 'group'; index: number; shorthand?: string; ifValue?: string; elseValue?: string };

// ---------------------------------------------------------------------------------------------
// Scanner: the same token classes as VS Code's snippet scanner.

type Tok =
  | 'dollar' | 'colon' | 'comma' | 'curlyOpen' | 'curlyClose' | 'backslash' | 'slash' | 'pipe'
  | 'plus' | 'dash' | 'question' | 'int' | 'name' | 'other' | 'eof';

interface Token {
  type: Tok;
  pos: number;
  len: number;
}

const SINGLE: Record<string, Tok> = {
  $: 'dollar', ':': 'colon', ',': 'comma', '{': 'curlyOpen', '}': 'curlyClose', '\\': 'backslash',
  '/': 'slash', '|': 'pipe', '+': 'plus', '-': 'dash', '?': 'question',
};

class Scanner {
  pos = 0;
  constructor(readonly src: string) {}
  next(): Token {
    const { src } = this;
    const pos = this.pos;
    if (pos >= src.length) return { type: 'eof', pos, len: 0 };
    const ch = src[pos]!;
    const single = SINGLE[ch];
    if (single) {
      this.pos++;
      return { type: single, pos, len: 1 };
    }
    let end = pos;
    let type: Tok;
    if (/[0-9]/.test(ch)) {
      while (end < src.length && /[0-9]/.test(src[end]!)) end++;
      type = 'int';
    } else if (/[_a-zA-Z]/.test(ch)) {
      while (end < src.length && /[_a-zA-Z0-9]/.test(src[end]!)) end++;
      type = 'name';
    } else {
      while (end < src.length && !SINGLE[src[end]!] && !/[0-9_a-zA-Z]/.test(src[end]!)) end++;
      type = 'other';
    }
    this.pos = end;
    return { type, pos, len: end - pos };
  }
  text(t: Token): string {
    return this.src.slice(t.pos, t.pos + t.len);
  }
}

// ---------------------------------------------------------------------------------------------
// Parser

class Parser {
  private readonly scanner: Scanner;
  private tok: Token;

  constructor(src: string) {
    this.scanner = new Scanner(src);
    this.tok = this.scanner.next();
  }

  parseAll(): SnippetNode[] {
    const out: SnippetNode[] = [];
    while (this.parse(out)) {
      /* keep going */
    }
    return mergeText(out);
  }

  private accept(type?: Tok): string | false {
    if (type === undefined || this.tok.type === type) {
      if (this.tok.type === 'eof') return false;
      const text = this.scanner.text(this.tok);
      this.tok = this.scanner.next();
      return text;
    }
    return false;
  }

  private backTo(t: Token): false {
    this.scanner.pos = t.pos + t.len;
    this.tok = t;
    return false;
  }

  /** Reads raw text up to a token of `type` (honouring `\$ \} \\`); consumes the terminator. */
  private until(type: Tok): string | false {
    const start = this.tok;
    while (this.tok.type !== type) {
      if (this.tok.type === 'eof') return false;
      if (this.tok.type === 'backslash') {
        const n = this.scanner.next();
        if (n.type !== 'dollar' && n.type !== 'curlyClose' && n.type !== 'backslash') return false;
      }
      this.tok = this.scanner.next();
    }
    const value = this.scanner.src.slice(start.pos, this.tok.pos).replace(/\\([$}\\])/g, '$1');
    this.tok = this.scanner.next();
    return value;
  }

  private parse(into: SnippetNode[]): boolean {
    return this.parseEscaped(into) || this.parseShort(into) || this.parseComplexPlaceholder(into) ||
      this.parseComplexVariable(into) || this.parseAnything(into);
  }

  private parseEscaped(into: SnippetNode[]): boolean {
    const bs = this.accept('backslash');
    if (bs === false) return false;
    const v = this.accept('dollar') || this.accept('curlyClose') || this.accept('backslash') || bs;
    into.push({ type: 'text', value: v });
    return true;
  }

  /** `$1` or `$NAME`. */
  private parseShort(into: SnippetNode[]): boolean {
    const t = this.tok;
    if (!this.accept('dollar')) return false;
    const value = this.accept('name') || this.accept('int');
    if (value === false) return this.backTo(t);
    into.push(/^\d+$/.test(value)
      ? { type: 'placeholder', index: Number(value), children: [] }
      : { type: 'variable', name: value, children: [], braced: false });
    return true;
  }

  /** `${1}`, `${1:…}`, `${1|a,b|}`, `${1/re/fmt/flags}`. */
  private parseComplexPlaceholder(into: SnippetNode[]): boolean {
    const t = this.tok;
    let index: string | false = false;
    if (!(this.accept('dollar') && this.accept('curlyOpen') && (index = this.accept('int')) !== false)) return this.backTo(t);
    const n = Number(index);
    const node: PlaceholderNode = { type: 'placeholder', index: n, children: [] };
    if (this.accept('colon')) {
      for (;;) {
        if (this.accept('curlyClose')) {
          node.children = mergeText(node.children);
          into.push(node);
          return true;
        }
        if (this.parse(node.children)) continue;
        // Unterminated: the opening is plain text, the content stays.
        into.push({ type: 'text', value: '${' + index + ':' }, ...node.children);
        return true;
      }
    }
    if (n > 0 && this.accept('pipe')) {
      const options: string[] = [];
      for (;;) {
        const opt = this.parseChoiceOption();
        if (opt !== false) {
          options.push(opt);
          if (this.accept('comma')) continue;
          if (this.accept('pipe') && this.accept('curlyClose')) {
            into.push({ type: 'choice', index: n, options });
            return true;
          }
        }
        return this.backTo(t);
      }
    }
    return this.finishBraced(node, into, t);
  }

  /** The end of `${1…}` or `${NAME…}`: a `/re/fmt/flags}` transform or a plain `}`; else no match. */
  private finishBraced(node: PlaceholderNode | VariableNode, into: SnippetNode[], t: Token): boolean {
    if (this.accept('slash')) {
      const tr = this.parseTransform();
      if (!tr) return this.backTo(t);
      node.transform = tr;
      into.push(node);
      return true;
    }
    if (this.accept('curlyClose')) {
      into.push(node);
      return true;
    }
    return this.backTo(t);
  }

  private parseChoiceOption(): string | false {
    const t = this.tok;
    let value = '';
    for (;;) {
      if (this.tok.type === 'comma' || this.tok.type === 'pipe') break;
      let part: string | false;
      const bs = this.accept('backslash');
      if (bs !== false) part = this.accept('comma') || this.accept('pipe') || this.accept('backslash') || bs;
      else part = this.accept();
      if (part === false) return this.backTo(t);
      value += part;
    }
    if (value === '') return this.backTo(t);
    return value;
  }

  /** `${NAME}`, `${NAME:…}`, `${NAME/re/fmt/flags}`. */
  private parseComplexVariable(into: SnippetNode[]): boolean {
    const t = this.tok;
    let name: string | false = false;
    if (!(this.accept('dollar') && this.accept('curlyOpen') && (name = this.accept('name')) !== false)) return this.backTo(t);
    const node: VariableNode = { type: 'variable', name, children: [], braced: true };
    if (this.accept('colon')) {
      for (;;) {
        if (this.accept('curlyClose')) {
          node.children = mergeText(node.children);
          into.push(node);
          return true;
        }
        if (this.parse(node.children)) continue;
        into.push({ type: 'text', value: '${' + name + ':' }, ...node.children);
        return true;
      }
    }
    return this.finishBraced(node, into, t);
  }

  private parseTransform(): Transform | false {
    // …/regex/format/flags}
    let regex = '';
    for (;;) {
      if (this.accept('slash')) break;
      const bs = this.accept('backslash');
      if (bs !== false) {
        regex += this.accept('slash') || bs;
        continue;
      }
      const any = this.accept();
      if (any === false) return false;
      regex += any;
    }
    const format: FormatPart[] = [];
    for (;;) {
      if (this.accept('slash')) break;
      const bs = this.accept('backslash');
      if (bs !== false) {
        const esc = this.accept('backslash') || this.accept('slash') || bs;
        format.push({ type: 'text', value: esc });
        continue;
      }
      if (this.parseFormat(format)) continue;
      const any = this.accept();
      if (any === false) return false;
      format.push({ type: 'text', value: any });
    }
    let flags = '';
    for (;;) {
      if (this.accept('curlyClose')) break;
      const any = this.accept();
      if (any === false) return false;
      flags += any;
    }
    try {
      new RegExp(regex, flags);
    } catch {
      return false;
    }
    return { regex, flags, format };
  }

  private parseFormat(into: FormatPart[]): boolean {
    const t = this.tok;
    if (!this.accept('dollar')) return false;
    let index: string | false;
    if ((index = this.accept('int')) !== false) {
      into.push({ type: 'group', index: Number(index) });
      return true;
    }
    if (!this.accept('curlyOpen') || (index = this.accept('int')) === false) return this.backTo(t);
    const part: FormatPart = { type: 'group', index: Number(index) };
    if (this.accept('curlyClose')) {
      into.push(part);
      return true;
    }
    if (!this.accept('colon')) return this.backTo(t);
    if (this.accept('slash')) {
      const short = this.accept('name');
      if (short === false || !this.accept('curlyClose')) return this.backTo(t);
      part.shorthand = short;
    } else if (this.accept('plus')) {
      const v = this.until('curlyClose');
      if (v === false) return this.backTo(t);
      part.ifValue = v;
    } else if (this.accept('dash')) {
      const v = this.until('curlyClose');
      if (v === false) return this.backTo(t);
      part.elseValue = v;
    } else if (this.accept('question')) {
      const a = this.until('colon');
      if (a === false) return this.backTo(t);
      const b = this.until('curlyClose');
      if (b === false) return this.backTo(t);
      part.ifValue = a;
      part.elseValue = b;
    } else {
      const v = this.until('curlyClose');
      if (v === false) return this.backTo(t);
      part.elseValue = v;
    }
    into.push(part);
    return true;
  }

  private parseAnything(into: SnippetNode[]): boolean {
    const value = this.accept();
    if (value === false) return false;
    into.push({ type: 'text', value });
    return true;
  }
}

function mergeText(nodes: SnippetNode[]): SnippetNode[] {
  const out: SnippetNode[] = [];
  for (const n of nodes) {
    const last = out[out.length - 1];
    if (n.type === 'text' && last?.type === 'text') out[out.length - 1] = { type: 'text', value: last.value + n.value };
    else if (n.type === 'text' && n.value === '') continue;
    else out.push(n);
  }
  return out;
}

/** Parses VS Code snippet syntax into nodes. Never throws: malformed syntax is text, as in VS Code. */
export function parseSnippet(src: string): SnippetNode[] {
  return new Parser(src).parseAll();
}

// ---------------------------------------------------------------------------------------------
// Variables

/** The variables VS Code knows (an unknown one becomes a placeholder showing its name). */
export const KNOWN_VARIABLES: readonly string[] = [
  'CURRENT_YEAR', 'CURRENT_YEAR_SHORT', 'CURRENT_MONTH', 'CURRENT_DATE', 'CURRENT_HOUR', 'CURRENT_MINUTE',
  'CURRENT_SECOND', 'CURRENT_DAY_NAME', 'CURRENT_DAY_NAME_SHORT', 'CURRENT_MONTH_NAME',
  'CURRENT_MONTH_NAME_SHORT', 'CURRENT_SECONDS_UNIX', 'CURRENT_TIMEZONE_OFFSET', 'SELECTION', 'CLIPBOARD',
  'TM_SELECTED_TEXT', 'TM_CURRENT_LINE', 'TM_CURRENT_WORD', 'TM_LINE_INDEX', 'TM_LINE_NUMBER', 'TM_FILENAME',
  'TM_FILENAME_BASE', 'TM_DIRECTORY', 'TM_FILEPATH', 'CURSOR_INDEX', 'CURSOR_NUMBER', 'RELATIVE_FILEPATH',
  'BLOCK_COMMENT_START', 'BLOCK_COMMENT_END', 'LINE_COMMENT', 'WORKSPACE_NAME', 'WORKSPACE_FOLDER',
  'RANDOM', 'RANDOM_HEX', 'UUID',
];

export interface ExpandContext {
  /** Clock for CURRENT_* (default: now). */
  now?: Date;
  /** Path of the document (default: an untitled document, "Untitled-1"). */
  filePath?: string;
  workspaceName?: string;
  workspaceFolder?: string;
  selection?: string;
  clipboard?: string;
  currentLine?: string;
  currentWord?: string;
  /** 0-based line of the cursor. */
  lineIndex?: number;
  /** The language's comment tokens (default: Markdown's `<!--` `-->`, no line comment). */
  blockComment?: [string, string];
  lineComment?: string;
  /** Extra or overriding variable values (undefined = resolves to nothing). */
  variables?: Record<string, string | undefined>;
}

const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const pad = (n: number) => String(n).padStart(2, '0');

function randomHex(digits: number): string {
  let s = '';
  for (let i = 0; i < digits; i++) s += Math.floor(Math.random() * 16).toString(16);
  return s;
}

/** Resolves a variable as VS Code would; undefined = unknown or no value. */
export function resolveVariable(name: string, ctx: ExpandContext = {}): string | undefined {
  if (ctx.variables && name in ctx.variables) return ctx.variables[name];
  const now = ctx.now ?? new Date();
  const path = ctx.filePath ?? 'Untitled-1';
  const slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  const base = path.slice(slash + 1);
  const dot = base.lastIndexOf('.');
  const tz = -now.getTimezoneOffset();
  switch (name) {
    case 'CURRENT_YEAR': return String(now.getFullYear());
    case 'CURRENT_YEAR_SHORT': return String(now.getFullYear()).slice(-2);
    case 'CURRENT_MONTH': return pad(now.getMonth() + 1);
    case 'CURRENT_DATE': return pad(now.getDate());
    case 'CURRENT_HOUR': return pad(now.getHours());
    case 'CURRENT_MINUTE': return pad(now.getMinutes());
    case 'CURRENT_SECOND': return pad(now.getSeconds());
    case 'CURRENT_DAY_NAME': return DAYS[now.getDay()];
    case 'CURRENT_DAY_NAME_SHORT': return DAYS[now.getDay()]!.slice(0, 3);
    case 'CURRENT_MONTH_NAME': return MONTHS[now.getMonth()];
    case 'CURRENT_MONTH_NAME_SHORT': return MONTHS[now.getMonth()]!.slice(0, 3);
    case 'CURRENT_SECONDS_UNIX': return String(Math.floor(now.getTime() / 1000));
    case 'CURRENT_TIMEZONE_OFFSET':
      return (tz >= 0 ? '+' : '-') + pad(Math.floor(Math.abs(tz) / 60)) + ':' + pad(Math.abs(tz) % 60);
    case 'SELECTION':
    case 'TM_SELECTED_TEXT': return ctx.selection || undefined;
    case 'CLIPBOARD': return ctx.clipboard || undefined;
    case 'TM_CURRENT_LINE': return ctx.currentLine ?? '';
    case 'TM_CURRENT_WORD': return ctx.currentWord || undefined;
    case 'TM_LINE_INDEX': return String(ctx.lineIndex ?? 0);
    case 'TM_LINE_NUMBER': return String((ctx.lineIndex ?? 0) + 1);
    case 'CURSOR_INDEX': return '0';
    case 'CURSOR_NUMBER': return '1';
    case 'TM_FILENAME': return base;
    case 'TM_FILENAME_BASE': return dot > 0 ? base.slice(0, dot) : base;
    case 'TM_DIRECTORY': return slash > 0 ? path.slice(0, slash) : undefined;
    case 'TM_FILEPATH': return path;
    case 'RELATIVE_FILEPATH': return base;
    case 'BLOCK_COMMENT_START': return (ctx.blockComment ?? ['<!--', '-->'])[0];
    case 'BLOCK_COMMENT_END': return (ctx.blockComment ?? ['<!--', '-->'])[1];
    case 'LINE_COMMENT': return ctx.lineComment ?? '';
    case 'WORKSPACE_NAME': return ctx.workspaceName;
    case 'WORKSPACE_FOLDER': return ctx.workspaceFolder;
    case 'RANDOM': return String(Math.floor(Math.random() * 1e6)).padStart(6, '0');
    case 'RANDOM_HEX': return randomHex(6);
    case 'UUID': return globalThis.crypto?.randomUUID?.() ?? `${randomHex(8)}-${randomHex(4)}-4${randomHex(3)}-a${randomHex(3)}-${randomHex(12)}`;
    default: return undefined;
  }
}

// ---------------------------------------------------------------------------------------------
// Transforms

function caseShorthand(name: string, v: string): string {
  const words = v.match(/[\p{L}0-9]+/gu);
  switch (name) {
    case 'upcase': return v.toLocaleUpperCase();
    case 'downcase': return v.toLocaleLowerCase();
    case 'capitalize': return v ? v[0]!.toLocaleUpperCase() + v.slice(1) : v;
    case 'pascalcase': return words ? words.map((w) => w[0]!.toUpperCase() + w.slice(1)).join('') : v;
    case 'camelcase': return words ? words.map((w, i) => (i === 0 ? w[0]!.toLowerCase() : w[0]!.toUpperCase()) + w.slice(1)).join('') : v;
    case 'kebabcase': return words ? words.map((w) => w.toLowerCase()).join('-') : v;
    case 'snakecase': return v.replace(/(\p{Ll})(\p{Lu})/gu, '$1_$2').replace(/[\s-]+/g, '_').toLowerCase();
    default: return v;
  }
}

export function applyTransform(t: Transform, value: string): string {
  const re = new RegExp(t.regex, t.flags);
  return value.replace(re, (...args) => {
    let end = args.length;
    if (typeof args[end - 1] === 'object') end--; // named groups
    const groups = args.slice(0, end - 2) as (string | undefined)[];
    let out = '';
    for (const p of t.format) {
      if (p.type === 'text') out += p.value;
      else {
        const g = groups[p.index] ?? '';
        if (p.shorthand) out += caseShorthand(p.shorthand, g);
        else if (g && p.ifValue !== undefined) out += p.ifValue;
        else if (!g && p.elseValue !== undefined) out += p.elseValue;
        else if (p.ifValue === undefined) out += g;
      }
    }
    return out;
  });
}

// ---------------------------------------------------------------------------------------------
// Expansion

export interface Tabstop {
  index: number;
  offset: number;
  endOffset: number;
}

export interface Expansion {
  text: string;
  /** Every tab stop occurrence (mirrors included), in document order; `$0` has index 0. */
  tabstops: Tabstop[];
  /** Names of unknown variables (they became placeholders showing their name or default). */
  unknownVariables: string[];
}

/**
 * Expands a snippet with its defaults: the text a user has after tabbing through every stop
 * without typing. Mirrors take the first default of their index; choices their first option.
 */
export function expandSnippet(src: string, ctx: ExpandContext = {}): Expansion {
  const nodes = parseSnippet(src);
  const defaults = new Map<number, SnippetNode[]>();
  const visit = (list: SnippetNode[]) => {
    for (const n of list) {
      if (n.type === 'placeholder') {
        if (n.index !== 0 && !defaults.has(n.index) && n.children.length) defaults.set(n.index, n.children);
        visit(n.children);
      } else if (n.type === 'choice') {
        if (!defaults.has(n.index)) defaults.set(n.index, [n]);
      } else if (n.type === 'variable') visit(n.children);
    }
  };
  visit(nodes);

  let text = '';
  const tabstops: Tabstop[] = [];
  const unknownVariables: string[] = [];
  const emit = (list: SnippetNode[], stack: Set<number>) => {
    for (const n of list) {
      switch (n.type) {
        case 'text':
          text += n.value;
          break;
        case 'choice': {
          const start = text.length;
          text += n.options[0] ?? '';
          tabstops.push({ index: n.index, offset: start, endOffset: text.length });
          break;
        }
        case 'placeholder': {
          const start = text.length;
          const own = n.children.length ? n.children : n.index !== 0 && !stack.has(n.index) ? defaults.get(n.index) ?? [] : [];
          const mark = tabstops.length;
          tabstops.push({ index: n.index, offset: start, endOffset: start });
          stack.add(n.index);
          emit(own, stack);
          stack.delete(n.index);
          if (n.transform) {
            const value = applyTransform(n.transform, text.slice(start));
            text = text.slice(0, start) + value;
            tabstops.length = mark + 1;
          }
          tabstops[mark]!.endOffset = text.length;
          break;
        }
        case 'variable': {
          const known = KNOWN_VARIABLES.includes(n.name) || (ctx.variables !== undefined && n.name in ctx.variables);
          let value = known ? resolveVariable(n.name, ctx) : undefined;
          if (n.transform) value = applyTransform(n.transform, value ?? '');
          if (value !== undefined) text += value;
          else if (n.children.length) emit(n.children, stack);
          else if (!known) {
            unknownVariables.push(n.name);
            text += n.name;
          }
          break;
        }
      }
    }
  };
  emit(nodes, new Set());
  return { text, tabstops, unknownVariables };
}

// ---------------------------------------------------------------------------------------------
// Serialising and editing

/** Escapes text so a snippet inserts it literally. */
export function escapeSnippetText(value: string): string {
  return value.replace(/[$}\\]/g, '\\$&');
}

function escapeChoice(value: string): string {
  return value.replace(/[,|\\]/g, '\\$&');
}

function serializeTransform(t: Transform): string {
  const fmt = t.format.map((p) => {
    if (p.type === 'text') return p.value.replace(/[$\\/]/g, '\\$&');
    if (p.shorthand) return `\${${p.index}:/${p.shorthand}}`;
    if (p.ifValue !== undefined && p.elseValue !== undefined) return `\${${p.index}:?${p.ifValue}:${p.elseValue}}`;
    if (p.ifValue !== undefined) return `\${${p.index}:+${p.ifValue}}`;
    if (p.elseValue !== undefined) return `\${${p.index}:-${p.elseValue}}`;
    return `\${${p.index}}`;
  }).join('');
  return `/${t.regex.replace(/\//g, '\\/')}/${fmt}/${t.flags}`;
}

/** Writes nodes back as snippet syntax (parse → serialise gives an equivalent snippet). */
export function serializeSnippet(nodes: SnippetNode[]): string {
  return nodes.map((n) => {
    switch (n.type) {
      case 'text': return escapeSnippetText(n.value);
      case 'choice': return `\${${n.index}|${n.options.map(escapeChoice).join(',')}|}`;
      case 'placeholder':
        if (n.transform) return `\${${n.index}${serializeTransform(n.transform)}}`;
        return n.children.length ? `\${${n.index}:${serializeSnippet(n.children)}}` : `\${${n.index}}`;
      case 'variable':
        if (n.transform) return `\${${n.name}${serializeTransform(n.transform)}}`;
        return n.children.length ? `\${${n.name}:${serializeSnippet(n.children)}}` : `\${${n.name}}`;
    }
  }).join('');
}

/**
 * Replaces the default text of tab stops: `{ 1: 'Dana Rivera' }` turns the first `${1:…}` (or
 * `${1|…|}`) into `${1:Dana Rivera}`; its mirrors follow. Values are inserted literally.
 */
export function withDefaults(src: string, values: Record<number, string>): string {
  const seen = new Set<number>();
  const walk = (list: SnippetNode[]): SnippetNode[] => list.map((n) => {
    if ((n.type === 'placeholder' || n.type === 'choice') && values[n.index] !== undefined && !seen.has(n.index)) {
      if (n.type === 'choice' || n.children.length || !hasDefault(n.index)) {
        seen.add(n.index);
        return { type: 'placeholder', index: n.index, children: [{ type: 'text', value: values[n.index]! }] };
      }
    }
    if (n.type === 'placeholder' || n.type === 'variable') return { ...n, children: walk(n.children) };
    return n;
  });
  const parsed = parseSnippet(src);
  const withDefault = new Set<number>();
  const scan = (list: SnippetNode[]) => list.forEach((n) => {
    if (n.type === 'choice' || (n.type === 'placeholder' && n.children.length)) withDefault.add(n.index);
    if (n.type === 'placeholder' || n.type === 'variable') scan(n.children);
  });
  scan(parsed);
  const hasDefault = (i: number) => withDefault.has(i);
  return serializeSnippet(walk(parsed));
}
