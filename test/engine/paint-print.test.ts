// What the painter does for the press beyond drawing: black text overprints
// tints, pages carry no PDF 1.6 key, TrueType font files have /Length1, the
// XMP says what the Info dictionary says; and images are prepared once per
// picture and background, at the resolution their largest placement needs.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodePDFRawStream, PDFDocument, PDFRawStream, PDFRef } from '@cantoo/pdf-lib';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { decodeCmyk } from '../../engine/cmyk-raster.js';
import type { ImageItem, PageItem, TextItem } from '../../engine/layout/types.js';
import { mmToPt } from '../../engine/layout/units.js';
import { preparePrintImages } from '../../engine/paint/images.js';
import type { Cmyk } from '../../engine/template-schema.js';
import { FOGRA39 } from './image-fixtures.js';
import { document, page, paint } from './pdfx-fixtures.js';
import { fonts } from './layout-fixtures.js';

const face = { family: 'Noto Serif', bold: false, italic: false };
const line = (color: Cmyk, y: number, text = 'Gọi 1800.1233'): TextItem => ({ type: 'text', x: mmToPt(12), y, text, face, sizePt: 10, color, width: fonts.measure(face, 10, text) });
const tint = (fill: Cmyk): PageItem => ({ type: 'rect', x: mmToPt(10), y: mmToPt(10), width: mmToPt(60), height: mmToPt(20), fill });

async function contentOf(pdf: Buffer): Promise<string> {
  const doc = await PDFDocument.load(pdf);
  const contents = doc.getPages()[0].node.Contents() as PDFRawStream;
  return Buffer.from(decodePDFRawStream(contents).decode()).toString('latin1');
}

describe('black text over a tint', () => {
  it('overprints it (an ExtGState with OP and OPM 1) and turns overprint off again before anything else is drawn', async () => {
    const pdf = await paint(document([page(100, 50, [tint([10, 4, 0, 0]), line([0, 0, 0, 100], mmToPt(20)), { type: 'rect', x: 0, y: 0, width: 5, height: 5, fill: [0, 0, 0, 0] }])]));
    const content = await contentOf(pdf);
    const on = content.indexOf('/OPon gs');
    const off = content.indexOf('/OPoff gs');
    expect(on).toBeGreaterThan(0);
    expect(content.indexOf('TJ', on)).toBeLessThan(off);
    expect(off).toBeLessThan(content.indexOf('ET', on));
    const states = (await PDFDocument.load(pdf)).context.enumerateIndirectObjects().map(([, o]) => o.toString()).filter((o) => o.includes('/ExtGState'));
    expect(states.some((s) => /\/OP true/.test(s) && /\/op true/.test(s) && /\/OPM 1/.test(s))).toBe(true);
  });

  it('knocks out over paper, and coloured text never overprints', async () => {
    const plain = await contentOf(await paint(document([page(100, 50, [line([0, 0, 0, 100], mmToPt(40))])])));
    expect(plain).not.toContain('/OPon gs');
    const coloured = await contentOf(await paint(document([page(100, 50, [tint([10, 4, 0, 0]), line([100, 80, 0, 10], mmToPt(20))])])));
    expect(coloured).not.toContain('/OPon gs');
  });
});

describe('the file as a strict preflight reads it', () => {
  it('has no /UserUnit on its pages (PDF 1.6) and no lowercase /length', async () => {
    const pdf = (await paint(document([page(100, 50, [line([0, 0, 0, 100], 40)])]))).toString('latin1');
    expect(pdf).not.toContain('/UserUnit');
    expect(pdf).not.toMatch(/\/length\b/);
  });

  it('gives every TrueType font file its /Length1, the uncompressed length', async () => {
    const doc = await PDFDocument.load(await paint(document([page(100, 50, [line([0, 0, 0, 100], 40), { ...line([0, 0, 0, 100], 60), face: { ...face, bold: true } }])])));
    const objects = doc.context.enumerateIndirectObjects().map(([, o]) => o.toString());
    const fontFiles = objects.flatMap((o) => [...o.matchAll(/\/FontFile2 (\d+) 0 R/g)].map((m) => doc.context.lookup(PDFRef.of(Number(m[1]))) as PDFRawStream));
    // Serif, bold serif, and the slug line's sans.
    expect(fontFiles).toHaveLength(3);
    for (const f of fontFiles) expect(Number(/\/Length1 (\d+)/.exec(f.dict.toString())![1])).toBe(decodePDFRawStream(f).decode().length);
  });

  it('writes XMP that repeats the Info dictionary: dates, title, creator, producer, Trapped and the PDF/X version', async () => {
    const pdf = (await paint(document([page(100, 50, [])], 'Tờ gấp & "thử"'))).toString('utf8');
    const xmp = /<\?xpacket begin[\s\S]*?<\?xpacket end="w"\?>/.exec(pdf)![0];
    expect(xmp).toContain('<xmp:CreateDate>2022-10-05T08:00:00Z</xmp:CreateDate>');
    expect(xmp).toContain('<xmp:ModifyDate>2022-10-05T08:00:00Z</xmp:ModifyDate>');
    expect(xmp).toContain('<pdf:Trapped>False</pdf:Trapped>');
    expect(xmp).toContain('<pdfxid:GTS_PDFXVersion>PDF/X-1a:2003</pdfxid:GTS_PDFXVersion>');
    // Escaped, so the packet stays well-formed XML.
    expect(xmp).toContain('Tờ gấp &amp; &quot;thử&quot;');
  });
});

describe('images prepared for print', () => {
  const dir = mkdtempSync(join(tmpdir(), 'print-images-'));
  const options = { profilePath: FOGRA39, inkLimit: 330, limitCmyk: false };
  const placed = (src: string, widthMm: number, pixels: number, extra: Partial<ImageItem> = {}): ImageItem =>
    ({ type: 'image', x: mmToPt(15), y: mmToPt(15), width: mmToPt(widthMm), height: mmToPt(widthMm), src, pixelWidth: pixels, pixelHeight: pixels, ...extra });

  it('brings a picture over 450 ppi at its largest placement down to 300 ppi there, and leaves one under it alone', async () => {
    const src = join(dir, 'big.png');
    writeFileSync(src, await sharp({ create: { width: 1200, height: 1200, channels: 3, background: '#2a6' } }).png().toBuffer());
    // 1200 px over 40 mm is 762 ppi; over 20 mm, 1524.
    const images = await preparePrintImages(document([page(100, 100, [placed(src, 20, 1200)]), page(100, 100, [placed(src, 40, 1200)])]), options);
    expect(images.all).toHaveLength(1);
    expect(images.all[0].pages).toEqual([1, 2]);
    expect(images.all[0].image.width).toBe(Math.round((40 / 25.4) * 300));
    const modest = join(dir, 'modest.png');
    writeFileSync(modest, await sharp({ create: { width: 400, height: 400, channels: 3, background: '#2a6' } }).png().toBuffer());
    expect((await preparePrintImages(document([page(100, 100, [placed(modest, 40, 400)])]), options)).all[0].image.width).toBe(400);
  });

  it('flattens a transparent picture on the filled rectangle under it: a panel background, a box, else paper', async () => {
    const src = join(dir, 'clear.png');
    writeFileSync(src, await sharp({ create: { width: 16, height: 16, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } } }).png().toBuffer());
    const panel: PageItem = { type: 'rect', x: 0, y: 0, width: mmToPt(50), height: mmToPt(100), fill: [100, 72, 0, 18], background: true };
    const box: PageItem = { type: 'rect', x: mmToPt(55), y: mmToPt(10), width: mmToPt(40), height: mmToPt(40), fill: [0, 8, 14, 0] };
    const onPanel = placed(src, 20, 16);
    const inBox = placed(src, 20, 16, { x: mmToPt(60) });
    const onPaper = placed(src, 20, 16, { x: mmToPt(60), y: mmToPt(60) });
    // The panel is drawn first whatever its place in the list (a background).
    const images = await preparePrintImages(document([page(100, 100, [onPanel, panel, box, inBox, onPaper])]), options);
    const inks = async (item: ImageItem) => [...(await decodeCmyk(images.byItem.get(item)!.image.bytes)).data.subarray(0, 4)].map((v) => (v * 100) / 255);
    const near = (expected: number[]) => expected.map((v) => expect.closeTo(v, 0));
    expect(await inks(onPanel)).toEqual(near([100, 72, 0, 18]));
    expect(await inks(inBox)).toEqual(near([0, 8, 14, 0]));
    expect(await inks(onPaper)).toEqual(near([0, 0, 0, 0]));
  });
});
