// Unit kinds of before version 5: a bundle written in 2022 with kind "city"
// still imports (as "district"), and migration 5 rewrites a stored unit of
// kind "city" the same way, once.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../../services/migrations.js';
import { readBundle } from '../../../services/records/bundle.js';
import { unitKindsMigration } from '../../../services/records/units-migration.js';
import { openConfStore } from '../../../services/storage/conf-store.js';
import { migrateStore } from '../../../services/storage/migrations.js';
import { fixtureBundle, openRecords, removeTempDirs, snapshot, tempDataDir } from './helpers.js';

afterAll(removeTempDirs);

const CITY = { id: 'tp-lang-son', name: 'Thành phố Lạng Sơn', parentId: null, kind: 'city' };

describe('units of kind "city"', () => {
  it('import from an old bundle as district-level units', () => {
    const bundle = fixtureBundle();
    bundle.units.unshift(CITY);
    expect(readBundle(bundle).units[0]).toEqual({ ...CITY, kind: 'district' });
    const { records, distribution } = openRecords();
    records.importBundle(bundle);
    expect(distribution.units().find((u) => u.id === 'tp-lang-son')!.kind).toBe('district');
  });

  it('are still refused under any other unknown kind, naming the field', () => {
    const bundle = fixtureBundle();
    bundle.units[0].kind = 'quan';
    expect(() => readBundle(bundle, 'goi.json')).toThrow(expect.objectContaining({ field: 'units[0].kind', file: 'goi.json' }));
  });

  it('in a version-4 store become "district" by migration 5; running it again changes nothing', () => {
    expect(MIGRATIONS.find((m) => m.version === 5)).toBe(unitKindsMigration);
    const dir = tempDataDir();
    openRecords(dir); // a current store with its records folder
    const store = openConfStore(dir);
    store.set('schemaVersion', 4);
    const units = join(dir, 'records', 'units.json');
    writeFileSync(units, `[\n${JSON.stringify(CITY)},\n${JSON.stringify({ id: 'xa-a', name: 'Xã A', parentId: 'tp-lang-son', kind: 'commune' })}\n]\n`);
    expect(migrateStore(store, MIGRATIONS.filter((m) => m.version <= 5))).toMatchObject({ from: 4, to: 5 });
    expect(JSON.parse(readFileSync(units, 'utf8')).map((u: { kind: string }) => u.kind)).toEqual(['district', 'commune']);
    const before = snapshot(dir);
    unitKindsMigration.up(store);
    expect(snapshot(dir)).toEqual(before);
    expect(openRecords(dir).distribution.units().map((u) => u.id)).toEqual(['tp-lang-son', 'xa-a']);
  });
});
