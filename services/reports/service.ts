// The distribution report over the records as they are now, and its files.
import { today } from '../../contract/dates.js';
import type { DistributionReport, ReportFormat, ReportOptions } from '../../contract/reports.js';
import type { RecordsContext } from '../records/context.js';
import { distributionReport } from './distribution-report.js';
import { exportReport } from './export.js';

export interface ReportsService {
  distribution(options?: ReportOptions): DistributionReport;
  /** The report as a file (the Decree-30 report for PDF and DOCX, dated today, numbered `number` or left blank to fill by hand). */
  file(format: ReportFormat, options?: ReportOptions, number?: string): ReturnType<typeof exportReport>;
}

export function createReportsService(records: RecordsContext, appRoot: string): ReportsService {
  const distribution = (options: ReportOptions = {}) => distributionReport(records.state(), records.catalogue(), options);
  return {
    distribution,
    file: (format, options = {}, number) => exportReport(distribution(options), format, { appRoot, centre: records.centre(), date: today(), number }),
  };
}
