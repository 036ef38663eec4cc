// The distribution report over the records as they are now, and its files.
import { today } from '../../contract/dates.js';
import type { DistributionReport, ReportFilter, ReportFormat } from '../../contract/reports.js';
import type { RecordsContext } from '../records/context.js';
import { distributionReport } from './distribution-report.js';
import { exportReport } from './export.js';

export interface ReportsService {
  distribution(filter?: ReportFilter): DistributionReport;
  /** The report as a file (the Decree-30 report for PDF and DOCX, dated today). */
  file(format: ReportFormat, filter?: ReportFilter): ReturnType<typeof exportReport>;
}

export function createReportsService(records: RecordsContext, appRoot: string): ReportsService {
  const distribution = (filter: ReportFilter = {}) => distributionReport(records.state(), records.catalogue(), filter);
  return {
    distribution,
    file: (format, filter = {}) => exportReport(distribution(filter), format, { appRoot, centre: records.centre(), date: today() }),
  };
}
