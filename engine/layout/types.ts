// What layout produces: pages of positioned items, plain data a test can read
// without opening a PDF. The painter is the only reader that draws them.
// Units: PDF points; origin at the top-left corner of the TRIM box, y downwards.
import type { Finding } from '../../contract/findings.js';
import type { SourceRef } from '../../contract/publication-format.js';
import type { BookLayout, BookPage, Overflow } from '../../contract/publications.js';

// What a book's pagination made is part of what the preview shows the UI, so
// those shapes are the contract's; layout fills them.
export type { BookLayout, BookPage, OutlineEntry, Overflow } from '../../contract/publications.js';
import type { Cmyk } from '../template-schema.js';

/** A face of a registered family: the key the painter embeds fonts by. */
export interface FontFace {
  family: string;
  bold: boolean;
  italic: boolean;
}

/** A run of glyphs on one baseline, drawn as one string. */
export interface TextItem {
  type: 'text';
  x: number;
  /** Baseline. */
  y: number;
  text: string;
  face: FontFace;
  sizePt: number;
  color: Cmyk;
  /** Advance width measured with the font, for tests and for safe-area checks. */
  width: number;
  source?: SourceRef;
}

export interface RectItem {
  type: 'rect';
  x: number;
  y: number;
  width: number;
  height: number;
  fill?: Cmyk;
  stroke?: Cmyk;
  strokeWidthPt?: number;
  /** Background that may run into the bleed (painted before everything else). */
  background?: boolean;
}

export interface ImageItem {
  type: 'image';
  x: number;
  y: number;
  width: number;
  height: number;
  src: string;
  /** Pixels of the source, for the ppi check. */
  pixelWidth: number;
  pixelHeight: number;
  source?: SourceRef;
}

/** A QR code as its module matrix: painted as vector squares, never as a bitmap. */
export interface QrItem {
  type: 'qr';
  x: number;
  y: number;
  size: number;
  modules: boolean[][];
  color: Cmyk;
  source?: SourceRef;
}

export type PageItem = TextItem | RectItem | ImageItem | QrItem;

export interface Frame {
  panelId: string;
  label: string;
  flow: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface LaidOutPage {
  /** Side or page name shown to the user ("Mặt ngoài", "Mặt trong"). */
  label: string;
  trimWidth: number;
  trimHeight: number;
  bleed: number;
  /** x of every fold, from the trim's left edge. */
  folds: number[];
  frames: Frame[];
  items: PageItem[];
  /** Books only: where the page sits in the book and what it shows. */
  book?: BookPage;
}

export interface LaidOutDocument {
  title: string;
  author?: string;
  subject?: string;
  language: string;
  pages: LaidOutPage[];
  overflow: Overflow[];
  /** Characters the chosen faces cannot draw, with where they were found. */
  missingGlyphs: { char: string; face: FontFace; source?: SourceRef }[];
  /** Books only. */
  book?: BookLayout;
  /** What layout itself reports (e.g. blank pages added for the saddle stitch), for preflight to pass on. */
  findings?: Finding[];
}
