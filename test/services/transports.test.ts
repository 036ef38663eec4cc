// Both transports reach the services only through `dispatch`, which checks
// every call against its method's zod schema first. Here every API method is
// called over IPC and over HTTP with input its schema must refuse, against
// handlers that record any call: none may run. Plus what each transport adds:
// IPC's sender-frame check, HTTP's address, token, origin and size limits.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { apiSchemas, type ApiMethod } from '../../contract/index.js';
import type { Handlers } from '../../services/dispatch.js';
import { MAX_BODY_BYTES, startHttpServer, TOKEN_HEADER, type RunningServer } from '../../services/http-server.js';
import { registerIpc } from '../../electron/ipc.js';
import { isAppUrl } from '../../electron/security.js';

const ROOT = resolve(import.meta.dirname, '../..');
const METHODS = Object.keys(apiSchemas) as ApiMethod[];
const rendererFile = '/opt/anpham/out/renderer/index.html';
const appPage = pathToFileURL(rendererFile).href;

/** Handlers that only record that they ran. */
function recordingHandlers() {
  const ran: string[] = [];
  const handlers = Object.fromEntries(METHODS.map((m) => [m, async () => void ran.push(m)])) as unknown as Handlers;
  return { handlers, ran };
}

/** Inputs no method's schema accepts: every schema is a strict object. */
const REFUSED: unknown[] = [42, null, 'text', [], { unexpectedField: true }, JSON.parse('{"__proto__": {"admin": true}}')];

function ipcListener(handlers: Handlers) {
  let listener: ((event: unknown, method: unknown, input: unknown) => Promise<unknown>) | undefined;
  registerIpc({ handle: (_channel: string, fn: typeof listener) => void (listener = fn) } as never, handlers, (url) => isAppUrl(url, { rendererFile }));
  return (frame: { url: string; parent?: unknown } | null, method: unknown, input: unknown) => listener!({ senderFrame: frame }, method, input);
}

function post(server: RunningServer, path: string, body: string | Buffer, headers: Record<string, string> = {}, chunked = false): Promise<{ status: number; body: string }> {
  const { port } = new URL(server.url);
  return new Promise((resolveReply, reject) => {
    const req = request(
      { host: '127.0.0.1', port, method: 'POST', path, headers: { [TOKEN_HEADER]: server.token, 'content-type': 'application/json', ...headers } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolveReply({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    req.on('error', reject);
    if (chunked) {
      // No Content-Length: the server must count while reading.
      const piece = Buffer.alloc(1024 * 1024, 0x20);
      let sent = 0;
      const pump = () => {
        while (sent < MAX_BODY_BYTES + piece.length) {
          sent += piece.length;
          if (!req.write(piece)) return void req.once('drain', pump);
        }
        req.end();
      };
      req.on('error', () => {});
      pump();
    } else {
      req.end(body);
    }
  });
}

describe('every API call is validated before any handler runs', () => {
  const { handlers, ran } = recordingHandlers();
  let server: RunningServer;
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'anpham-transports-'));
    mkdirSync(join(dir, 'renderer'));
    writeFileSync(join(dir, 'renderer', 'index.html'), '<html><head></head></html>');
    server = await startHttpServer({ handlers, staticDir: join(dir, 'renderer') });
  });
  afterAll(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it.each(METHODS)('%s refuses input its schema does not allow, over IPC and HTTP', async (method) => {
    const ipc = ipcListener(handlers);
    for (const input of REFUSED) {
      expect(await ipc({ url: appPage, parent: null }, method, input)).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
      const reply = await post(server, `/api/${method}`, JSON.stringify(input));
      expect(reply.status, `${method} ${JSON.stringify(input)}`).toBe(400);
      expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    }
    expect(ran).toEqual([]);
  });

  it('refuses methods that are not in the contract, including prototype names', async () => {
    const ipc = ipcListener(handlers);
    for (const method of ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'settings.get.x', '', 'SETTINGS.GET']) {
      expect(await ipc({ url: appPage, parent: null }, method, {})).toMatchObject({ ok: false, error: { code: 'not-found' } });
      const reply = await post(server, `/api/${encodeURIComponent(method)}`, '{}');
      expect([404, 400]).toContain(reply.status);
    }
    expect(ran).toEqual([]);
  });

  it('runs the handler once the input is valid (the checks are not simply refusing everything)', async () => {
    const ipc = ipcListener(handlers);
    expect(await ipc({ url: appPage, parent: null }, 'settings.get', {})).toEqual({ ok: true });
    expect((await post(server, '/api/settings.get', '{}')).status).toBe(200);
    expect(ran.splice(0)).toEqual(['settings.get', 'settings.get']);
  });

  it('a transport never calls a handler itself: only dispatch does', () => {
    for (const file of ['electron/ipc.ts', 'services/http-server.ts']) {
      const source = readFileSync(join(ROOT, file), 'utf8').replace(/^import .*$/gm, '');
      expect(source, file).toMatch(/\bdispatch\(handlers, /);
      expect(source, file).not.toMatch(/handlers\s*\[|handlers\.\w|handlers\?\./);
    }
  });
});

describe('IPC sender check', () => {
  it('refuses subframes, even of the app page, and frames elsewhere', async () => {
    const { handlers, ran } = recordingHandlers();
    const ipc = ipcListener(handlers);
    await expect(ipc({ url: appPage, parent: { url: appPage } }, 'settings.get', {})).rejects.toThrow(/refused/);
    await expect(ipc({ url: 'https://evil.example/', parent: null }, 'settings.get', {})).rejects.toThrow(/refused/);
    await expect(ipc({ url: 'file:///home/user/evil.html', parent: null }, 'settings.get', {})).rejects.toThrow(/refused/);
    await expect(ipc(null, 'settings.get', {})).rejects.toThrow(/refused/);
    expect(ran).toEqual([]);
  });
});

describe('HTTP hardening', () => {
  const { handlers, ran } = recordingHandlers();
  let server: RunningServer;
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'anpham-http-hard-'));
    server = await startHttpServer({ handlers, staticDir: dir });
  });
  afterAll(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('draws a new token every run', async () => {
    const other = await startHttpServer({ handlers, staticDir: dir });
    try {
      expect(other.token).not.toBe(server.token);
      expect(other.url).toMatch(/^http:\/\/127\.0\.0\.1:/);
      // The other run's token opens nothing here.
      expect((await post(server, '/api/settings.get', '{}', { [TOKEN_HEADER]: other.token })).status).toBe(401);
    } finally {
      await other.close();
    }
  });

  it('refuses pages from other origins, including sandboxed "null" and other local ports', async () => {
    const port = Number(new URL(server.url).port);
    for (const origin of ['null', 'http://evil.example', `http://127.0.0.1:${port + 1}`, `https://127.0.0.1:${port}`, 'file://']) {
      expect((await post(server, '/api/settings.get', '{}', { origin })).status, origin).toBe(403);
    }
    expect(ran).toEqual([]);
  });

  it('stops reading a body that grows past the limit without declaring its length', async () => {
    const reply = await post(server, '/api/settings.get', '', { 'transfer-encoding': 'chunked' }, true).catch(() => ({ status: 413, body: '' }));
    expect(reply.status).toBe(413);
    expect(ran).toEqual([]);
  });

  it('refuses a declared length over the limit before reading it', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    const reply = await post(server, '/api/settings.get', '{}', { 'content-length': String(MAX_BODY_BYTES + 1) }).catch(() => ({ status: 413, body: '' }));
    expect(reply.status).toBe(413);
    logged.mockRestore();
  });
});
