import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { InputError } from '../../../contract/errors.js';
import { openConfStore } from '../../../services/storage/conf-store.js';
import { migrateStore, type Migration } from '../../../services/storage/migrations.js';
import { MIGRATIONS, migrate } from '../../../services/migrations.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'anpham-migrate-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('migrateStore', () => {
  it('brings a new store to the latest version and sets up the publications map', () => {
    const store = openConfStore(dir);
    const report = migrate(store);
    expect(report).toEqual({ from: 0, to: MIGRATIONS.at(-1)!.version });
    expect(store.get('schemaVersion')).toBe(MIGRATIONS.at(-1)!.version);
    expect(store.get('publications')).toEqual({});
  });

  it('runs each migration once, in order, across openings', () => {
    const calls: string[] = [];
    const migrations: Migration[] = [
      { version: 1, description: 'một', up: (s) => (calls.push('1'), s.set('items', [])) },
      { version: 2, description: 'hai', up: (s) => (calls.push('2'), s.set('items', [...(s.get('items') as string[]), 'x'])) },
    ];
    migrateStore(openConfStore(dir), migrations.slice(0, 1));
    expect(calls).toEqual(['1']);

    const report = migrateStore(openConfStore(dir), migrations);
    expect(calls).toEqual(['1', '2']);
    expect(report.from).toBe(1);
    expect(report.to).toBe(2);
    // A store that held data is copied before it is changed.
    expect(report.backup).toBeDefined();
    expect(JSON.parse(readFileSync(report.backup!, 'utf8'))).toEqual({ items: [], schemaVersion: 1 });

    expect(migrateStore(openConfStore(dir), migrations)).toEqual({ from: 2, to: 2 });
    expect(calls).toEqual(['1', '2']);
    expect(openConfStore(dir).get('items')).toEqual(['x']);
  });

  it('keeps existing publications when the first migration runs on an old store', () => {
    const store = openConfStore(dir);
    store.set('publications', { p: { id: 'p' } });
    migrate(store);
    expect(store.get('publications')).toEqual({ p: { id: 'p' } });
  });

  it('refuses a store written by a newer app, leaving it unchanged', () => {
    const store = openConfStore(dir);
    store.set('schemaVersion', 99);
    const before = readFileSync(store.path, 'utf8');
    expect(() => migrate(store)).toThrow(InputError);
    expect(() => migrate(store)).toThrow(/phiên bản mới hơn/);
    expect(readFileSync(store.path, 'utf8')).toBe(before);
  });

  it('refuses a schemaVersion that is not a whole number, naming the field', () => {
    const store = openConfStore(dir);
    store.set('schemaVersion', 'một');
    try {
      migrate(store);
      expect.unreachable();
    } catch (error) {
      expect((error as InputError).field).toBe('schemaVersion');
      expect((error as InputError).file).toBe(store.path);
    }
    expect(existsSync(store.path)).toBe(true);
  });
});
