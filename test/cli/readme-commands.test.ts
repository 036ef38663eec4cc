// Every command of README.md's "Headless use (CLI)" block, run as a user runs
// it — `npm run cli -- …`, from the repository (npm runs scripts there, so the
// README's `samples/…` paths resolve as written) — through the bundle
// (ANPHAM_CLI=bundle: a missing or stale out/cli/cli.cjs fails instead of
// quietly running the sources through tsx), with `--data` a fresh folder and
// every `-o` file in a temporary folder. Each output is then read as its
// reader would: PDFs by poppler and qpdf, DOCX/XLSX as ZIP packages, JSON and
// CSV parsed, the records bundle imported back.
//
// TABLE has one entry per README line, keyed by the line's text: a command
// the README gains, loses or changes fails the first test until the table
// says how to check it. The runs go in sequence and share one data folder, in
// the README's order (`data import` before `data export` and `report`), so a
// later run picked alone with `-t` finds no records.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error plain JavaScript, run by npm's `prepare` before TypeScript is there to check it.
import { buildCli } from '../../scripts/build-cli.mjs';
import { requireTools, run } from '../helpers/tools.js';
import { readZip, xmlText } from '../helpers/zip.js';

const ROOT = join(import.meta.dirname, '..', '..');
const README = readFileSync(join(ROOT, 'README.md'), 'utf8');
const pdfTools = requireTools('pdfinfo', 'pdffonts', 'pdftotext', 'qpdf');

const WORK = mkdtempSync(join(tmpdir(), 'anpham-readme-cli-'));
const DATA = join(WORK, 'data');
afterAll(() => rmSync(WORK, { recursive: true, force: true }));

// ---------------------------------------------------------------------------
// What the samples say, for the checks.

type Json = any;
const sample = (file: string): Json => JSON.parse(readFileSync(join(ROOT, 'samples', file), 'utf8'));
const BUNDLE = sample('bundle-2022.json');
const NOVEMBER = { from: '2022-11-01', to: '30/11/2022', iso: ['2022-11-01', '2022-11-30'] };
const distributed = (from = '0000', to = '9999') => {
  const rows = (BUNDLE.distributions as { date: string; quantity: number }[]).filter((d) => d.date >= from && d.date <= to);
  return { count: rows.length, copies: rows.reduce((sum, d) => sum + d.quantity, 0) };
};
const vi = (n: number) => n.toLocaleString('vi-VN');

/** A publication's title and headings: what its reader finds in the printed or Word file. */
function titleAndHeadings(file: string): string[] {
  const publication = sample(file);
  const headings: string[] = [];
  const walk = (node: Json): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      if (node.type === 'heading') headings.push(node.text);
      Object.values(node).forEach(walk);
    }
  };
  walk(publication.slots);
  return [publication.meta.title, ...headings];
}

/** Every string of a publication's blocks but their `type`: the text a reader reads. */
function strings(value: Json): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, v]) => (key === 'type' ? [] : strings(v)));
  return [];
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ');

// ---------------------------------------------------------------------------
// Running the CLI.

interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
  /** An output file of the run by the name the README gives it. */
  file(name: string): string;
}

const ENV = { ...process.env, ANPHAM_CLI: 'bundle', XDG_CONFIG_HOME: join(WORK, 'config') };
const STALE_BUNDLE = /^Lỗi: ANPHAM_CLI=bundle nhưng/;
const timings: { command: string; ms: number }[] = [];

/** `-o NAME` → the run's own folder, so outputs never land in the repository. */
const placeOutputs = (args: string[], dir: string) => args.map((arg, i) => (args[i - 1] === '-o' ? join(dir, arg) : arg));

/** How long, over the whole file, runs may wait for a stale bundle to be fresh again (see npmCli). */
let staleWaitLeftMs = 15_000;

/**
 * `npm run cli -- ARGS --data DATA` from the repository. test/cli/cli-runner.test.ts
 * ages the bundle for a moment to test the stale-bundle refusal; should that
 * test run alongside this one, a run that meets the refusal waits for the
 * bundle to be fresh again — it never falls back to the sources. The wait is
 * bounded for the whole file: a bundle that stays stale (a source edited
 * during the run) fails the remaining runs at once, with the CLI's message.
 */
function npmCli(args: string[], dir: string, data = DATA): CliResult {
  const started = Date.now();
  for (;;) {
    const r = spawnSync('npm', ['run', '--silent', 'cli', '--', ...placeOutputs(args, dir), '--data', data], {
      cwd: ROOT,
      encoding: 'utf8',
      env: ENV,
      timeout: 60_000,
    });
    if (r.status !== 3 || !STALE_BUNDLE.test(r.stderr) || staleWaitLeftMs <= 0) {
      timings.push({ command: args.join(' '), ms: Date.now() - started });
      return { status: r.status, stdout: r.stdout, stderr: r.stderr, file: (name) => join(dir, name) };
    }
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 500);
    staleWaitLeftMs -= 500;
  }
}

// ---------------------------------------------------------------------------
// Reading the outputs.

/** A PDF as a reader opens it: pdfinfo, qpdf --check, every font embedded with a ToUnicode map, the text in NFC. */
function checkPdf(file: string, expected: { texts: string[]; pageSize?: RegExp; pages?: number }): string {
  const bytes = readFileSync(file);
  expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  expect(bytes.subarray(-64).toString('latin1')).toContain('%%EOF');
  if (!pdfTools) return '';
  const info = run('pdfinfo', [file]);
  expect(Number(/^Pages:\s+(\d+)/m.exec(info)?.[1])).toBeGreaterThan(0);
  if (expected.pages !== undefined) expect(info).toMatch(new RegExp(`^Pages:\\s+${expected.pages}$`, 'm'));
  if (expected.pageSize) expect(info).toMatch(expected.pageSize);
  const qpdf = spawnSync('qpdf', ['--check', file], { encoding: 'utf8' });
  expect(qpdf.status, qpdf.stdout + qpdf.stderr).toBe(0);

  const fonts = run('pdffonts', [file]).split('\n').slice(2).filter((row) => row.trim());
  expect(fonts.length).toBeGreaterThan(0);
  for (const row of fonts) {
    // name, type (may have spaces), encoding, emb, sub, uni, object number, generation
    const [emb, , uni] = row.trim().split(/\s+/).slice(-5);
    expect({ font: row, embedded: emb, toUnicode: uni }).toEqual({ font: row, embedded: 'yes', toUnicode: 'yes' });
  }
  const text = oneLine(run('pdftotext', ['-enc', 'UTF-8', file, '-']));
  expect(text === text.normalize('NFC'), 'pdftotext gives NFC text').toBe(true);
  for (const phrase of expected.texts) expect(text).toContain(phrase.normalize('NFC'));
  return text;
}

/** A DOCX/XLSX: a valid ZIP with the parts an office program opens first. */
function checkPackage(file: string, parts: string[]): Map<string, Buffer> {
  const zip = readZip(readFileSync(file));
  for (const part of ['[Content_Types].xml', '_rels/.rels', ...parts]) expect([...zip.keys()]).toContain(part);
  const types = zip.get('[Content_Types].xml')!.toString();
  for (const part of parts.filter((p) => p.endsWith('.xml'))) expect(types).toContain(`PartName="/${part}"`);
  return zip;
}

function checkDocx(file: string, texts: string[]): string {
  const zip = checkPackage(file, ['word/document.xml', 'word/styles.xml']);
  expect(zip.get('[Content_Types].xml')!.toString()).toContain('wordprocessingml.document.main+xml');
  const text = oneLine(xmlText(zip.get('word/document.xml')!));
  expect(text === text.normalize('NFC')).toBe(true);
  for (const phrase of texts) expect(text).toContain(phrase);
  return text;
}

function checkXlsx(file: string): { sheets: string[]; strings: string } {
  const zip = checkPackage(file, ['xl/workbook.xml', 'xl/styles.xml', 'xl/sharedStrings.xml', 'xl/worksheets/sheet1.xml']);
  const sheets = [...zip.get('xl/workbook.xml')!.toString().matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => m[1]);
  return { sheets, strings: xmlText(zip.get('xl/sharedStrings.xml')!) };
}

function checkReportJson(file: string, expected: { count: number; copies: number }): Json {
  const report = JSON.parse(readFileSync(file, 'utf8'));
  expect(report.format).toBe('anpham/distribution-report@1');
  expect(report.count).toBe(expected.count);
  expect(report.totals.all).toBe(expected.copies);
  const cells = report.cells as { unitId: string; publicationId: string; quantity: number }[];
  expect(cells.length).toBeGreaterThan(0);
  for (const cell of cells) expect(cell).toEqual({ unitId: expect.any(String), publicationId: expect.any(String), quantity: expect.any(Number) });
  expect(cells.every((c) => c.quantity > 0)).toBe(true); // non-zero only (docs/reports.md)
  expect(cells.reduce((sum, c) => sum + c.quantity, 0)).toBe(report.totals.all);
  for (const [unit, total] of Object.entries(report.totals.byUnit)) expect(cells.filter((c) => c.unitId === unit).reduce((s, c) => s + c.quantity, 0)).toBe(total);
  for (const [publication, total] of Object.entries(report.totals.byPublication))
    expect(cells.filter((c) => c.publicationId === publication).reduce((s, c) => s + c.quantity, 0)).toBe(total);
  return report;
}

const reportLine = (r: CliResult, name: string, figures: { count: number; copies: number }) =>
  expect(r.stdout).toContain(`Đã ghi ${r.file(name)}: ${vi(figures.copies)} bản, ${vi(figures.count)} lần cấp phát`);

// ---------------------------------------------------------------------------
// The table: README line → the runs that exercise it and how each output is read.

interface Run {
  args: string[];
  check(r: CliResult): void | Promise<void>;
}

const A4_LANDSCAPE = /^Page size:\s+841\.89 x 595\.28 pts/m;
const A4_PORTRAIT = /^Page size:\s+595\.28 x 841\.89 pts/m;
const ALL_TIME = distributed();
const IN_NOVEMBER = distributed(...NOVEMBER.iso);
const UNIT_NAMES: string[] = BUNDLE.units.map((u: { name: string }) => u.name);
const PLAN_2022: Json = BUNDLE.plans[0];
/** Done as the plan counts it: events held, and a media activity's items. */
const planDone = (activityId: string) =>
  [...BUNDLE.events, ...BUNDLE.media].filter((r: Json) => r.planId === PLAN_2022.id && r.activityId === activityId).length;

const TABLE: Record<string, Run[]> = {
  'render samples/leaflet-tgpl.json -o out.pdf': [
    {
      args: ['render', 'samples/leaflet-tgpl.json', '-o', 'out.pdf'],
      check(r) {
        expect(r.stdout).toContain(`Đã ghi ${r.file('out.pdf')} (2 trang)`);
        checkPdf(r.file('out.pdf'), { pages: 2, texts: titleAndHeadings('leaflet-tgpl.json') });
        if (!pdfTools) return;
        // Print-ready: trim A4 landscape (the trifold's 297×210 mm), 3 mm bleed round it, PDF/X-1a.
        const boxes = run('pdfinfo', ['-box', r.file('out.pdf')]);
        const box = (name: string) => /^\S+:\s+(\S+)\s+(\S+)\s+(\S+)\s+(\S+)$/m.exec(boxes.split('\n').find((l) => l.startsWith(`${name}:`))!)!.slice(1).map(Number);
        const [tx0, ty0, tx1, ty1] = box('TrimBox');
        const [bx0, by0, bx1, by1] = box('BleedBox');
        expect(tx1 - tx0).toBeCloseTo(841.89, 1);
        expect(ty1 - ty0).toBeCloseTo(595.28, 1);
        for (const bleed of [tx0 - bx0, ty0 - by0, bx1 - tx1, by1 - ty1]) expect(bleed).toBeCloseTo((3 / 25.4) * 72, 1);
        expect(run('pdfinfo', [r.file('out.pdf')])).toMatch(/PDF subtype:\s+PDF\/X-1a:2003/);
      },
    },
  ],
  'render samples/handbook-tgpl.json -o proof.pdf --proof': [
    {
      args: ['render', 'samples/handbook-tgpl.json', '-o', 'proof.pdf', '--proof'],
      check(r) {
        const bookPages = Number(/\(bản in thử, (\d+) trang\)/.exec(r.stdout)?.[1]);
        expect(bookPages % 4, r.stdout).toBe(0);
        // Booklet 2-up on A4 landscape: one sheet side for two book pages.
        checkPdf(r.file('proof.pdf'), { pages: bookPages / 2, pageSize: A4_LANDSCAPE, texts: titleAndHeadings('handbook-tgpl.json') });
      },
    },
  ],
  'preflight samples/leaflet-tgpl.json [--json]': [
    {
      args: ['preflight', 'samples/leaflet-tgpl.json'],
      check(r) {
        // For the print shop only the pack's small type in colours of several plates (docs/print-output.md);
        // the app's legal checks (read from --data) say the sample's contact box holds example values.
        expect(r.stdout.trim().split('\n')).toEqual([
          expect.stringMatching(/^CẢNH BÁO \(trang 1\) \[body\[\d+\]\] registration: Chữ nhỏ hơn 12 pt in bằng màu "primary"/),
          expect.stringMatching(/^CẢNH BÁO \(trang 1\) registration: Chữ nhỏ hơn 12 pt in bằng màu "accent"/),
          expect.stringMatching(/^CẢNH BÁO sample-contact: Khung liên hệ còn địa chỉ mẫu/),
          expect.stringMatching(/^CẢNH BÁO sample-contact: Khung liên hệ còn số điện thoại mẫu «0205 3812 345»/),
        ]);
      },
    },
    {
      args: ['preflight', 'samples/leaflet-tgpl.json', '--json'],
      check(r) {
        const report = JSON.parse(r.stdout);
        expect(report.file).toBe('samples/leaflet-tgpl.json');
        expect(report.findings.map((f: { code: string }) => f.code)).toEqual(['registration', 'registration', 'sample-contact', 'sample-contact']);
      },
    },
  ],
  'render samples/leaflet-tgpl.json -o out.docx': [
    {
      args: ['render', 'samples/leaflet-tgpl.json', '-o', 'out.docx'],
      check(r) {
        expect(r.stdout).toContain(`Đã ghi ${r.file('out.docx')} (tài liệu Word)`);
        checkDocx(r.file('out.docx'), titleAndHeadings('leaflet-tgpl.json'));
        const styles = readZip(readFileSync(r.file('out.docx'))).get('word/styles.xml')!.toString();
        for (const style of ['Heading1', 'Heading2']) expect(styles).toContain(`w:styleId="${style}"`);
      },
    },
  ],
  'import samples/legacy/vni.txt -o pub.json': [
    {
      args: ['import', 'samples/legacy/vni.txt', '-o', 'pub.json'],
      check(r) {
        expect(r.stdout).toMatch(/bảng mã VNI/);
        const publication = JSON.parse(readFileSync(r.file('pub.json'), 'utf8'));
        expect(publication.format).toBe('anpham/publication@1');
        // Decoded from VNI to the Unicode text the sample was made from (samples/legacy/make.ts), in NFC.
        const unicode = readFileSync(join(ROOT, 'samples', 'legacy', 'unicode.txt'), 'utf8').normalize('NFC');
        expect(publication.meta.title).toBe(unicode.split('\n')[0]); // the first line is the title (docs/import.md)
        const texts = strings(publication.slots);
        expect(texts.length).toBeGreaterThan(5);
        for (const text of texts) {
          expect(text).toBe(text.normalize('NFC'));
          expect(unicode).toContain(text);
        }
        // …and a publication the CLI takes: preflight reads it (JSON findings, not an input error).
        const preflight = npmCli(['preflight', r.file('pub.json'), '--json'], WORK);
        expect(preflight.stderr).toBe('');
        expect(JSON.parse(preflight.stdout).findings).toEqual(expect.any(Array));
      },
    },
  ],
  templates: [
    {
      args: ['templates'],
      check(r) {
        const rows = r.stdout.trim().split('\n').map((line) => line.split('\t'));
        const builtIn = readdirSync(join(ROOT, 'templates'), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
        expect(rows.map((row) => row[0]).sort()).toEqual(builtIn.sort());
        for (const row of rows) {
          expect(row).toHaveLength(6);
          expect(row[3]).toMatch(/^\d+×\d+ mm$/);
          expect(row[4]).toBe('có sẵn');
          expect(row[5]).toBe(join(ROOT, 'templates', row[0]));
        }
      },
    },
  ],
  'data import samples/bundle-2022.json': [
    {
      args: ['data', 'import', 'samples/bundle-2022.json'],
      check(r) {
        expect(r.stdout).toContain('Đã nhập samples/bundle-2022.json: ');
        expect(r.stdout).toContain(`${BUNDLE.units.length} đơn vị, ${BUNDLE.publications.length} ấn phẩm`);
        expect(r.stdout).toContain(`${BUNDLE.distributions.length} lần cấp phát`);
        expect(readdirSync(join(DATA, 'records'))).toContain('distributions.json');
      },
    },
  ],
  'data export -o bundle.json': [
    {
      args: ['data', 'export', '-o', 'bundle.json'],
      check(r) {
        const exported = JSON.parse(readFileSync(r.file('bundle.json'), 'utf8'));
        expect(exported).toEqual(BUNDLE);
        // Round trip: into an empty data folder and out again, the same bundle.
        const again = join(WORK, 'round-trip');
        mkdirSync(again);
        expect(npmCli(['data', 'import', r.file('bundle.json')], again, join(again, 'data')).status).toBe(0);
        const second = npmCli(['data', 'export', '-o', 'bundle.json'], again, join(again, 'data'));
        expect(second.status, second.stderr).toBe(0);
        expect(JSON.parse(readFileSync(second.file('bundle.json'), 'utf8'))).toEqual(exported);
      },
    },
  ],
  'report distribution [--by unit|commune|former-district] -o r.xlsx [--from D --to D]': [
    {
      args: ['report', 'distribution', '-o', 'r.xlsx'],
      check(r) {
        reportLine(r, 'r.xlsx', ALL_TIME);
        const { sheets, strings: text } = checkXlsx(r.file('r.xlsx'));
        expect(sheets).toEqual(expect.arrayContaining(['Cấp phát theo đơn vị', 'Theo quý và năm', 'Tồn kho', 'Hợp đồng in']));
        for (const unit of UNIT_NAMES) expect(text).toContain(unit);
        const sheet = readZip(readFileSync(r.file('r.xlsx'))).get('xl/worksheets/sheet1.xml')!.toString();
        // The matrix's totals are SUM formulas with their values cached.
        expect(sheet).toMatch(new RegExp(`<f>SUM\\([^<]+\\)</f><v>${ALL_TIME.copies}</v>`));
      },
    },
    {
      args: ['report', 'distribution', '-o', 'r.xlsx', '--from', NOVEMBER.from, '--to', NOVEMBER.to],
      check(r) {
        expect(IN_NOVEMBER.count).toBeGreaterThan(0);
        expect(IN_NOVEMBER.count).toBeLessThan(ALL_TIME.count);
        reportLine(r, 'r.xlsx', IN_NOVEMBER);
        const sheet = readZip(readFileSync(r.file('r.xlsx'))).get('xl/worksheets/sheet1.xml')!.toString();
        expect(sheet).toMatch(new RegExp(`<f>SUM\\([^<]+\\)</f><v>${IN_NOVEMBER.copies}</v>`));
      },
    },
    {
      args: ['report', 'distribution', '-o', 'r.csv'],
      check(r) {
        reportLine(r, 'r.csv', ALL_TIME);
        const text = readFileSync(r.file('r.csv'), 'utf8');
        expect(text.startsWith('\uFEFF')).toBe(true); // Excel reads UTF-8 only with the BOM
        const lines = text.slice(1).split('\r\n').filter(Boolean);
        expect(text.slice(1).replace(/\r\n/g, '')).not.toContain('\n');
        expect(lines[0]).toMatch(/^TT,Đơn vị,.+,Tổng cộng$/);
        expect(lines).toHaveLength(1 + UNIT_NAMES.length + 1);
        for (const unit of UNIT_NAMES) expect(lines.some((line) => line.split(',')[1] === unit)).toBe(true);
        expect(lines.at(-1)).toMatch(new RegExp(`^,Tổng cộng,.*,${ALL_TIME.copies}$`));
      },
    },
    {
      args: ['report', 'distribution', '-o', 'r.json'],
      check(r) {
        reportLine(r, 'r.json', ALL_TIME);
        const report = checkReportJson(r.file('r.json'), ALL_TIME);
        expect(Object.keys(report.totals.byUnit).sort()).toEqual(BUNDLE.units.map((u: { id: string }) => u.id).sort());
      },
    },
    {
      args: ['report', 'distribution', '-o', 'r.json', '--from', NOVEMBER.iso[0], '--to', NOVEMBER.iso[1]],
      check(r) {
        reportLine(r, 'r.json', IN_NOVEMBER);
        checkReportJson(r.file('r.json'), IN_NOVEMBER);
      },
    },
    {
      // The 2022 sample has only district-level units: each counts for itself in every grouping (2026 data: test/services/reports/cli.test.ts).
      args: ['report', 'distribution', '--by', 'former-district', '-o', 'r.json'],
      check(r) {
        reportLine(r, 'r.json', ALL_TIME);
        const report = checkReportJson(r.file('r.json'), ALL_TIME);
        expect(report.by).toBe('former-district');
        expect(Object.keys(report.totals.byUnit).sort()).toEqual(BUNDLE.units.map((u: { id: string }) => u.id).sort());
      },
    },
    {
      args: ['report', 'distribution', '--by', 'commune', '-o', 'r.xlsx'],
      check(r) {
        reportLine(r, 'r.xlsx', ALL_TIME);
        const { sheets, strings: text } = checkXlsx(r.file('r.xlsx'));
        expect(sheets).toContain('Cấp phát theo xã, phường');
        expect(text).toContain('Xã, phường');
      },
    },
    {
      // The Decree-30 papers writer (services/papers/pdf.ts): pdfkit with its standard fonts loaded, only ours embedded.
      args: ['report', 'distribution', '-o', 'r.pdf'],
      check(r) {
        reportLine(r, 'r.pdf', ALL_TIME);
        checkPdf(r.file('r.pdf'), {
          pageSize: A4_PORTRAIT,
          texts: [
            'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
            'Độc lập - Tự do - Hạnh phúc',
            'BÁO CÁO',
            'Kết quả cấp phát ấn phẩm trợ giúp pháp lý',
            `Kính gửi: ${BUNDLE.centre.agency}`,
            `Đã cấp phát ${vi(ALL_TIME.copies)} bản ấn phẩm`,
            BUNDLE.centre.representative,
          ],
        });
      },
    },
    {
      args: ['report', 'distribution', '-o', 'r.docx'],
      check(r) {
        reportLine(r, 'r.docx', ALL_TIME);
        checkDocx(r.file('r.docx'), [
          'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
          'BÁO CÁO',
          'Kết quả cấp phát ấn phẩm trợ giúp pháp lý',
          `Kính gửi: ${BUNDLE.centre.agency}`,
          `Đã cấp phát ${vi(ALL_TIME.copies)} bản ấn phẩm`,
          ...UNIT_NAMES,
        ]);
      },
    },
  ],
  'report plan 120-kh-stp-2022 -o plan.json': [
    // Kế hoạch 120/KH-STP of the 2022 bundle: each activity's events (a media activity's items) against its target.
    ...(['json', 'xlsx', 'pdf', 'docx'] as const).map((ext): Run => ({
      args: ['report', 'plan', PLAN_2022.id, '-o', `plan.${ext}`],
      check(r) {
        expect(r.stdout).toContain(`Đã ghi ${r.file(`plan.${ext}`)}: kế hoạch ${PLAN_2022.number}, ${PLAN_2022.activities.length} hoạt động`);
        if (ext === 'json') {
          const report = JSON.parse(readFileSync(r.file('plan.json'), 'utf8'));
          expect(report).toMatchObject({ format: 'anpham/plan-report@1', id: PLAN_2022.id, number: PLAN_2022.number, title: PLAN_2022.title, from: PLAN_2022.from, to: PLAN_2022.to });
          expect(report.activities.map((a: Json) => [a.id, a.target, a.done])).toEqual(PLAN_2022.activities.map((a: Json) => [a.id, a.target, planDone(a.id)]));
          expect(report.activities.reduce((n: number, a: Json) => n + a.copies, 0)).toBe(ALL_TIME.copies); // every 2022 copy went out at an event
        } else if (ext === 'xlsx') {
          expect(checkXlsx(r.file('plan.xlsx')).sheets).toEqual(expect.arrayContaining(['Hoạt động của kế hoạch', 'Sự kiện', 'Kinh phí']));
        } else if (ext === 'pdf') {
          checkPdf(r.file('plan.pdf'), { pageSize: A4_PORTRAIT, texts: ['BÁO CÁO', `Kết quả thực hiện Kế hoạch số ${PLAN_2022.number}`, BUNDLE.centre.representative] });
        } else {
          checkDocx(r.file('plan.docx'), ['BÁO CÁO', `Kết quả thực hiện Kế hoạch số ${PLAN_2022.number}`, ...PLAN_2022.activities.map((a: Json) => a.name)]);
        }
      },
    })),
  ],
  'serve [--port N]': [
    {
      args: ['serve', '--port', '0'],
      async check(r) {
        const url = /^Ấn phẩm TGPL: (http:\/\/127\.0\.0\.1:\d+\/)$/m.exec(r.stdout)?.[1];
        expect(url, r.stdout + r.stderr).toBeDefined();
        // The UI test/global-setup.ts built (out/renderer), with the API token put in.
        const ui = await fetch(url!);
        const page = await ui.text();
        const token = /<meta name="anpham-token" content="([0-9a-f]{64})">/.exec(page)?.[1];
        expect(token, `GET / (${ui.status}) gives the UI page with the API token: ${page.slice(0, 300)}`).toBeDefined();
        expect(page).toContain('<title>Ấn phẩm TGPL</title>');
        // The API, with the page's token, answers from --data: the units the records bundle brought.
        const ask = (headers: Record<string, string>) => fetch(`${url}api/units.list`, { method: 'POST', headers, body: '{}' });
        const reply: Json = await (await ask({ 'X-Anpham-Token': token! })).json();
        expect(reply.ok, JSON.stringify(reply)).toBe(true);
        expect(reply.value.map((u: { id: string; name: string }) => [u.id, u.name]).sort()).toEqual(BUNDLE.units.map((u: { id: string; name: string }) => [u.id, u.name]).sort());
        expect((await ask({})).ok, 'no token, no answer').toBe(false);
      },
    },
  ],
  'data import samples/bundle-2026.json': [
    {
      // Last, as in the README: it replaces the 2022 records with the 2026 bundle, which holds them too (docs/bundle.md).
      args: ['data', 'import', 'samples/bundle-2026.json'],
      check(r) {
        const bundle = sample('bundle-2026.json');
        expect(r.stdout).toContain(`Đã nhập samples/bundle-2026.json: ${bundle.units.length} đơn vị`);
        expect(r.stdout).toContain(`${bundle.distributions.length} lần cấp phát, ${bundle.plans.length} kế hoạch`);
        // The 2022 figures are still there, next to the 2026 plan's.
        const again = npmCli(['report', 'distribution', '-o', 'r.json', '--from', '2022-01-01', '--to', '2022-12-31'], r.file('.'));
        expect(again.status, again.stderr).toBe(0);
        checkReportJson(again.file('r.json'), ALL_TIME);
        const plan = npmCli(['report', 'plan', '15-kh-tgpl-2026', '-o', 'plan-2026.json'], r.file('.'));
        expect(plan.status, plan.stderr).toBe(0);
        expect(JSON.parse(readFileSync(plan.file('plan-2026.json'), 'utf8')).number).toBe('15/KH-TGPL');
      },
    },
  ],
};

/**
 * `npm run cli -- serve …` until it prints its address, then the check, then
 * SIGTERM to npm and the server (one process group, as Ctrl+C in a terminal);
 * the whole group must be gone within 8 s.
 */
async function npmServe(args: string[], dir: string, check: Run['check']): Promise<void> {
  const started = Date.now();
  const child = spawn('npm', ['run', '--silent', 'cli', '--', ...args, '--data', DATA], { cwd: ROOT, env: ENV, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  const alive = () => {
    try {
      process.kill(-child.pid!, 0);
      return true;
    } catch {
      return false;
    }
  };
  let stdout = '';
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  try {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`serve printed no address in 30 s:\n${stdout}\n${stderr}`)), 30_000);
      child.stdout.on('data', (chunk: Buffer) => {
        stdout += chunk.toString('utf8');
        if (/^Ấn phẩm TGPL: http/m.test(stdout)) {
          clearTimeout(timer);
          resolve();
        }
      });
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`serve exited with ${code}:\n${stdout}\n${stderr}`));
      });
    });
    timings.push({ command: `${args.join(' ')} (until it listens)`, ms: Date.now() - started });
    await check({ status: null, stdout, stderr, file: (name) => join(dir, name) });
  } finally {
    if (alive()) process.kill(-child.pid!, 'SIGTERM');
    for (let waited = 0; alive() && waited < 8000; waited += 50) await new Promise((resolve) => setTimeout(resolve, 50));
    const stopped = !alive();
    if (!stopped) process.kill(-child.pid!, 'SIGKILL');
    expect(stopped, 'serve stops on SIGTERM').toBe(true);
  }
}

// ---------------------------------------------------------------------------
// The README's block, parsed.

const PREFIX = 'npm run cli -- ';

function readmeBlock(): { command: string; comment: string }[] {
  const section = /^## Headless use \(CLI\)\n([\s\S]*?)(?=^## )/m.exec(README)?.[1];
  const block = section && /^```sh\n([\s\S]*?)^```/m.exec(section)?.[1];
  if (!block) throw new Error('README.md has no ```sh block under "## Headless use (CLI)"');
  return block
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => {
      if (!line.startsWith(PREFIX)) throw new Error(`README's CLI block has a line this test does not know: ${line}`);
      const [command, ...comment] = line.slice(PREFIX.length).split('#');
      return { command: command.trim(), comment: comment.join('#').trim() };
    });
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A README line as a pattern over `' ' + args.join(' ')`: `[…]` an optional
 * part (a capture group), an upper-case word (D, N) any value, `a|b|c` one of
 * those words, and the `-o` file any of the extensions the comment adds
 * ("also .csv .json").
 */
function readmePattern(command: string, comment: string): { pattern: RegExp; optional: string[]; extensions: string[] } {
  const also = /\balso((?:\s+\.\w+)+)/.exec(comment)?.[1].trim().split(/\s+/).map((ext) => ext.slice(1)) ?? [];
  const optional: string[] = [];
  let extensions: string[] = [];
  let previous = '';
  const token = (word: string) => {
    let source = escape(word);
    if (/^[A-Z]+$/.test(word)) source = '\\S+';
    else if (word.includes('|')) source = `(?:${word.split('|').map(escape).join('|')})`;
    else if (previous === '-o' && also.length) {
      const [, name, ext] = /^(.*)\.(\w+)$/.exec(word)!;
      extensions = [ext, ...also];
      source = `${escape(name)}\\.(?:${extensions.join('|')})`;
    }
    previous = word;
    return source;
  };
  const source = command
    .match(/\[[^\]]*\]|\S+/g)!
    .map((part) => {
      if (!part.startsWith('[')) return ` ${token(part)}`;
      optional.push(part);
      return `( ${part.slice(1, -1).trim().split(/\s+/).map(token).join(' ')})?`;
    })
    .join('');
  return { pattern: new RegExp(`^${source}$`), optional, extensions };
}

describe('README "Headless use (CLI)": the test table mirrors the README', () => {
  const lines = readmeBlock();

  it('one table entry per README line, and nothing else', () => {
    expect(Object.keys(TABLE)).toEqual(lines.map((l) => l.command));
  });

  it.each(lines)('$command: every run is that line, with each option and extension exercised', ({ command, comment }) => {
    const runs = TABLE[command] ?? [];
    expect(runs.length).toBeGreaterThan(0);
    const { pattern, optional, extensions } = readmePattern(command, comment);
    const matches = runs.map((r) => {
      const match = pattern.exec(` ${r.args.join(' ')}`);
      expect(match, `${r.args.join(' ')} is not "${command}"`).not.toBeNull();
      return match!;
    });
    optional.forEach((part, i) => expect(matches.some((m) => m[i + 1] !== undefined), `no run uses ${part}`).toBe(true));
    for (const ext of extensions) expect(runs.some((r) => r.args[r.args.indexOf('-o') + 1]?.endsWith(`.${ext}`)), `no run writes .${ext}`).toBe(true);
  });

  it('every `npm run cli -- …` anywhere in the README is one of the lines', () => {
    const patterns = lines.map((l) => readmePattern(l.command, l.comment).pattern);
    const mentions = [...README.matchAll(/npm run cli -- ([^`#\n]+)/g)].map((m) => m[1].trim());
    expect(mentions.length).toBeGreaterThanOrEqual(lines.length);
    for (const mention of mentions) {
      const asArgs = ` ${mention.replace(/[[\]]/g, '').replace(/\s+/g, ' ')}`;
      expect(lines.some((l) => l.command === mention) || patterns.some((p) => p.test(asArgs)), mention).toBe(true);
    }
  });
});

describe('README "Headless use (CLI)": each command through `npm run cli --` and the bundle', () => {
  beforeAll(async () => {
    expect(await buildCli(), 'scripts/build-cli.mjs builds out/cli/cli.cjs').toBe(true);
  });

  afterAll(() => {
    const total = timings.reduce((sum, t) => sum + t.ms, 0);
    console.log(`npm run cli -- … timings (${(total / 1000).toFixed(1)} s in all):\n${timings.map((t) => `  ${String(t.ms).padStart(6)} ms  ${t.command}`).join('\n')}`);
  });

  let index = 0;
  for (const [line, runs] of Object.entries(TABLE)) {
    for (const entry of runs) {
      const dir = join(WORK, `run-${String(++index).padStart(2, '0')}`);
      it(`npm run cli -- ${entry.args.join(' ')}   (README: ${line})`, async () => {
        mkdirSync(dir, { recursive: true });
        if (entry.args[0] === 'serve') return npmServe(entry.args, dir, entry.check);
        const r = npmCli(entry.args, dir);
        expect({ status: r.status, stderr: r.stderr }).toEqual({ status: 0, stderr: expect.any(String) });
        expect(r.stderr, 'nothing on stderr but notes').not.toMatch(/^Lỗi|\n\s+at .+:\d+:\d+/m);
        await entry.check(r);
      });
    }
  }
});
