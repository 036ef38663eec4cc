// The export-job methods bound to their service (electron/handlers.ts spreads
// these in). The input is already checked against exportSchemas.
import type { z } from 'zod';
import { NotFoundError } from '../../contract/errors.js';
import { exportSchemas, type ExportResults } from '../../contract/exports.js';
import type { ExportService } from './service.js';

export type ExportHandlers = {
  [M in keyof typeof exportSchemas]: (input: z.output<(typeof exportSchemas)[M]>) => Promise<ExportResults[M]>;
};

/** `service` may be absent where only publications are served (some tests); each call then says so. */
export function exportHandlers(service: ExportService | undefined): ExportHandlers {
  const exports = (): ExportService => {
    if (!service) throw new NotFoundError('Chức năng xuất tệp chưa được mở trong phiên này.');
    return service;
  };
  return {
    'exports.start': async (request) => exports().start(request),
    'exports.progress': async ({ jobId }) => exports().jobs.status(jobId),
    'exports.cancel': async ({ jobId }) => exports().jobs.cancel(jobId),
    'exports.result': async ({ jobId }) => {
      const { fileName, mimeType, bytes } = exports().jobs.take(jobId);
      return { fileName, mimeType, base64: bytes.toString('base64') };
    },
  };
}
