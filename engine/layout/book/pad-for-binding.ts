// Stage 4 of a book: a saddle-stitched book is folded sheets of 4 pages, so
// blank pages go before the part marked `blanksBefore` (the back cover), or
// at the end, up to a multiple of 4.
import type { BookDefinition } from '../../template-schema.js';
import { blankContent, type SequencedPage } from './join-parts.js';
import type { PartPlan } from './plan-parts.js';

/** Adds the blank pages to `pages` in place; returns how many. */
export function padForBinding(pages: SequencedPage[], plans: PartPlan[], book: BookDefinition): number {
  if (book.binding !== 'saddle-stitch' || pages.length % 4 === 0) return 0;
  const missing = 4 - (pages.length % 4);
  const before = plans.find((p) => p.part.blanksBefore);
  const at = before ? pages.findIndex((p) => p.plan === before) : -1;
  const blanks = Array.from({ length: missing }, (): SequencedPage => ({ content: blankContent(), blank: 'saddle-stitch' }));
  pages.splice(at < 0 ? pages.length : at, 0, ...blanks);
  return missing;
}
