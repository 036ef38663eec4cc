// The registry of cited acts as the library keeps it: the acts by id, and
// for each act every change ever made to it (who, when, from where, what it
// was before and after), newest last. Saving one act on the screen,
// importing a list and the app's own registry update all go through
// `applyLawChanges`, so each of them leaves the same history. Pure functions
// over the stored value; the library service reads and writes the store.
import { InputError } from '../../contract/errors.js';
import { lawSchema, type Law, type LawChange, type LawImportResult } from '../../contract/library.js';
import { checkLaw, idFromNumber, numberKey, type LawDraft } from './law-file.js';

export interface LawsState {
  laws: Record<string, Law>;
  /** Absent in stores written before the history was kept. */
  lawHistory?: Record<string, LawChange[]>;
  /** The app registry edition the list was last brought up to (registry.ts). */
  registry?: string;
}

export type ChangeMeta = Pick<LawChange, 'at' | 'by' | 'action' | 'source'>;

const FIELDS = Object.keys(lawSchema.shape) as (keyof Law)[];

/** Same content, whatever the order of the keys. */
export function sameLaw(a: Law, b: Law): boolean {
  const keys = new Set([...FIELDS, ...Object.keys(a), ...Object.keys(b)] as (keyof Law)[]);
  return [...keys].every((k) => a[k] === b[k]);
}

/** The acts after `changes` (each `after` goes in under its id), with a history entry for each one that really changed. */
export function applyLawChanges<S extends LawsState>(state: S, changes: { before?: Law; after: Law }[], meta: ChangeMeta): S {
  const laws = { ...state.laws };
  const lawHistory = { ...state.lawHistory };
  for (const { before, after } of changes) {
    laws[after.id] = after;
    if (before && sameLaw(before, after)) continue;
    const entry: LawChange = { at: meta.at, by: meta.by, action: meta.action, ...(meta.source !== undefined && { source: meta.source }), ...(before && { before }), after };
    lawHistory[after.id] = [...(lawHistory[after.id] ?? []), entry];
  }
  return { ...state, laws, lawHistory };
}

/** The stored act with this number, compared as numberKey does ("ND" is "NĐ"). */
export function lawByNumber(laws: Iterable<Law>, number: string): Law | undefined {
  const key = numberKey(number);
  for (const law of laws) if (numberKey(law.number) === key) return law;
  return undefined;
}

/** `wanted`, or wanted-2, wanted-3… if another act has it. */
export function freeId(laws: Record<string, Law>, wanted: string): string {
  let id = wanted;
  for (let n = 2; Object.hasOwn(laws, id); n += 1) id = `${wanted}-${n}`;
  return id;
}

/** One act added or edited on the screen. */
export function saveLaw<S extends LawsState>(state: S, input: unknown, meta: Omit<ChangeMeta, 'action'>): { state: S; law: Law } {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) throw new InputError('văn bản phải là một bản ghi (đối tượng JSON).', { field: 'law' });
  const draft = checkLaw(input as Record<string, unknown>);
  const before = draft.id !== undefined && Object.hasOwn(state.laws, draft.id) ? state.laws[draft.id] : undefined;
  const twin = lawByNumber(Object.values(state.laws), draft.number);
  if (twin && twin.id !== draft.id) {
    throw new InputError(`đã có văn bản số ${twin.number} trong danh mục («${twin.title}»); hãy sửa văn bản đó thay vì thêm mới.`, { field: 'number' });
  }
  const law: Law = { ...draft, id: draft.id ?? freeId(state.laws, idFromNumber(draft.number)) };
  return { state: applyLawChanges(state, [{ before, after: law }], { ...meta, action: before ? 'edited' : 'added' }), law: before && sameLaw(before, law) ? before : law };
}

/** A list from a file: each act is matched by its number, replaced by the file's row when different, or added. */
export function importLaws<S extends LawsState>(state: S, drafts: LawDraft[], meta: Omit<ChangeMeta, 'action'>): { state: S; result: Omit<LawImportResult, 'laws'> } {
  const laws = { ...state.laws };
  const changes = drafts.map((draft) => {
    const before = lawByNumber(Object.values(state.laws), draft.number);
    const id = before?.id ?? (draft.id && !Object.hasOwn(laws, draft.id) ? draft.id : freeId(laws, idFromNumber(draft.number)));
    const after: Law = { ...draft, id };
    laws[id] = after;
    return { before, after };
  });
  const added = changes.filter((c) => !c.before).map((c) => c.after.number);
  const changed = changes.filter((c) => c.before && !sameLaw(c.before, c.after)).map((c) => c.after.number);
  return {
    state: applyLawChanges(state, changes, { ...meta, action: 'imported' }),
    result: { added, changed, unchanged: changes.length - added.length - changed.length },
  };
}
