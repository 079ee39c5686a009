import { parse as parseYaml } from 'yaml';
import type { ConfigProblem } from './types';

export interface FrontMatter {
  /** The parsed mapping (empty when absent or not a mapping). */
  data: Record<string, unknown>;
  problems: ConfigProblem[];
}

/** Parses YAML front matter. A broken block gives one problem and an empty mapping; never throws. */
export function readFrontMatter(raw: string | null): FrontMatter {
  if (raw === null || raw.trim() === '') return { data: {}, problems: [] };
  try {
    const value: unknown = parseYaml(raw, { maxAliasCount: 50 });
    if (value && typeof value === 'object' && !Array.isArray(value)) return { data: value as Record<string, unknown>, problems: [] };
    return { data: {}, problems: [] };
  } catch (e) {
    return { data: {}, problems: [{ source: 'front matter', key: '', message: `Front matter is not valid YAML: ${(e as Error).message.split('\n')[0]}` }] };
  }
}
