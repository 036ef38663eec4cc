// The store of a data folder read once and never written: for commands that
// only look (the CLI's `preflight`), so a look never migrates, backs up or
// touches the folder of a running app. It can only be read.
import { existsSync, readFileSync } from 'node:fs';
import { InputError } from '../../contract/errors.js';
import { sharedOptions, storePath } from './conf-store.js';
import type { Store } from './store.js';

export function openStoreSnapshot(dataDir: string): Pick<Store, 'path' | 'get'> {
  const path = storePath(dataDir);
  let data: Record<string, unknown> = {};
  if (existsSync(path)) {
    try {
      data = sharedOptions(dataDir).deserialize(readFileSync(path, 'utf8'));
    } catch (error) {
      throw new InputError(`kho dữ liệu không đọc được (${(error as Error).message}); hãy mở ứng dụng để kiểm tra.`, { file: path });
    }
  }
  return { path, get: (key) => data[key] };
}
