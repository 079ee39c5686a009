import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import type { VFile } from 'vfile';
import { analyze } from './analyze';
import { formatConfigProblem, validateOptions } from './config';
import type { PoiseOptions } from './options';
import type { Category, Severity } from './types';

/** What `fatal` means to unified reporters: error → true, warning → false, info → undefined. */
const FATAL: Record<Severity, boolean | undefined> = { error: true, warning: false, info: undefined };

/** The extra fields Poise adds to a VFileMessage. */
export interface PoiseVFileFields {
  category: Category;
  severity: Severity;
}

/**
 * Poise as a unified plugin: `unified().use(remarkParse).use(poise, options?)` (or remark-cli's
 * `--use`) puts every Poise message on the file as a real VFileMessage (ruleId, source "poise",
 * place, reason, note, actual, expected, url, fatal per severity; plus `category` and `severity`).
 *
 * The engine analyses the file's text itself (CommonMark + GFM + front matter), so the result is
 * the same whichever syntax plugins the pipeline uses. Bad options and config problems (e.g. a
 * bad front matter `poise:` key) become warnings with ruleId "config"; the analysis goes on.
 */
const poise: Plugin<[Partial<PoiseOptions>?], Root> = function (options) {
  const checked = validateOptions(options, 'poise plugin options');
  return (_tree: Root, file: VFile) => {
    if (file.value === undefined) return;
    const text = String(file);
    const result = analyze(text, { options: checked.options });
    for (const p of [...checked.problems, ...result.configProblems]) {
      const msg = file.message(formatConfigProblem(p), { ruleId: 'config', source: 'poise' });
      msg.fatal = false;
    }
    for (const m of result.messages) {
      const msg = file.message(m.reason, {
        ruleId: m.ruleId,
        source: 'poise',
        place: { start: { ...m.place.start }, end: { ...m.place.end } },
      });
      msg.note = m.note;
      msg.actual = m.actual;
      msg.expected = [...m.expected];
      msg.url = m.url;
      msg.fatal = FATAL[m.severity];
      Object.assign(msg, { category: m.category, severity: m.severity } satisfies PoiseVFileFields);
    }
  };
};

export default poise;
export { poise };
