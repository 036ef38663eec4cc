// The HTTP transport: the same handlers as the app's IPC, for `serve` and the
// browser tests. It listens on 127.0.0.1 only and trusts nothing else on the
// machine: every API call needs this run's random token, cross-origin calls
// are refused, and the Host header must be ours so a DNS-rebinding page can
// neither call the API nor read the token out of index.html.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, resolve, sep } from 'node:path';
import type { ApiError } from '../contract/errors.js';
import type { Envelope } from '../contract/index.js';
import { dispatch, type Handlers } from './dispatch.js';
import { securityHeaders } from '../contract/security-policy.js';

export const TOKEN_HEADER = 'x-anpham-token';
/** A publication with pictures as data: URLs can be large; 25 MB is well above any real leaflet. */
export const MAX_BODY_BYTES = 25 * 1024 * 1024;

export interface HttpServerOptions {
  handlers: Handlers;
  /** The built renderer (out/renderer). */
  staticDir: string;
  /** 0 or absent: any free port. */
  port?: number;
  host?: string;
}

export interface RunningServer {
  url: string;
  token: string;
  close(): Promise<void>;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.map': 'application/json; charset=utf-8',
  '.bcmap': 'application/octet-stream',
};

export async function startHttpServer(options: HttpServerOptions): Promise<RunningServer> {
  const { handlers, port = 0, host = '127.0.0.1' } = options;
  const staticDir = resolve(options.staticDir);
  const token = randomBytes(32).toString('hex');
  let ownHosts: string[] = [];

  const server = createServer((req, res) => {
    for (const [name, value] of Object.entries(securityHeaders())) res.setHeader(name, value);
    handle(req, res).catch((error) => {
      console.error('serve: request failed', error);
      if (!res.headersSent) sendError(res, 500, { code: 'internal', message: 'Lỗi nội bộ của máy chủ.' });
      else res.destroy();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!ownHosts.includes(req.headers.host ?? '')) {
      return sendError(res, 403, { code: 'invalid-input', message: 'Máy chủ chỉ trả lời địa chỉ 127.0.0.1 của chính nó.' });
    }
    const origin = req.headers.origin;
    if (origin !== undefined && !ownHosts.some((h) => origin === `http://${h}`)) {
      return sendError(res, 403, { code: 'invalid-input', message: 'Yêu cầu từ trang web khác bị từ chối.' });
    }
    const url = new URL(req.url ?? '/', `http://${ownHosts[0]}`);
    if (url.pathname.startsWith('/api/')) return handleApi(req, res, url.pathname.slice('/api/'.length));
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('Allow', 'GET, HEAD');
      return sendError(res, 405, { code: 'invalid-input', message: 'Phương thức không được hỗ trợ.' });
    }
    return serveStatic(req, res, url.pathname);
  }

  async function handleApi(req: IncomingMessage, res: ServerResponse, method: string): Promise<void> {
    res.setHeader('Cache-Control', 'no-store');
    if (req.method !== 'POST') {
      res.setHeader('Allow', 'POST');
      return sendError(res, 405, { code: 'invalid-input', message: 'API chỉ nhận POST.' });
    }
    if (!tokenMatches(req.headers[TOKEN_HEADER], token)) {
      return sendError(res, 401, { code: 'invalid-input', message: 'Thiếu hoặc sai mã phiên (X-Anpham-Token). Hãy tải lại trang.' });
    }
    const body = await readBody(req);
    if (body === 'too-large') {
      res.setHeader('Connection', 'close');
      return sendError(res, 413, { code: 'invalid-input', message: 'Dữ liệu gửi lên quá lớn (tối đa 25 MB). Hãy dùng ảnh nhỏ hơn.' });
    }
    let input: unknown;
    try {
      input = body.length ? JSON.parse(body.toString('utf8')) : {};
    } catch {
      return sendError(res, 400, { code: 'invalid-input', message: 'Nội dung yêu cầu không phải JSON hợp lệ.' });
    }
    const envelope = await dispatch(handlers, decodeURIComponentSafe(method) ?? method, input);
    sendJson(res, envelope.ok ? 200 : STATUS_OF[envelope.error.code], envelope);
  }

  async function serveStatic(req: IncomingMessage, res: ServerResponse, pathname: string): Promise<void> {
    const file = staticPath(staticDir, pathname);
    const info = file ? await stat(file).catch(() => undefined) : undefined;
    if (!file || !info?.isFile()) {
      return sendError(res, 404, { code: 'not-found', message: 'Không có tệp này.' });
    }
    const type = CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
    res.setHeader('Content-Type', type);
    if (file === resolve(staticDir, 'index.html')) {
      // The page reads the token from here; it changes every run, so never cache it.
      res.setHeader('Cache-Control', 'no-store');
      const html = injectToken(await readFile(file, 'utf8'), token);
      res.setHeader('Content-Length', Buffer.byteLength(html));
      res.end(req.method === 'HEAD' ? undefined : html);
      return;
    }
    res.setHeader('Content-Length', info.size);
    if (req.method === 'HEAD') return void res.end();
    createReadStream(file).pipe(res);
  }

  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolveListen());
  });
  const bound = (server.address() as AddressInfo).port;
  ownHosts = [`${host}:${bound}`, `localhost:${bound}`];
  return {
    url: `http://${host}:${bound}/`,
    token,
    close: () =>
      new Promise<void>((resolveClose, reject) => {
        server.close((error) => (error ? reject(error) : resolveClose()));
        server.closeAllConnections();
      }),
  };
}

const STATUS_OF: Record<ApiError['code'], number> = {
  'invalid-input': 400,
  'not-found': 404,
  conflict: 409,
  internal: 500,
};

function tokenMatches(given: string | string[] | undefined, token: string): boolean {
  if (typeof given !== 'string' || given.length !== token.length) return false;
  return timingSafeEqual(Buffer.from(given), Buffer.from(token));
}

/** The body, or 'too-large' as soon as it passes the limit (declared or actual). */
async function readBody(req: IncomingMessage): Promise<Buffer | 'too-large'> {
  if (Number(req.headers['content-length'] ?? 0) > MAX_BODY_BYTES) {
    req.resume();
    return 'too-large';
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) {
      req.resume();
      return 'too-large';
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/** The file for a URL path, or undefined when it would leave `root` (`..`, encoded slashes, NUL). */
export function staticPath(root: string, pathname: string): string | undefined {
  const decoded = decodeURIComponentSafe(pathname);
  if (decoded === undefined || decoded.includes('\0') || decoded.includes('\\')) return undefined;
  const relative = decoded === '/' ? 'index.html' : decoded.replace(/^\/+/, '');
  const file = resolve(root, relative);
  return file.startsWith(root + sep) ? file : undefined;
}

function decodeURIComponentSafe(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}

export function injectToken(html: string, token: string): string {
  const meta = `<meta name="anpham-token" content="${token}">`;
  return /<head[^>]*>/i.test(html) ? html.replace(/<head[^>]*>/i, (head) => `${head}\n    ${meta}`) : meta + html;
}

function sendJson(res: ServerResponse, status: number, body: Envelope<unknown>): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': Buffer.byteLength(text) });
  res.end(text);
}

function sendError(res: ServerResponse, status: number, error: ApiError): void {
  sendJson(res, status, { ok: false, error });
}
