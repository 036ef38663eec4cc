// The book's outline as the editor shows it: the headings of the main flow as
// they are typed now, with the page each one landed on in the last render.
// Pages are found by block id, so a heading moved or added since the last
// render never borrows another heading's page.
import type { BookPreview } from '../../../contract/publications.js';
import type { Block, SourceRef } from '../../../contract/publication-format.js';

export interface OutlineItem {
  blockId: string;
  index: number;
  level: number;
  title: string;
  /** Page of the last render; absent until the heading has been rendered. */
  page?: number;
}

/** Pages of each block in the last render, by slot and block id. */
export type BlockPages = ReadonlyMap<string, number[]>;

const key = (slot: string, blockId: string) => `${slot}\u0000${blockId}`;

export function blockPageMap(book: BookPreview | undefined): BlockPages {
  const map = new Map<string, number[]>();
  for (const { source, pages } of book?.blockPages ?? []) {
    if (source.blockId) map.set(key(source.slot, source.blockId), pages);
  }
  return map;
}

export function pagesOf(map: BlockPages, slot: string, blockId: string | undefined): number[] | undefined {
  return blockId === undefined ? undefined : map.get(key(slot, blockId));
}

/** Chapters (level 1) and sections (levels 2–3) of `slot`, in order. */
export function liveOutline(blocks: readonly Block[], slot: string, pages: BlockPages): OutlineItem[] {
  return blocks.flatMap((block, index) => {
    if (block.type !== 'heading' || !block.id) return [];
    const page = pagesOf(pages, slot, block.id)?.[0];
    return [{ blockId: block.id, index, level: block.level, title: block.text.trim(), ...(page !== undefined && { page }) }];
  });
}

/** Index in the editor of the block a source points at: by its id when it has one (blocks may have moved since). */
export function blockIndexOf(blocks: readonly Block[], source: SourceRef, fromSentIndex: (sentIndex: number) => number): number {
  const byId = source.blockId === undefined ? -1 : blocks.findIndex((b) => b.id === source.blockId);
  return byId >= 0 ? byId : fromSentIndex(source.index);
}
