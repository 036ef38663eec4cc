// The content library's methods (contract/library.ts): search, the catalogue of topics, tags and laws, and the
// registry of cited acts: saving one, importing a list, an act's history.
import { libraryApi } from '../../contract/library.js';
import { defineHandlers } from '../define-handlers.js';
import type { LibraryService } from './service.js';

export function libraryHandlers(library: LibraryService) {
  return defineHandlers(libraryApi, {
    'library.search': async (query) => library.search(query),
    'library.catalogue': async () => library.catalogue(),
    'laws.save': async ({ law, by }) => library.saveLaw(law, by),
    'laws.import': async ({ fileName, base64, by }) => library.importLaws(fileName, Buffer.from(base64, 'base64'), by),
    'laws.history': async ({ id }) => library.lawHistory(id),
  });
}
