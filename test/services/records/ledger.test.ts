// The stock ledger: partial deliveries add up, distributions take from
// stock in date order (deliveries first on the same date), never below zero.
import { afterAll, describe, expect, it } from 'vitest';
import { readBundle } from '../../../services/records/bundle.js';
import { firstShortfall, stockBalances } from '../../../services/records/ledger.js';
import type { Delivery, Distribution } from '../../../contract/record-schemas.js';
import { fixtureBundle, openRecords, removeTempDirs } from './helpers.js';

afterAll(removeTempDirs);

const delivery = (id: string, date: string, quantity: number, publicationId = 'p'): Delivery => ({ id, contractId: 'c', publicationId, date, quantity });
const handout = (id: string, date: string, quantity: number, publicationId = 'p'): Distribution => ({ id, date, unitId: 'u', publicationId, quantity });

describe('stock ledger', () => {
  it('partial deliveries add up; distributions take away', () => {
    const balances = stockBalances([delivery('d1', '2022-10-01', 300), delivery('d2', '2022-10-05', 200)], [handout('x1', '2022-10-06', 450)]);
    expect(balances.get('p')).toEqual({ publicationId: 'p', delivered: 500, distributed: 450, balance: 50 });
  });

  it('on one date, deliveries count before distributions', () => {
    expect(firstShortfall([delivery('d1', '2022-10-05', 100)], [handout('x1', '2022-10-05', 100)])).toBeUndefined();
  });

  it('a distribution before the delivery that would cover it is refused, and named', () => {
    const short = firstShortfall([delivery('d1', '2022-10-05', 100)], [handout('x1', '2022-10-04', 1)]);
    expect(short).toEqual({ distribution: handout('x1', '2022-10-04', 1), available: 0 });
  });

  it('the first distribution in date order that goes below zero is the one named, whatever the file order', () => {
    const outs = [handout('x3', '2022-10-09', 10), handout('x1', '2022-10-02', 60), handout('x2', '2022-10-03', 50)];
    const short = firstShortfall([delivery('d1', '2022-10-01', 100), delivery('d2', '2022-10-09', 1000)], outs);
    expect(short?.distribution.id).toBe('x2');
    expect(short?.available).toBe(40);
  });

  it('publications are counted separately', () => {
    expect(firstShortfall([delivery('d1', '2022-10-01', 100, 'a')], [handout('x1', '2022-10-02', 1, 'b')])?.distribution.id).toBe('x1');
  });

  it('the fixture bundle holds: same-day delivery and distribution of 3 000 copies', () => {
    const set = readBundle(fixtureBundle());
    const balances = stockBalances(set.deliveries, set.distributions);
    expect(Object.fromEntries([...balances].map(([id, b]) => [id, b.balance]))).toEqual({ 'pub-1': 2000, 'pub-2': 600, 'pub-3': 0 });
  });

  it('a bundle whose distribution would take stock below zero is refused naming it', () => {
    const bundle = fixtureBundle();
    bundle.distributions[0].date = '2022-10-19';
    expect(() => readBundle(bundle, 'goi.json')).toThrow(expect.objectContaining({
      field: 'distributions[0].quantity',
      message: expect.stringContaining('lần cấp phát "x-1": cấp 3.000 bản ngày 19/10/2022 nhưng trong kho khi đó chỉ còn 0 bản'),
    }));
  });

  it('deleting a delivery that a distribution relies on is refused, and the stock screen shows the balance', () => {
    const { records } = openRecords();
    records.importBundle(fixtureBundle());
    expect(() => records.deleteDelivery('d-4')).toThrow(expect.objectContaining({ field: 'distributions[2].quantity' }));
    expect(records.stock().map((r) => [r.title, r.delivered, r.distributed, r.balance])).toEqual([
      ['Sách bỏ túi pháp luật về đất đai', 1000, 400, 600],
      ['Sổ tay trợ giúp pháp lý', 800, 800, 0],
      ['Tờ gấp: Trợ giúp pháp lý miễn phí', 5000, 3000, 2000],
    ]);
  });
});

describe('same-date order', () => {
  it('on one date, the distribution entered last is the one charged with a shortfall', () => {
    const short = firstShortfall([delivery('d1', '2022-10-05', 100)], [handout('z', '2022-10-05', 60), handout('a', '2022-10-05', 60)]);
    expect(short?.distribution.id).toBe('a');
  });
});
