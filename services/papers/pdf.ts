// Paper → PDF with pdfkit, laid out per Nghị định 30 (decree30.ts),
// so the Centre gets a signed-ready PDF without a word processor. pdfkit
// wraps and justifies paragraphs itself; tables and the signature blocks are
// placed here, row by row, moving to a new page (header row repeated) when a
// row does not fit. Page numbers are added last, from page 2, in the top margin.
import PDFDocument from 'pdfkit';
import { MARGIN_MM, MM_TO_PT, NATIONAL_MOTTO, PAGE_NUMBER_FROM_TOP_MM, SIZE_PT, SLOGAN, serifFonts } from './decree30.js';
import { paintBarChart } from './bar-chart.js';
import type { Paper, Align, Block, Cell, Run } from './model.js';

type Pdf = InstanceType<typeof PDFDocument>;

const margin = {
  top: MARGIN_MM.top * MM_TO_PT,
  bottom: MARGIN_MM.bottom * MM_TO_PT,
  left: MARGIN_MM.left * MM_TO_PT,
  right: MARGIN_MM.right * MM_TO_PT,
};
const LINE_GAP = 2;
const CELL_PAD = 3;
const FIRST_LINE_INDENT = 10 * MM_TO_PT;
/** Height the signature blocks need: titles, note and room for signature and seal. */
const SIGNATURE_HEIGHT = 130;

const face = (run: { bold?: boolean; italic?: boolean }) =>
  run.bold && run.italic ? 'boldItalic' : run.bold ? 'bold' : run.italic ? 'italic' : 'regular';

export interface PdfOptions {
  appRoot: string;
  /** Fixed for reproducible files in tests; the document date otherwise. */
  creationDate?: Date;
}

export function writePdf(doc: Paper, options: PdfOptions): Promise<Buffer> {
  const pdf = new PDFDocument({
    size: 'A4',
    margins: margin,
    bufferPages: true,
    info: { Title: doc.title, Creator: 'Ấn phẩm TGPL', CreationDate: options.creationDate ?? new Date() },
  });
  for (const [name, file] of Object.entries(serifFonts(options.appRoot))) pdf.registerFont(name, file);
  const chunks: Buffer[] = [];
  pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });

  for (const block of doc.blocks) paintBlock(pdf, block);
  numberPages(pdf);
  pdf.end();
  return done;
}

const textWidth = (pdf: Pdf) => pdf.page.width - margin.left - margin.right;
const bottom = (pdf: Pdf) => pdf.page.height - margin.bottom;

function paintBlock(pdf: Pdf, block: Block): void {
  switch (block.type) {
    case 'motto':
      return paintMotto(pdf);
    case 'title':
      pdf.moveDown(1.2);
      centred(pdf, [{ text: block.title, bold: true }], SIZE_PT.title);
      for (const line of block.lines) centred(pdf, line, SIZE_PT.body);
      pdf.moveDown(0.8);
      return;
    case 'paragraph':
      if (block.spaceBefore) pdf.moveDown(0.4);
      // A heading keeps at least three lines of what follows on its page.
      if (block.keepWithNext && pdf.y + 4 * pdf.currentLineHeight(true) > bottom(pdf)) pdf.addPage();
      writeRuns(pdf, block.runs, SIZE_PT.body, { align: block.align ?? 'justify', indent: block.firstLineIndent ? FIRST_LINE_INDENT : 0 });
      pdf.moveDown(0.15);
      return;
    case 'table':
      return paintTable(pdf, block);
    case 'signatures':
      return paintSignatures(pdf, block.parties);
    case 'chart':
      return paintBarChart(pdf, block.chart, { left: margin.left, width: textWidth(pdf), bottom: bottom(pdf) });
  }
}

function paintMotto(pdf: Pdf): void {
  centred(pdf, [{ text: NATIONAL_MOTTO, bold: true }], SIZE_PT.motto);
  centred(pdf, [{ text: SLOGAN, bold: true }], SIZE_PT.slogan);
  // The rule under the tiêu ngữ is as long as the tiêu ngữ.
  pdf.font('bold').fontSize(SIZE_PT.slogan);
  const width = pdf.widthOfString(SLOGAN);
  const middle = margin.left + textWidth(pdf) / 2;
  const y = pdf.y + 2;
  pdf.save().lineWidth(0.6).moveTo(middle - width / 2, y).lineTo(middle + width / 2, y).stroke().restore();
}

function centred(pdf: Pdf, runs: Run[], size: number): void {
  writeRuns(pdf, runs, size, { align: 'center', indent: 0 });
}

/** Runs of one paragraph: pdfkit's `continued` keeps them on shared lines. */
function writeRuns(pdf: Pdf, runs: Run[], size: number, { align, indent }: { align: Align; indent: number }): void {
  pdf.x = margin.left;
  runs.forEach((run, i) => {
    pdf.font(face(run)).fontSize(size);
    const options = { width: textWidth(pdf), align, lineGap: LINE_GAP, continued: i < runs.length - 1, ...(i === 0 ? { indent } : {}) };
    if (i === 0) pdf.text(run.text, margin.left, pdf.y, options);
    else pdf.text(run.text, options);
  });
}

function paintTable(pdf: Pdf, block: Extract<Block, { type: 'table' }>): void {
  const total = textWidth(pdf);
  const widths = block.columns.map((c) => (total * c.widthPct) / 100);
  const starts = widths.map((_, i) => margin.left + widths.slice(0, i).reduce((a, b) => a + b, 0));

  /** Each cell's box and alignment for one row. */
  const layout = (cells: Cell[]) => {
    let column = 0;
    return cells.map((cell) => {
      const span = cell.span ?? 1;
      const box = { cell, x: starts[column], width: widths.slice(column, column + span).reduce((a, b) => a + b, 0), align: cell.align ?? block.columns[column].align };
      column += span;
      return box;
    });
  };
  const heightOf = (cells: ReturnType<typeof layout>) =>
    Math.max(...cells.map(({ cell, width }) => {
      pdf.font(face(cell)).fontSize(SIZE_PT.table);
      return pdf.heightOfString(cell.text, { width: width - 2 * CELL_PAD, lineGap: 1 });
    })) + 2 * CELL_PAD;

  const paintRow = (cells: ReturnType<typeof layout>, height: number) => {
    const top = pdf.y;
    for (const { cell, x, width, align } of cells) {
      pdf.lineWidth(0.5).rect(x, top, width, height).stroke();
      pdf.font(face(cell)).fontSize(SIZE_PT.table);
      const textHeight = pdf.heightOfString(cell.text, { width: width - 2 * CELL_PAD, lineGap: 1 });
      pdf.text(cell.text, x + CELL_PAD, top + (height - textHeight) / 2, { width: width - 2 * CELL_PAD, align, lineGap: 1 });
    }
    pdf.y = top + height;
  };

  const header = layout(block.header);
  const headerHeight = heightOf(header);
  pdf.moveDown(0.3);
  if (pdf.y + headerHeight * 2 > bottom(pdf)) pdf.addPage();
  paintRow(header, headerHeight);
  for (const cells of block.rows.map(layout)) {
    const height = heightOf(cells);
    if (pdf.y + height > bottom(pdf)) {
      pdf.addPage();
      paintRow(header, headerHeight);
    }
    paintRow(cells, height);
  }
  pdf.x = margin.left;
  pdf.moveDown(0.5);
}

function paintSignatures(pdf: Pdf, parties: Extract<Block, { type: 'signatures' }>['parties']): void {
  pdf.moveDown(1);
  if (pdf.y + SIGNATURE_HEIGHT > bottom(pdf)) pdf.addPage();
  const top = pdf.y;
  const width = textWidth(pdf) / parties.length;
  parties.forEach((party, i) => {
    const x = margin.left + i * width;
    pdf.font('bold').fontSize(SIZE_PT.body).text(party.title, x, top, { width, align: 'center' });
    pdf.font('italic').fontSize(SIZE_PT.body).text(party.note, x, pdf.y, { width, align: 'center' });
    if (party.name) pdf.font('bold').text(party.name, x, top + SIGNATURE_HEIGHT - 20, { width, align: 'center' });
  });
  pdf.x = margin.left;
  pdf.y = top + SIGNATURE_HEIGHT;
}

/** Page numbers centred in the top margin, none on page 1 (Nghị định 30). */
function numberPages(pdf: Pdf): void {
  const { start, count } = pdf.bufferedPageRange();
  for (let i = start + 1; i < start + count; i++) {
    pdf.switchToPage(i);
    pdf.font('regular').fontSize(SIZE_PT.pageNumber);
    const y = PAGE_NUMBER_FROM_TOP_MM * MM_TO_PT - SIZE_PT.pageNumber;
    pdf.text(String(i - start + 1), margin.left, y, { width: textWidth(pdf), align: 'center', lineBreak: false });
  }
}
