// The reports' part of the contract: the distribution report as one object
// (every export and the Báo cáo screen show it), its file formats, and the
// progress of the plans' activities it carries. Pure: the renderer imports it.
import { z } from 'zod';
import { feature } from './define.js';
import type { PlanProgress } from './plans.js';
import type { Contract, PublicationKind, UnitKind } from './record-schemas.js';

/** The report's file formats. */
export const REPORT_FORMATS = ['xlsx', 'csv', 'json', 'pdf', 'docx'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export const REPORT_FORMAT = 'anpham/distribution-report@1';

/** Inclusive ISO dates; either may be absent. */
export interface ReportFilter {
  from?: string;
  to?: string;
}

/**
 * What the report's rows are: each unit as recorded; each xã or phường, a
 * body or branch counted for the xã it sits under; or each former district
 * (huyện cũ), a xã counted for the district it came from, so a 2022 report
 * and a 2026 one compare (docs/reports.md).
 */
export const UNIT_GROUPINGS = ['unit', 'commune', 'former-district'] as const;
export type UnitGrouping = (typeof UNIT_GROUPINGS)[number];

export interface ReportOptions extends ReportFilter {
  /** "unit" when absent. */
  by?: UnitGrouping;
}

export interface ReportUnit {
  id: string;
  name: string;
  kind?: UnitKind;
  parentId?: string | null;
  retired: boolean;
}

export interface ReportPublication {
  id: string;
  title: string;
  kind: PublicationKind;
}

export interface ReportCell {
  unitId: string;
  publicationId: string;
  quantity: number;
}

export interface Totals {
  byUnit: Record<string, number>;
  byPublication: Record<string, number>;
  all: number;
}

export interface PeriodRow {
  /** "2022" or "2022-Q4". */
  period: string;
  year: number;
  quarter?: 1 | 2 | 3 | 4;
  byPublication: Record<string, number>;
  total: number;
}

export interface PlanRow {
  unitId: string;
  publicationId: string;
  planned: number;
  handedOut: number;
}

export interface StockLine {
  publicationId: string;
  title: string;
  delivered: number;
  distributed: number;
  balance: number;
}

export interface ContractLine {
  id: string;
  number: string;
  date: string;
  printerName: string;
  status: Contract['status'];
  ordered: number;
  delivered: number;
  /** Contract value with VAT, whole đồng. */
  total: number;
}

export interface DistributionReport {
  format: typeof REPORT_FORMAT;
  from?: string;
  to?: string;
  /** The rows' grouping: `unitId` of cells, totals and plan rows is the group's unit. */
  by: UnitGrouping;
  /** Non-zero cells only (DESIGN.md's floor, with `totals`). */
  cells: ReportCell[];
  totals: Totals;
  /** The rows: every group in use, and retired ones that have copies in the period or a plan, or that units in use count for. */
  units: ReportUnit[];
  /** The columns: publications handed out in the period or in the plan. */
  publications: ReportPublication[];
  /** Distributions handed out in the period. */
  count: number;
  quarters: PeriodRow[];
  years: PeriodRow[];
  plan: { rows: PlanRow[]; byUnit: Record<string, { planned: number; handedOut: number }>; planned: number; handedOut: number };
  /** Stock at the end of the period (the day `to`, or now). */
  stock: StockLine[];
  contracts: ContractLine[];
  /** The plans whose period meets the report's, each with its activities' progress within the report's period. */
  plans: PlanProgress[];
}

/** A cell's figure, 0 when nothing went there. */
export function cellLookup(report: Pick<DistributionReport, 'cells'>): (unitId: string, publicationId: string) => number {
  const map = new Map(report.cells.map((c) => [`${c.unitId}\u0000${c.publicationId}`, c.quantity]));
  return (unitId, publicationId) => map.get(`${unitId}\u0000${publicationId}`) ?? 0;
}

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'ngày phải có dạng YYYY-MM-DD');
export const unitGrouping = z.enum(UNIT_GROUPINGS, `cách gộp phải là một trong: ${UNIT_GROUPINGS.join(', ')}`);

export interface ReportResults {
  'reports.distribution': DistributionReport;
}

export const reportsApi = feature<ReportResults>()({
  'reports.distribution': z.object({ from: isoDate.optional(), to: isoDate.optional(), by: unitGrouping.optional() }).strict(),
});
