import { readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseOptionsJson, type ValidatedOptions } from '../core/config';

/**
 * Node-side `.poiserc.json` discovery, shared by the CLI and the VS Code host: the nearest
 * `.poiserc.json` in the file's folder or any folder above it. Reading and validating it never
 * throws: an unreadable file or broken JSON is one ConfigProblem naming the file.
 */

export const POISERC = '.poiserc.json';

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** The nearest `.poiserc.json` from `startDir` upward (to the filesystem root), or null. */
export function findPoiserc(startDir: string, cache?: Map<string, string | null>): string | null {
  let dir = resolve(startDir);
  const visited: string[] = [];
  let found: string | null = null;
  for (;;) {
    const cached = cache?.get(dir);
    if (cached !== undefined) {
      found = cached;
      break;
    }
    visited.push(dir);
    const candidate = join(dir, POISERC);
    if (isFile(candidate)) {
      found = candidate;
      break;
    }
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  if (cache) for (const d of visited) cache.set(d, found);
  return found;
}

/** Reads and validates one options file. `label` names it in problems (defaults to the path). */
export function loadPoiserc(path: string, label: string = path): ValidatedOptions {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return { options: {}, problems: [{ source: label, key: '', message: `Cannot read the file (${code ?? (e as Error).message}); using the defaults.` }] };
  }
  return parseOptionsJson(text, label);
}

/**
 * Finds and loads the options for a document in `dir`, caching per folder and per file, so a
 * run over many files reads each `.poiserc.json` once. `problems` are reported once per file.
 */
export class PoisercLoader {
  private readonly found = new Map<string, string | null>();
  private readonly loaded = new Map<string, ValidatedOptions>();

  /** The rc file for documents in `dir` and its options (null when there is none). */
  forDirectory(dir: string): { path: string; result: ValidatedOptions; first: boolean } | null {
    const path = findPoiserc(dir, this.found);
    if (path === null) return null;
    let result = this.loaded.get(path);
    const first = result === undefined;
    if (!result) {
      result = loadPoiserc(path);
      this.loaded.set(path, result);
    }
    return { path, result, first };
  }

  /** Forget what was read (e.g. after a `.poiserc.json` changed on disk). */
  clear(): void {
    this.found.clear();
    this.loaded.clear();
  }
}
