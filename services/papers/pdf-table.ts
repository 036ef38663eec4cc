// A paper's tables on PDF pages: each row as tall as its tallest cell, the
// header row repeated on every page the table runs onto, and the last row (a
// total) never alone under it. pdf.ts creates the document; this file only
// measures and draws on it.
import { MARGIN_MM, MM_TO_PT, SIZE_PT } from './decree30.js';
import type { Block, Cell } from './model.js';

// pdfkit's own type, by its global name: only pdf.ts imports pdfkit (test/services/papers/boundary.test.ts).
type Pdf = PDFKit.PDFDocument;
type Table = Extract<Block, { type: 'table' }>;

const CELL_PAD = 3;
const LEFT = MARGIN_MM.left * MM_TO_PT;

/** The face registered for a run or cell (pdf.ts registers the four under these names). */
export const face = (run: { bold?: boolean; italic?: boolean }) =>
  run.bold && run.italic ? 'boldItalic' : run.bold ? 'bold' : run.italic ? 'italic' : 'regular';

interface Row {
  boxes: { cell: Cell; x: number; width: number; align: Cell['align'] }[];
  height: number;
}

/** Every row's cells placed across `width` and its height. */
export function measureTable(pdf: Pdf, block: Table, width: number): { header: Row; rows: Row[] } {
  const widths = block.columns.map((c) => (width * c.widthPct) / 100);
  const starts = widths.map((_, i) => LEFT + widths.slice(0, i).reduce((a, b) => a + b, 0));
  const row = (cells: Cell[]): Row => {
    let column = 0;
    const boxes = cells.map((cell) => {
      const span = cell.span ?? 1;
      const box = { cell, x: starts[column], width: widths.slice(column, column + span).reduce((a, b) => a + b, 0), align: cell.align ?? block.columns[column].align };
      column += span;
      return box;
    });
    return { boxes, height: Math.max(...boxes.map(({ cell, width: w }) => textHeight(pdf, cell, w))) + 2 * CELL_PAD };
  };
  return { header: row(block.header), rows: block.rows.map(row) };
}

function textHeight(pdf: Pdf, cell: Cell, width: number): number {
  pdf.font(face(cell)).fontSize(SIZE_PT.table);
  return pdf.heightOfString(cell.text, { width: width - 2 * CELL_PAD, lineGap: 1 });
}

/** What must fit on a page before the table starts there: the header and the first row. */
export function tableStartHeight(pdf: Pdf, block: Table, width: number): number {
  const { header, rows } = measureTable(pdf, block, width);
  return header.height + (rows[0]?.height ?? 0);
}

export function paintTable(pdf: Pdf, block: Table, width: number, bottom: () => number): void {
  const { header, rows } = measureTable(pdf, block, width);
  const paintRow = ({ boxes, height }: Row) => {
    const top = pdf.y;
    for (const { cell, x, width: w, align } of boxes) {
      pdf.lineWidth(0.5).rect(x, top, w, height).stroke();
      // An empty cell writes nothing: pdfkit would move an empty line near the page's foot to a new page, and the rest of the row with it.
      if (!cell.text) continue;
      const y = top + (height - textHeight(pdf, cell, w)) / 2;
      // Bounded by the row's foot, so a cell never runs onto a new page by itself.
      pdf.text(cell.text, x + CELL_PAD, y, { width: w - 2 * CELL_PAD, height: top + height - y, align, lineGap: 1 });
    }
    pdf.y = top + height;
  };

  pdf.moveDown(0.3);
  if (pdf.y + header.height + (rows[0]?.height ?? 0) > bottom()) pdf.addPage();
  paintRow(header);
  rows.forEach((row, i) => {
    // The last row (a total) never stands alone under a repeated header: the row before it goes over with it.
    const keep = i === rows.length - 2 ? rows[i + 1].height : 0;
    if (pdf.y + row.height + keep > bottom()) {
      pdf.addPage();
      paintRow(header);
    }
    paintRow(row);
  });
  pdf.x = LEFT;
  pdf.moveDown(0.5);
}
