// The records' part of the contract: printers, print contracts, deliveries,
// stock and the backups of the records. The Centre's record (Bên A) is kept
// with the records but read and saved through the settings' methods
// (contract/settings.ts, docs/settings.md). Record payloads are checked in
// full by the records service with its own schemas (messages name the form
// field); here only their outline. Pure: the renderer imports it.
import { z } from 'zod';
import type { Totals } from './money.js';
import { feature } from './define.js';
import { CONTRACT_STATUSES, recordId, type Contract, type ContractItem, type Delivery, type Printer, type PublicationEntry } from './record-schemas.js';

const payload = z.record(z.string(), z.unknown());
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'ngày phải có dạng YYYY-MM-DD');

const recordSchemas = {
  'records.catalogue': z.object({}).strict(),
  'printers.list': z.object({}).strict(),
  'printers.save': z.object({ printer: payload }).strict(),
  'printers.delete': z.object({ id: recordId }).strict(),
  'contracts.list': z.object({}).strict(),
  'contracts.get': z.object({ id: recordId }).strict(),
  'contracts.save': z.object({ contract: payload }).strict(),
  'contracts.setStatus': z.object({ id: recordId, status: z.enum(CONTRACT_STATUSES), date: isoDate.optional() }).strict(),
  'contracts.delete': z.object({ id: recordId }).strict(),
  'deliveries.add': z.object({ delivery: payload }).strict(),
  'deliveries.delete': z.object({ id: recordId }).strict(),
  'stock.list': z.object({}).strict(),
  'backups.list': z.object({}).strict(),
  'backups.create': z.object({}).strict(),
  'backups.restore': z.object({ id: z.string().regex(/^[0-9-]{1,40}$/, 'mã bản sao lưu không hợp lệ') }).strict(),
};

export interface ContractSummary {
  id: string;
  number: string;
  date: string;
  printerName: string;
  status: Contract['status'];
  total: number;
  /** Copies ordered and delivered over all lines. */
  ordered: number;
  delivered: number;
  deadline?: string;
}

export interface ContractLineView extends ContractItem {
  title: string;
  amount: number;
  delivered: number;
  open: number;
}

export interface ContractView {
  contract: Contract;
  printer?: Printer;
  lines: ContractLineView[];
  totals: Totals;
  words: string;
  deliveries: Delivery[];
}

export interface StockRow {
  publicationId: string;
  title: string;
  kind: PublicationEntry['kind'];
  delivered: number;
  distributed: number;
  balance: number;
}

export interface BackupSummary {
  id: string;
  createdAt: string;
  reason: 'open' | 'periodic' | 'before-import' | 'before-restore' | 'manual';
  bytes: number;
}

export interface RecordResults {
  'records.catalogue': { publications: PublicationEntry[] };
  'printers.list': Printer[];
  'printers.save': Printer;
  'printers.delete': { deleted: true };
  'contracts.list': ContractSummary[];
  'contracts.get': ContractView;
  'contracts.save': { id: string };
  'contracts.setStatus': ContractView;
  'contracts.delete': { deleted: true };
  'deliveries.add': Delivery;
  'deliveries.delete': { deleted: true };
  'stock.list': StockRow[];
  'backups.list': BackupSummary[];
  'backups.create': { created: BackupSummary | null };
  'backups.restore': { restored: string };
}

export const recordsApi = feature<RecordResults>()(recordSchemas);
