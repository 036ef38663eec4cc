// The app's native file dialogs, when the page runs in the app: the preload
// adds them to `window.anpham` (electron/exports/file-dialog-api.ts). In a
// browser (`serve`) they are absent and the screens download files and use
// <input type=file> as before.
import type { Envelope } from '../../../contract/index.js';
import type { DesktopFiles, OpenOutcome, OpenPurpose, SaveOutcome } from '../../../contract/file-dialogs.js';
import { ApiCallError } from '../api/client.js';

function desktopFiles(): DesktopFiles | undefined {
  const bridge = window.anpham as (NonNullable<Window['anpham']> & Partial<DesktopFiles>) | undefined;
  return bridge?.saveExport && bridge.openFile ? (bridge as DesktopFiles) : undefined;
}

export const hasNativeDialogs = (): boolean => desktopFiles() !== undefined;

function unwrap<T>(envelope: Envelope<T>): T {
  if (envelope.ok) return envelope.value;
  throw new ApiCallError(envelope.error);
}

/** In the app: the save dialog for a finished export job; undefined in a browser. */
export async function saveWithDialog(jobId: string): Promise<SaveOutcome | undefined> {
  const files = desktopFiles();
  return files && unwrap(await files.saveExport(jobId));
}

/** In the app: the open dialog for `purpose`; undefined in a browser. */
export async function openWithDialog(purpose: OpenPurpose): Promise<OpenOutcome | undefined> {
  const files = desktopFiles();
  return files && unwrap(await files.openFile(purpose));
}
