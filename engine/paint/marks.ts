// Printer's marks as line segments on the sheet (top-down points): crop marks
// at the four corners and fold marks at every fold, all starting `offsetMm`
// from the trim so they stay outside the bleed and are cut away.
import type { TemplateDefinition } from '../template-schema.js';
import { mmToPt } from '../layout/units.js';
import type { Sheet } from './sheet.js';

export interface Segment {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  /** Dash pattern in points; solid when absent. */
  dash?: [number, number];
}

/** Fold marks are dashed, so a finisher tells them from crop marks at a glance. */
const FOLD_DASH: [number, number] = [2, 1.5];

export function cropMarks(sheet: Sheet, marks: TemplateDefinition['marks']): Segment[] {
  if (!marks.crop) return [];
  const offset = mmToPt(marks.offsetMm);
  const length = mmToPt(marks.lengthMm);
  const left = sheet.trimX;
  const right = sheet.trimX + sheet.trimWidth;
  const top = sheet.trimY;
  const bottom = sheet.trimY + sheet.trimHeight;
  const out: Segment[] = [];
  for (const [x, dirX] of [[left, -1], [right, 1]] as const) {
    for (const [y, dirY] of [[top, -1], [bottom, 1]] as const) {
      // Horizontal mark on the trim's edge line, out to the side; vertical one out above or below.
      out.push({ x1: x + dirX * offset, y1: y, x2: x + dirX * (offset + length), y2: y });
      out.push({ x1: x, y1: y + dirY * offset, x2: x, y2: y + dirY * (offset + length) });
    }
  }
  return out;
}

/** `folds` are x positions from the trim's left edge. */
export function foldMarks(sheet: Sheet, folds: number[], marks: TemplateDefinition['marks']): Segment[] {
  if (!marks.fold) return [];
  const offset = mmToPt(marks.offsetMm);
  const length = mmToPt(marks.lengthMm);
  const top = sheet.trimY;
  const bottom = sheet.trimY + sheet.trimHeight;
  return folds.flatMap((fold) => {
    const x = sheet.trimX + fold;
    return [
      { x1: x, y1: top - offset, x2: x, y2: top - offset - length, dash: FOLD_DASH },
      { x1: x, y1: bottom + offset, x2: x, y2: bottom + offset + length, dash: FOLD_DASH },
    ];
  });
}
