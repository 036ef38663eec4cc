// Stage 2 of a book, for the generated notes part: ruled note pages (trang
// ghi chú) of a notebook, thin K-only grey lines across the text area at
// the body's leading, so handwriting keeps the same rhythm as the printed
// pages before it.
import type { BookDefinition } from '../../template-schema.js';
import type { LayoutContext } from '../context.js';
import type { PaginatedPage } from '../paginate.js';
import { colorOf, resolveTextStyle } from '../styles.js';
import type { RectItem } from '../types.js';
import type { TextArea } from './geometry.js';

export function ruledPages(count: number, area: TextArea, firstIsRight: boolean, notes: BookDefinition['notes'], ctx: LayoutContext): PaginatedPage[] {
  const spacing = resolveTextStyle(ctx.def, 'body').leadingPt;
  const color = colorOf(ctx.def, notes.ruleColor);
  const rows = Math.floor(area.height / spacing);
  return Array.from({ length: count }, (_, i): PaginatedPage => {
    const { x, y } = area.origin((i % 2 === 0) === firstIsRight);
    const items = Array.from({ length: rows }, (_, r): RectItem => ({
      type: 'rect',
      x,
      y: y + (r + 1) * spacing - notes.ruleWeightPt / 2,
      width: area.width,
      height: notes.ruleWeightPt,
      fill: color,
    }));
    return { items, used: area.height, headings: [], chapterStart: false, endsSection: true, blank: false };
  });
}
