// `data export` / `data import` as a user runs them: a real process, real
// files. The round trip is byte-for-byte; a bad bundle exits 1, names the
// record, and leaves the store exactly as it was.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FIXTURE, fixtureBundle, removeTempDirs, snapshot, tempDataDir } from './helpers.js';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');

afterAll(removeTempDirs);

function cli(...args: string[]) {
  const result = spawnSync(TSX, ['cli/index.ts', ...args], { cwd: ROOT, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('cli data export / import', () => {
  it('export → import into an empty store → export gives the same bytes', () => {
    const first = tempDataDir();
    expect(cli('data', 'import', FIXTURE, '--data', first).code).toBe(0);
    const a = join(first, 'a.json');
    expect(cli('data', 'export', '-o', a, '--data', first).code).toBe(0);

    const second = tempDataDir();
    const imported = cli('data', 'import', a, '--data', second);
    expect(imported.code).toBe(0);
    expect(imported.stdout).toContain('2 hợp đồng, 4 lần giao hàng, 3 lần cấp phát');
    const b = join(second, 'b.json');
    expect(cli('data', 'export', '-o', b, '--data', second).code).toBe(0);

    expect(readFileSync(b)).toEqual(readFileSync(a));
    // And the export says what the fixture says.
    expect(JSON.parse(readFileSync(a, 'utf8'))).toEqual(fixtureBundle());
  });

  it('a bundle with only the floor fields is accepted', () => {
    const minimal = {
      format: 'anpham/bundle@1',
      publications: [{ id: 'p', kind: 'other', title: 'Tài liệu' }],
      printers: [{ id: 'pr', name: 'Nhà in' }],
      contracts: [{ id: 'c', number: '1/HĐ', date: '2022-01-01', printerId: 'pr', vatPercent: 0, status: 'signed', items: [{ publicationId: 'p', quantity: 1, unitPrice: 1 }] }],
    };
    const file = join(tempDataDir(), 'min.json');
    writeFileSync(file, JSON.stringify(minimal));
    expect(cli('data', 'import', file, '--data', tempDataDir()).code).toBe(0);
  });

  it.each([
    ['an over-delivery', (b: any) => { b.deliveries[1].quantity = 2001; }, /deliveries\[1\]\.quantity: lần giao hàng "d-2": giao 2\.001 bản vượt số còn phải giao/],
    ['a negative price', (b: any) => { b.contracts[1].items[0].unitPrice = -5; }, /contracts\[1\]\.items\[0\]\.unitPrice: hợp đồng "c-2": Đơn giá phải lớn hơn 0/],
    ['a duplicate contract number', (b: any) => { b.contracts[1].number = b.contracts[0].number; }, /contracts\[1\]\.number: hợp đồng "c-2": số hợp đồng "01\/2022\/HĐ-TGPL" đã có/],
    ['an unknown unit', (b: any) => { b.distributions[2].unitId = 'dinh-lap'; }, /distributions\[2\]\.unitId: lần cấp phát "x-3": đơn vị "dinh-lap" không có/],
    ['an unknown field', (b: any) => { b.printers[0].fax = '1'; }, /printers\[0\]: cơ sở in "pr-1": trường không được biết đến: fax/],
    ['a wrong format', (b: any) => { b.format = 'anpham/bundle@2'; }, /trường format: định dạng phải là "anpham\/bundle@1"/],
  ])('refuses %s: exit 1, the record named, the store unchanged', (_name, edit, message) => {
    const dataDir = tempDataDir();
    expect(cli('data', 'import', FIXTURE, '--data', dataDir).code).toBe(0);
    const before = snapshot(dataDir);
    const bundle = fixtureBundle();
    edit(bundle);
    const file = join(dataDir, 'bad.json');
    writeFileSync(file, JSON.stringify(bundle, null, 2));

    const { code, stderr } = cli('data', 'import', file, '--data', dataDir);
    expect(code).toBe(1);
    expect(stderr).toMatch(message);
    expect(stderr).toContain(file);
    expect(snapshot(dataDir)).toEqual(before);
  });

  it('broken JSON names the line, exit 1', () => {
    const dataDir = tempDataDir();
    const file = join(dataDir, 'hong.json');
    writeFileSync(file, '{\n  "format": "anpham/bundle@1",\n  "units": [\n}');
    const { code, stderr } = cli('data', 'import', file, '--data', dataDir);
    expect(code).toBe(1);
    expect(stderr).toMatch(/dòng 4/);
  });

  it('usage errors exit 2', () => {
    expect(cli('data', 'export', '--data', tempDataDir()).code).toBe(2);
    expect(cli('data', 'sync', '--data', tempDataDir()).code).toBe(2);
  });
});
