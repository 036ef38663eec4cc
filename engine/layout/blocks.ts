// Stage 2: document nodes become flow blocks: text to be broken into lines at
// whatever width the frame has, solid pieces (boxes, images, QR codes) that
// are never split, breaks and spacers.
import type { DocNode } from '../document.js';
import type { FontRegistry } from '../fonts.js';
import type { SourceRef } from '../../contract/publication-format.js';
import type { TemplateDefinition } from '../template-schema.js';
import { boxBlock } from './box.js';
import { columnsBlock } from './columns.js';
import { imageBlock } from './image.js';
import type { LineBreaker } from './line-breaker.js';
import type { TextToSet } from './paragraph.js';
import { qrBlock } from './qr-block.js';
import { resolveTextStyle } from './styles.js';
import type { PageItem } from './types.js';
import { mmToPt } from './units.js';
import { toWords, type MissingGlyphs } from './words.js';

/** A finished piece at the origin: x from the frame's left, y from the piece's top. */
export interface Slab {
  height: number;
  items: PageItem[];
}

interface Spacing {
  spaceBefore: number;
  spaceAfter: number;
  keepWithNext: boolean;
  source?: SourceRef;
}

export type FlowBlock =
  | (Spacing & { kind: 'text'; text: TextToSet })
  | (Spacing & { kind: 'solid'; render: (width: number) => Slab })
  | { kind: 'break'; source?: SourceRef }
  | { kind: 'spacer'; height: number; source?: SourceRef };

export interface LayoutContext {
  def: TemplateDefinition;
  fonts: FontRegistry;
  breaker: LineBreaker;
  missing: MissingGlyphs;
}

export function toFlowBlocks(nodes: DocNode[], ctx: LayoutContext): FlowBlock[] {
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
