// Stage 3 of a book: the parts paginated (../paginate.ts, through each
// plan) and joined in order, a blank page before a part that starts on a
// right-hand page. The TOC lists the pages its headings land on, and its
// own length can move them: the parts are joined again with the TOC's real
// page numbers until the numbers it prints are the pages the headings are on.
import type { BookDefinition } from '../../template-schema.js';
import type { PaginatedPage, Pagination } from '../paginate.js';
import type { OutlineEntry } from '../types.js';
import { isRightPage } from './geometry.js';
import type { PartPlan } from './plan-parts.js';

export interface JoinedBook {
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

export function joinParts(plans: PartPlan[], book: BookDefinition): JoinedBook {
  let toc = tocEntries(placeholderPages(plans), book);
  let joined = joinOnce(plans, toc);
  for (let pass = 1; pass < MAX_TOC_PASSES && plans.some((p) => p.name === 'toc'); pass++) {
    const real = tocEntries(joined.pages, book);
    if (samePages(real, toc)) break;
    toc = real;
    joined = joinOnce(plans, toc);
  }
  return joined;
}

function joinOnce(plans: PartPlan[], toc: OutlineEntry[]): JoinedBook {
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

export function blankContent(): PaginatedPage {
  return { items: [], used: 0, headings: [], chapterStart: false, endsSection: true, blank: true };
}
