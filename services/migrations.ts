// Every feature's store migrations, in version order: the one list the app,
// `serve`, the CLI and the tests open a store with.
import type { Store } from './storage/store.js';
import { migrateStore, type Migration, type MigrationReport } from './storage/migrations.js';
import { publicationsMigration } from './publications/migration.js';
import { recordsFolderMigration } from './records/migration.js';
import { contentLibraryMigration } from './library/migration.js';
import { centreRecordMigration } from './settings/migration.js';
import { unitKindsMigration } from './records/units-migration.js';
import { lawRegistryMigration } from './library/law-registry-migration.js';
import { plansMigration } from './plans/migration.js';

export const MIGRATIONS: readonly Migration[] = [publicationsMigration, recordsFolderMigration, contentLibraryMigration, centreRecordMigration, unitKindsMigration, lawRegistryMigration, plansMigration];

/** Brings `store` up to the latest schema (see storage/migrations.ts). */
export function migrate(store: Store): MigrationReport {
  return migrateStore(store, MIGRATIONS);
}
