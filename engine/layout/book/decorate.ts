// Stage 5 of a book: every page of the joined book becomes a page of the
// document, with what its master adds around the content: its background
// (run into the bleed on every edge), the folio and the running head. Folio
// and running head are ordinary TextItems, so the painter draws them like
// any text.
import type { PageMaster, TemplateDefinition } from '../../template-schema.js';
import type { FontRegistry } from '../../fonts.js';
import { colorOf, resolveTextStyle } from '../styles.js';
import type { LaidOutPage, PageItem, TextItem } from '../types.js';
import { mmToPt } from '../units.js';
import { isRightPage, masterFrame, type BookGeometry, type TextArea } from './geometry.js';
import type { SequencedPage } from './join-parts.js';
import type { BookTemplate, PartPlan } from './plan-parts.js';

interface Decoration {
  items: PageItem[];
  folio?: string;
  runningHead?: string;
}

/** Pages with their master's decoration; the running head is the chapter in progress, left off the page a chapter opens on. */
export function decoratePages(pages: SequencedPage[], g: BookGeometry, def: BookTemplate, fonts: FontRegistry): LaidOutPage[] {
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
    const d = decoratePage({ pageNumber, right, runningHead }, p.plan.master, p.plan.area, g, def, fonts);
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

function decoratePage(
  page: { pageNumber: number; right: boolean; runningHead?: string },
  master: PageMaster,
  area: TextArea,
  g: BookGeometry,
  def: BookTemplate,
  fonts: FontRegistry,
): Decoration {
  const items: PageItem[] = [];
  const out: Decoration = { items };
  if (master.background) {
    items.push({ type: 'rect', x: -g.bleed, y: -g.bleed, width: g.trimWidth + 2 * g.bleed, height: g.trimHeight + 2 * g.bleed, fill: colorOf(def, master.background), background: true });
  }
  const { x: left } = area.origin(page.right);
  if (master.folio) {
    const { style: name, position, offsetMm } = def.book.folio;
    out.folio = String(page.pageNumber);
    const item = line(out.folio, name, def, fonts, area.width);
    const outer = page.right ? left + area.width - item.width : left;
    item.x = position === 'bottom-outer' ? outer : (g.trimWidth - item.width) / 2;
    item.y = g.trimHeight - mmToPt(offsetMm);
    items.push(item);
  }
  if (master.runningHead && page.runningHead) {
    const { style: name, align, offsetMm, rule } = def.book.runningHead;
    out.runningHead = page.runningHead;
    const item = line(page.runningHead, name, def, fonts, area.width);
    const outer = page.right ? left + area.width - item.width : left;
    item.x = align === 'outer' ? outer : left + (area.width - item.width) / 2;
    item.y = mmToPt(offsetMm);
    items.push(item);
    if (rule) {
      const below = resolveTextStyle(def, name).sizePt * 0.45;
      items.push({ type: 'rect', x: left, y: item.y + below, width: area.width, height: 0.4, fill: colorOf(def, rule) });
    }
  }
  return out;
}

/** One line of `text` in style `name`, shortened with "…" to fit `maxWidth`; x and y are set by the caller. */
function line(text: string, name: string, def: TemplateDefinition, fonts: FontRegistry, maxWidth: number): TextItem {
  const style = resolveTextStyle(def, name);
  const measure = (t: string) => fonts.measure(style.face, style.sizePt, t);
  let shown = style.uppercase ? text.toLocaleUpperCase('vi') : text;
  if (measure(shown) > maxWidth) {
    while (shown.length > 1 && measure(shown + '…') > maxWidth) shown = shown.slice(0, -1);
    shown = shown.trimEnd() + '…';
  }
  return { type: 'text', x: 0, y: 0, text: shown, face: style.face, sizePt: style.sizePt, color: style.color, width: measure(shown) };
}
