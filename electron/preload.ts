// Runs in the sandboxed renderer before the page. It exposes `window.anpham`:
// `call(method, input)`, which answers with the handlers' envelope, and the
// native dialogs `saveExport(jobId)` and `openFile(purpose)`
// (electron/exports/file-dialog-api.ts). No Node, no ipcRenderer, nothing else crosses over.
import { contextBridge, ipcRenderer } from 'electron';
import { API_CHANNEL, OPEN_FILE_CHANNEL, SAVE_EXPORT_CHANNEL } from '../contract/ipc-channels.js';

contextBridge.exposeInMainWorld('anpham', {
  call: (method: string, input: unknown) => ipcRenderer.invoke(API_CHANNEL, method, input),
  // The main process shows the native dialog and reads or writes the file: the page names a job or a purpose, never a path.
  saveExport: (jobId: string) => ipcRenderer.invoke(SAVE_EXPORT_CHANNEL, jobId),
  openFile: (purpose: string) => ipcRenderer.invoke(OPEN_FILE_CHANNEL, purpose),
});
