import { reportPhrases } from './tone';
import type { Rule } from './rule';
import { allowedRanges, capitalize, overlaps, tokenized } from './structure-util';

/**
 * HEDGING: qualifiers piled up until the request disappears. Density, not single words: a sentence
 * is flagged when it holds three or more hedges ("I just wanted to maybe check, if that's okay…"),
 * or when it opens with two of them ("I just wanted to maybe ask…"), or when two different softeners
 * sit close together ("Perhaps we could maybe chat"). One "just" or one "maybe" is normal English and
 * never flagged.
 *
 * The rewrite drops the hedges that can go without breaking the sentence (just, maybe, perhaps,
 * possibly, sort of, comma-enclosed asides like ", if that's okay,"), and is offered only when what
 * is left reads as a sentence.
 */

/** How a hedge can be removed: a lone word, an aside between commas, a leading "I think", or not at all. */
type Drop = 'word' | 'aside' | 'lead' | 'keep';

interface Hedge {
  re: RegExp;
  drop: Drop;
}

const DETERMINER = '(?<!\\b(?:what|this|that|the|a|an|any|some|which|every|each|same|these|those|my|your|our|their|his|her|its|one|no|other|another|right|wrong)\\s)';

const HEDGES: Hedge[] = [
  // Asides: removable when they sit between commas or at the edge of the sentence.
  { re: /\bif (?:that|it) is (?:at all )?(?:okay|ok|alright|all right|fine|possible|cool|good|acceptable)\b|\bif (?:that|it)['’]?s (?:at all )?(?:okay|ok|alright|all right|fine|possible|cool|good|acceptable)\b/gi, drop: 'aside' },
  { re: /\bif (?:at all )?possible\b|\bif (?:that|it|this) (?:works|suits)(?: for you| with you)?\b|\bif (?:that|it)(?:['’]?s| is) (?:convenient|not a problem|no (?:trouble|bother|problem))\b|\bif appropriate\b|\bif you think (?:it|that)(?:['’]?s| is| would be| might be) (?:appropriate|okay|ok|fine|a good idea|worthwhile|possible)\b/gi, drop: 'aside' },
  { re: /\bif (?:it|that)(?:['’]?s| is| was)(?: not|n['’]?t)? too much (?:of a )?(?:trouble|bother|hassle|to ask)\b|\bif (?:it|that) (?:isn['’]?t|is not|wouldn['’]?t be|would not be) too much (?:of a )?(?:trouble|bother|hassle|to ask)\b/gi, drop: 'aside' },
  { re: /\b(?:only )?(?:if|when) you (?:have|get|find) (?:the |some |a )?(?:time|chance|moment|minute|sec(?:ond)?)\b/gi, drop: 'aside' },
  { re: /\bno (?:worries|problem|stress|bother)(?: at all)? if not\b|\b(?:it['’]?s |that['’]?s )?(?:totally |completely |absolutely )?(?:fine|okay|ok) if not\b|\bfeel free to (?:ignore (?:this|it|me)|say no)\b/gi, drop: 'aside' },
  { re: /\bat all possible\b/gi, drop: 'keep' },
  { re: /\bif (?:it['’]s|it is|that['’]s|that is|it isn['’]t|that isn['’]t) not too much (?:trouble|to ask)\b|\bif it['’]s no trouble\b|\bif it isn['’]t too much (?:trouble|to ask)\b/gi, drop: 'aside' },
  { re: /\bif you don['’]t mind\b|\bif you do not mind\b/gi, drop: 'aside' },
  { re: /\bif (?:that|it) makes (?:any )?sense\b/gi, drop: 'aside' },
  { re: /\bif at all possible\b/gi, drop: 'aside' },
  { re: /\bno (?:pressure|rush)(?: at all)?\b/gi, drop: 'aside' },
  { re: /\b(?:totally|completely|fully)? ?understand if not\b/gi, drop: 'aside' },
  { re: /\bwhenever you (?:get|have) (?:a )?(?:chance|moment|minute|bandwidth|time)\b|\bwhenever (?:it )?(?:suits|works)(?: for)?(?: you)?\b/gi, drop: 'aside' },
  { re: /\b(?:is there )?any chance\b/gi, drop: 'keep' },
  { re: /\bI guess\b|\bI suppose\b/g, drop: 'aside' },
  { re: /\btoo much to ask\b/gi, drop: 'keep' },
  // Opinion openers.
  { re: /\bI think(?: that)?\b/g, drop: 'lead' },
  { re: /\bI feel(?: like| that)\b/g, drop: 'lead' },
  { re: /\bI (?:might|could|may) (?:well )?be wrong\b|\bcorrect me if I['’]?m wrong\b/gi, drop: 'keep' },
  { re: /\bI (?:don['’]?t|do not) (?:mean|want) to (?:be (?:pushy|a pain|a bother|rude|presumptuous|annoying)|bother you|pester you|rush you|overstep)\b|\bI (?:don['’]?t|do not) know (?:if|whether)\b/gi, drop: 'keep' },
  { re: /\b(?:I was|I['’]?m|I am|we were|we['’]re) (?:just |really |kind of |sort of |kinda |sorta )?hoping\b/gi, drop: 'keep' },
  { re: /\b(?:I was|I['’]m|I am|just|only) (?:\w+ )?wondering\b|\bwondering (?:if|whether)\b/gi, drop: 'keep' },
  { re: /\b(?:I['’]?m |I am )?not (?:really |entirely |quite |totally |completely |100% |too |super )?sure\b/gi, drop: 'keep' },
  // Single words and short qualifiers.
  { re: /\bjust\b/gi, drop: 'word' },
  { re: /\bmaybe\b/gi, drop: 'word' },
  { re: /\bperhaps\b/gi, drop: 'word' },
  { re: /\bpossibly\b/gi, drop: 'word' },
  { re: /\bpotentially\b/gi, drop: 'word' },
  { re: /\bor something(?: like that)?\b/gi, drop: 'keep' },
  { re: /\bsomewhat\b/gi, drop: 'word' },
  { re: /\bslightly\b/gi, drop: 'word' },
  { re: /\bhopefully\b/gi, drop: 'keep' },
  { re: /\bprobably\b/gi, drop: 'keep' },
  { re: new RegExp(`${DETERMINER}\\b(?:sort|kind) of\\b`, 'gi'), drop: 'word' },
  { re: /\b(?:kinda|sorta)\b/gi, drop: 'word' },
  { re: /\bmore or less\b/gi, drop: 'word' },
  { re: /\ba (?:little )?bit(?= *[,.?!;]| *$)|\ba little(?= *[,.?!;]| *$)/gi, drop: 'word' },
  { re: /\ba (?:little )?bit\b|\ba little\b/gi, drop: 'keep' },
  { re: /\bonly (?=(?:wondering|asking|hoping|wanted|want|meant|a (?:rough|quick|small|little|short|first)\b))/gi, drop: 'keep' },
  // Scope limiters and opinion frames ("to some extent", "as far as I can tell", "it would seem",
  // "for what it's worth"): each is one hedge, so a sentence still needs three (or a stacked opener).
  { re: /\bto (?:some|a (?:certain|limited|small)|an?) (?:extent|degree)\b/gi, drop: 'aside' },
  { re: /\b(?:as far as|from what) I (?:can (?:tell|see|judge)|know|understand)\b|\bfrom what I['’]?ve (?:seen|read|heard)\b/gi, drop: 'aside' },
  { re: /\bin (?:a|some) (?:way|sense)(?= *[,.?!;…]| *$)|\bin some ways\b|\bin a manner of speaking\b/gi, drop: 'aside' },
  { re: /\bgenerally speaking\b|\broughly speaking\b|\bby and large\b/gi, drop: 'aside' },
  { re: /\bit (?:would |might |may )?(?:seems?|appears?)(?: to me)?(?: that)?\b|\bit would (?:seem|appear)\b/gi, drop: 'lead' },
  { re: /\bI (?:would )?tend to (?:think|feel|believe)\b|\bI(?:['’]?m| am) (?:of the opinion|inclined to think)\b|\b(?:in|to) my (?:humble |honest )?(?:opinion|mind|view)\b|\b(?:just|only) my (?:humble )?opinion\b/gi, drop: 'lead' },
  { re: /\bfor what it['’]?s worth\b|\bfwiw\b|\bI(?:['’]?m| am) (?:no|not an?) (?:expert|specialist|authority)\b|\bI (?:may|might|could) (?:well )?be mistaken\b/gi, drop: 'keep' },
  { re: /\bhardly\b(?! (?:wait|believe|contain|imagine))/gi, drop: 'keep' },
  { re: /\bI doubt (?=(?:it|that|this|I|I['’]m|they|anyone|many)\b)/gi, drop: 'keep' },
  { re: /\bI feel (?=I\b)/g, drop: 'lead' },
  { re: /\bmost likely\b|\b(?:likely|quite) possible\b|\b(?:it['’]?s|it is) (?:likely|possible) that\b/gi, drop: 'keep' },
];

/** One word or phrase of every hedge above: a sentence needs two of these before the full patterns run. */
const ANCHOR =
  /\b(?:just|maybe|perhaps|possibly|somewhat|slightly|hopefully|probably|kinda|sorta|only|more or less|(?:sort|kind) of|a bit|a little|potentially|hoping|any chance|whenever (?:it )?(?:suits|works)|or something|(?:might|could|may) (?:well )?be wrong|I['’]?m wrong|I don['’]?t|I do not|feel free|if not|if (?:possible|appropriate|this|you (?:have|get|find|think))|at all possible|when you|I think|I feel|I guess|I suppose|wondering|not (?:\w+ )?sure|if (?:that|it|you do|you don|at all)|no (?:pressure|rush)|understand if not|whenever you|too much to ask|extent|degree|as far as I|from what I|in (?:a|some) (?:way|sense)|in some ways|manner of speaking|generally speaking|roughly speaking|by and large|seems?|appears?|tend to|of the opinion|inclined to think|my (?:humble |honest )?(?:opinion|mind|view)|worth|fwiw|expert|specialist|authority|mistaken|hardly|I doubt|I feel I|likely|possible)\b/gi;

interface Hit {
  start: number;
  end: number;
  drop: Drop;
}

/** Every hedge in `s`, longest first where two overlap. */
export function findHedges(s: string): Hit[] {
  const all: Hit[] = [];
  for (const h of HEDGES) {
    h.re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = h.re.exec(s))) {
      if (m[0].length === 0) {
        h.re.lastIndex++;
        continue;
      }
      all.push({ start: m.index, end: m.index + m[0].trimEnd().length, drop: h.drop });
    }
  }
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Hit[] = [];
  for (const h of all) {
    const prev = out[out.length - 1];
    if (prev && h.start < prev.end) continue;
    out.push(h);
  }
  return out;
}

const DANGLING = /\b(?:to|if|of|the|a|an|and|but|or|whether|that|for|with|could|would|can|will)\s*[.?!]*$/i;

/** The sentence without its removable hedges, or null when that would not read as a sentence. */
export function dropHedges(sentence: string, hits: Hit[]): string | null {
  let out = sentence;
  let kept = 0;
  let cuts = 0;
  // Right to left, so that the text before each hedge is still the original.
  for (const h of [...hits].reverse()) {
    const before = out.slice(0, h.start);
    const after = out.slice(h.end);
    const atStart = !/[\p{L}\p{N}]/u.test(before);
    let cut: [number, number] | null = null;
    switch (h.drop) {
      case 'word': {
        if (/^ /.test(after)) cut = [h.start, h.end + 1];
        else if (/ $/.test(before)) cut = [h.start - 1, h.end];
        else cut = [h.start, h.end];
        break;
      }
      case 'aside': {
        const comma = /, *$/.exec(before);
        // "X, aside, Y" → "X Y"; "X, aside." → "X."; "Aside, X" → "X".
        if (comma && /^,/.test(after)) cut = [h.start - comma[0].length, h.end + 1];
        else if (comma && /^\s*(?:[.?!;…]|$)/.test(after)) cut = [h.start - comma[0].length, h.end];
        else if (atStart && /^, */.test(after)) cut = [h.start, h.end + /^, */.exec(after)![0].length];
        else if (/ $/.test(before) && /^\s*(?:[.?!…]|$)/.test(after)) cut = [h.start - 1, h.end];
        break;
      }
      case 'lead': {
        if ((atStart || /, *$/.test(before)) && /^ +\S/.test(after)) cut = [h.start, h.end + /^ +/.exec(after)![0].length];
        break;
      }
      case 'keep':
        break;
    }
    if (cut) {
      out = out.slice(0, cut[0]) + out.slice(cut[1]);
      cuts++;
    } else {
      kept++;
    }
  }
  if (!cuts || kept >= 2) return null;
  out = out
    .replace(/[ \t]{2,}/g, ' ')
    .replace(/ +([,.?!;…])/g, '$1')
    .replace(/,(?:\s*,)+/g, ',')
    .replace(/,\s*([.?!;…])/g, '$1')
    .replace(/^[\s,;]+/, '')
    .trim();
  out = capitalize(out);
  const words = out.match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.length < 3 || DANGLING.test(out)) return null;
  return out;
}

/** "I just wanted to maybe ask…", "Just wondering if you've maybe…": a hedged opener stacked on another hedge. */
const STACKED_OPENER =
  /^[\s"“(*_]*(?:(?:(?:I|we)(?:['’]d)? )?(?:just|only|really)? ?(?:wanted|want|needed|need|thought|figured|hoped|was hoping|would like|like)(?: to| (?:I|we)['’]d| (?:I|we) would| (?:I|we) might)? (?:maybe|perhaps|possibly|just|kind of|sort of)\b|(?:(?:I was|I['’]m|I am) )?(?:just |only )wondering (?:if|whether) (?:you|you['’]ve|you['’]d|you have|you had|you could|you might|you would|we could|I could) (?:[\w'’]+ )?(?:maybe|perhaps|possibly)\b)/i;

/** Two of the softeners one needs at most once ("maybe", "perhaps", "possibly", "sort of"), close together. */
const SOFTENER = /^(?:maybe|perhaps|possibly|potentially|sort of|kind of|kinda|sorta)$/i;

const SOFT_KIND_BEFORE = /(?:^[\s"“(*_]*|\b(?:I|we|you|it|it['’]?s|I['’]m|I['’]d|was|is|am|are|be|been|just|really|that['’]s|feel|felt)\s+)$/i;

/** "Perhaps we could maybe chat", "I'd maybe like to possibly discuss": not "maybe Tuesday, maybe Wednesday", not "or perhaps". */
function doubled(sentence: string, a: Hit, b: Hit): boolean {
  const x = sentence.slice(a.start, a.end);
  const y = sentence.slice(b.start, b.end);
  if (!SOFTENER.test(x) || !SOFTENER.test(y) || x.toLowerCase() === y.toLowerCase()) return false;
  const gap = sentence.slice(a.end, b.start);
  if (/\bor\b/i.test(gap) || /^kind of you\b/i.test(sentence.slice(a.start)) || /^kind of you\b/i.test(sentence.slice(b.start))) return false;
  // "a different kind of role" is a noun; "I sort of", "it would be kind of great" are hedges.
  for (const h of [a, b]) {
    if (/^(?:sort|kind) of$/i.test(sentence.slice(h.start, h.end)) && !SOFT_KIND_BEFORE.test(sentence.slice(0, h.start))) return false;
  }
  const words = (gap.match(/[\p{L}\p{N}]+/gu) ?? []).length;
  // "maybe, possibly" is one stack; "we can chat soon, perhaps over coffee" adds a second thought.
  return words <= 4 && (words === 0 || !/[,;:]/.test(gap));
}

/** Three hedges in a sentence, or a stacked opener ("I just wanted to maybe…"). */
function dense(sentence: string, hits: Hit[]): boolean {
  if (hits.length >= 3) return true;
  if (hits.length < 2) return false;
  if (doubled(sentence, hits[0]!, hits[1]!)) return true;
  const m = STACKED_OPENER.exec(sentence);
  return m !== null && hits[1]!.end <= m.index + m[0].length;
}

export const hedging: Rule = {
  id: 'hedging',
  category: 'hedging',
  severity: 'info',
  reason: 'Piled-up qualifiers bury your request.',
  note:
    'Stacked hedges ("just", "maybe", "sort of", "if that\'s okay") make a reasonable request sound unsure of itself, and the reader has to dig for what you actually want. Keep the politeness in one place ("Could you…?", "I\'d be grateful if…") and say the rest plainly.',
  check(ctx) {
    // The user's own phrases of this category (options.phrases) are reported under this rule.
    reportPhrases(ctx, 'hedging');
    for (const block of ctx.doc.blocks) {
      const allowed = allowedRanges(block, ctx.options.allow);
      const tk = tokenized(block);
      // Cheap first pass: only sentences with two or more hedge anchors are looked at closely.
      const anchors = new Map<number, number>();
      ANCHOR.lastIndex = 0;
      let m: RegExpExecArray | null;
      let si = 0;
      while ((m = ANCHOR.exec(block.text))) {
        while (si < tk.sentences.length - 1 && m.index >= tk.sentences[si]!.end) si++;
        anchors.set(si, (anchors.get(si) ?? 0) + 1);
      }
      for (let k = 0; k < tk.sentences.length; k++) {
        if ((anchors.get(k) ?? 0) < 2) continue;
        const sent = tk.sentences[k]!;
        const s = block.text.slice(sent.start, sent.end);
        const hits = findHedges(s).filter((h) => !overlaps(allowed, sent.start + h.start, sent.start + h.end) && !overlaps(tk.quotes, sent.start + h.start, sent.start + h.end));
        if (!dense(s, hits)) continue;
        const rewrite = dropHedges(s, hits);
        ctx.report({
          block,
          start: sent.start,
          end: sent.end,
          reason: `${hits.length} qualifiers in one sentence (${hits.map((h) => `"${s.slice(h.start, h.end)}"`).join(', ')}) bury your request.`,
          expected: rewrite && rewrite !== s ? [rewrite] : [],
        });
      }
    }
  },
};
