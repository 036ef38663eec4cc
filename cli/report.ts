// `report distribution [--by unit|commune|former-district] -o OUT.(xlsx|csv|json|pdf|docx) [--from DATE --to DATE]`:
// the distribution report of the records in --data, in the format the
// output's extension names, its rows each unit, each xã or phường, or each
// former district (docs/reports.md). Dates are ISO (2022-10-01) or dd/mm/yyyy.
import { writeFileSync } from 'node:fs';
import { extname } from 'node:path';
import { InputError } from '../contract/errors.js';
import { paperNumber } from '../contract/papers.js';
import { isIsoDate, parseDisplayDate } from '../contract/dates.js';
import { editorPublications } from '../services/records/publication-catalogue.js';
import { createReportsService } from '../services/reports/service.js';
import { REPORT_FORMATS, UNIT_GROUPINGS, type ReportFormat, type UnitGrouping } from '../contract/reports.js';
import { createRecordsService } from '../services/records/service.js';
import { openConfStore } from '../services/storage/conf-store.js';
import { migrate } from '../services/migrations.js';
import type { CommandContext } from './commands.js';
import { UsageError } from './usage.js';

const SHAPE = 'report distribution [--by unit|commune|former-district] -o RA.(xlsx|csv|json|pdf|docx) [--from NGÀY --to NGÀY]';

function parseDate(option: string, text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  const iso = isIsoDate(text.trim()) ? text.trim() : parseDisplayDate(text);
  if (!iso) throw new UsageError(`${option} cần một ngày có thật, dạng 2022-10-01 hoặc 01/10/2022, không phải "${text}"`);
  return iso;
}

export async function reportCommand(
  c: CommandContext,
  args: string[],
  options: { output?: string; from?: string; to?: string; by?: string; number?: string },
): Promise<0> {
  if (args[0] === 'plan') return (await import('./report-plan.js')).reportPlanCommand(c, args.slice(1), options.output);
  if (args.length !== 1 || args[0] !== 'distribution' || !options.output) throw new UsageError(`lệnh report cần: ${SHAPE}`);
  const format = extname(options.output).slice(1).toLowerCase() as ReportFormat;
  if (!REPORT_FORMATS.includes(format)) throw new UsageError(`không biết xuất báo cáo ra "${extname(options.output) || options.output}"; hãy dùng .xlsx, .csv, .json, .pdf hoặc .docx`);
  const from = parseDate('--from', options.from);
  const to = parseDate('--to', options.to);
  if (from && to && from > to) throw new UsageError(`--from (${options.from}) phải không sau --to (${options.to})`);
  const by = (options.by ?? 'unit') as UnitGrouping;
  if (!UNIT_GROUPINGS.includes(by)) throw new UsageError(`--by cần unit (từng đơn vị), commune (theo xã, phường) hoặc former-district (theo huyện cũ), không phải "${options.by}"`);
  // The Word and PDF report's own number, checked as the app checks it.
  const number = paperNumber.safeParse(options.number);
  if (!number.success) throw new UsageError(`--number: ${number.error.issues[0].message}`);

  const store = openConfStore(c.dataDir);
  migrate(store);
  const records = createRecordsService({ dataDir: c.dataDir, store, editorPublications: editorPublications(store), migrate });
  const reports = createReportsService(records.context, c.appRoot);
  const report = reports.distribution({ from, to, by });
  const file = await reports.file(format, { from, to, by }, number.data);
  try {
    writeFileSync(options.output, file.bytes);
  } catch (error) {
    throw new InputError(`không ghi được tệp (${(error as NodeJS.ErrnoException).code ?? 'lỗi'}); hãy kiểm tra thư mục và quyền ghi.`, { file: options.output });
  }
  console.log(`Đã ghi ${options.output}: ${report.totals.all.toLocaleString('vi-VN')} bản, ${report.count.toLocaleString('vi-VN')} lần cấp phát, ${report.units.length} đơn vị × ${report.publications.length} ấn phẩm.`);
  return 0;
}
