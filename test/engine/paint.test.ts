// The painter: sheet geometry and marks as data, then the PDF it writes.
import { decodePDFRawStream, PDFDocument, PDFRawStream } from '@cantoo/pdf-lib';
import { describe, expect, it } from 'vitest';
import type { DocNode } from '../../engine/document.js';
import { layoutDocument } from '../../engine/layout/index.js';
import { mmToPt } from '../../engine/layout/units.js';
import { paintPdf } from '../../engine/paint/index.js';
import { cropMarks, foldMarks, type Segment } from '../../engine/paint/marks.js';
import { bleedBox, sheetFor, trimBox } from '../../engine/paint/sheet.js';
import { fonts, leafletPack, LOREM, numbered, text, tree } from './layout-fixtures.js';

const pack = leafletPack();
const def = pack.definition;
const laid = layoutDocument(tree({ body: [] }), pack, fonts);
const sheet = sheetFor(laid.pages[1], def);
const mm = mmToPt(1);

/** Does a segment enter the rectangle (trim grown by `grow`)? */
function touches(s: Segment, grow: number): boolean {
  const [x0, x1] = [Math.min(s.x1, s.x2), Math.max(s.x1, s.x2)];
  const [y0, y1] = [Math.min(s.y1, s.y2), Math.max(s.y1, s.y2)];
  return x1 > sheet.trimX - grow && x0 < sheet.trimX + sheet.trimWidth + grow && y1 > sheet.trimY - grow && y0 < sheet.trimY + sheet.trimHeight + grow;
}
const length = (s: Segment) => Math.hypot(s.x2 - s.x1, s.y2 - s.y1);
const onSheet = (s: Segment) => [s.x1, s.x2].every((x) => x >= 0 && x <= sheet.width) && [s.y1, s.y2].every((y) => y >= 0 && y <= sheet.height);

describe('sheet geometry', () => {
  it('centres the trim on a sheet with room for the marks, and sets the PDF boxes bottom-up', () => {
    expect(sheet.trimX).toBeCloseTo((4 + 10 + 1) * mm, 6);
    expect(sheet.width).toBeCloseTo(sheet.trimWidth + 2 * sheet.trimX, 6);
    expect(sheet.height).toBeCloseTo(sheet.trimHeight + 2 * sheet.trimY, 6);
    const t = trimBox(sheet);
    expect(t[2] - t[0]).toBeCloseTo(841.89, 2);
    expect(t[3] - t[1]).toBeCloseTo(595.28, 2);
    expect(t[1]).toBeCloseTo(sheet.height - sheet.trimY - sheet.trimHeight, 6);
    const b = bleedBox(sheet);
    for (const [i, sign] of [[0, -1], [1, -1], [2, 1], [3, 1]] as const) expect(b[i] - t[i]).toBeCloseTo(sign * 3 * mm, 6);
  });

  it('draws eight crop marks of the set length, outside the bleed, on the trim lines', () => {
    const marks = cropMarks(sheet, def.marks);
    expect(marks).toHaveLength(8);
    for (const s of marks) {
      expect(length(s)).toBeCloseTo(10 * mm, 6);
      expect(touches(s, 3 * mm)).toBe(false);
      expect(onSheet(s)).toBe(true);
      expect(s.dash).toBeUndefined();
      const onTrimLine = [sheet.trimX, sheet.trimX + sheet.trimWidth].some((x) => Math.abs(s.x1 - x) < 1e-6 && s.x1 === s.x2)
        || [sheet.trimY, sheet.trimY + sheet.trimHeight].some((y) => Math.abs(s.y1 - y) < 1e-6 && s.y1 === s.y2);
      expect(onTrimLine).toBe(true);
    }
    // Each mark starts offsetMm away from the trim corner.
    const gaps = marks.map((s) => Math.min(
      Math.hypot(s.x1 - sheet.trimX, s.y1 - sheet.trimY), Math.hypot(s.x1 - sheet.trimX - sheet.trimWidth, s.y1 - sheet.trimY),
      Math.hypot(s.x1 - sheet.trimX, s.y1 - sheet.trimY - sheet.trimHeight), Math.hypot(s.x1 - sheet.trimX - sheet.trimWidth, s.y1 - sheet.trimY - sheet.trimHeight)));
    for (const g of gaps) expect(g).toBeCloseTo(4 * mm, 6);
  });

  it('draws a dashed fold mark above and below every fold, outside the bleed', () => {
    const marks = foldMarks(sheet, laid.pages[1].folds, def.marks);
    expect(marks).toHaveLength(4);
    expect(marks.map((s) => (s.x1 - sheet.trimX) / mm)).toEqual([100, 100, 200, 200].map((v) => expect.closeTo(v, 6)));
    for (const s of marks) {
      expect(s.dash).toBeDefined();
      expect(touches(s, 3 * mm)).toBe(false);
      expect(onSheet(s)).toBe(true);
    }
  });

  it('draws no marks when the template turns them off', () => {
    const off = { ...def.marks, crop: false, fold: false };
    expect([...cropMarks(sheet, off), ...foldMarks(sheet, [100], off)]).toEqual([]);
  });
});

describe('the PDF', () => {
  const body: DocNode[] = numbered('body', [
    text('h2', 'Trợ giúp pháp lý là gì?', { keepWithNext: true }),
    text('body', [{ text: LOREM + ' ' }, { text: 'miễn phí', bold: true }]),
    { kind: 'box', style: 'callout', children: [text('body', 'Gọi 1800.1233')] },
    { kind: 'qr', data: 'tel:18001233', sizeMm: 20 },
  ]);
  const doc = layoutDocument(tree({ body }), pack, fonts);
  const date = new Date('2022-10-05T08:00:00Z');

  it('is the same bytes for the same input and date', async () => {
    const a = await paintPdf(doc, pack, fonts, { creationDate: date });
    const b = await paintPdf(doc, pack, fonts, { creationDate: date });
    expect(a.equals(b)).toBe(true);
    const c = await paintPdf(doc, pack, fonts, { creationDate: new Date('2023-01-01T00:00:00Z') });
    expect(a.equals(c)).toBe(false);
  });

  it('paints in CMYK only', async () => {
    const pdf = await paintPdf(doc, pack, fonts, { creationDate: date });
    const streams = await contentStreams(pdf);
    expect(streams).toHaveLength(2);
    for (const s of streams) {
      expect(s).toMatch(/\/DeviceCMYK cs/);
      expect(s).not.toMatch(/(^|\s)(rg|RG|g|G|k|K)\s/m); // no RGB or grey shortcuts
      for (const cs of s.match(/\/\w+ (cs|CS)\b/g) ?? []) expect(cs).toMatch(/^\/DeviceCMYK/);
      // Registration colour for the marks.
      expect(s).toMatch(/1 1 1 1 SCN/);
    }
  });

  it('records title, creator and the fixed dates', async () => {
    const pdf = (await paintPdf(doc, pack, fonts, { creationDate: date })).toString('latin1');
    // Info values are indirect objects: follow the reference.
    const value = (key: string) => {
      const ref = new RegExp(`/${key} (\\d+) 0 R`).exec(pdf)![1];
      return new RegExp(`\\n${ref} 0 obj\\n(.*)\\nendobj`).exec(pdf)![1];
    };
    expect(value('CreationDate')).toBe('(D:20221005080000Z)');
    expect(value('ModDate')).toBe('(D:20221005080000Z)');
    const utf16 = (v: string) => Buffer.from(v.slice(3, -1), 'latin1').swap16().toString('utf16le');
    expect(utf16(value('Creator'))).toBe('Ấn phẩm TGPL');
    expect(utf16(value('Title'))).toBe('Thử nghiệm');
    expect(pdf).toMatch(/\/TrimBox \[/);
    expect(pdf).toMatch(/\/BleedBox \[/);
  });
});

/** Each page's content stream, decoded. */
async function contentStreams(pdf: Buffer): Promise<string[]> {
  const doc = await PDFDocument.load(pdf);
  return doc.getPages().map((page) => {
    const contents = page.node.Contents();
    if (!(contents instanceof PDFRawStream)) throw new Error('expected one content stream per page');
    return Buffer.from(decodePDFRawStream(contents).decode()).toString('latin1');
  });
}
