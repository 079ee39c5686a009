import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { parseMarkdown, parseMarkdownFull, planRegions } from '../../src/core/parse';

/** parseMarkdown's fast path must give exactly the tree of the full parse, positions included. */
function same(text: string): void {
  assert.deepStrictEqual(parseMarkdown(text), parseMarkdownFull(text), JSON.stringify(text));
}

function markdownFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return markdownFiles(p);
    return name.endsWith('.md') ? [p] : [];
  });
}

test('fast parse equals full parse on fixtures and examples', () => {
  const files = [...markdownFiles('test/fixtures'), ...markdownFiles('examples'), 'README.md', 'docs/rules.md'];
  assert.ok(files.length > 10);
  for (const f of files) {
    const text = readFileSync(f, 'utf8');
    same(text);
    same(text.replace(/\r\n/g, '\n'));
    // The same file with its first line dropped and twice over (other front matter / offsets).
    same(text.slice(text.indexOf('\n') + 1));
    same(`${text}\n\n${text}`);
  }
});

test('fast parse takes the fast path on a plain letter and keeps positions', () => {
  const text = `Hi Dana,\n\n${'Thank you for the call today, it was a pleasure. '.repeat(6).trim()}\nSecond line here.\n\nBest,\nSam\n`;
  const tree = parseMarkdown(text);
  assert.deepEqual(tree, parseMarkdownFull(text));
  assert.equal(tree.children.length, 3);
});

const PLAIN = fc.constantFrom('www', 'Http', 'Thank you', 'for the', 'call today.', 'I enjoyed it,', 'Dana', 'AWS and SQL', 'émoji 😀 ok', 'it’s fine', 'yes!', 'a: b', '2024 was', 'x > y', 'Hi', 'é\u0301');
const TRICKY_LINE = fc.constantFrom(
  '- item', '* item', '+ item', '1. one', '2) two', '> quote', '>', '# Head', 'Head\n===', 'Head\n---', '---', '***', '___',
  '```', '```js', '~~~', '````', '  ```', '    code', '\tcode', '<div>', '<!-- c -->', '<!--', '-->', '<script>', '</script>', '<?php', '?>',
  '| a | b |', '|---|---|', 'a | b', '[link](http://x.com)', '[ref]', '[ref]: /url', '[^1]', '[^1]: note', '- [ ] task', '- [x] done',
  '~~del~~', '*em*', '**strong**', '_u_', '`code`', 'www.example.com', 'http://x.y', 'a@b.co', '&amp;', '\\*', 'two  ', 'trail ',
  '  indented', ' one space', '\r', '', '', '', '+++', 'title = "x"', 'key: value', '  - nested', '   lazy', 'Setext\n', '=', '-',
  ':-:', 'a\n:--', '--:', '- -:', ': -', '-- :', '-\t:', 'x^y', '[^x]', '~one~', '~~~~', 'HTTPS://A.B', 'WWW.x.y', 'mailto:a@b.co', 'xmpp:a@b.co', 'a.b@c', '1. [x] t', '* [ ]',
);
const LINE = fc.oneof(
  { weight: 3, arbitrary: fc.array(PLAIN, { minLength: 1, maxLength: 6 }).map((ws) => ws.join(' ')) },
  { weight: 2, arbitrary: TRICKY_LINE },
  { weight: 1, arbitrary: fc.tuple(TRICKY_LINE, fc.array(PLAIN, { maxLength: 3 })).map(([a, b]) => [a, ...b].join(' ')) },
);
const DOC = fc
  .tuple(fc.array(LINE, { minLength: 1, maxLength: 60 }), fc.constantFrom('\n', '\n', '\r\n'), fc.boolean(), fc.boolean())
  .map(([lines, eol, fm, trailing]) => (fm ? ['---', 'kind: thank-you', '---', ''] : []).concat(lines).join(eol) + (trailing ? eol : ''));

test('fast parse equals full parse on random Markdown (property)', () => {
  fc.assert(fc.property(DOC, (text) => same(text)), { numRuns: 500 });
  // Long plain stretches around one tricky construct, so the fast path really runs.
  const para = fc.array(fc.array(PLAIN, { minLength: 3, maxLength: 12 }).map((ws) => ws.join(' ')), { minLength: 1, maxLength: 3 }).map((ls) => ls.join('\n'));
  const words = fc.array(PLAIN, { minLength: 1, maxLength: 8 }).map((ws) => ws.join(' '));
  const quote = fc.array(fc.oneof(words.map((w) => `> ${w}`), fc.constant('>'), fc.constant('> '), fc.constant('>  x'), words), { minLength: 1, maxLength: 5 }).map((ls) => ls.join('\n'));
  const list = fc.array(fc.oneof({ weight: 4, arbitrary: words.map((w) => `- ${w}`) }, { weight: 1, arbitrary: fc.constantFrom('* x', '+ y', '  z', '1. n', '-', '- ', 'lazy') }), { minLength: 1, maxLength: 5 }).map((ls) => ls.join('\n'));
  const tricky = fc.array(TRICKY_LINE, { minLength: 1, maxLength: 4 }).map((ls) => ls.join('\n'));
  const block = fc.oneof(para, para, quote, list, tricky);
  const seps = fc.constantFrom('\n\n', '\n\n\n', '\n', '\n \n', '\n\t\n');
  const doc2 = fc.array(fc.tuple(block, seps), { minLength: 2, maxLength: 25 }).map((bs) => bs.map(([b, s]) => b + s).join(''));
  fc.assert(fc.property(doc2, (text) => same(text)), { numRuns: 800 });
});

// Inline syntax the fast path builds itself (parse-inline.ts), and near misses it must hand to
// micromark: every paragraph, quote and list item below mixes them with plain words.
const INLINE = fc.constantFrom(
  '*em*', '**strong**', '_u_', '__uu__', '`code`', '`` co`de ``', '` x `', '`  `', '` a`', '```x```', '`a<b`', '`unclosed', '``',
  '[link](http://x.com)', '[a b](/p?q=1#f)', '[x](y)', '[x](<y>)', '[x](y "t")', '[x]', '[ ]', '[]', '[](x)', '[a](b)c', '![img](x.png)', ']', '(x)', '[^1]',
  '<https://a.b/c>', '<a@b.co>', '<tomás@x.y>', '<notalink>', '< x', '<b>', '<mailto:a@b.c>', '<x:y>',
  'dana@example.com', '<chloé@example.com>', 'first_name@x.co', 'a.b+c@d-e.org', 'x@y.c1', 'x@y.co.', 'x@y_z.co', '/a@b.co', 'a@b.co@c.de', 'é@b.co', '_a@b.co_', '<é', '<3@x.co>', '<a.b', '<a/',
  'a * b', 'a*b*c', 'snake_case_name', '**a *b* c**', '*a **b** c*', '*a _b* c_', '**a*', '*a**', '***x***', '****', '*', '**', '_', '__',
  '(*x*)', '*(x)*', '_(x)_', '*x*.', '"*x*"', '**x**,', 'x**y**z', 'x__y__z', '«*x*»', '*x*—y', '*😀*', '_é_', '*.*', '*x *', '* x*', '_x_y', 'x_y_',
  '*open', 'close*', '**open', 'close**', '_open', 'close_', '__open', 'close__', '*', '*.', ',*', '(**', '**)', '[Dana’s page](https://x.y/a_b*c)', '[a, b!](./p)',
  '& more', 'R&D', '&amp;', '&#35;', '&copy', '&x;', 'yes!', '!', 'a\\*b', 'a~b', '~~s~~', 'a|b', 'www.x.y', 'http://x', 'a@b', '#tag', '1.', ':)',
);
const mixedWords = fc
  .array(fc.oneof({ weight: 3, arbitrary: PLAIN }, { weight: 2, arbitrary: INLINE }), { minLength: 1, maxLength: 8 })
  .chain((ws) => fc.array(fc.constantFrom(' ', ' ', ' ', ''), { minLength: ws.length, maxLength: ws.length }).map((gaps) => ws.map((w, i) => (i ? gaps[i] : '') + w).join('')));
const FRONT_MATTER = fc.constantFrom(
  '---\nkind: thank-you\nto: Dana\n---\n\n', '---\n---\n\n', '---\na: 1\n---\ntext', '---\na\n--- x\n---\n\n', '---\n----\n---\n\n',
  '---  \na\n---\n\n', '---\na\n---  \n\n', '---\na\n\nb\n---\n\n', '+++\na = 1\n+++\n\n', '---\nunclosed\n\n', '',
);
const FENCE = fc.constantFrom(
  '```\ncode\n```', '```js meta here\nx\n\ny\n```', '```\n```', '~~~ info ~~~\nx\n~~~', '````\n```\n````', '```\nx\n```  ', '```\nx\n ```',
  '```\nx\n``', '``` a&b\nx\n```', '```\nx\n```\ntext', '```sql\nSELECT * FROM t WHERE a = \'QA\';\n```', '~~~\n~~~~\n', '```\n  indented\n```',
);

test('fast parse equals full parse with inline syntax, front matter and fences (property)', () => {
  const para = fc.array(mixedWords, { minLength: 1, maxLength: 3 }).map((ls) => ls.join('\n'));
  const quote = fc.array(fc.oneof(mixedWords.map((w) => `> ${w}`), fc.constant('>')), { minLength: 1, maxLength: 5 }).map((ls) => ls.join('\n'));
  const list = fc.array(mixedWords.map((w) => `- ${w}`), { minLength: 1, maxLength: 4 }).map((ls) => ls.join('\n'));
  const block = fc.oneof({ weight: 4, arbitrary: para }, { weight: 2, arbitrary: quote }, { weight: 2, arbitrary: list }, { weight: 1, arbitrary: FENCE });
  const seps = fc.constantFrom('\n\n', '\n\n\n', '\n', '\n \n');
  const doc = fc
    .tuple(FRONT_MATTER, fc.array(fc.tuple(block, seps), { minLength: 2, maxLength: 20 }))
    .map(([fm, bs]) => fm + bs.map(([b, s]) => b + s).join(''));
  fc.assert(fc.property(doc, (text) => same(text)), { numRuns: 1500 });
});

test('fast parse stays linear on delimiter-heavy paragraphs that micromark parses slowly', () => {
  // One long paragraph of emphasis that crosses, brackets that make no link, and unmatched
  // backticks: micromark takes minutes on the first; the scan must take well under a second each.
  for (const unit of ['a *b _c* d_ ', 'see [x] and [y][z] ', 'x ` y `` z ']) {
    const text = `Hello there,\n\n${unit.repeat(20000).trim()}\n\nBest,\nSam\n`;
    const plan = planRegions(text);
    assert.ok(plan && plan.every((r) => r.fast), unit);
    const t0 = performance.now();
    parseMarkdown(text);
    assert.ok(performance.now() - t0 < 2000, `${unit}: ${performance.now() - t0} ms`);
  }
});

test('fast parse builds letters with everyday inline syntax without micromark and keeps positions', () => {
  const text = [
    '---\nkind: thank-you\n---',
    'Hi **Dana**,',
    'Thank you for the call about the *Data Analyst* role. The `DEPLOY_ENV` flag and the [roadmap](https://example.com/r) were great.',
    '```sql\nSELECT 1;\n```',
    '- first *point*\n- second `point`',
    'On Tue, Mar 5, 2024 at 10:15 AM Dana <dana@example.com> wrote:',
    '> Thanks for applying.\n>\n> We **will** be in touch.',
  ].join('\n\n');
  const plan = planRegions(text);
  assert.ok(plan && plan.every((r) => r.fast), 'every chunk is built by the scan');
  same(text);
});

test('fast parse builds email literals and a "<" that starts nothing, as micromark and GFM do', () => {
  const lines = [
    'On Tue, Mar 12, 2024 at 10:21 AM Tomás <tomás@example.com> wrote:',
    'On Tue, Mar 28, 2024 at 10:15 AM Chloé <chloé@example.com> wrote:',
    'Write to dana@example.com or *first_name@x.co* (a.b+c@d-e.org. works too), and 1 < 2.',
  ];
  for (const line of lines) {
    const text = `Hi Dana,\n\n${line}\n\nThanks again for the call on Tuesday; it was a pleasure to meet the whole team and to hear about the plans for next year.\n\nBest,\nSam\n`;
    const plan = planRegions(text);
    assert.ok(plan && plan.every((r) => r.fast), line);
    same(text);
  }
  // Undecided: an "@" outside an email, a "[" before one, a "<" that could open a tag.
  for (const line of ['a@b.co@c.de', 'a@b.c-', '[x] a@b.co', 'see <b class="x">']) {
    const text = `Hi Dana,\n\n${line} and more words here, so that the letter is long enough for the scan.\n\nThanks again for the call on Tuesday; it was a pleasure to meet the whole team and to hear about the plans for next year.\n\nBest,\nSam\n`;
    const plan = planRegions(text);
    assert.ok(plan && !plan.every((r) => r.fast), line);
    same(text);
  }
});

test('fast parse equals full parse after an unmatched backtick in a quote or list item (found by the property test)', () => {
  for (const text of ['> a `b\n> [x](y)\n', '> a `b\n> c\n> *e*\n', '- a `b\n  [x](y)\n', 'a `b\n[x](y)\n', '> www `unclosed www\n> [x](y) *em*\n']) same(text);
});
