// The report the Centre sends to the Department of Justice (báo cáo kết quả
// cấp phát ấn phẩm), in the Nghị định 30 layout: the figures of the
// distribution report as tables, and in the PDF the charts by unit and of
// progress against the plan.
import { formatInteger } from '../../contract/money.js';
import type { DistributionReport } from '../../contract/reports.js';
import { activityTable, contractTable, GROUPING_NOUNS, matrixTable, periodTable, periodText, planByUnitTable, planCitation, stockTable, type FigureTable } from './table.js';
import type { Centre } from '../../contract/record-schemas.js';
import type { Paper, Block, Column } from '../papers/model.js';
import { centreSigner, closing, letterhead, PAPER_SYMBOL } from '../papers/letterhead.js';
import { article, paragraph } from '../papers/parts.js';

export interface ReportDocumentData {
  report: DistributionReport;
  centre: Centre;
  /** The report's date (today when made). */
  date: string;
  /** The report's number the user gave; a blank to fill by hand when absent. */
  number?: string;
}

/** A figure table as a document table: label columns share `labelPct`, figures the rest. */
export function figureBlock(table: FigureTable, labelShares: number[]): Block {
  const figures = table.header.length - table.labels;
  const labelPct = labelShares.reduce((a, b) => a + b, 0);
  const columns: Column[] = [
    ...labelShares.map((widthPct, i): Column => ({ widthPct, align: i === 0 && table.labels > 1 && widthPct < 10 ? 'center' : 'left' })),
    ...Array.from({ length: figures }, (): Column => ({ widthPct: (100 - labelPct) / figures, align: 'right' })),
  ];
  return {
    type: 'table',
    columns,
    header: table.header.map((text) => ({ text, bold: true, align: 'center' })),
    rows: table.rows.map((row) => row.cells.map((value) => ({ text: typeof value === 'number' ? formatInteger(value) : value, bold: row.total }))),
  };
}

export function reportPaper({ report, centre, date, number }: ReportDocumentData): Paper {
  const units = new Map(report.units.map((u) => [u.id, u.name]));
  const handedOutTo = report.units.filter((u) => (report.totals.byUnit[u.id] ?? 0) > 0).length;
  const blocks: Block[] = [
    letterhead(centre, { number, symbol: PAPER_SYMBOL.report, date }),
    {
      type: 'title',
      title: 'BÁO CÁO',
      lines: [[{ text: 'Kết quả cấp phát ấn phẩm trợ giúp pháp lý', bold: true }], [{ text: `(${periodText(report)})`, italic: true }]],
    },
    paragraph(`Kính gửi: ${centre.agency ?? 'Sở Tư pháp tỉnh Lạng Sơn'}`, { align: 'center' }),
    paragraph(
      `${report.plans.length ? `Thực hiện ${report.plans.map(planCitation).join('; ')}, ` : ''}${centre.name} báo cáo kết quả cấp phát miễn phí ấn phẩm trợ giúp pháp lý ${periodText(report)} như sau:`,
      { firstLineIndent: true, spaceBefore: true },
    ),
    article('I. KẾT QUẢ CẤP PHÁT'),
    paragraph(
      `Đã cấp phát ${formatInteger(report.totals.all)} bản ấn phẩm (${formatInteger(report.publications.length)} đầu ấn phẩm) qua ${formatInteger(report.count)} lần cấp phát cho ${formatInteger(handedOutTo)} đơn vị, cụ thể:`,
      { firstLineIndent: true },
    ),
    article(`1. Theo ${GROUPING_NOUNS[report.by]}`),
    figureBlock(matrixTable(report), [7, 27]),
    {
      type: 'chart',
      chart: { title: `Số bản đã cấp phát theo ${GROUPING_NOUNS[report.by]}`, unit: 'bản', bars: report.units.map((u) => ({ label: u.name, value: report.totals.byUnit[u.id] ?? 0 })) },
    },
    article('2. Theo quý và năm'),
    figureBlock(periodTable(report), [22]),
  ];
  if (report.plan.rows.length) {
    blocks.push(
      article('3. So với kế hoạch phân bổ'),
      paragraph(`Kế hoạch phân bổ ${formatInteger(report.plan.planned)} bản; đã cấp phát ${formatInteger(report.plan.handedOut)} bản (${percent(report.plan.handedOut, report.plan.planned)}).`, { firstLineIndent: true }),
      figureBlock(planByUnitTable(report), [40]),
      {
        type: 'chart',
        chart: {
          title: 'Tiến độ so với kế hoạch (khung: kế hoạch; phần tô: đã cấp phát)',
          unit: 'bản',
          bars: Object.entries(report.plan.byUnit).map(([id, p]) => ({ label: units.get(id) ?? id, value: p.handedOut, target: p.planned })),
        },
      },
    );
  }
  blocks.push(
    article('II. CÁC HOẠT ĐỘNG CỦA KẾ HOẠCH'),
    report.plans.length ? figureBlock(activityTable(report.plans), [34, 10]) : paragraph('Không có kế hoạch nào trong thời gian báo cáo.', { firstLineIndent: true }),
    article('III. TỒN KHO VÀ HỢP ĐỒNG IN'),
    figureBlock(stockTable(report), [43]),
    figureBlock(contractTable(report), [19, 15, 24]),
    // Kept with the signer, so a page never holds the signature alone.
    paragraph(`${centre.name} kính báo cáo.`, { firstLineIndent: true, spaceBefore: true, keepWithNext: true }),
    closing([centreSigner(centre)], ['Như trên', 'Lưu: VT']),
  );
  return { title: `Báo cáo kết quả cấp phát ấn phẩm (${periodText(report)})`, fileStem: 'bao-cao-cap-phat', blocks };
}

const percent = (part: number, whole: number) => (whole ? `${Math.round((part / whole) * 1000) / 10}`.replace('.', ',') + '%' : '—');
