// Runs in the sandboxed renderer before the page. It exposes exactly one
// function: `window.anpham.call(method, input)`, which answers with the
// handlers' envelope. No Node, no ipcRenderer, nothing else crosses over.
import { contextBridge, ipcRenderer } from 'electron';
import { API_CHANNEL } from './ipc-channel.js';

contextBridge.exposeInMainWorld('anpham', {
  call: (method: string, input: unknown) => ipcRenderer.invoke(API_CHANNEL, method, input),
});
