// Stage 1 (sheets): the template's sides become empty pages with their
// frames, folds and panel backgrounds. Panels sit side by side from the
// trim's left edge.
import type { TemplateDefinition } from '../template-schema.js';
import type { Frame, LaidOutPage, RectItem } from './types.js';
import { mmToPt } from './units.js';

export interface PageGeometry {
  pages: LaidOutPage[];
  /** Every frame by its panel id, with the index of its page. */
  frames: Map<string, { page: number; frame: Frame }>;
}

export function buildPages(def: TemplateDefinition): PageGeometry {
  const trimWidth = mmToPt(def.trim.widthMm);
  const trimHeight = mmToPt(def.trim.heightMm);
  const bleed = mmToPt(def.bleedMm);
  const flowOfPanel = slotOfEachPanel(def);
  const frames = new Map<string, { page: number; frame: Frame }>();

  const pages = def.sides.map((side, pageIndex): LaidOutPage => {
    const page: LaidOutPage = { label: side.label, trimWidth, trimHeight, bleed, folds: [], frames: [], items: [] };
    let x = 0;
    for (const panel of side.panels) {
      const width = mmToPt(panel.widthMm);
      const m = { ...def.margins, ...panel.margins };
      const frame: Frame = {
        panelId: panel.id,
        label: panel.label,
        flow: flowOfPanel.get(panel.id) ?? panel.flow,
        x: x + mmToPt(m.leftMm),
        y: mmToPt(m.topMm),
        width: Math.max(0, width - mmToPt(m.leftMm + m.rightMm)),
        height: Math.max(0, trimHeight - mmToPt(m.topMm + m.bottomMm)),
      };
      page.frames.push(frame);
      frames.set(panel.id, { page: pageIndex, frame });
      const fill = panel.background ? def.colors[panel.background] : undefined;
      if (fill) page.items.push(panelBackground(x, width, trimWidth, trimHeight, bleed, fill));
      x += width;
      if (panel !== side.panels[side.panels.length - 1]) page.folds.push(x);
    }
    return page;
  });
  return { pages, frames };
}

/** The slot that lists the panel among its frames wins over the panel's own `flow`. */
function slotOfEachPanel(def: TemplateDefinition): Map<string, string> {
  const out = new Map<string, string>();
  for (const [slot, s] of Object.entries(def.slots)) for (const id of s.frames) if (!out.has(id)) out.set(id, slot);
  return out;
}

/** A panel's colour, run into the bleed on every edge that is the sheet's edge so trimming leaves no white hairline. */
function panelBackground(x: number, width: number, trimWidth: number, trimHeight: number, bleed: number, fill: RectItem['fill']): RectItem {
  const left = x <= 0 ? x - bleed : x;
  const right = x + width >= trimWidth - 1e-6 ? x + width + bleed : x + width;
  return { type: 'rect', x: left, y: -bleed, width: right - left, height: trimHeight + 2 * bleed, fill, background: true };
}
