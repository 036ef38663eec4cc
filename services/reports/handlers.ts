// The reports' methods (contract/reports.ts). Report files are export jobs (services/exports).
import { reportsApi } from '../../contract/reports.js';
import { defineHandlers } from '../define-handlers.js';
import type { ReportsService } from './service.js';

export function reportsHandlers(reports: ReportsService) {
  return defineHandlers(reportsApi, {
    'reports.distribution': async (filter) => reports.distribution(filter),
  });
}
