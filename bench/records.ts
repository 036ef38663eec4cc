// Records at scale: 2,000 print contracts and 50,000 deliveries. Measures
// opening the data folder (read + check every record) until the contracts
// list is ready, and single saves (a contract, a delivery). Goals: open +
// list under 1 s, one save under 100 ms. Run: npx tsx bench/records.ts
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRecordsService } from '../services/records/service.js';
import type { RecordSet } from '../contract/record-schemas.js';
import { openConfStore } from '../services/storage/conf-store.js';
import { migrate } from '../services/migrations.js';
import { openRecordFiles } from '../services/storage/record-files.js';

const CONTRACTS = 2_000;
const DELIVERIES = 50_000;
const PUBLICATIONS = 40;

/** 2,000 signed contracts of two lines each; 25 partial deliveries per contract. */
export function largeRecordSet(): RecordSet {
  const set: RecordSet = { units: [], publications: [], printers: [], contracts: [], deliveries: [], distributions: [], plans: [], events: [], media: [], allocations: [] };
  for (let p = 0; p < PUBLICATIONS; p++) set.publications.push({ id: `pub-${p}`, kind: 'leaflet', title: `Tờ gấp pháp luật số ${p + 1}` });
  for (let p = 0; p < 20; p++) set.printers.push({ id: `pr-${p}`, name: `Công ty cổ phần in số ${p + 1}`, taxCode: `49001${String(p).padStart(5, '0')}` });
  const perContract = DELIVERIES / CONTRACTS;
  for (let c = 0; c < CONTRACTS; c++) {
    const month = String(1 + (c % 12)).padStart(2, '0');
    const a = `pub-${c % PUBLICATIONS}`;
    const b = `pub-${(c + 1) % PUBLICATIONS}`;
    set.contracts.push({
      id: `c-${c}`, number: `${c + 1}/2022/HĐ-TGPL`, date: `2022-${month}-01`, printerId: `pr-${c % 20}`, vatPercent: 8, status: 'signed',
      items: [
        { publicationId: a, quantity: 5_000, unitPrice: 1_200, spec: { size: 'A4', pages: 2, colours: '4/4', paperGsm: 150, finishing: 'Gấp 3' } },
        { publicationId: b, quantity: 2_000, unitPrice: 9_500 },
      ],
    });
    for (let d = 0; d < perContract; d++) {
      set.deliveries.push({ id: `d-${c}-${d}`, contractId: `c-${c}`, publicationId: d % 2 ? b : a, date: `2022-${month}-${String(2 + (d % 25)).padStart(2, '0')}`, quantity: 40 });
    }
  }
  return set;
}

function time<T>(run: () => T): [T, number] {
  const started = performance.now();
  const value = run();
  return [value, performance.now() - started];
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function main() {
  const dir = mkdtempSync(join(tmpdir(), 'anpham-bench-records-'));
  try {
    const store = openConfStore(dir);
    migrate(store);
    const set = largeRecordSet();
    openRecordFiles(dir).write({ ...set, centre: null });
    const bytes = statSync(join(dir, 'records', 'deliveries.json')).size + statSync(join(dir, 'records', 'contracts.json')).size;

    const opens: number[] = [];
    let service!: ReturnType<typeof createRecordsService>;
    for (let i = 0; i < 5; i++) {
      const [, ms] = time(() => {
        service = createRecordsService({ dataDir: dir, store, editorPublications: () => [], migrate }) ;
        return service.contracts();
      });
      opens.push(ms);
    }

    const contractSaves: number[] = [];
    const deliverySaves: number[] = [];
    for (let i = 0; i < 10; i++) {
      const c = service.contract(`c-${i}`).contract;
      contractSaves.push(time(() => service.saveContract({ ...c, note: `Lần sửa ${i}` }))[1]);
      deliverySaves.push(time(() => service.addDelivery({ contractId: `c-${i}`, publicationId: c.items[0].publicationId, date: c.date, quantity: 1 }))[1]);
    }
    const [, listMs] = time(() => service.contracts());

    console.log(`records: ${CONTRACTS} contracts, ${DELIVERIES} deliveries, ${(bytes / 1e6).toFixed(1)} MB on disk`);
    console.log(`open + contracts list: median ${median(opens).toFixed(0)} ms (min ${Math.min(...opens).toFixed(0)}, max ${Math.max(...opens).toFixed(0)}) — goal < 1000 ms`);
    console.log(`contracts list alone (warm): ${listMs.toFixed(0)} ms`);
    console.log(`save a contract: median ${median(contractSaves).toFixed(0)} ms (max ${Math.max(...contractSaves).toFixed(0)}) — goal < 100 ms`);
    console.log(`save a delivery: median ${median(deliverySaves).toFixed(0)} ms (max ${Math.max(...deliverySaves).toFixed(0)}) — goal < 100 ms`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main();
