import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyze, CATEGORIES, type PoiseOptions } from '../../src/core/index';
import { parseMarkdown } from '../../src/core/parse';
import { checkMessage } from './invariant-check';

/**
 * Property tests over random Markdown: never throws, always keeps the message contract, finishes
 * in bounded time, and never reports inside code, HTML blocks, front matter or quotes.
 */

const RUNS = Number(process.env.POISE_PROPERTY_RUNS ?? 150);
/** Generous: the machine is shared; a hang or a quadratic blow-up is far beyond this. */
const MAX_MS = 1500;

// Words a writer might use, tone problems included, plus awkward characters.
const WORD = fc.constantFrom(
  'thanks', 'Thank', 'you', 'for', 'the', 'update', 'I', 'am', 'happy', 'to', 'chat', 'team', 'role', 'offer',
  'VERY', 'ANGRY', 'NEVER', 'AWS', 'SQL', 'PhD', 'CI/CD', 'HR', 'OK',
  'per my last email', 'as I already said', 'I demand an explanation', 'you owe me', 'your loss',
  'thanks for nothing', 'sorry', 'so sorry', 'unfortunately', 'please reconsider', 'I really need this job',
  'I just wanted to maybe ask', 'clueless', 'damn', 'hell', 'your process is broken', 'you will regret this',
  '!', '!!', '?!', '!!!', '...', ',', ';', ':',
  '[Company]', '[Hiring Manager Name]', '{{name}}', '<Company>', 'XXX', 'TODO', '[ ]', '[^1]',
  '[text](https://example.com/VERY-ANGRY)', '<https://example.com/LOUD>', '<b>LOUD</b>', '&amp;', '**bold**', '_em_', '~~gone~~',
  '(unmatched', 'unmatched)', '[dangling', 'dangling]', '"quoted"', '’', '—',
  '😀', '👩🏽‍💻', 'e\u0301', 'A\u030A', '\t', '\uD800', '\uDFFF', '\u0000', '\u200B', '\uFEFF', 'Ω', 'ﬁ',
);
const PROSE = fc.array(WORD, { minLength: 1, maxLength: 25 }).map((ws) => ws.join(' '));
/** Protected-only words: loud enough that any rule would fire if the region were judged. */
const LOUD = fc.array(fc.constantFrom('VERY ANGRY', 'per my last email', 'I demand', 'damn', '[Company]', 'TODO', '!!!', 'so sorry', 'you owe me', '{{name}}', 'clueless'), { minLength: 1, maxLength: 8 }).map((ws) => ws.join(' '));
const INLINE_CODE = LOUD.map((w) => `\`${w}\``);

/** `inline`: an inline code span, which a sentence-level message may contain whole (never cut into). */
type Part = { text: string; protected: boolean; inline?: boolean };
type Block = Part[];

const paragraph: fc.Arbitrary<Block> = fc
  .array(fc.oneof({ weight: 4, arbitrary: PROSE.map((t): Part => ({ text: t, protected: false })) }, { weight: 1, arbitrary: INLINE_CODE.map((t): Part => ({ text: t, protected: true, inline: true })) }), { minLength: 1, maxLength: 5 })
  .map((parts) => {
    const out: Part[] = [];
    parts.forEach((p, i) => {
      if (i) out.push({ text: ' ', protected: false });
      out.push(p);
    });
    // A paragraph must start with a word, not with a character that opens another construct.
    return [{ text: 'Well ', protected: false }, ...out];
  });
const heading = PROSE.map((t): Block => [{ text: `## ${t}`, protected: false }]);
const list = fc.array(PROSE, { minLength: 1, maxLength: 4 }).map((items): Block => [{ text: items.map((t) => `- ${t}`).join('\n'), protected: false }]);
const fence = fc.array(LOUD, { minLength: 0, maxLength: 4 }).map((lines): Block => [{ text: ['```text', ...lines, '```'].join('\n'), protected: true }]);
const tildeFence = fc.array(LOUD, { minLength: 1, maxLength: 3 }).map((lines): Block => [{ text: ['~~~', ...lines, '~~~'].join('\n'), protected: true }]);
const indented = LOUD.map((t): Block => [{ text: `    ${t}`, protected: true }]);
const quote = fc.array(LOUD, { minLength: 1, maxLength: 3 }).map((lines): Block => [{ text: lines.map((l) => `> ${l}`).join('\n'), protected: true }]);
const html = LOUD.map((t): Block => [{ text: `<div>\n${t}\n</div>`, protected: true }]);
const comment = fc.constantFrom('<!-- a note -->', '<!-- poise-disable hedging -->', '<!-- poise-enable -->').map((t): Block => [{ text: t, protected: true }]);
const rule = fc.constant<Block>([{ text: '***', protected: false }]);

const FRONT_MATTER = fc.array(LOUD, { minLength: 0, maxLength: 3 }).map((vals) => ['---', 'kind: thank-you', ...vals.map((v, i) => `note${i}: ${JSON.stringify(v)}`), '---'].join('\n'));

const document = fc
  .record({
    frontMatter: fc.option(FRONT_MATTER, { nil: undefined }),
    blocks: fc.array(fc.oneof({ weight: 5, arbitrary: paragraph }, heading, list, fence, tildeFence, indented, quote, html, comment, rule), { minLength: 1, maxLength: 14 }),
    crlf: fc.boolean(),
  })
  .map(({ frontMatter, blocks, crlf }) => {
    const eol = crlf ? '\r\n' : '\n';
    const conv = (s: string) => s.replace(/\n/g, eol);
    let text = '';
    const protectedRanges: Array<[number, number, boolean]> = [];
    const push = (p: Part) => {
      const t = conv(p.text);
      if (p.protected) protectedRanges.push([text.length, text.length + t.length, p.inline === true]);
      text += t;
    };
    if (frontMatter) push({ text: `${frontMatter}\n\n`, protected: true });
    let prevList = false;
    for (const block of blocks) {
      // Indented code straight after a list continues the list item: that is not code.
      const isIndented = block.length === 1 && block[0]!.text.startsWith('    ');
      if (isIndented && prevList) continue;
      for (const p of block) push(p);
      push({ text: '\n\n', protected: false });
      prevList = block.length === 1 && block[0]!.text.startsWith('- ');
    }
    return { text, protectedRanges };
  });

/** Runs f and returns its result and the CPU time it took (ms): on a shared machine, wall time measures the neighbours. */
function timed<T>(f: () => T): [T, number] {
  const c0 = process.cpuUsage();
  const r = f();
  const c = process.cpuUsage(c0);
  return [r, (c.user + c.system) / 1000];
}

// The phrase matcher is compiled once per set of user phrases: pay for the default one up front, so
// the time bounds below measure analysis, not the one-time compile.
analyze('Warm-up: thanks for nothing, per my last email.');

test('structured random Markdown: invariants hold, nothing reported inside code, HTML, front matter or quotes', () => {
  let reported = 0;
  fc.assert(
    fc.property(document, ({ text, protectedRanges }) => {
      const [result, ms] = timed(() => analyze(text));
      assert.ok(ms < MAX_MS, `analysis took ${ms.toFixed(0)} ms`);
      for (const m of result.messages) {
        checkMessage(text, m, 'random document');
        for (const [s, e, inline] of protectedRanges) {
          const apart = m.endOffset <= s || m.offset >= e;
          const wraps = inline && m.offset <= s && m.endOffset >= e && (m.offset < s || m.endOffset > e);
          assert.ok(apart || wraps, `${m.ruleId} reported ${JSON.stringify(m.actual)} inside protected ${JSON.stringify(text.slice(s, e))}`);
        }
      }
      reported += result.messages.length;
    }),
    { numRuns: RUNS },
  );
  assert.ok(reported > 0, 'the generator produces text the rules react to');
});

test('the protected regions are really judged when they are prose (the check above can fail)', () => {
  // Same loud words as a paragraph are reported: the generator's LOUD set triggers the rules.
  fc.assert(
    fc.property(LOUD, (loud) => {
      const text = `Well ${loud} today.\n`;
      const { messages } = analyze(text);
      for (const m of messages) checkMessage(text, m, 'loud paragraph');
      return loud.includes('VERY ANGRY') ? messages.some((m) => m.ruleId === 'shouting') : true;
    }),
    { numRuns: 30 },
  );
  const quoted = '> VERY ANGRY words\n';
  assert.equal(analyze(quoted).messages.length, 0);
  assert.ok(analyze(quoted, { options: { skipQuotes: false } }).messages.some((m) => m.ruleId === 'shouting'));
});

// Characters that open, close or break Markdown constructs, plus awkward Unicode.
const CHAOS_CHAR = fc.constantFrom(
  '*', '_', '`', '~', '[', ']', '(', ')', '<', '>', '!', '#', '-', '+', '=', '|', '\\', '&', ';', ':', '{', '}', '"', "'", '/', '.',
  '\n', '\n', '\r', '\r\n', '\t', ' ', ' ', ' ', ' ', '    ', '---', '```', '<!--', '-->', '1.',
  'A', 'N', 'G', 'R', 'Y', 'a', 'b', 's', 'o', 'r', 'y', 'I', 'X', 'T', 'D', 'O',
  '\uD83D', '\uDE00', '😀', '\u0301', '\u0000', '\u200D', '\uFFFD', '\uFEFF', '\u2028', 'é',
);
const CHAOS = fc.string({ unit: CHAOS_CHAR, maxLength: 400 });
const SEVERITY = fc.constantFrom('off', 'info', 'warning', 'error') as fc.Arbitrary<'off' | 'info' | 'warning' | 'error'>;
const OPTIONS: fc.Arbitrary<Partial<PoiseOptions>> = fc.record(
  {
    rules: fc.dictionary(fc.constantFrom(...CATEGORIES), SEVERITY, { maxKeys: 4 }),
    allow: fc.array(fc.string({ unit: CHAOS_CHAR, minLength: 1, maxLength: 12 }), { maxLength: 3 }),
    skipQuotes: fc.boolean(),
  },
  { requiredKeys: [] },
);
const PHRASES = fc.array(
  fc.record({ phrase: fc.string({ unit: CHAOS_CHAR, minLength: 1, maxLength: 20 }), category: fc.constantFrom(...CATEGORIES), suggestions: fc.array(fc.string({ maxLength: 10 }), { maxLength: 3 }) }),
  { minLength: 1, maxLength: 3 },
);

test('chaotic text and options: never throws, invariants hold, bounded time', () => {
  fc.assert(
    fc.property(CHAOS, OPTIONS, (text, options) => {
      const [result, ms] = timed(() => analyze(text, { options }));
      assert.ok(ms < MAX_MS, `analysis took ${ms.toFixed(0)} ms`);
      for (const m of result.messages) checkMessage(text, m, 'chaos');
      assert.ok(Array.isArray(result.checklist));
    }),
    { numRuns: RUNS * 2 },
  );
});

test('chaotic user phrases (literal text with Markdown and regex characters): never throw, invariants hold', () => {
  // Few runs: each new phrase set compiles a matcher (a one-time cost per configuration).
  fc.assert(
    fc.property(CHAOS, PHRASES, (text, phrases) => {
      const withPhrase = `${text} ${phrases[0]!.phrase} ${text}`;
      const result = analyze(withPhrase, { options: { phrases } });
      for (const m of result.messages) checkMessage(withPhrase, m, 'user phrases');
    }),
    { numRuns: 12 },
  );
});

test('large inputs: time grows like the Markdown parse, not worse', () => {
  // Wall-clock limits are unreliable on a shared machine, so the bound is relative to remark-parse
  // on the same text, measured right before (catches quadratic or exponential blow-ups in Poise).
  const line = 'Thanks for nothing!!! I am VERY ANGRY, sorry sorry sorry, [Company] {{name}} (unmatched [dangling 😀 e\u0301\n';
  const big = `${line.repeat(10)}\n`.repeat(50) + `${'*'.repeat(2000)}\n\n${'['.repeat(2000)}\n\n${'<'.repeat(2000)}\n\n${'`'.repeat(2000)}\n\n${'!'.repeat(2000)}\n\n${'A'.repeat(3000)}\n`;
  const [, parseMs] = timed(() => parseMarkdown(big));
  const [result, ms] = timed(() => analyze(big));
  for (const m of result.messages) checkMessage(big, m, 'large');
  assert.ok(ms < 5 * parseMs + 2000, `analysis took ${ms.toFixed(0)} ms; remark-parse alone ${parseMs.toFixed(0)} ms`);
});
