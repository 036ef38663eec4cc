// Stage 2 of a book, for a slot's part: its document nodes as pagination
// reads them. The flow blocks stage 2 makes for a sheet (../collect-blocks.ts),
// each with its heading (level and plain title) when it is one.
import type { DocNode } from '../../document.js';
import { collectBlocks } from '../collect-blocks.js';
import type { LayoutContext } from '../context.js';
import type { BookBlock, HeadingInfo } from '../paginate.js';

export function bookBlocks(nodes: DocNode[], ctx: LayoutContext): BookBlock[] {
  // collectBlocks maps node to block one for one, so the indices line up.
  return collectBlocks(nodes, ctx).map((flow, i) => ({ flow, heading: headingOf(nodes[i]) }));
}

function headingOf(node: DocNode): HeadingInfo | undefined {
  if (node.kind !== 'text' || !node.headingLevel) return undefined;
  return { level: node.headingLevel, title: node.runs.map((r) => r.text).join('') };
}
