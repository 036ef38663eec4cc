// The one IPC channel of the app, shared by main (ipc.ts) and the preload.
// Kept in its own file so the preload bundle pulls in nothing else.
export const API_CHANNEL = 'anpham:api';
