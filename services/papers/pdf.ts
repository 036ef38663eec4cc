// Paper → PDF with pdfkit, laid out per Nghị định 30 (decree30.ts),
// so the Centre gets a signed-ready PDF without a word processor. pdfkit
// wraps and justifies paragraphs itself; the two-column header, the signature
// blocks and "Nơi nhận" are placed here, tables row by row in pdf-table.ts.
// A heading keeps the start of what follows on its page, the last paragraph the whole closing.
// Page numbers are added last, from page 2, in the top margin.
import PDFDocument from 'pdfkit';
import {
  HEADER_LEFT_PCT, ISSUER_RULE_SHARE, MARGIN_MM, MM_TO_PT, NATIONAL_MOTTO, PAGE_NUMBER_FROM_TOP_MM, PARAGRAPH_SPACE_PT, SIZE_PT, SLOGAN, serifFonts,
} from './decree30.js';
import { paintBarChart } from './bar-chart.js';
import { levelled, type Paper, type Align, type Block, type Run, type Signer } from './model.js';
import { face, paintTable, tableStartHeight } from './pdf-table.js';

type Pdf = InstanceType<typeof PDFDocument>;

const margin = {
  top: MARGIN_MM.top * MM_TO_PT,
  bottom: MARGIN_MM.bottom * MM_TO_PT,
  left: MARGIN_MM.left * MM_TO_PT,
  right: MARGIN_MM.right * MM_TO_PT,
};
/** Single line spacing, as Word sets it (the decree: single or more), so the PDF breaks its pages where the DOCX does. */
const LINE_GAP = 0;
const FIRST_LINE_INDENT = 10 * MM_TO_PT;
/** Room for the signature and the seal between a signer's title and name. */
const SIGNATURE_ROOM = 70;
/** Height the signature blocks need: title, position, note, the room and the name. */
const SIGNATURE_HEIGHT = 60 + SIGNATURE_ROOM + 20;
/** Space before the closing. */
const CLOSING_GAP = 14;

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

  doc.blocks.forEach((block, i) => paintBlock(pdf, block, doc.blocks[i + 1]));
  numberPages(pdf);
  pdf.end();
  return done;
}

const textWidth = (pdf: Pdf) => pdf.page.width - margin.left - margin.right;
const bottom = (pdf: Pdf) => pdf.page.height - margin.bottom;

/**
 * What a paragraph kept with the next block keeps on its page of it: a table's header and first row,
 * the whole closing, three lines of anything else.
 */
function startHeight(pdf: Pdf, next: Block | undefined): number {
  if (!next) return 0;
  if (next.type === 'table') return tableStartHeight(pdf, next, textWidth(pdf));
  if (next.type === 'closing') return closingHeight(pdf, next);
  return 3 * pdf.font('regular').fontSize(SIZE_PT.body).currentLineHeight(true);
}

/** `next`: the block that follows, for what a paragraph keeps with it. */
function paintBlock(pdf: Pdf, block: Block, next: Block | undefined): void {
  switch (block.type) {
    case 'letterhead':
      return paintLetterhead(pdf, block);
    case 'title':
      pdf.moveDown(1.2);
      centred(pdf, [{ text: block.title, bold: true }], SIZE_PT.title);
      for (const line of block.lines) centred(pdf, line, SIZE_PT.body);
      pdf.moveDown(0.8);
      return;
    case 'paragraph':
      if (block.spaceBefore) pdf.moveDown(0.4);
      // A heading, or the paragraph before the closing, keeps the start of what follows on its page.
      if (block.keepWithNext) {
        const own = pdf.font(face(block.runs[0] ?? {})).fontSize(SIZE_PT.body).heightOfString(block.runs.map((r) => r.text).join(''), { width: textWidth(pdf), lineGap: LINE_GAP });
        if (pdf.y + own + PARAGRAPH_SPACE_PT + startHeight(pdf, next) > bottom(pdf)) pdf.addPage();
      }
      writeRuns(pdf, block.runs, SIZE_PT.body, { align: block.align ?? 'justify', indent: block.firstLineIndent ? FIRST_LINE_INDENT : 0 });
      pdf.y += PARAGRAPH_SPACE_PT;
      return;
    case 'table':
      return paintTable(pdf, block, textWidth(pdf), () => bottom(pdf));
    case 'closing':
      return paintClosing(pdf, block);
    case 'chart':
      return paintBarChart(pdf, block.chart, { left: margin.left, width: textWidth(pdf), bottom: bottom(pdf) });
  }
}

/** A centred line (or lines) in a column; returns the y under it. */
function columnText(pdf: Pdf, text: string, font: string, size: number, x: number, y: number, width: number): number {
  pdf.font(font).fontSize(size).text(text, x, y, { width, align: 'center', lineGap: 0 });
  return pdf.y;
}

/** A rule `length` long, centred in a column, just under y; returns the y under it. */
function columnRule(pdf: Pdf, x: number, width: number, y: number, length: number): number {
  const middle = x + width / 2;
  pdf.save().lineWidth(0.6).strokeColor('black').moveTo(middle - length / 2, y + 3).lineTo(middle + length / 2, y + 3).stroke().restore();
  return y + 3;
}

/** The two-column header: names and number on the left, Quốc hiệu, Tiêu ngữ and place-date on the right, the last rows level. */
function paintLetterhead(pdf: Pdf, block: Extract<Block, { type: 'letterhead' }>): void {
  const top = pdf.y;
  const leftWidth = (textWidth(pdf) * HEADER_LEFT_PCT) / 100;
  const rightX = margin.left + leftWidth;
  const rightWidth = textWidth(pdf) - leftWidth;

  let left = top;
  if (block.governing) left = columnText(pdf, block.governing, 'regular', SIZE_PT.governing, margin.left, left, leftWidth);
  left = columnText(pdf, block.issuer, 'bold', SIZE_PT.issuer, margin.left, left, leftWidth);
  const issuerLine = Math.min(pdf.widthOfString(block.issuer), leftWidth);
  left = columnRule(pdf, margin.left, leftWidth, left, issuerLine * ISSUER_RULE_SHARE);

  let right = columnText(pdf, NATIONAL_MOTTO, 'bold', SIZE_PT.motto, rightX, top, rightWidth);
  right = columnText(pdf, SLOGAN, 'bold', SIZE_PT.slogan, rightX, right, rightWidth);
  right = columnRule(pdf, rightX, rightWidth, right, pdf.widthOfString(SLOGAN));

  const row = Math.max(left, right) + 8;
  const numberEnd = columnText(pdf, block.numberLine, 'regular', SIZE_PT.number, margin.left, row, leftWidth);
  const dateEnd = columnText(pdf, block.placeDate, 'italic', SIZE_PT.placeDate, rightX, row, rightWidth);
  pdf.x = margin.left;
  pdf.y = Math.max(numberEnd, dateEnd);
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

/** One signer's block in a column from `top`: title, position, note, room for signature and seal, name. */
function paintSigner(pdf: Pdf, signer: Signer, x: number, width: number, top: number): void {
  pdf.font('bold').fontSize(SIZE_PT.body).text(signer.title, x, top, { width, align: 'center' });
  if (signer.position !== undefined) pdf.text(signer.position || ' ', x, pdf.y, { width, align: 'center' });
  if (signer.note) pdf.font('italic').fontSize(SIZE_PT.body).text(signer.note, x, pdf.y, { width, align: 'center' });
  if (signer.name) pdf.font('bold').fontSize(SIZE_PT.body).text(signer.name, x, pdf.y + SIGNATURE_ROOM, { width, align: 'center' });
}

/** Height of "Nơi nhận:" over its list (none when the list is empty). */
function recipientsHeight(pdf: Pdf, lines: string[], width: number): number {
  if (!lines.length) return 0;
  const heading = pdf.font('boldItalic').fontSize(SIZE_PT.recipientsHeading).heightOfString('Nơi nhận:', { width });
  pdf.font('regular').fontSize(SIZE_PT.recipients);
  return heading + lines.reduce((sum, line) => sum + pdf.heightOfString(line, { width }), 0);
}

/** One signer (a report's) stands beside the "Nơi nhận" list; two or more (a record's sides) above it. */
const beside = (block: Extract<Block, { type: 'closing' }>) => block.parties.length === 1;

function closingHeight(pdf: Pdf, block: Extract<Block, { type: 'closing' }>): number {
  const list = recipientsHeight(pdf, block.recipients, textWidth(pdf) / 2);
  return CLOSING_GAP + (beside(block) ? Math.max(list, SIGNATURE_HEIGHT) : SIGNATURE_HEIGHT + (list && list + 6));
}

/** The whole closing on one page: the signers side by side, "Nơi nhận:" on the left beside a single signer or under several. */
function paintClosing(pdf: Pdf, block: Extract<Block, { type: 'closing' }>): void {
  if (pdf.y + closingHeight(pdf, block) > bottom(pdf)) pdf.addPage();
  else pdf.y += CLOSING_GAP;
  const top = pdf.y;
  const half = textWidth(pdf) / 2;
  const signerWidth = beside(block) ? half : textWidth(pdf) / block.parties.length;
  const signersLeft = beside(block) ? margin.left + half : margin.left;
  levelled(block.parties).forEach((party, i) => paintSigner(pdf, party, signersLeft + i * signerWidth, signerWidth, top));
  let end = top + SIGNATURE_HEIGHT;
  if (block.recipients.length) {
    const listTop = beside(block) ? top : end + 6;
    pdf.font('boldItalic').fontSize(SIZE_PT.recipientsHeading).text('Nơi nhận:', margin.left, listTop, { width: half });
    pdf.font('regular').fontSize(SIZE_PT.recipients);
    for (const line of block.recipients) pdf.text(line, margin.left, pdf.y, { width: half });
    end = Math.max(end, pdf.y);
  }
  pdf.x = margin.left;
  pdf.y = end;
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
