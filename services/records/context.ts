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
