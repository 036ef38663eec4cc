// Office proof (bản in thử): the printer PDF imposed on A4 landscape so an
// office printer and a stapler make a copy that reads like the real thing.
// Each page is placed by its TrimBox, so bleed and marks are cut away, and
// drawn as an embedded page: vectors and embedded font subsets stay as they
// are. Geometry and order are plain functions, the PDF is written with
// @cantoo/pdf-lib (docs/print-output.md).
import { cmyk, PDFDocument, type PDFEmbeddedPage, type PDFPage } from '@cantoo/pdf-lib';

/** A4 landscape in points. */
export const A4_LANDSCAPE = { width: 841.89, height: 595.28 } as const;

/** One side of a sheet: the page on its left half and on its right half, 1-based; null is a blank. */
export type SheetSide = [left: number | null, right: number | null];

/**
 * Sheet sides in print order for a saddle-stitched booklet (đóng ghim giữa):
 * side 1 is the outside of the outermost sheet, side 2 its inside, and so
 * on inwards. The count is padded with blanks to a multiple of 4.
 */
export function saddleStitchOrder(pageCount: number): SheetSide[] {
  if (!Number.isInteger(pageCount) || pageCount < 0) throw new RangeError(`page count must be a whole number ≥ 0, got ${pageCount}`);
  const total = Math.ceil(pageCount / 4) * 4;
  const page = (n: number) => (n <= pageCount ? n : null);
  const sides: SheetSide[] = [];
  for (let i = 0; i < total / 2; i += 2) {
    // Outside: the last unplaced page on the left (it backs the first when folded).
    sides.push([page(total - i), page(1 + i)]);
    sides.push([page(2 + i), page(total - 1 - i)]);
  }
  return sides;
}

export interface Placement {
  x: number;
  y: number;
  scale: number;
}

/**
 * Where a trimmed page of `width`×`height` goes in one half of an A4
 * landscape sheet: at true size when it fits (a proof shows real type sizes),
 * shrunk to fit otherwise; its spine edge on the fold and centred in height,
 * so the folded proof opens like the booklet.
 */
export function placeOnHalf(width: number, height: number, half: 'left' | 'right'): Placement {
  const halfWidth = A4_LANDSCAPE.width / 2;
  const scale = Math.min(1, halfWidth / width, A4_LANDSCAPE.height / height);
  const w = width * scale;
  return { x: half === 'left' ? halfWidth - w : halfWidth, y: (A4_LANDSCAPE.height - height * scale) / 2, scale };
}

/** A whole sheet side (a leaflet side) on A4 landscape: fitted and centred, never enlarged. */
export function placeOnSheet(width: number, height: number): Placement {
  const scale = Math.min(1, A4_LANDSCAPE.width / width, A4_LANDSCAPE.height / height);
  return { x: (A4_LANDSCAPE.width - width * scale) / 2, y: (A4_LANDSCAPE.height - height * scale) / 2, scale };
}

export interface ProofOptions {
  /** Fixed dates, so the same input gives the same bytes. */
  creationDate?: Date;
  title?: string;
}

/** Fold ticks are light and dashed: guides for the fold, not part of the page. */
const FOLD_TICK = { length: 14, thickness: 0.4, dash: [3, 2], color: cmyk(0, 0, 0, 0.5) } as const;

/**
 * A booklet proof: 2-up on A4 landscape in saddle-stitch order, two sides
 * per sheet. Print duplex flipping on the short edge, fold the stack in the
 * middle, staple on the fold.
 */
export async function imposeBooklet(pdf: Uint8Array | Buffer, opts: ProofOptions = {}): Promise<Buffer> {
  const { out, pages } = await trimmedPages(pdf, opts);
  saddleStitchOrder(pages.length).forEach((side, i) => {
    const sheet = out.addPage([A4_LANDSCAPE.width, A4_LANDSCAPE.height]);
    side.forEach((n, h) => {
      if (n === null) return;
      const page = pages[n - 1];
      draw(sheet, page, placeOnHalf(page.width, page.height, h === 0 ? 'left' : 'right'));
    });
    // On the outside of each sheet, where the fold is made.
    if (i % 2 === 0) drawFoldTicks(sheet);
  });
  return save(out);
}

/**
 * A leaflet proof: each sheet side on its own A4 landscape page, as it will
 * be printed (a tri-fold's side is already A4 landscape). Print duplex
 * flipping on the short edge, then fold along the printed panels.
 */
export async function proofSheets(pdf: Uint8Array | Buffer, opts: ProofOptions = {}): Promise<Buffer> {
  const { out, pages } = await trimmedPages(pdf, opts);
  for (const page of pages) draw(out.addPage([A4_LANDSCAPE.width, A4_LANDSCAPE.height]), page, placeOnSheet(page.width, page.height));
  return save(out);
}

/** Every page of the source embedded once, cut to its TrimBox (its MediaBox when it has none). */
async function trimmedPages(pdf: Uint8Array | Buffer, opts: ProofOptions): Promise<{ out: PDFDocument; pages: PDFEmbeddedPage[] }> {
  const source = await PDFDocument.load(pdf, { updateMetadata: false });
  const out = await PDFDocument.create({ updateMetadata: false });
  const date = opts.creationDate ?? new Date();
  out.setTitle(opts.title ?? source.getTitle() ?? '');
  out.setCreator('Ấn phẩm TGPL');
  out.setProducer('Ấn phẩm TGPL (pdf-lib)');
  out.setCreationDate(date);
  out.setModificationDate(date);
  const sourcePages = source.getPages();
  const boxes = sourcePages.map((p) => {
    const t = p.getTrimBox();
    return { left: t.x, bottom: t.y, right: t.x + t.width, top: t.y + t.height };
  });
  return { out, pages: await out.embedPages(sourcePages, boxes) };
}

function draw(sheet: PDFPage, page: PDFEmbeddedPage, at: Placement): void {
  sheet.drawPage(page, { x: at.x, y: at.y, xScale: at.scale, yScale: at.scale });
}

function drawFoldTicks(sheet: PDFPage): void {
  const x = A4_LANDSCAPE.width / 2;
  const { length, thickness, dash, color } = FOLD_TICK;
  for (const [from, to] of [[A4_LANDSCAPE.height, A4_LANDSCAPE.height - length], [0, length]]) {
    sheet.drawLine({ start: { x, y: from }, end: { x, y: to }, thickness, color, dashArray: [...dash] });
  }
}

async function save(out: PDFDocument): Promise<Buffer> {
  // No object streams: office printers' drivers and older readers open classic files more reliably.
  return Buffer.from(await out.save({ useObjectStreams: false }));
}
