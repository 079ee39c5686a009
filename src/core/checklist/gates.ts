/**
 * Word gates: a cheap necessary condition tested before a pattern runs. A gate is one or more lists
 * of word beginnings (lower-case letters, digits or `_`; or `$`, looked for anywhere); each list
 * holds one that every match of the pattern contains at the start of a word (where the pattern has
 * `\b` or `\s` before it). A text lacking one of a gate's lists cannot match the pattern, so the
 * pattern need not run. One pass over the text's characters, along a trie of the word beginnings,
 * answers every gate of a group at once.
 */

export type Gate = ReadonlyArray<readonly string[]>;

interface TrieNode {
  next: Array<TrieNode | undefined>;
  clauses: number[];
}

/** `\w` in a pattern without the u flag ([A-Za-z0-9_]), by character code below 128. */
const WORD = new Uint8Array(128);
for (let c = 0; c < 128; c++) WORD[c] = /\w/.test(String.fromCharCode(c)) ? 1 : 0;

export class WordGates {
  private readonly trie: TrieNode = { next: [], clauses: [] };
  /** Clauses opened by a "$" anywhere in the text. */
  private readonly dollar: number[] = [];
  /** Per gate, its clauses (one per list). */
  private readonly clausesOf: number[][] = [];
  /** Per clause, the stamp of the last text that opened it (so nothing is cleared between texts). */
  private readonly openedIn: Uint32Array;
  private stamp = 0;
  /** The text last read (detectors often ask several gates of one sentence in a row). */
  private lastText: string | null = null;

  constructor(gates: readonly Gate[]) {
    let count = 0;
    for (const gate of gates) {
      const own: number[] = [];
      for (const words of gate) {
        const clause = count++;
        own.push(clause);
        for (const w of words) {
          if (w === '$') {
            this.dollar.push(clause);
            continue;
          }
          if (!/^\w+$/.test(w) || w !== w.toLowerCase()) throw new Error(`gate word "${w}" must be lower-case word characters or "$"`);
          let node = this.trie;
          for (let j = 0; j < w.length; j++) node = node.next[w.charCodeAt(j)] ??= { next: [], clauses: [] };
          node.clauses.push(clause);
        }
      }
      this.clausesOf.push(own);
    }
    this.openedIn = new Uint32Array(count);
  }

  /** Reads a (normalised) text: afterwards, isOpen tells which gates it passes. */
  read(text: string): void {
    if (text === this.lastText) return;
    this.lastText = text;
    if (++this.stamp === 0xffffffff) {
      this.openedIn.fill(0);
      this.stamp = 1;
    }
    const { openedIn, stamp, dollar, trie } = this;
    const n = text.length;
    let prevWord = false;
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      const word = c < 128 && WORD[c] === 1;
      if (word) {
        if (prevWord) continue;
        prevWord = true;
        // A word starts here: walk the trie along it.
        let node = trie.next[c];
        let j = i;
        while (node) {
          const clauses = node.clauses;
          for (let k = 0; k < clauses.length; k++) openedIn[clauses[k]!] = stamp;
          if (++j >= n) break;
          node = node.next[text.charCodeAt(j)];
        }
        continue;
      }
      prevWord = false;
      if (c === 36) for (const clause of dollar) openedIn[clause] = stamp;
    }
  }

  /** Whether gate `i` holds for the text last read. */
  isOpen(i: number): boolean {
    for (const clause of this.clausesOf[i]!) if (this.openedIn[clause] !== this.stamp) return false;
    return true;
  }

  /** The indices of the gates the text passes (for tests). */
  openIn(text: string): number[] {
    this.lastText = null;
    this.read(text);
    return this.clausesOf.map((_, i) => i).filter((i) => this.isOpen(i));
  }
}
