// Where the Word document's content goes: the page size and margins, and the
// slots in reading order with the background their panel or page has in print.
//
// Books keep their trim size (or the size option the publication chose) and
// the margins of their body pages. A sheet (the tri-fold leaflet) is not
// imitated panel by panel: Word reflows text, so a folded sheet's panels
// cannot be kept. It becomes a plain A4 portrait document that reads in the
// order the reader unfolds it — cover, inside, back — which is what the
// leadership reads and corrects (docs/docx.md).
import type { DocumentTree } from '../document.js';
import type { Cmyk, TemplatePack } from '../template-schema.js';

export interface DocxPage {
  widthMm: number;
  heightMm: number;
  margins: { topMm: number; bottomMm: number; leftMm: number; rightMm: number };
  /** Width images take when the publication does not say: the width of the frame they fill in print. */
  frameWidthMm: number;
}

export interface DocxPart {
  slot: string;
  /** Colour of the panel or page behind this slot in print (a cover's), if any. */
  background?: Cmyk;
}

/** A4 portrait with the margins of an office document (Nghị định 30/2020: left 30, right 15–20, top/bottom 20–25). */
const SHEET_PAGE = { widthMm: 210, heightMm: 297, margins: { topMm: 20, bottomMm: 20, leftMm: 30, rightMm: 20 } };

export function docxPlan(tree: DocumentTree, pack: TemplatePack): { page: DocxPage; parts: DocxPart[] } {
  return pack.definition.book ? bookPlan(tree, pack) : sheetPlan(pack);
}

function bookPlan(tree: DocumentTree, pack: TemplatePack): { page: DocxPage; parts: DocxPart[] } {
  const def = pack.definition;
  const book = def.book!;
  const size = (tree.book?.size && book.sizes[tree.book.size]) || { widthMm: def.trim.widthMm, heightMm: def.trim.heightMm };
  const slotParts = book.sequence.filter((p): p is typeof p & { slot: string } => p.slot !== undefined);
  const bodyPart = slotParts.find((p) => p.chapters) ?? slotParts.find((p) => p.slot === 'body') ?? slotParts[0];
  const m = book.masters[bodyPart.master]?.margins ?? { topMm: 15, bottomMm: 15, innerMm: 15, outerMm: 15 };
  const margins = { topMm: m.topMm, bottomMm: m.bottomMm, leftMm: m.innerMm, rightMm: m.outerMm };
  return {
    page: { widthMm: size.widthMm, heightMm: size.heightMm, margins, frameWidthMm: size.widthMm - m.innerMm - m.outerMm },
    parts: slotParts.map((p) => ({ slot: p.slot, background: colour(pack, book.masters[p.master]?.background) })),
  };
}

function sheetPlan(pack: TemplatePack): { page: DocxPage; parts: DocxPart[] } {
  const def = pack.definition;
  const panels = def.sides.flatMap((s) => s.panels);
  const panelWidth = (p: (typeof panels)[number]) =>
    p.widthMm - (p.margins?.leftMm ?? def.margins.leftMm) - (p.margins?.rightMm ?? def.margins.rightMm);
  const textWidth = SHEET_PAGE.widthMm - SHEET_PAGE.margins.leftMm - SHEET_PAGE.margins.rightMm;
  const bodyPanels = panels.filter((p) => p.flow === 'body');
  const frameWidthMm = Math.min(textWidth, ...(bodyPanels.length ? bodyPanels : panels).map(panelWidth));
  const parts = Object.entries(def.slots).map(([slot, definition]) => {
    const first = panels.find((p) => p.id === definition.frames[0]);
    return { slot, background: colour(pack, first?.background) };
  });
  return { page: { ...SHEET_PAGE, frameWidthMm }, parts };
}

function colour(pack: TemplatePack, name: string | undefined): Cmyk | undefined {
  return name ? pack.definition.colors[name] : undefined;
}
