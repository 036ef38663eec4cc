// What the records service lends the features built on the record set
// (distribution, reports, papers): the current set, its all-or-nothing
// commit (checked as a whole, written durably) and the publication catalogue.
import type { Centre, Collection, PublicationEntry, RecordSet } from '../../contract/record-schemas.js';

export interface RecordsContext {
  state(): RecordSet;
  commit(next: RecordSet, changed: readonly (Collection | 'centre')[], focus?: { collection: Collection; id: string }): void;
  catalogue(): PublicationEntry[];
  centre(): Centre;
}

/** `list` with `record` put in place of the one with its id, or appended: how a feature builds the next set. */
export const upsert = <T extends { id: string }>(list: readonly T[], record: T): T[] => {
  const at = list.findIndex((r) => r.id === record.id);
  return at < 0 ? [...list, record] : list.map((r, i) => (i === at ? record : r));
};
