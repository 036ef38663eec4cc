// Storage migration 3: a store from version 2 gets the starter library and
// an empty approvals map, keeps everything it had, and a library the user has
// already changed is never overwritten.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openConfStore } from '../../../services/storage/conf-store.js';
import { contentLibraryMigration } from '../../../services/library/migration.js';
import { MIGRATIONS, migrate } from '../../../services/migrations.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'anpham-migrate-3-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('migration 3: content library and approvals', () => {
  it('is in the list, after version 2', () => {
    expect(MIGRATIONS.map((m) => m.version)).toContain(3);
    expect(MIGRATIONS.findIndex((m) => m.version === 3)).toBeGreaterThan(MIGRATIONS.findIndex((m) => m.version === 2));
  });

  it('adds the starter library and approvals to a version-2 store, keeping its publications', () => {
    const publications = { p1: { id: 'p1', kind: 'leaflet' } };
    writeFileSync(join(dir, 'store.json'), JSON.stringify({ schemaVersion: 2, publications }));
    const store = openConfStore(dir);
    const report = migrate(store);
    expect(report.from).toBe(2);
    expect(store.get('publications')).toEqual(publications);
    expect(store.get('approvals')).toEqual({});
    const library = store.get('library') as { items: Record<string, unknown>; laws: Record<string, { status: string }> };
    expect(Object.keys(library.items).length).toBeGreaterThanOrEqual(30);
    // The registry the app ships (laws-2026-12.json): Luật 53/2024/QH15 amended Điều 7 from 01/7/2025.
    expect(library.laws['luat-tgpl-2017'].status).toBe('amended');
  });

  it('leaves a library that is already there alone', () => {
    const store = openConfStore(dir);
    const mine = { items: {}, laws: {} };
    store.set('library', mine);
    contentLibraryMigration.up(store);
    expect(store.get('library')).toEqual(mine);
  });
});
