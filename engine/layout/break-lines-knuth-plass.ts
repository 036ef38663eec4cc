// Stage 3, inside set-lines.ts: Knuth–Plass total-fit line breaking for
// justified text, the default breaker. A paragraph is a row of boxes (the
// measured words) joined by glue (the space after each word, which may
// stretch or shrink); a break may fall at any glue, and must fall at a hard
// line break and at the paragraph's end (forced penalties). Of all the ways
// to break, the one with the least total demerits wins, so a tight line
// early may save a gaping one later: what the greedy breaker cannot see.
// No hyphenation, so there are no flagged penalties. See docs/line-breaking.md.
import { breakLinesGreedy, type BreakableWord, type LineBreaker, type LineSpan } from './break-lines.js';
import { EPSILON } from './units.js';

export interface KnuthPlassParams {
  /** How far a space may stretch, as a fraction of its natural width (adjustment ratio 1). */
  stretch: number;
  /** How far a space may shrink, as a fraction of its natural width (adjustment ratio −1, never more). */
  shrink: number;
  /**
   * Largest adjustment ratio a line may have in the first pass. A paragraph
   * with no way to break within it is broken again with any stretch allowed.
   */
  tolerance: number;
  /** Demerits added to every line, so that fewer lines are preferred. */
  linePenalty: number;
  /** Demerits for a line whose fitness class is more than one away from the line before it. */
  adjacentDemerits: number;
}

export const DEFAULT_KNUTH_PLASS: KnuthPlassParams = {
  stretch: 1 / 2,
  // Less than TeX's 1/3: Vietnamese words are syllables told apart only by spaces.
  shrink: 1 / 4,
  // Spaces up to twice their natural width. The first pass is also the fast
  // one: a finite tolerance keeps few breakpoints alive.
  tolerance: 2,
  linePenalty: 10,
  adjacentDemerits: 10_000,
};

/** A line with nothing to stretch (one word) that is short of the measure: as bad as a line gets, yet still possible. */
const MAX_BADNESS = 1e8;

/** A feasible breakpoint: the best way found to end a line at `pos` with a line of class `fitness`. */
interface Breakpoint {
  /** Index of the word that starts the next line. */
  pos: number;
  fitness: number;
  demerits: number;
  previous: Breakpoint | null;
}

/**
 * Total-fit breaking with `params`; greedy breaking where no way to break is
 * feasible (a word wider than the line), its lines marked `fallback`.
 */
export function knuthPlassBreaker(params: KnuthPlassParams = DEFAULT_KNUTH_PLASS): LineBreaker {
  return (words, lineWidth) => {
    // Second pass: with no hyphenation a narrow column sometimes has nothing
    // better than a very loose line; every stretch is allowed, priced by its badness.
    const best = bestBreaks(words, lineWidth, params) ?? bestBreaks(words, lineWidth, { ...params, tolerance: Infinity });
    if (best) return spansOf(best, words);
    return breakLinesGreedy(words, lineWidth).map((span) => ({ ...span, fallback: true }));
  };
}

export const breakLinesKnuthPlass: LineBreaker = knuthPlassBreaker();

/**
 * The classic active-node algorithm. The active list holds breakpoints from
 * which a line could still reach the current position without shrinking
 * past its limit; a breakpoint whose line has become too tight is dropped
 * for good (later lines from it are only longer), so the list never holds
 * more than a line's worth of positions (times four fitness classes) and the
 * work grows linearly with the paragraph.
 */
function bestBreaks(words: readonly BreakableWord[], lineWidth: number, p: KnuthPlassParams): Breakpoint | null {
  const n = words.length;
  if (n === 0) return null;
  // Prefix sums of word + following space: any line's natural width, stretch and shrink in O(1).
  const width = new Float64Array(n + 1);
  const space = new Float64Array(n + 1);
  for (let i = 0; i < n; i++) {
    width[i + 1] = width[i] + words[i].width + words[i].spaceAfter;
    space[i + 1] = space[i] + words[i].spaceAfter;
  }

  let active: Breakpoint[] = [{ pos: 0, fitness: 1, demerits: 0, previous: null }];
  const candidates: (Breakpoint | null)[] = [null, null, null, null];
  for (let end = 1; end <= n; end++) {
    const lastSpace = words[end - 1].spaceAfter;
    // A forced break: the paragraph's end or a hard line break, set ragged (TeX's \parfillskip).
    const forced = end === n || words[end - 1].hardBreak;
    candidates.fill(null);
    const kept: Breakpoint[] = [];

    for (const a of active) {
      const natural = width[end] - width[a.pos] - lastSpace;
      const gaps = space[end] - space[a.pos] - lastSpace;
      const ratio = adjustmentRatio(lineWidth - natural, gaps * p.stretch, gaps * p.shrink, forced);
      if (ratio < -1) continue;
      if (!forced) kept.push(a);
      if (ratio > p.tolerance) continue;

      const fitness = fitnessClass(ratio);
      const badness = Math.min(100 * Math.abs(ratio * ratio * ratio), MAX_BADNESS);
      let demerits = (p.linePenalty + badness) ** 2;
      if (Math.abs(fitness - a.fitness) > 1) demerits += p.adjacentDemerits;
      const total = a.demerits + demerits;
      const current = candidates[fitness];
      if (!current || total < current.demerits) candidates[fitness] = { pos: end, fitness, demerits: total, previous: a };
    }

    // As in TeX: a class's best is kept only if it could still beat the overall best once adjacency is paid.
    let least = Infinity;
    for (const c of candidates) if (c && c.demerits < least) least = c.demerits;
    for (const c of candidates) if (c && c.demerits <= least + p.adjacentDemerits) kept.push(c);
    if (kept.length === 0) return null;
    active = kept;
  }
  // After the forced final break only breakpoints at the end remain.
  return active.reduce((a, b) => (b.demerits < a.demerits ? b : a));
}

/**
 * How much of the line's stretch (ratio > 0) or shrink (ratio < 0) it needs
 * to fill the measure; a forced break's line is ragged and needs none unless
 * it is too long.
 */
function adjustmentRatio(slack: number, stretch: number, shrink: number, ragged: boolean): number {
  if (slack < -EPSILON) return shrink > 0 ? slack / shrink : -Infinity;
  if (ragged || slack <= EPSILON) return 0;
  return stretch > 0 ? slack / stretch : Infinity;
}

/** TeX's classes: tight, decent, loose, very loose. */
function fitnessClass(ratio: number): number {
  if (ratio < -0.5) return 0;
  if (ratio <= 0.5) return 1;
  if (ratio <= 1) return 2;
  return 3;
}

function spansOf(last: Breakpoint, words: readonly BreakableWord[]): LineSpan[] {
  const spans: LineSpan[] = [];
  for (let b: Breakpoint | null = last; b?.previous; b = b.previous) {
    spans.push({ start: b.previous.pos, end: b.pos, last: b.pos === words.length || words[b.pos - 1].hardBreak });
  }
  return spans.reverse();
}
