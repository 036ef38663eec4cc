// The app window's security decisions as plain data and functions, so they
// can be read and tested without Electron. main.ts only wires them in.
// docs/security.md maps each item of Electron's security checklist to this file.
import { pathToFileURL } from 'node:url';
import type { BrowserWindowConstructorOptions, WebPreferences } from 'electron';

/** The renderer's own pages are trusted, nothing else. */
export interface AppOrigin {
  /** Absolute path of the built renderer's index.html. */
  rendererFile: string;
  /** The electron-vite dev server URL, in development only. */
  devUrl?: string;
}

export function isAppUrl(url: string | undefined, origin: AppOrigin): boolean {
  if (!url) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (origin.devUrl) {
    const dev = new URL(origin.devUrl);
    if (parsed.protocol === dev.protocol && parsed.host === dev.host) return true;
  }
  // Only the one built page (any #route of it), never another local file.
  return parsed.protocol === 'file:' && parsed.pathname === pathToFileURL(origin.rendererFile).pathname;
}

/** Where the window may navigate: its own page (hash routes), nowhere else. */
export function allowNavigation(url: string, origin: AppOrigin): boolean {
  return isAppUrl(url, origin);
}

/**
 * New windows are never opened inside the app. A https link (help pages,
 * the law's text) goes to the OS browser; every other scheme is dropped.
 */
export function windowOpenDecision(url: string): { action: 'deny'; openExternally?: string } {
  try {
    const parsed = new URL(url);
    if (parsed.protocol === 'https:') return { action: 'deny', openExternally: parsed.href };
  } catch {
    // Not a URL: nothing to open.
  }
  return { action: 'deny' };
}

/** Camera, microphone, notifications, geolocation…: the app needs none. */
export function allowPermission(_permission: string): boolean {
  return false;
}

/** Preferences of the app window: isolated, sandboxed, no Node in any frame. */
export function webPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
  };
}

export function windowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    title: 'Ấn phẩm TGPL',
    width: 1280,
    height: 860,
    minWidth: 900,
    minHeight: 600,
    // Shown once the page has painted, so the user never sees a blank white frame.
    show: false,
    webPreferences: webPreferences(preloadPath),
  };
}
