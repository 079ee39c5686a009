import { reportPhrases } from './tone';
import type { Rule } from './rule';
import type { ProseBlock } from '../prose';
import { allowedRanges, bracketRanges, overlaps, tokenized, type Range } from './structure-util';

/**
 * EXCESSIVE-EXCLAMATION: doubled marks ("!!", "!!!", "?!", "!?", "??") anywhere in the writer's
 * prose (fullwidth "！！" and "‽" too), and a pile of single "!" — three or more in one paragraph, or
 * four or more in a message at more than one per 40 words. One "!" is fine, and so are two.
 * Marks inside quotes, bracketed placeholders and `allow` phrases ("Yahoo!") are not counted; code,
 * URLs and images never reach the rule (prose extraction drops them).
 */

const RUN = /[!?！？]{2,}|[‼⁇⁈⁉‽]/g;
/** A single "!" used as sentence punctuation: not glued to a following word ("!important"). */
const SINGLE = /(?<![!?！？])[!！](?![!?！？])/g;
const PILE_IN_BLOCK = 3;
const PILE_IN_MESSAGE = 4;
const WORDS_PER_MARK = 40;

interface Single {
  block: ProseBlock;
  at: number;
}

function skipRanges(block: ProseBlock, allow: readonly string[]): Range[] {
  return [...tokenized(block).quotes, ...bracketRanges(block.text), ...allowedRanges(block, allow)];
}

export const excessiveExclamation: Rule = {
  id: 'excessive-exclamation',
  category: 'excessive-exclamation',
  severity: 'warning',
  reason: 'Repeated exclamation marks read as over-excited or agitated.',
  note:
    'A string of "!!" or "?!" (or an exclamation mark on every sentence) makes a message sound breathless, pushy or angry, and it undercuts the point you are making. Let the words carry the warmth: one "!" in a whole message is plenty, and a full stop is always safe.',
  check(ctx) {
    // The user's own phrases of this category (options.phrases) are reported under this rule.
    reportPhrases(ctx, 'excessive-exclamation');
    const singles: Single[] = [];
    const piled = new Set<ProseBlock>();
    let words = 0;
    for (const block of ctx.doc.blocks) {
      const text = block.text;
      words += tokenized(block).tokens.length;
      if (!/[!?！？‼⁇⁈⁉‽]/.test(text)) continue;
      const skip = skipRanges(block, ctx.options.allow);
      RUN.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = RUN.exec(text))) {
        const s = m.index;
        const e = s + m[0].length;
        if (overlaps(skip, s, e)) continue;
        // Glued to a following word it is syntax ("!!str", "?!important"), not punctuation.
        if (text[e] !== undefined && /[\p{L}\p{N}]/u.test(text[e]!) && !/^1+(?:[!?]|\s|$)/.test(text.slice(e))) continue;
        const question = /[?？⁇⁈⁉‽]/.test(m[0]);
        ctx.report({
          block,
          start: s,
          end: e,
          reason: question
            ? `"${m[0]}" reads as exasperated.`
            : `"${m[0]}" reads as over-excited or agitated.`,
          expected: question ? ['?'] : ['!', '.'],
        });
      }
      const mine: number[] = [];
      SINGLE.lastIndex = 0;
      while ((m = SINGLE.exec(text))) {
        const at = m.index;
        // Sentence punctuation: followed by the end, a space or a closing mark, not by a word.
        const next = text[at + 1];
        if (next !== undefined && /[\p{L}\p{N}]/u.test(next)) continue;
        if (overlaps(skip, at, at + 1)) continue;
        mine.push(at);
      }
      if (mine.length >= PILE_IN_BLOCK) {
        piled.add(block);
        const tk = tokenized(block);
        const first = mine[0]!;
        const last = mine[mine.length - 1]!;
        const sentence = tk.sentences.find((s) => s.start <= first && first < s.end);
        const start = sentence ? sentence.start : first;
        const end = last + 1;
        let calm = '';
        for (let k = start; k < end; k++) calm += mine.includes(k) && k !== last ? '.' : text[k];
        let flat = '';
        for (let k = start; k < end; k++) flat += mine.includes(k) ? '.' : text[k];
        ctx.report({
          block,
          start,
          end,
          reason: `${mine.length} exclamation marks in one paragraph read as over-excited.`,
          expected: [calm, flat],
        });
      } else {
        for (const at of mine) singles.push({ block, at });
      }
    }
    // Across the message: a pile of single "!" spread over short paragraphs ("Hi!", "Thanks!").
    if (singles.length >= PILE_IN_MESSAGE && singles.length * WORDS_PER_MARK > words) {
      for (const { block, at } of singles.slice(1)) {
        ctx.report({
          block,
          start: at,
          end: at + 1,
          reason: `${singles.length} exclamation marks in a short message read as over-excited.`,
          expected: ['.'],
        });
      }
    }
  },
};
