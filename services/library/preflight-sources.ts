// The legal checks' sources for a command that only reads a data folder (the
// CLI's `preflight`): the library and the hotline as the app would see them.
// A folder with no store gets what a new store starts with; a store the app
// has not yet brought up to this registry edition is brought up in memory
// (the same upgrade the migration makes), never on disk.
import { storedHotline } from '../settings/service.js';
import { openStoreSnapshot } from '../storage/snapshot-store.js';
import { upgradeLaws } from './law-registry-migration.js';
import type { LegalSources } from './preflight-checks.js';
import { REGISTRY_EDITION } from './registry.js';
import { starterLibrary } from './service.js';
import { LIBRARY_KEY, type LibraryState } from './state.js';

export function readOnlyLegalSources(dataDir: string, now: Date = new Date()): LegalSources {
  const store = openStoreSnapshot(dataDir);
  const stored = store.get(LIBRARY_KEY) as LibraryState | undefined;
  const library = !stored ? starterLibrary(now) : stored.registry === REGISTRY_EDITION ? stored : upgradeLaws(stored, now.toISOString());
  return {
    laws: () => Object.values(library.laws),
    itemsById: () => library.items ?? {},
    hotline: () => storedHotline(store),
  };
}
