// The unit × publication matrix as CSV that Excel opens with Vietnamese
// intact: UTF-8 with a byte-order mark (without it Excel reads the file in
// the system's ANSI code page), CRLF line ends, fields quoted when needed.
// Figures are bare integers, so they arrive as numbers.
import type { DistributionReport } from '../../contract/reports.js';
import { matrixTable } from './table.js';

const BOM = '\uFEFF';

function field(value: string | number): string {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function reportCsv(report: DistributionReport): Buffer {
  const table = matrixTable(report);
  const lines = [table.header, ...table.rows.map((r) => r.cells)].map((cells) => cells.map(field).join(','));
  return Buffer.from(`${BOM}${lines.join('\r\n')}\r\n`, 'utf8');
}
