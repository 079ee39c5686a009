/**
 * Phrase data for the checklist detectors. Every pattern runs on one sentence of the writer's
 * prose, lower-cased with curly quotes straightened (same length, so indices map back).
 *
 * A detector is a set of cues (any one satisfies the item) and guards (a guard that matches the
 * sentence, or the clause after the cue, cancels that cue). Negation right before a cue cancels
 * it too. Patterns describe phrasings, not particular letters: add a paraphrase here, with a unit
 * test, rather than a special case in code.
 */

import { TONE_CATEGORIES } from '../types';
import type { Gate } from './gates';

export interface Cue {
  id: string;
  re: RegExp;
  /**
   * Word beginnings without which `re` cannot match (see gates.ts): when every cue of a set has
   * one, a sentence is read once for all of them and only the cues it opens run. Unit-tested on the
   * labelled sets; keep it in step with `re`.
   */
  gate?: Gate;
}

export interface PhraseSet {
  cues: Cue[];
  /** Matched against the whole sentence. */
  sentenceGuards: Cue[];
  /** Matched against the text from the cue to the end of the sentence. */
  clauseGuards: Cue[];
  /** Whether a negation just before the cue cancels it ("I don't appreciate", "not interested"). */
  negatable: boolean;
}

const c = (id: string, re: RegExp, ...gate: Array<readonly string[]>): Cue => (gate.length ? { id, re, gate } : { id, re });

/** A negation in the few words before a cue. Tested on the text before the cue. */
export const NEGATION_BEFORE = /\b(?:not|never|no|no longer|don't|do not|didn't|did not|won't|will not|can't|cannot|hardly|nor|without)\s+(?:[\w']+\s+){0,3}$/;

/** Words that turn thanks into its opposite when they follow it ("thanks for wasting my time"). */
const SARCASTIC_OBJECT =
  /\b(?:nothing|wast(?:e|ed|ing)|ghost(?:ed|ing)|ignor(?:e|ed|ing)|string(?:ing)? me along|leading me on|jerk(?:ed|ing)|run-?around|insult(?:ing)?|lowball(?:ing)?|the silence|bother(?:ed|ing)? to|deign(?:ed|ing)? to|absolutely zero)\b/;

export const THANKS: PhraseSet = {
  cues: [
    c('thank-you', /\bthank(?:s|\s+you)\b(?!-)/, ['thank']),
    c('appreciate', /\b(?:i|we)\s+(?:(?:really|truly|sincerely|greatly|genuinely|do|so|very much|deeply|also|always|certainly|definitely)\s+)*appreciat(?:e|ed)\b/, ['appreciat']),
    c('appreciated', /\b(?:much|greatly|truly|really|deeply|sincerely|very much|is|was|are|were)\s+appreciated\b/, ['appreciated']),
    c('appreciation', /\b(?:my|our|with)\s+(?:\w+\s+)?appreciation\b/, ['appreciation']),
    c('grateful', /\b(?:grateful|thankful)\b/, ['grateful', 'thankful']),
    // Subjectless email style: "Appreciate you letting me know.", "Really appreciate the update."
    c('appreciate-bare', /^(?:(?:really|truly|much|so|greatly)\s+)?appreciat(?:e|ed)\s+(?:you|your|the|it|all|this|that|everything|hearing)\b/, ['appreciat']),
    c('cheers-for', /^(?:cheers|thx|ty)\s+(?:\w+\s+)?for\b/, ['cheers', 'thx', 'ty']),
    c('kind-of-you', /\b(?:very|so|really|most)?\s*kind\s+of\s+you\b/, ['kind', 'very', 'so', 'really', 'most']),
    c('gratitude', /\bgratitude\b/, ['gratitude']),
  ],
  sentenceGuards: [
    c('thank-you-noun', /\bthank-you\s+(?:note|letter|email|e-mail|card|message)s?\b/),
    c('no-thanks', /\bno,?\s+thanks?\b|\bbut no thanks\b/),
    c('thank-god', /\bthank\s+(?:god|goodness|heavens)\b/),
    c('gee-thanks', /\b(?:gee|wow|yeah),?\s+thanks\b/),
  ],
  clauseGuards: [
    // "I'd be grateful for…", "I would appreciate it if…": a request, not thanks.
    c('conditional', /^(?:grateful|thankful)\s+if\b/),
    c('thanks-to', /^thanks\s+to\s+(?:my|his|her|their|the fact|this|that)\b/),
    c('sarcastic-object', SARCASTIC_OBJECT),
    c('finally', /\b(?:finally|eventually|at (?:long )?last)\b/),
    c('i-guess', /\bthanks?,?\s+i guess\b/),
    // Scare quotes around what they are thanked for: 'thanks for the "competitive" offer'.
    c('scare-quotes', /^(?:thanks|thank you)\s+(?:\w+\s+){0,3}(?:the|your|that|this|such an?)\s+"[^"]{1,30}"/),
  ],
  negatable: true,
};

/** "I'd be grateful", "we would appreciate": conditional, so a request rather than thanks. */
export const CONDITIONAL_BEFORE = /\b(?:would|'d|will|should|might)\s+(?:(?:be|really|truly|so|very|most|greatly|much|also|be so|be very|be most|be really)\s+){0,3}$/;

/** What a feedback ask asks about. */
const FEEDBACK_OBJECT =
  /\b(?:feedback|comments?\s+on|advice|suggestions?|pointers|tips|insights?|critique|thoughts\s+on\s+(?:my|how\s+i)|(?:what|how|where)\s+(?:could|can|might|should)\s+i\s+(?:have\s+)?(?:improve[d]?|strengthen(?:ed)?|do(?:ne)?\s+(?:better|differently)|work(?:ed)?\s+on|gone\s+wrong)|(?:what|how|anything)\s+i\s+(?:could|can|might|should)\s+(?:have\s+)?(?:improve|strengthen|do\s+(?:better|differently)|done\s+(?:better|differently)|work\s+on)|areas?\s+(?:for|of|to)\s+(?:improvement|improve|develop)|where\s+i\s+(?:fell\s+short|went\s+wrong|lost\s+points|could\s+(?:have\s+)?improve[d]?|came\s+up\s+short)|weak\s+(?:point|spot|area)s?|(?:improve|strengthen)\s+my\s+(?:candidacy|application|chances|interview(?:ing)?|skills|profile)|anything\s+(?:more\s+)?specific|what\s+(?:held\s+me\s+back|made\s+the\s+difference|tipped\s+the\s+balance)|how\s+i\s+came\s+across)\b/;

/** The frame that makes a sentence a request. */
const REQUEST_FRAME =
  /(?:\b(?:could|would|can|will)\s+you\b|\bif\s+you\s+(?:could|have|are\s+able|get\s+a\s+chance|had|can)\b|\b(?:i'd|i\s+would|i\s+will|we'd)\s+(?:\w+\s+)?(?:welcome|appreciate|love|be\s+grateful|be\s+thankful|value|like|be\s+glad|be\s+happy)\b|\bplease\b|\bany\b|\bis\s+there\s+anything\b|\bwould\s+it\s+be\s+possible\b|\b(?:open|eager|keen|grateful)\s+(?:to|for)\b|\bwonder(?:ing)?\s+(?:if|whether)\b|\bif\s+possible\b|\?|\b(?:send|tell|show)\s+me\b|\blet\s+me\s+know\b|\bshare\b|\bwant(?:ed)?\s+to\s+ask\b)/;

export const FEEDBACK: PhraseSet = {
  cues: [c('feedback-object', FEEDBACK_OBJECT)],
  sentenceGuards: [
    // Thanks for feedback already given is not an ask.
    c('thanks-for-feedback', /\bthanks?\s+(?:you\s+)?(?:\w+\s+){0,2}for\s+(?:the|your|all\s+the)\s+(?:\w+\s+)?(?:feedback|advice|suggestions?|comments|tips|insights?|pointers)\b(?![^.?!]*\b(?:any|more|further|additional)\b)/),
    c('questions-or-comments', /\bquestions\s+or\s+comments\b|\bcomments\s+or\s+questions\b/),
    c('no-feedback', /\b(?:don't|do\s+not|no)\s+(?:need|want|require)\s+(?:any\s+)?(?:feedback|advice)\b/),
    c('your-advice-was', /\byour\s+(?:advice|feedback|suggestions?|insights?)\s+(?:\w+\s+){0,3}(?:was|were|has\s+been|helped)\b/),
  ],
  clauseGuards: [],
  negatable: true,
};

/** Sentences that ask for something: a feedback cue needs one. */
export const FEEDBACK_REQUEST_FRAME = REQUEST_FRAME;

export const INTEREST: PhraseSet = {
  cues: [
    c('keep-in-mind', /\b(?:keep|bear|have)\s+me\s+in\s+mind\b|\bkept\s+in\s+mind\b|\bkeep\s+me\s+(?:in\s+)?(?:your\s+)?(?:consideration|on\s+your\s+radar)\b/, ['mind', 'keep']),
    c('on-file', /\bkeep\s+my\s+(?:resume|résumé|cv|details|application|information|profile)\s+on\s+file\b/, ['file']),
    c('consider-me', /\bconsider(?:ed)?\s+(?:me\s+)?for\s+(?:any\s+)?(?:future|other|similar|upcoming|anything|any)\b|\bconsider(?:ing)?\s+me\s+(?:again|in\s+the\s+future)\b/, ['consider']),
    c('future-roles', /\b(?:future|upcoming|other|similar)\s+(?:roles?|openings?|opportunit(?:y|ies)|positions?|vacanc(?:y|ies)|projects)\b/, ['role', 'opening', 'opportunit', 'position', 'vacanc', 'projects']),
    c('stay-in-touch', /\b(?:stay|keep|remain|be)\s+in\s+(?:touch|contact)\b|\bstay(?:ing)?\s+connected\b|\bkeep\s+(?:the\s+)?(?:lines?|door)\s+(?:of\s+communication\s+)?open\b|\bconnect\s+again\b/, ['touch', 'contact', 'connect', 'open']),
    c('paths-cross', /\b(?:paths|ways)\s+(?:\w+\s+)?cross\b|\bcross(?:ing)?\s+paths\b/, ['cross']),
    c('still-interested', /\b(?:still|remain|continue\s+to\s+be|am|i'm|very|really|genuinely|truly|so)\s+(?:very\s+|really\s+|genuinely\s+|truly\s+|so\s+|quite\s+)?(?:interested|keen|excited|enthusiastic|eager)\b/, ['interested', 'keen', 'excited', 'enthusiastic', 'eager']),
    c('excitement', /\b(?:excitement|enthusiasm|interest)\s+(?:about|for|in)\s+(?:the|this|your|joining|working)\b/, ['excitement', 'enthusiasm', 'interest']),
    c('apply-again', /\b(?:apply|applying)\s+again\b|\bre-?apply(?:ing)?\b/, ['apply', 're']),
    c('work-together', /\bwork(?:ing)?\s+(?:with\s+you|together)\s+(?:again|in\s+the\s+future|someday|one\s+day|down\s+the\s+line|in\s+(?:some|another)\s+(?:other\s+)?capacity)\b|\b(?:glad|love|hope|happy|like)\s+to\s+work\s+(?:with\s+you|together)\b/, ['work']),
    c('look-forward', /\blook(?:ing)?\s+forward\s+to\s+(?:joining|working|starting|contributing|being\s+part|next\s+steps|the\s+next|hearing\s+(?:from\s+you|about|back|your)|your\s+(?:reply|response|decision)|speaking|talking|continuing|discussing|meeting)\b/, ['forward']),
    c('want-role', /\b(?:would|'d)\s+(?:very\s+much\s+|really\s+|still\s+|so\s+)?(?:like|love)\s+(?:this|the)\s+(?:job|role|position|opportunity)\b|\b(?:would|'d)\s+(?:\w+\s+)?(?:love|enjoy|like|welcome\s+the\s+chance)\s+(?:to\s+)?(?:join(?:ing)?|be(?:ing)?\s+part|bring(?:ing)?|contribut(?:e|ing)|work(?:ing)?\s+(?:with|on|for|at|together))\b/, ['job', 'role', 'position', 'opportunit', 'join', 'be', 'bring', 'contribut', 'work']),
    c('reach-out-later', /\b(?:reach\s+out|get\s+in\s+touch|let\s+me\s+know|contact\s+me)\b[^.!?]{0,30}\bif\s+(?:anything|something|a\s+(?:role|position|spot))\s+(?:else\s+|similar\s+)?(?:opens\s+up|comes\s+up|becomes\s+available)\b/, ['opens', 'comes', 'becomes']),
    c('considered-again', /\bconsidered\s+again\b|\bconsider\s+me\s+again\b/, ['again']),
    c('reconsider', /\b(?:reconsider|look\s+at\s+my\s+(?:file|application)\s+again)\b/, ['reconsider', 'again']),
    c('more-to-send', /\banything\s+(?:else\s+)?i\s+(?:can|could)\s+(?:send|provide|share)\b/, ['anything']),
    c('keep-posted', /\b(?:i'll|i\s+will)\s+(?:let\s+you\s+know\s+how|keep\s+you\s+(?:posted|updated|in\s+the\s+loop))\b/, ['let', 'keep']),
    c('strong-fit', /\b(?:i'm|i\s+am)\s+(?:a\s+)?(?:strong|great|good)\s+(?:match|fit)\s+for\s+(?:this|the)\b/, ['match', 'fit']),
  ],
  sentenceGuards: [
    c('dont-contact', /\b(?:don't|do\s+not|never)\s+(?:bother\s+)?(?:contact|email|call|reach)(?:ing)?\b/),
    c('lose-my-number', /\blose\s+my\s+(?:number|email|details)\b/),
  ],
  clauseGuards: [],
  negatable: true,
};

/** Warm or positive sentences, for the close. Interest and (non-sarcastic) thanks also count. */
export const WARM: PhraseSet = {
  cues: [
    c('look-forward', /\blook(?:ing)?\s+forward\b/, ['forward']),
    c('wish', /\b(?:best\s+of\s+luck|good\s+luck|wish(?:ing)?\s+you|all\s+the\s+best|best\s+wishes|every\s+success|congratulations|have\s+a\s+(?:great|good|lovely|wonderful)|take\s+care)\b/, ['luck', 'wish', 'best', 'success', 'congratulations', 'have', 'care']),
    c('hope', /\bi\s+hope\b|\bhope\s+(?:to|we|you|our)\b|\bhopefully\b/, ['hope']),
    c('glad', /\b(?:glad|happy|delighted|pleased|thrilled|excited|enjoyed|a\s+pleasure|great\s+to|wonderful|lovely|honou?red|privilege|respect)\b/, ['glad', 'happy', 'delighted', 'pleased', 'thrilled', 'excited', 'enjoyed', 'pleasure', 'great', 'wonderful', 'lovely', 'hono', 'privilege', 'respect']),
    c('help', /\bif\s+it\s+(?:helps|would\s+help|would\s+be\s+useful)\b|\b(?:happy|glad)\s+to\s+help\b|\bdon't\s+hesitate\b|\blet\s+me\s+know\s+if\b/, ['if', 'help', 'hesitate', 'let']),
    c('keep-posted', /\blet\s+you\s+know\s+how\b|\bkeep\s+you\s+(?:posted|updated)\b/, ['let', 'keep']),
  ],
  sentenceGuards: [
    c('dont-bother', /\b(?:don't|do\s+not)\s+bother\b/),
  ],
  clauseGuards: [],
  negatable: true,
};

/** Salutations that open a letter. The rest of the line must name the recipient. */
export const SALUTATION = /^(?:dear|hi|hello|hey|hiya|greetings|good\s+(?:morning|afternoon|evening)|morning|afternoon)\b[\s,]*/i;

/** Salutations without a name: "Dear Hiring Manager", "To whom it may concern". */
export const NAMELESS =
  /^(?:(?:the\s+)?hiring\s+(?:manager|team|committee)|sir(?:\s*(?:\/|or)\s*madam)?|madam|team|all|everyone|everybody|there|folks|recruit(?:er|ing\s+team)|(?:the\s+)?(?:\w+\s+)?team|colleagues|friends?|to\s+whom\s+it\s+may\s+concern)$/i;

export const TO_WHOM = /^to\s+whom\s+it\s+may\s+concern\b/i;

/** Closings before the writer's name. */
export const CLOSING =
  /^(?:(?:best|warm|warmest|kind|kindest|with\s+(?:kind|warm|best))\s+regards|regards|best|best\s+wishes|warm\s+wishes|all\s+the\s+best|all\s+my\s+best|my\s+best|(?:yours\s+)?sincerely(?:\s+yours)?|yours\s+(?:truly|faithfully|respectfully)|respectfully(?:\s+yours)?|cheers|thanks(?:\s+(?:again|so\s+much|very\s+much|a\s+lot|for\s+everything))?|thank\s+you(?:\s+(?:again|so\s+much|very\s+much|for\s+everything))?|many\s+thanks|with\s+(?:thanks|gratitude|appreciation)|gratefully|take\s+care|warmly|cordially|talk\s+soon|speak\s+soon|looking\s+forward|until\s+then|be\s+well|best\s+of\s+luck)\s*[,.!—–-]?\s*$/i;

/** A name line: up to five name-like words, initials, credentials, or a placeholder for the name. */
export const NAME_LINE =
  /^(?:(?:dr|mr|mrs|ms|mx|prof)\.?\s+)?(?:[\p{Lu}][\p{L}'’.-]*|[\p{Lu}]\.|\{\{?\s*[\w ]+\s*\}?\}|\[[\w ]+\]|<[\w ]+>)(?:\s+(?:[\p{Lu}][\p{L}'’.-]*|[\p{Lu}]\.|(?:van|von|de|da|del|der|di|le|la|du|bin|al)\b|\{\{?\s*[\w ]+\s*\}?\}|\[[\w ]+\]))*(?:\s*,\s*[\p{Lu}][\p{L}.]*)?\s*$/u;

/** Warmth breakers: tone categories that undo a warm close, whatever its words (all but the self-directed ones). */
export const COLD_CATEGORIES: ReadonlySet<string> = new Set(
  TONE_CATEGORIES.filter((c) => c !== 'over-apologetic' && c !== 'self-deprecating' && c !== 'hedging'),
);
