// The Centre's details in settings, recent publications and the first-run
// sample, through the handlers over the real services.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Envelope, StoredPublication } from '../../../contract/index.js';
import { createHandlers, dispatch, type Handlers } from '../../../services/dispatch.js';
import { createServices } from '../../../services/wiring.js';
import { openConfStore } from '../../../services/storage/conf-store.js';
import { migrateStore } from '../../../services/storage/migrations.js';
import type { Store } from '../../../services/storage/store.js';

const ROOT = resolve(import.meta.dirname, '..', '..', '..');
const LEAFLET = 'leaflet-trifold-a4';

let dir: string;
let store: Store;
let handlers: Handlers;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'anpham-settings-'));
  store = openConfStore(dir);
  migrateStore(store);
  handlers = createHandlers(await createServices({ appRoot: ROOT, dataDir: dir, store, transport: 'http', version: '0.0.0' }));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const call = (method: string, input: unknown) => dispatch(handlers, method, input, () => undefined);
function value<T>(envelope: Envelope<unknown>): T {
  if (!envelope.ok) throw new Error(`expected ok, got ${JSON.stringify(envelope.error)}`);
  return envelope.value as T;
}
const centreOf = (p: StoredPublication) => p.publication.variables.centre as Record<string, string>;

describe('settings: the Centre\'s details', () => {
  it('start empty, save in NFC and come back', async () => {
    expect(value(await call('settings.get', {}))).toEqual({ name: '', address: '', phone: '', email: '', language: 'vi' });
    const decomposed = 'Trung tâm TGPL Cao Lộc'.normalize('NFD');
    value(await call('settings.save', { settings: { name: decomposed, phone: ' 0205 3 ', email: 'tgpl@langson.gov.vn' } }));
    const saved = value<Record<string, string>>(await call('settings.get', {}));
    expect(saved.name).toBe('Trung tâm TGPL Cao Lộc'.normalize('NFC'));
    expect(saved.phone).toBe('0205 3');
    expect(store.get('settings')).toEqual(saved);
  });

  it('refuse a bad email, a logo that is not PNG/JPEG or too large, and unknown fields, changing nothing', async () => {
    value(await call('settings.save', { settings: { name: 'A' } }));
    for (const settings of [
      { email: 'không phải thư' },
      { logo: 'data:image/svg+xml;base64,PHN2Zz4=' },
      { logo: `data:image/png;base64,${'A'.repeat(800_000)}` },
      { colour: 'red' },
    ]) {
      const result = await call('settings.save', { settings });
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.code).toBe('invalid-input');
    }
    expect(value<Record<string, string>>(await call('settings.get', {})).name).toBe('A');
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
