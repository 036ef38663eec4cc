// Printer PDFs made for the PDF/X, preflight and imposition tests: laid-out
// pages built by hand and painted by the real painter, so each test starts
// from a file that passes and changes one thing.
import type { LaidOutDocument, LaidOutPage, PageItem } from '../../engine/layout/types.js';
import { mmToPt } from '../../engine/layout/units.js';
import { paintPdf } from '../../engine/paint/index.js';
import { fonts, miniPack } from './layout-fixtures.js';

export const DATE = new Date('2022-10-05T08:00:00Z');
const BLACK: [number, number, number, number] = [0, 0, 0, 100];

export function page(widthMm: number, heightMm: number, items: PageItem[], label = 'Trang'): LaidOutPage {
  return { label, trimWidth: mmToPt(widthMm), trimHeight: mmToPt(heightMm), bleed: mmToPt(3), folds: [], frames: [], items };
}

export function document(pages: LaidOutPage[], title = 'Thử nghiệm'): LaidOutDocument {
  return { title, language: 'vi', pages, overflow: [], missingGlyphs: [] };
}

/** `count` A5 pages, each showing its number in big type and "Trang N" under it. */
export function numberedPages(count: number, widthMm = 148, heightMm = 210): LaidOutDocument {
  const w = mmToPt(widthMm);
  return document(Array.from({ length: count }, (_, i) => {
    const n = String(i + 1);
    const big = { family: 'Noto Sans', bold: true, italic: false };
    return page(widthMm, heightMm, [
      { type: 'text', x: w / 2 - fonts.measure(big, 96, n) / 2, y: mmToPt(heightMm / 2), text: n, face: big, sizePt: 96, color: BLACK, width: fonts.measure(big, 96, n) },
      { type: 'text', x: mmToPt(20), y: mmToPt(heightMm - 20), text: `Trang ${n}`, face: { family: 'Noto Serif', bold: false, italic: false }, sizePt: 12, color: BLACK, width: 60 },
    ], `Trang ${n}`);
  }));
}

export function paint(doc: LaidOutDocument): Promise<Buffer> {
  return paintPdf(doc, miniPack(), fonts, { creationDate: DATE });
}
