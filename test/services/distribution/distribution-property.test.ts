// Property: whatever sequence of deliveries, distributions, edits and
// deletions a user tries through the service, the ones accepted never leave
// stock below zero on any date, refused ones change nothing, and per
// publication delivered = handed out + on hand.
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { InputError } from '../../../contract/errors.js';
import { byDate } from '../../../services/records/ledger.js';
import { openRecords, removeTempDirs } from '../records/helpers.js';

afterAll(removeTempDirs);

const PUBLICATIONS = ['p1', 'p2'];
const UNITS = ['u1', 'u2'];
const day = fc.integer({ min: 1, max: 20 }).map((d) => `2022-11-${String(d).padStart(2, '0')}`);
const quantity = fc.integer({ min: 1, max: 120 });
const pick = fc.integer({ min: 0, max: 1_000 });

const step = fc.oneof(
  fc.record({ op: fc.constant('deliver' as const), pub: fc.constantFrom(...PUBLICATIONS), date: day, quantity }),
  fc.record({ op: fc.constant('distribute' as const), pub: fc.constantFrom(...PUBLICATIONS), unit: fc.constantFrom(...UNITS), date: day, quantity }),
  fc.record({ op: fc.constant('editDistribution' as const), which: pick, date: day, quantity }),
  fc.record({ op: fc.constant('deleteDistribution' as const), which: pick }),
  fc.record({ op: fc.constant('deleteDelivery' as const), which: pick }),
);
type Step = typeof step extends fc.Arbitrary<infer T> ? T : never;
type Opened = ReturnType<typeof openRecords>;

function seed(): Opened {
  const opened = openRecords();
  const { records } = opened;
  records.importBundle({
    format: 'anpham/bundle@1',
    units: UNITS.map((id) => ({ id, name: `Đơn vị ${id}` })),
    publications: PUBLICATIONS.map((id) => ({ id, kind: 'leaflet', title: `Tờ gấp ${id}` })),
    printers: [{ id: 'pr', name: 'Nhà in' }],
    contracts: [{ id: 'c', number: '1/HĐ', date: '2022-11-01', printerId: 'pr', vatPercent: 8, status: 'signed',
      items: PUBLICATIONS.map((publicationId) => ({ publicationId, quantity: 1_000_000, unitPrice: 1 })) }],
  });
  return opened;
}

function apply({ records, distribution }: Opened, s: Step): void {
  const exported = JSON.parse(records.exportBundle());
  const nth = <T>(list: T[], which: number): T | undefined => (list.length ? list[which % list.length] : undefined);
  switch (s.op) {
    case 'deliver':
      return void records.addDelivery({ contractId: 'c', publicationId: s.pub, date: s.date, quantity: s.quantity });
    case 'distribute':
      return void distribution.saveDistribution({ date: s.date, unitId: s.unit, publicationId: s.pub, quantity: s.quantity });
    case 'editDistribution': {
      const x = nth(exported.distributions, s.which);
      return void (x && distribution.saveDistribution({ ...x, date: s.date, quantity: s.quantity }));
    }
    case 'deleteDistribution': {
      const x = nth<{ id: string }>(exported.distributions, s.which);
      return void (x && distribution.deleteDistribution(x.id));
    }
    case 'deleteDelivery': {
      const d = nth<{ id: string }>(exported.deliveries, s.which);
      return void (d && records.deleteDelivery(d.id));
    }
  }
}

/** Walks the ledger itself, day by day, deliveries first. */
function lowestBalance(bundle: { deliveries: { publicationId: string; date: string; quantity: number }[]; distributions: { publicationId: string; date: string; quantity: number }[] }): number {
  const moves = [
    ...bundle.deliveries.map((d) => ({ ...d, sign: 1, rank: 0 })),
    ...bundle.distributions.map((x) => ({ ...x, sign: -1, rank: 1 })),
  ].sort((a, b) => byDate(a, b) || a.rank - b.rank);
  const balance = new Map<string, number>();
  let lowest = 0;
  for (const m of moves) {
    const b = (balance.get(m.publicationId) ?? 0) + m.sign * m.quantity;
    balance.set(m.publicationId, b);
    lowest = Math.min(lowest, b);
  }
  return lowest;
}

describe('stock under random changes', () => {
  it('never goes below zero, refusals change nothing, and delivered = handed out + on hand', () => {
    // Counted over every run: the sequences must actually hit the rule, not only pass it.
    let refused = 0;
    let accepted = 0;
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 25 }), (steps) => {
        const opened = seed();
        const { records, reports } = opened;
        for (const s of steps) {
          const before = records.exportBundle();
          try {
            apply(opened, s);
            accepted++;
          } catch (error) {
            if (!(error instanceof InputError)) throw error;
            refused++;
            expect(records.exportBundle()).toBe(before);
          }
          const bundle = JSON.parse(records.exportBundle());
          expect(lowestBalance(bundle)).toBeGreaterThanOrEqual(0);
          for (const row of records.stock()) {
            const delivered = bundle.deliveries.filter((d: { publicationId: string }) => d.publicationId === row.publicationId).reduce((n: number, d: { quantity: number }) => n + d.quantity, 0);
            const out = reports.distribution().totals.byPublication[row.publicationId] ?? 0;
            expect(row.delivered).toBe(delivered);
            expect(row.distributed).toBe(out);
            expect(delivered).toBe(out + row.balance);
          }
        }
      }),
      { numRuns: 40 },
    );
    expect(refused).toBeGreaterThan(0);
    expect(accepted).toBeGreaterThan(refused / 4);
  });
});
