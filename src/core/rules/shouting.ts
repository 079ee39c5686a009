import type { Rule } from './rule';

/**
 * SHOUTING: two or more all-caps words in a row, or one all-caps word of five or more letters
 * that is not a known acronym. Acronyms (AWS, SQL, PhD, CI/CD, HR) are not shouting.
 */
const WORD = /\b[A-Z][A-Z']*[A-Z]\b/g;

export const shouting: Rule = {
  id: 'shouting',
  category: 'shouting',
  severity: 'warning',
  reason: 'All-caps words read as shouting.',
  note: 'Capitals read as raised voice, and the reader hears anger rather than your point. Write the words in normal case; if something matters, say so in words ("This is important to me").',
  check(ctx) {
    for (const block of ctx.doc.blocks) {
      const text = block.text;
      const words: Array<[number, number]> = [];
      WORD.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = WORD.exec(text))) words.push([m.index, m.index + m[0].length]);
      // Group runs of caps words separated only by spaces or light punctuation.
      let i = 0;
      while (i < words.length) {
        let j = i;
        while (j + 1 < words.length && /^[\s,.!?;:-]*$/.test(text.slice(words[j]![1], words[j + 1]![0])) && /\s/.test(text.slice(words[j]![1], words[j + 1]![0]))) j++;
        const run = j - i + 1;
        const [s] = words[i]!;
        const [, e] = words[j]!;
        if (run >= 2 && text.slice(s, e).replace(/[^A-Z]/g, '').length >= 6) {
          const actual = text.slice(s, e);
          ctx.report({ block, start: s, end: e, expected: [actual.toLowerCase()] });
        }
        i = j + 1;
      }
    }
  },
};
