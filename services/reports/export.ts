// One report, five files: JSON (the report object itself, DESIGN's fields
// first), CSV, XLSX, and the Decree-30 report as DOCX or PDF.
import { writePaper } from '../papers/index.js';
import { reportPaper } from './report-paper.js';
import type { Centre } from '../../contract/record-schemas.js';
import { reportCsv } from './csv.js';
import type { DistributionReport } from '../../contract/reports.js';
import { reportXlsx } from './xlsx.js';

import type { ReportFormat, UnitGrouping } from '../../contract/reports.js';

const MIME: Record<ReportFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv;charset=utf-8',
  json: 'application/json',
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

/** A grouped report's file says so, beside the ungrouped one in the same folder. */
const STEM_BY: Record<UnitGrouping, string> = { unit: '', commune: '-theo-xa', 'former-district': '-theo-huyen-cu' };

export interface ExportOptions {
  appRoot: string;
  centre: Centre;
  /** ISO date of the report; also the files' creation date. */
  date: string;
  /** The Decree-30 report's number (PDF, DOCX); a blank to fill by hand when absent. */
  number?: string;
}

export async function exportReport(report: DistributionReport, format: ReportFormat, options: ExportOptions): Promise<{ fileName: string; mimeType: string; bytes: Buffer }> {
  const stem = `bao-cao-cap-phat${STEM_BY[report.by]}${report.from ? `-tu-${report.from}` : ''}${report.to ? `-den-${report.to}` : ''}`;
  const created = new Date(`${options.date}T00:00:00Z`);
  const done = (bytes: Buffer) => ({ fileName: `${stem}.${format}`, mimeType: MIME[format], bytes });
  switch (format) {
    case 'json':
      return done(Buffer.from(`${JSON.stringify(report, null, 2)}\n`, 'utf8'));
    case 'csv':
      return done(reportCsv(report));
    case 'xlsx':
      return done(await reportXlsx(report, { created }));
    case 'pdf':
    case 'docx': {
      const file = await writePaper(reportPaper({ report, centre: options.centre, date: options.date, number: options.number }), format, { appRoot: options.appRoot, creationDate: created });
      return done(file.bytes);
    }
  }
}
