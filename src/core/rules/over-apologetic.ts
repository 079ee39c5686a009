import { reportPhrases } from './tone';
import type { Rule } from './rule';
import type { ProseBlock } from '../prose';
import { allowedRanges, overlaps, tokenized, type Range } from './structure-util';

/**
 * OVER-APOLOGETIC: apologies stacked until they are the message.
 * - two or more apology expressions in one sentence or in adjacent sentences ("I'm so sorry…;
 *   I really apologize…"), at least one of them an outright apology;
 * - apologising for writing at all, even once ("sorry to be a pain", "sorry for even asking",
 *   "sorry to write again"); the everyday "Sorry to bother you" and "Apologies for taking up your
 *   time" only when insistent ("again") or intensified ("so sorry to bother you");
 * - three or more apologies spread over one message.
 * A single polite apology ("Sorry for the slow reply", "I apologize for the short notice") is fine,
 * and so is sympathy ("I was sorry to hear about the layoffs").
 */

interface Hit {
  start: number;
  end: number;
  strong: boolean;
}

// Outright apologies. Sympathy ("sorry to hear", "sorry for your loss", "feel sorry for") is not one.
const STRONG =
  /\b(?:sor+y+|srry|sry|soz)\b(?! (?:to (?:hear|learn|see|read)|for your loss|state))|(?<!\b(?:no need to|don['’]t|do not|never|not|won['’]t|will not|shouldn['’]t|should not) )\bap+ol+ogi[sz](?:e|es|ed|ing)\b|\bap+ol+og(?:y|ies)\b|\bforgive me\b|\bpardon (?:me|my|the)\b|\bmy bad\b|\bexcuse (?:me for|the|my)\b/gi;
// Apology-adjacent wording that only counts next to an outright apology.
const WEAK =
  /\bI (?:really |truly |just )?feel (?:so |really |just )?(?:terrible|awful|horrible|bad|dreadful)\b|\bI (?:deeply |sincerely |truly |really )?regret\b|\bplease don['’]t be (?:mad|angry|upset)\b|\b(?:it was|that was|it['’]s|that['’]s) (?:all |entirely )?my (?:fault|mistake)\b|\bI hate to (?:bother|bug|pester|trouble|ask)\b|\bI (?:don['’]?t|do not) (?:mean|want) to (?:bother|bug|pester|nag|trouble|be (?:a (?:pain|bother|nuisance|pest)|pushy|annoying))\b|\bto be a (?:bother|pain|nuisance)\b/gi;
const FEEL_SORRY = /\bfeel sorry for\b/gi;

// Apologising for writing at all.
const EXISTING =
  /\b(?:sor+y+|srry|sry|soz|ap+ol+ogi[sz]e|ap+ol+ogies|my ap+ol+ogies|(?:forgive|excuse|pardon) me|(?:forgive|excuse|pardon)(?= (?:the|this|my) (?:intrusion|interruption|disturbance)))(?: again)? (?:(?:for|to|if|that) )?(?:even |keep(?: on)? |constantly )?(?:(?:I['’]m |I am |I was )?(?:bother(?:ing)?|disturb(?:ing)?|interrupt(?:ing)?|intrud(?:e|ing)|troubl(?:e|ing)|pester(?:ing)?|bug(?:ging)?|nag(?:ging)?|hassl(?:e|ing)|badger(?:ing)?|spam(?:ming)?|flood(?:ing)? your inbox|add(?:ing)? to (?:the|your) (?:pile|inbox|workload|backlog)|(?:the|this|my) (?:intrusion|interruption|disturbance)|(?:all (?:the|these|my)|so many|the (?:many|constant|endless|multiple)|my (?:many|constant|endless)|yet another) (?:e-?mails?|messages?|follow-?ups?|questions?)|chas(?:e|ing)(?: you| this)?(?: up)? (?:again|once more)|be(?:ing)? (?:a |such a |so much of a |a bit of a )?(?:bother|pain|nuisance|pest|burden|hassle)|(?<=I['’]m |I am )(?:a |such a )(?:bother|pain|nuisance|pest)|be(?:ing)? (?:so |too )?(?:annoying|pushy)|tak(?:e|ing) up (?:so much of |any more of |more of )?your (?:time|day)|writ(?:e|ing)(?: to you)? (?:again|a second time|twice)|email(?:ing)?(?: you)? (?:again|a second time|twice)|wast(?:e|ing) (?:so much of |any more of |more of )?your (?:time|day)|be(?:ing)? that (?:candidate|applicant|person|guy|girl)|reach(?:ing)? out again|follow(?:ing)? up again|(?<=even )ask(?:ing)?|ask(?:ing)? (?:again|so many questions|so much)|this (?:long |lengthy )?(?:email|message|note)|the (?:long |lengthy )?(?:email|message)|the length of this|clutter(?:ing)?|existing)(?: you| your (?:inbox|team))?(?: again| once more)?|(?:if )?this (?:is|sounds like|might be|may be) (?:a|an) (?:silly|stupid|dumb|basic|obvious|naive|daft) question)/gi;

function collect(re: RegExp, text: string, strong: boolean, into: Hit[]): void {
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) into.push({ start: m.index, end: m.index + m[0].length, strong });
}

interface BlockHits {
  block: ProseBlock;
  hits: Hit[];
  flagged: boolean;
  /** Everyday apologies for writing left alone on their own ("Sorry to bother you"). */
  mild: Hit[];
}

const FOR_WRITING = 'Apologising for writing at all makes your message sound unwelcome.';

const NOTE =
  'One apology is polite; a stack of them makes the message about your guilt instead of your point, and it reads as nervous or insecure. Apologise once, briefly, for something that needs it (a late reply), and turn the rest into thanks: "Thank you for your patience" instead of "Sorry to bother you".';

/** The everyday forms of apologising for writing: for bothering, interrupting, taking time. */
const MILD = /\b(?:bother(?:ing)?|disturb(?:ing)?|interrupt(?:ing)?|troubl(?:e|ing)|intrusion|interruption|disturbance|tak(?:e|ing) up (?:\w+ )?your (?:time|day))\b/i;
/** …unless it repeats itself ("again", "once more", "twice", "keep", "even"). */
const INSISTENT = /\b(?:again|once more|twice|a second time|keep|constantly|even|so many|yet another|all (?:the|these|my)|endless|constant|multiple)\b/i;
/** …or comes intensified. */
const INTENSIFIED = /\b(?:so|really|terribly|very|truly|awfully|incredibly|extremely|deeply|sincerely|super|so very)\s+$/i;

export const overApologetic: Rule = {
  id: 'over-apologetic',
  category: 'over-apologetic',
  severity: 'warning',
  reason: 'Stacked apologies undercut your message.',
  note: NOTE,
  check(ctx) {
    // The user's own phrases of this category (options.phrases) are reported under this rule.
    reportPhrases(ctx, 'over-apologetic');
    const all: BlockHits[] = [];
    for (const block of ctx.doc.blocks) {
      const text = block.text;
      if (!/sor+y|srry|sry|soz|ap+ol+og|forgive|pardon|my bad|excuse/i.test(text)) continue;
      const tk = tokenized(block);
      const skip: Range[] = [...tk.quotes, ...allowedRanges(block, ctx.options.allow)];
      const sympathy: Hit[] = [];
      collect(FEEL_SORRY, text, false, sympathy);
      const hits: Hit[] = [];
      collect(STRONG, text, true, hits);
      collect(WEAK, text, false, hits);
      const kept = hits
        .filter((h) => !overlaps(skip, h.start, h.end) && !overlaps(sympathy.map((x): Range => [x.start, x.end]), h.start, h.end))
        .sort((a, b) => a.start - b.start);
      const entry: BlockHits = { block, hits: kept.filter((h) => h.strong), flagged: false, mild: [] };
      all.push(entry);
      if (!kept.length) continue;

      const existingHits: Hit[] = [];
      collect(EXISTING, text, true, existingHits);

      // Clusters: apologies in one sentence or in adjacent sentences.
      const reported: Range[] = [];
      const sentenceOf = (at: number) => {
        const i = tk.sentences.findIndex((s) => s.start <= at && at < s.end);
        return i < 0 ? tk.sentences.length : i;
      };
      let i = 0;
      while (i < kept.length) {
        let j = i;
        while (j + 1 < kept.length && sentenceOf(kept[j + 1]!.start) - sentenceOf(kept[j]!.start) <= 1) j++;
        const group = kept.slice(i, j + 1);
        i = j + 1;
        const strong = group.filter((h) => h.strong).length;
        if (group.length < 2 || strong < 1) continue;
        const start = group[0]!.start;
        const end = group[group.length - 1]!.end;
        // One apology plus its own "to be a bother" is an apology for writing, not a stack.
        const forWriting = strong === 1 && group.length === 2 && existingHits.some((h) => h.start < end && start < h.end);
        ctx.report({
          block,
          start,
          end,
          reason: forWriting ? FOR_WRITING : `${group.length} apologies in a row undercut your message.`,
        });
        reported.push([start, end]);
        entry.flagged = true;
      }

      // Apologising for writing at all: flagged even when it is the only apology ("sorry to be a
      // pain", "sorry for spamming your inbox"), except the everyday "Sorry to bother you, but
      // could you…" / "Apologies for taking up your time": those only when insistent ("again") or
      // intensified ("so sorry to bother you").
      for (const h of existingHits) {
        if (overlaps(skip, h.start, h.end) || overlaps(reported, h.start, h.end)) continue;
        const said = text.slice(h.start, h.end);
        const mild = kept.length <= 1 && MILD.test(said) && !INSISTENT.test(text.slice(h.start, h.end + 12)) && !INTENSIFIED.test(text.slice(Math.max(0, h.start - 20), h.start));
        if (mild) {
          entry.mild.push(h);
          continue;
        }
        ctx.report({
          block,
          start: h.start,
          end: h.end,
          reason: FOR_WRITING,
        });
        entry.flagged = true;
      }
    }
    // Spread over the message: three or more outright apologies.
    const total = all.reduce((n, b) => n + b.hits.length, 0);
    if (total >= 3) {
      for (const b of all) {
        if (b.flagged) continue;
        for (const hit of b.hits) {
          // Within an everyday apology for writing, the whole phrase ("Pardon the intrusion").
          const h = b.mild.find((m) => m.start < hit.end && hit.start < m.end) ?? hit;
          ctx.report({
            block: b.block,
            start: h.start,
            end: h.end,
            reason: `${total} apologies in one message undercut it.`,
          });
        }
      }
    }
  },
};
