// The records' part of the contract (electron/api.ts spreads it in): method
// names, input schemas and result types. Record payloads are checked in
// full by the records service with its own schemas (messages name the form
// field); here only their outline. Pure: the renderer imports it.
import { z } from 'zod';
import type { Totals } from './money.js';
import { distributionSchemas, type DistributionResults } from './distribution.js';
import { CONTRACT_STATUSES, recordId, type Centre, type Contract, type ContractItem, type Delivery, type Printer, type PublicationEntry } from './record-schemas.js';

const payload = z.record(z.string(), z.unknown());
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'ngày phải có dạng YYYY-MM-DD');

export const DOCUMENT_KINDS = ['contract', 'acceptance', 'liquidation'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];
export const DOCUMENT_FORMATS = ['docx', 'pdf'] as const;
export type DocumentFormat = (typeof DOCUMENT_FORMATS)[number];

export const recordSchemas = {
  'records.catalogue': z.object({}).strict(),
  'centre.get': z.object({}).strict(),
  'centre.save': z.object({ centre: payload }).strict(),
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
  'documents.generate': z.object({ contractId: recordId, kind: z.enum(DOCUMENT_KINDS), format: z.enum(DOCUMENT_FORMATS) }).strict(),
  'backups.list': z.object({}).strict(),
  'backups.create': z.object({}).strict(),
  'backups.restore': z.object({ id: z.string().regex(/^[0-9-]{1,40}$/, 'mã bản sao lưu không hợp lệ') }).strict(),
  ...distributionSchemas,
} as const;

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

export interface GeneratedDocument {
  fileName: string;
  mimeType: string;
  base64: string;
}

export interface BackupSummary {
  id: string;
  createdAt: string;
  reason: 'open' | 'periodic' | 'before-import' | 'before-restore' | 'manual';
  bytes: number;
}

export interface RecordResults extends DistributionResults {
  'records.catalogue': { publications: PublicationEntry[] };
  'centre.get': Centre;
  'centre.save': Centre;
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
  'documents.generate': GeneratedDocument;
  'backups.list': BackupSummary[];
  'backups.create': { created: BackupSummary | null };
  'backups.restore': { restored: string };
}
