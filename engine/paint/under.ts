// What is printed under an item: the fill of the topmost filled rectangle
// painted before it (a panel or page background, a box) at the item's
// centre, or bare paper. Transparent image pixels are flattened on it and
// black text over a tint overprints it, so both need the same answer.
import type { PageItem, RectItem } from '../layout/types.js';
import type { Cmyk } from '../template-schema.js';

/** Paper: no ink. */
export const PAPER: Cmyk = [0, 0, 0, 0];

const isBackground = (item: PageItem) => item.type === 'rect' && !!item.background;

/** The page's items in the order the painter draws them: backgrounds first, so nothing laid out later is covered, then the rest as laid out. */
export function paintingOrder(items: PageItem[]): PageItem[] {
  return [...items.filter(isBackground), ...items.filter((i) => !isBackground(i))];
}

export class Underlay {
  private readonly fills: { rect: RectItem & { fill: Cmyk }; at: number }[] = [];
  private readonly order = new Map<PageItem, number>();

  constructor(ordered: PageItem[]) {
    ordered.forEach((item, at) => {
      this.order.set(item, at);
      if (item.type === 'rect' && item.fill) this.fills.push({ rect: item as RectItem & { fill: Cmyk }, at });
    });
  }

  /** The ink under the middle of `item`'s box (a text item's box is its line, from cap height to the baseline). */
  under(item: PageItem): Cmyk {
    const at = this.order.get(item) ?? Infinity;
    const [x, y] = centre(item);
    for (let i = this.fills.length - 1; i >= 0; i--) {
      const { rect, at: drawn } = this.fills[i];
      if (drawn < at && x >= rect.x && x <= rect.x + rect.width && y >= rect.y && y <= rect.y + rect.height) return rect.fill;
    }
    return PAPER;
  }
}

function centre(item: PageItem): [number, number] {
  switch (item.type) {
    case 'text':
      return [item.x + item.width / 2, item.y - item.sizePt * 0.35];
    case 'qr':
      return [item.x + item.size / 2, item.y + item.size / 2];
    default:
      return [item.x + item.width / 2, item.y + item.height / 2];
  }
}

/** Any ink at all: over paper there is nothing to overprint and nothing to flatten on. */
export const hasInk = (c: Cmyk) => c.some((v) => v > 0);
