// Stage 3 (sheets): blocks fill frames in order. Text is set into lines
// (set-lines.ts) at the width of the frame it lands in and splits between
// lines; what moves on to the next frame is set again at that frame's width.
// Solid pieces move whole; a keep-with-next block never ends a frame alone;
// a break ends the frame. Space before a block is dropped at a frame's top.
// What is left when the last frame is full keeps flowing into an unbounded
// frame of the last frame's width, so the overflow is measured by the same
// rules that would have placed it, and reported, never cut silently.
import type { SourceRef } from '../../contract/publication-format.js';
import type { FlowBlock, LayoutContext } from './context.js';
import { moveItem } from './items.js';
import { setLines } from './set-lines.js';
import type { PageItem } from './types.js';
import { EPSILON } from './units.js';

export interface FlowFrame {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface FlowResult {
  /** Items per frame, in the frames' order, already in frame coordinates. */
  items: PageItem[][];
  usedHeight: number[];
  /** Height the flow needed beyond its frames (points); 0 when all fitted. */
  overflowHeight: number;
  /** Blocks not placed, or placed only in part. */
  overflowBlocks: SourceRef[];
}

export function fillFrames(blocks: FlowBlock[], frames: FlowFrame[], ctx: LayoutContext): FlowResult {
  const items: PageItem[][] = frames.map(() => []);
  const usedHeight = frames.map(() => 0);
  const overflowBlocks: SourceRef[] = [];
  let extraHeight = 0;
  let index = 0;
  let y = 0;
  let spaceAfterPrevious = 0;

  const overflowing = () => index >= frames.length;
  const frame = (): FlowFrame => (overflowing() ? { ...frames[frames.length - 1], height: Infinity } : frames[index]);
  const nextFrame = () => {
    if (!overflowing()) usedHeight[index] = y;
    index++;
    y = 0;
  };
  const gapBefore = (spaceBefore: number) => (y === 0 ? 0 : Math.max(spaceAfterPrevious, spaceBefore));
  const fits = (height: number) => y === 0 || y + height <= frame().height + EPSILON;
  const noteOverflow = (source?: SourceRef) => {
    if (source && !overflowBlocks.includes(source)) overflowBlocks.push(source);
  };
  const place = (pieceItems: PageItem[], height: number, source?: SourceRef) => {
    if (overflowing()) noteOverflow(source);
    else for (const item of pieceItems) items[index].push(moveItem(item, frames[index].x, frames[index].y + y));
    y += height;
  };

  blocks.forEach((block, i) => {
    if (block.kind === 'break') {
      // At the top of a frame a break would only leave that frame empty.
      if (y > 0 && !overflowing()) nextFrame();
      return;
    }
    if (block.kind === 'spacer') {
      if (y === 0) return;
      if (fits(block.height)) y += block.height;
      else nextFrame();
      return;
    }
    if (block.keepWithNext && y > 0 && !fits(gapBefore(block.spaceBefore) + keptHeight(blocks, i, frame().width, ctx))) nextFrame();

    if (block.kind === 'solid') {
      let slab = block.render(frame().width);
      if (!fits(gapBefore(block.spaceBefore) + slab.height)) {
        nextFrame();
        slab = block.render(frame().width);
      }
      if (!overflowing() && slab.height > frame().height + EPSILON) {
        // Taller than an empty frame: no frame can take it whole.
        extraHeight += slab.height - frame().height;
        noteOverflow(block.source);
      } else {
        y += gapBefore(block.spaceBefore);
        place(slab.items, slab.height, block.source);
      }
    } else {
      let from = 0;
      let first = true;
      while (from < block.text.words.length) {
        let moved = false;
        for (const line of setLines(block.text, from, frame().width, ctx.fonts, ctx.breaker)) {
          const gap = first ? gapBefore(block.spaceBefore) : 0;
          if (!fits(gap + line.height)) {
            nextFrame();
            moved = true;
            break;
          }
          y += gap;
          place(line.items, line.height, block.source);
          from = line.endWord;
          first = false;
        }
        // Lines set for the old width are redone at the new frame's width.
        if (!moved) break;
      }
    }
    spaceAfterPrevious = block.spaceAfter;
  });

  if (overflowing()) extraHeight += y;
  else usedHeight[index] = y;
  return { items, usedHeight, overflowHeight: extraHeight, overflowBlocks };
}

/** Height of the run of keep-with-next blocks from `i`, plus the first line (or piece) of the block they keep to. */
function keptHeight(blocks: FlowBlock[], i: number, width: number, ctx: LayoutContext): number {
  let height = 0;
  for (let j = i; j < blocks.length; j++) {
    const block = blocks[j];
    if (block.kind === 'break' || block.kind === 'spacer') break;
    if (j > i) height += block.spaceBefore;
    if (block.kind === 'solid') height += block.render(width).height;
    else {
      const lines = setLines(block.text, 0, width, ctx.fonts, ctx.breaker);
      height += (block.keepWithNext ? lines : lines.slice(0, 1)).reduce((sum, l) => sum + l.height, 0);
    }
    if (!block.keepWithNext) break;
  }
  return height;
}
