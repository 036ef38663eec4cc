// Paper → DOCX with the `docx` package, laid out per Nghị định 30:
// Word reflows the text itself; this sets the page, the fonts, the header
// with the page number from page 2 and the tables.
import {
  AlignmentType, BorderStyle, Document, Header, Packer, PageNumber, PageOrientation, Paragraph, Table, TableCell,
  TableLayoutType, TableRow, TextRun, VerticalAlign, WidthType, convertMillimetersToTwip,
} from 'docx';
import { DOCX_FONT, MARGIN_MM, NATIONAL_MOTTO, PAGE_MM, PAGE_NUMBER_FROM_TOP_MM, SIZE_PT, SLOGAN } from './decree30.js';
import type { Paper, Align, Block, Cell, Run } from './model.js';

/** Half-points, as DOCX sizes fonts. */
const half = (pt: number) => Math.round(pt * 2);
const twip = (mm: number) => Math.round(convertMillimetersToTwip(mm));
const TEXT_WIDTH_TWIP = twip(PAGE_MM.width - MARGIN_MM.left - MARGIN_MM.right);
const FIRST_LINE_INDENT_TWIP = twip(10);
/** 6 pt before a spaced paragraph, 3 pt between table lines of text. */
const SPACE_BEFORE = 120;

const ALIGN: Record<Align, (typeof AlignmentType)[keyof typeof AlignmentType]> = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
};

export interface DocxOptions {
  /** Measures text in the document font (points), for the rule under the tiêu ngữ. */
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
    case 'motto': {
      // The rule is the paragraph's bottom border, indented so it spans the tiêu ngữ only.
      const sloganTwip = Math.round(options.measureBold(SLOGAN, SIZE_PT.slogan) * 20);
      // A little slack, or Word and LibreOffice wrap the last word of a paragraph exactly as wide as its text.
      const indent = Math.max(0, Math.round((TEXT_WIDTH_TWIP - sloganTwip) / 2) - 100);
      return [
        new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: NATIONAL_MOTTO, bold: true, size: half(SIZE_PT.motto) })] }),
        new Paragraph({
          alignment: AlignmentType.CENTER,
          indent: { left: indent, right: indent },
          border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
          children: [new TextRun({ text: SLOGAN, bold: true, size: half(SIZE_PT.slogan) })],
        }),
      ];
    }
    case 'title':
      return [
        new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 480 }, children: [new TextRun({ text: block.title, bold: true, size: half(SIZE_PT.title) })] }),
        ...block.lines.map((line) => new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 240 }, children: runs(line) })),
      ];
    case 'paragraph':
      return [
        new Paragraph({
          alignment: ALIGN[block.align ?? 'justify'],
          indent: block.firstLineIndent ? { firstLine: FIRST_LINE_INDENT_TWIP } : undefined,
          keepNext: block.keepWithNext,
          spacing: { before: block.spaceBefore ? SPACE_BEFORE : 0, after: 60 },
          children: runs(block.runs),
        }),
      ];
    case 'table':
      return [table(block), new Paragraph({ spacing: { after: 60 } })];
    case 'signatures':
      return [new Paragraph({ spacing: { before: SPACE_BEFORE } }), signatureTable(block.parties)];
    case 'chart':
      // Word users edit the figures; the table next to a chart carries them.
      return [];
  }
}

const LINE = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;

function table(block: Extract<Block, { type: 'table' }>): Table {
  const widths = block.columns.map((c) => Math.round((TEXT_WIDTH_TWIP * c.widthPct) / 100));
  const row = (cells: Cell[], header: boolean) => {
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
          children: cell.text.split('\n').map((text) => new Paragraph({ alignment: ALIGN[align], children: runs([{ text, bold: cell.bold, italic: cell.italic }], SIZE_PT.table) })),
        });
      }),
    });
  };
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: TEXT_WIDTH_TWIP, type: WidthType.DXA },
    columnWidths: widths,
    borders: { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE },
    rows: [row(block.header, true), ...block.rows.map((cells) => row(cells, false))],
  });
}

function signatureTable(parties: Extract<Block, { type: 'signatures' }>['parties']): Table {
  const width = Math.round(TEXT_WIDTH_TWIP / parties.length);
  const centred = (children: TextRun[], spacing?: { before?: number }) => new Paragraph({ alignment: AlignmentType.CENTER, spacing, children });
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: TEXT_WIDTH_TWIP, type: WidthType.DXA },
    columnWidths: parties.map(() => width),
    borders: { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE },
    rows: [
      new TableRow({
        cantSplit: true,
        children: parties.map((p) =>
          new TableCell({
            width: { size: width, type: WidthType.DXA },
            children: [
              centred([new TextRun({ text: p.title, bold: true })]),
              centred([new TextRun({ text: p.note, italics: true })]),
              // Room for the signature and the seal.
              centred([new TextRun({ text: p.name ?? '', bold: true })], { before: 1700 }),
            ],
          }),
        ),
      }),
    ],
  });
}
