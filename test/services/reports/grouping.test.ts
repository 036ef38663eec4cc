// The distribution report grouped by unit, by commune or by former district
// (services/reports/unit-groups.ts) on records spanning 2022 (districts) and
// 2026 (xã, a phường, a body under a xã): every grouping keeps the bundle's
// total, a body counts for its xã and for its xã's former district, and the
// rows are the groups (the 11 districts when grouped by former district).
import { describe, expect, it } from 'vitest';
import { UNIT_GROUPINGS } from '../../../contract/reports.js';
import { readBundle } from '../../../services/records/bundle.js';
import { distributionReport } from '../../../services/reports/distribution-report.js';
import { exportReport } from '../../../services/reports/export.js';
import { unitGroups } from '../../../services/reports/unit-groups.js';
import { EXPECTED, historyBundle } from './history-bundle.js';

const bundle = historyBundle();
const set = readBundle(bundle);
const all = bundle.distributions.reduce((n, x) => n + x.quantity, 0);

describe('report grouping', () => {
  it.each(UNIT_GROUPINGS)('by %s: totals per group as worked out by hand, the whole unchanged', (by) => {
    const r = distributionReport(set, set.publications, { by });
    expect(r.by).toBe(by);
    expect(r.totals).toEqual({ byUnit: EXPECTED[by], byPublication: { 'pub-1': all }, all });
    expect(r.cells.map((c) => [c.unitId, c.quantity])).toEqual(expect.arrayContaining(Object.entries(EXPECTED[by])));
    expect(r.cells.reduce((n, c) => n + c.quantity, 0)).toBe(all);
    // Every figure's group is a row.
    const rows = new Set(r.units.map((u) => u.id));
    for (const id of Object.keys(EXPECTED[by])) expect(rows).toContain(id);
  });

  it('by former district, the rows are the 11 districts, retired but counted for; the province holds no row', () => {
    const r = distributionReport(set, set.publications, { by: 'former-district' });
    expect(r.units.map((u) => u.id)).toEqual(['tp-lang-son', 'trang-dinh', 'van-lang', 'van-quan', 'binh-gia', 'bac-son', 'huu-lung', 'chi-lang', 'cao-loc', 'loc-binh', 'dinh-lap']);
    expect(r.units.every((u) => u.retired)).toBe(true);
  });

  it('by commune, the body is no row of its own: its copies are its xã\'s', () => {
    const r = distributionReport(set, set.publications, { by: 'commune' });
    const rows = r.units.map((u) => u.id);
    expect(rows).not.toContain('cong-an-that-khe');
    expect(rows.filter((id) => set.units.find((u) => u.id === id)!.kind === 'commune' || set.units.find((u) => u.id === id)!.kind === 'ward')).toHaveLength(65);
    expect(rows).not.toContain('lang-son');
  });

  it('a period of 2022 grouped by former district compares with one of 2026', () => {
    const of = (from: string, to: string) => distributionReport(set, set.publications, { by: 'former-district', from, to }).totals.byUnit;
    expect(of('2022-01-01', '2022-12-31')).toEqual({ 'trang-dinh': 420, 'tp-lang-son': 200 });
    expect(of('2026-01-01', '2026-12-31')).toEqual({ 'trang-dinh': 80, 'tp-lang-son': 40, 'binh-gia': 60 });
  });

  it('the grouping function: a loop in hand-edited parents cannot hang it', () => {
    const loop = [{ id: 'a', name: 'A', parentId: 'b' }, { id: 'b', name: 'B', parentId: 'a' }];
    expect(['a', 'b']).toContain(unitGroups(loop, 'former-district')('a'));
    expect(unitGroups(loop, 'commune')('a')).toBe('a');
    expect(unitGroups(loop, 'unit')('nobody')).toBe('nobody');
  });

  it('the files say how they are grouped', async () => {
    const r = distributionReport(set, set.publications, { by: 'former-district' });
    const csv = await exportReport(r, 'csv', { appRoot: '.', centre: { name: 'Trung tâm' }, date: '2026-12-03' });
    expect(csv.fileName).toBe('bao-cao-cap-phat-theo-huyen-cu.csv');
    const lines = csv.bytes.toString('utf8').slice(1).split('\r\n');
    expect(lines[0]).toMatch(/^TT,Huyện cũ,/);
    expect(lines).toContain('2,Huyện Tràng Định (đã thôi áp dụng),500,500');
  });
});
