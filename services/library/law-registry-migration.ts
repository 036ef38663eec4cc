// Store migration: the content library's law list becomes the registry of
// cited acts (docs/content-library.md) and is brought up to the edition the
// app ships (registry.ts), without losing what the Centre changed itself.
//
// 1. Old shapes are read into the new one: `expired` is `repealed`; an act
//    `replacedBy` another (by id) now names that act's number and the day it
//    took effect; each act gets a type (from the edition, or its title).
// 2. An act of the edition that the store has (same id, or same number) is
//    merged field by field: a field that is empty, or still holds a value an
//    earlier app wrote (laws-shipped-before.json), takes the edition's value;
//    any other value is the Centre's edit and stays. So 11/2017/QH14
//    becomes "amended by 53/2024/QH15" unless the Centre had set it itself.
//    A merge that would not pass the act's check keeps the Centre's act.
// 3. Acts of the edition the store lacks are added; the Centre's own acts
//    are kept as they are. Every act changed gets a history entry by the app.
// Running it again changes nothing.
import type { Law } from '../../contract/library.js';
import { lawSchema } from '../../contract/library.js';
import type { Migration } from '../storage/migrations.js';
import { typeFromTitle } from './law-file.js';
import { applyLawChanges, freeId, lawByNumber, type LawsState } from './laws.js';
import shipped from './laws-shipped-before.json';
import { LAW_REGISTRY, REGISTRY_EDITION } from './registry.js';
import { LIBRARY_KEY } from './state.js';

/** Who the history names for the app's own update. */
export const REGISTRY_AUTHOR = 'Ứng dụng Ấn phẩm TGPL';

type Stored = Record<string, unknown>;
const isRecord = (value: unknown): value is Stored => typeof value === 'object' && value !== null && !Array.isArray(value);
const SHIPPED: Record<string, Stored[]> = shipped.acts;

/** An act as an older store kept it, in today's shape (not yet checked). */
function modernise(old: Stored, all: Record<string, Stored>): Law {
  const { replacedBy, ...rest } = old;
  const law: Stored = Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined && v !== ''));
  if (law.status === 'expired') law.status = 'repealed';
  // The act that replaced it, as the store has it or (deleted since) as the app shipped it.
  const by = typeof replacedBy !== 'string' ? undefined : isRecord(all[replacedBy]) ? all[replacedBy] : SHIPPED[replacedBy]?.[0];
  if (by && law.changedBy === undefined && typeof by.number === 'string') {
    law.changedBy = by.number;
    if (typeof by.effective === 'string') law.changedOn = by.effective;
  }
  if (law.type === undefined) {
    const fromRegistry = typeof law.number === 'string' ? lawByNumber(LAW_REGISTRY, law.number)?.type : undefined;
    law.type = fromRegistry ?? typeFromTitle(typeof law.title === 'string' ? law.title : '');
  }
  return law as Law;
}

/** Field by field: the edition's value where the store has none or one an earlier app wrote, the Centre's otherwise. */
function merge(stored: Law, bases: Law[], edition: Law): Law {
  const keys = new Set([...Object.keys(stored), ...Object.keys(edition)]) as Set<keyof Law>;
  const merged: Stored = { id: stored.id };
  for (const key of keys) {
    if (key === 'id') continue;
    const appsOwn = stored[key] === undefined || stored[key] === edition[key] || bases.some((b) => b[key] === stored[key]);
    const value = appsOwn ? edition[key] : stored[key];
    if (value !== undefined) merged[key] = value;
  }
  return lawSchema.safeParse(merged).success ? (merged as Law) : stored;
}

export function upgradeLaws<S extends LawsState>(library: S, at: string): S {
  const old = isRecord(library.laws) ? (library.laws as Record<string, Stored>) : {};
  const modern = Object.values(old).filter(isRecord).map((law) => modernise(law, old));
  const byId = new Map(modern.map((law) => [law.id, law]));
  const changes: { before?: Law; after: Law }[] = [];
  const taken: Record<string, Law> = Object.fromEntries(byId);
  const matched = new Set<string>();
  for (const edition of LAW_REGISTRY) {
    const stored = byId.get(edition.id) ?? lawByNumber(modern, edition.number);
    if (stored) {
      matched.add(stored.id);
      const bases = (SHIPPED[stored.id] ?? []).map((b) => modernise(b, old));
      changes.push({ before: old[stored.id] as Law, after: merge(stored, bases, edition) });
    } else {
      const id = freeId(taken, edition.id);
      taken[id] = { ...edition, id };
      changes.push({ after: taken[id] });
    }
  }
  // The Centre's own acts: only their shape changes.
  for (const law of modern) if (!matched.has(law.id)) changes.push({ before: old[law.id] as Law, after: law });
  const next = applyLawChanges({ ...library, laws: {} }, changes, { at, by: REGISTRY_AUTHOR, action: 'registry', source: REGISTRY_EDITION });
  return { ...next, registry: REGISTRY_EDITION };
}

export const lawRegistryMigration: Migration = {
  version: 6,
  description: `danh mục văn bản pháp luật được trích dẫn: loại văn bản, văn bản sửa đổi, thay thế, bãi bỏ và ngày tác động, lịch sử thay đổi; cập nhật theo danh mục ${REGISTRY_EDITION} mà vẫn giữ những gì Trung tâm đã sửa`,
  up(store) {
    const library = store.get(LIBRARY_KEY);
    if (isRecord(library)) store.set(LIBRARY_KEY, upgradeLaws(library as unknown as LawsState, new Date().toISOString()));
  },
};
