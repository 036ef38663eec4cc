// Distribution at scale: 100 000 distributions over 65 communes and 40
// publications. Measures the unit × publication report (matrix, totals,
// periods, plan, stock) and the XLSX export. Goals: the report under 200 ms,
// the XLSX under 3 s. Run: npx tsx bench/distribution.ts
import { distributionReport } from '../services/reports/distribution-report.js';
import { reportXlsx } from '../services/reports/xlsx.js';
import type { RecordSet } from '../contract/record-schemas.js';

const DISTRIBUTIONS = 100_000;
const UNITS = 65;
const PUBLICATIONS = 40;

function largeSet(): RecordSet {
  const set: RecordSet = { units: [], publications: [], printers: [], contracts: [], deliveries: [], distributions: [], plans: [], events: [], media: [], allocations: [] };
  for (let u = 0; u < UNITS; u++) set.units.push({ id: `xa-${u}`, name: `Xã số ${u + 1}`, parentId: null, kind: 'commune' });
  for (let p = 0; p < PUBLICATIONS; p++) {
    set.publications.push({ id: `pub-${p}`, kind: 'leaflet', title: `Tờ gấp pháp luật số ${p + 1}` });
    set.deliveries.push({ id: `d-${p}`, contractId: 'c', publicationId: `pub-${p}`, date: '2025-01-02', quantity: 1_000_000 });
  }
  for (let i = 0; i < DISTRIBUTIONS; i++) {
    const month = String(1 + (i % 12)).padStart(2, '0');
    set.distributions.push({ id: `x-${i}`, date: `2025-${month}-${String(1 + (i % 28)).padStart(2, '0')}`, unitId: `xa-${i % UNITS}`, publicationId: `pub-${Math.floor(i / UNITS) % PUBLICATIONS}`, quantity: 1 + (i % 50) });
  }
  set.plans.push({ id: 'kh-2025', number: '1/KH-TGPL', title: 'Truyền thông về trợ giúp pháp lý năm 2025', issuedOn: '2025-01-02', from: '2025-01-01', to: '2025-12-31', status: 'open', activities: [] });
  for (let u = 0; u < UNITS; u++) for (let p = 0; p < PUBLICATIONS; p += 4) set.allocations.push({ id: `a-${u}-${p}`, planId: 'kh-2025', unitId: `xa-${u}`, publicationId: `pub-${p}`, quantity: 500 });
  return set;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function main() {
  const set = largeSet();
  const reportTimes: number[] = [];
  let report = distributionReport(set, set.publications);
  for (let i = 0; i < 7; i++) {
    const started = performance.now();
    report = distributionReport(set, set.publications, i % 2 ? { from: '2025-04-01', to: '2025-09-30' } : {});
    reportTimes.push(performance.now() - started);
  }
  report = distributionReport(set, set.publications);
  const xlsxTimes: number[] = [];
  let bytes = 0;
  for (let i = 0; i < 3; i++) {
    const started = performance.now();
    bytes = (await reportXlsx(report)).length;
    xlsxTimes.push(performance.now() - started);
  }
  console.log(`${DISTRIBUTIONS.toLocaleString('en')} distributions, ${UNITS} units × ${PUBLICATIONS} publications, ${report.cells.length} cells`);
  console.log(`report (matrix, totals, periods, plan, stock): median ${median(reportTimes).toFixed(1)} ms (goal < 200 ms)`);
  console.log(`XLSX export: median ${median(xlsxTimes).toFixed(0)} ms, ${(bytes / 1024).toFixed(0)} KiB (goal < 3 000 ms)`);
}

await main();
