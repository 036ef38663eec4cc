// Every paper in the Nghị định 30 layout, as the clerk receives it: the PDF
// from our painter and the DOCX opened by LibreOffice, read back with
// pdftotext. The two-column header (governing body, Centre, number line;
// Quốc hiệu, Tiêu ngữ, place-date line, level with the number line), the
// margins, page numbers (none on page 1), "Nơi nhận" and the signer, and the
// contract's procurement basis and advance clause must be in both.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { longDate, today } from '../../../contract/dates.js';
import type { PaperFormat } from '../../../contract/papers.js';
import { papersApi } from '../../../contract/papers.js';
import { contractSchema } from '../../../contract/record-schemas.js';
import { contractPaper } from '../../../services/papers/contract.js';
import { handoverPaper } from '../../../services/papers/handover.js';
import { issuingBody, numberLine } from '../../../services/papers/letterhead.js';
import type { Block } from '../../../services/papers/model.js';
import { writeContractPaper, writePaper } from '../../../services/papers/index.js';
import { requireTools, run } from '../../helpers/tools.js';
import { fixtureBundle, openRecords, removeTempDirs, tempDataDir } from '../records/helpers.js';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const popplerOk = requireTools('pdftotext', 'pdfinfo');
const officeOk = popplerOk && requireTools('soffice');
const MM = 72 / 25.4;

describe('number line and issuing body', () => {
  it('numbers: "5" gets the kind\'s symbol and a leading 0, a whole number stays, none leaves a blank', () => {
    expect(numberLine('5', 'BC')).toBe('Số: 05/BC-TGPL');
    expect(numberLine('12', 'BB')).toBe('Số: 12/BB-TGPL');
    expect(numberLine('01/2022/HĐ-TGPL', 'HĐ')).toBe('Số: 01/2022/HĐ-TGPL');
    expect(numberLine(undefined, 'BB')).toMatch(/^Số:\u00a0+\/BB-TGPL$/);
    expect(numberLine('  ', 'BC')).toMatch(/^Số:\u00a0+\/BC-TGPL$/);
  });

  it('the issuing body drops the province its governing body already names, and only a shared ending of two words or more', () => {
    expect(issuingBody({ agency: 'Sở Tư pháp tỉnh Lạng Sơn', name: 'Trung tâm Trợ giúp pháp lý Nhà nước tỉnh Lạng Sơn' })).toBe('Trung tâm Trợ giúp pháp lý Nhà nước');
    expect(issuingBody({ name: 'Trung tâm Trợ giúp pháp lý Nhà nước tỉnh Lạng Sơn' })).toBe('Trung tâm Trợ giúp pháp lý Nhà nước tỉnh Lạng Sơn');
    expect(issuingBody({ agency: 'Bộ Tư pháp', name: 'Cục Trợ giúp pháp lý' })).toBe('Cục Trợ giúp pháp lý');
  });

  it('the API takes a number for records and refuses one for the contract, naming the field', () => {
    const schema = papersApi.schemas['papers.contract'];
    expect(schema.parse({ contractId: 'c-1', kind: 'acceptance', format: 'pdf', number: ' 7 ' }).number).toBe('7');
    expect(schema.parse({ contractId: 'c-1', kind: 'acceptance', format: 'pdf', number: '' }).number).toBeUndefined();
    const refused = schema.safeParse({ contractId: 'c-1', kind: 'contract', format: 'pdf', number: '7' });
    expect(refused.success).toBe(false);
    expect(refused.error?.issues[0].path).toEqual(['number']);
    expect(refused.error?.issues[0].message).toMatch(/hồ sơ hợp đồng/);
    const odd = papersApi.schemas['papers.handover'].safeParse({ distributionIds: ['x-1'], format: 'pdf', number: '7; DROP' });
    expect(odd.error?.issues[0].message).toMatch(/Số văn bản chỉ gồm/);
  });
});

describe('the contract\'s procurement basis and advance clause', () => {
  const textOf = (blocks: Block[]) => blocks.map((b) => (b.type === 'paragraph' ? b.runs.map((r) => r.text).join('') : '')).join('\n');
  let data: ReturnType<ReturnType<typeof openRecords>['records']['contractPaperData']>;
  beforeAll(() => {
    const { records } = openRecords();
    records.importBundle(fixtureBundle());
    data = records.contractPaperData('c-1');
  });

  it('a 2022 contract cites Luật Đấu thầu 43/2013, a 2026 one 22/2023 with the decision selecting the printer', () => {
    const old = textOf(contractPaper(data).blocks);
    expect(old).toContain('Căn cứ Luật Đấu thầu số 43/2013/QH13 ngày 26 tháng 11 năm 2013;');
    expect(old).not.toContain('22/2023/QH15');
    const contract = { ...data.view.contract, date: '2026-10-05', statusDates: undefined, selectionNumber: '25/QĐ-TGPL', selectionDate: '2026-09-20', selectionIssuer: 'Giám đốc Trung tâm Trợ giúp pháp lý Nhà nước tỉnh Lạng Sơn' };
    const now = textOf(contractPaper({ ...data, view: { ...data.view, contract } }).blocks);
    expect(now).toContain('Căn cứ Luật Đấu thầu số 22/2023/QH15 ngày 23 tháng 6 năm 2023;');
    expect(now).toContain('Căn cứ Quyết định số 25/QĐ-TGPL ngày 20/09/2026 của Giám đốc Trung tâm Trợ giúp pháp lý Nhà nước tỉnh Lạng Sơn về việc phê duyệt kết quả lựa chọn nhà thầu;');
  });

  it('the record refuses a selection decision dated wrong, naming the field in Vietnamese', () => {
    const refused = contractSchema.safeParse({ ...data.view.contract, selectionDate: '2022-02-30' });
    expect(refused.error?.issues[0].path).toEqual(['selectionDate']);
    expect(refused.error?.issues[0].message).toMatch(/^Ngày quyết định lựa chọn nhà thầu phải là một ngày có thật/);
  });

  it('the advance clause states the amount in figures and words, and is absent when no advance is recorded', () => {
    expect(textOf(contractPaper(data).blocks)).toContain('Bên A tạm ứng cho Bên B số tiền 5.000.000 đ (bằng chữ: Năm triệu đồng)');
    const without = { ...data.view.contract, advancePaid: undefined };
    const text = textOf(contractPaper({ ...data, view: { ...data.view, contract: without } }).blocks);
    expect(text).not.toContain('tạm ứng');
    expect(text).toContain('Bên A thanh toán cho Bên B bằng chuyển khoản');
  });
});

interface Word { page: number; x0: number; y0: number; x1: number; y1: number; text: string }

/** Every word of a PDF with its box in points (pdftotext -bbox). */
function words(file: string): Word[] {
  const out: Word[] = [];
  run('pdftotext', ['-bbox', file, '-']).split('<page ').slice(1).forEach((page, i) => {
    for (const m of page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)) {
      out.push({ page: i + 1, x0: Number(m[1]), y0: Number(m[2]), x1: Number(m[3]), y1: Number(m[4]), text: m[5] });
    }
  });
  return out;
}

const collapse = (s: string) => s.replace(/\s+/g, ' ');

/** What every paper's header and closing say, from the records fixture. */
const HEADER = ['SỞ TƯ PHÁP TỈNH LẠNG SƠN', 'TRUNG TÂM TRỢ GIÚP PHÁP LÝ NHÀ NƯỚC', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'];

const PAPERS = {
  contract: { number: 'Số: 01/2022/HĐ-TGPL', placeDate: 'Lạng Sơn, ngày 05 tháng 10 năm 2022', closing: ['ĐẠI DIỆN BÊN A', 'GIÁM ĐỐC', 'Nguyễn Văn An'],
    body: ['Căn cứ Luật Đấu thầu số 43/2013/QH13', 'Căn cứ Quyết định số 25/QĐ-TGPL ngày 28/09/2022 của Giám đốc Trung tâm Trợ giúp pháp lý Nhà nước tỉnh Lạng Sơn về việc phê duyệt kết quả lựa chọn nhà thầu',
      'Bên A tạm ứng cho Bên B số tiền 5.000.000 đ (bằng chữ: Năm triệu đồng)'] },
  acceptance: { number: 'Số: 07/BB-TGPL', placeDate: 'Lạng Sơn, ngày 28 tháng 10 năm 2022', closing: ['Nơi nhận:', 'ĐẠI DIỆN BÊN A', 'GIÁM ĐỐC', 'Nguyễn Văn An', '- Lưu: VT, Kế toán (02 bản).'], body: [] },
  liquidation: { number: 'Số: /BB-TGPL', placeDate: 'Lạng Sơn, ngày …… tháng …… năm ……', closing: ['Nơi nhận:', 'GIÁM ĐỐC', 'Nguyễn Văn An'], body: [] },
  handover: { number: 'Số: 01/BB-TGPL', placeDate: 'Lạng Sơn, ngày 20 tháng 10 năm 2022', closing: ['Nơi nhận:', 'BÊN GIAO', 'GIÁM ĐỐC', 'Nguyễn Văn An'], body: [] },
  // Dated the day it is made.
  report: { number: 'Số: 12/BC-TGPL', placeDate: `Lạng Sơn, ${longDate(today())}`, closing: ['Nơi nhận:', '- Như trên;', '- Lưu: VT.', 'GIÁM ĐỐC', 'Nguyễn Văn An'], body: [] },
} as const;
type Kind = keyof typeof PAPERS;
const KINDS = Object.keys(PAPERS) as Kind[];

let out = '';
/** kind → format → a PDF to read (the DOCX through LibreOffice). */
const files = {} as Record<Kind, Record<PaperFormat, string>>;

beforeAll(async () => {
  if (!popplerOk) return;
  out = mkdtempSync(join(tmpdir(), 'anpham-letterhead-'));
  const { records, distribution, reports } = openRecords();
  const bundle = fixtureBundle();
  Object.assign(bundle.contracts[0], { selectionNumber: '25/QĐ-TGPL', selectionDate: '2022-09-28', selectionIssuer: 'Giám đốc Trung tâm Trợ giúp pháp lý Nhà nước tỉnh Lạng Sơn' });
  records.importBundle(bundle);
  const data = records.contractPaperData('c-1');
  const write = async (format: PaperFormat): Promise<Record<Kind, Buffer>> => ({
    contract: (await writeContractPaper(data, 'contract', format, { appRoot: ROOT })).bytes,
    acceptance: (await writeContractPaper({ ...data, number: '7' }, 'acceptance', format, { appRoot: ROOT })).bytes,
    // No liquidation date and no number: the blanks a clerk fills by hand.
    liquidation: (await writeContractPaper(data, 'liquidation', format, { appRoot: ROOT })).bytes,
    // x-1 carries handover number 01/BB-TGPL.
    handover: (await writePaper(handoverPaper(distribution.handoverData(['x-1'])), format, { appRoot: ROOT })).bytes,
    report: (await reports.file(format, {}, '12')).bytes,
  });
  for (const format of ['pdf', 'docx'] as const) {
    for (const [kind, bytes] of Object.entries(await write(format)) as [Kind, Buffer][]) {
      writeFileSync(join(out, `${kind}.${format}`), bytes);
      (files[kind] ??= {} as Record<PaperFormat, string>)[format] = format === 'pdf' ? join(out, `${kind}.pdf`) : join(out, 'lo', `${kind}.pdf`);
    }
  }
  if (officeOk) {
    const docx = KINDS.map((kind) => join(out, `${kind}.docx`));
    execFileSync('soffice', [`-env:UserInstallation=file://${join(out, 'lo-profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', join(out, 'lo'), ...docx], { stdio: 'ignore', timeout: 300_000 });
  }
}, 400_000);

afterAll(() => {
  if (out) rmSync(out, { recursive: true, force: true });
  removeTempDirs();
});

const FORMATS: { format: PaperFormat; ok: boolean; what: string }[] = [
  { format: 'pdf', ok: popplerOk, what: 'PDF' },
  { format: 'docx', ok: officeOk, what: 'DOCX through LibreOffice' },
];

describe.each(FORMATS)('papers as $what', ({ format, ok }) => {
  it.skipIf(!ok).each(KINDS)('%s: the two-column header, the number, the place-date line, the closing', (kind) => {
    const file = files[kind][format];
    const expected = PAPERS[kind];
    expect(run('pdfinfo', [file])).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
    const first = collapse(run('pdftotext', ['-raw', '-f', '1', '-l', '1', file, '-']));
    const all = collapse(run('pdftotext', ['-raw', file, '-']));
    for (const text of HEADER) expect(first).toContain(text);
    expect(first).toContain(expected.number);
    expect(first).toContain(expected.placeDate);
    for (const text of [...expected.closing, ...expected.body]) expect(all).toContain(text);
    if (kind === 'contract') expect(all).not.toContain('Nơi nhận');

    // Left column: the governing body and the number; right column: the Quốc hiệu and the place-date line, level with the number.
    const page1 = words(file).filter((w) => w.page === 1);
    // The highest such word on the page: the header's.
    const find = (text: string) => page1.filter((w) => w.text === text).sort((a, b) => a.y0 - b.y0)[0];
    const middle = (30 * MM + 595.3 - 15 * MM) / 2;
    expect(find('SỞ').x1).toBeLessThan(middle);
    expect(find('CỘNG').x0).toBeGreaterThan(middle - 40);
    expect(Math.abs(find('SỞ').y0 - find('CỘNG').y0)).toBeLessThan(4);
    const dateWord = find('Sơn,');
    expect(Math.abs(find('Số:').y1 - dateWord.y1)).toBeLessThan(4);
    expect(find('Số:').x1).toBeLessThan(middle);
    expect(dateWord.x0).toBeGreaterThan(middle - 40);
  });

  it.skipIf(!ok).each(KINDS)('%s: text inside the margins (left 30, right 15, top and bottom 20 mm); only page numbers in the top margin, none on page 1', (kind) => {
    const all = words(files[kind][format]);
    const inTopMargin = all.filter((w) => w.y1 < 20 * MM);
    expect(inTopMargin.filter((w) => w.page === 1)).toEqual([]);
    for (const w of inTopMargin) expect(w.text).toBe(String(w.page));
    for (const w of all.filter((x) => !inTopMargin.includes(x))) {
      expect(w.x0, w.text).toBeGreaterThanOrEqual(30 * MM - 1);
      expect(w.x1, w.text).toBeLessThanOrEqual(595.3 - 15 * MM + 1);
      expect(w.y1, w.text).toBeLessThanOrEqual(841.9 - 20 * MM + 1);
    }
  });

  it.skipIf(!ok)('a long paper (the report) has its page number on page 2, centred in the top margin', () => {
    const all = words(files.report[format]);
    expect(Math.max(...all.map((w) => w.page))).toBeGreaterThanOrEqual(2);
    const number = all.filter((w) => w.page === 2 && w.y1 < 20 * MM);
    expect(number.map((w) => w.text)).toEqual(['2']);
    const centre = (30 * MM + 595.3 - 15 * MM) / 2;
    expect(Math.abs((number[0].x0 + number[0].x1) / 2 - centre)).toBeLessThan(3);
  });
});

describe.skipIf(!popplerOk)('report distribution --number', () => {
  const cli = (...args: string[]) => spawnSync(join(ROOT, 'node_modules', '.bin', 'tsx'), ['cli/index.ts', ...args], { cwd: ROOT, encoding: 'utf8' });

  it('numbers the PDF report, and refuses a number that is not one, naming the option', () => {
    const data = tempDataDir();
    expect(cli('data', 'import', join(ROOT, 'samples', 'bundle-2022.json'), '--data', data).status).toBe(0);
    const pdf = join(data, 'r.pdf');
    expect(cli('report', 'distribution', '-o', pdf, '--number', '12', '--data', data).status).toBe(0);
    expect(collapse(run('pdftotext', ['-l', '1', pdf, '-']))).toContain('Số: 12/BC-TGPL');
    const refused = cli('report', 'distribution', '-o', pdf, '--number', '12; 13', '--data', data);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('--number: Số văn bản chỉ gồm');
  }, 120_000);
});
