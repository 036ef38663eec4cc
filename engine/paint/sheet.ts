// The printed sheet around a laid-out page: the trim in the middle, the bleed
// around it, and a slug wide enough for the marks on every side. Geometry is
// data so it is tested without a PDF.
import type { TemplateDefinition } from '../template-schema.js';
import type { LaidOutPage } from '../layout/types.js';
import { mmToPt } from '../layout/units.js';

/** Room kept past the end of a mark so it is not cut off by the media edge. */
const MARK_CLEARANCE_MM = 1;

export interface Sheet {
  /** MediaBox size. */
  width: number;
  height: number;
  /** Where the trim's top-left corner sits on the sheet (top-down, like layout). */
  trimX: number;
  trimY: number;
  trimWidth: number;
  trimHeight: number;
  bleed: number;
}

/** PDF boxes are [llx, lly, urx, ury] with y upwards from the sheet's bottom. */
export type PdfBox = [number, number, number, number];

export function sheetFor(page: LaidOutPage, def: TemplateDefinition): Sheet {
  const slug = mmToPt(def.marks.offsetMm + def.marks.lengthMm + MARK_CLEARANCE_MM);
  const margin = Math.max(slug, page.bleed);
  return {
    width: page.trimWidth + 2 * margin,
    height: page.trimHeight + 2 * margin,
    trimX: margin,
    trimY: margin,
    trimWidth: page.trimWidth,
    trimHeight: page.trimHeight,
    bleed: page.bleed,
  };
}

/** A top-down rectangle on the sheet as a bottom-up PDF box. */
function pdfBox(sheet: Sheet, x: number, y: number, width: number, height: number): PdfBox {
  return [x, sheet.height - (y + height), x + width, sheet.height - y];
}

export function trimBox(sheet: Sheet): PdfBox {
  return pdfBox(sheet, sheet.trimX, sheet.trimY, sheet.trimWidth, sheet.trimHeight);
}

export function bleedBox(sheet: Sheet): PdfBox {
  const b = sheet.bleed;
  return pdfBox(sheet, sheet.trimX - b, sheet.trimY - b, sheet.trimWidth + 2 * b, sheet.trimHeight + 2 * b);
}
