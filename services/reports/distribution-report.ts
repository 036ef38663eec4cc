// The distribution report (báo cáo cấp phát): where the copies went, unit ×
// publication with totals, by quarter and year, against the allocation plan,
// with the stock and the contracts beside it. Built from the records in one
// pass over the distributions, so 100 000 of them take a few milliseconds
// (bench/distribution.ts). Every export (JSON, CSV, XLSX, DOCX, PDF) and the
// Báo cáo screen show this one object. Pure: no files, no Node.
import { deliveredByLine, stockBalances } from '../records/ledger.js';
import { totalsOf } from '../../contract/money.js';
import { inPeriod } from '../../contract/dates.js';
import { plansMeeting, progressOfPlan } from '../records/plan-progress.js';
import { REPORT_FORMAT, type ContractLine, type DistributionReport, type PeriodRow, type PlanRow, type ReportCell, type ReportOptions, type Totals } from '../../contract/reports.js';
import type { PublicationEntry, RecordSet } from '../../contract/record-schemas.js';
import { unitGroups } from './unit-groups.js';


const add = (record: Record<string, number>, key: string, n: number) => {
  record[key] = (record[key] ?? 0) + n;
};

/** `filter.by` groups the rows (unit-groups.ts): every figure keyed by unit is then keyed by the group's unit. */
export function distributionReport(set: RecordSet, catalogue: readonly PublicationEntry[], filter: ReportOptions = {}): DistributionReport {
  const by = filter.by ?? 'unit';
  const group = unitGroups(set.units, by);
  const distributions = set.distributions.filter((x) => inPeriod(x.date, filter));

  // The matrix: one map lookup per distribution.
  const cellOf = new Map<string, ReportCell>();
  const totals: Totals = { byUnit: {}, byPublication: {}, all: 0 };
  const quarters = new Map<string, PeriodRow>();
  const years = new Map<string, PeriodRow>();
  const period = (rows: Map<string, PeriodRow>, key: string, year: number, quarter?: PeriodRow['quarter']) => {
    let row = rows.get(key);
    if (!row) rows.set(key, (row = { period: key, year, ...(quarter ? { quarter } : {}), byPublication: {}, total: 0 }));
    return row;
  };
  for (const x of distributions) {
    const unitId = group(x.unitId);
    const key = `${unitId}\u0000${x.publicationId}`;
    const cell = cellOf.get(key);
    if (cell) cell.quantity += x.quantity;
    else cellOf.set(key, { unitId, publicationId: x.publicationId, quantity: x.quantity });
    add(totals.byUnit, unitId, x.quantity);
    add(totals.byPublication, x.publicationId, x.quantity);
    totals.all += x.quantity;
    const year = Number(x.date.slice(0, 4));
    const quarter = (Math.floor((Number(x.date.slice(5, 7)) - 1) / 3) + 1) as 1 | 2 | 3 | 4;
    for (const row of [period(quarters, `${year}-Q${quarter}`, year, quarter), period(years, String(year), year)]) {
      add(row.byPublication, x.publicationId, x.quantity);
      row.total += x.quantity;
    }
  }

  // Only the plans whose period meets the report's: their allocations, and their activities below.
  const plans = plansMeeting(set.plans, filter);
  const planIds = new Set(plans.map((p) => p.id));
  const plan = planProgress({ ...set, allocations: set.allocations.filter((a) => planIds.has(a.planId)) }, cellOf, group);
  const used = new Set([...Object.keys(totals.byPublication), ...plan.rows.map((r) => r.publicationId)]);
  const titles = new Map(catalogue.map((p) => [p.id, p]));
  const publications = [...used]
    .map((id) => ({ id, title: titles.get(id)?.title ?? id, kind: titles.get(id)?.kind ?? 'other' }))
    .sort((a, b) => order(catalogue, a.id) - order(catalogue, b.id));
  // Rows are the groups: a retired district stays while a xã in use counts for it; the province, which holds
  // the xã rather than receiving copies itself, only when it has figures.
  const groups = new Set(set.units.map((u) => group(u.id)));
  const countedFor = new Set(set.units.filter((u) => u.retiredOn === undefined && u.kind !== 'province').map((u) => group(u.id)));
  const units = set.units
    .filter((u) => groups.has(u.id))
    .filter((u) => countedFor.has(u.id) || totals.byUnit[u.id] !== undefined || plan.byUnit[u.id] !== undefined)
    .map((u) => ({ id: u.id, name: u.name, kind: u.kind, parentId: u.parentId, retired: u.retiredOn !== undefined }));
  const unitOrder = new Map(units.map((u, i) => [u.id, i]));
  const publicationOrder = new Map(publications.map((p, i) => [p.id, i]));
  const cells = [...cellOf.values()].sort(
    (a, b) => unitOrder.get(a.unitId)! - unitOrder.get(b.unitId)! || publicationOrder.get(a.publicationId)! - publicationOrder.get(b.publicationId)!,
  );

  const upTo = (d: { date: string }) => filter.to === undefined || d.date <= filter.to;
  const stock = [...stockBalances(set.deliveries.filter(upTo), set.distributions.filter(upTo)).values()]
    .map((b) => ({ ...b, title: titles.get(b.publicationId)?.title ?? b.publicationId }))
    .sort((a, b) => order(catalogue, a.publicationId) - order(catalogue, b.publicationId));

  return {
    format: REPORT_FORMAT,
    ...(filter.from ? { from: filter.from } : {}),
    ...(filter.to ? { to: filter.to } : {}),
    by,
    cells,
    totals,
    units,
    publications,
    count: distributions.length,
    quarters: [...quarters.values()].sort((a, b) => a.period.localeCompare(b.period)),
    years: [...years.values()].sort((a, b) => a.year - b.year),
    plan,
    stock,
    contracts: contractLines(set),
    plans: plans.map((p) => progressOfPlan(set, p, filter)),
  };
}

/** Position in the catalogue; unknown ids last. */
function order(catalogue: readonly PublicationEntry[], id: string): number {
  const at = catalogue.findIndex((p) => p.id === id);
  return at < 0 ? catalogue.length : at;
}

/** Allocations against the cells, one row per group and publication (grouped, several allocations may share one). */
function planProgress(set: RecordSet, cells: Map<string, ReportCell>, group: (unitId: string) => string): DistributionReport['plan'] {
  const rowOf = new Map<string, PlanRow>();
  for (const a of set.allocations) {
    const unitId = group(a.unitId);
    const key = `${unitId}\u0000${a.publicationId}`;
    const row = rowOf.get(key);
    if (row) row.planned += a.quantity;
    else rowOf.set(key, { unitId, publicationId: a.publicationId, planned: a.quantity, handedOut: cells.get(key)?.quantity ?? 0 });
  }
  const rows = [...rowOf.values()];
  const byUnit: Record<string, { planned: number; handedOut: number }> = {};
  for (const row of rows) {
    const unit = (byUnit[row.unitId] ??= { planned: 0, handedOut: 0 });
    unit.planned += row.planned;
    unit.handedOut += row.handedOut;
  }
  const sum = (field: 'planned' | 'handedOut') => rows.reduce((n, row) => n + row[field], 0);
  return { rows, byUnit, planned: sum('planned'), handedOut: sum('handedOut') };
}

function contractLines(set: RecordSet): ContractLine[] {
  const delivered = deliveredByLine(set.deliveries);
  const printers = new Map(set.printers.map((p) => [p.id, p.name]));
  return set.contracts
    .map((c) => ({
      id: c.id, number: c.number, date: c.date, printerName: printers.get(c.printerId) ?? c.printerId, status: c.status,
      ordered: c.items.reduce((sum, i) => sum + i.quantity, 0),
      delivered: [...(delivered.get(c.id)?.values() ?? [])].reduce((a, b) => a + b, 0),
      total: totalsOf(c.items, c.vatPercent).total,
    }))
    .sort((a, b) => a.date.localeCompare(b.date) || a.number.localeCompare(b.number));
}
