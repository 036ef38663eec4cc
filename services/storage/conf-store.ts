// `conf` adapter: the store in plain Node. electron-store extends the same
// class, so both adapters share the options below and read the same file.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import Conf from 'conf';
import { InputError } from '../../contract/errors.js';
import { finishInterruptedReplace } from './durable-files.js';
import { STORE_FILE_NAME, type Store } from './store.js';

type Record_ = Record<string, unknown>;

/**
 * A store file that is not a JSON object is refused rather than treated as
 * empty: conf would otherwise start from `{}` and the next write would wipe
 * the user's records.
 */
function parseStoreText(text: string): Record_ {
  const value: unknown = JSON.parse(text);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new SyntaxError('nội dung không phải một đối tượng JSON');
  }
  return value as Record_;
}

/** Options both adapters pass to conf (electron-store names `configName` `name`). */
export function sharedOptions(dataDir: string) {
  return {
    cwd: dataDir,
    // A corrupt file must stop the app with a message, never be reset to empty.
    clearInvalidConfig: false,
    // Keys are ids and may hold dots; they are never paths into nested objects.
    accessPropertiesByDotNotation: false,
    deserialize: parseStoreText,
  } as const;
}

export function storePath(dataDir: string): string {
  return join(dataDir, `${STORE_FILE_NAME}.json`);
}

/** Opens with `open`, turning an unreadable file into a message that names it. */
export function openGuarded(dataDir: string, open: () => Conf<Record_>): Store {
  const path = storePath(dataDir);
  let conf: Conf<Record_>;
  try {
    // A restore killed part-way is finished before store.json is read.
    finishInterruptedReplace(dataDir);
    conf = open();
  } catch (error) {
    if (error instanceof SyntaxError && existsSync(path)) {
      throw new InputError(
        `kho dữ liệu bị hỏng, không đọc được (${error.message}). Tệp được giữ nguyên: hãy khôi phục từ bản sao lưu hoặc chuyển tệp đi chỗ khác rồi mở lại.`,
        { file: path },
      );
    }
    throw error;
  }
  return {
    path: conf.path,
    get: (key) => conf.get(key),
    set: (key, value) => conf.set(key, value),
    delete: (key) => conf.delete(key),
  };
}

export function openConfStore(dataDir: string): Store {
  return openGuarded(dataDir, () =>
    new Conf<Record_>({ ...sharedOptions(dataDir), configName: STORE_FILE_NAME, projectName: 'anpham-tgpl' }),
  );
}
