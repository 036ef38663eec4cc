// What a master adds around a page's content: its background (run into the
// bleed on every edge), the folio and the running head. Folio and running
// head are ordinary TextItems, so the painter draws them like any text.
import type { BookDefinition, PageMaster, TemplateDefinition } from '../../template-schema.js';
import type { FontRegistry } from '../../fonts.js';
import { colorOf, resolveTextStyle } from '../styles.js';
import type { PageItem, TextItem } from '../types.js';
import { mmToPt } from '../units.js';
import type { BookGeometry, TextArea } from './geometry.js';

export interface Decoration {
  items: PageItem[];
  folio?: string;
  runningHead?: string;
}

export function decoratePage(
  page: { pageNumber: number; right: boolean; runningHead?: string },
  master: PageMaster,
  area: TextArea,
  g: BookGeometry,
  def: TemplateDefinition & { book: BookDefinition },
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
