// The content library (thư viện nội dung): reusable blocks and the laws they
// cite, kept in the store under `library`. A block goes into a publication as
// a copy, or as a linked item that remembers the item's revision; when the
// item changes, the publication's link reads "changed" and can be updated.
// Inserting and updating save through the publications service, so the
// approval lock holds here too.
import { randomUUID } from 'node:crypto';
import type { PublicationService } from '../publications/service.js';
import { NotFoundError } from '../../contract/errors.js';
import { InputError } from '../../contract/errors.js';
import type { Block, Publication } from '../../contract/publication-format.js';
import { checkWithSchema } from '../../engine/validate.js';
import type { Store } from '../storage/store.js';
import { libraryItemInput, type Law, type LawChange, type LawImportResult, type LibraryCatalogue, type LibraryItem, type LinkState } from '../../contract/library.js';
import { blockTexts } from './block-text.js';
import { foldForSearch, matchesQuery } from '../../contract/text-fold.js';
import { starterItems } from './starter.js';
import { importLaws, lawByNumber, saveLaw } from './laws.js';
import { readLawFile } from './law-file.js';
import { LAW_REGISTRY, REGISTRY_EDITION } from './registry.js';
import { LIBRARY_KEY, type LibraryState } from './state.js';

export { LIBRARY_KEY };

/** What a new store holds: the starter items and the app's registry of cited acts (storage migration 3 writes it). */
export function starterLibrary(now: Date): LibraryState {
  const stamp = now.toISOString();
  return {
    items: Object.fromEntries(starterItems(stamp).map((item) => [item.id, item])),
    laws: Object.fromEntries(LAW_REGISTRY.map((law) => [law.id, law])),
    registry: REGISTRY_EDITION,
  };
}

export interface LibraryQuery {
  query?: string;
  topic?: string;
  tag?: string;
  kind?: LibraryItem['kind'];
}

export type LibraryService = ReturnType<typeof createLibraryService>;

export function createLibraryService(store: Store, publications: PublicationService, now: () => Date = () => new Date()) {
  const read = (): LibraryState => (store.get(LIBRARY_KEY) as LibraryState | undefined) ?? { items: {}, laws: {} };
  const write = (state: LibraryState) => store.set(LIBRARY_KEY, state);

  const item = (id: string): LibraryItem => {
    const { items } = read();
    if (!Object.hasOwn(items, id)) throw new NotFoundError(`Không có mục "${id}" trong thư viện; có thể nó đã bị xóa.`);
    return items[id];
  };

  /** The block as it goes into a publication: a fresh id, and the link when linked. */
  const placed = (it: LibraryItem, linked: boolean, id: string = randomUUID()): Block =>
    ({ ...structuredClone(it.block), id, ...(linked ? { library: { itemId: it.id, revision: it.revision } } : {}) }) as Block;

  return {
    search(q: LibraryQuery = {}): LibraryItem[] {
      const folded = (s: string) => foldForSearch(s);
      return Object.values(read().items)
        .filter((it) => !q.kind || it.kind === q.kind)
        .filter((it) => !q.topic || it.topics.some((t) => folded(t) === folded(q.topic!)))
        .filter((it) => !q.tag || it.tags.some((t) => folded(t) === folded(q.tag!)))
        .filter((it) => !q.query || matchesQuery(searchText(it, read().laws), q.query))
        // Items whose title matches come first; then by title, as a reader scans a list.
        .sort((a, b) => titleRank(b, q.query) - titleRank(a, q.query) || a.title.localeCompare(b.title, 'vi'));
    },

    get: item,

    catalogue(): LibraryCatalogue {
      const { items, laws } = read();
      const all = Object.values(items);
      const distinct = (values: string[]) => [...new Set(values)].sort((a, b) => a.localeCompare(b, 'vi'));
      return {
        topics: distinct(all.flatMap((it) => it.topics)),
        tags: distinct(all.flatMap((it) => it.tags)),
        laws: sortedLaws(laws),
      };
    },

    laws: (): Law[] => Object.values(read().laws),

    itemsById: (): Record<string, LibraryItem> => read().items,

    save(input: unknown): LibraryItem {
      const parsed = checkWithSchema(libraryItemInput, input);
      const state = read();
      for (const c of parsed.citations) {
        if (!Object.hasOwn(state.laws, c.lawId)) throw new InputError(`không có văn bản "${c.lawId}" trong danh mục văn bản pháp luật.`, { field: 'citations' });
      }
      const existing = parsed.id && Object.hasOwn(state.items, parsed.id) ? state.items[parsed.id] : undefined;
      const id = parsed.id ?? `muc-${randomUUID().slice(0, 8)}`;
      // The stored block carries no publication-specific id or link.
      const { id: _blockId, library: _link, ...block } = parsed.block;
      const saved: LibraryItem = {
        ...parsed,
        id,
        block: block as Block,
        revision: (existing?.revision ?? 0) + 1,
        updatedAt: now().toISOString(),
      };
      write({ ...state, items: { ...state.items, [id]: saved } });
      return saved;
    },

    remove(id: string): { deleted: true } {
      item(id);
      const state = read();
      const { [id]: _gone, ...items } = state.items;
      write({ ...state, items });
      return { deleted: true };
    },

    /** One act added or edited; the change goes into its history under `by`. */
    saveLaw(input: unknown, by: string): Law {
      const { state, law } = saveLaw(read(), input, { at: now().toISOString(), by });
      write(state);
      return law;
    },

    /** A CSV or JSON list of acts: all of it, or (on any bad row) nothing. */
    importLaws(fileName: string, bytes: Uint8Array, by: string): LawImportResult {
      const before = read();
      const drafts = readLawFile(fileName, bytes, (number) => lawByNumber(Object.values(before.laws), number));
      const { state, result } = importLaws(before, drafts, { at: now().toISOString(), by, source: fileName });
      write(state);
      return { ...result, laws: sortedLaws(state.laws) };
    },

    lawHistory(id: string): LawChange[] {
      const state = read();
      if (!Object.hasOwn(state.laws, id)) throw new NotFoundError(`Không có văn bản "${id}" trong danh mục.`);
      return state.lawHistory?.[id] ?? [];
    },

    /** Puts the item's block into a stored publication's slot (at `index`, or at the end). */
    insert(publicationId: string, itemId: string, slot: string, mode: 'link' | 'copy', index?: number): { updatedAt: string; block: Block } {
      const it = item(itemId);
      const { publication } = publications.get(publicationId);
      const blocks = [...(publication.slots[slot] ?? [])];
      const block = placed(it, mode === 'link');
      blocks.splice(index === undefined ? blocks.length : Math.min(index, blocks.length), 0, block);
      const { updatedAt } = publications.save(publicationId, { ...publication, slots: { ...publication.slots, [slot]: blocks } });
      return { updatedAt, block };
    },

    links(publicationId: string): LinkState[] {
      return linkStates(publications.get(publicationId).publication, read().items);
    },

    /** Replaces linked blocks that are behind the library (all of them, or those of `itemIds`) with the current item. */
    updateLinks(publicationId: string, itemIds?: string[]): { updated: number; updatedAt?: string } {
      const { publication } = publications.get(publicationId);
      const { items } = read();
      let updated = 0;
      const slots = Object.fromEntries(
        Object.entries(publication.slots).map(([slot, blocks]) => [
          slot,
          blocks.map((b) => {
            const link = b.library;
            const current = link && Object.hasOwn(items, link.itemId) ? items[link.itemId] : undefined;
            if (!link || !current || current.revision === link.revision || (itemIds && !itemIds.includes(link.itemId))) return b;
            updated += 1;
            return placed(current, true, b.id ?? randomUUID());
          }),
        ]),
      );
      if (updated === 0) return { updated };
      const { updatedAt } = publications.save(publicationId, { ...publication, slots } satisfies Publication);
      return { updated, updatedAt };
    },
  };
}

function sortedLaws(laws: Record<string, Law>): Law[] {
  return Object.values(laws).sort((a, b) => a.title.localeCompare(b.title, 'vi') || a.number.localeCompare(b.number, 'vi'));
}

export function linkStates(publication: Publication, items: Record<string, LibraryItem>): LinkState[] {
  return Object.entries(publication.slots).flatMap(([slot, blocks]) =>
    blocks.flatMap((b, index) => {
      if (!b.library) return [];
      const current = Object.hasOwn(items, b.library.itemId) ? items[b.library.itemId] : undefined;
      return [{
        slot,
        index,
        itemId: b.library.itemId,
        title: current?.title ?? b.library.itemId,
        revision: b.library.revision,
        ...(current && { current: current.revision }),
        state: !current ? 'missing' : current.revision === b.library.revision ? 'current' : 'changed',
      } satisfies LinkState];
    }),
  );
}

function searchText(it: LibraryItem, laws: Record<string, Law>): string {
  const cited = it.citations.flatMap((c) => {
    const law = laws[c.lawId];
    return law ? [law.title, law.number, c.article ? `Điều ${c.article}` : ''] : [];
  });
  return [it.title, ...it.topics, ...it.tags, ...blockTexts(it.block), ...cited].join(' ');
}

function titleRank(it: LibraryItem, query: string | undefined): number {
  return query && matchesQuery(it.title, query) ? 1 : 0;
}
