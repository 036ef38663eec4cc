// Stage 2, solid pieces: columns (a block beside its translation). Each
// column is set as a flow of its own, side by side, as tall as the tallest.
// Like a box, the row is one solid piece: a reader must see the two
// languages together, so it is never split.
import type { ColumnsNode } from '../document.js';
import type { FlowBlock, LayoutContext } from './context.js';
import { fillFrames } from './fill-frames.js';
import { mmToPt } from './units.js';

export function columnsBlock(node: ColumnsNode, ctx: LayoutContext): FlowBlock {
  const columns = node.columns.map((nodes) => ctx.collect(nodes.map((c) => (c.source ? c : { ...c, source: node.source })), ctx));
  const gap = mmToPt(node.gapMm);
  // The row keeps the spacing its Vietnamese block would have had.
  const lead = columns[0]?.[0];
  const spacing = lead && (lead.kind === 'text' || lead.kind === 'solid') ? lead : { spaceBefore: 0, spaceAfter: 0 };
  return {
    kind: 'solid',
    spaceBefore: spacing.spaceBefore,
    spaceAfter: spacing.spaceAfter,
    keepWithNext: false,
    source: node.source,
    render: (width) => {
      const columnWidth = Math.max(1, (width - gap * (columns.length - 1)) / columns.length);
      const set = columns.map((blocks, i) => fillFrames(blocks, [{ x: i * (columnWidth + gap), y: 0, width: columnWidth, height: Infinity }], ctx));
      return { height: Math.max(0, ...set.map((s) => s.usedHeight[0])), items: set.flatMap((s) => s.items[0]) };
    },
  };
}
