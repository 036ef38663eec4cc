import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { networkInterfaces, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApi, type TestApi } from '../helpers/api.js';
import { MAX_BODY_BYTES, startHttpServer, staticPath, type RunningServer } from '../../services/http-server.js';
import { CONTENT_SECURITY_POLICY } from '../../contract/security-policy.js';

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A raw request: unlike fetch, it sends the path exactly as written (no `..` clean-up). */
function send(url: string, options: { method?: string; path: string; headers?: Record<string, string>; body?: string | Buffer; host?: string }): Promise<Reply> {
  const { port, hostname } = new URL(url);
  return new Promise((resolve, reject) => {
    const req = request({ host: options.host ?? hostname, port, method: options.method ?? 'GET', path: options.path, headers: options.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

let dir: string;
let server: RunningServer;
let testApi: TestApi;
const api = (method: string, headers: Record<string, string>, body = '{}') =>
  send(server.url, { method: 'POST', path: `/api/${method}`, headers: { 'content-type': 'application/json', ...headers }, body });

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'anpham-http-'));
  const staticDir = join(dir, 'renderer');
  mkdirSync(join(staticDir, 'assets'), { recursive: true });
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><html lang="vi"><head><meta charset="UTF-8"><title>Ấn phẩm</title></head><body></body></html>');
  writeFileSync(join(staticDir, 'assets', 'app.js'), 'console.log("ấn phẩm")');
  writeFileSync(join(dir, 'secret.txt'), 'BÍ MẬT');
  testApi = await openTestApi('http');
  const handlers = testApi.handlers;
  server = await startHttpServer({ handlers, staticDir });
});
afterAll(async () => {
  await server.close();
  testApi.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('startHttpServer', () => {
  it('listens on 127.0.0.1 only, with a fresh 256-bit token', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(server.token).toMatch(/^[0-9a-f]{64}$/);
  });

  it('cannot be reached on any other address of this machine', async () => {
    const others = Object.values(networkInterfaces())
      .flat()
      .filter((i) => i && !i.address.startsWith('127.'))
      .map((i) => (i!.family === 'IPv6' ? `[${i!.address.split('%')[0]}]` : i!.address));
    for (const address of new Set(['[::1]', ...others])) {
      if (address.startsWith('[fe80')) continue; // link-local needs a zone id
      const port = new URL(server.url).port;
      await expect(send(`http://${address}:${port}/`, { path: '/', host: address.replace(/[[\]]/g, '') })).rejects.toThrow();
    }
  });

  it('answers an API call that carries the token', async () => {
    const reply = await api('settings.get', { 'x-anpham-token': server.token });
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: true, value: { language: 'vi' } });
    expect(reply.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(reply.headers['x-content-type-options']).toBe('nosniff');
  });

  it('refuses an API call without the token or with a wrong one (401)', async () => {
    const attempts: Record<string, string>[] = [{}, { 'x-anpham-token': 'x'.repeat(64) }, { 'x-anpham-token': server.token.slice(1) }];
    for (const headers of attempts) {
      const reply = await api('settings.get', headers);
      expect(reply.status).toBe(401);
      expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    }
  });

  it('refuses a request from another origin (403), even with the token', async () => {
    const reply = await api('settings.get', { 'x-anpham-token': server.token, origin: 'http://evil.example' });
    expect(reply.status).toBe(403);
    const own = await api('settings.get', { 'x-anpham-token': server.token, origin: server.url.slice(0, -1) });
    expect(own.status).toBe(200);
  });

  it('refuses a Host that is not its own, so a rebound DNS name cannot read the page or the token', async () => {
    const page = await send(server.url, { path: '/', headers: { host: `evil.example:${new URL(server.url).port}` } });
    expect(page.status).toBe(403);
    expect(page.body).not.toContain(server.token);
  });

  it('refuses a body over 25 MB (413)', async () => {
    const reply = await api('settings.get', { 'x-anpham-token': server.token }, 'x'.repeat(MAX_BODY_BYTES + 1));
    expect(reply.status).toBe(413);
  });

  it('reports broken JSON, unknown methods and invalid input as envelopes', async () => {
    const token = { 'x-anpham-token': server.token };
    expect((await api('settings.get', token, '{')).status).toBe(400);
    const unknown = await api('app.nothing', token);
    expect(unknown.status).toBe(404);
    expect(JSON.parse(unknown.body)).toMatchObject({ ok: false, error: { code: 'not-found' } });
    const invalid = await api('publications.get', token, '{"id":"../x"}');
    expect(invalid.status).toBe(400);
    expect(JSON.parse(invalid.body)).toMatchObject({ ok: false, error: { code: 'invalid-input', field: 'id' } });
    expect((await send(server.url, { path: '/api/settings.get', headers: token })).status).toBe(405);
  });

  it('serves index.html for / with the token in a meta tag, never cached', async () => {
    const reply = await send(server.url, { path: '/' });
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toMatch(/^text\/html/);
    expect(reply.headers['cache-control']).toBe('no-store');
    expect(reply.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    const meta = /<meta name="anpham-token" content="([0-9a-f]+)">/.exec(reply.body);
    expect(meta?.[1]).toBe(server.token);
    expect(reply.body).toContain('<title>Ấn phẩm</title>');
  });

  it('serves the build files with their types', async () => {
    const reply = await send(server.url, { path: '/assets/app.js' });
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toMatch(/^text\/javascript/);
    expect(reply.body).toBe('console.log("ấn phẩm")');
    expect(reply.headers['x-content-type-options']).toBe('nosniff');
  });

  it.each(['/../secret.txt', '/assets/../../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt', '/..%5csecret.txt', '/%00', '/assets/%E0%A4%A'])(
    'never serves a file outside the build folder: %s',
    async (path) => {
      const reply = await send(server.url, { path });
      expect(reply.status).toBe(404);
      expect(reply.body).not.toContain('BÍ MẬT');
    },
  );
});

describe('staticPath', () => {
  it('maps URL paths inside the root and nothing else', () => {
    expect(staticPath('/srv/ui', '/')).toBe('/srv/ui/index.html');
    expect(staticPath('/srv/ui', '/assets/a%20b.js')).toBe('/srv/ui/assets/a b.js');
    expect(staticPath('/srv/ui', '/../ui-other/x')).toBeUndefined();
    expect(staticPath('/srv/ui', '/..')).toBeUndefined();
    expect(staticPath('/srv/ui', '//etc/passwd')).toBe('/srv/ui/etc/passwd');
  });
});
