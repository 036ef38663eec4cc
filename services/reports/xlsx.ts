// The report as a real spreadsheet (exceljs): one sheet per table, figures
// stored as numbers with a thousands format, the header row styled and
// frozen, totals in bold. The matrix's total column and row are formulas
// (with their values cached, so readers that do not calculate still show
// them): a user who corrects a figure sees the totals follow.
import ExcelJS from 'exceljs';
import type { DistributionReport } from '../../contract/reports.js';
import { activityTable, contractTable, matrixTable, periodTable, periodText, planTable, stockTable, type FigureTable } from './table.js';

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDCE6F1' } };
const TOTAL_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } };
const THIN: Partial<ExcelJS.Borders> = { top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } };
/** "#,##0": Excel and LibreOffice show the grouping in the user's locale (5.000 in Vietnamese). */
const FIGURES = '#,##0';

export async function reportXlsx(report: DistributionReport, options: { created?: Date } = {}): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Ấn phẩm TGPL';
  book.title = `Báo cáo cấp phát ấn phẩm (${periodText(report)})`;
  const created = options.created ?? new Date();
  book.created = created;
  book.modified = created;
  addSheet(book, matrixTable(report), { matrix: true });
  addSheet(book, periodTable(report));
  if (report.plan.rows.length) addSheet(book, planTable(report));
  if (report.plans.length) addSheet(book, activityTable(report.plans));
  addSheet(book, stockTable(report));
  addSheet(book, contractTable(report));
  return Buffer.from(await book.xlsx.writeBuffer());
}

const column = (n: number) => {
  let name = '';
  for (let i = n; i > 0; i = Math.floor((i - 1) / 26)) name = String.fromCharCode(65 + ((i - 1) % 26)) + name;
  return name;
};

export function addSheet(book: ExcelJS.Workbook, table: FigureTable, { matrix = false } = {}): void {
  const sheet = book.addWorksheet(table.title, { views: [{ state: 'frozen', xSplit: table.labels, ySplit: 1 }] });
  sheet.columns = table.header.map((name, i) => ({ width: name === 'TT' ? 6 : i < table.labels ? 30 : 18 }));
  const header = sheet.addRow(table.header);
  // Publication titles are long: room for four wrapped lines.
  header.height = 64;
  header.eachCell((cell) => {
    cell.font = { bold: true };
    cell.fill = HEADER_FILL;
    cell.border = THIN;
    cell.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  });

  const width = table.header.length;
  const firstFigure = table.labels + 1;
  const lastBody = table.rows.length; // sheet row of the last body row (header is row 1)
  table.rows.forEach((row, i) => {
    const at = i + 2;
    const cells: ExcelJS.CellValue[] = [...row.cells];
    if (matrix && !row.total) {
      // Row total: the sum of this unit's publications.
      cells[width - 1] = { formula: `SUM(${column(firstFigure)}${at}:${column(width - 1)}${at})`, result: row.cells[width - 1] as number };
    } else if (matrix && row.total) {
      for (let c = firstFigure; c <= width; c++) cells[c - 1] = { formula: `SUM(${column(c)}2:${column(c)}${lastBody})`, result: row.cells[c - 1] as number };
    }
    const added = sheet.addRow(cells);
    added.eachCell({ includeEmpty: true }, (cell, c) => {
      cell.border = THIN;
      if (c > table.labels) cell.numFmt = FIGURES;
      if (row.total) {
        cell.font = { bold: true };
        cell.fill = TOTAL_FILL;
      }
    });
  });
  if (matrix) sheet.getColumn(width).font = { bold: true };
}
