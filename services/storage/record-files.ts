// The records (contracts, deliveries, …) live beside store.json in their own
// folder, one file per collection (docs/records.md says why: at 50 000
// deliveries conf's whole-store rewrite takes ~300 ms a save). Each file is a
// JSON array with one record per line. A change to several collections is
// written as one (durable-files.ts): a failed write or a killed process leaves
// the old set or the new one, never a mix.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { InputError } from '../../contract/errors.js';
import { finishInterruptedReplace, replaceFiles } from './durable-files.js';

export const RECORDS_FOLDER = 'records';

export function recordsDir(dataDir: string): string {
  return join(dataDir, RECORDS_FOLDER);
}

export interface RecordFiles {
  readonly dir: string;
  /** The file's value, or undefined when there is no such file yet. */
  read(name: string): unknown;
  /** Writes each named file atomically; arrays are written one record per line. */
  write(files: Record<string, unknown>): void;
}

export function openRecordFiles(dataDir: string): RecordFiles {
  const dir = recordsDir(dataDir);
  finishInterruptedReplace(dataDir);
  // A record that did not change is the same object, so its line is serialised once per process.
  const lines = new WeakMap<object, string>();
  const lineOf = (record: unknown) => {
    if (typeof record !== 'object' || record === null) return JSON.stringify(record);
    let line = lines.get(record);
    if (line === undefined) lines.set(record, (line = JSON.stringify(record)));
    return line;
  };
  const serialise = (value: unknown) =>
    Array.isArray(value) ? (value.length ? `[\n${value.map(lineOf).join(',\n')}\n]\n` : '[]\n') : `${JSON.stringify(value, null, 2)}\n`;

  return {
    dir,
    read(name) {
      const file = join(dir, `${name}.json`);
      if (!existsSync(file)) return undefined;
      try {
        return JSON.parse(readFileSync(file, 'utf8'));
      } catch (error) {
        throw new InputError(
          `tệp hồ sơ bị hỏng, không đọc được (${(error as Error).message}). Tệp được giữ nguyên: hãy khôi phục từ bản sao lưu.`,
          { file },
        );
      }
    },
    write(files) {
      mkdirSync(dir, { recursive: true });
      replaceFiles(dataDir, Object.entries(files).map(([name, value]) => ({ target: join(dir, `${name}.json`), content: serialise(value) })));
    },
  };
}
