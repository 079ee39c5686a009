import { parse as parseYaml } from 'yaml';
import type { ConfigProblem } from './types';

export interface FrontMatter {
  /** The parsed mapping (empty when absent or not a mapping). */
  data: Record<string, unknown>;
  problems: ConfigProblem[];
}

/** One `key: plain words` line: no character that YAML would read as anything but a plain string. */
const SIMPLE_LINE = /^([A-Za-z][A-Za-z0-9_-]*): (\p{L}(?:[\p{L}\p{N} ,.'’-]*[\p{L}\p{N}.'’])?)$/u;
/** Plain scalars the YAML 1.2 core schema reads as booleans or null. */
const RESERVED = /^(?:true|True|TRUE|false|False|FALSE|null|Null|NULL)$/;

/**
 * Front matter made only of `key: plain words` lines (the usual letter header: kind, to, company)
 * read without the YAML parser; the same mapping it would give (a test compares them). Null for
 * anything else (nesting, quotes, comments, numbers, repeated keys…).
 */
function simpleMapping(raw: string): Record<string, unknown> | null {
  const out: Record<string, unknown> = {};
  for (const line of raw.split('\n')) {
    const m = SIMPLE_LINE.exec(line);
    if (!m || RESERVED.test(m[1]!) || RESERVED.test(m[2]!) || Object.prototype.hasOwnProperty.call(out, m[1]!)) return null;
    out[m[1]!] = m[2]!;
  }
  return out;
}

/** Parses YAML front matter. A broken block gives one problem and an empty mapping; never throws. */
export function readFrontMatter(raw: string | null): FrontMatter {
  if (raw === null || raw.trim() === '') return { data: {}, problems: [] };
  const simple = simpleMapping(raw);
  if (simple) return { data: simple, problems: [] };
  try {
    const value: unknown = parseYaml(raw, { maxAliasCount: 50 });
    if (value && typeof value === 'object' && !Array.isArray(value)) return { data: value as Record<string, unknown>, problems: [] };
    return { data: {}, problems: [] };
  } catch (e) {
    return { data: {}, problems: [{ source: 'front matter', key: '', message: `Front matter is not valid YAML: ${(e as Error).message.split('\n')[0]}` }] };
  }
}
