// The export-job methods (contract/exports.ts): start, poll, cancel, fetch once.
import { exportsApi } from '../../contract/exports.js';
import { defineHandlers } from '../define-handlers.js';
import type { ExportService } from './service.js';

export function exportHandlers(exports: ExportService) {
  return defineHandlers(exportsApi, {
    'exports.start': async (request) => exports.start(request),
    'exports.progress': async ({ jobId }) => exports.jobs.status(jobId),
    'exports.cancel': async ({ jobId }) => exports.jobs.cancel(jobId),
    'exports.result': async ({ jobId }) => {
      const { fileName, mimeType, bytes } = exports.jobs.take(jobId);
      return { fileName, mimeType, base64: bytes.toString('base64') };
    },
  });
}
