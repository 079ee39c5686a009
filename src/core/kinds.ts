import type { ProseDoc } from './prose';
import type { LetterKind } from './types';
import { LETTER_KINDS } from './types';
import { docSentences } from './checklist/sentences';
import { isFeedbackAsk, MAX_SENTENCE, normalize } from './checklist/detectors';
import { NEGATION_BEFORE } from './checklist/patterns';
import { WordGates, type Gate } from './checklist/gates';

export interface KindResult {
  kind: LetterKind | null;
  source: 'front-matter' | 'inferred' | null;
}

/** Front matter values that name a kind loosely ("offer-reply" needs the prose to say which). */
const ALIASES: Record<string, LetterKind> = {
  rejection: 'rejection-reply',
  'rejection-response': 'rejection-reply',
  'thank-you-note': 'thank-you',
  thankyou: 'thank-you',
  'thank-you-letter': 'thank-you',
  followup: 'follow-up',
  feedback: 'feedback-request',
  'accept-offer': 'offer-accept',
  'decline-offer': 'offer-decline',
  negotiation: 'offer-negotiation',
  'salary-negotiation': 'offer-negotiation',
  withdraw: 'withdrawal',
  recruiter: 'recruiter-reply',
};

interface KindCue {
  kind: LetterKind;
  weight: number;
  re: RegExp;
  /** Word beginnings without which `re` cannot match (see checklist/gates.ts); a unit test checks them on the labelled sets. */
  gate: Gate;
}

const k = (kind: LetterKind, weight: number, re: RegExp, ...gate: Array<readonly string[]>): KindCue => ({ kind, weight, re, gate });

/**
 * Evidence for each kind, matched per sentence of the writer's prose (lower-cased, straight
 * quotes). Weight 5: the sentence says what the letter does ("I must withdraw from consideration",
 * "I'm happy to accept"): decisive when only one kind has such a cue; weight 3: strong evidence;
 * 2: typical of the kind; 1: a hint. A negation just before a cue cancels it.
 */
const CUES: KindCue[] = [
  // A reply to a rejection: thanks for letting me know, and the decision went the other way.
  k('rejection-reply', 2, /\b(?:thanks?|thank\s+you|appreciate)\b[^.!?]{0,40}\b(?:letting\s+me\s+know|telling\s+me|informing\s+me|the\s+update|your\s+(?:email|note|message)\s+about|considering\s+me|the\s+news|getting\s+back\s+to\s+me|your\s+consideration|closing\s+the\s+loop)\b/, ['thank', 'appreciate']),
  // "…about your decision" after the fact, not "I look forward to hearing about your decision".
  k('rejection-reply', 2, /^(?!.*\b(?:look(?:ing)?\s+forward|hear(?:ing)?\s+(?:about|back|from)|await(?:ing)?|timeline|make\s+(?:a|the|your)\s+decision|when\s+(?:you|the\s+team))\b).*?\b(?:the|your)\s+(?:\w+\s+){0,3}decision\b/, ['decision']),
  k('rejection-reply', 3, /\b(?:not\s+(?:being\s+)?selected|wasn't\s+selected|was\s+not\s+selected|didn't\s+get\s+the\s+(?:job|role|position)|unsuccessful|another\s+candidate|other\s+candidate|the\s+(?:new\s+hire|successful\s+candidate)|not\s+to\s+be\s+(?:your|the)\s+(?:final\s+)?choice|not\s+moving\s+forward|move\s+forward\s+with\s+(?:another|someone)|should\s+have\s+been\s+offered|challenge\s+the\s+decision)\b/, ['selected', 'didn', 'unsuccessful', 'candidate', 'hire', 'choice', 'forward', 'offered', 'challenge']),
  k('rejection-reply', 2, /\b(?:disappointed|disappointing)\b(?![^.!?]*\bby\s+my\s+decision\b)/, ['disappoint']),
  k('rejection-reply', 1, /\b(?:respect|understand|accept)\s+(?:the|your)\s+(?:choice|decision)\b/, ['choice', 'decision']),
  // A thank-you after an interview.
  k('thank-you', 3, /\b(?:thanks?|thank\s+you)\b[^.!?]{0,40}\b(?:interview(?:ing)?|speaking\s+with\s+me|meeting\s+with\s+me|talking\s+with\s+me|our\s+(?:conversation|chat|call|meeting)|the\s+(?:conversation|chat|call|meeting|panel|tour)|(?:showing|walking)\s+me\s+around)\b[^.!?]{0,40}\b(?:today|yesterday|this\s+(?:morning|afternoon|week)|on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b/, ['thank'], ['today', 'yesterday', 'this', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']),
  k('thank-you', 2, /\b(?:thanks?|thank\s+you)\b[^.!?]{0,40}\b(?:the|my|our|your)\s+(?:\w+\s+)?interview\b/, ['thank'], ['interview']),
  k('thank-you', 1, /\b(?:enjoyed|great)\s+(?:meeting|speaking|talking|learning)\b/, ['enjoyed', 'great']),
  k('thank-you', 1, /\blook(?:ing)?\s+forward\s+to\s+(?:hearing\s+about\s+)?(?:the\s+)?next\s+steps\b/, ['forward'], ['next']),
  // Offers.
  k('offer-accept', 5, /\b(?:happy|delighted|pleased|thrilled|excited|glad)\s+to\s+(?:formally\s+)?accept\b|\b(?:formally\s+)?accept(?:ing)?\s+(?:the|your)\s+(?:\w+\s+){0,2}offer\b|\bi\s+(?:formally\s+)?accept\b/, ['accept']),
  k('offer-accept', 1, /\blook(?:ing)?\s+forward\s+to\s+(?:joining|starting|my\s+first\s+day)\b|\bstart\s+date\b/, ['forward', 'date']),
  k('offer-decline', 5, /\b(?:decline|turn\s+down|not\s+(?:be\s+)?able\s+to\s+accept|cannot\s+accept|can't\s+accept|won't\s+be\s+accepting|will\s+not\s+be\s+accepting)\b[^.!?]{0,40}\b(?:offer|position|role)\b|\b(?:the|your)\s+(?:\w+\s+){0,2}offer\b[^.!?]{0,80}\b(?:decline|declining|turn(?:ing)?\s+(?:it\s+)?down)\b/, ['declin', 'turn', 'accept']),
  k('offer-decline', 3, /\b(?:decided|must|have\s+to|will\s+have\s+to)\s+(?:to\s+)?decline\b|\baccepted\s+(?:a|another)\s+(?:position|offer|role)\b/, ['decline', 'accepted']),
  k('offer-negotiation', 3, /\b(?:discuss|negotiate|revisit|reconsider)\s+(?:the\s+)?(?:base\s+)?(?:salary|compensation|pay|offer|terms|package|equity|signing\s+bonus)\b|\bcounter-?\s?offer\b|\bsettle\s+on\b[^.!?]*\$|\bmore\s+comfortable\b[^.!?]*\$/, ['discuss', 'negotiate', 'revisit', 'reconsider', 'counter', 'settle', 'comfortable']),
  k('offer-negotiation', 1, /\$\s?\d[\d,]*(?:k\b)?/, ['$']),
  k('offer-accept', 1, /\b(?:the|your)\s+(?:\S+\s+)?offer\b/, ['offer']),
  k('offer-decline', 1, /\b(?:the|your)\s+(?:\S+\s+)?offer\b/, ['offer']),
  k('offer-negotiation', 1, /\b(?:the|your)\s+(?:\S+\s+)?offer\b/, ['offer']),
  // Withdrawal.
  k('withdrawal', 5, /\bwithdraw(?:ing)?\s+(?:my\s+(?:application|candidacy|name)|from\s+(?:consideration|the\s+(?:process|search|running)))\b|\bremove\s+me\s+from\s+consideration\b|\bno\s+longer\s+(?:wish|want|like)\s+to\s+be\s+considered\b/, ['withdraw', 'remove', 'considered']),
  k('withdrawal', 2, /\bmust\s+withdraw\b|\bwithdraw\b/, ['withdraw']),
  // Follow-up on an application.
  k('follow-up', 3, /\bfollow(?:ing)?\s+up\s+on\s+(?:my|the)\s+(?:application|candidacy|interview)\b|\bstatus\s+of\s+my\s+application\b|\bcheck(?:ing)?\s+in\s+on\s+(?:my|the)\s+(?:application|status|role|position)\b/, ['follow', 'status', 'check']),
  k('follow-up', 2, /\bi\s+applied\s+(?:for|to)\b[^.!?]{0,60}\bon\b|\b(?:confirm|make\s+sure)\s+that\s+(?:mine|my\s+application)\b|\bwhere\s+things\s+stand\b|\bnot\s+sure\s+if\s+you\s+saw\s+my\b|\bper\s+my\s+(?:last\s+)?(?:email|message)\b|\bhaven't\s+heard\s+back\b|\bstarted\s+reviewing\s+applications\b|\btimeline\s+for\s+(?:a\s+)?decision\b/, ['applied', 'confirm', 'sure', 'stand', 'per', 'heard', 'reviewing', 'timeline']),
  k('follow-up', 3, /\bany\s+(?:news|update)s?\s+(?:on|about|regarding)\s+(?:the|my)\b[^.!?]{0,40}\b(?:role|application|position|process|job|opening)\b/, ['any'], ['news', 'update']),
  // Feedback request: scored from the feedback detector below.
  // Networking.
  k('networking', 3, /\binformational\s+interview\b|\bpick\s+your\s+brain\b|\b(?:coffee|lunch)\b[^.!?]{0,30}\b(?:on|last|this|together|chat)\b|\b(?:making|taking)\s+(?:the\s+)?time\s+for\s+(?:coffee|lunch|a\s+chat)\b/, ['informational', 'brain', 'coffee', 'lunch', 'chat']),
  k('networking', 2, /\bas\s+you\s+suggested\b|\b(?:your|the)\s+advice\s+(?:about|on)\b|\bintroduc(?:e|ed|tion)\b|\bmet\s+at\s+(?:the\s+)?\w+|\bgreat\s+to\s+meet\s+you\s+at\b|\bfellow\s+alum|\bconnect(?:ing)?\s+(?:with\s+you\s+)?on\s+linkedin\b/, ['suggested', 'advice', 'introduc', 'met', 'meet', 'alum', 'linkedin']),
  // Reply to a recruiter.
  k('recruiter-reply', 3, /\b(?:thanks?|thank\s+you)\b[^.!?]{0,20}\b(?:reaching\s+out|thinking\s+of\s+me|getting\s+in\s+touch)\b|\bi'll\s+pass\b|\bpass\s+(?:on\s+(?:this|it)|this\s+time)\b|\b(?:not|n't)\s+(?:currently\s+)?(?:looking|open\s+to)\b[^.!?]{0,30}\b(?:role|opportunit|move|change)/, ['thank', 'pass', 'looking', 'open']),
  k('recruiter-reply', 2, /\byour\s+client\b|\bthe\s+(?:role|opportunity|position)\s+you\s+(?:shared|sent|mentioned|described)\b|\brecruit(?:er|ing)\b/, ['client', 'recruit', 'shared', 'sent', 'mentioned', 'described']),
];

/** For each cue, the first cue with the same pattern (several kinds share "the offer"): matched once per sentence. */
const SAME_PATTERN = CUES.map((c) => CUES.findIndex((d) => d.re.source === c.re.source && d.re.flags === c.re.flags));

const gates = new WordGates(CUES.map((c) => c.gate));

/** For tests: the indices (in KIND_CUES) of the cues whose gate a normalised sentence passes. */
export function openCues(text: string): number[] {
  return gates.openIn(text);
}

/** For tests: each cue's pattern and gate, in order. */
export const KIND_CUES: ReadonlyArray<Pick<KindCue, 'kind' | 're' | 'gate'>> = CUES;

interface Evidence {
  /** Evidence per kind (see CUES). */
  scores: Map<LetterKind, number>;
  /** Kinds with a decisive (weight 5), non-negated cue. */
  decisive: Set<LetterKind>;
}

/**
 * Reads a letter's worth of sentences (the first 300, each cut at MAX_SENTENCE) once, matching
 * every cue on each.
 */
function evidence(doc: ProseDoc): Evidence {
  const scores = new Map<LetterKind, number>();
  const decisive = new Set<LetterKind>();
  const add = (kind: LetterKind, w: number) => scores.set(kind, (scores.get(kind) ?? 0) + w);
  let feedbackAsks = 0;
  // Per sentence, reused: the kinds it has scored, and each cue's match.
  const seen = new Set<LetterKind>();
  const found: Array<RegExpExecArray | null> = [];
  for (const s of docSentences(doc).slice(0, 300)) {
    const text = normalize(s.text.slice(0, MAX_SENTENCE));
    seen.clear();
    gates.read(text);
    for (let i = 0; i < CUES.length; i++) {
      const cue = CUES[i]!;
      const same = SAME_PATTERN[i]!;
      const m = (found[i] = same === i ? (gates.isOpen(i) ? cue.re.exec(text) : null) : found[same]!);
      if (!m) continue;
      const negated = NEGATION_BEFORE.test(text.slice(0, m.index));
      if (cue.weight >= 5 && !negated) decisive.add(cue.kind);
      if (negated && cue.weight >= 2 && !/^not\b|^n't/.test(m[0])) continue;
      // One cue per kind per sentence: the strongest, which CUES lists first per kind.
      if (seen.has(cue.kind)) continue;
      seen.add(cue.kind);
      add(cue.kind, cue.weight);
    }
    if (isFeedbackAsk(s.text)) feedbackAsks++;
  }
  if (feedbackAsks > 0) {
    // A feedback ask in a reply to a rejection is part of that reply; without a stated decision
    // (or with more asking than anything else), it is a feedback request.
    const rejection = scores.get('rejection-reply') ?? 0;
    add('feedback-request', (rejection <= 2 ? 3 : 1) + feedbackAsks);
  }
  return { scores, decisive };
}

export function scoreKinds(doc: ProseDoc): Map<LetterKind, number> {
  return evidence(doc).scores;
}

/**
 * Precision first: a decisive statement of exactly one kind wins; otherwise a kind is returned
 * only when its evidence reaches 3 and leads the runner-up by at least 2; otherwise null.
 */
function kindFromEvidence({ scores, decisive }: Evidence): LetterKind | null {
  if (decisive.size === 1) return [...decisive][0]!;
  const ranked = [...scores].sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked;
  if (!best || best[1] < 3) return null;
  if (second && best[1] - second[1] < 2) return null;
  return best[0];
}

/** Infers the kind from the writer's prose (see kindFromEvidence), or null. */
export function inferKind(doc: ProseDoc): LetterKind | null {
  return kindFromEvidence(evidence(doc));
}

/** Normalises a front matter `kind:` value to a letter kind, or null. */
export function kindFromMeta(value: unknown): LetterKind | null {
  if (typeof value !== 'string') return null;
  const v = value.trim().toLowerCase().replace(/[\s_]+/g, '-');
  if ((LETTER_KINDS as readonly string[]).includes(v)) return v as LetterKind;
  return ALIASES[v] ?? null;
}

/**
 * The letter kind: from front matter `kind:` when valid; otherwise inferred from the prose.
 * "offer-reply" (a kind some templates use) is narrowed to accept/decline/negotiation from the prose.
 */
export function detectKind(doc: ProseDoc, meta: Record<string, unknown>): KindResult {
  const fromMeta = kindFromMeta(meta['kind']);
  if (fromMeta) return { kind: fromMeta, source: 'front-matter' };
  const ev = evidence(doc);
  const inferred = kindFromEvidence(ev);
  if (typeof meta['kind'] === 'string' && /^offer(?:-reply)?$/i.test(meta['kind'].trim())) {
    if (inferred?.startsWith('offer-')) return { kind: inferred, source: 'inferred' };
    const scores = ev.scores;
    const offers = (['offer-accept', 'offer-decline', 'offer-negotiation'] as const).map((kind) => [kind, scores.get(kind) ?? 0] as const).sort((a, b) => b[1] - a[1]);
    if (offers[0]![1] >= 3 && offers[0]![1] > offers[1]![1]) return { kind: offers[0]![0], source: 'inferred' };
  }
  return inferred ? { kind: inferred, source: 'inferred' } : { kind: null, source: null };
}

/** A single text replacement (UTF-16 offsets). */
export interface TextEdit {
  offset: number;
  endOffset: number;
  newText: string;
}

/**
 * The edit that sets `kind:` in the front matter: replaces an existing `kind:` line, adds one to
 * existing front matter, or creates front matter at the top. One edit, so one undo step.
 */
export function setKindEdit(text: string, kind: LetterKind): TextEdit {
  const fm = /^(---[ \t]*\r?\n)([\s\S]*?)(\r?\n)(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/.exec(text) ?? /^(---[ \t]*\r?\n)()()(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/.exec(text);
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  if (!fm) return { offset: 0, endOffset: 0, newText: `---${eol}kind: ${kind}${eol}---${eol}${text.length && !/^\r?\n/.test(text) ? eol : ''}` };
  const bodyStart = fm[1]!.length;
  const body = fm[2]!;
  const line = /^kind[ \t]*:.*$/m.exec(body);
  if (line) return { offset: bodyStart + line.index, endOffset: bodyStart + line.index + line[0].replace(/\r$/, '').length, newText: `kind: ${kind}` };
  return { offset: bodyStart, endOffset: bodyStart, newText: `kind: ${kind}${eol}` };
}
