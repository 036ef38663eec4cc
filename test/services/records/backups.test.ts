// Rolling backups: taken when changed, the newest kept, and a restore that
// can itself be undone.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createBackup, KEEP_BACKUPS, listBackups } from '../../../services/storage/backups.js';
import { fixtureBundle, openRecords, removeTempDirs, snapshot } from './helpers.js';

afterAll(removeTempDirs);

let clock = Date.parse('2025-03-01T08:00:00Z');
const tick = () => new Date((clock += 61_000));

describe('backups', () => {
  it('are skipped when nothing changed, and rotate to the newest ten', () => {
    const { dataDir, records } = openRecords();
    expect(createBackup(dataDir, 'manual', { now: tick() })).toBeDefined();
    expect(createBackup(dataDir, 'open', { now: tick(), onlyIfChanged: true })).toBeUndefined();
    for (let i = 0; i < KEEP_BACKUPS + 3; i++) {
      records.savePrinter({ id: `pr-${i}`, name: `Nhà in ${i}` });
      createBackup(dataDir, 'periodic', { now: tick(), onlyIfChanged: true });
    }
    const kept = listBackups(dataDir);
    expect(kept).toHaveLength(KEEP_BACKUPS);
    expect(readdirSync(join(dataDir, 'backups'))).toHaveLength(KEEP_BACKUPS);
    // Newest first, and the newest holds the last printer.
    expect(kept[0].createdAt > kept[1].createdAt).toBe(true);
    expect(existsSync(join(dataDir, 'backups', kept[0].id, 'records', 'printers.json'))).toBe(true);
  });

  it('restore brings back the records and the store, and backs up the present first', () => {
    const { dataDir, records } = openRecords(undefined, { now: tick });
    records.importBundle(fixtureBundle());
    const good = snapshot(dataDir);
    const backup = records.backupNow()!;
    records.addDelivery({ contractId: 'c-2', publicationId: 'pub-3', date: '2022-11-12', quantity: 100 });
    records.savePrinter({ name: 'Nhà in mới' });
    expect(records.contract('c-2').lines[0].delivered).toBe(900);

    records.restore(backup.id);
    expect(snapshot(dataDir)).toEqual(good);
    expect(records.contract('c-2').lines[0].delivered).toBe(800);
    expect(records.printers()).toHaveLength(2);
    // The state before the restore is one click away.
    const safety = listBackups(dataDir).find((b) => b.reason === 'before-restore');
    expect(safety).toBeDefined();
    records.restore(safety!.id);
    expect(records.printers().map((p) => p.name)).toContain('Nhà in mới');
  });

  it('an unknown backup is refused', () => {
    const { records } = openRecords();
    expect(() => records.restore('20990101-000000-000')).toThrow(/không có bản sao lưu/);
    expect(() => records.restore('../../etc')).toThrow(/không có bản sao lưu/);
  });
});
