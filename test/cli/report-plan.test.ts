// `report plan PLAN_ID -o OUT.(json|xlsx|pdf|docx)` as a user runs it, on the
// 2026 sample: each format read as its reader would (JSON parsed, the XLSX
// and DOCX as packages, the PDF through pdftotext), the figures the plan's
// own; a plan id that is not there exits 1 naming the plans there are, an
// unknown extension exits 2.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireTools, run } from '../helpers/tools.js';
import { readZip, xmlText } from '../helpers/zip.js';
import { removeTempDirs, tempDataDir } from '../services/records/helpers.js';

const ROOT = join(import.meta.dirname, '..', '..');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
const PLAN = '15-kh-tgpl-2026';
const pdfTools = requireTools('pdftotext');
afterAll(removeTempDirs);

const cli = (...args: string[]) => {
  const r = spawnSync(TSX, ['cli/index.ts', ...args], { cwd: ROOT, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};

const bundle = JSON.parse(readFileSync(join(ROOT, 'samples', 'bundle-2026.json'), 'utf8'));
const plan = bundle.plans.find((p: { id: string }) => p.id === PLAN);
const oneLine = (text: string) => text.replace(/\s+/g, ' ');

describe('cli report plan', () => {
  let data: string;
  const report = (file: string) => {
    const out = join(data, file);
    const r = cli('report', 'plan', PLAN, '-o', out, '--data', data);
    expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: '' });
    expect(r.stdout).toContain(`Đã ghi ${out}: kế hoạch 15/KH-TGPL, ${plan.activities.length} hoạt động`);
    return out;
  };

  beforeAll(() => {
    data = tempDataDir();
    expect(cli('data', 'import', 'samples/bundle-2026.json', '--data', data).code).toBe(0);
  });

  it('JSON: the plan\'s number, title, period and spending, each activity with its target, done and copies', () => {
    const json = JSON.parse(readFileSync(report('plan.json'), 'utf8'));
    expect(json).toMatchObject({ format: 'anpham/plan-report@1', id: PLAN, number: plan.number, title: plan.title, from: '2026-01-01', to: '2026-12-31' });
    expect(json.activities.map((a: { id: string; name: string; target: number }) => [a.id, a.name, a.target])).toEqual(plan.activities.map((a: { id: string; name: string; target: number }) => [a.id, a.name, a.target]));
    const events = bundle.events.filter((e: { planId: string }) => e.planId === PLAN);
    const media = bundle.media.filter((m: { planId: string }) => m.planId === PLAN);
    for (const a of json.activities) {
      const own = events.filter((e: { activityId: string }) => e.activityId === a.id);
      expect(a.done, a.id).toBe(own.length + media.filter((m: { activityId: string }) => m.activityId === a.id).length);
      const ids = new Set(own.map((e: { id: string }) => e.id));
      expect(a.copies, a.id).toBe(bundle.distributions.filter((x: { eventId?: string }) => ids.has(x.eventId)).reduce((n: number, x: { quantity: number }) => n + x.quantity, 0));
    }
    expect(json.spending).toMatchObject({ funding: plan.funding.amount, contracted: 37_152_000, remaining: plan.funding.amount - 37_152_000 });
  });

  it('XLSX: a sheet per table, the activities by name', () => {
    const zip = readZip(readFileSync(report('plan.xlsx')));
    const sheets = [...zip.get('xl/workbook.xml')!.toString().matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => m[1]);
    expect(sheets).toEqual(['Hoạt động của kế hoạch', 'Sự kiện', 'Tin bài, phóng sự', 'Phân bổ ấn phẩm', 'Kinh phí']);
    const strings = xmlText(zip.get('xl/sharedStrings.xml')!);
    for (const a of plan.activities) expect(strings).toContain(a.name);
  });

  it.skipIf(!pdfTools)('PDF: the Decree-30 report on the plan', () => {
    const text = oneLine(run('pdftotext', ['-enc', 'UTF-8', report('plan.pdf'), '-']));
    for (const phrase of ['BÁO CÁO', 'Kết quả thực hiện Kế hoạch số 15/KH-TGPL', 'Thực hiện Kế hoạch số 15/KH-TGPL ngày 20/01/2026', 'Kinh phí được giao 180.000.000 đồng', 'còn lại 142.848.000 đồng']) {
      expect(text).toContain(phrase);
    }
  });

  it('DOCX: the same paper as a Word file', () => {
    const text = oneLine(xmlText(readZip(readFileSync(report('plan.docx'))).get('word/document.xml')!));
    expect(text).toContain('Kết quả thực hiện Kế hoạch số 15/KH-TGPL');
    expect(text).toContain(plan.activities[0].name);
  });

  it('a plan that is not there: exit 1 naming the plans there are; an unknown format: exit 2', () => {
    const missing = cli('report', 'plan', 'khong-co', '-o', join(data, 'x.json'), '--data', data);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('không có kế hoạch mã "khong-co"; các kế hoạch có: 120-kh-stp-2022 (120/KH-STP), 15-kh-tgpl-2026 (15/KH-TGPL).');
    expect(cli('report', 'plan', PLAN, '-o', join(data, 'x.csv'), '--data', data).code).toBe(2);
  });
});
