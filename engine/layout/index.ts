// Layout: document tree + template pack → pages of positioned items.
// A pack with `sides` is a sheet (leaflet):
//   1. pages, frames, folds and panel backgrounds from the template's sides
//   2. each slot's nodes become flow blocks (words measured with the real fonts;
//      justified paragraphs broken by Knuth–Plass unless another breaker is given)
//   3. each flow fills its slot's frames in order; what does not fit is overflow
// A pack with `book` is paginated: its parts fill as many pages as they need
// (book/index.ts).
// Pure data in, pure data out: nothing here draws.
import type { DocumentTree } from '../document.js';
import type { FontRegistry } from '../fonts.js';
import type { TemplatePack } from '../template-schema.js';
import { toFlowBlocks, type LayoutContext } from './blocks.js';
import { layoutBook } from './book/index.js';
import { flowBlocks } from './flow.js';
import { pagesFromTemplate } from './frames.js';
import { breakLinesKnuthPlass } from './knuth-plass.js';
import type { LineBreaker } from './line-breaker.js';
import type { LaidOutDocument, Overflow } from './types.js';
import { ptToMm } from './units.js';

export function layoutDocument(tree: DocumentTree, pack: TemplatePack, fonts: FontRegistry, breaker: LineBreaker = breakLinesKnuthPlass): LaidOutDocument {
  const ctx: LayoutContext = { def: pack.definition, fonts, breaker, missing: [] };
  const laid = pack.definition.book ? layoutBook(tree, ctx) : layoutSheets(tree, ctx);
  return { title: tree.title, author: tree.author, subject: tree.subject, language: tree.language, ...laid, missingGlyphs: dedupe(ctx.missing) };
}

function layoutSheets(tree: DocumentTree, ctx: LayoutContext): Pick<LaidOutDocument, 'pages' | 'overflow'> {
  const { def } = ctx;
  const { pages, frames } = pagesFromTemplate(def);
  const overflow: Overflow[] = [];

  for (const [slot, slotDef] of Object.entries(def.slots)) {
    const nodes = tree.flows[slot] ?? [];
    const targets = slotDef.frames.flatMap((id) => frames.get(id) ?? []);
    if (nodes.length === 0 || targets.length === 0) continue;

    const result = flowBlocks(toFlowBlocks(nodes, ctx), targets.map((t) => t.frame), ctx);
    targets.forEach((t, i) => pages[t.page].items.push(...result.items[i]));
    if (result.overflowHeight > 0 || result.overflowBlocks.length > 0) {
      overflow.push({ flow: slot, label: slotDef.label, overflowMm: round1(ptToMm(result.overflowHeight)), blocks: result.overflowBlocks });
    }
  }
  return { pages, overflow };
}

const round1 = (v: number) => Math.ceil(v * 10) / 10;

/** One entry per character and block: a missing "₫" repeated in a paragraph is one problem. */
function dedupe(missing: LayoutContext['missing']): LayoutContext['missing'] {
  const seen = new Set<string>();
  return missing.filter((m) => {
    const key = `${m.char}|${m.face.family}|${m.face.bold}|${m.face.italic}|${m.source?.slot}|${m.source?.index}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
