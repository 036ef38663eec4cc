// The store migration that turns the library's law list into the registry of
// cited acts: a store written by the previous app (its starter laws, plus
// what the Centre changed and added) comes out with the 2026-12 edition —
// 11/2017/QH14 amended by 53/2024/QH15 — while every edit of the Centre's
// stays, old shapes (`expired`, `replacedBy`) are read into the new one,
// each change is in the act's history, and running it again changes nothing.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { lawSchema, type Law, type LawChange } from '../../../contract/library.js';
import shipped from '../../../services/library/laws-shipped-before.json';
import { lawRegistryMigration, REGISTRY_AUTHOR } from '../../../services/library/law-registry-migration.js';
import { MIGRATIONS } from '../../../services/migrations.js';
import { openConfStore } from '../../../services/storage/conf-store.js';
import type { Store } from '../../../services/storage/store.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'anpham-migrate-laws-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

interface Library {
  items: Record<string, unknown>;
  laws: Record<string, Law>;
  lawHistory: Record<string, LawChange[]>;
  registry: string;
}

/** The laws the previous app wrote into new stores (its last starter list). */
const previousLaws = () => Object.fromEntries(Object.entries(shipped.acts).map(([id, versions]) => [id, structuredClone(versions.at(-1)!)]));

const ITEM = { id: 'muc-rieng', kind: 'citation', title: 'Trích dẫn của Trung tâm', topics: ['x'], tags: [], block: { type: 'paragraph', text: 'x' }, citations: [{ lawId: 'luat-tgpl-2006' }], revision: 3, updatedAt: '2025-01-02T00:00:00.000Z' };

function oldStore(edit: (laws: Record<string, Record<string, unknown>>) => void): Store {
  const laws = previousLaws();
  edit(laws);
  writeFileSync(join(dir, 'store.json'), JSON.stringify({ schemaVersion: 5, library: { items: { [ITEM.id]: ITEM }, laws } }));
  return openConfStore(dir);
}
const libraryOf = (store: Store) => store.get('library') as Library;

describe('law registry migration', () => {
  it('is registered after version 5', () => {
    const index = MIGRATIONS.indexOf(lawRegistryMigration);
    expect(index).toBeGreaterThan(MIGRATIONS.findIndex((m) => m.version === 5));
    expect(lawRegistryMigration.version).toBeGreaterThan(5);
  });

  it('brings the previous starter laws up to the 2026-12 edition and adds the acts they lacked', () => {
    const store = oldStore(() => undefined);
    lawRegistryMigration.up(store);
    const { laws, lawHistory, registry, items } = libraryOf(store);
    expect(registry).toBe('2026-12');
    expect(items).toEqual({ [ITEM.id]: ITEM });
    expect(laws['luat-tgpl-2017']).toMatchObject({ status: 'amended', changedBy: '53/2024/QH15', changedOn: '2025-07-01', type: 'law' });
    // The old `replacedBy` (an id) is now the acting act's number and the day it took effect.
    expect(laws['luat-tgpl-2006']).toMatchObject({ title: 'Luật Trợ giúp pháp lý', status: 'replaced', changedBy: '11/2017/QH14', changedOn: '2018-01-01' });
    expect(laws['luat-tgpl-2006']).not.toHaveProperty('replacedBy');
    for (const number of ['59/2024/QH15', '36/2005/QH11', '22/2023/QH15', '60/2014/QH13']) expect(Object.values(laws).map((l) => l.number)).toContain(number);
    for (const law of Object.values(laws)) expect(lawSchema.safeParse(law).success, law.number).toBe(true);
    expect(lawHistory['luat-tgpl-2017']).toEqual([
      expect.objectContaining({ by: REGISTRY_AUTHOR, action: 'registry', source: '2026-12', before: expect.objectContaining({ status: 'in-force' }), after: laws['luat-tgpl-2017'] }),
    ]);
    expect(lawHistory['luat-tpnctn-2024']).toEqual([expect.not.objectContaining({ before: expect.anything() })]);
  });

  it('keeps what the Centre changed and added, in today\'s shape', () => {
    const store = oldStore((laws) => {
      laws['nd-144-2017'].note = 'Ghi chú riêng của Trung tâm.';
      laws['blds-2015'].title = 'Bộ luật Dân sự năm 2015';
      // The Centre had already marked the law amended (no acting act could be given then).
      laws['luat-tgpl-2017'].status = 'amended';
      laws['nd-07-2007'] = { id: 'nd-07-2007', number: '07/2007/NĐ-CP', title: 'Nghị định hướng dẫn Luật Trợ giúp pháp lý năm 2006', status: 'expired', replacedBy: 'nd-144-2017' };
      // …and had added an act the edition now has, under an id of its own.
      laws['luat-59'] = { id: 'luat-59', number: '59/2024/QH15', title: 'Luật Tư pháp người chưa thành niên (Trung tâm nhập)', status: 'in-force' };
    });
    lawRegistryMigration.up(store);
    const { laws, lawHistory } = libraryOf(store);
    expect(laws['nd-144-2017']).toMatchObject({ note: 'Ghi chú riêng của Trung tâm.', issued: '2017-12-15', type: 'decree' });
    expect(laws['blds-2015']).toMatchObject({ title: 'Bộ luật Dân sự năm 2015', type: 'code', effective: '2017-01-01' });
    expect(laws['luat-tgpl-2017']).toMatchObject({ status: 'amended', changedBy: '53/2024/QH15' });
    expect(laws['nd-07-2007']).toEqual({ id: 'nd-07-2007', number: '07/2007/NĐ-CP', title: 'Nghị định hướng dẫn Luật Trợ giúp pháp lý năm 2006', type: 'decree', status: 'repealed', changedBy: '144/2017/NĐ-CP' });
    expect(lawHistory['nd-07-2007']).toEqual([expect.objectContaining({ before: expect.objectContaining({ status: 'expired', replacedBy: 'nd-144-2017' }) })]);
    expect(laws['luat-59']).toMatchObject({ title: 'Luật Tư pháp người chưa thành niên (Trung tâm nhập)', effective: '2026-01-01' });
    expect(Object.values(laws).filter((l) => l.number === '59/2024/QH15')).toHaveLength(1);
  });

  it('changes nothing when run again, and leaves a store without a library alone', () => {
    const store = oldStore((laws) => {
      laws['nd-144-2017'].note = 'Ghi chú riêng của Trung tâm.';
    });
    lawRegistryMigration.up(store);
    const once = structuredClone(libraryOf(store));
    lawRegistryMigration.up(store);
    expect(libraryOf(store)).toEqual(once);

    const empty = openConfStore(mkdtempSync(join(tmpdir(), 'anpham-migrate-laws-empty-')));
    lawRegistryMigration.up(empty);
    expect(empty.get('library')).toBeUndefined();
    rmSync(join(empty.path, '..'), { recursive: true, force: true });
  });
});
