// Rolling automatic backups of the data folder's records (store.json and the
// records/ files): taken when the data is opened, every so often while it is
// being changed, and before an import or a restore; the newest KEEP are kept.
// Restoring first backs up the current state, so a restore can be undone.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { InputError } from '../../contract/errors.js';
import { finishInterruptedReplace, replaceFiles, writeDurably } from './durable-files.js';
import { recordsDir, RECORDS_FOLDER } from './record-files.js';
import { STORE_FILE_NAME } from './store.js';

export const BACKUPS_FOLDER = 'backups';
export const KEEP_BACKUPS = 10;

export type BackupReason = 'open' | 'periodic' | 'before-import' | 'before-restore' | 'manual';

export interface BackupInfo {
  /** Folder name under backups/, e.g. "20221005-093000-123". */
  id: string;
  createdAt: string;
  reason: BackupReason;
  /** Total size of the copied files. */
  bytes: number;
}

interface BackupMeta {
  createdAt: string;
  reason: BackupReason;
  /** Hash of the copied files: an unchanged folder is not backed up twice. */
  digest: string;
}

const META_FILE = 'backup.json';
const BACKUP_ID = /^[0-9-]+$/;
const STORE_JSON = `${STORE_FILE_NAME}.json`;

/** The files a backup holds, relative to the data folder. */
function dataFiles(dataDir: string): string[] {
  const files = existsSync(join(dataDir, STORE_JSON)) ? [STORE_JSON] : [];
  const records = recordsDir(dataDir);
  if (existsSync(records)) {
    for (const name of readdirSync(records).sort()) if (name.endsWith('.json')) files.push(`${RECORDS_FOLDER}/${name}`);
  }
  return files;
}

function digestOf(dir: string, files: string[]): string {
  const hash = createHash('sha256');
  for (const file of files) hash.update(file).update('\0').update(readFileSync(join(dir, file))).update('\0');
  return hash.digest('hex');
}

export function listBackups(dataDir: string): BackupInfo[] {
  const root = join(dataDir, BACKUPS_FOLDER);
  if (!existsSync(root)) return [];
  return readdirSync(root)
    // Not a `.partial` folder a killed backup left behind.
    .filter((id) => BACKUP_ID.test(id) && existsSync(join(root, id, META_FILE)))
    .sort()
    .reverse()
    .map((id) => {
      const meta = JSON.parse(readFileSync(join(root, id, META_FILE), 'utf8')) as BackupMeta;
      const bytes = dataFiles(join(root, id)).reduce((sum, f) => sum + statSync(join(root, id, f)).size, 0);
      return { id, createdAt: meta.createdAt, reason: meta.reason, bytes };
    });
}

/**
 * Copies the data files into a new backup folder and drops the oldest beyond
 * `keep`. Returns undefined when there is nothing to back up, or when
 * `onlyIfChanged` and the newest backup already holds the same bytes.
 */
export function createBackup(
  dataDir: string,
  reason: BackupReason,
  { keep = KEEP_BACKUPS, now = new Date(), onlyIfChanged = false }: { keep?: number; now?: Date; onlyIfChanged?: boolean } = {},
): BackupInfo | undefined {
  finishInterruptedReplace(dataDir);
  const files = dataFiles(dataDir);
  if (files.length === 0) return undefined;
  const digest = digestOf(dataDir, files);
  const root = join(dataDir, BACKUPS_FOLDER);
  if (onlyIfChanged) {
    const newest = listBackups(dataDir)[0];
    if (newest && (JSON.parse(readFileSync(join(root, newest.id, META_FILE), 'utf8')) as BackupMeta).digest === digest) return undefined;
  }
  const id = freeId(root, now);
  const dir = join(root, id);
  const temp = `${dir}.partial`;
  // What a killed backup left under this name is not part of this one.
  rmSync(temp, { recursive: true, force: true });
  mkdirSync(join(temp, RECORDS_FOLDER), { recursive: true });
  for (const file of files) writeDurably(join(temp, file), readFileSync(join(dataDir, file)));
  const meta: BackupMeta = { createdAt: now.toISOString(), reason, digest };
  writeDurably(join(temp, META_FILE), `${JSON.stringify(meta, null, 2)}\n`);
  // A backup folder appears whole or not at all.
  renameSync(temp, dir);
  for (const old of listBackups(dataDir).slice(keep)) rmSync(join(root, old.id), { recursive: true, force: true });
  return listBackups(dataDir).find((b) => b.id === id);
}

function freeId(root: string, now: Date): string {
  const base = now.toISOString().replace(/[-:]/g, '').replace('T', '-').replace('.', '-').replace('Z', '');
  let id = base;
  for (let n = 2; existsSync(join(root, id)); n++) id = `${base}-${n}`;
  return id;
}

/**
 * Puts a backup's files back: the current state is backed up first, each
 * file is replaced atomically, and record files the backup does not have are
 * removed (a backup from before they existed means no records).
 */
export function restoreBackup(dataDir: string, id: string, now = new Date()): { safetyBackup?: BackupInfo } {
  const source = join(dataDir, BACKUPS_FOLDER, id);
  if (!BACKUP_ID.test(id) || !existsSync(join(source, META_FILE))) {
    throw new InputError(`không có bản sao lưu "${id}"; hãy chọn một bản trong danh sách.`, { field: 'id' });
  }
  // One more than usual is kept, so restoring the oldest backup cannot rotate it away first.
  const safetyBackup = createBackup(dataDir, 'before-restore', { now, keep: KEEP_BACKUPS + 1 });
  const wanted = dataFiles(source);
  mkdirSync(recordsDir(dataDir), { recursive: true });
  replaceFiles(
    dataDir,
    wanted.map((file) => ({ target: join(dataDir, file), content: readFileSync(join(source, file)) })),
    dataFiles(dataDir).filter((file) => !wanted.includes(file)).map((file) => join(dataDir, file)),
  );
  return { safetyBackup };
}
