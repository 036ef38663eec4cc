// The content library through the API: the starter library, search that
// ignores case and diacritics, linked and copied inserts, updating a changed
// link, and the preflight warning for laws no longer in force.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApi, type TestApi } from '../../helpers/api.js';
import type { RenderResult, StoredPublication } from '../../../contract/publications.js';
import type { LibraryCatalogue, LibraryItem } from '../../../contract/library.js';
import { foldForSearch } from '../../../contract/text-fold.js';
import { starterItems } from '../../../services/library/starter.js';

let api: TestApi;
beforeAll(async () => {
  api = await openTestApi('library');
});
afterAll(() => api.close());

const ok = <T,>(method: string, input: unknown) => api.ok<T>(method, input);
// Linking on the server: what a stored publication's linked blocks look like against the library.
const lib = () => api.services.library;

describe('starter library', () => {
  const items = starterItems('2026-01-01T00:00:00.000Z');

  it('has at least 30 items of every kind, each with topics', () => {
    expect(items.length).toBeGreaterThanOrEqual(30);
    expect(new Set(items.map((i) => i.kind))).toEqual(new Set(['qa', 'explanation', 'citation', 'contact']));
    expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
    for (const item of items) expect(item.topics.length).toBeGreaterThan(0);
  });

  it('cites the legal-aid law by article only where the article is one of the certain ones, and says so in its text', async () => {
    const { laws } = await ok<LibraryCatalogue>('library.catalogue', {});
    const lawIds = new Set(laws.map((l) => l.id));
    for (const item of items) {
      for (const c of item.citations) {
        expect(lawIds.has(c.lawId)).toBe(true);
        if (c.article) {
          expect([7, 27]).toContain(c.article);
          expect(JSON.stringify(item.block)).toContain(`Điều ${c.article}`);
        }
      }
    }
    expect(items.some((i) => i.citations.some((c) => c.lawId === 'nd-144-2017'))).toBe(true);
    // Luật 53/2024/QH15 changed its Điều 7 from 01/7/2025 (DOMAIN.md "Law"): amended, still in force.
    expect(laws.find((l) => l.number === '11/2017/QH14')).toMatchObject({ status: 'amended', effective: '2018-01-01', changedBy: '53/2024/QH15', changedOn: '2025-07-01' });
  });
});

describe('search ignores case and diacritics', () => {
  it('folds đ to d and drops marks', () => {
    expect(foldForSearch('Trợ GIÚP  pháp lý, Đất đai')).toBe('tro giup phap ly, dat dai');
  });

  it.each([
    ['tro giup', 'trợ giúp'],
    ['DAT DAI', 'đất đai'],
    ['dieu 27', 'Điều 27'],
    ['dân tộc thiểu số', 'dân tộc thiểu số'],
  ])('"%s" finds items with "%s"', async (query, expected) => {
    const found = await ok<LibraryItem[]>('library.search', { query });
    expect(found.length).toBeGreaterThan(0);
    // An item is found by its own words or by the title and number of the laws it cites.
    const { laws } = await ok<LibraryCatalogue>('library.catalogue', {});
    const searchable = (item: LibraryItem) =>
      JSON.stringify(item) + item.citations.map((c) => JSON.stringify(laws.find((l) => l.id === c.lawId))).join(' ');
    for (const item of found) expect(foldForSearch(searchable(item))).toContain(foldForSearch(expected));
  });

  it('filters by topic and kind; a query that matches nothing finds nothing', async () => {
    const contacts = await ok<LibraryItem[]>('library.search', { kind: 'contact' });
    expect(contacts.map((c) => c.id)).toContain('tong-dai-1800-1233');
    const land = await ok<LibraryItem[]>('library.search', { topic: 'DAT DAI' });
    expect(land.map((i) => i.id)).toEqual(['dat-dai']);
    expect(await ok<LibraryItem[]>('library.search', { query: 'không có mục này xyz' })).toEqual([]);
  });
});

describe('insert into a publication, linked or copied', () => {
  it('a linked item shows when the library changes, and updates on request', async () => {
    const { id } = await ok<StoredPublication>('publications.create', { templateId: 'leaflet-trifold-a4' });
    lib().insert(id, 'mien-phi', 'body', 'link', 0);
    lib().insert(id, 'linh-vuc', 'body', 'copy');
    const { publication } = await ok<StoredPublication>('publications.get', { id });
    expect(publication.slots.body[0]).toMatchObject({ type: 'qa', question: 'Được trợ giúp pháp lý có phải trả tiền không?', library: { itemId: 'mien-phi', revision: 1 } });
    expect(publication.slots.body.at(-1)).not.toHaveProperty('library');
    expect(lib().links(id)).toEqual([
      expect.objectContaining({ slot: 'body', index: 0, itemId: 'mien-phi', state: 'current' }),
    ]);

    const item = lib().get('mien-phi');
    const edited = lib().save({ ...item, block: { ...item.block, answer: 'Không. Mọi khoản đều miễn phí.' } });
    expect(edited.revision).toBe(2);
    expect(lib().links(id)).toEqual([expect.objectContaining({ state: 'changed', revision: 1, current: 2 })]);

    expect(lib().updateLinks(id)).toMatchObject({ updated: 1 });
    const after = (await ok<StoredPublication>('publications.get', { id })).publication.slots.body[0];
    expect(after).toMatchObject({ answer: 'Không. Mọi khoản đều miễn phí.', library: { revision: 2 }, id: publication.slots.body[0].id });
    expect(lib().links(id)).toEqual([expect.objectContaining({ state: 'current' })]);

    lib().remove('mien-phi');
    expect(lib().links(id)).toEqual([expect.objectContaining({ state: 'missing' })]);
  });
});

describe('citation check in preflight', () => {
  const leaflet = (text: string) => ({
    format: 'anpham/publication@1',
    template: 'leaflet-trifold-a4',
    meta: { title: 'Thử trích dẫn' },
    slots: { body: [{ type: 'paragraph', text: 'Mở đầu.' }, { type: 'paragraph', text }] },
  });

  it('warns at the block citing a law that was replaced, naming the law that replaced it', async () => {
    const { findings } = await ok<RenderResult>('render.preview', { publication: leaflet('Theo Luật Trợ giúp pháp lý số 69/2006/QH11, …') });
    const cited = findings.filter((f) => f.code === 'law-not-in-force');
    expect(cited).toEqual([expect.objectContaining({ severity: 'warning', source: { slot: 'body', index: 1 } })]);
    expect(cited[0].message).toContain('11/2017/QH14');
  });

  it('says nothing about a law in force, and follows a status change', async () => {
    const text = 'Theo Nghị định 144/2017/ND-CP (gõ không dấu), …';
    const before = await ok<RenderResult>('render.preview', { publication: leaflet(text) });
    expect(before.findings.filter((f) => f.code.startsWith('law-'))).toEqual([]);
    const { laws } = await ok<LibraryCatalogue>('library.catalogue', {});
    await ok('laws.save', { law: { ...laws.find((l) => l.id === 'nd-144-2017')!, status: 'repealed' }, by: 'Thử nghiệm' });
    const after = await ok<RenderResult>('render.preview', { publication: leaflet(text) });
    expect(after.findings.filter((f) => f.code === 'law-not-in-force')).toHaveLength(1);
  });
});
