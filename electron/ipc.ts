// The IPC transport: one channel, the same dispatch as HTTP. Only the app's
// own page, in the window's top frame, may call it; a frame that navigated
// elsewhere (it should not be able to, see security.ts) or any subframe (the
// app has none, so one would be injected) is refused.
import type { IpcMain } from 'electron';
import { dispatch, type Handlers } from '../services/dispatch.js';
import { API_CHANNEL } from '../contract/ipc-channels.js';

export function registerIpc(
  ipcMain: Pick<IpcMain, 'handle'>,
  handlers: Handlers,
  isTrustedSender: (url: string | undefined) => boolean,
): void {
  ipcMain.handle(API_CHANNEL, async (event, method: unknown, input: unknown) => {
    refuseUntrusted(API_CHANNEL, event, isTrustedSender);
    return dispatch(handlers, typeof method === 'string' ? method : '', input);
  });
}

/** Throws unless the call comes from the app page in the window's top frame (every channel of the app checks this). */
export function refuseUntrusted(
  channel: string,
  event: { senderFrame?: { parent?: unknown; url?: string } | null },
  isTrustedSender: (url: string | undefined) => boolean,
): void {
  if (event.senderFrame?.parent || !isTrustedSender(event.senderFrame?.url)) {
    throw new Error(`refused ${channel} call from ${event.senderFrame?.url ?? 'an unknown frame'}`);
  }
}
