#!/usr/bin/env node
// Writes snippets/poise.code-snippets from the template catalogue in src/core/templates.ts (the
// single source of truth). Usage: node --import tsx scripts/gen-snippets.mjs [--check]
// With --check it writes nothing and exits 1 when the file is out of date.
import { readFileSync, writeFileSync } from 'node:fs';
import { codeSnippetsFile } from '../src/core/templates.ts';

const path = new URL('../snippets/poise.code-snippets', import.meta.url);
const want = codeSnippetsFile();
let have = '';
try {
  have = readFileSync(path, 'utf8');
} catch {
  /* missing */
}
if (process.argv.includes('--check')) {
  if (have !== want) {
    console.error('snippets/poise.code-snippets is out of date: run `npm run snippets`.');
    process.exit(1);
  }
  console.log('snippets/poise.code-snippets is up to date.');
} else if (have !== want) {
  writeFileSync(path, want);
  console.log('wrote snippets/poise.code-snippets');
} else {
  console.log('snippets/poise.code-snippets is up to date.');
}
