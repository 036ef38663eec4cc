// A plan's report (`report plan PLAN_ID`, the plan screen's downloads): JSON
// (the plan's fields and view as one object), XLSX (one sheet per table, as
// the distribution report's) and the Decree-30 report to the governing body
// as DOCX or PDF. The tables are rows of labels and figures shared by the
// spreadsheet and the paper, so both show the same figures.
import ExcelJS from 'exceljs';
import { formatDate } from '../../contract/dates.js';
import { formatInteger } from '../../contract/money.js';
import { PLAN_REPORT_FORMAT, type PlanReport, type PlanReportFormat, type PlanView } from '../../contract/plans.js';
import type { Centre } from '../../contract/record-schemas.js';
import { writePaper } from '../papers/index.js';
import { centreSigner, closing, letterhead, PAPER_SYMBOL } from '../papers/letterhead.js';
import type { Block, Paper } from '../papers/model.js';
import { article, paragraph } from '../papers/parts.js';
import { figureBlock } from '../reports/report-paper.js';
import { activityTable, planCitation, type FigureTable } from '../reports/table.js';
import { addSheet } from '../reports/xlsx.js';

const MIME: Record<PlanReportFormat, string> = {
  json: 'application/json',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

export function planReport({ plan: { activities: _ownActivities, ...plan }, ...view }: PlanView): PlanReport {
  return { format: PLAN_REPORT_FORMAT, ...plan, ...view };
}

const progressOf = (view: PlanView) => [{ ...view.plan, activities: view.activities }];

function eventTable(view: PlanView): FigureTable {
  return {
    title: 'Sự kiện',
    header: ['Ngày', 'Hoạt động', 'Địa điểm', 'Đơn vị', 'Người tham dự', 'Trong đó nữ', 'Ấn phẩm cấp (bản)'],
    labels: 4,
    rows: view.events.map((e) => ({
      cells: [formatDate(e.date), e.activityName, e.place ?? '', e.unitName ?? '', e.participantCount, e.participants?.women ?? 0, e.copies],
    })),
  };
}

function mediaTable(view: PlanView): FigureTable {
  return {
    title: 'Tin bài, phóng sự',
    header: ['Ngày', 'Hoạt động', 'Kênh đăng, phát', 'Tên tin bài, phóng sự'],
    labels: 4,
    rows: view.media.map((m) => ({ cells: [formatDate(m.date), m.activityName, m.channel, m.title] })),
  };
}

function allocationTable(view: PlanView): FigureTable {
  const sum = (f: (a: PlanView['allocations'][number]) => number) => view.allocations.reduce((n, a) => n + f(a), 0);
  const left = (a: PlanView['allocations'][number]) => Math.max(0, a.quantity - a.handedOut);
  return {
    title: 'Phân bổ ấn phẩm',
    header: ['Đơn vị', 'Ấn phẩm', 'Kế hoạch (bản)', 'Đã cấp phát (bản)', 'Còn lại (bản)'],
    labels: 2,
    rows: [
      ...view.allocations.map((a) => ({ cells: [a.unitName, a.title, a.quantity, a.handedOut, left(a)] })),
      { cells: ['Tổng cộng', '', sum((a) => a.quantity), sum((a) => a.handedOut), sum(left)], total: true },
    ],
  };
}

function spendingTable(view: PlanView): FigureTable {
  const { spending } = view;
  return {
    title: 'Kinh phí',
    header: ['Hợp đồng in', 'Ngày', 'Cơ sở in', 'Giá trị (đồng)'],
    labels: 3,
    rows: [
      ...spending.contracts.map((c) => ({ cells: [c.number, formatDate(c.date), c.printerName, c.total] })),
      { cells: ['Tổng giá trị hợp đồng', '', '', spending.contracted], total: true },
      ...(spending.funding === undefined ? [] : [
        { cells: ['Kinh phí được giao', '', '', spending.funding] },
        { cells: ['Còn lại', '', '', spending.remaining!], total: true },
      ]),
    ],
  };
}

async function planXlsx(view: PlanView, created: Date): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Ấn phẩm TGPL';
  book.title = `Kết quả thực hiện kế hoạch số ${view.plan.number}`;
  book.created = created;
  book.modified = created;
  addSheet(book, activityTable(progressOf(view)));
  if (view.events.length) addSheet(book, eventTable(view));
  if (view.media.length) addSheet(book, mediaTable(view));
  if (view.allocations.length) addSheet(book, allocationTable(view));
  addSheet(book, spendingTable(view));
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** The report to the governing body on the plan, dated `date`. */
export function planPaper(view: PlanView, centre: Centre, date: string): Paper {
  const { plan, spending } = view;
  const sections: [string, Block[]][] = [
    ['CÁC HOẠT ĐỘNG', [
      figureBlock(activityTable(progressOf(view)), [34, 10]),
      {
        type: 'chart',
        chart: { title: 'Đã thực hiện so với chỉ tiêu (khung: chỉ tiêu; phần tô: đã thực hiện)', unit: 'lần', bars: view.activities.map((a, i) => ({ label: `Hoạt động ${i + 1}`, value: a.done, target: a.target })) },
      },
    ]],
  ];
  if (view.events.length) sections.push(['CÁC SỰ KIỆN ĐÃ TỔ CHỨC', [figureBlock(eventTable(view), [15, 21, 19, 14])]]);
  if (view.media.length) sections.push(['TIN BÀI, PHÓNG SỰ', [figureBlock(mediaTable(view), [15, 22, 23, 40])]]);
  if (view.allocations.length) sections.push(['PHÂN BỔ ẤN PHẨM', [figureBlock(allocationTable(view), [28, 30])]]);
  sections.push(['KINH PHÍ', [
    paragraph(spendingText(spending), { firstLineIndent: true }),
    ...(spending.contracts.length ? [figureBlock(spendingTable(view), [28, 14, 30])] : []),
  ]]);
  const roman = ['I', 'II', 'III', 'IV', 'V', 'VI'];
  return {
    title: `Báo cáo kết quả thực hiện kế hoạch số ${plan.number}`,
    fileStem: `bao-cao-ke-hoach-${plan.id}`,
    blocks: [
      letterhead(centre, { symbol: PAPER_SYMBOL.report, date }),
      { type: 'title', title: 'BÁO CÁO', lines: [[{ text: `Kết quả thực hiện Kế hoạch số ${plan.number}`, bold: true }], [{ text: `(từ ngày ${formatDate(plan.from)} đến ngày ${formatDate(plan.to)})`, italic: true }]] },
      paragraph(`Kính gửi: ${centre.agency ?? 'Sở Tư pháp tỉnh Lạng Sơn'}`, { align: 'center' }),
      paragraph(`Thực hiện ${planCitation(plan)}, ${centre.name} báo cáo kết quả thực hiện như sau:`, { firstLineIndent: true, spaceBefore: true }),
      ...sections.flatMap(([heading, blocks], i) => [article(`${roman[i]}. ${heading}`), ...blocks]),
      paragraph(`${centre.name} kính báo cáo.`, { firstLineIndent: true, spaceBefore: true }),
      closing([centreSigner(centre)], ['Như trên', 'Lưu: VT']),
    ],
  };
}

function spendingText(spending: PlanView['spending']): string {
  const contracted = `đã ký ${formatInteger(spending.contracts.length)} hợp đồng in với tổng giá trị ${formatInteger(spending.contracted)} đồng`;
  if (spending.funding === undefined) return `Kinh phí${spending.source ? ` (${spending.source})` : ''}: ${contracted}.`;
  return `Kinh phí được giao ${formatInteger(spending.funding)} đồng${spending.source ? ` (${spending.source})` : ''}; ${contracted}; còn lại ${formatInteger(spending.remaining!)} đồng.`;
}

/** The report as a file named after the plan. */
export async function planReportFile(view: PlanView, format: PlanReportFormat, options: { appRoot: string; centre: Centre; date: string }): Promise<{ fileName: string; mimeType: string; bytes: Buffer }> {
  const created = new Date(`${options.date}T00:00:00Z`);
  const done = (bytes: Buffer) => ({ fileName: `bao-cao-ke-hoach-${view.plan.id}.${format}`, mimeType: MIME[format], bytes });
  switch (format) {
    case 'json':
      return done(Buffer.from(`${JSON.stringify(planReport(view), null, 2)}\n`, 'utf8'));
    case 'xlsx':
      return done(await planXlsx(view, created));
    case 'pdf':
    case 'docx':
      return done((await writePaper(planPaper(view, options.centre, options.date), format, { appRoot: options.appRoot, creationDate: created })).bytes);
  }
}
