// The office proof: saddle-stitch order as data, then imposed files opened
// with poppler and qpdf.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { A4_LANDSCAPE, imposeBooklet, placeOnHalf, proofSheets, saddleStitchOrder } from '../../engine/impose.js';
import { mmToPt } from '../../engine/layout/units.js';
import { requireTools, run } from '../helpers/tools.js';
import { DATE, numberedPages, paint } from './pdfx-fixtures.js';

const ok = requireTools('qpdf', 'pdfinfo', 'pdffonts', 'pdftotext', 'pdftoppm');

describe('saddle-stitch order', () => {
  it('puts 8 pages on two sheets, outside then inside', () => {
    expect(saddleStitchOrder(8)).toEqual([[8, 1], [2, 7], [6, 3], [4, 5]]);
  });

  it('pads 6 pages with blanks at the end', () => {
    expect(saddleStitchOrder(6)).toEqual([[null, 1], [2, null], [6, 3], [4, 5]]);
  });

  it.each([12, 16, 100])('for %i pages: every page once, facing pages sum to n+1, sides alternate outside/inside', (n) => {
    const sides = saddleStitchOrder(n);
    expect(sides).toHaveLength(n / 2);
    expect(sides.flat().sort((a, b) => a! - b!)).toEqual(Array.from({ length: n }, (_, i) => i + 1));
    for (const [left, right] of sides) expect(left! + right!).toBe(n + 1);
    // Sheet k's outside holds pages 2k+1 (right) and n-2k (left); its inside 2k+2 (left) and n-2k-1 (right).
    sides.forEach(([left, right], i) => {
      const k = Math.floor(i / 2);
      expect([left, right]).toEqual(i % 2 === 0 ? [n - 2 * k, 2 * k + 1] : [2 * k + 2, n - 2 * k - 1]);
    });
    // Reading order when folded: the right half of an outside backs the left half of the next inside.
    for (let i = 0; i < sides.length; i += 2) expect(sides[i + 1][0]).toBe(sides[i][1]! + 1);
  });

  it('gives exact sides for 12 pages', () => {
    expect(saddleStitchOrder(12)).toEqual([[12, 1], [2, 11], [10, 3], [4, 9], [8, 5], [6, 7]]);
  });

  it('refuses a negative or fractional count', () => {
    expect(() => saddleStitchOrder(-1)).toThrow(RangeError);
    expect(() => saddleStitchOrder(2.5)).toThrow(RangeError);
    expect(saddleStitchOrder(0)).toEqual([]);
  });
});

describe('placement on a half sheet', () => {
  it('keeps an A5 page at true size against the fold', () => {
    const a5 = placeOnHalf(mmToPt(148), mmToPt(210), 'left');
    expect(a5.scale).toBe(1);
    expect(a5.x + mmToPt(148)).toBeCloseTo(A4_LANDSCAPE.width / 2, 6);
    expect(placeOnHalf(mmToPt(148), mmToPt(210), 'right').x).toBeCloseTo(A4_LANDSCAPE.width / 2, 6);
  });

  it('shrinks a page larger than half of A4 to fit and centres it in height', () => {
    const p = placeOnHalf(mmToPt(200), mmToPt(280), 'right');
    expect(p.scale).toBeCloseTo(Math.min(A4_LANDSCAPE.width / 2 / mmToPt(200), A4_LANDSCAPE.height / mmToPt(280)), 9);
    expect(p.y * 2 + mmToPt(280) * p.scale).toBeCloseTo(A4_LANDSCAPE.height, 6);
  });
});

describe.skipIf(!ok)('the imposed booklet proof', () => {
  const dir = mkdtempSync(join(tmpdir(), 'proof-'));
  const source = join(dir, 'book.pdf');
  const proof = join(dir, 'proof.pdf');
  let proofBytes: Buffer;

  beforeAll(async () => {
    const printer = await paint(numberedPages(7));
    writeFileSync(source, printer);
    proofBytes = await imposeBooklet(printer, { creationDate: DATE });
    writeFileSync(proof, proofBytes);
  });

  it('passes qpdf --check', () => {
    expect(run('qpdf', ['--check', proof])).toMatch(/No syntax or stream encoding errors/);
  });

  it('has A4 landscape pages, two per sheet (7 pages pad to 8: two sheets)', () => {
    const info = run('pdfinfo', [proof]);
    expect(info).toMatch(/^Pages:\s+4$/m);
    const [, w, h] = /^Page size:\s+([\d.]+) x ([\d.]+) pts/m.exec(info)!;
    expect(Number(w)).toBeCloseTo(841.89, 2);
    expect(Number(h)).toBeCloseTo(595.28, 2);
  });

  it('shows pages 8 (blank) and 1 on the first side, 2 and 7 on the second', () => {
    const side = (n: number, half: 'left' | 'right') => {
      const x = half === 'left' ? 0 : Math.round(A4_LANDSCAPE.width / 2);
      return run('pdftotext', ['-f', String(n), '-l', String(n), '-x', String(x), '-y', '0', '-W', String(Math.round(A4_LANDSCAPE.width / 2)), '-H', '596', '-r', '72', proof, '-']).replace(/\s+/g, ' ').trim();
    };
    expect(side(1, 'left')).toBe('');
    expect(side(1, 'right')).toBe('1 Trang 1');
    expect(side(2, 'left')).toBe('2 Trang 2');
    expect(side(2, 'right')).toBe('7 Trang 7');
    expect(side(3, 'left')).toBe('6 Trang 6');
    expect(side(4, 'right')).toBe('5 Trang 5');
  });

  it('cuts the pages to their trim: no crop marks or slug text from the printer PDF', () => {
    // The printer PDF's slug line names the title; trimmed away, it must not appear.
    expect(run('pdftotext', [source, '-'])).toContain('Thử nghiệm');
    expect(run('pdftotext', [proof, '-'])).not.toContain('Thử nghiệm');
  });

  it('keeps the fonts embedded as subsets', () => {
    const rows = run('pdffonts', [proof]).split('\n').slice(2).filter((l) => l.trim());
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row.trim().split(/\s+/).slice(-5, -3)).toEqual(['yes', 'yes']);
  });

  it('is the same bytes for the same input and date', async () => {
    const again = await imposeBooklet(await paint(numberedPages(7)), { creationDate: DATE });
    expect(again.equals(proofBytes)).toBe(true);
  });

  it('renders a proof sheet image', () => {
    run('pdftoppm', ['-r', '40', '-f', '2', '-l', '2', '-png', proof, join(dir, 'sheet')]);
    // Kept for a person to look at: docs/print-output.md shows how it should look.
    expect(run('sh', ['-c', `ls ${dir}`])).toMatch(/sheet-2\.png/);
  });
});

describe.skipIf(!ok)('the leaflet proof', () => {
  it('puts each sheet side on its own A4 landscape page, cut to the trim', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'proof-'));
    const file = join(dir, 'leaflet-proof.pdf');
    writeFileSync(file, await proofSheets(await paint(numberedPages(2, 297, 210)), { creationDate: DATE }));
    expect(run('qpdf', ['--check', file])).toMatch(/No syntax or stream encoding errors/);
    const info = run('pdfinfo', [file]);
    expect(info).toMatch(/^Pages:\s+2$/m);
    expect(info).toMatch(/^Page size:\s+841\.89 x 595\.28 pts/m);
    expect(run('pdftotext', ['-f', '2', '-l', '2', file, '-']).replace(/\s+/g, ' ').trim()).toBe('2 Trang 2');
  });
});
