// One browser test's world: a fresh data folder (optionally filled from a
// bundle with `data import`), `cli serve` on it, and Debian Chromium with a
// fresh profile. Every e2e file opens one in beforeAll and closes it in
// afterAll, whatever happened in between.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { startServer, type RunningServer } from './server.js';

export const ROOT = resolve(import.meta.dirname, '../..');
/** Screenshots for people to look at (gitignored). */
export const SHOTS = join(ROOT, 'test-output', 'e2e');

/** Without the networking flags Chromium keeps dialling Google's hosts, which this machine refuses. */
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run'];

export interface SessionOptions {
  viewport: { width: number; height: number };
  acceptDownloads?: boolean;
  /** A data bundle imported into the data folder before the server starts. */
  bundle?: string;
  locale?: string;
  timezoneId?: string;
  extraArgs?: string[];
}

export interface BrowserSession {
  server: RunningServer;
  context: BrowserContext;
  page: Page;
  /** The test's own temporary folder (data, profile, downloads). */
  temp: string;
  close(): Promise<void>;
}

export async function openSession(name: string, options: SessionOptions): Promise<BrowserSession> {
  const temp = mkdtempSync(join(tmpdir(), `anpham-e2e-${name}-`));
  mkdirSync(SHOTS, { recursive: true });
  const data = join(temp, 'data');
  let server: RunningServer | undefined;
  let context: BrowserContext | undefined;
  const close = async () => {
    await context?.close().catch(() => undefined);
    await server?.stop();
    // Chromium's helper processes may still be writing the profile as they exit.
    rmSync(temp, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
  };
  try {
    if (options.bundle) importBundle(options.bundle, data);
    server = await startServer(ROOT, data);
    context = await chromium.launchPersistentContext(join(temp, 'profile'), {
      executablePath: '/usr/bin/chromium',
      headless: true,
      acceptDownloads: options.acceptDownloads ?? false,
      viewport: options.viewport,
      locale: options.locale,
      timezoneId: options.timezoneId,
      args: [...CHROMIUM_ARGS, ...(options.extraArgs ?? [])],
    });
    const page = context.pages()[0] ?? (await context.newPage());
    page.on('pageerror', (e) => console.error('page error:', e.message));
    return { server, context, page, temp, close };
  } catch (error) {
    await close();
    throw error;
  }
}

function importBundle(bundle: string, data: string): void {
  const imported = spawnSync(join(ROOT, 'node_modules', '.bin', 'tsx'), ['cli/index.ts', 'data', 'import', bundle, '--data', data], { cwd: ROOT, encoding: 'utf8' });
  if (imported.status !== 0) throw new Error(`data import ${bundle} failed:\n${imported.stderr}`);
}
