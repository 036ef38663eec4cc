// Paper → DOCX with the `docx` package, laid out per Nghị định 30:
// Word reflows the text itself; this sets the page, the fonts, the page
// number from page 2, the tables, and the two-column letterhead and the
// closing as borderless tables (as Word users lay them out).
import {
  AlignmentType, BorderStyle, Document, Header, Packer, PageNumber, PageOrientation, Paragraph, Table, TableCell,
  TableLayoutType, TableRow, TextRun, VerticalAlign, WidthType, convertMillimetersToTwip,
} from 'docx';
import {
  DOCX_FONT, HEADER_LEFT_PCT, ISSUER_RULE_SHARE, MARGIN_MM, NATIONAL_MOTTO, PAGE_MM, PAGE_NUMBER_FROM_TOP_MM, PARAGRAPH_SPACE_PT, SIZE_PT, SLOGAN,
} from './decree30.js';
import { levelled, type Paper, type Align, type Block, type Cell, type Run, type Signer } from './model.js';

/** Half-points, as DOCX sizes fonts. */
const half = (pt: number) => Math.round(pt * 2);
const twip = (mm: number) => Math.round(convertMillimetersToTwip(mm));
const TEXT_WIDTH_TWIP = twip(PAGE_MM.width - MARGIN_MM.left - MARGIN_MM.right);
const FIRST_LINE_INDENT_TWIP = twip(10);
/** 6 pt before a spaced paragraph. */
const SPACE_BEFORE = 120;
/** After every paragraph (twentieths of a point). */
const SPACE_AFTER = PARAGRAPH_SPACE_PT * 20;

const ALIGN: Record<Align, (typeof AlignmentType)[keyof typeof AlignmentType]> = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
};

export interface DocxOptions {
  /** Measures text in the document font (points), for the rules under the issuing body and the tiêu ngữ. */
  measureBold(text: string, sizePt: number): number;
}

export async function writeDocx(doc: Paper, options: DocxOptions): Promise<Buffer> {
  const document = new Document({
    title: doc.title,
    creator: 'Ấn phẩm TGPL',
    styles: { default: { document: { run: { font: DOCX_FONT, size: half(SIZE_PT.body) } } } },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { width: twip(PAGE_MM.width), height: twip(PAGE_MM.height), orientation: PageOrientation.PORTRAIT },
            margin: {
              top: twip(MARGIN_MM.top), bottom: twip(MARGIN_MM.bottom), left: twip(MARGIN_MM.left), right: twip(MARGIN_MM.right),
              header: twip(PAGE_NUMBER_FROM_TOP_MM - 4), footer: twip(10),
            },
          },
        },
        headers: {
          // Page 1 has no number; every later page has it centred in the top margin.
          first: new Header({ children: [new Paragraph({})] }),
          default: new Header({
            children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT], size: half(SIZE_PT.pageNumber) })] })],
          }),
        },
        children: doc.blocks.flatMap((block) => blockToDocx(block, options)),
      },
    ],
  });
  return Packer.toBuffer(document);
}

function runs(list: Run[], sizePt?: number): TextRun[] {
  return list.map((r) => new TextRun({ text: r.text, bold: r.bold, italics: r.italic, size: sizePt ? half(sizePt) : undefined }));
}

function blockToDocx(block: Block, options: DocxOptions): (Paragraph | Table)[] {
  switch (block.type) {
    case 'letterhead':
      return [letterhead(block, options), new Paragraph({ spacing: { after: 0 } })];
    case 'title':
      return [
        // 12 pt after the title's last line, whether that is the title itself or a line under it.
        new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 480, after: block.lines.length ? 0 : 240 }, children: [new TextRun({ text: block.title, bold: true, size: half(SIZE_PT.title) })] }),
        ...block.lines.map((line, i) => new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: i === block.lines.length - 1 ? 240 : 0 }, children: runs(line) })),
      ];
    case 'paragraph':
      return [
        new Paragraph({
          alignment: ALIGN[block.align ?? 'justify'],
          indent: block.firstLineIndent ? { firstLine: FIRST_LINE_INDENT_TWIP } : undefined,
          keepNext: block.keepWithNext,
          spacing: { before: block.spaceBefore ? SPACE_BEFORE : 0, after: SPACE_AFTER },
          children: runs(block.runs),
        }),
      ];
    case 'table':
      return [table(block), new Paragraph({ spacing: { after: 60 } })];
    case 'closing':
      return [new Paragraph({ keepNext: true, spacing: { before: SPACE_BEFORE } }), closingTable(block)];
    case 'chart':
      // Word users edit the figures; the table next to a chart carries them.
      return [];
  }
}

const LINE = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;

function table(block: Extract<Block, { type: 'table' }>): Table {
  const widths = block.columns.map((c) => Math.round((TEXT_WIDTH_TWIP * c.widthPct) / 100));
  const row = (cells: Cell[], header: boolean, keepNext = false) => {
    let column = 0;
    return new TableRow({
      tableHeader: header,
      cantSplit: true,
      children: cells.map((cell) => {
        const span = cell.span ?? 1;
        const width = widths.slice(column, column + span).reduce((a, b) => a + b, 0);
        const align = cell.align ?? block.columns[column].align;
        column += span;
        return new TableCell({
          columnSpan: span > 1 ? span : undefined,
          width: { size: width, type: WidthType.DXA },
          verticalAlign: VerticalAlign.CENTER,
          margins: { top: 40, bottom: 40, left: 80, right: 80 },
          children: cell.text.split('\n').map((text) => new Paragraph({ alignment: ALIGN[align], keepNext, children: runs([{ text, bold: cell.bold, italic: cell.italic }], SIZE_PT.table) })),
        });
      }),
    });
  };
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: TEXT_WIDTH_TWIP, type: WidthType.DXA },
    columnWidths: widths,
    borders: { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE },
    // As the PDF: the last row (a total) keeps the row before it on its page.
    rows: [row(block.header, true), ...block.rows.map((cells, i) => row(cells, false, i === block.rows.length - 2))],
  });
}

// Kept with the next paragraph, so the header and the closing each stay whole on a page.
const centred = (children: TextRun[], spacing?: { before?: number }) => new Paragraph({ alignment: AlignmentType.CENTER, keepNext: true, spacing, children });

/** A table without lines, its columns `widths` (twips) wide: how Word users lay out the header and the signatures. */
function layoutTable(widths: number[], rows: TableCell[][]): Table {
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    borders: { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE },
    rows: rows.map((children) => new TableRow({ cantSplit: true, children })),
  });
}

const cell = (width: number, children: Paragraph[]) =>
  new TableCell({ width: { size: width, type: WidthType.DXA }, margins: { left: 0, right: 0 }, children });

/** A rule `lengthPt` long, centred in a column `widthTwip` wide: an empty paragraph, one point high, with a top border. */
function rule(widthTwip: number, lengthPt: number): Paragraph {
  const indent = Math.max(0, Math.round((widthTwip - lengthPt * 20) / 2));
  return new Paragraph({
    indent: { left: indent, right: indent },
    spacing: { before: 40, after: 0, line: 20, lineRule: 'exact' },
    border: { top: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 0 } },
    run: { size: 2 },
  });
}

/** The two-column header as a two-row table, so the number line and the place-date line stand level. */
function letterhead(block: Extract<Block, { type: 'letterhead' }>, options: DocxOptions): Table {
  const left = Math.round((TEXT_WIDTH_TWIP * HEADER_LEFT_PCT) / 100);
  const right = TEXT_WIDTH_TWIP - left;
  const line = (text: string, size: number, style: { bold?: boolean; italics?: boolean } = {}) => centred([new TextRun({ text, size: half(size), ...style })]);
  const issuerLine = Math.min(options.measureBold(block.issuer, SIZE_PT.issuer), left / 20);
  return layoutTable([left, right], [
    [
      cell(left, [
        ...(block.governing ? [line(block.governing, SIZE_PT.governing)] : []),
        line(block.issuer, SIZE_PT.issuer, { bold: true }),
        rule(left, issuerLine * ISSUER_RULE_SHARE),
      ]),
      cell(right, [
        line(NATIONAL_MOTTO, SIZE_PT.motto, { bold: true }),
        line(SLOGAN, SIZE_PT.slogan, { bold: true }),
        rule(right, options.measureBold(SLOGAN, SIZE_PT.slogan)),
      ]),
    ],
    [
      cell(left, [new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 160 }, children: [new TextRun({ text: block.numberLine, size: half(SIZE_PT.number) })] })]),
      cell(right, [new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 160 }, children: [new TextRun({ text: block.placeDate, italics: true, size: half(SIZE_PT.placeDate) })] })]),
    ],
  ]);
}

/** One signer: title, position, note, room for the signature and the seal, name. */
function signerParagraphs(p: Signer): Paragraph[] {
  return [
    centred([new TextRun({ text: p.title, bold: true })]),
    ...(p.position !== undefined ? [centred([new TextRun({ text: p.position, bold: true })])] : []),
    ...(p.note ? [centred([new TextRun({ text: p.note, italics: true })])] : []),
    centred([new TextRun({ text: p.name ?? '', bold: true })], { before: 1700 }),
  ];
}

/** "Nơi nhận:" (12 pt bold italic) over its list (11 pt); nothing when the list is empty. */
function recipientParagraphs(lines: string[], before = 0): Paragraph[] {
  if (!lines.length) return [];
  return [
    new Paragraph({ spacing: { before }, children: [new TextRun({ text: 'Nơi nhận:', bold: true, italics: true, size: half(SIZE_PT.recipientsHeading) })] }),
    ...lines.map((text) => new Paragraph({ children: [new TextRun({ text, size: half(SIZE_PT.recipients) })] })),
  ];
}

/**
 * The closing as one table row that cannot split, as the PDF keeps it on one page: a single signer on
 * the right half beside the list; several side by side, the list under the first (the left half).
 */
function closingTable(block: Extract<Block, { type: 'closing' }>): Table {
  const parties = levelled(block.parties);
  if (parties.length === 1) {
    const width = Math.round(TEXT_WIDTH_TWIP / 2);
    const list = recipientParagraphs(block.recipients);
    return layoutTable([width, width], [[cell(width, list.length ? list : [new Paragraph({})]), cell(width, signerParagraphs(parties[0]))]]);
  }
  const width = Math.round(TEXT_WIDTH_TWIP / parties.length);
  return layoutTable(parties.map(() => width), [
    parties.map((p, i) => cell(width, [...signerParagraphs(p), ...(i === 0 ? recipientParagraphs(block.recipients, SPACE_BEFORE * 2) : [])])),
  ]);
}
