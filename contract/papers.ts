// The papers' part of the contract: the administrative papers the Centre
// signs (Nghị định 30/2020/NĐ-CP layout) — the print contract, its acceptance
// and liquidation records, and the handover record of distributions — as
// DOCX or PDF. Pure: the renderer imports it.
import { z } from 'zod';
import { feature } from './define.js';
import { recordId } from './record-schemas.js';

/** The papers made from one print contract. */
export const CONTRACT_PAPERS = ['contract', 'acceptance', 'liquidation'] as const;
export type ContractPaper = (typeof CONTRACT_PAPERS)[number];
export const PAPER_FORMATS = ['docx', 'pdf'] as const;
export type PaperFormat = (typeof PAPER_FORMATS)[number];

/** A file made for the user to save. */
export interface GeneratedFile {
  fileName: string;
  mimeType: string;
  base64: string;
}

export interface PaperResults {
  'papers.contract': GeneratedFile;
  'papers.handover': GeneratedFile;
}

export const papersApi = feature<PaperResults>()({
  'papers.contract': z.object({ contractId: recordId, kind: z.enum(CONTRACT_PAPERS), format: z.enum(PAPER_FORMATS) }).strict(),
  'papers.handover': z.object({ distributionIds: z.array(recordId).min(1, 'hãy chọn ít nhất một lần cấp phát').max(500), format: z.enum(PAPER_FORMATS) }).strict(),
});
