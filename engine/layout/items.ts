// Helpers on positioned items shared by the stages that move finished pieces.
import type { PageItem } from './types.js';

/** A copy of `item` moved by (dx, dy): pieces are set at the origin, then placed. */
export function moveItem<T extends PageItem>(item: T, dx: number, dy: number): T {
  return { ...item, x: item.x + dx, y: item.y + dy };
}
