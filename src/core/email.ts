import type { Nodes, Root, RootContent, PhrasingContent, ListItem } from 'mdast';
import { parseMarkdown } from './parse';
import { extractProse } from './prose';

/**
 * The letter as an email body, for "Copy as Email": without front matter, HTML comments (Poise's
 * ignore comments included) or the quoted thread (an "On … wrote:" trailer and `>` quotes after the
 * letter). A `>` quote in the middle of the letter is the writer's own choice and is kept.
 */
export interface EmailExport {
  text: string;
  html: string;
}

export function toEmail(markdown: string): EmailExport {
  const tree = parseMarkdown(markdown);
  const nodes = letterNodes(markdown, tree);
  const text = nodes.map((n) => blockText(n)).filter((s) => s.trim() !== '').join('\n\n').replace(/[ \t]+$/gm, '').trim();
  const html = nodes.map((n) => blockHtml(n)).filter((s) => s !== '').join('\n');
  return { text: text ? text + '\n' : '', html: html ? html + '\n' : '' };
}

/** Top-level nodes that belong to the letter. */
function letterNodes(markdown: string, tree: Root): RootContent[] {
  const { threadStart } = extractProse(markdown, tree, { skipQuotes: true });
  let nodes = tree.children.filter((n) => {
    if (n.type === 'yaml' || (n.type as string) === 'toml' || n.type === 'definition') return false;
    if (n.type === 'html' && isComment(n.value)) return false;
    const start = n.position?.start.offset;
    return !(threadStart !== null && typeof start === 'number' && start >= threadStart);
  });
  // Quoted text after the letter (a reply quoting the message below it) is the thread.
  while (nodes.length && nodes[nodes.length - 1]!.type === 'blockquote') nodes = nodes.slice(0, -1);
  // A trailing rule that separated the letter from the thread goes with it.
  while (nodes.length && nodes[nodes.length - 1]!.type === 'thematicBreak') nodes = nodes.slice(0, -1);
  return nodes;
}

function isComment(value: string): boolean {
  return /^\s*<!--[\s\S]*-->\s*$/.test(value);
}

function stripComments(value: string): string {
  return value.replace(/<!--[\s\S]*?-->/g, '');
}

// --- plain text -------------------------------------------------------------------------------

function inlineText(nodes: PhrasingContent[]): string {
  let out = '';
  for (const n of nodes) {
    switch (n.type) {
      case 'text':
        out += n.value;
        break;
      case 'inlineCode':
        out += n.value;
        break;
      case 'break':
        out += '\n';
        break;
      case 'emphasis':
      case 'strong':
      case 'delete':
      case 'linkReference':
        out += inlineText(n.children);
        break;
      case 'link': {
        const label = inlineText(n.children);
        const url = n.url.replace(/^mailto:/, '');
        out += !url || label === url || label === n.url ? label : `${label} (${url})`;
        break;
      }
      case 'image':
      case 'imageReference':
        out += n.alt ?? '';
        break;
      case 'html':
        out += stripComments(n.value).replace(/<[^>]+>/g, '');
        break;
      default:
        break;
    }
  }
  return out;
}

function indent(text: string, first: string, rest: string): string {
  return text
    .split('\n')
    .map((line, i) => (i === 0 ? first : line ? rest : rest.trimEnd()) + line)
    .join('\n');
}

function blockText(node: Nodes): string {
  switch (node.type) {
    case 'paragraph':
    case 'heading':
      return inlineText(node.children).replace(/ +\n/g, '\n');
    case 'code':
      return node.value;
    case 'blockquote':
      return node.children
        .map((c) => blockText(c))
        .join('\n\n')
        .split('\n')
        .map((l) => (l ? `> ${l}` : '>'))
        .join('\n');
    case 'list':
      return node.children
        .map((item, i) => {
          const marker = node.ordered ? `${(node.start ?? 1) + i}. ` : '- ';
          const box = (item as ListItem).checked === true ? '[x] ' : (item as ListItem).checked === false ? '[ ] ' : '';
          const body = item.children.map((c) => blockText(c)).join(node.spread ? '\n\n' : '\n');
          return indent(box + body, marker, ' '.repeat(marker.length));
        })
        .join(node.spread ? '\n\n' : '\n');
    case 'table':
      return node.children.map((row) => row.children.map((cell) => inlineText(cell.children)).join(' | ')).join('\n');
    case 'thematicBreak':
      return '----';
    case 'html':
      return stripComments(node.value).replace(/<[^>]+>/g, '').trim();
    default:
      return '';
  }
}

// --- HTML -------------------------------------------------------------------------------------

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function safeUrl(url: string): string | null {
  return /^(?:https?:|mailto:)/i.test(url) ? url : null;
}

function inlineHtml(nodes: PhrasingContent[]): string {
  let out = '';
  for (const n of nodes) {
    switch (n.type) {
      case 'text':
        out += esc(n.value).replace(/\n/g, '<br>\n');
        break;
      case 'inlineCode':
        out += `<code>${esc(n.value)}</code>`;
        break;
      case 'break':
        out += '<br>\n';
        break;
      case 'emphasis':
        out += `<em>${inlineHtml(n.children)}</em>`;
        break;
      case 'strong':
        out += `<strong>${inlineHtml(n.children)}</strong>`;
        break;
      case 'delete':
        out += `<del>${inlineHtml(n.children)}</del>`;
        break;
      case 'linkReference':
        out += inlineHtml(n.children);
        break;
      case 'link': {
        const url = safeUrl(n.url);
        out += url ? `<a href="${esc(url)}">${inlineHtml(n.children)}</a>` : inlineHtml(n.children);
        break;
      }
      case 'image':
      case 'imageReference':
        out += esc(n.alt ?? '');
        break;
      case 'html':
        out += esc(stripComments(n.value).replace(/<[^>]+>/g, ''));
        break;
      default:
        break;
    }
  }
  return out;
}

function blockHtml(node: Nodes): string {
  switch (node.type) {
    case 'paragraph':
      return `<p>${inlineHtml(node.children).replace(/ +<br>/g, '<br>')}</p>`;
    case 'heading':
      return `<h${node.depth}>${inlineHtml(node.children)}</h${node.depth}>`;
    case 'code':
      return `<pre><code>${esc(node.value)}</code></pre>`;
    case 'blockquote':
      return `<blockquote>\n${node.children.map((c) => blockHtml(c)).join('\n')}\n</blockquote>`;
    case 'list': {
      const tag = node.ordered ? 'ol' : 'ul';
      const start = node.ordered && node.start && node.start !== 1 ? ` start="${node.start}"` : '';
      const items = node.children.map((item) => {
        const box = item.checked === true ? '&#9745; ' : item.checked === false ? '&#9744; ' : '';
        const body =
          item.children.length === 1 && item.children[0]!.type === 'paragraph' && !node.spread
            ? inlineHtml(item.children[0]!.children)
            : item.children.map((c) => blockHtml(c)).join('\n');
        return `<li>${box}${body}</li>`;
      });
      return `<${tag}${start}>\n${items.join('\n')}\n</${tag}>`;
    }
    case 'table': {
      const rows = node.children.map((row, i) => {
        const cell = i === 0 ? 'th' : 'td';
        return `<tr>${row.children.map((c) => `<${cell}>${inlineHtml(c.children)}</${cell}>`).join('')}</tr>`;
      });
      return `<table>\n${rows.join('\n')}\n</table>`;
    }
    case 'thematicBreak':
      return '<hr>';
    case 'html': {
      const t = stripComments(node.value).replace(/<[^>]+>/g, '').trim();
      return t ? `<p>${esc(t)}</p>` : '';
    }
    default:
      return '';
  }
}
