import { parseMarkdown } from './parse';
import { extractProse, type ProseDoc } from './prose';
import { LineIndex } from './location';
import type { PoiseOptions } from './options';
import { mergeOptions, validateOptions } from './config';
import { readFrontMatter } from './frontmatter';
import { runRules } from './rules/run';
import { applySuppressions } from './suppress';
import { detectKind } from './kinds';
import { buildChecklist, countWords } from './checklist/index';
import type { AnalyzeResult, ConfigProblem } from './types';

export interface AnalyzeInput {
  /** Options already merged by the host (defaults ← .poiserc.json ← settings). Front matter `poise:` is applied here. */
  options?: Partial<PoiseOptions>;
}

/**
 * Analyses one Markdown document: parse once, cut out the writer's prose, run every rule in one
 * pass, honour ignore comments, then find the letter kind and its checklist. Pure: text and
 * options in, plain data out. Never throws on odd input.
 */
export function analyze(text: string, input: AnalyzeInput = {}): AnalyzeResult {
  const configProblems: ConfigProblem[] = [];
  const base: PoiseOptions = mergeOptions(input.options);
  const tree = parseMarkdown(text);
  let doc = extractProse(text, tree, { skipQuotes: base.skipQuotes });
  const fm = readFrontMatter(doc.frontMatter);
  configProblems.push(...fm.problems);
  // The document's own `poise:` front matter key is the highest layer.
  const fmOptions = validateOptions(fm.data.poise, 'front matter');
  configProblems.push(...fmOptions.problems);
  const options = mergeOptions(base, fmOptions.options);
  if (options.skipQuotes !== base.skipQuotes) doc = extractProse(text, tree, { skipQuotes: options.skipQuotes });
  const lines = new LineIndex(text);

  const messages = applySuppressions(runRules(text, doc, options, lines), doc, configProblems);
  const { kind, source: kindSource } = detectKind(doc, fm.data);
  const words = countWords(doc);
  const checklist = buildChecklist({ doc, kind, messages, lines, meta: fm.data, words });

  return {
    messages,
    checklist,
    kind,
    kindSource,
    meta: fm.data,
    configProblems,
    stats: { words, sentences: 0, proseCharacters: proseCharacters(doc) },
  };
}

/** Characters of prose in all blocks (a loop, not a reducer arrow made anew for every document). */
function proseCharacters(doc: ProseDoc): number {
  let n = 0;
  for (const b of doc.blocks) n += b.text.length;
  return n;
}
