// Which pages the book view shows, and what a click on a page points at.
import type { BlockRegion } from '../../../contract/publications.js';
import type { SourceRef } from '../../../contract/publication-format.js';

export type ViewMode = 'page' | 'spread';

/**
 * The pages on screen for `page`: itself, or its spread as the bound book
 * opens — the cover (page 1, a right-hand page) alone, then 2–3, 4–5…, and a
 * last even page (the back cover) alone.
 */
export function shownPages(page: number, mode: ViewMode, pageCount: number): number[] {
  const p = Math.min(Math.max(1, page), Math.max(1, pageCount));
  if (mode === 'page' || p === 1) return [p];
  const left = p % 2 === 0 ? p : p - 1;
  return left + 1 <= pageCount ? [left, left + 1] : [left];
}

/** The page the "next"/"previous" buttons go to: a page, or a whole spread, further. */
export function stepPage(page: number, mode: ViewMode, pageCount: number, step: 1 | -1): number {
  const shown = shownPages(page, mode, pageCount);
  const next = step > 0 ? shown.at(-1)! + 1 : shown[0] - 1;
  return Math.min(Math.max(1, next), pageCount);
}

/** The innermost block box under a point (trim coordinates, points). */
export function regionAt(regions: readonly BlockRegion[], x: number, y: number): BlockRegion | undefined {
  let best: BlockRegion | undefined;
  for (const r of regions) {
    const inside = x >= r.x && x <= r.x + r.width && y >= r.y && y <= r.y + r.height;
    if (inside && (!best || r.width * r.height < best.width * best.height)) best = r;
  }
  return best;
}

export function sameBlock(a: SourceRef, b: SourceRef): boolean {
  if (a.slot !== b.slot) return false;
  return a.blockId !== undefined && b.blockId !== undefined ? a.blockId === b.blockId : a.index === b.index;
}
