// Page and type rules of Nghị định 30/2020/NĐ-CP (administrative documents),
// shared by the DOCX writer and the PDF painter: A4 portrait, margins top and
// bottom 20–25 mm, left 30–35 mm, right 15–20 mm; a Times-metric font;
// Quốc hiệu 12–13 pt bold capitals, Tiêu ngữ 13–14 pt bold with a rule under
// it; body 13–14 pt; page numbers centred in the top margin from page 2.
import { join } from 'node:path';

export const PAGE_MM = { width: 210, height: 297 } as const;
export const MARGIN_MM = { top: 20, bottom: 20, left: 30, right: 15 } as const;
/** Where the page number sits: centred in the top margin, its baseline this far from the top edge. */
export const PAGE_NUMBER_FROM_TOP_MM = 12;

/** Point sizes. Tables use 12 pt, as long item descriptions need the room; everything else keeps the decree's sizes. */
export const SIZE_PT = { motto: 13, slogan: 14, title: 14, body: 13, table: 12, pageNumber: 13 } as const;

export const NATIONAL_MOTTO = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const SLOGAN = 'Độc lập - Tự do - Hạnh phúc';

/** The name Word users' machines know; Liberation Serif has the same metrics. */
export const DOCX_FONT = 'Times New Roman';

export const MM_TO_PT = 72 / 25.4;

export function serifFonts(appRoot: string) {
  const dir = join(appRoot, 'fonts', 'liberation-serif');
  return {
    regular: join(dir, 'LiberationSerif-Regular.ttf'),
    bold: join(dir, 'LiberationSerif-Bold.ttf'),
    italic: join(dir, 'LiberationSerif-Italic.ttf'),
    boldItalic: join(dir, 'LiberationSerif-BoldItalic.ttf'),
  };
}
