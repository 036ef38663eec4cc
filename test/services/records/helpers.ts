// A records service on a fresh temporary data folder, as the app opens one.
import { mkdtempSync, readdirSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRecordsService, type RecordsOptions } from '../../../services/records/service.js';
import { openConfStore } from '../../../services/storage/conf-store.js';
import { migrate } from '../../../services/migrations.js';
import { createDistributionService } from '../../../services/distribution/service.js';
import { createReportsService } from '../../../services/reports/service.js';

const APP_ROOT = join(import.meta.dirname, '..', '..', '..');

export const FIXTURE = join(import.meta.dirname, 'fixtures', 'bundle.json');
export const fixtureBundle = () => JSON.parse(readFileSync(FIXTURE, 'utf8')) as Record<string, any>;

const folders: string[] = [];

export function tempDataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'anpham-records-'));
  folders.push(dir);
  return dir;
}

export function removeTempDirs(): void {
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
}

export function openRecords(dataDir = tempDataDir(), extra: Partial<RecordsOptions> = {}) {
  const store = openConfStore(dataDir);
  migrate(store);
  const records = createRecordsService({ dataDir, store, editorPublications: () => [], migrate, ...extra });
  // The features built on the record set, as the app wires them (services/wiring.ts).
  const distribution = createDistributionService(records.context, APP_ROOT);
  const reports = createReportsService(records.context, APP_ROOT);
  return { dataDir, store, records, distribution, reports };
}

/** Every file under the data folder's records/ and store.json, as bytes: "nothing changed" means equal snapshots. */
export function snapshot(dataDir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const add = (file: string) => { if (existsSync(join(dataDir, file))) out[file] = readFileSync(join(dataDir, file)).toString('base64'); };
  add('store.json');
  if (existsSync(join(dataDir, 'records'))) for (const f of readdirSync(join(dataDir, 'records')).sort()) add(`records/${f}`);
  return out;
}
