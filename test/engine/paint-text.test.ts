// The painter's own text path (paint/text.ts): words shaped once by the font
// registry, written as TJ arrays. What a reader of the PDF sees must be what
// layout decided: the same words at the same places, the same text layer.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import type { DocNode } from '../../engine/document.js';
import { layoutDocument } from '../../engine/layout/index.js';
import type { TextItem } from '../../engine/layout/types.js';
import { paintPdf } from '../../engine/paint/index.js';
import { sheetFor } from '../../engine/paint/sheet.js';
import { requireTools, run } from '../helpers/tools.js';
import { fonts, leafletPack, LOREM, numbered, text, tree } from './layout-fixtures.js';

const pack = leafletPack();
const date = new Date('2022-10-05T08:00:00Z');
const poppler = requireTools('pdftotext', 'pdftoppm');

const body: DocNode[] = numbered('body', [
  text('h2', 'Quyền của người được trợ giúp pháp lý', { keepWithNext: true }),
  text('body', [{ text: `${LOREM} ${LOREM} Gọi ` }, { text: 'miễn phí', bold: true }, { text: ' số 1800\u00a01233.' }]),
  text('body', 'Người được trợ giúp ưu tiên: ừ, ữ, ự, Ỹ, ỵ — “ngoặc kép” (Điều\u00a07).'),
]);
const doc = layoutDocument(tree({ body }), pack, fonts);

function tempFile(name: string, bytes: Uint8Array): string {
  const file = join(mkdtempSync(join(tmpdir(), 'anpham-paint-text-')), name);
  writeFileSync(file, bytes);
  return file;
}

/** Every Flate stream of the file, inflated; the page contents are the ones with text objects. */
function pageContents(pdf: Buffer): string[] {
  const latin = pdf.toString('latin1');
  const out: string[] = [];
  for (const m of latin.matchAll(/stream\n/g)) {
    const start = m.index! + m[0].length;
    const end = latin.indexOf('\nendstream', start);
    try {
      const text = inflateSync(pdf.subarray(start, end)).toString('latin1');
      if (/\bBT\b/.test(text)) out.push(text);
    } catch {
      // Not a deflated stream (or not ours to read).
    }
  }
  return out;
}

describe('text painted from shaped words', () => {
  it('never shapes again while painting: every word was shaped by layout', async () => {
    const faces = [{ family: 'Noto Serif', bold: false, italic: false }, { family: 'Noto Serif', bold: true, italic: false }, { family: 'Noto Sans', bold: true, italic: false }];
    const calls: string[] = [];
    const restore = faces.map((face) => {
      const font = fonts.fontkitFont(face);
      const layout = font.layout;
      font.layout = ((s: string, ...rest: unknown[]) => (calls.push(s), (layout as (...a: unknown[]) => unknown).call(font, s, ...rest))) as typeof font.layout;
      return () => (font.layout = layout);
    });
    try {
      await paintPdf(doc, pack, fonts, { creationDate: date });
    } finally {
      restore.forEach((r) => r());
    }
    // Only the slug line's words (its page labels are new) may be shaped here, never body text.
    const bodyWords = new Set(doc.pages.flatMap((p) => p.items).flatMap((i) => (i.type === 'text' ? i.text.split(' ') : [])));
    expect(calls.filter((c) => bodyWords.has(c) && !/Mặt|—/.test(c))).toEqual([]);
  });

  it('writes a line as one TJ array of words, not a text object per word', async () => {
    const pdf = await paintPdf(doc, pack, fonts, { creationDate: date });
    const contents = pageContents(pdf).join('\n');
    const items = doc.pages.flatMap((p) => p.items).filter((i): i is TextItem => i.type === 'text');
    const lines = new Set(doc.pages.flatMap((p, n) => p.items.filter((i) => i.type === 'text').map((i) => `${n}:${i.y}`)));
    const tms = contents.match(/ Tm\n/g)!.length;
    // One text matrix per line (plus the slug line of each page), far fewer than the words.
    expect(tms).toBeLessThanOrEqual(lines.size + doc.pages.length + 2);
    expect(tms).toBeLessThan(items.length / 3);
    // Justified gaps are numbers inside the arrays, between hex-encoded words.
    expect(contents).toMatch(/\[<[0-9a-f]+>(?: -?\d+(?:\.\d+)? <[0-9a-f]+>)+/);
    expect(contents).not.toMatch(/\brg\b|\bRG\b/);
  });

  it.skipIf(!poppler)('puts every word where layout placed it', async () => {
    const pdf = await paintPdf(doc, pack, fonts, { creationDate: date });
    const file = tempFile('words.pdf', pdf);
    const page = doc.pages[1];
    const sheet = sheetFor(page, pack.definition);
    const bbox = run('pdftotext', ['-bbox', '-f', '2', '-l', '2', file, '-']);
    const found = [...bbox.matchAll(/<word xMin="([\d.]+)" yMin="[\d.]+" xMax="[\d.]+" yMax="[\d.]+">([^<]*)<\/word>/g)].map((m) => ({ x: Number(m[1]), word: m[2] }));
    // Single words set apart by justification: each is an item of its own, at layout's x.
    const words = page.items.filter((i): i is TextItem => i.type === 'text' && !i.text.includes(' ') && i.text.length > 2);
    expect(words.length).toBeGreaterThan(20);
    let from = 0;
    for (const w of words) {
      const at = found.findIndex((f, i) => i >= from && f.word === w.text.replace(/&/g, '&amp;'));
      expect(at, `"${w.text}" in the text layer`).toBeGreaterThanOrEqual(0);
      expect(found[at].x).toBeCloseTo(sheet.trimX + w.x, 1);
      from = at + 1;
    }
  });

  it.skipIf(!poppler)('keeps the text layer exact: the words come back in NFC, no space lost or added', async () => {
    const pdf = await paintPdf(doc, pack, fonts, { creationDate: date });
    const extracted = run('pdftotext', [tempFile('text.pdf', pdf), '-']).replace(/\s+/g, ' ');
    expect(extracted).toContain('Người được trợ giúp ưu tiên: ừ, ữ, ự, Ỹ, ỵ — “ngoặc kép” (Điều 7).');
    expect(extracted).toContain('Gọi miễn phí số 1800 1233.');
    expect(extracted).toContain(LOREM.split(' ').slice(0, 8).join(' '));
    expect(extracted.normalize('NFC')).toBe(extracted);
  });

  it.skipIf(!poppler)('draws a mark that shaping moves off the baseline where pdfkit would', async () => {
    // "q̣̂": no precomposed form, so the font positions both marks (one lower, with a vertical offset).
    const word = 'q\u0323\u0302';
    const face = { family: 'Noto Serif', bold: false, italic: false };
    const item: TextItem = { type: 'text', x: 40, y: 60, text: word, face, sizePt: 40, color: [0, 0, 0, 100], width: fonts.measure(face, 40, word) };
    const page = { ...doc.pages[0], items: [item] };
    const ours = await paintPdf({ ...doc, pages: [page] }, { ...pack, definition: { ...pack.definition, marks: { ...pack.definition.marks, crop: false, fold: false } } }, fonts, { creationDate: date });
    expect(pageContents(ours).join('\n')).toMatch(/ Ts\n/);

    // The same glyphs through pdfkit's own text(), on the same sheet.
    const sheet = sheetFor(page, pack.definition);
    const reference = new PDFDocument({ size: [sheet.width, sheet.height], margin: 0 });
    const chunks: Buffer[] = [];
    reference.on('data', (c: Buffer) => chunks.push(c));
    const ended = new Promise((done) => reference.on('end', done));
    reference.registerFont('serif', fonts.fontForDocument(face) as unknown as Buffer);
    reference.font('serif').fontSize(40).fillColor([0, 0, 0, 100]).text(word, sheet.trimX + item.x, sheet.trimY + item.y, { lineBreak: false, baseline: 'alphabetic' });
    reference.end();
    await ended;

    // Compare the area around the word only (our sheet also has its slug line).
    const crop = ['-r', '72', '-gray', '-x', String(Math.round(sheet.trimX + 30)), '-y', String(Math.round(sheet.trimY)), '-W', '80', '-H', '90'];
    const raster = (pdf: Uint8Array, name: string) => {
      const base = tempFile(name, pdf);
      run('pdftoppm', [...crop, base, base]);
      return run('sh', ['-c', `od -An -v -tu1 ${base}-1.pgm | tr -s ' \\n' ' '`]).trim().split(' ').map(Number);
    };
    const a = raster(ours, 'ours.pdf');
    const b = raster(Buffer.concat(chunks), 'pdfkit.pdf');
    expect(a.length).toBe(b.length);
    const inked = b.filter((v) => v < 128).length;
    expect(inked).toBeGreaterThan(50);
    const differing = a.filter((v, i) => Math.abs(v - b[i]) > 64).length;
    expect(differing).toBeLessThan(inked * 0.02);
  });
});
