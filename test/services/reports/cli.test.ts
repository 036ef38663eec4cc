// `data import samples/bundle-2022.json` then `report distribution -o r.json`
// as a user runs them: the report's totals are the bundle's own sums, grouped
// or not; an over-distributing bundle is refused and the store left as it was.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { removeTempDirs, snapshot, tempDataDir } from '../records/helpers.js';
import { EXPECTED, historyBundle } from './history-bundle.js';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
const SAMPLE = join(ROOT, 'samples', 'bundle-2022.json');
afterAll(removeTempDirs);

const cli = (...args: string[]) => {
  const r = spawnSync(TSX, ['cli/index.ts', ...args], { cwd: ROOT, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};

type X = { unitId: string; publicationId: string; quantity: number; date: string };
const sample = () => JSON.parse(readFileSync(SAMPLE, 'utf8')) as { units: { id: string }[]; distributions: X[] } & Record<string, unknown>;

describe('cli report distribution', () => {
  it('the sample bundle: report totals equal the bundle sums, with the 11 district-level units', () => {
    const data = tempDataDir();
    expect(cli('data', 'import', SAMPLE, '--data', data).code).toBe(0);
    const out = join(data, 'r.json');
    const done = cli('report', 'distribution', '-o', out, '--data', data);
    expect(done.stderr).toBe('');
    expect(done.code).toBe(0);
    const report = JSON.parse(readFileSync(out, 'utf8'));
    const bundle = sample();
    const sums = { byUnit: {} as Record<string, number>, byPublication: {} as Record<string, number>, all: 0 };
    for (const x of bundle.distributions) {
      sums.byUnit[x.unitId] = (sums.byUnit[x.unitId] ?? 0) + x.quantity;
      sums.byPublication[x.publicationId] = (sums.byPublication[x.publicationId] ?? 0) + x.quantity;
      sums.all += x.quantity;
    }
    expect(report.totals).toEqual(sums);
    expect(report.cells.reduce((n: number, c: { quantity: number }) => n + c.quantity, 0)).toBe(sums.all);
    expect(bundle.units.map((u) => u.id)).toEqual(['tp-lang-son', 'trang-dinh', 'van-lang', 'van-quan', 'binh-gia', 'bac-son', 'huu-lung', 'chi-lang', 'cao-loc', 'loc-binh', 'dinh-lap']);
    expect(Object.keys(report.totals.byUnit).sort()).toEqual(bundle.units.map((u) => u.id).sort());
  });

  it('--from/--to in dd/mm/yyyy keep only the period', () => {
    const data = tempDataDir();
    cli('data', 'import', SAMPLE, '--data', data);
    const out = join(data, 'r.json');
    expect(cli('report', 'distribution', '-o', out, '--from', '01/11/2022', '--to', '2022-11-30', '--data', data).code).toBe(0);
    const expected = sample().distributions.filter((x) => x.date >= '2022-11-01' && x.date <= '2022-11-30').reduce((n, x) => n + x.quantity, 0);
    expect(JSON.parse(readFileSync(out, 'utf8')).totals.all).toBe(expected);
  });

  it('an over-distributing bundle is refused: exit 1, the record named, the store unchanged', () => {
    const data = tempDataDir();
    cli('data', 'import', SAMPLE, '--data', data);
    const before = snapshot(data);
    const bundle = sample();
    const last = bundle.distributions.length - 1;
    bundle.distributions[last].quantity += 5000;
    const file = join(data, 'qua.json');
    writeFileSync(file, JSON.stringify(bundle));
    const { code, stderr } = cli('data', 'import', file, '--data', data);
    expect(code).toBe(1);
    expect(stderr).toContain(`distributions[${last}].quantity`);
    expect(stderr).toContain(`lần cấp phát "${bundle.distributions[last] && (bundle.distributions[last] as unknown as { id: string }).id}"`);
    expect(stderr).toContain('tồn kho không được âm');
    expect(snapshot(data)).toEqual(before);
  });

  it('--by commune and --by former-district on records of 2022 and 2026: the same fields, each cell\'s unitId the group\'s, totals the bundle\'s', () => {
    const data = tempDataDir();
    const bundle = historyBundle();
    const file = join(data, 'history.json');
    writeFileSync(file, JSON.stringify(bundle));
    expect(cli('data', 'import', file, '--data', data).code).toBe(0);
    const all = bundle.distributions.reduce((n, x) => n + x.quantity, 0);
    for (const by of ['commune', 'former-district'] as const) {
      const out = join(data, `r-${by}.json`);
      const done = cli('report', 'distribution', '--by', by, '-o', out, '--data', data);
      expect(done.stderr).toBe('');
      expect(done.code).toBe(0);
      const report = JSON.parse(readFileSync(out, 'utf8'));
      expect(report.by).toBe(by);
      expect(report.totals).toEqual({ byUnit: EXPECTED[by], byPublication: { 'pub-1': all }, all });
      expect(report.cells).toEqual(expect.arrayContaining(Object.entries(EXPECTED[by]).map(([unitId, quantity]) => ({ unitId, publicationId: 'pub-1', quantity }))));
      expect(report.cells).toHaveLength(Object.keys(EXPECTED[by]).length);
    }
  });

  it('usage errors exit 2', () => {
    const data = tempDataDir();
    expect(cli('report', 'distribution', '--data', data).code).toBe(2);
    const wrongBy = cli('report', 'distribution', '--by', 'huyen', '-o', join(data, 'r.json'), '--data', data);
    expect(wrongBy.code).toBe(2);
    expect(wrongBy.stderr).toContain('--by cần unit');
    expect(cli('report', 'distribution', '-o', join(data, 'r.txt'), '--data', data).code).toBe(2);
    expect(cli('report', 'distribution', '-o', join(data, 'r.json'), '--from', '31/02/2022', '--data', data).code).toBe(2);
  });
});
