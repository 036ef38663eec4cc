// The window's security decisions (security.ts), the IPC sender check, and
// main.ts wiring them in, with Electron replaced by a recording fake: the
// real binary is never loaded in tests.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { API_CHANNEL } from '../../contract/ipc-channels.js';
import { registerIpc } from '../../electron/ipc.js';
import { openTestApi, type TestApi } from '../helpers/api.js';
import {
  allowNavigation,
  allowPermission,
  isAppUrl,
  webPreferences,
  windowOpenDecision,
  windowOptions,
} from '../../electron/security.js';
import { CONTENT_SECURITY_POLICY, contentSecurityPolicy } from '../../contract/security-policy.js';

const rendererFile = '/opt/anpham/out/renderer/index.html';
const built = { rendererFile };
const dev = { rendererFile, devUrl: 'http://localhost:5173/' };

describe('window options', () => {
  it('isolate and sandbox the page with no Node anywhere', () => {
    expect(webPreferences('/p/preload.cjs')).toEqual({
      preload: '/p/preload.cjs',
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
    });
    expect(windowOptions('/p/preload.cjs')).toMatchObject({ show: false, title: 'Ấn phẩm TGPL', webPreferences: { sandbox: true } });
  });
});

describe('content security policy', () => {
  const directives = (policy: string) => Object.fromEntries(policy.split(';').map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v]));

  it('allows only the app itself to run code', () => {
    const d = directives(CONTENT_SECURITY_POLICY);
    expect(d['default-src']).toEqual(["'self'"]);
    expect(d['script-src']).toEqual(["'self'"]);
    expect(d['object-src']).toEqual(["'none'"]);
    expect(d['base-uri']).toEqual(["'none'"]);
    expect(d['frame-ancestors']).toEqual(["'none'"]);
    expect(d['connect-src']).toEqual(["'self'"]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|https?:|\*/);
    expect(contentSecurityPolicy(false)).toBe(CONTENT_SECURITY_POLICY);
  });

  it('loosens only script and connect sources, and only for the dev server', () => {
    const d = directives(contentSecurityPolicy(true));
    expect(d['script-src']).toContain("'unsafe-inline'");
    expect(d['connect-src']).toContain('ws:');
    expect(d['object-src']).toEqual(["'none'"]);
  });
});

describe('navigation and sender checks', () => {
  const page = pathToFileURL(rendererFile).href;

  it('trust the built page (any #route), not another file or site', () => {
    expect(isAppUrl(page, built)).toBe(true);
    expect(isAppUrl(`${page}#/p/abc`, built)).toBe(true);
    expect(isAppUrl(pathToFileURL('/etc/passwd').href, built)).toBe(false);
    expect(isAppUrl(pathToFileURL('/opt/anpham/out/renderer/other.html').href, built)).toBe(false);
    expect(isAppUrl('https://example.com/', built)).toBe(false);
    expect(isAppUrl('http://localhost:5173/', built)).toBe(false);
    expect(isAppUrl('not a url', built)).toBe(false);
    expect(isAppUrl(undefined, built)).toBe(false);
  });

  it('trust the dev server only when one is configured, and only its origin', () => {
    expect(isAppUrl('http://localhost:5173/#/p/x', dev)).toBe(true);
    expect(isAppUrl('http://localhost:5174/', dev)).toBe(false);
    expect(isAppUrl('https://localhost:5173/', dev)).toBe(false);
    expect(allowNavigation('https://thuvienphapluat.vn/', dev)).toBe(false);
  });

  it('never open windows; hand https links to the OS browser and drop everything else', () => {
    expect(windowOpenDecision('https://moj.gov.vn/tgpl')).toEqual({ action: 'deny', openExternally: 'https://moj.gov.vn/tgpl' });
    for (const url of ['http://moj.gov.vn/', 'file:///etc/passwd', 'javascript:alert(1)', 'smb://host/share', 'nonsense']) {
      expect(windowOpenDecision(url)).toEqual({ action: 'deny' });
    }
  });

  it('deny every permission', () => {
    for (const p of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen']) expect(allowPermission(p)).toBe(false);
  });
});

describe('registerIpc', () => {
  let testApi: TestApi;
  beforeAll(async () => { testApi = await openTestApi('ipc'); });
  afterAll(() => testApi.close());

  function registered() {
    let listener: ((event: unknown, ...args: unknown[]) => Promise<unknown>) | undefined;
    const ipcMain = { handle: vi.fn((channel: string, fn: typeof listener) => { expect(channel).toBe(API_CHANNEL); listener = fn; }) };
    registerIpc(ipcMain as never, testApi.handlers, (url) => isAppUrl(url, built));
    return (url: string | undefined, method: unknown, input: unknown) => listener!({ senderFrame: url === undefined ? null : { url } }, method, input);
  }

  it('answers the app page through dispatch', async () => {
    const call = registered();
    expect(await call(pathToFileURL(rendererFile).href, 'settings.get', {})).toMatchObject({ ok: true, value: { language: 'vi' } });
    expect(await call(pathToFileURL(rendererFile).href, 42, {})).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('refuses any other sender', async () => {
    const call = registered();
    await expect(call('https://evil.example/', 'settings.get', {})).rejects.toThrow(/refused/);
    await expect(call(undefined, 'settings.get', {})).rejects.toThrow(/refused/);
  });
});

// ---- main.ts with a recording Electron -------------------------------------

const fake = vi.hoisted(() => {
  type Listener = (...args: any[]) => unknown;
  const appListeners: Record<string, Listener[]> = {};
  const windows: { options: any; loaded?: string; listeners: Record<string, Listener> }[] = [];
  class BrowserWindow {
    static getAllWindows = () => windows;
    record: (typeof windows)[number];
    constructor(options: unknown) {
      this.record = { options, listeners: {} };
      windows.push(this.record);
    }
    once(event: string, fn: Listener) { this.record.listeners[event] = fn; }
    on(event: string, fn: Listener) { this.record.listeners[event] = fn; }
    loadFile(file: string) { this.record.loaded = file; return Promise.resolve(); }
    loadURL(url: string) { this.record.loaded = url; return Promise.resolve(); }
    show() {}
    isMinimized() { return false; }
    restore() {}
    focus() {}
  }
  const electron = {
    app: {
      isPackaged: true,
      setPath: vi.fn(),
      requestSingleInstanceLock: vi.fn(() => true),
      quit: vi.fn(),
      exit: vi.fn(),
      on: vi.fn((event: string, fn: Listener) => { (appListeners[event] ??= []).push(fn); }),
      whenReady: vi.fn(() => Promise.resolve()),
      getAppPath: () => '/opt/anpham',
      getVersion: () => '0.1.0',
    },
    BrowserWindow,
    ipcMain: { handle: vi.fn() },
    Menu: { buildFromTemplate: vi.fn((t: unknown) => t), setApplicationMenu: vi.fn() },
    dialog: { showErrorBox: vi.fn(), showMessageBox: vi.fn() },
    shell: { openExternal: vi.fn(), openPath: vi.fn() },
    session: {
      defaultSession: {
        setPermissionRequestHandler: vi.fn(),
        setPermissionCheckHandler: vi.fn(),
        webRequest: { onHeadersReceived: vi.fn() },
      },
    },
  };
  return { electron, appListeners, windows };
});

vi.mock('electron', () => ({ ...fake.electron, default: fake.electron }));
// The real services, over the project's templates and fonts (the fake app lives in /opt/anpham).
vi.mock('../../services/wiring.js', async (importActual) => {
  const actual = await importActual<typeof import('../../services/wiring.js')>();
  const root = join(import.meta.dirname, '..', '..');
  return { createServices: vi.fn((o: Parameters<typeof actual.createServices>[0]) => actual.createServices({ ...o, appRoot: root })) };
});

describe('main.ts', () => {
  const config = mkdtempSync(join(tmpdir(), 'anpham-main-'));
  const dataDir = join(config, 'anpham-tgpl');
  afterAll(() => rmSync(config, { recursive: true, force: true }));

  beforeEach(() => {
    vi.resetModules();
    vi.clearAllMocks();
    // The adapter's own file is the one place electron-store is loaded; here the
    // same store format is opened with conf, in the folder main.ts chose. Mocked
    // again after each reset so it shares the fresh module graph (InputError).
    vi.doMock('../../electron/electron-store.js', async () => {
      const { openConfStore } = await import('../../services/storage/conf-store.js');
      return { openElectronStore: openConfStore };
    });
    fake.windows.length = 0;
    for (const key of Object.keys(fake.appListeners)) delete fake.appListeners[key];
    vi.stubEnv('XDG_CONFIG_HOME', config);
    vi.stubEnv('ELECTRON_RENDERER_URL', 'https://evil.example/');
  });

  async function startMain() {
    await import('../../electron/main.js');
    await vi.waitFor(() => expect(fake.windows.length + fake.electron.dialog.showErrorBox.mock.calls.length).toBeGreaterThan(0));
  }

  it('uses the CLI data folder, takes the single-instance lock, and opens one guarded window', async () => {
    await startMain();
    const { app, session, ipcMain, Menu } = fake.electron;
    expect(app.setPath).toHaveBeenCalledWith('userData', dataDir);
    expect(app.requestSingleInstanceLock).toHaveBeenCalled();

    expect(fake.windows).toHaveLength(1);
    const [window] = fake.windows;
    expect(window.options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true });
    expect(window.options.webPreferences.preload).toMatch(/preload[/\\]preload\.cjs$/);
    // A packaged app ignores ELECTRON_RENDERER_URL and loads its own file.
    expect(window.loaded).toMatch(/renderer[/\\]index\.html$/);

    const request = session.defaultSession.setPermissionRequestHandler.mock.calls[0][0];
    const decide = vi.fn();
    request({}, 'media', decide);
    expect(decide).toHaveBeenCalledWith(false);
    expect(session.defaultSession.setPermissionCheckHandler.mock.calls[0][0]({}, 'geolocation')).toBe(false);

    const onHeaders = session.defaultSession.webRequest.onHeadersReceived.mock.calls[0][0];
    const reply = vi.fn();
    onHeaders({ responseHeaders: { 'content-type': ['text/html'] } }, reply);
    expect(reply.mock.calls[0][0].responseHeaders['Content-Security-Policy']).toEqual([CONTENT_SECURITY_POLICY]);
    expect(reply.mock.calls[0][0].responseHeaders['content-type']).toEqual(['text/html']);

    expect(ipcMain.handle).toHaveBeenCalledWith(API_CHANNEL, expect.any(Function));
    const menu = Menu.setApplicationMenu.mock.calls[0][0] as { label: string; submenu: { role?: string }[] }[];
    expect(menu.map((m) => m.label)).toEqual(['Tệp', 'Sửa', 'Xem', 'Trợ giúp']);
    expect(menu.flatMap((m) => m.submenu).some((i) => i.role === 'toggleDevTools')).toBe(false);
  });

  it('guards every web contents: no foreign navigation, no new windows, no webviews', async () => {
    await startMain();
    const listeners: Record<string, (...a: any[]) => unknown> = {};
    let openHandler: ((d: { url: string }) => unknown) | undefined;
    const contents = { on: (e: string, fn: (...a: any[]) => unknown) => (listeners[e] = fn), setWindowOpenHandler: (fn: typeof openHandler) => (openHandler = fn) };
    for (const fn of fake.appListeners['web-contents-created']) fn({}, contents);

    const navigate = (event: string, url: string) => {
      const e = { preventDefault: vi.fn() };
      listeners[event](e, url);
      return e.preventDefault.mock.calls.length > 0;
    };
    const page = pathToFileURL(fake.windows[0].loaded!).href;
    expect(navigate('will-navigate', `${page}#/p/x`)).toBe(false);
    expect(navigate('will-navigate', 'https://evil.example/')).toBe(true);
    expect(navigate('will-redirect', 'file:///etc/passwd')).toBe(true);
    const webview = { preventDefault: vi.fn() };
    listeners['will-attach-webview'](webview);
    expect(webview.preventDefault).toHaveBeenCalled();

    expect(openHandler!({ url: 'https://moj.gov.vn/' })).toEqual({ action: 'deny' });
    expect(fake.electron.shell.openExternal).toHaveBeenCalledWith('https://moj.gov.vn/');
    expect(openHandler!({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    expect(fake.electron.shell.openExternal).toHaveBeenCalledTimes(1);
  });

  it('while developing (unpackaged) trusts only the dev server, with the looser dev policy and developer tools', async () => {
    fake.electron.app.isPackaged = false;
    vi.stubEnv('ELECTRON_RENDERER_URL', 'http://localhost:5173/');
    try {
      await startMain();
      expect(fake.windows[0].loaded).toBe('http://localhost:5173/');
      const onHeaders = fake.electron.session.defaultSession.webRequest.onHeadersReceived.mock.calls[0][0];
      const reply = vi.fn();
      onHeaders({ responseHeaders: {} }, reply);
      expect(reply.mock.calls[0][0].responseHeaders['Content-Security-Policy']).toEqual([contentSecurityPolicy(true)]);

      const listeners: Record<string, (...a: any[]) => unknown> = {};
      const contents = { on: (e: string, fn: (...a: any[]) => unknown) => (listeners[e] = fn), setWindowOpenHandler: () => {} };
      for (const fn of fake.appListeners['web-contents-created']) fn({}, contents);
      const refused = (url: string) => {
        const e = { preventDefault: vi.fn() };
        listeners['will-navigate'](e, url);
        return e.preventDefault.mock.calls.length > 0;
      };
      expect(refused('http://localhost:5173/#/p/x')).toBe(false);
      expect(refused('http://localhost:5174/')).toBe(true);
      expect(refused('https://evil.example/')).toBe(true);

      const menu = fake.electron.Menu.setApplicationMenu.mock.calls[0][0] as { submenu: { role?: string }[] }[];
      expect(menu.flatMap((m) => m.submenu).some((i) => i.role === 'toggleDevTools')).toBe(true);
    } finally {
      fake.electron.app.isPackaged = true;
    }
  });

  it('answers every permission check and request with no, whatever the page asks', async () => {
    await startMain();
    const { setPermissionRequestHandler, setPermissionCheckHandler } = fake.electron.session.defaultSession;
    for (const permission of ['media', 'geolocation', 'notifications', 'midi', 'pointerLock', 'openExternal', 'clipboard-sanitized-write', 'hid', 'serial', 'usb', 'fileSystem']) {
      const decide = vi.fn();
      setPermissionRequestHandler.mock.calls[0][0]({}, permission, decide);
      expect(decide, permission).toHaveBeenCalledWith(false);
      expect(setPermissionCheckHandler.mock.calls[0][0]({}, permission)).toBe(false);
    }
  });

  it('refuses to start on a corrupt store, saying which file, and leaves it untouched', async () => {

    mkdirSync(dataDir, { recursive: true });
    writeFileSync(join(dataDir, 'store.json'), '{"publications": ');
    try {
      await startMain();
      expect(fake.windows).toHaveLength(0);
      const [title, detail] = fake.electron.dialog.showErrorBox.mock.calls[0];
      expect(title).toContain('không khởi động được');
      expect(detail).toContain(join(dataDir, 'store.json'));
      expect(fake.electron.app.exit).toHaveBeenCalledWith(1);
      expect(readFileSync(join(dataDir, 'store.json'), 'utf8')).toBe('{"publications": ');
    } finally {
      rmSync(join(dataDir, 'store.json'));
    }
  });
});
