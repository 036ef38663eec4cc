// Layout: document tree + template pack → pages of positioned items.
// Pure data in, pure data out: nothing here draws. The files, in stage order:
//
// A pack with `sides` is a sheet (leaflet), laid out below:
//   1. build-pages.ts     the template's sides → empty pages with their frames,
//                         folds and panel backgrounds
//   2. collect-blocks.ts  each slot's nodes → flow blocks, one per node:
//        measure-words.ts   a text node's runs → words measured with the real fonts
//        solid-box.ts, solid-columns.ts, solid-image.ts, solid-qr.ts
//                           pieces never split; a box and a column row collect
//                           their children through ctx.collect (context.ts)
//   3. fill-frames.ts     each flow fills its slot's frames in order; what does
//                         not fit is overflow. Text is set where it lands:
//        set-lines.ts       a paragraph's lines at a width, positioned
//        break-lines.ts     where lines break: the interface, and greedy
//        break-lines-knuth-plass.ts   total fit, the default for justified text
// A pack with `book` is paginated: its parts fill as many pages as they need
// (book/index.ts, stages 1–6 there); it shares stage 2 and sets its pages
// with paginate.ts in place of stage 3.
//
// Helpers, not stages: context.ts (what the stages hand each other),
// types.ts (what layout produces), styles.ts, units.ts, items.ts.
import type { DocumentTree } from '../document.js';
import type { FontRegistry } from '../fonts.js';
import type { TemplatePack } from '../template-schema.js';
import { layoutBook } from './book/index.js';
import { breakLinesKnuthPlass } from './break-lines-knuth-plass.js';
import type { LineBreaker } from './break-lines.js';
import { buildPages } from './build-pages.js';
import { collectBlocks } from './collect-blocks.js';
import type { LayoutContext } from './context.js';
import { fillFrames } from './fill-frames.js';
import type { LaidOutDocument, Overflow } from './types.js';
import { ptToMm } from './units.js';

export function layoutDocument(tree: DocumentTree, pack: TemplatePack, fonts: FontRegistry, breaker: LineBreaker = breakLinesKnuthPlass): LaidOutDocument {
  // Stage 2 is handed to the stages, not imported by them: a box or a column row collects its children with it (context.ts).
  const ctx: LayoutContext = { def: pack.definition, fonts, breaker, missing: [], collect: collectBlocks };
  const laid = pack.definition.book ? layoutBook(tree, ctx) : layoutSheets(tree, ctx);
  return { title: tree.title, author: tree.author, subject: tree.subject, language: tree.language, ...laid, missingGlyphs: dedupe(ctx.missing) };
}

function layoutSheets(tree: DocumentTree, ctx: LayoutContext): Pick<LaidOutDocument, 'pages' | 'overflow'> {
  const { def } = ctx;
  const { pages, frames } = buildPages(def);
  const overflow: Overflow[] = [];

  for (const [slot, slotDef] of Object.entries(def.slots)) {
    const nodes = tree.flows[slot] ?? [];
    const targets = slotDef.frames.flatMap((id) => frames.get(id) ?? []);
    if (nodes.length === 0 || targets.length === 0) continue;

    const result = fillFrames(collectBlocks(nodes, ctx), targets.map((t) => t.frame), ctx);
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
