// `npm run cli` (scripts/cli.mjs): the prebuilt bundle while it is fresh, the
// sources through tsx otherwise — both must work, and a stale bundle must
// never run.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, statSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain JavaScript, run by npm's `prepare` before TypeScript is there to check it.
import { buildCli } from '../../scripts/build-cli.mjs';
import { requireTools } from '../helpers/tools.js';

const ROOT = join(import.meta.dirname, '..', '..');
const BUNDLE = join(ROOT, 'out', 'cli', 'cli.cjs');
const poppler = requireTools('pdfinfo');

const npmCli = (args: string[], mode?: 'bundle' | 'source') =>
  spawnSync('npm', ['run', '--silent', 'cli', '--', ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ANPHAM_CLI: mode } });

describe('npm run cli', () => {
  it('runs the bundle npm install builds', async () => {
    expect(await buildCli()).toBe(true);
    const r = npmCli(['--help'], 'bundle');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Cách dùng: npm run cli --');
  });

  it('runs the sources through tsx when asked to', () => {
    const r = npmCli(['--help'], 'source');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Cách dùng: npm run cli --');
  });

  it.skipIf(!poppler)('renders the same book from the bundle and from the sources', async () => {
    expect(await buildCli()).toBe(true);
    const dir = mkdtempSync(join(tmpdir(), 'anpham-runner-'));
    for (const mode of ['bundle', 'source'] as const) {
      const r = npmCli(['render', join(ROOT, 'samples', 'pocketbook-tgpl.json'), '-o', join(dir, `${mode}.pdf`)], mode);
      expect(r.status, r.stderr).toBe(0);
    }
    const pages = (mode: string) => /Pages:\s+(\d+)/.exec(spawnSync('pdfinfo', [join(dir, `${mode}.pdf`)], { encoding: 'utf8' }).stdout)?.[1];
    expect(pages('bundle')).toBeDefined();
    expect(pages('bundle')).toBe(pages('source'));
    expect(statSync(join(dir, 'bundle.pdf')).size).toBe(statSync(join(dir, 'source.pdf')).size);
  });

  it('never runs a bundle older than its sources, and falls back to them', async () => {
    expect(await buildCli()).toBe(true);
    const old = new Date(2000, 0, 1);
    utimesSync(BUNDLE, old, old);
    try {
      const strict = npmCli(['--help'], 'bundle');
      expect(strict.status).toBe(3);
      expect(strict.stderr).toContain('bản gộp cũ hơn');
      const fallback = npmCli(['--help']);
      expect(fallback.status).toBe(0);
      expect(fallback.stdout).toContain('Cách dùng: npm run cli --');
    } finally {
      expect(await buildCli()).toBe(true);
    }
  });
});
