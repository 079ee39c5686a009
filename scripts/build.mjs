#!/usr/bin/env node
// Bundles the extension (CommonJS, `vscode` external, ESM-only unified packages bundled in),
// the CLI (with a shebang) and the integration tests. Usage: node scripts/build.mjs [--watch] [--production]
import * as esbuild from 'esbuild';
import { readdirSync, existsSync, chmodSync } from 'node:fs';
import { join } from 'node:path';

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');

const common = {
  bundle: true,
  platform: 'node',
  target: 'node18',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  legalComments: 'none',
  // Many unified packages read `process` conditionally; keep them on their node/default export.
  mainFields: ['module', 'main'],
  conditions: ['node', 'import', 'default'],
};

function listTests(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? listTests(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []);
}

/**
 * The engine ships once, as dist/engine.js: the extension (for its in-process fallback) and the
 * analysis worker both load it at run time instead of each bundling their own copy of the
 * lexicon and the sentence model.
 */
const sharedEngine = {
  name: 'shared-engine',
  setup(build) {
    build.onResolve({ filter: /[\\/]core[\\/]analyze$/ }, (args) => (/[\\/]src[\\/]vscode[\\/]/.test(args.importer) ? { path: './engine.js', external: true } : undefined));
  },
};

const builds = [
  { ...common, entryPoints: ['src/core/analyze.ts'], outfile: 'dist/engine.js' },
  { ...common, entryPoints: ['src/vscode/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'], plugins: [sharedEngine] },
  { ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
  // The unified plugin for remark-cli and unified pipelines (ESM; .mjs stays out of the VSIX).
  { ...common, format: 'esm', entryPoints: ['src/core/plugin.ts'], outfile: 'dist/remark-poise.mjs', banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" } },
];
if (existsSync('src/vscode/worker.ts')) {
  builds.push({ ...common, entryPoints: ['src/vscode/worker.ts'], outfile: 'dist/worker.js', plugins: [sharedEngine] });
}
if (!production) {
  const tests = listTests('test/integration');
  if (tests.length) {
    builds.push({ ...common, entryPoints: tests, outdir: 'out/test/integration', outbase: 'test/integration', external: ['vscode', 'mocha'], sourcemap: 'inline' });
  }
}

if (watch) {
  for (const b of builds) await (await esbuild.context(b)).watch();
  console.log('[poise] watching for changes…');
} else {
  await Promise.all(builds.map((b) => esbuild.build(b)));
  if (existsSync('dist/cli.js')) chmodSync('dist/cli.js', 0o755);
}
