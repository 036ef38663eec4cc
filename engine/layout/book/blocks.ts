// A slot's document nodes as pagination reads them: the flow blocks layout
// already makes, each with its heading (level and plain title) when it is one.
import type { DocNode } from '../../document.js';
import { toFlowBlocks, type LayoutContext } from '../blocks.js';
import type { BookBlock, HeadingInfo } from '../paginate.js';

export function bookBlocks(nodes: DocNode[], ctx: LayoutContext): BookBlock[] {
  // toFlowBlocks maps node to block one for one, so the indices line up.
  return toFlowBlocks(nodes, ctx).map((flow, i) => ({ flow, heading: headingOf(nodes[i]) }));
}

function headingOf(node: DocNode): HeadingInfo | undefined {
  if (node.kind !== 'text' || !node.headingLevel) return undefined;
  return { level: node.headingLevel, title: node.runs.map((r) => r.text).join('') };
}
