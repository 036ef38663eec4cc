// Stage 3 (books): a book part's flow blocks → pages of positioned items.
// Every paragraph is broken into lines once, at the text area's width (all
// pages of a part have the same width; only their left edge moves between
// left and right pages). Pages are then filled line by line and a page is
// written only when it is settled: decisions look ahead, never back.
//
// Rules, in the order they are checked for each block:
//   - an explicit break ends the page; in a part with chapters, a level-1
//     heading starts a new page, or a new right-hand page;
//   - a keep-with-next block (heading, question) moves to the next page
//     unless it fits together with what it keeps: the whole of the next
//     keep-with-next block, then as much of the following block as could
//     stay (2 lines of a paragraph, the whole of a short one or a box);
//   - a paragraph splits only with at least 2 lines on each side (no orphan
//     at the bottom, no widow at the top); a shorter one moves whole;
//   - boxes, images and QR codes never split.
import type { SourceRef } from '../../contract/publication-format.js';
import type { FlowBlock, LayoutContext, Slab } from './context.js';
import { setLines, type SetLine } from './set-lines.js';
import type { PageItem } from './types.js';
import { EPSILON } from './units.js';

/** Lines that must stay together at either side of a page break. */
export const MIN_SPLIT_LINES = 2;

export interface HeadingInfo {
  level: number;
  title: string;
}

/** A flow block with what pagination must know of the node it came from. */
export interface BookBlock {
  flow: FlowBlock;
  heading?: HeadingInfo;
}

export interface PlacedHeading extends HeadingInfo {
  source?: SourceRef;
}

export interface PaginatedPage {
  items: PageItem[];
  /** Height of the text area in use. */
  used: number;
  /** Headings whose first line is on this page, in order. */
  headings: PlacedHeading[];
  /** A chapter starts on this page. */
  chapterStart: boolean;
  /** The page ends where the author or a chapter ended it (a break, the next chapter, the part's end): short on purpose. */
  endsSection: boolean;
  /** Left empty so the next chapter starts on a right-hand page. */
  blank: boolean;
}

export interface PaginateOptions {
  width: number;
  height: number;
  /** Top-left of the text area on a right-hand or a left-hand page (margins are mirrored). */
  origin: (right: boolean) => { x: number; y: number };
  firstIsRight: boolean;
  /** Whether level-1 headings open chapters, and where a chapter starts. */
  chapterStart: 'none' | 'new-page' | 'right-page';
}

export interface Pagination {
  pages: PaginatedPage[];
  /** Pieces taller than a whole text area: placed alone on a page and reported. */
  oversize: { source?: SourceRef; excess: number }[];
}

export function paginate(blocks: BookBlock[], ctx: LayoutContext, opts: PaginateOptions): Pagination {
  const measured = measureBlocks(blocks, ctx, opts.width);
  const pages: PaginatedPage[] = [];
  const oversize: Pagination['oversize'] = [];
  let page = emptyPage();
  let y = 0;
  let spaceAfterPrevious = 0;

  const isRight = (index: number) => (index % 2 === 0) === opts.firstIsRight;
  const origin = () => opts.origin(isRight(pages.length));
  const room = () => opts.height - y;
  const gapBefore = (spaceBefore: number) => (y === 0 ? 0 : Math.max(spaceAfterPrevious, spaceBefore));
  const finishPage = (endsSection: boolean) => {
    page.used = y;
    page.endsSection = endsSection;
    pages.push(page);
    page = emptyPage();
    y = 0;
  };
  // Lines and slabs were made by this call (measureBlocks) and belong to it, so they are moved in place, not copied.
  const place = (items: PageItem[], height: number) => {
    const o = origin();
    for (const item of items) {
      item.x += o.x;
      item.y += o.y + y;
      page.items.push(item);
    }
    y += height;
  };

  blocks.forEach((block, i) => {
    const flow = block.flow;
    if (flow.kind === 'break') {
      // At the top of a page a break would only leave that page empty.
      if (y > 0) finishPage(true);
      return;
    }
    if (flow.kind === 'spacer') {
      if (y === 0) return;
      if (flow.height <= room() + EPSILON) y += flow.height;
      else finishPage(false);
      return;
    }
    if (block.heading?.level === 1 && opts.chapterStart !== 'none') {
      if (y > 0 || page.items.length > 0) finishPage(true);
      if (opts.chapterStart === 'right-page' && !isRight(pages.length)) pages.push({ ...emptyPage(), blank: true, endsSection: true });
      page.chapterStart = true;
    }
    if (flow.keepWithNext && y > 0 && gapBefore(flow.spaceBefore) + keptHeight(measured, i) > room() + EPSILON) finishPage(false);

    const piece = measured[i];
    if (piece.kind === 'solid') {
      if (y > 0 && gapBefore(flow.spaceBefore) + piece.slab.height > room() + EPSILON) finishPage(false);
      if (piece.slab.height > opts.height + EPSILON) oversize.push({ source: flow.source, excess: piece.slab.height - opts.height });
      y += gapBefore(flow.spaceBefore);
      place(piece.slab.items, piece.slab.height);
    } else if (piece.kind === 'lines') {
      let from = 0;
      let first = true;
      while (from < piece.lines.length) {
        const gap = first ? gapBefore(flow.spaceBefore) : 0;
        const take = linesToTake(piece.lines, from, room() - gap, y === 0);
        if (take === 0) {
          finishPage(false);
          continue;
        }
        y += gap;
        if (first && block.heading) page.headings.push({ ...block.heading, source: flow.source });
        for (const line of piece.lines.slice(from, from + take)) place(line.items, line.height);
        from += take;
        first = false;
        if (from < piece.lines.length) finishPage(false);
      }
    }
    spaceAfterPrevious = flow.kind === 'text' || flow.kind === 'solid' ? flow.spaceAfter : 0;
  });

  if (y > 0 || page.items.length > 0 || page.headings.length > 0) finishPage(true);
  else if (pages.length > 0) pages[pages.length - 1].endsSection = true;
  return { pages, oversize };
}

function emptyPage(): PaginatedPage {
  return { items: [], used: 0, headings: [], chapterStart: false, endsSection: false, blank: false };
}

type Measured = { kind: 'lines'; lines: SetLine[]; spaceBefore: number; keepWithNext: boolean } | { kind: 'solid'; slab: Slab; spaceBefore: number; keepWithNext: boolean } | { kind: 'other' };

/** Each paragraph broken once and each box rendered once, at the part's width. */
function measureBlocks(blocks: BookBlock[], ctx: LayoutContext, width: number): Measured[] {
  return blocks.map(({ flow }): Measured => {
    if (flow.kind === 'text') return { kind: 'lines', lines: setLines(flow.text, 0, width, ctx.fonts, ctx.breaker), spaceBefore: flow.spaceBefore, keepWithNext: flow.keepWithNext };
    if (flow.kind === 'solid') return { kind: 'solid', slab: flow.render(width), spaceBefore: flow.spaceBefore, keepWithNext: flow.keepWithNext };
    return { kind: 'other' };
  });
}

/**
 * How many lines from `from` go on this page. All when they fit; otherwise
 * a split that leaves ≥ 2 lines on each side, or 0 to move the rest whole to
 * the next page. An empty page always takes something, or nothing would move.
 */
function linesToTake(lines: SetLine[], from: number, room: number, pageEmpty: boolean): number {
  let fit = 0;
  let height = 0;
  for (let j = from; j < lines.length; j++) {
    height += lines[j].height;
    if (height > room + EPSILON) break;
    fit++;
  }
  const remaining = lines.length - from;
  if (fit >= remaining) return remaining;
  const take = Math.min(fit, remaining - MIN_SPLIT_LINES);
  if (take >= MIN_SPLIT_LINES) return take;
  return pageEmpty ? Math.max(1, fit) : 0;
}

/**
 * Height a keep-with-next block needs on its page: itself, every block it
 * keeps in a chain, and the least of the block that ends the chain that may
 * stay on a page (2 lines of a paragraph, a short paragraph or a box whole).
 */
function keptHeight(measured: Measured[], i: number): number {
  let height = 0;
  for (let j = i; j < measured.length; j++) {
    const m = measured[j];
    if (m.kind === 'other') break;
    if (j > i) height += m.spaceBefore;
    if (m.kind === 'solid') height += m.slab.height;
    else {
      const least = m.keepWithNext || m.lines.length < 2 * MIN_SPLIT_LINES ? m.lines.length : MIN_SPLIT_LINES;
      height += m.lines.slice(0, least).reduce((sum, l) => sum + l.height, 0);
    }
    if (!m.keepWithNext) break;
  }
  return height;
}
