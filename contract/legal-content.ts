// The legal-content part of the contract (electron/api.ts spreads it in):
// DOCX export, import, the content library, laws and approval. Pure: the
// renderer imports it.
import { z } from 'zod';
import type { ApprovalView, VersionComparison } from './approval.js';
import type { ImportNote } from '../services/import/notes.js';
import { LIBRARY_KINDS, type Law, type LibraryCatalogue, type LibraryItem, type LinkState } from './library.js';
import type { Block } from './publication-format.js';

const id = z.string().regex(/^[A-Za-z0-9_-]{1,80}$/, 'mã không hợp lệ');
const itemId = z.string().regex(/^[a-z0-9][a-z0-9-]{0,79}$/, 'mã mục thư viện không hợp lệ');
const publicationInput = z.record(z.string(), z.unknown());
const person = z.string().trim().max(200).optional();
const note = z.string().trim().max(2000).optional();
const versionRef = z.union([z.number().int().min(1), z.literal('current')]);
const encoding = z.enum(['auto', 'tcvn3', 'vni', 'unicode']).default('auto');
const slot = z.string().regex(/^[a-zA-Z][a-zA-Z0-9_-]{0,40}$/, 'tên vùng không hợp lệ');

/** A file the user dropped or chose, as base64 (Word files up to ~20 MB). */
const fileInput = {
  fileName: z.string().min(1).max(300),
  base64: z.string().max(28_000_000),
};

export const contentSchemas = {
  'render.docx': z.object({ publication: publicationInput }).strict(),
  'import.file': z.object({ ...fileInput, encoding, templateId: id.optional() }).strict(),
  'import.text': z.object({ text: z.string().max(2_000_000), encoding }).strict(),
  'library.search': z.object({ query: z.string().max(200).optional(), topic: z.string().max(80).optional(), tag: z.string().max(80).optional(), kind: z.enum(LIBRARY_KINDS).optional() }).strict(),
  'library.catalogue': z.object({}).strict(),
  'library.get': z.object({ id: itemId }).strict(),
  'library.save': z.object({ item: publicationInput }).strict(),
  'library.delete': z.object({ id: itemId }).strict(),
  'library.insert': z.object({ publicationId: id, itemId, slot, mode: z.enum(['link', 'copy']), index: z.number().int().min(0).optional() }).strict(),
  'library.links': z.object({ publicationId: id }).strict(),
  'library.updateLinks': z.object({ publicationId: id, itemIds: z.array(itemId).max(500).optional() }).strict(),
  'laws.save': z.object({ law: publicationInput }).strict(),
  'approval.get': z.object({ id }).strict(),
  'approval.submit': z.object({ id, by: person, note }).strict(),
  'approval.approve': z.object({ id, by: z.string().trim().min(1, 'cần ghi tên người duyệt').max(200), note }).strict(),
  'approval.return': z.object({ id, by: person, note }).strict(),
  'approval.sendToPrint': z.object({ id, by: person, note }).strict(),
  'approval.newVersion': z.object({ id }).strict(),
  'versions.compare': z.object({ id, from: versionRef, to: versionRef }).strict(),
} as const;

export interface DocxFile {
  fileName: string;
  base64: string;
}

export interface ImportSummary {
  encoding: 'tcvn3' | 'vni' | 'unicode';
  decomposed: boolean;
  undecided: boolean;
  notes: ImportNote[];
}

export interface ContentResults {
  'render.docx': DocxFile;
  'import.file': ImportSummary & { id: string; title: string; blocks: number };
  'import.text': ImportSummary & { blocks: Block[] };
  'library.search': LibraryItem[];
  'library.catalogue': LibraryCatalogue;
  'library.get': LibraryItem;
  'library.save': LibraryItem;
  'library.delete': { deleted: true };
  'library.insert': { updatedAt: string; block: Block };
  'library.links': LinkState[];
  'library.updateLinks': { updated: number; updatedAt?: string };
  'laws.save': Law;
  'approval.get': ApprovalView;
  'approval.submit': ApprovalView;
  'approval.approve': ApprovalView;
  'approval.return': ApprovalView;
  'approval.sendToPrint': ApprovalView;
  'approval.newVersion': ApprovalView;
  'versions.compare': VersionComparison;
}
