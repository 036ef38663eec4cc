// Stage 2, solid pieces: boxes (callout, contact). Children set inside the
// padding, a filled and/or stroked rectangle behind them. A box is one solid
// piece: it moves to the next frame whole rather than split.
import type { BoxNode } from '../document.js';
import type { FlowBlock, LayoutContext } from './context.js';
import { fillFrames } from './fill-frames.js';
import { resolveBoxStyle } from './styles.js';

export function boxBlock(node: BoxNode, ctx: LayoutContext): FlowBlock {
  const style = resolveBoxStyle(ctx.def, node.style);
  // Content the template adds inside a box (a title, the hotline) belongs to the box's block.
  const children = ctx.collect(node.children.map((c) => (c.source ? c : { ...c, source: node.source })), ctx);
  return {
    kind: 'solid',
    spaceBefore: style.spaceBefore,
    spaceAfter: style.spaceAfter,
    keepWithNext: false,
    source: node.source,
    render: (width) => {
      const inset = style.padding + style.strokeWidth;
      // One frame of unlimited height: the box's content, set as a flow, tells its own height.
      const inner = fillFrames(children, [{ x: inset, y: inset, width: Math.max(1, width - 2 * inset), height: Infinity }], ctx);
      const height = inner.usedHeight[0] + 2 * inset;
      const half = style.strokeWidth / 2;
      return {
        height,
        items: [
          { type: 'rect', x: half, y: half, width: width - style.strokeWidth, height: height - style.strokeWidth, fill: style.fill, stroke: style.stroke, strokeWidthPt: style.stroke ? style.strokeWidth : undefined },
          ...inner.items[0],
        ],
      };
    },
  };
}
