import { CATEGORIES, type Category, type ConfigProblem, type SeveritySetting } from './types';
import { defaultOptions, MAX_SUGGESTIONS, OPTION_KEYS, SEVERITY_SETTINGS, type PhraseSpec, type PoiseOptions } from './options';
import { EXTRA_RULE_IDS } from './rules/ids';

/**
 * Configuration: validation of user-supplied options (a `.poiserc.json`, editor settings, the
 * front matter key `poise:`, unified plugin options) and merging of the layers.
 *
 * A bad value never stops the analysis: it gives one problem naming the source and the key, and
 * that key (or that one entry) falls back to its default.
 */

export interface ValidatedOptions {
  options: Partial<PoiseOptions>;
  problems: ConfigProblem[];
}

/** Keys a config file may carry without being options (editors add `$schema`). */
const IGNORED_KEYS = new Set(['$schema']);

let known: ReadonlySet<string> | null = null;

/** Rule ids and categories a `rules` key or an ignore comment may name (built once). */
export function knownRuleNames(): ReadonlySet<string> {
  known ??= new Set<string>([...CATEGORIES, ...EXTRA_RULE_IDS]);
  return known;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  return String(value);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Levenshtein distance, for "did you mean". Short strings only. */
function distance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j]!;
      prev[j] = Math.min(prev[j]! + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return prev[b.length]!;
}

function didYouMean(value: string, candidates: Iterable<string>): string {
  const v = value.toLowerCase();
  let best: string | null = null;
  let bestD = Infinity;
  for (const c of candidates) {
    const d = distance(v, c.toLowerCase());
    if (d < bestD) {
      best = c;
      bestD = d;
    }
  }
  return best !== null && bestD <= Math.max(2, Math.floor(value.length / 4)) ? ` (did you mean "${best}"?)` : '';
}

/**
 * Checks raw options from `source` (a file path, "settings", "front matter", …). Returns the
 * valid part and one problem per bad key or entry. Never throws.
 */
export function validateOptions(raw: unknown, source: string, names?: ReadonlySet<string>): ValidatedOptions {
  const problems: ConfigProblem[] = [];
  const options: Partial<PoiseOptions> = {};
  const problem = (key: string, message: string) => problems.push({ source, key, message });

  if (raw === undefined || raw === null) return { options, problems };
  if (!isPlainObject(raw)) {
    problem('', `Poise options must be an object with the keys ${OPTION_KEYS.join(', ')}, not ${describe(raw)}; using the defaults.`);
    return { options, problems };
  }

  for (const [key, value] of Object.entries(raw)) {
    if (IGNORED_KEYS.has(key)) continue;
    switch (key) {
      case 'rules': {
        if (!isPlainObject(value)) {
          problem('rules', `"rules" must be an object mapping a rule id or category to off, info, warning or error, not ${describe(value)}; using the default severities.`);
          break;
        }
        const rules: Record<string, SeveritySetting> = {};
        const known = names ?? knownRuleNames();
        for (const [id, sev] of Object.entries(value)) {
          if (!known.has(id)) {
            problem(`rules.${id}`, `"rules.${id}": "${id}" is not a Poise rule id or category${didYouMean(id, known)}; ignored.`);
            continue;
          }
          if (typeof sev !== 'string' || !(SEVERITY_SETTINGS as readonly string[]).includes(sev)) {
            problem(`rules.${id}`, `"rules.${id}" must be one of ${SEVERITY_SETTINGS.join(', ')}, not ${describe(sev)}; using its default severity.`);
            continue;
          }
          rules[id] = sev as SeveritySetting;
        }
        options.rules = rules;
        break;
      }
      case 'allow': {
        if (!Array.isArray(value)) {
          problem('allow', `"allow" must be a list of phrases, not ${describe(value)}; using the default (none).`);
          break;
        }
        const allow: string[] = [];
        value.forEach((item, i) => {
          if (typeof item === 'string' && item.trim() !== '') allow.push(item.trim());
          else problem(`allow[${i}]`, `"allow[${i}]" must be a non-empty phrase, not ${describe(item)}; ignored.`);
        });
        options.allow = allow;
        break;
      }
      case 'phrases': {
        if (!Array.isArray(value)) {
          problem('phrases', `"phrases" must be a list of { phrase, category, note?, suggestions? }, not ${describe(value)}; using the default (none).`);
          break;
        }
        const phrases: PhraseSpec[] = [];
        value.forEach((item, i) => {
          const spec = validatePhrase(item, `phrases[${i}]`, problem);
          if (spec) phrases.push(spec);
        });
        options.phrases = phrases;
        break;
      }
      case 'skipQuotes': {
        if (typeof value !== 'boolean') {
          problem('skipQuotes', `"skipQuotes" must be true or false, not ${describe(value)}; using the default (true).`);
          break;
        }
        options.skipQuotes = value;
        break;
      }
      default:
        problem(key, `Unknown key "${key}"${didYouMean(key, OPTION_KEYS)}; ignored. Poise options are ${OPTION_KEYS.join(', ')}.`);
    }
  }
  return { options, problems };
}

function validatePhrase(item: unknown, at: string, problem: (key: string, message: string) => void): PhraseSpec | null {
  if (!isPlainObject(item)) {
    problem(at, `"${at}" must be an object { phrase, category, note?, suggestions? }, not ${describe(item)}; ignored.`);
    return null;
  }
  let ok = true;
  for (const k of Object.keys(item)) {
    if (!['phrase', 'category', 'note', 'suggestions'].includes(k)) {
      problem(`${at}.${k}`, `Unknown key "${at}.${k}"${didYouMean(k, ['phrase', 'category', 'note', 'suggestions'])}; ignored.`);
    }
  }
  const { phrase, category, note, suggestions } = item;
  if (typeof phrase !== 'string' || phrase.trim() === '') {
    problem(`${at}.phrase`, `"${at}.phrase" must be non-empty literal text, not ${describe(phrase)}; this phrase is ignored.`);
    ok = false;
  }
  if (typeof category !== 'string' || !(CATEGORIES as readonly string[]).includes(category)) {
    problem(`${at}.category`, `"${at}.category" must be a category${typeof category === 'string' ? didYouMean(category, CATEGORIES) : ''} (${CATEGORIES.join(', ')}), not ${describe(category)}; this phrase is ignored.`);
    ok = false;
  }
  if (!ok) return null;
  const spec: PhraseSpec = { phrase: (phrase as string).trim(), category: category as Category };
  if (note !== undefined) {
    if (typeof note === 'string') spec.note = note;
    else problem(`${at}.note`, `"${at}.note" must be text (Markdown), not ${describe(note)}; ignored.`);
  }
  if (suggestions !== undefined) {
    if (Array.isArray(suggestions) && suggestions.every((s) => typeof s === 'string')) {
      if (suggestions.length > MAX_SUGGESTIONS) {
        problem(`${at}.suggestions`, `"${at}.suggestions" has ${suggestions.length} entries; only the first ${MAX_SUGGESTIONS} are used.`);
      }
      spec.suggestions = (suggestions as string[]).slice(0, MAX_SUGGESTIONS);
    } else {
      problem(`${at}.suggestions`, `"${at}.suggestions" must be a list of rewrites (text), not ${describe(suggestions)}; ignored.`);
    }
  }
  return spec;
}

/**
 * Parses a `.poiserc.json` text and validates it. Broken JSON gives one problem (with line and
 * column when the parser says where) and no options. The host reads the file; this stays pure.
 */
export function parseOptionsJson(text: string, source: string, known?: ReadonlySet<string>): ValidatedOptions {
  let raw: unknown;
  try {
    raw = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (e) {
    let detail = (e as Error).message;
    const at = /position (\d+)/.exec(detail);
    if (at) {
      const pos = Number(at[1]);
      const before = text.slice(0, pos);
      const line = before.split('\n').length;
      const column = pos - before.lastIndexOf('\n');
      detail = `${detail.replace(/\s*\(line \d+ column \d+\)/, '')} (line ${line}, column ${column})`;
    }
    return { options: {}, problems: [{ source, key: '', message: `Not valid JSON: ${detail}; using the defaults.` }] };
  }
  return validateOptions(raw, source, known);
}

/** One line for a log or a terminal: `<source>: <message>`. */
export function formatConfigProblem(p: ConfigProblem): string {
  return `${p.source}: ${p.message}`;
}

/**
 * Merges option layers, lowest first (defaults ← .poiserc.json ← editor settings ← front matter).
 * `rules`: per key, the later layer wins. `allow`: the union. `phrases`: the union, a later entry
 * replacing an earlier one with the same phrase (case-insensitive). `skipQuotes`: the later layer
 * wins. Layers are expected to be validated; values of the wrong type are skipped, never thrown on.
 */
export function mergeOptions(...layers: Array<Partial<PoiseOptions> | null | undefined>): PoiseOptions {
  const out = defaultOptions();
  for (const layer of layers) {
    if (!layer || typeof layer !== 'object') continue;
    if (isPlainObject(layer.rules)) out.rules = { ...out.rules, ...layer.rules };
    if (Array.isArray(layer.allow)) {
      const seen = new Set(out.allow);
      for (const a of layer.allow) {
        if (typeof a !== 'string' || seen.has(a)) continue;
        seen.add(a);
        out.allow.push(a);
      }
    }
    if (Array.isArray(layer.phrases)) {
      for (const p of layer.phrases) {
        if (!p || typeof p.phrase !== 'string') continue;
        const key = p.phrase.toLowerCase();
        out.phrases = out.phrases.filter((q) => q.phrase.toLowerCase() !== key);
        out.phrases.push(p);
      }
    }
    if (typeof layer.skipQuotes === 'boolean') out.skipQuotes = layer.skipQuotes;
  }
  return out;
}
