// What layout produces: pages of positioned items, plain data a test can read
// without opening a PDF. The painter is the only reader that draws them.
// Units: PDF points; origin at the top-left corner of the TRIM box, y downwards.
import type { Finding } from '../../contract/findings.js';
import type { SourceRef } from '../../contract/publication-format.js';
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

/** A page of a book. Folio and running head are also among the page's TextItems; here they are data to test and show. */
export interface BookPage {
  /** 1-based physical page number: the front cover is page 1, and this is the number printed. */
  pageNumber: number;
  /** Right-hand pages are the odd ones (the cover is a right-hand page). */
  side: 'left' | 'right';
  /** The slot whose flow fills the page, or `toc` / `notes` for generated pages, or `blank`. */
  part: string;
  /** Master the page was made from (none for blank pages). */
  master?: string;
  /** Why a page is empty: a part that starts on a right-hand page, or the saddle stitch's multiple of 4. */
  blank?: 'right-start' | 'saddle-stitch';
  folio?: string;
  runningHead?: string;
  /** Share of the text area's height in use, 0–1. */
  fill: number;
  /** A chapter (level-1 heading) starts on this page. */
  chapterStart?: boolean;
}

/** A heading and the page it landed on: the outline of the book, and the source of its table of contents. */
export interface OutlineEntry {
  level: number;
  title: string;
  page: number;
  source?: SourceRef;
}

/** What pagination made of a book, beyond its pages. */
export interface BookLayout {
  binding: 'saddle-stitch' | 'none';
  pageCount: number;
  /** Blank pages added before the back cover to reach a multiple of 4. */
  blanksAdded: number;
  /** Trim size used (the pack's, or the size option the publication chose). */
  size: { id?: string; widthMm: number; heightMm: number };
  /** Every heading of the book's flows with its real page number. */
  outline: OutlineEntry[];
  /** For each publication block, the pages it is printed on: the editor jumps between a block and its page. */
  blockPages: { source: SourceRef; pages: number[] }[];
  /** Pages filled less than the pack's `underfullBelow` that end neither a chapter nor a part. */
  underfullPages: { page: number; fill: number }[];
}

/** Content that did not fit. Never dropped silently: reported to the user. */
export interface Overflow {
  flow: string;
  /** Slot label for messages ("Nội dung chính"). */
  label: string;
  /** How much more height the flow needed, in millimetres. */
  overflowMm: number;
  /** Blocks that were not placed (or only in part). */
  blocks: SourceRef[];
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
