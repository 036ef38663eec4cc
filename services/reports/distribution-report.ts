// The distribution report (báo cáo cấp phát): where the copies went, unit ×
// publication with totals, by quarter and year, against the allocation plan,
// with the stock and the contracts beside it. Built from the records in one
// pass over the distributions, so 100 000 of them take a few milliseconds
// (bench/distribution.ts). Every export (JSON, CSV, XLSX, DOCX, PDF) and the
// Báo cáo screen show this one object. Pure: no files, no Node.
import { deliveredByLine, stockBalances } from '../records/ledger.js';
import { totalsOf } from '../../contract/money.js';
import { inPeriod } from '../../contract/dates.js';
import { activityProgress } from '../distribution/plan.js';
import { REPORT_FORMAT, type ContractLine, type DistributionReport, type PeriodRow, type ReportCell, type ReportFilter, type Totals } from '../../contract/reports.js';
import type { PublicationEntry, RecordSet } from '../../contract/record-schemas.js';


const add = (record: Record<string, number>, key: string, n: number) => {
  record[key] = (record[key] ?? 0) + n;
};

export function distributionReport(set: RecordSet, catalogue: readonly PublicationEntry[], filter: ReportFilter = {}): DistributionReport {
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
    const key = `${x.unitId}\u0000${x.publicationId}`;
    const cell = cellOf.get(key);
    if (cell) cell.quantity += x.quantity;
    else cellOf.set(key, { unitId: x.unitId, publicationId: x.publicationId, quantity: x.quantity });
    add(totals.byUnit, x.unitId, x.quantity);
    add(totals.byPublication, x.publicationId, x.quantity);
    totals.all += x.quantity;
    const year = Number(x.date.slice(0, 4));
    const quarter = (Math.floor((Number(x.date.slice(5, 7)) - 1) / 3) + 1) as 1 | 2 | 3 | 4;
    for (const row of [period(quarters, `${year}-Q${quarter}`, year, quarter), period(years, String(year), year)]) {
      add(row.byPublication, x.publicationId, x.quantity);
      row.total += x.quantity;
    }
  }

  const plan = planProgress(set, cellOf);
  const used = new Set([...Object.keys(totals.byPublication), ...set.allocations.map((a) => a.publicationId)]);
  const titles = new Map(catalogue.map((p) => [p.id, p]));
  const publications = [...used]
    .map((id) => ({ id, title: titles.get(id)?.title ?? id, kind: titles.get(id)?.kind ?? 'other' }))
    .sort((a, b) => order(catalogue, a.id) - order(catalogue, b.id));
  const units = set.units
    .filter((u) => u.retiredOn === undefined || totals.byUnit[u.id] !== undefined || plan.byUnit[u.id] !== undefined)
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
    activities: activityProgress({ events: set.events.filter((e) => inPeriod(e.date, filter)), distributions }),
  };
}

/** Position in the catalogue; unknown ids last. */
function order(catalogue: readonly PublicationEntry[], id: string): number {
  const at = catalogue.findIndex((p) => p.id === id);
  return at < 0 ? catalogue.length : at;
}

function planProgress(set: RecordSet, cells: Map<string, ReportCell>): DistributionReport['plan'] {
  const byUnit: Record<string, { planned: number; handedOut: number }> = {};
  let planned = 0;
  let handedOut = 0;
  const rows = set.allocations.map((a) => {
    const out = cells.get(`${a.unitId}\u0000${a.publicationId}`)?.quantity ?? 0;
    const unit = (byUnit[a.unitId] ??= { planned: 0, handedOut: 0 });
    unit.planned += a.quantity;
    unit.handedOut += out;
    planned += a.quantity;
    handedOut += out;
    return { unitId: a.unitId, publicationId: a.publicationId, planned: a.quantity, handedOut: out };
  });
  return { rows, byUnit, planned, handedOut };
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
