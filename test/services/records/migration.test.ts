// Migration 2: a version-1 store (publications only) gets the records folder
// with one empty file per collection; its publications stay as they were.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { COLLECTIONS } from '../../../contract/record-schemas.js';
import { openConfStore } from '../../../services/storage/conf-store.js';
import { migrateStore } from '../../../services/storage/migrations.js';
import { MIGRATIONS } from '../../../services/migrations.js';
import { recordsFolderMigration } from '../../../services/records/migration.js';
import { openRecords, removeTempDirs, tempDataDir } from './helpers.js';

afterAll(removeTempDirs);

const upToRecords = MIGRATIONS.filter((m) => m.version <= 2);

function versionOneStore(): string {
  const dir = tempDataDir();
  mkdirSync(dir, { recursive: true });
  const publication = { id: 'p1', publication: { format: 'anpham/publication@1', template: 'leaflet-trifold-a4', meta: { title: 'Tờ gấp' }, slots: {} }, kind: 'leaflet', createdAt: '2025-01-01T00:00:00.000Z', updatedAt: '2025-01-01T00:00:00.000Z' };
  writeFileSync(join(dir, 'store.json'), JSON.stringify({ schemaVersion: 1, publications: { p1: publication } }));
  return dir;
}

describe('store migration 2 (records folder)', () => {
  it('is the second migration', () => {
    expect(MIGRATIONS[1]).toBe(recordsFolderMigration);
    expect(recordsFolderMigration.version).toBe(2);
  });

  it('moves a version-1 store to version 2: empty collection files, publications untouched, a backup of v1', () => {
    const dir = versionOneStore();
    const before = JSON.parse(readFileSync(join(dir, 'store.json'), 'utf8'));
    const store = openConfStore(dir);
    const report = migrateStore(store, upToRecords);
    expect(report).toMatchObject({ from: 1, to: 2 });
    expect(existsSync(join(dir, 'store.backup-v1.json'))).toBe(true);
    expect(store.get('schemaVersion')).toBe(2);
    expect(store.get('publications')).toEqual(before.publications);
    for (const name of COLLECTIONS) expect(readFileSync(join(dir, 'records', `${name}.json`), 'utf8')).toBe('[]\n');
  });

  it('keeps record files that already exist (running it again changes nothing)', () => {
    const dir = versionOneStore();
    mkdirSync(join(dir, 'records'));
    writeFileSync(join(dir, 'records', 'printers.json'), '[\n{"id":"pr","name":"Nhà in"}\n]\n');
    const store = openConfStore(dir);
    migrateStore(store, upToRecords);
    recordsFolderMigration.up(store);
    expect(readFileSync(join(dir, 'records', 'printers.json'), 'utf8')).toContain('Nhà in');
    expect(openRecords(dir).records.printers()).toEqual([{ id: 'pr', name: 'Nhà in' }]);
  });
});
