// Stage 2 of a book, for the generated TOC part: the table of contents
// (mục lục) as flow blocks: the title, then one unsplittable entry per
// heading — its title (wrapping if long), dot leaders and the page number
// set flush right on the entry's last line. The page numbers are whatever
// the caller passes; join-parts.ts feeds the real ones back until they no
// longer change.
import type { BookDefinition } from '../../template-schema.js';
import { collectBlocks } from '../collect-blocks.js';
import type { FlowBlock, LayoutContext, Slab } from '../context.js';
import { toWords } from '../measure-words.js';
import type { BookBlock } from '../paginate.js';
import { setLines } from '../set-lines.js';
import { resolveTextStyle, type ResolvedTextStyle } from '../styles.js';
import type { OutlineEntry, TextItem } from '../types.js';

type TocSettings = BookDefinition['toc'];

export function tocBlocks(entries: OutlineEntry[], toc: TocSettings, ctx: LayoutContext): BookBlock[] {
  const title = collectBlocks([{ kind: 'text', style: toc.titleStyle, runs: [{ text: toc.title }] }], ctx);
  return [
    ...title.map((flow) => ({ flow })),
    ...entries.filter((e) => e.level <= toc.levels).map((entry) => ({ flow: entryBlock(entry, toc, ctx) })),
  ];
}

function entryBlock(entry: OutlineEntry, toc: TocSettings, ctx: LayoutContext): FlowBlock {
  const styleName = toc.entryStyles[Math.min(entry.level, toc.entryStyles.length) - 1];
  const style = resolveTextStyle(ctx.def, styleName);
  const words = toWords([{ text: entry.title }], style, ctx.fonts, ctx.missing);
  return {
    kind: 'solid',
    spaceBefore: style.spaceBefore,
    spaceAfter: style.spaceAfter,
    keepWithNext: false,
    render: (width) => entrySlab(words, String(entry.page), style, width, toc.dotLeaders, ctx),
  };
}

function entrySlab(words: ReturnType<typeof toWords>, number: string, style: ResolvedTextStyle, width: number, dotLeaders: boolean, ctx: LayoutContext): Slab {
  const measure = (text: string) => ctx.fonts.measure(style.face, style.sizePt, text);
  const numberWidth = measure(number);
  // The title never runs under the numbers' column.
  const gutter = style.sizePt * 2;
  const lines = setLines({ words, style }, 0, width - numberWidth - gutter, ctx.fonts, ctx.breaker);
  const items: TextItem[] = [];
  let top = 0;
  for (const line of lines) {
    for (const item of line.items) items.push({ ...item, y: item.y + top });
    top += line.height;
  }
  const last = lines[lines.length - 1];
  const baseline = top - last.height + (last.items[0]?.y ?? style.sizePt);
  const numberX = width - numberWidth;
  items.push(textItem(number, numberX, baseline, numberWidth, style));
  if (dotLeaders) {
    const titleEnd = Math.max(0, ...last.items.map((i) => i.x + i.width));
    const leaders = leaderText(numberX - titleEnd, measure);
    if (leaders) items.push(textItem(leaders.text, numberX - leaders.width - measure(' '), baseline, leaders.width, style));
  }
  return { height: top, items };
}

/** Dots spaced by a space, as many as fit in `room` with a space left at each end. */
function leaderText(room: number, measure: (text: string) => number): { text: string; width: number } | undefined {
  const unit = measure(' .');
  const count = Math.floor((room - 2 * measure(' ')) / unit);
  if (count < 2) return undefined;
  const text = ' .'.repeat(count).trimStart();
  return { text, width: measure(text) };
}

function textItem(text: string, x: number, y: number, width: number, style: ResolvedTextStyle): TextItem {
  return { type: 'text', x, y, text, face: style.face, sizePt: style.sizePt, color: style.color, width };
}
