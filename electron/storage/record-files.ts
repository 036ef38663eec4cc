// The records (contracts, deliveries, …) live beside store.json in their own
// folder, one file per collection (docs/records.md says why: at 50 000
// deliveries conf's whole-store rewrite takes ~300 ms a save). Each file is a
// JSON array with one record per line. Writes are atomic per file (temporary
// file, fsync, rename), and a change to several collections writes all the
// temporary files before renaming any, so a failed write leaves the old set.
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { InputError } from '../publishing/errors.js';

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
      const staged = Object.entries(files).map(([name, value]) => {
        const file = join(dir, `${name}.json`);
        const temp = `${file}.${process.pid}.tmp`;
        writeDurably(temp, serialise(value));
        return { temp, file };
      });
      for (const { temp, file } of staged) renameSync(temp, file);
    },
  };
}

/** Writes and flushes to disk before the rename makes the file visible. */
export function writeDurably(file: string, text: string | Buffer): void {
  const fd = openSync(file, 'w');
  try {
    writeSync(fd, typeof text === 'string' ? Buffer.from(text, 'utf8') : text);
    fsyncSync(fd);
  } catch (error) {
    closeSync(fd);
    rmSync(file, { force: true });
    throw error;
  }
  closeSync(fd);
}
