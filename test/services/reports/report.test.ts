// The distribution report's figures against ones worked out by hand from
// test/records/fixtures/bundle.json, and each export opened by the tool a
// user would open it with: LibreOffice for XLSX and DOCX, poppler for PDF.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readBundle } from '../../../services/records/bundle.js';
import { distributionReport } from '../../../services/reports/distribution-report.js';
import { exportReport } from '../../../services/reports/export.js';
import { requireTools, run } from '../../helpers/tools.js';
import { fixtureBundle } from '../records/helpers.js';

const root = resolve(import.meta.dirname, '../../..');
const temp = mkdtempSync(join(tmpdir(), 'anpham-report-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const set = readBundle(fixtureBundle());
const report = (filter = {}) => distributionReport(set, set.publications, filter);
const centre = { name: 'Trung tâm Trợ giúp pháp lý Nhà nước tỉnh Lạng Sơn', agency: 'Sở Tư pháp tỉnh Lạng Sơn' };
const write = async (format: 'xlsx' | 'csv' | 'pdf' | 'docx', filter = {}) => {
  const file = join(temp, `r-${Object.values(filter).join('-')}.${format}`);
  writeFileSync(file, (await exportReport(report(filter), format, { appRoot: root, centre, date: '2022-12-31' })).bytes);
  return file;
};

describe('report figures', () => {
  it('matrix, totals and periods for the whole time', () => {
    const r = report();
    expect(r.cells).toEqual([
      { unitId: 'trang-dinh', publicationId: 'pub-1', quantity: 3000 },
      { unitId: 'van-lang', publicationId: 'pub-3', quantity: 800 },
      { unitId: 'xa-tan-tien', publicationId: 'pub-2', quantity: 400 },
    ]);
    expect(r.totals).toEqual({ byUnit: { 'trang-dinh': 3000, 'xa-tan-tien': 400, 'van-lang': 800 }, byPublication: { 'pub-1': 3000, 'pub-2': 400, 'pub-3': 800 }, all: 4200 });
    expect(r.quarters).toEqual([{ period: '2022-Q4', year: 2022, quarter: 4, byPublication: { 'pub-1': 3000, 'pub-2': 400, 'pub-3': 800 }, total: 4200 }]);
    expect(r.stock.map((s) => [s.publicationId, s.delivered, s.distributed, s.balance])).toEqual([['pub-1', 5000, 3000, 2000], ['pub-2', 1000, 400, 600], ['pub-3', 800, 800, 0]]);
    // 5000 × 1200 + 1000 × 9500 = 15 500 000, VAT 8 % = 1 240 000; 2000 × 15 000 = 30 000 000, VAT 10 %.
    expect(r.contracts.map((c) => [c.number, c.ordered, c.delivered, c.total])).toEqual([['01/2022/HĐ-TGPL', 6000, 6000, 16_740_000], ['02/2022/HĐ-TGPL', 2000, 800, 33_000_000]]);
  });

  it('--from/--to keep the distributions of the period, and the stock at its end', () => {
    const r = report({ from: '2022-11-01', to: '2022-11-05' });
    expect(r.totals).toEqual({ byUnit: { 'xa-tan-tien': 400 }, byPublication: { 'pub-2': 400 }, all: 400 });
    expect(r.stock.find((s) => s.publicationId === 'pub-3')).toBeUndefined(); // delivered on 10/11, after the period
    expect(r.stock.find((s) => s.publicationId === 'pub-1')).toMatchObject({ delivered: 5000, distributed: 3000, balance: 2000 });
  });
});

describe('exports', () => {
  it('CSV: UTF-8 with BOM, CRLF, figures as bare numbers, totals row', async () => {
    const bytes = readFileSync(await write('csv'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).split('\r\n');
    expect(lines[0]).toBe('TT,Đơn vị,Tờ gấp: Trợ giúp pháp lý miễn phí,Sách bỏ túi pháp luật về đất đai,Sổ tay trợ giúp pháp lý,Tổng cộng');
    expect(lines[1]).toBe('1,Huyện Tràng Định,3000,0,0,3000');
    expect(lines).toContain(',Tổng cộng,3000,400,800,4200');
  });

  const soffice = requireTools('soffice', 'soffice-calc');
  it.skipIf(!soffice)('XLSX read back by LibreOffice: the same figures, totals computed by its formulas', async () => {
    const file = await write('xlsx');
    run('soffice', ['--headless', '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false', '--outdir', temp, file]);
    const rows = readFileSync(file.replace(/\.xlsx$/, '.csv'), 'utf8').trim().split(/\r?\n/).map((l) => l.split(','));
    expect(rows[0].slice(0, 2)).toEqual(['TT', 'Đơn vị']);
    const byName = new Map(rows.map((r) => [r[1], r.slice(2).map(Number)]));
    expect(byName.get('Huyện Tràng Định')).toEqual([3000, 0, 0, 3000]);
    expect(byName.get('Xã Tân Tiến')).toEqual([0, 400, 0, 400]);
    expect(byName.get('Tổng cộng')).toEqual([3000, 400, 800, 4200]);
  });

  it.skipIf(!soffice)('DOCX opens in LibreOffice with the report title and the totals', async () => {
    const file = await write('docx');
    run('soffice', ['--headless', '--convert-to', 'txt:Text (encoded):UTF8', '--outdir', temp, file]);
    const text = readFileSync(file.replace(/\.docx$/, '.txt'), 'utf8').replace(/\s+/g, ' ');
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text).toContain('Kết quả cấp phát ấn phẩm trợ giúp pháp lý');
    expect(text).toContain('Đã cấp phát 4.200 bản ấn phẩm');
    expect(text).toMatch(/Tổng cộng 3\.000 400 800 4\.200/);
  });

  const poppler = requireTools('pdftotext', 'pdffonts', 'pdfinfo');
  it.skipIf(!poppler)('PDF: embedded fonts, the figures in its text, A4 pages, the bar chart drawn as vectors', async () => {
    const file = await write('pdf', { from: '2022-10-01', to: '2022-12-31' });
    const fonts = run('pdffonts', [file]);
    expect(fonts).toContain('LiberationSerif');
    expect(fonts.split('\n').slice(2).filter(Boolean).every((l) => /\byes\s+yes\b/.test(l))).toBe(true);
    expect(run('pdfinfo', [file])).toMatch(/Page size:\s+595\.2\d* x 841\.8\d* pts \(A4\)/);
    const text = run('pdftotext', ['-layout', file, '-']).replace(/[ \t]+/g, ' ');
    expect(text).toContain('từ ngày 01/10/2022 đến ngày 31/12/2022');
    expect(text).toContain('Số bản đã cấp phát theo đơn vị');
    expect(text).toMatch(/Tổng cộng 3\.000 400 800 4\.200/);
    // The chart's bars: filled rectangles in the page content (uncompressed by qpdf).
    const plain = join(temp, 'plain.pdf');
    run('qpdf', ['--qdf', '--object-streams=disable', file, plain]);
    const content = readFileSync(plain, 'latin1');
    expect((content.match(/re\s+f\b/g) ?? []).length).toBeGreaterThanOrEqual(3);
  });
});
