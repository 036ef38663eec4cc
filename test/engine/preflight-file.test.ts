// The PDF/X-1a rules checked on written files: a printer PDF that passes,
// then the same file with one thing broken on page 2, each found by its rule.
import {
  BlendMode, cmyk, PDFDict, PDFDocument, PDFHeader, PDFName, PDFPage, PDFString, rgb, StandardFonts,
} from '@cantoo/pdf-lib';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Finding } from '../../contract/findings.js';
import { fileFindings } from '../../engine/preflight.js';
import { numberedPages, paint } from './pdfx-fixtures.js';

let good: Buffer;
beforeAll(async () => {
  good = await paint(numberedPages(3));
});

/** The good file with `change` applied, saved as a classic (PDF 1.4-style) file. */
async function broken(change: (doc: PDFDocument, page2: PDFPage) => Promise<void> | void): Promise<Finding[]> {
  const doc = await PDFDocument.load(good, { updateMetadata: false });
  await change(doc, doc.getPage(1));
  return fileFindings(await doc.save({ useObjectStreams: false }));
}

/** The trailer's Info dictionary (pdf-lib keeps its own accessor private). */
const info = (doc: PDFDocument) => doc.context.lookup(doc.context.trailerInfo.Info, PDFDict);
const codes = (findings: Finding[]) => findings.map((f) => [f.code, f.page]);
const BLACK = cmyk(0, 0, 0, 1);

describe('file rules', () => {
  it('find nothing in the printer PDF as painted, nor after a save that changes nothing', async () => {
    expect(await fileFindings(good)).toEqual([]);
    expect(await broken(() => {})).toEqual([]);
  });

  it('find an RGB fill, naming the page and the colour space', async () => {
    const findings = await broken((_, page) => page.drawRectangle({ x: 50, y: 50, width: 20, height: 20, color: rgb(1, 0, 0) }));
    expect(codes(findings)).toEqual([['non-cmyk-colour', 2]]);
    expect(findings[0].severity).toBe('error');
    expect(findings[0].message).toMatch(/^Trang 2: .*DeviceRGB/);
  });

  it('find an RGB image with a soft mask (transparency) on its page', async () => {
    const png = await sharp({ create: { width: 4, height: 4, channels: 4, background: { r: 0, g: 0, b: 255, alpha: 0.5 } } }).png().toBuffer();
    const findings = await broken(async (doc, page) => page.drawImage(await doc.embedPng(png), { x: 50, y: 50, width: 20, height: 20 }));
    expect(codes(findings).sort()).toEqual([['non-cmyk-colour', 2], ['transparency', 2]]);
    expect(findings.find((f) => f.code === 'non-cmyk-colour')!.message).toContain('ảnh dùng hệ màu DeviceRGB');
  });

  it('find an ExtGState with ca 0.5', async () => {
    const findings = await broken((_, page) => page.drawRectangle({ x: 50, y: 50, width: 20, height: 20, color: BLACK, opacity: 0.5 }));
    expect(codes(findings)).toEqual([['transparency', 2]]);
    expect(findings[0].message).toContain('ca 0.5');
  });

  it('find a blend mode other than Normal', async () => {
    const findings = await broken((_, page) => page.drawRectangle({ x: 50, y: 50, width: 20, height: 20, color: BLACK, blendMode: BlendMode.Multiply }));
    expect(codes(findings)).toEqual([['transparency', 2]]);
    expect(findings[0].message).toContain('/Multiply');
  });

  it('find a page without a TrimBox', async () => {
    expect(codes(await broken((_, page) => void page.node.delete(PDFName.of('TrimBox'))))).toEqual([['trimbox-missing', 2]]);
  });

  it('find a TrimBox outside the BleedBox', async () => {
    const findings = await broken((_, page) => page.setTrimBox(0, 0, 2000, 2000));
    expect(codes(findings)).toEqual([['trimbox-missing', 2]]);
  });

  it('find a font that is not embedded (standard Helvetica)', async () => {
    const findings = await broken(async (doc, page) => page.drawText('Helvetica', { x: 50, y: 50, size: 12, color: BLACK, font: await doc.embedFont(StandardFonts.Helvetica) }));
    expect(codes(findings)).toEqual([['font-not-embedded', 2]]);
    expect(findings[0].message).toContain('"Helvetica"');
  });

  it('find a missing output intent', async () => {
    expect(codes(await broken((doc) => void doc.catalog.delete(PDFName.of('OutputIntents'))))).toEqual([['output-intent-missing', undefined]]);
  });

  it('find a PDF version above 1.4 and a missing GTS_PDFXVersion', async () => {
    const findings = await broken((doc) => {
      doc.context.header = PDFHeader.forVersion(1, 7);
      info(doc).delete(PDFName.of('GTS_PDFXVersion'));
    });
    expect(codes(findings)).toEqual([['pdfx-version', undefined], ['pdfx-version', undefined]]);
    expect(findings[0].message).toContain('PDF 1.7');
    expect(findings[1].message).toContain('GTS_PDFXVersion');
  });

  it('find Trapped written as a string instead of a name, and a missing title', async () => {
    const findings = await broken((doc) => {
      info(doc).set(PDFName.of('Trapped'), PDFString.of('False'));
      info(doc).delete(PDFName.of('Title'));
    });
    expect(codes(findings)).toEqual([['pdfx-info', undefined], ['pdfx-info', undefined]]);
  });

  it('report a file that cannot be read instead of failing', async () => {
    expect(codes(await fileFindings(Buffer.from('không phải PDF')))).toEqual([['pdf-unreadable', undefined]]);
  });
});
