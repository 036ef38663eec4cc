// Page and type rules of Nghị định 30/2020/NĐ-CP (administrative documents),
// shared by the DOCX writer and the PDF painter: A4 portrait, margins top and
// bottom 20–25 mm, left 30–35 mm, right 15–20 mm; a Times-metric font; the
// two-column header (governing and issuing body 12–13 pt capitals, Quốc hiệu
// 12–13 pt bold capitals, Tiêu ngữ 13–14 pt bold with a rule under it, the
// place-date line 13–14 pt italic); body 13–14 pt with at least 6 pt between
// paragraphs; "Nơi nhận:" 12 pt bold italic over an 11 pt list; page numbers
// centred in the top margin from page 2.
import { join } from 'node:path';

export const PAGE_MM = { width: 210, height: 297 } as const;
export const MARGIN_MM = { top: 20, bottom: 20, left: 30, right: 15 } as const;
/** Where the page number sits: centred in the top margin, its baseline this far from the top edge. */
export const PAGE_NUMBER_FROM_TOP_MM = 12;

/**
 * Point sizes. The header's left column takes 12 pt names so "TRUNG TÂM TRỢ GIÚP PHÁP LÝ" fits one line of it,
 * and the Quốc hiệu 12 pt so it fits the right one; tables use 12 pt, as long item descriptions need the room.
 */
export const SIZE_PT = {
  governing: 12, issuer: 12, number: 13, motto: 12, slogan: 13, placeDate: 14,
  title: 14, body: 13, table: 12, pageNumber: 13, recipientsHeading: 12, recipients: 11,
} as const;

/** Space after every paragraph (the decree asks for at least 6 pt). */
export const PARAGRAPH_SPACE_PT = 6;

/**
 * The header's left column, in percent of the text width (73 of 165 mm): the issuing body's
 * name at 12 pt wraps after "PHÁP LÝ" as printed papers do; the right column (92 mm) holds the Quốc hiệu on one line.
 */
export const HEADER_LEFT_PCT = 44;
/** The rule under the issuing body is this share of its longest line (the decree: a third to a half). */
export const ISSUER_RULE_SHARE = 0.4;

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
