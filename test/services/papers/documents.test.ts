// The three records as files: the PDF from our own painter (checked with
// poppler), the DOCX opened by LibreOffice (converted to PDF and read back).
// The right totals and the amount in words must be in both.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeContractPaper, type ContractPaperData } from '../../../services/papers/index.js';
import { requireTools, run } from '../../helpers/tools.js';
import { fixtureBundle, openRecords, removeTempDirs } from '../records/helpers.js';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const popplerOk = requireTools('pdftotext', 'pdffonts', 'pdfinfo');
const officeOk = requireTools('soffice', 'pdftotext');

let out = '';
let data: ContractPaperData;
beforeAll(() => {
  out = mkdtempSync(join(tmpdir(), 'anpham-docs-'));
  const { records } = openRecords();
  records.importBundle(fixtureBundle());
  data = records.contractPaperData('c-1');
});
afterAll(() => {
  rmSync(out, { recursive: true, force: true });
  removeTempDirs();
});

const collapse = (s: string) => s.replace(/\s+/g, ' ');

/** What each document must say for contract c-1 of the fixture (5 000 × 1 200 + 1 000 × 9 500, VAT 8 %, 5 000 000 paid in advance). */
const EXPECTED = {
  contract: ['HỢP ĐỒNG IN ẤN PHẨM', 'Số: 01/2022/HĐ-TGPL', 'Bộ luật Dân sự số 91/2015/QH13', 'Luật Thương mại số 36/2005/QH11',
    'Quyết định số 1181/QĐ-UBND', 'CÔNG TY CỔ PHẦN IN LẠNG SƠN', '4900100123', '15.500.000', '1.240.000', '16.740.000',
    'Mười sáu triệu bảy trăm bốn mươi nghìn đồng', 'ĐẠI DIỆN BÊN A', 'ĐẠI DIỆN BÊN B'],
  acceptance: ['BIÊN BẢN NGHIỆM THU', 'số 01/2022/HĐ-TGPL ngày 05/10/2022', 'ngày 28 tháng 10 năm 2022', 'Giá trị nghiệm thu: 16.740.000 đ',
    'Mười sáu triệu bảy trăm bốn mươi nghìn đồng'],
  liquidation: ['BIÊN BẢN THANH LÝ HỢP ĐỒNG', 'Bên A đã tạm ứng: 5.000.000 đ', 'Bên A còn phải thanh toán cho Bên B: 11.740.000 đ',
    'Mười một triệu bảy trăm bốn mươi nghìn đồng'],
} as const;

const KINDS = Object.keys(EXPECTED) as (keyof typeof EXPECTED)[];

describe.skipIf(!popplerOk)('documents as PDF (own painter, no office suite needed)', () => {
  it.each(KINDS)('%s: A4, Liberation Serif embedded, Quốc hiệu and Tiêu ngữ, totals and words', async (kind) => {
    const { bytes, fileName } = await writeContractPaper(data, kind, 'pdf', { appRoot: ROOT });
    const file = join(out, fileName);
    writeFileSync(file, bytes);
    expect(run('pdfinfo', [file])).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
    const fonts = run('pdffonts', [file]);
    expect(fonts).toMatch(/LiberationSerif-Bold\s/);
    for (const line of fonts.split('\n').slice(2).filter(Boolean)) expect(line).toMatch(/\byes\s+yes\s+yes\b/); // embedded, subset, unicode map
    const text = collapse(run('pdftotext', ['-layout', file, '-']));
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text).toContain('Độc lập - Tự do - Hạnh phúc');
    for (const expected of EXPECTED[kind]) expect(text).toContain(expected);
  });

  it('page numbers sit in the top margin from page 2, none on page 1', async () => {
    const { bytes } = await writeContractPaper(data, 'contract', 'pdf', { appRoot: ROOT });
    const file = join(out, 'numbers.pdf');
    writeFileSync(file, bytes);
    const pages = Number(/Pages:\s+(\d+)/.exec(run('pdfinfo', [file]))![1]);
    expect(pages).toBeGreaterThanOrEqual(2);
    // The top margin strip (20 mm ≈ 57 pt) of each page, at 72 dpi.
    const strip = (page: number) => run('pdftotext', ['-f', String(page), '-l', String(page), '-x', '0', '-y', '0', '-W', '595', '-H', '50', file, '-']).trim();
    expect(strip(1)).toBe('');
    for (let page = 2; page <= pages; page++) expect(strip(page)).toBe(String(page));
  });

  it('left margin is 30 mm: no text starts left of it', async () => {
    const { bytes } = await writeContractPaper(data, 'contract', 'pdf', { appRoot: ROOT });
    const file = join(out, 'margins.pdf');
    writeFileSync(file, bytes);
    const bbox = run('pdftotext', ['-bbox', file, '-']);
    const xs = [...bbox.matchAll(/xMin="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(30 * 72 / 25.4 - 0.5);
  });
});

describe.skipIf(!officeOk)('documents as DOCX, opened by LibreOffice', () => {
  it.each(KINDS)('%s: converts to PDF with the right totals and words', async (kind) => {
    const { bytes, fileName } = await writeContractPaper(data, kind, 'docx', { appRoot: ROOT });
    const file = join(out, fileName);
    writeFileSync(file, bytes);
    const profile = join(out, `lo-profile-${kind}`);
    execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', join(out, 'lo'), file], { stdio: 'ignore', timeout: 120_000 });
    const pdf = join(out, 'lo', fileName.replace(/\.docx$/, '.pdf'));
    expect(run('pdfinfo', [pdf])).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
    const raw = run('pdftotext', ['-layout', pdf, '-']);
    // The motto lines are not wrapped: each ends its line of the header's right column (letterhead.test.ts checks the rest).
    expect(raw).toMatch(/CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM *\n/);
    expect(raw).toMatch(/Độc lập - Tự do - Hạnh phúc *\n/);
    const text = collapse(raw);
    for (const expected of EXPECTED[kind]) expect(text).toContain(expected);
    // Word users' font name is asked for; LibreOffice maps it to the metric-compatible Liberation Serif.
    expect(run('pdffonts', [pdf])).toMatch(/LiberationSerif|TimesNewRoman/);
  }, 180_000);
});
