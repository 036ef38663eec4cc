// The document tree: what the parser makes of the template's markup, and what
// both layout (PDF) and the DOCX writer read. Styles are names into the
// template pack's `styles`; nothing here is positioned yet.
import type { SourceRef } from '../contract/publication-format.js';

/** A run of text with one set of inline attributes. Text is NFC. */
export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
}

export type Align = 'justify' | 'left' | 'center' | 'right';

/** A paragraph-like block: heading, paragraph, list item, question, answer, caption… */
export interface TextNode {
  kind: 'text';
  /** Name of a style in the template pack (`body`, `h1`, `question`, `listItem`, …). */
  style: string;
  runs: Run[];
  /** Overrides the style's alignment. */
  align?: Align;
  /** List marker drawn in the hanging indent ("•", "1."). */
  marker?: string;
  /** Keep on the same frame/page as the next node (headings, questions). */
  keepWithNext?: boolean;
  /** Heading level when the node is a heading (for outlines, TOC, DOCX heading styles). */
  headingLevel?: number;
  /** Language of a translation (`tay`, `nung`, `hmong`, `dao`); absent for the Vietnamese text. */
  lang?: string;
  source?: SourceRef;
}

/** A framed group that is never split (callout, contact box). */
export interface BoxNode {
  kind: 'box';
  /** Name of a box style in the template pack (`callout`, `calloutImportant`, `contact`). */
  style: string;
  children: DocNode[];
  source?: SourceRef;
}

export interface ImageNode {
  kind: 'image';
  /** Absolute path of a file already checked to be inside an allowed folder, or a data: URL. */
  src: string;
  alt?: string;
  widthMm?: number;
  source?: SourceRef;
}

export interface QrNode {
  kind: 'qr';
  data: string;
  sizeMm: number;
  source?: SourceRef;
}

/** Ends the current frame (panel or page); what follows starts in the next one. */
export interface BreakNode {
  kind: 'break';
  source?: SourceRef;
}

export interface SpacerNode {
  kind: 'spacer';
  heightMm: number;
  source?: SourceRef;
}

/** A block set beside its translations, one column each, never split (bilingual side-by-side layout). */
export interface ColumnsNode {
  kind: 'columns';
  columns: DocNode[][];
  gapMm: number;
  source?: SourceRef;
}

export type DocNode = TextNode | BoxNode | ImageNode | QrNode | BreakNode | SpacerNode | ColumnsNode;

/** One flow per template slot, in the order the template declares the slots. */
export interface DocumentTree {
  title: string;
  author?: string;
  subject?: string;
  language: string;
  flows: Record<string, DocNode[]>;
  /** Book choices the publication made (size option, ruled note pages); absent for sheets. */
  book?: BookChoices;
}

export interface BookChoices {
  /** Id of one of the pack's `book.sizes`; the pack's trim when absent. */
  size?: string;
  /** Ruled note pages (notebook), already clamped to 0–200. */
  notePages?: number;
}
