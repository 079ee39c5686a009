import type { Point } from './types';
import { keepShape } from './keep-shape';

/** Index of the last entry of the ascending `starts` that is ≤ `x` (0 when none is). */
export function lastAtOrBefore(starts: readonly number[], x: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= x) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * Maps UTF-16 offsets to 1-based line/column. Lines end at "\n" (so "\r\n" and "\n" both work;
 * a lone "\r" is treated as a line break too, as VS Code does).
 */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(private readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) this.starts.push(i + 1);
      else if (c === 13 && text.charCodeAt(i + 1) !== 10) this.starts.push(i + 1);
    }
  }

  point(offset: number): Point {
    const o = Math.max(0, Math.min(offset, this.text.length));
    const lo = lastAtOrBefore(this.starts, o);
    return { line: lo + 1, column: o - this.starts[lo]! + 1, offset: o };
  }

  offset(line: number, column: number): number {
    const start = this.starts[Math.max(0, Math.min(line - 1, this.starts.length - 1))]!;
    return Math.min(this.text.length, start + Math.max(0, column - 1));
  }

  get lineCount(): number {
    return this.starts.length;
  }
}
keepShape(new LineIndex('')); // so optimised code survives a full GC (see keep-shape.ts)
