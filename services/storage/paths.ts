// Where the app keeps its data. The app (Electron's userData) and the CLI use
// the same folder so `npm run cli` sees what the app saved, and vice versa.
import { homedir } from 'node:os';
import { join, posix, win32 } from 'node:path';

/** Folder name inside the OS's per-user application-data folder. ASCII, so every shell and backup tool copes. */
export const DATA_FOLDER_NAME = 'anpham-tgpl';

/**
 * The OS convention for per-user application data, as Electron's `appData`:
 * Windows %APPDATA%, macOS ~/Library/Application Support, elsewhere
 * $XDG_CONFIG_HOME or ~/.config.
 */
export function defaultDataDir(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  home: string = homedir(),
): string {
  if (platform === 'win32') return win32.join(env.APPDATA || win32.join(home, 'AppData', 'Roaming'), DATA_FOLDER_NAME);
  const appData = platform === 'darwin' ? posix.join(home, 'Library', 'Application Support') : env.XDG_CONFIG_HOME || posix.join(home, '.config');
  return posix.join(appData, DATA_FOLDER_NAME);
}

/** User template packs live beside the store. */
export function userTemplatesDir(dataDir: string): string {
  return join(dataDir, 'templates');
}
