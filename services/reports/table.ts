// The report's tables as rows of labels and figures, shared by the CSV, the
// XLSX sheets and the Decree-30 document, so every format shows the same
// figures in the same order with the same Vietnamese headers.
import { formatDate } from '../../contract/dates.js';
import { cellLookup, type DistributionReport, type UnitGrouping } from '../../contract/reports.js';
import type { PlanProgress } from '../../contract/plans.js';

export interface FigureTable {
  /** Sheet or section name. */
  title: string;
  /** Column headers; the first `labels` columns are text, the rest figures. */
  header: string[];
  labels: number;
  rows: { cells: (string | number)[]; total?: boolean }[];
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

/** What the rows are in each grouping: "Cấp phát theo huyện cũ", "1. Theo xã, phường", … */
export const GROUPING_NOUNS: Record<UnitGrouping, string> = { unit: 'đơn vị', commune: 'xã, phường', 'former-district': 'huyện cũ' };

/** Đơn vị (or xã, or huyện cũ) × ấn phẩm with a total column and a total row. */
export function matrixTable(report: DistributionReport): FigureTable {
  const noun = GROUPING_NOUNS[report.by];
  const at = cellLookup(report);
  const rows = report.units.map((u, i) => {
    const values = report.publications.map((p) => at(u.id, p.id));
    return { cells: [i + 1, u.retired ? `${u.name} (đã thôi áp dụng)` : u.name, ...values, sum(values)] };
  });
  const totals = report.publications.map((p) => report.totals.byPublication[p.id] ?? 0);
  return {
    title: `Cấp phát theo ${noun}`,
    header: ['TT', noun[0].toLocaleUpperCase('vi') + noun.slice(1), ...report.publications.map((p) => p.title), 'Tổng cộng'],
    labels: 2,
    rows: [...rows, { cells: ['', 'Tổng cộng', ...totals, report.totals.all], total: true }],
  };
}

/** Quarters, then years, × publication. */
export function periodTable(report: DistributionReport): FigureTable {
  const row = (label: string, byPublication: Record<string, number>, total: number, isTotal = false) => ({
    cells: [label, ...report.publications.map((p) => byPublication[p.id] ?? 0), total],
    total: isTotal,
  });
  return {
    title: 'Theo quý và năm',
    header: ['Kỳ', ...report.publications.map((p) => p.title), 'Tổng cộng'],
    labels: 1,
    rows: [
      ...report.quarters.map((q) => row(`Quý ${q.quarter}/${q.year}`, q.byPublication, q.total)),
      ...report.years.map((y) => row(`Năm ${y.year}`, y.byPublication, y.total, true)),
    ],
  };
}

/** Planned against handed out, per unit and publication. */
export function planTable(report: DistributionReport): FigureTable {
  const units = new Map(report.units.map((u) => [u.id, u.name]));
  const titles = new Map(report.publications.map((p) => [p.id, p.title]));
  return {
    title: 'Tiến độ so với kế hoạch',
    header: ['Đơn vị', 'Ấn phẩm', 'Kế hoạch (bản)', 'Đã cấp phát (bản)', 'Còn lại (bản)'],
    labels: 2,
    rows: [
      ...report.plan.rows.map((r) => ({ cells: [units.get(r.unitId) ?? r.unitId, titles.get(r.publicationId) ?? r.publicationId, r.planned, r.handedOut, Math.max(0, r.planned - r.handedOut)] })),
      { cells: ['Tổng cộng', '', report.plan.planned, report.plan.handedOut, Math.max(0, report.plan.planned - report.plan.handedOut)], total: true },
    ],
  };
}

/** Planned against handed out, per unit (all publications together). */
export function planByUnitTable(report: DistributionReport): FigureTable {
  const units = new Map(report.units.map((u) => [u.id, u.name]));
  const row = (label: string, p: { planned: number; handedOut: number }, total = false) => ({
    cells: [label, p.planned, p.handedOut, Math.max(0, p.planned - p.handedOut)],
    total,
  });
  return {
    title: 'Tiến độ theo đơn vị',
    header: ['Đơn vị', 'Kế hoạch (bản)', 'Đã cấp phát (bản)', 'Còn lại (bản)'],
    labels: 1,
    rows: [...Object.entries(report.plan.byUnit).map(([id, p]) => row(units.get(id) ?? id, p)), row('Tổng cộng', report.plan, true)],
  };
}

export function stockTable(report: DistributionReport): FigureTable {
  return {
    title: 'Tồn kho',
    header: ['Ấn phẩm', 'Đã nhận (bản)', 'Đã cấp phát (bản)', 'Tồn kho (bản)'],
    labels: 1,
    rows: report.stock.map((s) => ({ cells: [s.title, s.delivered, s.distributed, s.balance] })),
  };
}

export function contractTable(report: DistributionReport): FigureTable {
  return {
    title: 'Hợp đồng in',
    header: ['Số hợp đồng', 'Ngày', 'Cơ sở in', 'Đặt in (bản)', 'Đã giao (bản)', 'Giá trị (đồng)'],
    labels: 3,
    rows: [
      ...report.contracts.map((c) => ({ cells: [c.number, formatDate(c.date), c.printerName, c.ordered, c.delivered, c.total] })),
      { cells: ['Tổng cộng', '', '', sum(report.contracts.map((c) => c.ordered)), sum(report.contracts.map((c) => c.delivered)), sum(report.contracts.map((c) => c.total))], total: true },
    ],
  };
}

/** Each plan's activities: target in its unit of count, done, people (of whom women), copies handed out at its events. */
export function activityTable(plans: readonly PlanProgress[]): FigureTable {
  return {
    title: 'Hoạt động của kế hoạch',
    header: ['Hoạt động', 'Đơn vị tính', 'Chỉ tiêu', 'Đã thực hiện', 'Người tham dự', 'Trong đó nữ', 'Ấn phẩm cấp tại sự kiện (bản)'],
    labels: 2,
    rows: plans.flatMap((plan) =>
      plan.activities.map((a, i) => ({
        cells: [`${plans.length > 1 ? `${plan.number}: ` : ''}${i + 1}. ${a.name}`, a.unitOfCount, a.target, a.done, a.participants, a.women, a.copies],
      })),
    ),
  };
}

/** "Kế hoạch số 120/KH-STP ngày 06/09/2022 của Sở Tư pháp tỉnh Lạng Sơn về …", as a paper cites a plan. */
export function planCitation(plan: Pick<PlanProgress, 'number' | 'issuedOn' | 'issuer' | 'title'>): string {
  // The title is the plan's subject (trích yếu); after "về" it reads on in lower case unless it opens with an abbreviation.
  const [first = ''] = plan.title.split(/\s/, 1);
  const subject = first.length > 1 && first === first.toLocaleUpperCase('vi') ? plan.title : plan.title.charAt(0).toLocaleLowerCase('vi') + plan.title.slice(1);
  return `Kế hoạch số ${plan.number} ngày ${formatDate(plan.issuedOn)}${plan.issuer ? ` của ${plan.issuer}` : ''} về ${subject}`;
}

/** "từ 01/10/2022 đến 31/12/2022", "đến 31/12/2022", or "toàn bộ thời gian". */
export function periodText(report: Pick<DistributionReport, 'from' | 'to'>): string {
  if (report.from && report.to) return `từ ngày ${formatDate(report.from)} đến ngày ${formatDate(report.to)}`;
  if (report.from) return `từ ngày ${formatDate(report.from)}`;
  if (report.to) return `đến ngày ${formatDate(report.to)}`;
  return 'toàn bộ thời gian';
}
