// Stage 6 of a book: what the laid-out book tells the rest of the app: its
// outline with real page numbers, the pages each publication block is
// printed on (the editor jumps between a block and its page), underfull
// pages for preflight, and a finding for the blank pages the saddle stitch
// needed.
import type { Finding } from '../../../contract/findings.js';
import type { SourceRef } from '../../../contract/publication-format.js';
import type { BookLayout, LaidOutPage } from '../types.js';
import type { BookGeometry } from './geometry.js';
import type { SequencedPage } from './join-parts.js';
import type { BookTemplate } from './plan-parts.js';

export function bookReport(
  pages: LaidOutPage[],
  sequenced: SequencedPage[],
  def: BookTemplate,
  g: BookGeometry,
  blanksAdded: number,
): { book: BookLayout; findings: Finding[] } {
  const book: BookLayout = {
    binding: def.book.binding,
    pageCount: pages.length,
    blanksAdded,
    size: g.size,
    outline: sequenced.flatMap((p, i) => p.content.headings.map((h) => ({ level: h.level, title: h.title, page: i + 1, ...(h.source && { source: h.source }) }))),
    blockPages: blockPages(pages),
    underfullPages: sequenced.flatMap((p, i) => {
      const fill = pages[i].book?.fill ?? 0;
      const isFlow = p.plan?.part.slot !== undefined;
      return isFlow && !p.content.endsSection && fill < def.book.underfullBelow ? [{ page: i + 1, fill: Math.round(fill * 100) / 100 }] : [];
    }),
  };
  return { book, findings: [...tooLongFindings(sequenced), ...(blanksAdded > 0 ? [blanksFinding(pages, blanksAdded)] : [])] };
}

/** A one-page part (a cover) that ran onto more pages: the back cover would no longer be the last page alone. */
function tooLongFindings(sequenced: SequencedPage[]): Finding[] {
  const counts = new Map<SequencedPage['plan'], number[]>();
  sequenced.forEach((p, i) => {
    if (p.plan?.part.onePage) counts.set(p.plan, [...(counts.get(p.plan) ?? []), i + 1]);
  });
  return [...counts].filter(([, pages]) => pages.length > 1).map(([plan, pages]) => ({
    severity: 'warning' as const,
    code: 'part-too-long',
    message: `Phần "${plan!.label}" cần vừa một trang nhưng đang chiếm ${pages.length} trang (từ trang ${pages[0]}). Hãy rút gọn nội dung của phần này.`,
    page: pages[0],
  }));
}

function blockPages(pages: LaidOutPage[]): BookLayout['blockPages'] {
  const byBlock = new Map<string, { source: SourceRef; pages: number[] }>();
  pages.forEach((page, i) => {
    // A block's items share one source object and sit together: look each run up once.
    let last: SourceRef | undefined;
    for (const item of page.items) {
      if (item.type === 'rect' || !item.source || item.source === last) continue;
      last = item.source;
      const key = `${last.slot}\u0000${last.index}`;
      let entry = byBlock.get(key);
      if (!entry) byBlock.set(key, (entry = { source: last, pages: [] }));
      if (entry.pages.at(-1) !== i + 1) entry.pages.push(i + 1);
    }
  });
  return [...byBlock.values()];
}

function blanksFinding(pages: LaidOutPage[], added: number): Finding {
  const first = pages.findIndex((p) => p.book?.blank === 'saddle-stitch') + 1;
  return {
    severity: 'info',
    code: 'blank-pages-added',
    message:
      `Đã thêm ${added} trang trắng (từ trang ${first}) trước bìa sau để tổng số trang là ${pages.length}, ` +
      'bội số của 4 như sách đóng ghim giữa cần. Có thể thêm nội dung vào các trang này nếu muốn.',
    page: first,
  };
}
