// The placeholder grammar, run by the real TextMate engine (vscode-textmate + vscode-oniguruma)
// as an injection into Markdown's own grammar (VS Code's markdown.tmLanguage, shipped by tm-grammars).
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import vsctm from 'vscode-textmate';
import oniguruma from 'vscode-oniguruma';
import { analyze } from '../../src/core/index';

const require = createRequire(import.meta.url);
const root = new URL('../../', import.meta.url);
const read = (rel: string | URL) => readFileSync(typeof rel === 'string' ? new URL(rel, root) : rel, 'utf8');
const pkg = JSON.parse(read('package.json'));
const contribution = pkg.contributes.grammars.find((g: { path: string }) => g.path.includes('poise-placeholder'));
const OURS = contribution.scopeName as string;
const PLACEHOLDER = 'markup.other.placeholder.poise';
const DIRECTIVE = 'comment.block.poise.directive';

const tmGrammar = (name: string) => readFileSync(require.resolve(`tm-grammars/grammars/${name}.json`), 'utf8');
const GRAMMARS: Record<string, () => string> = {
  'text.html.markdown': () => tmGrammar('markdown'),
  'text.html.derivative': () => tmGrammar('html-derivative'),
  'text.html.basic': () => tmGrammar('html'),
  'source.yaml': () => tmGrammar('yaml'),
  [OURS]: () => read(contribution.path),
};

let markdown: vsctm.IGrammar;

before(async () => {
  const wasm = readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new vsctm.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (p: string[]) => new oniguruma.OnigScanner(p),
      createOnigString: (s: string) => new oniguruma.OnigString(s),
    }),
    loadGrammar: async (scopeName) => {
      const load = GRAMMARS[scopeName];
      return load ? vsctm.parseRawGrammar(load(), `${scopeName}.json`) : null;
    },
    // As VS Code does for a grammar contributed with `injectTo`.
    getInjections: (scopeName) => (contribution.injectTo as string[]).includes(scopeName) ? [OURS] : undefined,
  });
  const g = await registry.loadGrammar('text.html.markdown');
  assert.ok(g, 'Markdown grammar loads');
  markdown = g;
});

interface Tok {
  line: number;
  text: string;
  scopes: string[];
}

function tokenize(text: string): Tok[] {
  const out: Tok[] = [];
  let stack = vsctm.INITIAL;
  text.split('\n').forEach((line, i) => {
    const r = markdown.tokenizeLine(line, stack);
    for (const t of r.tokens) out.push({ line: i + 1, text: line.slice(t.startIndex, t.endIndex), scopes: t.scopes });
    stack = r.ruleStack;
  });
  return out;
}

/** Joins consecutive tokens that carry `scope` (a match with captures spans several tokens). */
function spans(tokens: Tok[], scope: string): { line: number; text: string; tokens: Tok[] }[] {
  const out: { line: number; text: string; tokens: Tok[] }[] = [];
  let prev: Tok | undefined;
  for (const t of tokens) {
    if (t.scopes.includes(scope)) {
      const last = out[out.length - 1];
      if (last && prev === last.tokens[last.tokens.length - 1] && prev.line === t.line) {
        last.text += t.text;
        last.tokens.push(t);
      } else out.push({ line: t.line, text: t.text, tokens: [t] });
    }
    prev = t;
  }
  return out;
}

const fixture = read('test/fixtures/grammar/placeholders.md');
const expected = JSON.parse(read('test/fixtures/grammar/expected.json')) as {
  placeholder: { line: number; text: string }[];
  directive: { line: number; text: string; keyword: string; rules: string[] }[];
};

test('package.json injects the grammar into Markdown', () => {
  assert.deepEqual(contribution.injectTo, ['text.html.markdown']);
  const grammar = JSON.parse(read(contribution.path));
  assert.equal(grammar.scopeName, OURS);
  assert.match(grammar.injectionSelector, /^L:text\.html\.markdown\b/);
});

test('placeholders in prose get the placeholder scope, and nothing else does', () => {
  const got = spans(tokenize(fixture), PLACEHOLDER).map(({ line, text }) => ({ line, text }));
  assert.deepEqual(got, expected.placeholder);
});

test('placeholder punctuation is scoped for themes', () => {
  const [first] = spans(tokenize('Dear [Company],'), PLACEHOLDER);
  assert.ok(first);
  assert.deepEqual(first.tokens.map((t) => t.text), ['[', 'Company', ']']);
  assert.ok(first.tokens[0]!.scopes.includes('punctuation.definition.placeholder.begin.poise'));
  assert.ok(first.tokens[2]!.scopes.includes('punctuation.definition.placeholder.end.poise'));
});

test('ignore comments get the directive scope, with the keyword and rule ids', () => {
  const tokens = tokenize(fixture);
  const got = spans(tokens, DIRECTIVE);
  assert.deepEqual(got.map(({ line, text }) => ({ line, text })), expected.directive.map(({ line, text }) => ({ line, text })));
  for (const [i, d] of expected.directive.entries()) {
    const toks = got[i]!.tokens;
    assert.deepEqual(toks.filter((t) => t.scopes.includes('keyword.control.directive.poise')).map((t) => t.text), [d.keyword]);
    assert.deepEqual(toks.filter((t) => t.scopes.includes('variable.parameter.rule.poise')).map((t) => t.text), d.rules);
  }
  // An ordinary comment stays an HTML comment.
  const plain = tokens.filter((t) => t.line === 32);
  assert.ok(plain.every((t) => !t.scopes.includes(DIRECTIVE) && !t.scopes.includes(PLACEHOLDER)));
  assert.ok(plain.some((t) => t.scopes.some((s) => s.startsWith('comment.block.html'))));
});

const LINES: [string, string[]][] = [
  ['Hi {{ first_name }}, welcome', ['{{ first_name }}']],
  ['Hi {interviewer_name}, and {x} stays', ['{interviewer_name}']],
  ['Regards, <Your Name> and <your name>', ['<Your Name>', '<your name>']],
  ['a <span>tag</span>, <b>bold</b>, <title>, <br> and <Address>', []],
  ['mail <ana@example.com> or <https://x.org>', []],
  ['TODOS and XXL and xxx and todo, still TBD', []],
  ['TODO: XX/XX/XXXX, FIXME, TBD: the date, Dear ___,', ['TODO', 'XX/XX/XXXX', 'FIXME', 'TBD', '___']],
  ['[specific topic discussed] and [SPECIFIC ASPECT] and [TBD]', ['[specific topic discussed]', '[SPECIFIC ASPECT]', '[TBD]']],
  ['word [a] and [link text] and [the team] and [sic] and [1] and [iv] and [x] and [ ]', []],
  ['**[Company]** in bold and _[Role]_', ['[Company]', '[Role]']],
  ["## Thanks, [Name] of [Company's] team", ['[Name]', "[Company's]"]],
  ['> quoted [Company]', []],
  ['`{{code}}` and ``[Company]``', []],
  ['[link](https://a.b) [ref][] [^note] ![Image](a.png)', []],
];

test('one case per line: what is and is not a placeholder', () => {
  for (const [line, want] of LINES) {
    assert.deepEqual(spans(tokenize(line), PLACEHOLDER).map((s) => s.text), want, line);
  }
});

test('the grammar agrees with the engine\'s placeholder rule (line cases and whole messages)', () => {
  const engine = (text: string) => analyze(text).messages.filter((m) => m.ruleId === 'placeholder').map((m) => m.actual);
  for (const [line] of LINES) assert.deepEqual(spans(tokenize(line), PLACEHOLDER).map((s) => s.text), engine(line), line);
  for (const name of ['messages/d11-template-placeholders.md', 'messages/d12-placeholders-over-apologetic.md', 'grammar/placeholders.md']) {
    const text = read(`test/fixtures/${name}`);
    const grammar = spans(tokenize(text), PLACEHOLDER).map((s) => s.text);
    assert.ok(grammar.length > 0, name);
    assert.deepEqual(grammar, engine(text), name);
  }
});

test('the placeholder scope has a default colour (configurationDefaults)', () => {
  const rules = pkg.contributes.configurationDefaults['editor.tokenColorCustomizations'].textMateRules as { scope: string; settings: { foreground?: string } }[];
  const rule = rules.find((r) => r.scope === PLACEHOLDER);
  assert.ok(rule, 'a textMateRules entry for the placeholder scope');
  assert.match(rule.settings.foreground ?? '', /^#[0-9A-Fa-f]{6}$/);
});
