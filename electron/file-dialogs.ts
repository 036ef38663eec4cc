// The app's native save and open dialogs, run by the main process. The page
// never gets a power over paths: to save, it names a finished export job and
// the main process asks the user where, then writes that job's own bytes to
// exactly the path the dialog returned; to open, the main process asks which
// file and hands back only that file's content. Over IPC only: `serve` (a
// browser) downloads and uses <input type=file> instead. Electron's dialog is
// passed in, so this runs (and is tested) in plain Node.
import { readFile, stat, writeFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import type { FileFilter } from 'electron';
import { z } from 'zod';
import type { Envelope } from '../contract/index.js';
import { errorEnvelope, type Logger } from '../services/dispatch.js';
import { OPEN_FILE_CHANNEL, SAVE_EXPORT_CHANNEL } from '../contract/ipc-channels.js';
import { refuseUntrusted } from './ipc.js';
import { InputError } from '../contract/errors.js';
import { checkWithSchema } from '../engine/validate.js';
import { exportsApi } from '../contract/exports.js';
import { OPEN_PURPOSES, type OpenOutcome, type OpenPurpose, type SaveOutcome } from '../contract/file-dialogs.js';
import type { ExportJobs } from '../services/exports/jobs.js';

/** The part of Electron's `dialog` used here, in its own option names (tests hand in a stand-in). */
export interface NativeDialog {
  showSaveDialog(options: {
    title: string;
    defaultPath: string;
    filters: FileFilter[];
    properties: ('createDirectory' | 'showOverwriteConfirmation')[];
  }): Promise<{ canceled: boolean; filePath?: string }>;
  showOpenDialog(options: { title: string; filters: FileFilter[]; properties: 'openFile'[] }): Promise<{ canceled: boolean; filePaths: string[] }>;
}

export interface FileDialogDeps {
  dialog: NativeDialog;
  jobs: ExportJobs;
  /** The folder the save dialog opens in (the user's Documents). */
  defaultDir(): string;
  writeFile?(path: string, bytes: Buffer): Promise<void>;
  log?: Logger;
}

/** Word files up to this size; `import.file` takes ~20 MB. */
export const MAX_OPEN_BYTES = 20 * 1024 * 1024;

const FILTERS: Record<string, FileFilter> = {
  '.pdf': { name: 'Tệp PDF', extensions: ['pdf'] },
  '.docx': { name: 'Tài liệu Word', extensions: ['docx'] },
  '.xlsx': { name: 'Bảng tính Excel', extensions: ['xlsx'] },
  '.csv': { name: 'Bảng CSV', extensions: ['csv'] },
  '.json': { name: 'Tệp JSON', extensions: ['json'] },
};

const OPEN_DIALOGS: Record<OpenPurpose, { title: string; filters: FileFilter[] }> = {
  import: { title: 'Chọn tệp Word hoặc văn bản để nhập', filters: [{ name: 'Word hoặc văn bản', extensions: ['docx', 'txt'] }] },
  laws: { title: 'Chọn danh mục văn bản pháp luật để nhập', filters: [{ name: 'Bảng CSV hoặc tệp JSON', extensions: ['csv', 'json'] }] },
};

/** Asks where to save the finished job's file and writes it there; a closed dialog writes nothing and drops the file. */
export async function saveExport(jobId: string, deps: FileDialogDeps): Promise<SaveOutcome> {
  const { fileName } = deps.jobs.peek(jobId);
  const filter = FILTERS[extname(fileName).toLowerCase()];
  const chosen = await deps.dialog.showSaveDialog({
    title: 'Lưu tệp đã xuất',
    defaultPath: join(deps.defaultDir(), fileName),
    filters: filter ? [filter] : [],
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  });
  const { bytes } = deps.jobs.take(jobId);
  if (chosen.canceled || !chosen.filePath) return { saved: false };
  try {
    await (deps.writeFile ?? writeFile)(chosen.filePath, bytes);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'lỗi';
    throw new InputError(`không ghi được tệp (${code}); hãy chọn thư mục khác hoặc đóng tệp đang mở trong chương trình khác rồi xuất lại.`, { file: chosen.filePath });
  }
  return { saved: true, fileName: basename(chosen.filePath) };
}

/** Asks which file to open for `purpose` and reads only that file. */
export async function openFile(purpose: OpenPurpose, deps: Pick<FileDialogDeps, 'dialog'>): Promise<OpenOutcome> {
  const { title, filters } = OPEN_DIALOGS[purpose];
  const chosen = await deps.dialog.showOpenDialog({ title, filters, properties: ['openFile'] });
  const path = chosen.filePaths[0];
  if (chosen.canceled || !path) return { opened: false };
  const info = await stat(path);
  if (info.size > MAX_OPEN_BYTES) throw new InputError('tệp quá lớn để nhập (tối đa 20 MB); hãy tách thành nhiều tệp nhỏ hơn.', { file: path });
  return { opened: true, fileName: basename(path), base64: (await readFile(path)).toString('base64') };
}

const saveInput = exportsApi.schemas['exports.result'];
const openInput = z.object({ purpose: z.enum(OPEN_PURPOSES) }).strict();

/** Both channels, each checking its sender like the API channel and its input with zod, answering with an envelope. */
type SenderEvent = Parameters<typeof refuseUntrusted>[1];

export function registerFileDialogs(
  ipcMain: { handle(channel: string, listener: (event: SenderEvent, ...args: unknown[]) => Promise<unknown>): void },
  deps: FileDialogDeps,
  isTrustedSender: (url: string | undefined) => boolean,
): void {
  const log = deps.log ?? ((message, error) => console.error(message, error));
  const answer = async <T>(channel: string, run: () => Promise<T>): Promise<Envelope<T>> => {
    try {
      return { ok: true, value: await run() };
    } catch (error) {
      return errorEnvelope(channel, error, log);
    }
  };
  ipcMain.handle(SAVE_EXPORT_CHANNEL, async (event, jobId) => {
    refuseUntrusted(SAVE_EXPORT_CHANNEL, event, isTrustedSender);
    return answer(SAVE_EXPORT_CHANNEL, () => saveExport(checkWithSchema(saveInput, { jobId }).jobId, deps));
  });
  ipcMain.handle(OPEN_FILE_CHANNEL, async (event, purpose) => {
    refuseUntrusted(OPEN_FILE_CHANNEL, event, isTrustedSender);
    return answer(OPEN_FILE_CHANNEL, () => openFile(checkWithSchema(openInput, { purpose }).purpose, deps));
  });
}
