// What each kind of export job does, on the same pipeline and records the
// rest of the app uses. Exports write the file only: the layout findings the
// preview already shows are not checked again, and the PDF/X file rules stay
// preflight's (docs/performance.md), so an export is as fast as `render`;
// like `render`, it lets each page's items go once painted (keepItems).
import { officeProof, renderDocx, renderPublication, type PipelineContext } from '../../engine/index.js';
import { enterStage } from '../../engine/progress.js';
import { safeFileName } from '../publications/render-result.js';
import type { ReportsService } from '../reports/service.js';
import type { ExportRequest } from '../../contract/exports.js';
import { createExportJobs, type ExportJobs, type ExportWork } from './jobs.js';

const PDF = 'application/pdf';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export interface ExportDeps {
  pipeline: PipelineContext;
  reports: ReportsService;
  /** The publication with its colophon filled from the contract that prints it (services/records/colophon.ts). */
  withColophon(publication: unknown, publicationId: string | undefined): unknown;
}

export interface ExportService {
  jobs: ExportJobs;
  start(request: ExportRequest): { jobId: string };
}

export function createExportService(deps: ExportDeps, jobs: ExportJobs = createExportJobs()): ExportService {
  return { jobs, start: (request) => jobs.start(exportWork(request, deps)) };
}

/** The work of one request. */
export function exportWork(request: ExportRequest, { pipeline, reports, withColophon }: ExportDeps): ExportWork {
  switch (request.kind) {
    case 'pdf':
      return async (watch) => {
        const out = await renderPublication(withColophon(request.publication, request.publicationId), pipeline, { fileRules: false, keepItems: false, watch });
        return { fileName: `${safeFileName(out.publication.meta.title)}.pdf`, mimeType: PDF, bytes: out.pdf };
      };
    case 'proof':
      return async (watch) => {
        const out = await renderPublication(withColophon(request.publication, request.publicationId), pipeline, { fileRules: false, keepItems: false, watch });
        const bytes = await officeProof(out.pdf, out.pack, watch);
        return { fileName: `${safeFileName(out.publication.meta.title)} (bản in thử).pdf`, mimeType: PDF, bytes };
      };
    case 'docx':
      return async (watch) => {
        const out = await renderDocx(withColophon(request.publication, request.publicationId), pipeline, watch);
        return { fileName: `${safeFileName(out.publication.meta.title)}.docx`, mimeType: DOCX, bytes: out.docx };
      };
    case 'report':
      return async (watch) => {
        await enterStage(watch, 'write');
        const { from, to, by } = request;
        return reports.file(request.format, { from, to, by }, request.number);
      };
  }
}
