// The one storage interface the services see: JSON values under string keys,
// in one file. Two adapters implement it over the same file format: `conf`
// (plain Node: CLI, `serve`, tests) and electron-store (the app).

export interface Store {
  /** The store file, for messages and backups. */
  readonly path: string;
  get(key: string): unknown;
  /** The value must survive JSON.stringify unchanged (no Dates, Maps, undefined in arrays). */
  set(key: string, value: unknown): void;
  delete(key: string): void;
}

/** File name inside the data folder, shared by both adapters. */
export const STORE_FILE_NAME = 'store';
