// What the app's native file dialogs answer (electron/exports/file-dialogs.ts),
// as the preload hands it to the page. Pure: the renderer imports it.
import type { Envelope } from './index.js';

/** What a file is opened for; each purpose has its own dialog title and file types. */
export const OPEN_PURPOSES = ['import', 'laws'] as const;
export type OpenPurpose = (typeof OPEN_PURPOSES)[number];

/** A finished export saved where the user chose, or the dialog closed without saving (nothing written). */
export type SaveOutcome = { saved: true; fileName: string } | { saved: false };

/** The file the user picked, as `import.file` and `laws.import` take it, or the dialog closed. */
export type OpenOutcome = { opened: true; fileName: string; base64: string } | { opened: false };

/** What the preload adds to `window.anpham` in the app; absent in a browser (`serve`). */
export interface DesktopFiles {
  /** The main process asks where, then writes the job's own bytes there: the page never names a path or sends bytes. */
  saveExport(jobId: string): Promise<Envelope<SaveOutcome>>;
  openFile(purpose: OpenPurpose): Promise<Envelope<OpenOutcome>>;
}
