// Stage 2: a slot's document nodes become flow blocks, one for each node:
// text with its words measured (measure-words.ts), to be broken into lines
// at whatever width stage 3 finds for it; solid pieces (solid-*.ts) that are
// never split; breaks and spacers.
import type { DocNode } from '../document.js';
import type { FlowBlock, LayoutContext } from './context.js';
import { toWords } from './measure-words.js';
import { boxBlock } from './solid-box.js';
import { columnsBlock } from './solid-columns.js';
import { imageBlock } from './solid-image.js';
import { qrBlock } from './solid-qr.js';
import { resolveTextStyle } from './styles.js';
import { mmToPt } from './units.js';

export function collectBlocks(nodes: DocNode[], ctx: LayoutContext): FlowBlock[] {
  return nodes.map((node): FlowBlock => {
    switch (node.kind) {
      case 'text': {
        const style = resolveTextStyle(ctx.def, node.style, node.align);
        const words = toWords(node.runs, style, ctx.fonts, ctx.missing, node.source);
        return {
          kind: 'text',
          text: { words, style, marker: node.marker, source: node.source },
          spaceBefore: style.spaceBefore,
          spaceAfter: style.spaceAfter,
          keepWithNext: !!node.keepWithNext,
          source: node.source,
        };
      }
      case 'box':
        return boxBlock(node, ctx);
      case 'columns':
        return columnsBlock(node, ctx);
      case 'image':
        return imageBlock(node);
      case 'qr':
        return qrBlock(node, ctx.def);
      case 'break':
        return { kind: 'break', source: node.source };
      case 'spacer':
        return { kind: 'spacer', height: mmToPt(node.heightMm), source: node.source };
    }
  });
}
