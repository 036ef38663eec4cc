// The content library's methods (contract/library.ts): search, the catalogue of topics, tags and laws, a law's status.
import { libraryApi } from '../../contract/library.js';
import { defineHandlers } from '../define-handlers.js';
import type { LibraryService } from './service.js';

export function libraryHandlers(library: LibraryService) {
  return defineHandlers(libraryApi, {
    'library.search': async (query) => library.search(query),
    'library.catalogue': async () => library.catalogue(),
    'laws.save': async ({ law }) => library.saveLaw(law),
  });
}
