// Stage 1 of a book: its page geometry. The trim (the pack's, or the size
// option the publication chose), and each master's text area. Masters give
// inner and outer margins: on a right-hand page the inner margin is on the
// left (the spine), on a left-hand page on the right, so facing pages mirror.
import type { BookChoices } from '../../document.js';
import type { PageMaster, TemplateDefinition } from '../../template-schema.js';
import type { BookLayout, Frame } from '../types.js';
import { mmToPt } from '../units.js';

export interface BookGeometry {
  trimWidth: number;
  trimHeight: number;
  bleed: number;
  size: BookLayout['size'];
}

export interface TextArea {
  width: number;
  height: number;
  /** Top-left of the text area on a right-hand or a left-hand page. */
  origin: (right: boolean) => { x: number; y: number };
}

/** Odd pages are right-hand pages: the front cover, page 1, is one. */
export const isRightPage = (pageNumber: number): boolean => pageNumber % 2 === 1;

export function bookGeometry(def: TemplateDefinition, choices?: BookChoices): BookGeometry {
  const option = choices?.size ? def.book?.sizes[choices.size] : undefined;
  const widthMm = option?.widthMm ?? def.trim.widthMm;
  const heightMm = option?.heightMm ?? def.trim.heightMm;
  return {
    trimWidth: mmToPt(widthMm),
    trimHeight: mmToPt(heightMm),
    bleed: mmToPt(def.bleedMm),
    size: { ...(option && { id: choices?.size }), widthMm, heightMm },
  };
}

export function textArea(master: PageMaster, g: BookGeometry): TextArea {
  const m = master.margins;
  return {
    width: Math.max(1, g.trimWidth - mmToPt(m.innerMm + m.outerMm)),
    height: Math.max(1, g.trimHeight - mmToPt(m.topMm + m.bottomMm)),
    origin: (right) => ({ x: mmToPt(right ? m.innerMm : m.outerMm), y: mmToPt(m.topMm) }),
  };
}

/** The text area as the preview outlines it. */
export function masterFrame(masterId: string, master: PageMaster, area: TextArea, right: boolean, flow: string): Frame {
  const { x, y } = area.origin(right);
  return { panelId: masterId, label: master.label, flow, x, y, width: area.width, height: area.height };
}
