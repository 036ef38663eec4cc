// What the stages hand each other: the context every stage is given, and the
// flow blocks stage 2 makes for stage 3 to place.
import type { DocNode } from '../document.js';
import type { FontRegistry } from '../fonts.js';
import type { SourceRef } from '../../contract/publication-format.js';
import type { TemplateDefinition } from '../template-schema.js';
import type { LineBreaker } from './break-lines.js';
import type { MissingGlyphs } from './measure-words.js';
import type { TextToSet } from './set-lines.js';
import type { PageItem } from './types.js';

export interface LayoutContext {
  def: TemplateDefinition;
  fonts: FontRegistry;
  breaker: LineBreaker;
  /** Filled as words are measured; layoutDocument reports it once per character and block. */
  missing: MissingGlyphs;
  /**
   * Stage 2 itself (collectBlocks), handed in by whoever builds the context.
   * A box or a column row is made of document nodes too, and collects them
   * with this: the pieces stage 2 calls never import stage 2 back, so the
   * files stay in stage order with no import cycle (typst's `Routines`).
   */
  collect: (nodes: DocNode[], ctx: LayoutContext) => FlowBlock[];
}

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

/** Text is broken into lines at whatever width it lands at; a solid piece is rendered whole at a width; breaks and spacers only move the pen. */
export type FlowBlock =
  | (Spacing & { kind: 'text'; text: TextToSet })
  | (Spacing & { kind: 'solid'; render: (width: number) => Slab })
  | { kind: 'break'; source?: SourceRef }
  | { kind: 'spacer'; height: number; source?: SourceRef };
