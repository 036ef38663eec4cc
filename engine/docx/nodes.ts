// Document-tree nodes → Word paragraphs and tables. Each node keeps the pack
// style it has in print as its Word style; what Word has no style for is
// built from plain Word parts: a callout or the contact box is a one-cell
// table with the box's fill and border (the one frame Word never splits
// oddly and users know how to edit), a QR code is a PNG picture.
import {
  BorderStyle,
  ImageRun,
  PageBreak,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import QRCode from 'qrcode';
import type { BoxNode, ColumnsNode, DocNode, ImageNode, QrNode, TextNode } from '../document.js';
import { imageBytes, readImageInfo } from '../image-info.js';
import type { Cmyk, TemplateDefinition } from '../template-schema.js';
import { ALIGNMENT, rgbHex, twips, wordStyleId } from './styles.js';

export type WordBlock = Paragraph | Table;

export const BULLET_LIST = 'bullet-list';
export const ORDERED_LIST = 'ordered-list';

/** What every node needs: the pack (styles, boxes, colours), the image width and the list counter. */
export interface WordContext {
  def: TemplateDefinition;
  frameWidthMm: number;
  /** Each ordered list gets its own numbering instance so it counts from 1. */
  nextListInstance: () => number;
  currentListInstance: number;
}

const PX_PER_MM = 96 / 25.4;
/** QR codes are drawn at print resolution so the picture stays sharp when the document is printed. */
const QR_PPI = 300;

export async function wordBlocks(nodes: DocNode[], ctx: WordContext): Promise<WordBlock[]> {
  const out: WordBlock[] = [];
  for (const node of nodes) out.push(...(await wordBlock(node, ctx)));
  return out;
}

async function wordBlock(node: DocNode, ctx: WordContext): Promise<WordBlock[]> {
  switch (node.kind) {
    case 'text':
      return [textParagraph(node, ctx)];
    case 'box':
      return boxTable(node, ctx);
    case 'image':
      return [imageParagraph(node, ctx)];
    case 'qr':
      return [await qrParagraph(node)];
    case 'break':
      return [new Paragraph({ children: [new PageBreak()] })];
    case 'spacer':
      return [spacer(twips(node.heightMm * (72 / 25.4)))];
    case 'columns':
      return [await columnsTable(node, ctx), spacer(20)];
  }
}

/** A block beside its translation: a borderless table, one cell per language, so Word keeps them side by side. */
async function columnsTable(node: ColumnsNode, ctx: WordContext): Promise<Table> {
  const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
  const gap = twips(node.gapMm * (72 / 25.4)) / 2;
  const cells = await Promise.all(
    node.columns.map(async (nodes) => {
      const children = await wordBlocks(nodes, ctx);
      return new TableCell({
        children: children.length && children.at(-1) instanceof Paragraph ? children : [...children, new Paragraph({})],
        width: { size: Math.floor(100 / node.columns.length), type: WidthType.PERCENTAGE },
        margins: { left: gap, right: gap },
      });
    }),
  );
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none },
    rows: [new TableRow({ cantSplit: true, children: cells })],
  });
}

function textParagraph(node: TextNode, ctx: WordContext): Paragraph {
  const runs = node.runs.map((r) => new TextRun({ text: r.text, bold: r.bold || undefined, italics: r.italic || undefined }));
  return new Paragraph({
    style: wordStyleId(node.style),
    children: runs,
    ...(node.align && { alignment: ALIGNMENT[node.align] }),
    ...(node.keepWithNext && { keepNext: true }),
    ...(node.marker && { numbering: listNumbering(node.marker, ctx) }),
  });
}

/** The parser writes "•" for bullets and "1.", "2." … for ordered items; "1." opens a new ordered list. */
function listNumbering(marker: string, ctx: WordContext) {
  if (!/^\d+\.$/.test(marker)) return { reference: BULLET_LIST, level: 0 };
  if (marker === '1.') ctx.currentListInstance = ctx.nextListInstance();
  return { reference: ORDERED_LIST, level: 0, instance: ctx.currentListInstance };
}

async function boxTable(node: BoxNode, ctx: WordContext): Promise<WordBlock[]> {
  const box = ctx.def.boxes[node.style] ?? { strokeWidthPt: 0.75, paddingPt: 6, spaceBeforePt: 4, spaceAfterPt: 6, stroke: 'text' };
  const fill = box.fill ? ctx.def.colors[box.fill] : undefined;
  const stroke = box.stroke ? ctx.def.colors[box.stroke] : undefined;
  const children = await wordBlocks(node.children, ctx);
  return [
    spacer(twips(box.spaceBeforePt)),
    framedTable(children, { fill, stroke, strokeWidthPt: box.strokeWidthPt, paddingPt: box.paddingPt }),
    // Two tables in a row would merge into one in Word; the space after the box keeps them apart.
    spacer(twips(box.spaceAfterPt)),
  ];
}

/** A full-width one-cell table: how a framed, shaded group is written (boxes, a cover's coloured panel). */
export function framedTable(
  children: WordBlock[],
  look: { fill?: Cmyk; stroke?: Cmyk; strokeWidthPt: number; paddingPt: number },
): Table {
  const border = look.stroke
    ? { style: BorderStyle.SINGLE, size: Math.max(2, Math.round(look.strokeWidthPt * 8)), color: rgbHex(look.stroke) }
    : { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
  const padding = twips(look.paddingPt);
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border },
    rows: [
      new TableRow({
        cantSplit: true,
        children: [
          new TableCell({
            // A cell must end with a paragraph, even when the box holds only a table.
            children: children.length && children.at(-1) instanceof Paragraph ? children : [...children, new Paragraph({})],
            margins: { top: padding, bottom: padding, left: padding, right: padding },
            ...(look.fill && { shading: { type: ShadingType.CLEAR, fill: rgbHex(look.fill), color: 'auto' } }),
          }),
        ],
      }),
    ],
  });
}

function imageParagraph(node: ImageNode, ctx: WordContext): Paragraph {
  const bytes = imageBytes(node.src);
  const info = readImageInfo(bytes);
  // The parser accepts PNG and JPEG only; a file that is neither by its bytes is reported, not embedded.
  if (!info) return new Paragraph({ style: wordStyleId('caption'), children: [new TextRun(`[Ảnh không đọc được: ${node.alt ?? ''}]`)] });
  const widthMm = Math.min(node.widthMm ?? ctx.frameWidthMm, ctx.frameWidthMm);
  const width = widthMm * PX_PER_MM;
  return new Paragraph({
    alignment: ALIGNMENT.center,
    keepNext: true,
    children: [
      new ImageRun({
        type: info.format === 'png' ? 'png' : 'jpg',
        data: bytes,
        transformation: { width: Math.round(width), height: Math.round((width * info.height) / info.width) },
        ...(node.alt && { altText: { name: node.alt, description: node.alt, title: node.alt } }),
      }),
    ],
  });
}

async function qrParagraph(node: QrNode): Promise<Paragraph> {
  const pixels = Math.round((node.sizeMm / 25.4) * QR_PPI);
  const png = await QRCode.toBuffer(node.data, { type: 'png', errorCorrectionLevel: 'M', margin: 1, width: pixels });
  const size = Math.round(node.sizeMm * PX_PER_MM);
  return new Paragraph({
    alignment: ALIGNMENT.center,
    keepNext: true,
    children: [
      new ImageRun({
        type: 'png',
        data: png,
        transformation: { width: size, height: size },
        altText: { name: 'QR', description: node.data, title: node.data },
      }),
    ],
  });
}

/** An empty paragraph as tall as `heightTwips` (Word has no other vertical space between blocks). */
function spacer(heightTwips: number): Paragraph {
  return new Paragraph({
    spacing: { before: 0, after: 0, line: Math.max(20, heightTwips), lineRule: 'exact' },
    children: [new TextRun({ text: '', size: 2 })],
  });
}
