// The store's layout is versioned by its `schemaVersion` key. Each migration
// moves the store one version up; they run once, in order, when a store is
// opened, and a store last written by a newer app is refused, not guessed at.
// Storage knows no feature: each feature owns its migrations and
// services/migrations.ts lists them in version order.
import { copyFileSync, existsSync } from 'node:fs';
import { InputError } from '../../contract/errors.js';
import type { Store } from './store.js';

export interface Migration {
  /** The version the store has after this migration. */
  version: number;
  description: string;
  up(store: Store): void;
}

export const SCHEMA_VERSION_KEY = 'schemaVersion';

export interface MigrationReport {
  from: number;
  to: number;
  /** Copy of the store file taken before migrating a store that already held data. */
  backup?: string;
}

function currentVersion(store: Store): number {
  const version = store.get(SCHEMA_VERSION_KEY) ?? 0;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    throw new InputError('phiên bản lược đồ phải là số nguyên không âm; tệp có thể đã bị sửa tay.', {
      file: store.path,
      field: SCHEMA_VERSION_KEY,
    });
  }
  return version;
}

export function migrateStore(store: Store, migrations: readonly Migration[]): MigrationReport {
  const from = currentVersion(store);
  const latest = migrations.at(-1)?.version ?? 0;
  if (from > latest) {
    throw new InputError(
      `kho dữ liệu do phiên bản mới hơn của ứng dụng ghi (lược đồ ${from}, bản này chỉ hiểu đến ${latest}). Hãy cập nhật ứng dụng.`,
      { file: store.path, field: SCHEMA_VERSION_KEY },
    );
  }
  const pending = migrations.filter((m) => m.version > from);
  if (pending.length === 0) return { from, to: from };

  // A store at version 0 has never held records; older ones get a copy first,
  // so a migration that goes wrong can be undone by hand.
  let backup: string | undefined;
  if (from > 0 && existsSync(store.path)) {
    backup = store.path.replace(/\.json$/, '') + `.backup-v${from}.json`;
    copyFileSync(store.path, backup);
  }
  for (const migration of pending) {
    migration.up(store);
    store.set(SCHEMA_VERSION_KEY, migration.version);
  }
  return { from, to: latest, backup };
}
