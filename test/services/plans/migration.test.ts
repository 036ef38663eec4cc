// Migration 7: a data folder written before plans were records (events with
// an activity kind and a head count, allocations without a plan) gets one
// plan made from them, stored, the same as a bundle of that time imports;
// the app then opens it, the figures as before; running it again changes nothing.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../../services/migrations.js';
import { plansMigration } from '../../../services/plans/migration.js';
import { readBundle } from '../../../services/records/bundle.js';
import { openConfStore } from '../../../services/storage/conf-store.js';
import { migrateStore } from '../../../services/storage/migrations.js';
import { openRecords, removeTempDirs, snapshot, tempDataDir } from '../records/helpers.js';

afterAll(removeTempDirs);

const OLD = JSON.parse(readFileSync(join(import.meta.dirname, 'fixtures', 'bundle-2022-before-plans.json'), 'utf8'));
const lines = (records: unknown[]) => (records.length ? `[\n${records.map((r) => JSON.stringify(r)).join(',\n')}\n]\n` : '[]\n');

/** A store at version 6 whose records/ files are the old 2022 sample's, as the app of that time wrote them. */
function oldStore() {
  const dir = tempDataDir();
  openRecords(dir); // a current store with its records folder
  const store = openConfStore(dir);
  store.set('schemaVersion', 6);
  // Units as version 5 left them; the rest as written before plans were records.
  const current = readBundle({ format: 'anpham/bundle@1', units: OLD.units });
  for (const name of ['units', 'publications', 'printers', 'contracts', 'deliveries', 'distributions', 'events', 'allocations']) {
    writeFileSync(join(dir, 'records', `${name}.json`), lines(name === 'units' ? current.units : OLD[name]));
  }
  // A folder of that time had no plans.json or media.json.
  for (const name of ['plans', 'media']) rmSync(join(dir, 'records', `${name}.json`));
  return { dir, store };
}

describe('migration 7: plans as records', () => {
  it('is the last migration', () => {
    expect(MIGRATIONS.at(-1)).toBe(plansMigration);
    expect(plansMigration.version).toBe(7);
  });

  it('turns the old events and allocations into one stored plan, as the bundle reader does; the app opens it with the same figures', () => {
    const { dir, store } = oldStore();
    const file = (name: string) => JSON.parse(readFileSync(join(dir, 'records', `${name}.json`), 'utf8'));
    expect(migrateStore(store, MIGRATIONS)).toMatchObject({ from: 6, to: 7 });

    const { centre: _notStoredHere, ...fromBundle } = readBundle(OLD);
    expect(readBundle({ format: 'anpham/bundle@1', ...Object.fromEntries(['units', 'publications', 'printers', 'contracts', 'deliveries', 'distributions', 'plans', 'events', 'media', 'allocations'].map((n) => [n, file(n)])) }))
      .toEqual({ ...fromBundle, units: readBundle({ format: 'anpham/bundle@1', units: OLD.units }).units });
    expect(file('plans')).toHaveLength(1);
    expect(file('events').every((e: { planId: string; activity?: string }) => e.planId === file('plans')[0].id && e.activity === undefined)).toBe(true);
    expect(file('media')).toHaveLength(1);

    const before = snapshot(dir);
    plansMigration.up(store);
    expect(snapshot(dir)).toEqual(before);

    const { reports, records } = openRecords(dir);
    const withoutPlans = openRecords();
    withoutPlans.records.importBundle(OLD);
    expect(reports.distribution().totals).toEqual(withoutPlans.reports.distribution().totals);
    expect(records.context.state().plans[0].activities.map((a) => a.id)).toEqual(['communication', 'training', 'media', 'thematic-providers', 'thematic-grassroots']);
  });

  it('leaves a current folder as it is, and gives one without plans.json and media.json empty ones', () => {
    const dir = tempDataDir();
    openRecords(dir);
    const store = openConfStore(dir);
    const before = snapshot(dir);
    plansMigration.up(store);
    expect(snapshot(dir)).toEqual(before);
    for (const name of ['plans', 'media']) rmSync(join(dir, 'records', `${name}.json`));
    plansMigration.up(store);
    expect(snapshot(dir)).toEqual(before);
  });
});
