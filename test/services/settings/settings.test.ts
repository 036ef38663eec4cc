// The Centre's details in settings (one record, kept with the records: the
// contact box of new publications, Bên A of the papers, the reports), recent
// publications and the first-run sample, through the handlers over the real
// services.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Envelope } from '../../../contract/index.js';
import type { StoredPublication } from '../../../contract/publications.js';
import { createHandlers, dispatch, type Handlers } from '../../../services/dispatch.js';
import { createServices, type Services } from '../../../services/wiring.js';
import { DEFAULT_CENTRE } from '../../../services/records/centre.js';
import { DEFAULT_HOTLINE } from '../../../contract/settings.js';
import type { GeneratedFile } from '../../../contract/papers.js';
import mammoth from 'mammoth';
import { snapshot } from '../records/helpers.js';
import { openConfStore } from '../../../services/storage/conf-store.js';
import { migrate } from '../../../services/migrations.js';
import type { Store } from '../../../services/storage/store.js';

const ROOT = resolve(import.meta.dirname, '..', '..', '..');
const LEAFLET = 'leaflet-trifold-a4';

let dir: string;
let store: Store;
let handlers: Handlers;
let services: Services;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'anpham-settings-'));
  store = openConfStore(dir);
  migrate(store);
  services = await createServices({ appRoot: ROOT, dataDir: dir, store, backups: false });
  handlers = createHandlers(services);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const call = (method: string, input: unknown) => dispatch(handlers, method, input, () => undefined);
function value<T>(envelope: Envelope<unknown>): T {
  if (!envelope.ok) throw new Error(`expected ok, got ${JSON.stringify(envelope.error)}`);
  return envelope.value as T;
}
const centreOf = (p: StoredPublication) => p.publication.variables.centre as Record<string, string>;

describe('settings: the Centre\'s details', () => {
  it('start from the default Bên A, save in NFC into the records\' Centre record and come back', async () => {
    expect(value(await call('settings.get', {}))).toEqual({ ...DEFAULT_CENTRE, language: 'vi', hotline: DEFAULT_HOTLINE });
    const decomposed = 'Trung tâm TGPL Cao Lộc'.normalize('NFD');
    value(await call('settings.save', { settings: { name: decomposed, phone: ' 0205 3 ', email: 'tgpl@langson.gov.vn', address: '' } }));
    const saved = value<Record<string, string>>(await call('settings.get', {}));
    expect(saved).toEqual({ name: 'Trung tâm TGPL Cao Lộc'.normalize('NFC'), phone: '0205 3', email: 'tgpl@langson.gov.vn', language: 'vi', hotline: DEFAULT_HOTLINE });
    // One record: the records' centre file (backed up, in the bundle); the store keeps the language and the hotline.
    const { language, hotline, ...centre } = saved;
    expect(JSON.parse(readFileSync(join(dir, 'records', 'centre.json'), 'utf8'))).toEqual(centre);
    expect(store.get('settings')).toEqual({ language, hotline });
    expect(JSON.parse(services.records.exportBundle()).centre).toEqual(centre);
  });

  it('keep the language when a save leaves it out, and the Centre when only the language changes', async () => {
    value(await call('settings.save', { settings: { name: 'A', language: 'en' } }));
    value(await call('settings.save', { settings: { name: 'B' } }));
    expect(value(await call('settings.get', {}))).toEqual({ name: 'B', language: 'en', hotline: DEFAULT_HOTLINE });
    const result = await call('settings.save', { settings: { name: 'C', language: 'fr' } });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input', field: 'language' } });
    expect(value(await call('settings.get', {}))).toEqual({ name: 'B', language: 'en', hotline: DEFAULT_HOTLINE });
  });

  it('refuse a missing name, a bad email, a logo that is not PNG/JPEG or too large, and unknown fields, changing nothing', async () => {
    value(await call('settings.save', { settings: { name: 'A' } }));
    const before = snapshot(dir);
    for (const [settings, field] of [
      [{ name: '' }, 'name'],
      [{ name: 'B', email: 'không phải thư' }, 'email'],
      [{ name: 'B', logo: 'data:image/svg+xml;base64,PHN2Zz4=' }, 'logo'],
      [{ name: 'B', logo: 'data:image/png;base64,AAAA' }, 'logo'],
      [{ name: 'B', logo: `data:image/png;base64,${'A'.repeat(800_000)}` }, 'logo'],
      [{ name: 'B', colour: 'red' }, undefined],
      [{ name: 'B', hotline: { ...DEFAULT_HOTLINE, number: 'gọi ngay' } }, 'hotline.number'],
      [{ name: 'B', hotline: { ...DEFAULT_HOTLINE, name: ' ' } }, 'hotline.name'],
    ] as const) {
      const result = await call('settings.save', { settings });
      expect(result.ok, JSON.stringify(settings).slice(0, 60)).toBe(false);
      if (!result.ok) {
        expect(result.error.code).toBe('invalid-input');
        if (field) expect(result.error.field).toBe(field);
      }
    }
    expect(value<Record<string, string>>(await call('settings.get', {})).name).toBe('A');
    expect(snapshot(dir)).toEqual(before);
  });

  it('keep a small PNG logo', async () => {
    const logo = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';
    value(await call('settings.save', { settings: { name: 'A', logo } }));
    expect(value<{ logo?: string }>(await call('settings.get', {})).logo).toBe(logo);
  });

  it('fill the contact box of new publications; the starter fills what the settings leave empty', async () => {
    const before = value<StoredPublication>(await call('publications.create', { templateId: LEAFLET }));
    value(await call('settings.save', { settings: { name: 'Chi nhánh TGPL số 1', address: '', phone: '0205 111 222' } }));
    const after = value<StoredPublication>(await call('publications.create', { templateId: LEAFLET }));
    expect(centreOf(after).name).toBe('Chi nhánh TGPL số 1');
    expect(centreOf(after).phone).toBe('0205 111 222');
    expect(centreOf(after).address).toBe(centreOf(before).address);
    // Existing publications keep their own values.
    expect(centreOf(value<StoredPublication>(await call('publications.get', { id: before.id }))).name).toBe(centreOf(before).name);
  });

  it('saved once in Cài đặt, are Bên A of a contract paper made after and the contact box of a new publication', async () => {
    const publication = value<StoredPublication>(await call('publications.create', { templateId: LEAFLET, title: 'Tờ gấp trợ giúp pháp lý' }));
    const printer = value<{ id: string }>(await call('printers.save', { printer: { name: 'Công ty Cổ phần In Lạng Sơn', taxCode: '4900100123' } }));
    const { id } = value<{ id: string }>(await call('contracts.save', {
      contract: { number: '01/2025/HĐ-TGPL', date: '2025-03-03', printerId: printer.id, vatPercent: 8, items: [{ publicationId: publication.id, quantity: 1000, unitPrice: 1500 }] },
    }));
    const paperText = async () => {
      const file = value<GeneratedFile>(await call('papers.contract', { contractId: id, kind: 'contract', format: 'docx' }));
      return (await mammoth.extractRawText({ buffer: Buffer.from(file.base64, 'base64') })).value;
    };
    expect(await paperText()).toContain(`BÊN A (bên đặt in): ${DEFAULT_CENTRE.name.toLocaleUpperCase('vi')}`);

    const centre = {
      agency: 'Sở Tư pháp tỉnh Lạng Sơn',
      name: 'Chi nhánh Trợ giúp pháp lý số 2 huyện Cao Lộc',
      address: 'Số 5 đường Hùng Vương, thị trấn Cao Lộc',
      phone: '0205 3 888 999',
      email: 'tgpl.caoloc@langson.gov.vn',
      taxCode: '4900234567',
      bankAccount: '9527.1.1234567',
      bankName: 'Kho bạc Nhà nước Lạng Sơn',
      representative: 'Hoàng Thị Mai',
      position: 'Giám đốc',
      place: 'Cao Lộc',
    };
    value(await call('settings.save', { settings: { ...centre, language: 'vi' } }));

    const text = await paperText();
    for (const line of [
      'BÊN A (bên đặt in): CHI NHÁNH TRỢ GIÚP PHÁP LÝ SỐ 2 HUYỆN CAO LỘC',
      `- Địa chỉ: ${centre.address}`,
      `- Điện thoại: ${centre.phone}`,
      `- Mã số thuế: ${centre.taxCode}`,
      `- Tài khoản: ${centre.bankAccount} tại ${centre.bankName}`,
      `- Đại diện: ${centre.representative}; chức vụ: ${centre.position}`,
    ]) expect(text).toContain(line);
    expect(text).not.toContain(DEFAULT_CENTRE.name.toLocaleUpperCase('vi'));

    const created = value<StoredPublication>(await call('publications.create', { templateId: LEAFLET }));
    expect(centreOf(created)).toMatchObject({ name: centre.name, address: centre.address, phone: centre.phone, email: centre.email });
    // The reports read the same record: "Kính gửi" the governing body, the Centre reporting by name.
    const report = (await mammoth.extractRawText({ buffer: Buffer.from((await services.reports.file('docx')).bytes) })).value;
    expect(report).toContain(`Kính gửi: ${centre.agency}`);
    expect(report).toContain(`${centre.name} kính báo cáo.`);
  });
});

describe('settings: the hotline', () => {
  const hotlineOf = (p: StoredPublication) => p.publication.variables.hotline as Record<string, string>;

  it('starts as the national hotline, and new publications print the one saved in Cài đặt', async () => {
    const before = value<StoredPublication>(await call('publications.create', { templateId: LEAFLET }));
    expect(hotlineOf(before)).toEqual(DEFAULT_HOTLINE);
    const provincial = { ...DEFAULT_HOTLINE, name: 'Đường dây nóng của Trung tâm', number: '0205 3 812 999', hours: '7:30–17:00 các ngày làm việc' };
    value(await call('settings.save', { settings: { name: 'Trung tâm', hotline: provincial } }));
    expect(value<{ hotline: unknown }>(await call('settings.get', {})).hotline).toEqual(provincial);
    expect(hotlineOf(value<StoredPublication>(await call('publications.create', { templateId: LEAFLET })))).toEqual(provincial);
    // Publications already made keep theirs (preflight says they differ: test/services/library/contact-checks.test.ts).
    expect(hotlineOf(value<StoredPublication>(await call('publications.get', { id: before.id })))).toEqual(DEFAULT_HOTLINE);
    // A save without the hotline (an older client) keeps it.
    value(await call('settings.save', { settings: { name: 'Trung tâm' } }));
    expect(value<{ hotline: unknown }>(await call('settings.get', {})).hotline).toEqual(provincial);
  });
});

describe('recent publications and the sample', () => {
  it('list the most recently opened first, at most five, without deleted ones', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 7; i++) ids.push(value<StoredPublication>(await call('publications.create', { templateId: LEAFLET, title: `T${i}` })).id);
    for (const id of ids) value(await call('publications.opened', { id }));
    value(await call('publications.opened', { id: ids[2] }));
    value(await call('publications.delete', { id: ids[6] }));
    const recent = value<{ id: string }[]>(await call('publications.recent', {}));
    expect(recent.map((r) => r.id)).toEqual([ids[2], ids[5], ids[4], ids[3]]);
    expect((await call('publications.opened', { id: 'khong-co' })).ok).toBe(false);
  });

  it('createSample stores the sample leaflet\'s content', async () => {
    const sample = JSON.parse(readFileSync(join(ROOT, 'samples/leaflet-tgpl.json'), 'utf8'));
    const created = value<StoredPublication>(await call('publications.createSample', {}));
    expect(created.publication.meta.title).toBe(sample.meta.title);
    expect(created.publication.slots.body.length).toBe(sample.slots.body.length);
    expect(value<{ id: string }[]>(await call('publications.list', {})).map((p) => p.id)).toEqual([created.id]);
  });
});
