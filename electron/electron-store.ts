// electron-store adapter, used by the app's main process only. It is the one
// storage file allowed to import electron-store (which imports electron).
import ElectronStore from 'electron-store';
import { STORE_FILE_NAME, type Store } from '../services/storage/store.js';
import { openGuarded, sharedOptions } from '../services/storage/conf-store.js';

export function openElectronStore(dataDir: string): Store {
  return openGuarded(dataDir, () =>
    new ElectronStore<Record<string, unknown>>({ ...sharedOptions(dataDir), name: STORE_FILE_NAME }),
  );
}
