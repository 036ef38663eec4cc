// One report, five files: JSON (the report object itself, DESIGN's fields
// first), CSV, XLSX, and the Decree-30 report as DOCX or PDF.
import { writePaper } from '../papers/index.js';
import { reportPaper } from './report-paper.js';
import type { Centre } from '../../contract/record-schemas.js';
import { reportCsv } from './csv.js';
import type { DistributionReport } from '../../contract/reports.js';
import { reportXlsx } from './xlsx.js';

import type { ReportFormat } from '../../contract/reports.js';

const MIME: Record<ReportFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv;charset=utf-8',
  json: 'application/json',
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

export interface ExportOptions {
  appRoot: string;
  centre: Centre;
  /** ISO date of the report; also the files' creation date. */
  date: string;
}

export async function exportReport(report: DistributionReport, format: ReportFormat, options: ExportOptions): Promise<{ fileName: string; mimeType: string; bytes: Buffer }> {
  const stem = `bao-cao-cap-phat${report.from ? `-tu-${report.from}` : ''}${report.to ? `-den-${report.to}` : ''}`;
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
      const file = await writePaper(reportPaper({ report, centre: options.centre, date: options.date }), format, { appRoot: options.appRoot, creationDate: created });
      return done(file.bytes);
    }
  }
}
