// The export-jobs part of the contract: start a long export, poll how far it is, cancel it, fetch its file once.
// Pure: the renderer imports it.
import { z } from 'zod';
import { feature } from './define.js';
import { paperNumber } from './papers.js';
import { recordId } from './record-schemas.js';
import type { ProgressStage } from './progress.js';
import { REPORT_FORMATS, unitGrouping } from './reports.js';

/** A job id as jobs.ts makes them (24 hex digits). */
const jobId = z.string().regex(/^[0-9a-f]{24}$/, 'mã lượt xuất không hợp lệ');
const publication = z.record(z.string(), z.unknown());
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'ngày phải có dạng YYYY-MM-DD');

/** What can be exported as a job: the printer PDF, the office proof, the Word file, the distribution report. */
export const EXPORT_KINDS = ['pdf', 'proof', 'docx', 'report'] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];

const exportRequest = z.discriminatedUnion('kind', [
  // `publicationId`: the saved publication this is, so its colophon shows the print contract that prints it.
  z.object({ kind: z.literal('pdf'), publication, publicationId: recordId.optional() }).strict(),
  z.object({ kind: z.literal('proof'), publication, publicationId: recordId.optional() }).strict(),
  z.object({ kind: z.literal('docx'), publication, publicationId: recordId.optional() }).strict(),
  // `number`: the Decree-30 report's own number (PDF, DOCX).
  z.object({ kind: z.literal('report'), format: z.enum(REPORT_FORMATS), from: isoDate.optional(), to: isoDate.optional(), by: unitGrouping.optional(), number: paperNumber }).strict(),
]);
export type ExportRequest = z.output<typeof exportRequest>;

const exportSchemas = {
  'exports.start': exportRequest,
  'exports.progress': z.object({ jobId }).strict(),
  'exports.cancel': z.object({ jobId }).strict(),
  'exports.result': z.object({ jobId }).strict(),
};

export interface ExportStatus {
  /** A failed job is not a state: its poll answers with the error, as any API call does. */
  state: 'running' | 'done' | 'cancelled';
  stage: ProgressStage;
  /** Pages done of `total` in the stage; 0 of 0 while the stage does not count pages. */
  done: number;
  total: number;
  /** Once done. */
  fileName?: string;
}

export interface ExportResults {
  'exports.start': { jobId: string };
  'exports.progress': ExportStatus;
  'exports.cancel': ExportStatus;
  /** The finished file, once; asking again is `not-found`. */
  'exports.result': { fileName: string; mimeType: string; base64: string };
}

export const exportsApi = feature<ExportResults>()(exportSchemas);
