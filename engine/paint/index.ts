// Paint: laid-out pages → a print-ready PDF. The only module that calls
// pdfkit; it draws what layout decided and decides nothing about text.
// Each side is one sheet: trim in the middle, TrimBox and BleedBox set,
// marks in the slug, every colour CMYK, fonts embedded as subsets, images
// converted for the press: a PDF/X-1a:2003 file (docs/print-output.md).
import { createHash } from 'node:crypto';
import PDFDocument from 'pdfkit';
import type { FontRegistry } from '../fonts.js';
import type { ImageItem, LaidOutDocument, LaidOutPage, PageItem, QrItem, RectItem } from '../layout/types.js';
import type { Cmyk, TemplatePack } from '../template-schema.js';
import { preparePrintImages, type PrintImages } from './images.js';
import { cropMarks, foldMarks, type Segment } from './marks.js';
import { inkLimitPercent, SOURCE_OUTPUT_PROFILE_PATH } from '../pdfx/standard.js';
import { addOutputIntent, PDFX_PDF_VERSION, pdfxInfo, writeXmp } from './pdfx.js';
import { bleedBox, sheetFor, trimBox, type Sheet } from './sheet.js';
import { TextPainter } from './text.js';
import { hasInk, paintingOrder, Underlay } from './under.js';

export interface PaintOptions {
  /** Fixed creation date: the same input then gives the same bytes. */
  creationDate?: Date;
  /** The CMYK output profile (pdfx/standard.ts `outputProfilePath(appRoot)`); the source tree's by default. */
  outputProfilePath?: string;
  /** Awaited after each page is drawn (progress and cancelling, see progress.ts `pageTicker`); a throw abandons the document. */
  afterPage?(done: number): Promise<void>;
  /** The document's images made ready for print (images.ts); made here, with the pack's ink limit, when absent. */
  images?: PrintImages;
}

/** Registration colour: prints on every plate, so marks show on each separation. */
const REGISTRATION: Cmyk = [100, 100, 100, 100];
const SLUG_FONT = { family: 'Noto Sans', bold: false, italic: false };
const SLUG_SIZE_PT = 6;
const CREATOR = 'Ấn phẩm TGPL';

type Doc = PDFKit.PDFDocument;
/** Images opened by pdfkit, by the placement that shows them. */
type Images = Map<ImageItem, PDFKit.Mixins.ImageSrc>;
/** 100 % K and nothing else: the black that overprints. */
const isSolidBlack = (c: Cmyk) => c[0] === 0 && c[1] === 0 && c[2] === 0 && c[3] === 100;

export async function paintPdf(doc: LaidOutDocument, pack: TemplatePack, fonts: FontRegistry, opts: PaintOptions = {}): Promise<Buffer> {
  const date = opts.creationDate ?? new Date();
  const profilePath = opts.outputProfilePath ?? SOURCE_OUTPUT_PROFILE_PATH;
  const printable = opts.images ?? (await preparePrintImages(doc, { profilePath, inkLimit: inkLimitPercent(pack.definition), limitCmyk: false }));
  const pdf = new PDFDocument({
    pdfVersion: PDFX_PDF_VERSION,
    autoFirstPage: false,
    margin: 0,
    compress: true,
    lang: doc.language,
    displayTitle: true,
    // No default Helvetica: every font in the file is one of ours, embedded.
    font: null as unknown as string,
    info: {
      Title: doc.title,
      Author: doc.author ?? '',
      Subject: doc.subject ?? '',
      Creator: CREATOR,
      Producer: `${CREATOR} (pdfkit)`,
      CreationDate: date,
      ModDate: date,
      ...pdfxInfo(),
    },
  });
  writeXmp(pdf);
  const done = collect(pdf);
  const images = openImages(pdf, printable);
  const text = new TextPainter(pdf, fonts);

  for (const [i, page] of doc.pages.entries()) {
    const sheet = sheetFor(page, pack.definition);
    pdf.addPage({ size: [sheet.width, sheet.height], margin: 0 });
    setBoxes(pdf, sheet);
    drawPage(pdf, page, sheet, images, text);
    drawSegments(pdf, [...cropMarks(sheet, pack.definition.marks), ...foldMarks(sheet, page.folds, pack.definition.marks)], pack.definition.marks.weightPt);
    drawSlugLine(sheet, page.folds[0] ?? page.trimWidth, `${doc.title} — ${page.label}`, fonts, text);
    await opts.afterPage?.(i + 1);
  }
  addOutputIntent(pdf, profilePath);
  pdf.end();
  return done;
}

/**
 * Opened once, so an image placed on several pages is embedded once; pdfkit
 * takes an opened image wherever it takes bytes. Equal bytes are opened once
 * too: an opaque picture over two different backgrounds converts the same.
 */
function openImages(pdf: Doc, printable: PrintImages): Images {
  const byBytes = new Map<string, PDFKit.Mixins.ImageSrc>();
  const opened = new Map(printable.all.map((p) => {
    const key = createHash('sha256').update(p.image.bytes).digest('hex');
    if (!byBytes.has(key)) byBytes.set(key, (pdf as unknown as { openImage(b: Buffer): PDFKit.Mixins.ImageSrc }).openImage(p.image.bytes));
    return [p, byBytes.get(key)!] as const;
  }));
  return new Map([...printable.byItem].map(([item, p]) => [item, opened.get(p)!]));
}

function collect(pdf: Doc): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    pdf.on('data', (c: Buffer) => chunks.push(c));
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });
}

function setBoxes(pdf: Doc, sheet: Sheet): void {
  const data = (pdf.page as unknown as { dictionary: { data: Record<string, unknown> } }).dictionary.data;
  data.TrimBox = trimBox(sheet);
  data.BleedBox = bleedBox(sheet);
  // pdfkit writes UserUnit on every page, a PDF 1.6 key that a 1.4 file must not carry (it is 1, the default, anyway).
  delete data.UserUnit;
}

function drawPage(pdf: Doc, page: LaidOutPage, sheet: Sheet, images: Images, text: TextPainter): void {
  pdf.save();
  pdf.translate(sheet.trimX, sheet.trimY);
  const ordered = paintingOrder(page.items);
  const underlay = new Underlay(ordered);
  for (const item of ordered) {
    if (item.type === 'text') {
      // Solid black over a tint overprints it: a knocked-out hole in the tint would show white edges when the plates shift.
      text.text(item, isSolidBlack(item.color) && hasInk(underlay.under(item)));
      continue;
    }
    // Text collected so far is written first: painting order is layout's order.
    text.flush();
    drawItem(pdf, item, images);
  }
  text.flush();
  pdf.restore();
}

function drawItem(pdf: Doc, item: Exclude<PageItem, { type: 'text' }>, images: Images): void {
  switch (item.type) {
    case 'rect':
      return drawRect(pdf, item);
    case 'image':
      pdf.image(images.get(item)!, item.x, item.y, { width: item.width, height: item.height });
      return;
    case 'qr':
      return drawQr(pdf, item);
  }
}

function drawRect(pdf: Doc, item: RectItem): void {
  pdf.rect(item.x, item.y, item.width, item.height);
  if (item.fill && item.stroke) pdf.lineWidth(item.strokeWidthPt ?? 0.75).fillAndStroke(item.fill, item.stroke);
  else if (item.fill) pdf.fill(item.fill);
  else if (item.stroke) pdf.lineWidth(item.strokeWidthPt ?? 0.75).stroke(item.stroke);
}

/** Dark modules as one filled path, each row's runs merged into single rectangles. */
function drawQr(pdf: Doc, item: QrItem): void {
  const cell = item.size / item.modules.length;
  item.modules.forEach((row, r) => {
    for (let c = 0; c < row.length; c++) {
      if (!row[c]) continue;
      const start = c;
      while (c + 1 < row.length && row[c + 1]) c++;
      pdf.rect(item.x + start * cell, item.y + r * cell, (c - start + 1) * cell, cell);
    }
  });
  pdf.fill(item.color);
}

function drawSegments(pdf: Doc, segments: Segment[], weightPt: number): void {
  pdf.save().lineWidth(weightPt).strokeColor(REGISTRATION);
  for (const s of segments) {
    if (s.dash) pdf.dash(s.dash[0], { space: s.dash[1] });
    else pdf.undash();
    pdf.moveTo(s.x1, s.y1).lineTo(s.x2, s.y2).stroke();
  }
  pdf.restore();
}

/** Title and side in small type below the trim, between the first crop mark and the first fold, for the print shop. */
function drawSlugLine(sheet: Sheet, firstFold: number, label: string, fonts: FontRegistry, painter: TextPainter): void {
  const x = sheet.trimX + SLUG_SIZE_PT;
  const room = firstFold - 2 * SLUG_SIZE_PT;
  // Measured word by word, as it is drawn: every page's label is new, a word seldom is.
  const measure = (t: string) => t.split(' ').reduce((w, word, i) => w + (i ? fonts.measure(SLUG_FONT, SLUG_SIZE_PT, ' ') : 0) + fonts.measure(SLUG_FONT, SLUG_SIZE_PT, word), 0);
  let text = label;
  while (text.length > 1 && measure(text) > room) text = text.slice(0, -2) + '…';
  const middle = sheet.trimY + sheet.trimHeight + sheet.bleed + (sheet.height - sheet.trimY - sheet.trimHeight - sheet.bleed) / 2;
  // Centred on the slug's middle: the baseline sits half the font's ascent+descent below it.
  const { ascender, descender } = fonts.verticalMetrics(SLUG_FONT);
  const y = middle + ((ascender + descender) / 2) * SLUG_SIZE_PT;
  painter.text({ type: 'text', x, y, text, face: SLUG_FONT, sizePt: SLUG_SIZE_PT, color: REGISTRATION, width: measure(text) });
  painter.flush();
}
