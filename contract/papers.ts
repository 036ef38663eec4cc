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

/**
 * A paper's own number as the user types it when making the paper: "12" (the paper adds its
 * symbol: "Số: 12/BB-TGPL") or whole ("12/BB-TGPL"). Empty is none: the paper leaves a blank to fill by hand.
 */
export const paperNumber = z
  .string({ error: 'Số văn bản phải là chữ' })
  .trim()
  .max(50, 'Số văn bản dài quá 50 ký tự')
  .regex(/^[\p{L}\p{N}/.-]*$/u, 'Số văn bản chỉ gồm chữ, số và các dấu "/", "-", ".", ví dụ 12 hoặc 12/BB-TGPL')
  .transform((s) => s.normalize('NFC') || undefined)
  .optional();

export const papersApi = feature<PaperResults>()({
  'papers.contract': z
    .object({ contractId: recordId, kind: z.enum(CONTRACT_PAPERS), format: z.enum(PAPER_FORMATS), number: paperNumber })
    .strict()
    // The contract's number is its record's; a second one typed here would make two numbers for one paper.
    .refine((input) => input.kind !== 'contract' || input.number === undefined, {
      path: ['number'],
      message: 'Hợp đồng dùng số đã ghi trong hồ sơ hợp đồng; hãy sửa số ở đó, ô số văn bản chỉ dành cho biên bản',
    }),
  'papers.handover': z
    .object({ distributionIds: z.array(recordId).min(1, 'hãy chọn ít nhất một lần cấp phát').max(500), format: z.enum(PAPER_FORMATS), number: paperNumber })
    .strict(),
});
