// The records service: printers, print contracts, deliveries and stock, kept
// in memory and written through to the records/ files. Every change is made
// on a copy of the whole record set, checked (each record's schema, then the
// rules between records), and only then written: on any error nothing is
// saved. Publications come from the records' own register plus the ones the
// editors keep; a contract line that uses an editor's publication copies its id,
// kind and title into the register, so bundles carry every title they use.
import { randomUUID } from 'node:crypto';
import { InputError } from '../../contract/errors.js';
import { checkWithSchema } from '../../engine/validate.js';
import { createBackup, listBackups, restoreBackup, type BackupInfo } from '../storage/backups.js';
import { openRecordFiles } from '../storage/record-files.js';
import type { Store } from '../storage/store.js';
import type { ContractSummary, ContractView, StockRow } from '../../contract/records.js';
import { issueError, readBundle, writeBundle, BUNDLE_FORMAT } from './bundle.js';
import type { RecordsContext } from './context.js';
import { findIssue, statusRank, STATUS_NAMES } from './integrity.js';
import { byDate, deliveredByLine, stockBalances } from './ledger.js';
import { amountInWords, lineAmount, totalsOf } from '../../contract/money.js';
import { NotFoundError } from '../../contract/errors.js';
import { centreRecordSchema, DEFAULT_CENTRE } from './centre.js';
import {
  COLLECTIONS, CONTRACT_STATUSES, contractSchema, deliverySchema, printerSchema,
  type Centre, type Collection, type Contract, type ContractStatus, type Delivery, type Printer, type PublicationEntry, type RecordSet,
} from '../../contract/record-schemas.js';

export { DEFAULT_CENTRE };

/** A backup is taken at most this often while records are being changed. */
const PERIODIC_BACKUP_MS = 30 * 60 * 1000;

export interface RecordsOptions {
  dataDir: string;
  /** Already opened and migrated; migrated again after a restore. */
  store: Store;
  /** The editor's publications (id, kind, title), offered beside the register. */
  editorPublications: () => PublicationEntry[];
  /** Brings the store up to date again after a restore (services/migrations.ts). */
  migrate(store: Store): void;
  /** Back up when opened and every so often while changing (the app and `serve`; not one-shot CLI commands). */
  backups?: boolean;
  now?: () => Date;
}

export type RecordsService = ReturnType<typeof createRecordsService>;

export function createRecordsService(options: RecordsOptions) {
  const { dataDir, store, editorPublications, now = () => new Date() } = options;
  const files = openRecordFiles(dataDir);
  let lastBackup = 0;
  if (options.backups) backup('open');
  let state = load();

  function load(): RecordSet {
    const value: Record<string, unknown> = { format: BUNDLE_FORMAT };
    // An import without Bên A writes null: the Centre's details are then the defaults again.
    const centre = files.read('centre');
    if (centre !== undefined && centre !== null) value.centre = centre;
    for (const name of COLLECTIONS) value[name] = files.read(name) ?? [];
    return readBundle(value, files.dir);
  }

  function backup(reason: 'open' | 'periodic'): void {
    createBackup(dataDir, reason, { onlyIfChanged: true, now: now() });
    lastBackup = now().getTime();
  }

  /**
   * Checks `next` as a whole and writes the changed collections. A problem
   * with `focus` (the record being saved) names the form field; a problem
   * the change causes elsewhere names that other record.
   */
  function commit(next: RecordSet, changed: readonly (Collection | 'centre')[], focus?: { collection: Collection; id: string }): void {
    const issue = findIssue(next);
    if (issue) {
      if (focus && issue.collection === focus.collection && issue.id === focus.id) throw new InputError(issue.message, { field: issue.field });
      throw issueError(issue);
    }
    files.write(Object.fromEntries(changed.map((name) => [name, next[name]])));
    state = next;
    if (options.backups && now().getTime() - lastBackup > PERIODIC_BACKUP_MS) backup('periodic');
  }

  const catalogue = (): PublicationEntry[] => {
    const registered = new Set(state.publications.map((p) => p.id));
    return [...state.publications, ...editorPublications().filter((p) => !registered.has(p.id))];
  };

  /** The register with every editor publication `ids` names added to it. */
  const registerWith = (ids: Iterable<string>): PublicationEntry[] => {
    const registered = new Set(state.publications.map((p) => p.id));
    const fromEditor = new Map(editorPublications().map((p) => [p.id, p]));
    const added = [...new Set(ids)].filter((id) => !registered.has(id) && fromEditor.has(id)).map((id) => fromEditor.get(id)!);
    return added.length ? [...state.publications, ...added] : state.publications;
  };

  const titles = () => new Map(catalogue().map((p) => [p.id, p]));

  const findContract = (id: string): Contract => {
    const contract = state.contracts.find((c) => c.id === id);
    if (!contract) throw new NotFoundError(`Không tìm thấy hợp đồng có mã "${id}"; có thể nó đã bị xóa.`);
    return contract;
  };

  function view(contract: Contract): ContractView {
    const delivered = deliveredByLine(state.deliveries).get(contract.id);
    const names = titles();
    const totals = totalsOf(contract.items, contract.vatPercent);
    return {
      contract,
      printer: state.printers.find((p) => p.id === contract.printerId),
      lines: contract.items.map((item) => {
        const got = delivered?.get(item.publicationId) ?? 0;
        return { ...item, title: names.get(item.publicationId)?.title ?? item.publicationId, amount: lineAmount(item), delivered: got, open: item.quantity - got };
      }),
      totals,
      words: amountInWords(totals.total),
      deliveries: state.deliveries.filter((d) => d.contractId === contract.id).sort(byDate),
    };
  }

  /** `list` with `record` put in place of the one with its id, or appended. */
  const upsert = <T extends { id: string }>(list: readonly T[], record: T): T[] => {
    const at = list.findIndex((r) => r.id === record.id);
    return at < 0 ? [...list, record] : list.map((r, i) => (i === at ? record : r));
  };

  return {
    /** What the features built on the record set (distribution, reports, papers) work through. */
    context: { state: () => state, commit, catalogue, centre: () => state.centre ?? DEFAULT_CENTRE } satisfies RecordsContext,
    catalogue: () => ({ publications: catalogue() }),

    /** The Centre's details (Bên A, the reports' letterhead, new publications' contact box); the API reaches them through the settings. */
    centre: () => state.centre ?? DEFAULT_CENTRE,
    /** Replaces the Centre's record as a whole; fields left empty are removed. */
    saveCentre(input: Record<string, unknown>): Centre {
      const centre = checkWithSchema(centreRecordSchema, withoutBlanks(input));
      commit({ ...state, centre }, ['centre']);
      return centre;
    },

    printers: () => state.printers,
    savePrinter(input: Record<string, unknown>): Printer {
      const printer = checkWithSchema(printerSchema, { ...withoutBlanks(input), id: input.id ?? randomUUID() });
      commit({ ...state, printers: upsert(state.printers, printer) }, ['printers'], { collection: 'printers', id: printer.id });
      return printer;
    },
    deletePrinter(id: string) {
      const used = state.contracts.find((c) => c.printerId === id);
      if (used) throw new InputError(`cơ sở in này có trong hợp đồng số ${used.number}; không xóa được.`);
      commit({ ...state, printers: state.printers.filter((p) => p.id !== id) }, ['printers']);
      return { deleted: true as const };
    },

    contracts(): ContractSummary[] {
      const delivered = deliveredByLine(state.deliveries);
      const printers = new Map(state.printers.map((p) => [p.id, p.name]));
      return state.contracts
        .map((c) => {
          const lines = delivered.get(c.id);
          return {
            id: c.id, number: c.number, date: c.date, status: c.status, deadline: c.deadline,
            printerName: printers.get(c.printerId) ?? c.printerId,
            total: totalsOf(c.items, c.vatPercent).total,
            ordered: c.items.reduce((sum, i) => sum + i.quantity, 0),
            delivered: lines ? [...lines.values()].reduce((a, b) => a + b, 0) : 0,
          };
        })
        .sort((a, b) => b.date.localeCompare(a.date) || b.number.localeCompare(a.number));
    },
    contract: (id: string) => view(findContract(id)),
    /** Saves the contract's terms; its status and status dates change only through `setStatus`. */
    saveContract(input: Record<string, unknown>): { id: string } {
      const id = typeof input.id === 'string' && input.id ? input.id : randomUUID();
      const existing = state.contracts.find((c) => c.id === id);
      const contract = checkWithSchema(contractSchema, {
        ...withoutBlanks(input),
        id,
        status: existing?.status ?? 'draft',
        ...(existing?.statusDates ? { statusDates: existing.statusDates } : {}),
      });
      const publications = registerWith(contract.items.map((i) => i.publicationId));
      const changed: (Collection | 'centre')[] = publications === state.publications ? ['contracts'] : ['contracts', 'publications'];
      commit({ ...state, publications, contracts: upsert(state.contracts, contract) }, changed, { collection: 'contracts', id });
      return { id };
    },
    /** One step forward (with its date) or one step back (its date removed). */
    setStatus(id: string, status: ContractStatus, date: string | undefined): ContractView {
      const contract = findContract(id);
      const step = statusRank(status) - statusRank(contract.status);
      if (step !== 1 && step !== -1) {
        const next = CONTRACT_STATUSES[statusRank(contract.status) + 1];
        const hint = next ? ` Bước tiếp theo là "${STATUS_NAMES[next]}".` : '';
        throw new InputError(`không chuyển thẳng từ "${STATUS_NAMES[contract.status]}" sang "${STATUS_NAMES[status]}".${hint}`, { field: 'status' });
      }
      const dates = { ...contract.statusDates };
      if (step === 1 && status !== 'draft') {
        if (!date) throw new InputError(`cần ngày "${STATUS_NAMES[status]}".`, { field: 'date' });
        dates[status] = date;
      } else if (contract.status !== 'draft') delete dates[contract.status];
      const updated = checkWithSchema(contractSchema, { ...contract, status, statusDates: Object.keys(dates).length ? dates : undefined });
      commit({ ...state, contracts: upsert(state.contracts, updated) }, ['contracts'], { collection: 'contracts', id });
      return view(updated);
    },
    deleteContract(id: string) {
      const contract = findContract(id);
      const count = state.deliveries.filter((d) => d.contractId === id).length;
      if (count) throw new InputError(`hợp đồng số ${contract.number} đã có ${count} lần giao hàng; hãy xóa các lần giao trước.`);
      commit({ ...state, contracts: state.contracts.filter((c) => c.id !== id) }, ['contracts']);
      return { deleted: true as const };
    },

    addDelivery(input: Record<string, unknown>): Delivery {
      const delivery = checkWithSchema(deliverySchema, { ...withoutBlanks(input), id: input.id ?? randomUUID() });
      if (state.deliveries.some((d) => d.id === delivery.id)) throw new InputError(`đã có lần giao hàng mã "${delivery.id}".`, { field: 'id' });
      commit({ ...state, deliveries: [...state.deliveries, delivery] }, ['deliveries'], { collection: 'deliveries', id: delivery.id });
      return delivery;
    },
    deleteDelivery(id: string) {
      if (!state.deliveries.some((d) => d.id === id)) throw new NotFoundError(`Không tìm thấy lần giao hàng có mã "${id}".`);
      commit({ ...state, deliveries: state.deliveries.filter((d) => d.id !== id) }, ['deliveries']);
      return { deleted: true as const };
    },

    stock(): StockRow[] {
      const names = titles();
      return [...stockBalances(state.deliveries, state.distributions).values()]
        .map((b) => ({ ...b, title: names.get(b.publicationId)?.title ?? b.publicationId, kind: names.get(b.publicationId)?.kind ?? 'other' }))
        .sort((a, b) => a.title.localeCompare(b.title, 'vi'));
    },

    /** The whole record set as bundle text (the editor's publications included). */
    exportBundle(): string {
      return writeBundle({ ...state, publications: catalogue() });
    },
    /** Replaces every record with the bundle's, after a backup; nothing changes when it is refused. */
    importBundle(value: unknown, file?: string): { counts: Record<Collection, number>; backup?: BackupInfo } {
      const next = readBundle(value, file);
      const saved = createBackup(dataDir, 'before-import', { now: now(), onlyIfChanged: true });
      files.write({ centre: next.centre ?? null, ...Object.fromEntries(COLLECTIONS.map((c) => [c, next[c]])) });
      state = next;
      return { counts: Object.fromEntries(COLLECTIONS.map((c) => [c, next[c].length])) as Record<Collection, number>, backup: saved };
    },

    backups: () => listBackups(dataDir),
    backupNow: () => createBackup(dataDir, 'manual', { now: now(), onlyIfChanged: true }) ?? null,
    restore(id: string) {
      restoreBackup(dataDir, id, now());
      options.migrate(store);
      state = load();
      return { restored: id };
    },

    /** For documents: the contract as shown, with Bên A. */
    contractPaperData: (id: string) => ({ view: view(findContract(id)), centre: state.centre ?? DEFAULT_CENTRE }),
  };
}

/** Form fields left empty are absent, not empty strings (optional fields stay optional). */
export function withoutBlanks<T>(value: T): T {
  if (Array.isArray(value)) return value.map(withoutBlanks) as T;
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    if (v === '' || v === undefined || (v === null && key !== 'parentId')) continue;
    const cleaned = withoutBlanks(v);
    if (typeof cleaned === 'object' && cleaned !== null && !Array.isArray(cleaned) && Object.keys(cleaned).length === 0) continue;
    out[key] = cleaned;
  }
  return out as T;
}
