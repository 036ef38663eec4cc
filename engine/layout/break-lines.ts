// Stage 3, inside set-lines.ts: where lines break. Kept behind one small
// interface so the breakers (greedy here, Knuth–Plass in
// break-lines-knuth-plass.ts, which sees the whole paragraph) can be swapped
// without touching setting or flowing.
import { EPSILON } from './units.js';

export interface BreakableWord {
  width: number;
  /** Natural width of the space after the word. */
  spaceAfter: number;
  hardBreak: boolean;
}

export interface LineSpan {
  /** Words [start, end) of the line. */
  start: number;
  end: number;
  /** Ends the paragraph or a hard line break: set ragged, never justified. */
  last: boolean;
  /** Broken greedily because no feasible total-fit breaking exists (a word wider than the line): worth a preflight note. */
  fallback?: boolean;
}

/** Breaks `words` into lines no wider than `lineWidth` (a word wider than the line gets a line of its own). */
export type LineBreaker = (words: readonly BreakableWord[], lineWidth: number) => LineSpan[];

/** First fit: fill each line with as many words as fit at their natural spacing. */
export const breakLinesGreedy: LineBreaker = (words, lineWidth) => {
  const lines: LineSpan[] = [];
  let start = 0;
  let width = 0;
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    const widthWithWord = i === start ? w.width : width + words[i - 1].spaceAfter + w.width;
    if (i > start && widthWithWord > lineWidth + EPSILON) {
      lines.push({ start, end: i, last: false });
      start = i;
      width = w.width;
    } else {
      width = widthWithWord;
    }
    if (w.hardBreak) {
      lines.push({ start, end: i + 1, last: true });
      start = i + 1;
      width = 0;
    }
  }
  if (start < words.length) lines.push({ start, end: words.length, last: true });
  return lines;
};
