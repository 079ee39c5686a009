import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parse as parseYaml } from 'yaml';
import { readFrontMatter } from '../../src/core/frontmatter';

/** What the YAML parser makes of the block (the reference for readFrontMatter's shortcut). */
function reference(raw: string): Record<string, unknown> {
  try {
    const v: unknown = parseYaml(raw, { maxAliasCount: 50 });
    return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

const KEY = fc.constantFrom('kind', 'to', 'company', 'role', 'true', 'Null', 'y', 'n', 'on', 'x-y', 'a_b', 'kind', '2nd', '_x', 'key ', ' key');
const VALUE = fc.oneof(
  fc.constantFrom('thank-you', 'Dana', 'Acme Analytics', 'O’Brien', "O'Brien", 'yes', 'No', 'on', 'off', 'true', 'False', 'NULL', '~', 'null x', 'a, b', 'a - b',
    'a #b', 'a: b', 'a:b', '1.5', '2024-01-02', '.inf', 'NaN', 'x.', "it's", 'v ', ' v', '', '"q"', "'q'", 'a  b', '-x', 'Y', 'é', 'a\tb', '[a]', '{a}', '&a', '*a', '!a', '|', '>', '%a', '@a', '`a', 'Chloé', 'Tomás', 'Ærø', 'x²', 'ß', 'Ω', '日本', 'é\u0301', '\u00a0a', 'a\u00a0', '\ufeffa'),
  fc.stringMatching(/^[A-Za-z0-9 ,.'’:#éÆ²\u00a0-]{0,12}$/),
);
const LINE = fc.oneof({ weight: 6, arbitrary: fc.tuple(KEY, VALUE).map(([k, v]) => `${k}: ${v}`) }, { weight: 1, arbitrary: fc.constantFrom('', '# c', '  nested: x', '- item', 'poise:', 'k:v', 'k:  v') });

test('simple front matter reads exactly as the YAML parser reads it', () => {
  fc.assert(
    fc.property(fc.array(LINE, { minLength: 1, maxLength: 6 }), (lines) => {
      const raw = lines.join('\n');
      if (raw.trim() === '') return;
      assert.deepStrictEqual(readFrontMatter(raw).data, reference(raw), JSON.stringify(raw));
    }),
    { numRuns: 3000 },
  );
  assert.deepStrictEqual(readFrontMatter('kind: thank-you\nto: Dana\ncompany: Acme Analytics').data, { kind: 'thank-you', to: 'Dana', company: 'Acme Analytics' });
});
