// The app's IPC channels, shared by main (ipc.ts, exports/file-dialogs.ts) and
// the preload. Kept in their own file so the preload bundle pulls in nothing else.
export const API_CHANNEL = 'anpham:api';
/** The app's native file dialogs (electron/exports/file-dialogs.ts): IPC only, `serve` has no such channel. */
export const SAVE_EXPORT_CHANNEL = 'anpham:save-export';
export const OPEN_FILE_CHANNEL = 'anpham:open-file';
