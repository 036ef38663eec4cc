// What the library keeps in the store under `library`: its items, and the
// registry of cited acts with their history (laws.ts).
import type { LibraryItem } from '../../contract/library.js';
import type { LawsState } from './laws.js';

export const LIBRARY_KEY = 'library';

export interface LibraryState extends LawsState {
  items: Record<string, LibraryItem>;
}
