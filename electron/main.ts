// The app's main process: one window with Electron's security defaults (the
// decisions live in security.ts), one IPC channel, the store in the user's
// data folder shared with the CLI, a Vietnamese menu.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain, Menu, session, shell, type MenuItemConstructorOptions } from 'electron';
import { createHandlers } from '../services/dispatch.js';
import { registerIpc } from './ipc.js';
import { registerFileDialogs } from './file-dialogs.js';
import { defaultDataDir } from '../services/storage/paths.js';
import { InputError } from '../contract/errors.js';
import { securityHeaders } from '../contract/security-policy.js';
import { allowNavigation, allowPermission, isAppUrl, windowOpenDecision, windowOptions, type AppOrigin } from './security.js';
import { createServices } from '../services/wiring.js';
import { openElectronStore } from './electron-store.js';
import { migrate } from '../services/migrations.js';

const here = fileURLToPath(new URL('.', import.meta.url));
const dataDir = defaultDataDir();
// Only an unpackaged app (`npm start`) may load the dev server; a packaged
// app ignores the variable so nobody can point it at another page.
const devUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL;
const origin: AppOrigin = { rendererFile: join(here, '../renderer/index.html'), devUrl };
let mainWindow: BrowserWindow | undefined;

// Same folder as the CLI's default, instead of Electron's name-derived one.
app.setPath('userData', dataDir);

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('web-contents-created', (_event, contents) => guardContents(contents));
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openWindow();
  });
  app.whenReady().then(start).catch(fail);
}

async function start(): Promise<void> {
  const store = openElectronStore(dataDir);
  migrate(store);
  const services = await createServices({ appRoot: app.getAppPath(), dataDir, store });

  session.defaultSession.setPermissionRequestHandler((_contents, permission, callback) => callback(allowPermission(permission)));
  session.defaultSession.setPermissionCheckHandler((_contents, permission) => allowPermission(permission));
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, ...headerLists(securityHeaders(Boolean(devUrl))) } });
  });
  registerIpc(ipcMain, createHandlers(services), (url) => isAppUrl(url, origin));
  // Saving an export and opening a file for import go through the native dialogs (docs/security.md, item 17).
  registerFileDialogs(ipcMain, { dialog, jobs: services.exports.jobs, defaultDir: () => app.getPath('documents') }, (url) => isAppUrl(url, origin));
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate()));
  openWindow();
}

/** Every web contents (the window and anything it might spawn) gets the same guards. */
function guardContents(contents: Electron.WebContents): void {
  const refuseForeign = (event: { preventDefault(): void }, url: string) => {
    if (!allowNavigation(url, origin)) event.preventDefault();
  };
  contents.on('will-navigate', refuseForeign);
  contents.on('will-redirect', refuseForeign);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    const decision = windowOpenDecision(url);
    if (decision.openExternally) void shell.openExternal(decision.openExternally);
    return { action: decision.action };
  });
}

function openWindow(): void {
  const window = new BrowserWindow(windowOptions(join(here, '../preload/preload.cjs')));
  mainWindow = window;
  window.once('ready-to-show', () => window.show());
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = undefined;
  });
  void (devUrl ? window.loadURL(devUrl) : window.loadFile(origin.rendererFile));
}

function menuTemplate(): MenuItemConstructorOptions[] {
  return [
    { label: 'Tệp', submenu: [{ role: 'quit', label: 'Thoát' }] },
    {
      label: 'Sửa',
      submenu: [
        { role: 'undo', label: 'Hoàn tác' },
        { role: 'redo', label: 'Làm lại' },
        { type: 'separator' },
        { role: 'cut', label: 'Cắt' },
        { role: 'copy', label: 'Sao chép' },
        { role: 'paste', label: 'Dán' },
        { role: 'selectAll', label: 'Chọn tất cả' },
      ],
    },
    {
      label: 'Xem',
      submenu: [
        { role: 'reload', label: 'Tải lại' },
        { role: 'resetZoom', label: 'Cỡ thật' },
        { role: 'zoomIn', label: 'Phóng to' },
        { role: 'zoomOut', label: 'Thu nhỏ' },
        { type: 'separator' },
        { role: 'togglefullscreen', label: 'Toàn màn hình' },
        // Developer tools only while developing: they bypass every guard above.
        ...(app.isPackaged ? [] : [{ role: 'toggleDevTools', label: 'Công cụ phát triển' } as const]),
      ],
    },
    {
      label: 'Trợ giúp',
      submenu: [
        { label: 'Mở thư mục dữ liệu', click: () => void shell.openPath(dataDir) },
        {
          label: 'Giới thiệu',
          click: () =>
            void dialog.showMessageBox({
              type: 'info',
              title: 'Ấn phẩm TGPL',
              message: `Ấn phẩm TGPL ${app.getVersion()}`,
              detail: `Trung tâm Trợ giúp pháp lý Nhà nước tỉnh Lạng Sơn.\nDữ liệu: ${dataDir}`,
            }),
        },
      ],
    },
  ];
}

/** Electron wants header values as lists. */
function headerLists(headers: Record<string, string>): Record<string, string[]> {
  return Object.fromEntries(Object.entries(headers).map(([name, value]) => [name, [value]]));
}

/** A store the app cannot read stops it with the reason, the file left as it is. */
function fail(error: unknown): void {
  const detail = error instanceof InputError ? error.describe() : `Lỗi không mong đợi: ${String(error)}`;
  if (!(error instanceof InputError)) console.error(error);
  dialog.showErrorBox('Ấn phẩm TGPL không khởi động được', detail);
  app.exit(1);
}
