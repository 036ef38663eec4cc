// What the UI gets back from a render: the PDF as base64, a file name to save
// it under, and per page the geometry the preview needs to draw fold lines
// and frames over pdf.js's picture of the page. For a book also its outline
// and where each block is printed, so the editor can jump between the two.
import type { BlockRegion, BookPreview, PagePreview, RenderResult } from '../../contract/publications.js';
import type { Finding } from '../../contract/findings.js';
import type { BookLayout, LaidOutDocument, LaidOutPage, PageItem } from '../../engine/layout/types.js';
import { sheetFor } from '../../engine/paint/sheet.js';
import type { TemplateDefinition } from '../../engine/template-schema.js';

/** What the pipeline's render gives back (publishing/index.ts `Rendered`), as far as the UI needs it. */
export interface RenderOutput {
  publication: { meta: { title: string } };
  pack: { definition: TemplateDefinition };
  layout: LaidOutDocument;
  pdf: Buffer | Uint8Array;
  findings: Finding[];
}

export function toRenderResult(out: RenderOutput, ms: number): RenderResult {
  const pages: PagePreview[] = out.layout.pages.map((page) => {
    // The painter's own sheet geometry, so the preview's overlay sits exactly on the PDF.
    const sheet = sheetFor(page, out.pack.definition);
    return {
      label: page.label,
      trimWidth: page.trimWidth,
      trimHeight: page.trimHeight,
      bleed: page.bleed,
      trimX: sheet.trimX,
      trimY: sheet.trimY,
      mediaWidth: sheet.width,
      mediaHeight: sheet.height,
      folds: page.folds,
      frames: page.frames.map((f) => ({ ...f })),
      ...(page.book && { book: pageNumbering(page.book) }),
      regions: blockRegions(page),
    };
  });
  return {
    pdfBase64: Buffer.from(out.pdf).toString('base64'),
    fileName: `${safeFileName(out.publication.meta.title)}.pdf`,
    pages,
    overflow: out.layout.overflow,
    findings: out.findings,
    ...(out.layout.book && { book: bookPreview(out.layout.book) }),
    ms: Math.round(ms),
  };
}

function pageNumbering({ pageNumber, side, part, blank, folio }: NonNullable<LaidOutPage['book']>): PagePreview['book'] {
  return { pageNumber, side, part, ...(blank && { blank }), ...(folio !== undefined && { folio }) };
}

/** The layout's book report without what only preflight reads (underfull pages arrive as findings). */
export function bookPreview({ pageCount, blanksAdded, binding, size, outline, blockPages }: BookLayout): BookPreview {
  return { pageCount, blanksAdded, binding, size, outline, blockPages };
}

/** How far a glyph reaches above and below its baseline, as a share of the type size. */
const ASCENT = 0.8;
const DESCENT = 0.25;

/**
 * One box per block and column on a page: the union of the block's items.
 * An item joins a box of its block that it overlaps horizontally; one beside
 * it (a leaflet's next panel) opens a new box, so a click between columns
 * finds nothing rather than the wrong block.
 */
export function blockRegions(page: LaidOutPage): BlockRegion[] {
  const regions: BlockRegion[] = [];
  for (const item of page.items) {
    if (item.type === 'rect' || !item.source) continue;
    const box = itemBox(item);
    const { slot, index } = item.source;
    const region = regions.find((r) => r.source.slot === slot && r.source.index === index && r.x < box.x + box.width && box.x < r.x + r.width);
    if (!region) {
      regions.push({ source: item.source, ...box });
      continue;
    }
    const right = Math.max(region.x + region.width, box.x + box.width);
    const bottom = Math.max(region.y + region.height, box.y + box.height);
    region.x = Math.min(region.x, box.x);
    region.y = Math.min(region.y, box.y);
    region.width = right - region.x;
    region.height = bottom - region.y;
  }
  return regions.map((r) => ({ ...r, x: round(r.x), y: round(r.y), width: round(r.width), height: round(r.height) }));
}

function itemBox(item: Exclude<PageItem, { type: 'rect' }>): { x: number; y: number; width: number; height: number } {
  switch (item.type) {
    case 'text': return { x: item.x, y: item.y - item.sizePt * ASCENT, width: item.width, height: item.sizePt * (ASCENT + DESCENT) };
    case 'image': return { x: item.x, y: item.y, width: item.width, height: item.height };
    case 'qr': return { x: item.x, y: item.y, width: item.size, height: item.size };
  }
}

/** A tenth of a point is far finer than a click; it keeps the result small for a long book. */
const round = (v: number) => Math.round(v * 10) / 10;

/** Characters no file system accepts (Windows is the strictest), and control characters. */
const UNSAFE_CHARS = /[<>:"/\\|?*\u0000-\u001f\u007f]/g;
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/i;
const MAX_NAME_LENGTH = 120;

/** A file name from a title: Vietnamese letters kept (NFC), what no file system accepts removed. */
export function safeFileName(title: string, fallback = 'an-pham'): string {
  const cleaned = title
    .normalize('NFC')
    .replace(UNSAFE_CHARS, ' ')
    .replace(/\s+/g, ' ')
    .slice(0, MAX_NAME_LENGTH)
    // Windows drops trailing dots and spaces; a leading dot hides the file elsewhere.
    .replace(/^[\s.]+|[\s.]+$/g, '');
  return cleaned && !WINDOWS_RESERVED.test(cleaned) ? cleaned : fallback;
}
