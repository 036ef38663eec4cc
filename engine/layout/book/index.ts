// Book layout: the pack's `book.sequence` of parts → numbered pages.
//   1. geometry (trim or the chosen size) and each part's master and text area
//   2. each part paginated once per starting side it is asked for (slot flows
//      through paginate.ts, the TOC from the headings, ruled note pages)
//   3. parts joined in order, a blank page before a part that starts on a
//      right-hand page; repeated with the TOC's real page numbers until the
//      numbers it prints are the pages the headings landed on
//   4. blank pages before the back cover up to a multiple of 4 (saddle stitch)
//   5. every page decorated by its master (background, folio, running head)
//   6. the book's outline, block→page map, underfull pages and findings
import type { DocumentTree } from '../../document.js';
import type { BookDefinition, BookPart, PageMaster, TemplateDefinition } from '../../template-schema.js';
import type { LayoutContext } from '../blocks.js';
import { paginate, type PaginatedPage, type Pagination, type PlacedHeading } from '../paginate.js';
import type { LaidOutDocument, LaidOutPage, OutlineEntry, Overflow } from '../types.js';
import { ptToMm } from '../units.js';
import { bookBlocks } from './blocks.js';
import { decoratePage } from './decorate.js';
import { bookGeometry, isRightPage, masterFrame, textArea, type BookGeometry, type TextArea } from './geometry.js';
import { ruledPages } from './notes.js';
import { bookReport } from './report.js';
import { tocBlocks } from './toc.js';

type BookTemplate = TemplateDefinition & { book: BookDefinition };

/** One part of the sequence, ready to paginate. */
interface PartPlan {
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

interface JoinedBook {
  pages: SequencedPage[];
  oversize: { plan: PartPlan; pieces: Pagination['oversize'] }[];
}

/** A page of the joined book before decoration. */
export interface SequencedPage {
  content: PaginatedPage;
  /** The part the page belongs to; none for a blank page. */
  plan?: PartPlan;
  blank?: 'right-start' | 'saddle-stitch';
}

/** Enough passes for a TOC whose own length moves the pages it lists; it settles in two in practice. */
const MAX_TOC_PASSES = 4;

export function layoutBook(tree: DocumentTree, ctx: LayoutContext): Pick<LaidOutDocument, 'pages' | 'overflow' | 'book' | 'findings'> {
  const def = ctx.def as BookTemplate;
  const g = bookGeometry(def, tree.book);
  const plans = def.book.sequence.map((part) => planPart(part, tree, g, def, ctx));

  let toc = tocEntries(placeholderPages(plans), def.book);
  let joined = joinParts(plans, toc);
  for (let pass = 1; pass < MAX_TOC_PASSES && plans.some((p) => p.name === 'toc'); pass++) {
    const real = tocEntries(joined.pages, def.book);
    if (samePages(real, toc)) break;
    toc = real;
    joined = joinParts(plans, toc);
  }
  const blanksAdded = padForBinding(joined.pages, plans, def.book);

  const pages = decorate(joined.pages, g, def, ctx);
  return { pages, overflow: oversizeOf(joined), ...bookReport(pages, joined.pages, def, g, blanksAdded) };
}

function planPart(part: BookPart, tree: DocumentTree, g: BookGeometry, def: BookTemplate, ctx: LayoutContext): PartPlan {
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

function joinParts(plans: PartPlan[], toc: OutlineEntry[]): JoinedBook {
  const out: SequencedPage[] = [];
  const oversize: JoinedBook['oversize'] = [];
  for (const plan of plans) {
    const needsBlank = plan.part.startOn === 'right' && !isRightPage(out.length + 1);
    const { pages, oversize: pieces } = plan.paginate(isRightPage(out.length + 1 + Number(needsBlank)), toc);
    if (pages.length === 0) continue;
    if (needsBlank) out.push({ content: blankContent(), blank: 'right-start' });
    for (const content of pages) out.push(content.blank ? { content, blank: 'right-start' } : { content, plan });
    if (pieces.length > 0) oversize.push({ plan, pieces });
  }
  return { pages: out, oversize };
}

/** The headings the TOC lists (parts marked `inToc`), with the page each landed on. */
function tocEntries(pages: SequencedPage[], book: BookDefinition): OutlineEntry[] {
  const entries: OutlineEntry[] = [];
  pages.forEach((p, i) => {
    if (!p.plan?.part.inToc) return;
    for (const h of p.content.headings) if (h.level <= book.toc.levels) entries.push({ level: h.level, title: h.title, page: i + 1, source: h.source });
  });
  return entries;
}

/** Before the first pass the TOC knows its headings but not their pages: one page per heading stands in. */
function placeholderPages(plans: PartPlan[]): SequencedPage[] {
  return plans.flatMap((plan) => plan.headings.map((h) => ({ plan, content: { ...blankContent(), headings: [h] } })));
}

const samePages = (a: OutlineEntry[], b: OutlineEntry[]) => a.length === b.length && a.every((e, i) => e.page === b[i].page);

/** Saddle stitch: blank pages before the part marked `blanksBefore` (the back cover) or at the end, to a multiple of 4. */
function padForBinding(pages: SequencedPage[], plans: PartPlan[], book: BookDefinition): number {
  if (book.binding !== 'saddle-stitch' || pages.length % 4 === 0) return 0;
  const missing = 4 - (pages.length % 4);
  const before = plans.find((p) => p.part.blanksBefore);
  const at = before ? pages.findIndex((p) => p.plan === before) : -1;
  const blanks = Array.from({ length: missing }, (): SequencedPage => ({ content: blankContent(), blank: 'saddle-stitch' }));
  pages.splice(at < 0 ? pages.length : at, 0, ...blanks);
  return missing;
}

function blankContent(): PaginatedPage {
  return { items: [], used: 0, headings: [], chapterStart: false, endsSection: true, blank: true };
}

/** Pages with their master's decoration; the running head is the chapter in progress, left off the page a chapter opens on. */
function decorate(pages: SequencedPage[], g: BookGeometry, def: BookTemplate, ctx: LayoutContext): LaidOutPage[] {
  let chapter: string | undefined;
  let part: PartPlan | undefined;
  return pages.map((p, i): LaidOutPage => {
    const pageNumber = i + 1;
    const right = isRightPage(pageNumber);
    const base = { label: `Trang ${pageNumber}`, trimWidth: g.trimWidth, trimHeight: g.trimHeight, bleed: g.bleed, folds: [] };
    const side = right ? 'right' as const : 'left' as const;
    if (!p.plan) return { ...base, frames: [], items: [], book: { pageNumber, side, part: 'blank', blank: p.blank, fill: 0 } };
    if (p.plan !== part) chapter = undefined;
    part = p.plan;
    const runningHead = p.content.chapterStart ? undefined : chapter;
    chapter = p.content.headings.filter((h) => h.level === 1).at(-1)?.title ?? chapter;
    const d = decoratePage({ pageNumber, right, runningHead }, p.plan.master, p.plan.area, g, def, ctx.fonts);
    return {
      ...base,
      frames: [masterFrame(p.plan.masterId, p.plan.master, p.plan.area, right, p.plan.name)],
      items: [...d.items, ...p.content.items],
      book: {
        pageNumber,
        side,
        part: p.plan.name,
        master: p.plan.masterId,
        ...(d.folio !== undefined && { folio: d.folio }),
        ...(d.runningHead !== undefined && { runningHead: d.runningHead }),
        fill: Math.min(1, p.content.used / p.plan.area.height),
        ...(p.content.chapterStart && { chapterStart: true }),
      },
    };
  });
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
