// Storage migration 4: the Centre's details in one record. A version-3 store
// whose settings had name, address, phone, email and logo, and whose records
// had Bên A, ends with both merged into records/centre.json (the records'
// value where both have one), the store's settings holding only the language,
// and nothing lost (the old store is copied first).
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_HOTLINE } from '../../../contract/settings.js';
import { MIGRATIONS, migrate } from '../../../services/migrations.js';
import { DEFAULT_CENTRE } from '../../../services/records/centre.js';
import { centreRecordMigration } from '../../../services/settings/migration.js';
import { openConfStore } from '../../../services/storage/conf-store.js';
import { createHandlers, dispatch } from '../../../services/dispatch.js';
import { createServices } from '../../../services/wiring.js';
import { snapshot } from '../records/helpers.js';

const ROOT = resolve(import.meta.dirname, '..', '..', '..');
const LOGO = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';

/** What Cài đặt kept in version 3. */
const OLD_SETTINGS = {
  name: 'Trung tâm TGPL tỉnh Lạng Sơn',
  address: 'Số 2 đường Hoàng Văn Thụ, thành phố Lạng Sơn',
  phone: '0205 3 812 345',
  email: 'tgpl@langson.gov.vn',
  logo: LOGO,
  language: 'en',
};
/** What the printers screen kept as Bên A in version 3. */
const BEN_A = {
  agency: 'Sở Tư pháp tỉnh Lạng Sơn',
  name: 'Trung tâm Trợ giúp pháp lý Nhà nước tỉnh Lạng Sơn',
  address: 'Số 2 Hoàng Văn Thụ, phường Chi Lăng, thành phố Lạng Sơn',
  taxCode: '4900234567',
  bankAccount: '9527.1.1234567',
  bankName: 'Kho bạc Nhà nước Lạng Sơn',
  representative: 'Nguyễn Văn An',
  position: 'Giám đốc',
  place: 'Lạng Sơn',
};

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'anpham-migrate-4-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A version-3 data folder: store.json with `settings`, and records/ with Bên A when given. */
function version3(settings: unknown, centre?: unknown) {
  writeFileSync(join(dir, 'store.json'), JSON.stringify({ schemaVersion: 3, publications: {}, library: { items: {}, laws: {} }, approvals: {}, settings }));
  mkdirSync(join(dir, 'records'), { recursive: true });
  for (const name of ['units', 'publications', 'printers', 'contracts', 'deliveries', 'distributions', 'events', 'allocations']) writeFileSync(join(dir, 'records', `${name}.json`), '[]\n');
  if (centre !== undefined) writeFileSync(join(dir, 'records', 'centre.json'), JSON.stringify(centre));
  return openConfStore(dir);
}
const centreFile = () => JSON.parse(readFileSync(join(dir, 'records', 'centre.json'), 'utf8'));

describe('migration 4: the Centre\'s details in one record', () => {
  it('is registered fourth, the versions in order', () => {
    expect(MIGRATIONS[3]).toBe(centreRecordMigration);
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
  });

  it('merges the settings\' fields into Bên A: the records\' value where both have one, the settings\' where only they have it', async () => {
    const store = version3(OLD_SETTINGS, BEN_A);
    const report = migrate(store);
    expect(report).toMatchObject({ from: 3, to: MIGRATIONS.at(-1)!.version });
    expect(centreFile()).toEqual({ ...BEN_A, phone: OLD_SETTINGS.phone, email: OLD_SETTINGS.email, logo: LOGO });
    expect(store.get('settings')).toEqual({ language: 'en' });
    // The settings' own name and address are not lost: the store was copied before migrating.
    expect(JSON.parse(readFileSync(report.backup!, 'utf8')).settings).toEqual(OLD_SETTINGS);

    // The app opened on it: Cài đặt shows the merged record, Bên A of the papers is the same record.
    const services = await createServices({ appRoot: ROOT, dataDir: dir, store, backups: false });
    const reply = await dispatch(createHandlers(services), 'settings.get', {}, () => undefined);
    expect(reply).toEqual({ ok: true, value: { ...centreFile(), language: 'en', hotline: DEFAULT_HOTLINE } });
    expect(services.records.context.centre()).toEqual(centreFile());
  });

  it('with no Bên A yet, puts the settings\' fields over the defaults Bên A printed', () => {
    const store = version3(OLD_SETTINGS);
    migrate(store);
    expect(centreFile()).toEqual({ ...DEFAULT_CENTRE, name: OLD_SETTINGS.name, address: OLD_SETTINGS.address, phone: OLD_SETTINGS.phone, email: OLD_SETTINGS.email, logo: LOGO });
  });

  it('writes no Centre record when the settings were empty, and keeps only the language', () => {
    const store = version3({ name: '', address: '', phone: '', email: '', language: 'vi' }, null);
    migrate(store);
    expect(readFileSync(join(dir, 'records', 'centre.json'), 'utf8')).toBe('null');
    expect(store.get('settings')).toEqual({ language: 'vi' });

    const fresh = version3(undefined);
    rmSync(join(dir, 'records', 'centre.json'), { force: true });
    centreRecordMigration.up(fresh);
    expect(existsSync(join(dir, 'records', 'centre.json'))).toBe(false);
  });

  it('skips a settings field the Centre\'s check refuses, keeping the others', () => {
    const store = version3({ ...OLD_SETTINGS, email: 'không phải thư', logo: 'data:image/png;base64,AAAA' }, BEN_A);
    migrate(store);
    expect(centreFile()).toEqual({ ...BEN_A, phone: OLD_SETTINGS.phone });
  });

  it('changes nothing when run again', () => {
    const store = version3(OLD_SETTINGS, BEN_A);
    migrate(store);
    const once = snapshot(dir);
    centreRecordMigration.up(store);
    expect(snapshot(dir)).toEqual(once);
  });
});
