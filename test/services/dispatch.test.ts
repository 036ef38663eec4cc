import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { API_METHODS, type Envelope } from '../../contract/index.js';
import { type RenderResult, type StoredPublication } from '../../contract/publications.js';
import { createHandlers, dispatch, type Handlers } from '../../services/dispatch.js';
import type { Services } from '../../services/wiring.js';
import { InputError } from '../../contract/errors.js';
import type { LaidOutDocument } from '../../engine/layout/types.js';
import { createPublicationService } from '../../services/publications/service.js';
import { safeFileName } from '../../services/publications/render-result.js';
import { createServices } from '../../services/wiring.js';
import { templateSchema } from '../../engine/template-schema.js';
import { requireTools, run } from '../helpers/tools.js';
import { openConfStore } from '../../services/storage/conf-store.js';
import { migrate } from '../../services/migrations.js';
import type { Store } from '../../services/storage/store.js';

const starter = (title = 'Tờ gấp mới') => ({
  format: 'anpham/publication@1' as const,
  template: 'leaflet-trifold-a4',
  meta: { title },
  variables: {},
  slots: { cover: [], body: [{ type: 'paragraph' as const, text: 'Trợ giúp pháp lý miễn phí.' }], back: [] },
});

function layoutOf(labels: string[], trim: [number, number]): LaidOutDocument {
  return {
    title: 'x',
    language: 'vi',
    overflow: [{ flow: 'body', label: 'Nội dung chính', overflowMm: 12.5, blocks: [{ slot: 'body', index: 3 }] }],
    missingGlyphs: [],
    pages: labels.map((label) => ({
      label,
      trimWidth: trim[0],
      trimHeight: trim[1],
      bleed: 8.5,
      folds: [283.5, 566.9],
      frames: [{ panelId: 'p1', label: 'Trang 1', flow: 'body', x: 14, y: 14, width: 255, height: 567 }],
      items: [],
    })),
  };
}

let dir: string;
let store: Store;
let services: Services;
let handlers: Handlers;
let clock: number;

const ROOT = join(import.meta.dirname, '..', '..');

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'anpham-handlers-'));
  store = openConfStore(dir);
  migrate(store);
  clock = Date.parse('2025-01-01T00:00:00Z');
  const real = await createServices({ appRoot: ROOT, dataDir: dir, store, backups: false });
  // The real services, with a clock that ticks per save (list order) and a
  // render the tests set (what dispatch makes of a result or a failure).
  services = {
    ...real,
    publications: createPublicationService(
      store,
      {
        starter: (id, title) => {
          if (id !== 'leaflet-trifold-a4') throw new InputError(`không có mẫu "${id}"`, { field: 'template' });
          return starter(title);
        },
        kindOf: () => 'leaflet',
      },
      () => new Date((clock += 1000)),
    ),
    render: vi.fn(),
  };
  handlers = createHandlers(services);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const call = (method: string, input: unknown, log = vi.fn()) => dispatch(handlers, method, input, log);
function value<T>(envelope: Envelope<unknown>): T {
  if (!envelope.ok) throw new Error(`expected ok, got ${JSON.stringify(envelope.error)}`);
  return envelope.value as T;
}

describe('createHandlers', () => {
  it('binds every method of the contract', () => {
    expect(Object.keys(handlers).sort()).toEqual([...API_METHODS].sort());
  });
});

describe('dispatch: validation', () => {
  it('refuses a method the contract does not have', async () => {
    const result = await call('publications.drop', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(await call('__proto__', {})).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it.each([
    ['publications.get', { id: '../etc' }, 'id'],
    ['publications.get', {}, 'id'],
    ['publications.create', { templateId: 'leaflet-trifold-a4', title: 7 }, 'title'],
  ])('%s %j names the field in Vietnamese', async (method, input, field) => {
    const result = await call(method, input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('invalid-input');
    expect(result.error.field).toBe(field);
    expect(result.error.message).toMatch(/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/);
  });

  it('refuses unknown keys and input that is not an object', async () => {
    expect(await call('settings.get', { extra: 1 })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await call('publications.list', 'x')).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });
});

describe('dispatch: publications', () => {
  it('creates, lists newest first, opens, saves and deletes', async () => {
    const a = value<StoredPublication>(await call('publications.create', { templateId: 'leaflet-trifold-a4', title: 'Tờ gấp A' }));
    const b = value<StoredPublication>(await call('publications.create', { templateId: 'leaflet-trifold-a4' }));
    expect(a.id).toMatch(/^[A-Za-z0-9_-]{1,80}$/);
    expect(a.id).not.toBe(b.id);
    expect(a.publication.meta.title).toBe('Tờ gấp A');
    expect(new Date(a.createdAt).toISOString()).toBe(a.createdAt);

    let list = value<{ id: string }[]>(await call('publications.list', {}));
    expect(list.map((s) => s.id)).toEqual([b.id, a.id]);

    const edited = { ...a.publication, meta: { title: 'Tờ gấp A (sửa)' } };
    const saved = value<{ updatedAt: string }>(await call('publications.save', { id: a.id, publication: edited }));
    list = value(await call('publications.list', {}));
    expect(list[0]).toMatchObject({ id: a.id, title: 'Tờ gấp A (sửa)', kind: 'leaflet', updatedAt: saved.updatedAt, createdAt: a.createdAt });

    const reopened = value<StoredPublication>(await call('publications.get', { id: a.id }));
    expect(reopened.publication.meta.title).toBe('Tờ gấp A (sửa)');

    expect(value(await call('publications.delete', { id: a.id }))).toEqual({ deleted: true });
    expect(await call('publications.get', { id: a.id })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(value<unknown[]>(await call('publications.list', {}))).toHaveLength(1);
  });

  it('stores text in NFC even when it arrives decomposed', async () => {
    const a = value<StoredPublication>(await call('publications.create', { templateId: 'leaflet-trifold-a4' }));
    const decomposed = 'Trợ giúp pháp lý'.normalize('NFD');
    await call('publications.save', { id: a.id, publication: { ...a.publication, meta: { title: decomposed } } });
    const reopened = value<StoredPublication>(await call('publications.get', { id: a.id }));
    expect(reopened.publication.meta.title).toBe('Trợ giúp pháp lý'.normalize('NFC'));
  });

  it('an invalid publication is refused with its field, and the store is left byte for byte as it was', async () => {
    const a = value<StoredPublication>(await call('publications.create', { templateId: 'leaflet-trifold-a4' }));
    const before = readFileSync(store.path, 'utf8');
    const broken = { ...a.publication, slots: { body: [{ type: 'video', text: 'x' }] } };
    const result = await call('publications.save', { id: a.id, publication: broken });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('invalid-input');
    expect(result.error.field).toBe('slots.body[0].type');
    expect(result.error.message).toContain('video');
    expect(readFileSync(store.path, 'utf8')).toBe(before);
  });

  it('maps an InputError from a service to invalid-input with its field', async () => {
    const result = await call('publications.create', { templateId: 'to-roi' });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input', field: 'template' } });
    if (!result.ok) expect(result.error.message).toContain('to-roi');
  });

  it('saving or deleting an id that does not exist is not-found and writes nothing', async () => {
    const before = readFileSync(store.path, 'utf8');
    expect(await call('publications.save', { id: 'khong-co', publication: starter() })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(await call('publications.delete', { id: 'khong-co' })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(readFileSync(store.path, 'utf8')).toBe(before);
  });
});

describe('dispatch: failures that are bugs', () => {
  it('are logged and reported without their details', async () => {
    vi.mocked(services.render).mockRejectedValue(new Error('secret /home/an/path'));
    const log = vi.fn();
    const result = await call('render.preview', { publication: starter() }, log);
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    if (!result.ok) expect(result.error.message).not.toContain('secret');
    expect(log).toHaveBeenCalledOnce();
  });
});

const leafletDefinition = () =>
  templateSchema.parse(JSON.parse(readFileSync(join(ROOT, 'templates/leaflet-trifold-a4/template.json'), 'utf8')));

describe('render results', () => {
  it('carry the PDF, a safe file name, overflow and findings as the pipeline gave them', async () => {
    const trim: [number, number] = [841.89, 595.28];
    const pdf = Buffer.from('%PDF-1.7 (bytes of the render)');
    vi.mocked(services.render).mockResolvedValue({
      publication: { meta: { title: 'Tờ gấp: Trợ giúp pháp lý/2025?' } },
      pack: { definition: leafletDefinition() },
      layout: layoutOf(['Mặt ngoài', 'Mặt trong'], trim),
      pdf,
      findings: [{ severity: 'error', code: 'overflow', message: 'Tràn nội dung' }],
    });
    const result = value<RenderResult>(await call('render.preview', { publication: starter() }));
    expect(Buffer.from(result.pdfBase64, 'base64').equals(pdf)).toBe(true);
    expect(result.fileName).toBe('Tờ gấp Trợ giúp pháp lý 2025.pdf');
    expect(result.pages.map((p) => p.label)).toEqual(['Mặt ngoài', 'Mặt trong']);
    expect(result.pages[0]).toMatchObject({ trimWidth: trim[0], trimHeight: trim[1], bleed: 8.5, folds: [283.5, 566.9] });
    expect(result.pages[0].frames[0]).toEqual({ panelId: 'p1', label: 'Trang 1', flow: 'body', x: 14, y: 14, width: 255, height: 567 });
    expect(result.overflow[0].overflowMm).toBe(12.5);
    expect(result.findings[0].code).toBe('overflow');
    expect(result.ms).toBeGreaterThanOrEqual(0);
  });
});

describe('handlers over the real pipeline', () => {
  const ok = requireTools('pdfinfo');

  it.skipIf(!ok)('render.preview of the sample places the trim where the PDF TrimBox says', async () => {
    const real = createHandlers(await createServices({ appRoot: ROOT, dataDir: dir, store }));
    const sample = JSON.parse(readFileSync(join(ROOT, 'samples/leaflet-tgpl.json'), 'utf8'));
    const result = value<RenderResult>(await dispatch(real, 'render.preview', { publication: sample }));
    const file = join(dir, result.fileName);
    writeFileSync(file, Buffer.from(result.pdfBase64, 'base64'));
    const info = run('pdfinfo', ['-box', '-f', '1', '-l', '99', file]);
    const box = (page: number, name: string) =>
      new RegExp(`Page\\s+${page} ${name}:\\s+([\\d.]+)\\s+([\\d.]+)\\s+([\\d.]+)\\s+([\\d.]+)`).exec(info)!.slice(1).map(Number);
    expect(result.pages.length).toBe(Number(/Pages:\s+(\d+)/.exec(info)![1]));
    result.pages.forEach((page, i) => {
      const media = box(i + 1, 'MediaBox');
      const trimBox = box(i + 1, 'TrimBox');
      expect(page.mediaWidth).toBeCloseTo(media[2] - media[0], 1);
      expect(page.mediaHeight).toBeCloseTo(media[3] - media[1], 1);
      expect(page.trimX).toBeCloseTo(trimBox[0] - media[0], 1);
      // The preview counts y from the top, PDF boxes from the bottom.
      expect(page.trimY).toBeCloseTo(media[3] - trimBox[3], 1);
      expect(page.trimWidth).toBeCloseTo(trimBox[2] - trimBox[0], 1);
    });
    expect(result.fileName).toBe(`${safeFileName(sample.meta.title)}.pdf`);
  });

  it('templates.list and publications.create use the built-in packs', async () => {
    const real = createHandlers(await createServices({ appRoot: ROOT, dataDir: dir, store }));
    const list = value<{ templates: { id: string; source: string; trimMm: unknown }[] }>(await dispatch(real, 'templates.list', {}));
    expect(list.templates).toContainEqual(expect.objectContaining({ id: 'leaflet-trifold-a4', source: 'builtin', trimMm: { width: 297, height: 210 } }));
    const leaflet = list.templates.find((t) => t.id === 'leaflet-trifold-a4');
    const body = (leaflet as unknown as { slots: { name: string; frames?: string[] }[] }).slots.find((s) => s.name === 'body');
    expect(body?.frames).toEqual(leafletDefinition().slots.body.frames);
    const created = value<StoredPublication>(await dispatch(real, 'publications.create', { templateId: 'leaflet-trifold-a4', title: 'Tờ gấp thử' }));
    expect(created.publication.template).toBe('leaflet-trifold-a4');
    expect(value<{ kind: string }[]>(await dispatch(real, 'publications.list', {}))[0]).toMatchObject({ id: created.id, kind: 'leaflet', title: 'Tờ gấp thử' });
  });
});

describe('safeFileName', () => {
  it('keeps Vietnamese letters and drops what file systems refuse', () => {
    expect(safeFileName('Quyền được trợ giúp pháp lý')).toBe('Quyền được trợ giúp pháp lý');
    expect(safeFileName('a<b>c:d"e/f\\g|h?i*j')).toBe('a b c d e f g h i j');
    expect(safeFileName('  ..Tờ gấp.. ')).toBe('Tờ gấp');
    expect(safeFileName('Tờ'.normalize('NFD'))).toBe('Tờ'.normalize('NFC'));
    expect(safeFileName('CON')).toBe('an-pham');
    expect(safeFileName('///')).toBe('an-pham');
    expect(safeFileName('x'.repeat(500)).length).toBeLessThanOrEqual(120);
  });
});
