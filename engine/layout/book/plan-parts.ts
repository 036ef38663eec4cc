// Stages 1–2 of a book, per part of `book.sequence`: its master and text
// area (geometry.ts), and how it paginates. A slot's nodes are collected
// into blocks once (collect-blocks.ts); the TOC (toc.ts) is collected anew
// from whatever page numbers it is given; note pages (notes.ts) are ruled.
import type { DocumentTree } from '../../document.js';
import type { BookDefinition, BookPart, PageMaster, TemplateDefinition } from '../../template-schema.js';
import type { LayoutContext } from '../context.js';
import { paginate, type Pagination, type PlacedHeading } from '../paginate.js';
import type { OutlineEntry } from '../types.js';
import { bookBlocks } from './collect-blocks.js';
import { textArea, type BookGeometry, type TextArea } from './geometry.js';
import { ruledPages } from './notes.js';
import { tocBlocks } from './toc.js';

export type BookTemplate = TemplateDefinition & { book: BookDefinition };

/** One part of the sequence, ready to paginate. */
export interface PartPlan {
  part: BookPart;
  masterId: string;
  master: PageMaster;
  area: TextArea;
  /** Slot name, `toc` or `notes`. */
  name: string;
  label: string;
  /** The part's headings, known before pagination: the TOC's first pass lists them. */
  headings: PlacedHeading[];
  paginate: (firstIsRight: boolean, toc: OutlineEntry[]) => Pagination;
}

export function planPart(part: BookPart, tree: DocumentTree, g: BookGeometry, def: BookTemplate, ctx: LayoutContext): PartPlan {
  const master = def.book.masters[part.master];
  const area = textArea(master, g);
  const base = { part, masterId: part.master, master, area };
  const options = (firstIsRight: boolean) => ({ ...area, firstIsRight, chapterStart: part.chapters ? def.book.chapterStart : ('none' as const) });

  if (part.generated === 'toc') {
    return { ...base, name: 'toc', label: def.book.toc.title, headings: [], paginate: (firstIsRight, toc) => paginate(tocBlocks(toc, def.book.toc, ctx), ctx, options(firstIsRight)) };
  }
  if (part.generated === 'notes') {
    const count = tree.book?.notePages ?? def.book.notes.defaultPages;
    return { ...base, name: 'notes', label: 'Ghi chú', headings: [], paginate: (firstIsRight) => ({ pages: ruledPages(count, area, firstIsRight, def.book.notes, ctx), oversize: [] }) };
  }
  const slot = part.slot!;
  const blocks = bookBlocks(tree.flows[slot] ?? [], ctx);
  // A flow paginates the same way whatever page it starts on, except for its side: one pagination per side.
  const bySide = new Map<boolean, Pagination>();
  return {
    ...base,
    name: slot,
    label: def.slots[slot]?.label ?? slot,
    headings: blocks.flatMap((b) => (b.heading ? [{ ...b.heading, source: b.flow.source }] : [])),
    paginate: (firstIsRight) => {
      let done = bySide.get(firstIsRight);
      if (!done) bySide.set(firstIsRight, (done = paginate(blocks, ctx, options(firstIsRight))));
      return done;
    },
  };
}
