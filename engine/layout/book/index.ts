// Book layout: the pack's `book.sequence` of parts → numbered pages. The
// files, in stage order:
//   1. geometry.ts         the trim (the pack's or the chosen size), each
//                          master's text area
//   2. plan-parts.ts       each part ready to paginate, its blocks made by
//        collect-blocks.ts   a slot's nodes, through the sheet's stage 2
//        toc.ts              the TOC, from the headings and their pages
//        notes.ts            ruled note pages
//   3. join-parts.ts       each part paginated (../paginate.ts) once per
//                          starting side, the parts joined in order, again
//                          until the TOC's page numbers settle
//   4. pad-for-binding.ts  blank pages before the back cover up to a
//                          multiple of 4 (saddle stitch)
//   5. decorate.ts         every page decorated by its master (background,
//                          folio, running head)
//   6. report.ts           the book's outline, block→page map, underfull
//                          pages and findings
import type { DocumentTree } from '../../document.js';
import type { LayoutContext } from '../context.js';
import type { LaidOutDocument, Overflow } from '../types.js';
import { ptToMm } from '../units.js';
import { decoratePages } from './decorate.js';
import { bookGeometry } from './geometry.js';
import { joinParts, type JoinedBook } from './join-parts.js';
import { padForBinding } from './pad-for-binding.js';
import { planPart, type BookTemplate } from './plan-parts.js';
import { bookReport } from './report.js';

export function layoutBook(tree: DocumentTree, ctx: LayoutContext): Pick<LaidOutDocument, 'pages' | 'overflow' | 'book' | 'findings'> {
  const def = ctx.def as BookTemplate;
  const g = bookGeometry(def, tree.book);
  const plans = def.book.sequence.map((part) => planPart(part, tree, g, def, ctx));
  const joined = joinParts(plans, def.book);
  const blanksAdded = padForBinding(joined.pages, plans, def.book);
  const pages = decoratePages(joined.pages, g, def, ctx.fonts);
  return { pages, overflow: oversizeOf(joined), ...bookReport(pages, joined.pages, def, g, blanksAdded) };
}

/** Pieces taller than a page, per part: placed alone on a page, but they run past its text area. */
function oversizeOf(joined: JoinedBook): Overflow[] {
  return joined.oversize.map(({ plan, pieces }) => ({
    flow: plan.name,
    label: plan.label,
    overflowMm: Math.ceil(ptToMm(Math.max(...pieces.map((o) => o.excess))) * 10) / 10,
    blocks: pieces.flatMap((o) => (o.source ? [o.source] : [])),
  }));
}
