// Publications' part of the contract: the template packs, the publications
// the editors keep (list, open, create, save, delete, the recent list and the
// first-run sample), and the preview render with what the editor draws over
// it. The publication file itself is publication-format.ts. Pure: the
// renderer imports it.
import { z } from 'zod';
import { feature } from './define.js';
import type { Finding } from './findings.js';
import type { Publication, SourceRef } from './publication-format.js';

const id = z.string().regex(/^[A-Za-z0-9_-]{1,80}$/, 'mã không hợp lệ');

/** The publication is validated fully by the pipeline (with field names); here only its shape. */
const publicationInput = z.record(z.string(), z.unknown());

export interface TemplateSummary {
  id: string;
  name: string;
  kind: 'leaflet' | 'pocketbook' | 'handbook' | 'notebook' | 'other';
  description: string;
  source: 'builtin' | 'user';
  trimMm: { width: number; height: number };
  /** `frames`: panel ids the slot's flow fills, in reading order (the preview outlines the last one on overflow). */
  slots: { name: string; label: string; description?: string; frames?: string[] }[];
  /** Books only: the choices a new publication can make (trim size, ruled note pages). */
  book?: BookOptions;
}

/** What a book pack lets a publication choose (docs/books.md, "Choices a publication makes"). */
export interface BookOptions {
  /** Trim sizes for the publication's top-level `size`; empty when the pack has one size. */
  sizes: { id: string; label: string; widthMm: number; heightMm: number }[];
  /** The size that is the pack's own trim, used when `size` is absent. */
  defaultSize?: string;
  /** Present when the pack prints ruled note pages: how many when `notes.pages` is absent. */
  notePages?: { default: number; max: number };
}

export interface TemplateList {
  templates: TemplateSummary[];
  /** Packs that were found but are broken: file, field and what is wrong. */
  problems: { dir: string; file: string; field?: string; message: string }[];
}

export interface PublicationSummary {
  id: string;
  title: string;
  templateId: string;
  kind: string;
  createdAt: string;
  updatedAt: string;
}

export interface StoredPublication {
  id: string;
  publication: Publication;
  createdAt: string;
  updatedAt: string;
}

export interface PagePreview {
  label: string;
  /** Trim size in points and the bleed, to place the fold lines on screen. */
  trimWidth: number;
  trimHeight: number;
  bleed: number;
  /** Offset of the trim's top-left corner inside the PDF page (points). */
  trimX: number;
  trimY: number;
  mediaWidth: number;
  mediaHeight: number;
  folds: number[];
  frames: { panelId: string; label: string; flow: string; x: number; y: number; width: number; height: number }[];
  /** Books only: the page's number, side and part, for thumbnails and the page view. */
  book?: Pick<BookPage, 'pageNumber' | 'side' | 'part' | 'blank' | 'folio'>;
  /** Where each block is printed on this page (trim coordinates, points): a click on the preview finds its block. */
  regions?: BlockRegion[];
}

/** The box around one block's printed items on a page. A block split over two columns has one box in each. */
export interface BlockRegion {
  source: SourceRef;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** What the editor of a book needs from its layout: outline and block → page map with the real page numbers. */
export type BookPreview = Pick<BookLayout, 'pageCount' | 'blanksAdded' | 'binding' | 'size' | 'outline' | 'blockPages'>;

export interface RenderResult {
  /** The print-ready PDF, base64. */
  pdfBase64: string;
  fileName: string;
  pages: PagePreview[];
  overflow: Overflow[];
  findings: Finding[];
  /** Books only. */
  book?: BookPreview;
  /** How long the render took in the service, milliseconds. */
  ms: number;
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

export interface PublicationResults {
  'templates.list': TemplateList;
  'publications.list': PublicationSummary[];
  'publications.get': StoredPublication;
  'publications.create': StoredPublication;
  'publications.save': { updatedAt: string };
  'publications.delete': { deleted: true };
  'publications.createSample': StoredPublication;
  'publications.opened': { recent: string[] };
  /** Most recently opened first, at most RECENT_LIMIT; deleted ones are left out. */
  'publications.recent': PublicationSummary[];
  'render.preview': RenderResult;
}

export const publicationsApi = feature<PublicationResults>()({
  'templates.list': z.object({}).strict(),
  'publications.list': z.object({}).strict(),
  'publications.get': z.object({ id }).strict(),
  'publications.create': z.object({ templateId: id, title: z.string().max(500).optional() }).strict(),
  'publications.save': z.object({ id, publication: publicationInput }).strict(),
  'publications.delete': z.object({ id }).strict(),
  'publications.createSample': z.object({}).strict(),
  'publications.opened': z.object({ id }).strict(),
  'publications.recent': z.object({}).strict(),
  // `publicationId`: the saved publication this is, so its colophon shows the print contract that prints it.
  'render.preview': z.object({ publication: publicationInput, publicationId: id.optional() }).strict(),
});
