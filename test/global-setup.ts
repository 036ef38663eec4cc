// Builds the renderer once before any test file runs: `serve` (CLI test, e2e
// tests) serves this build, and one build up front keeps test files from
// racing each other to empty and refill out/renderer.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export default function setup(): () => void {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  // Tests shape odd text (a 10 MB paragraph, random strings): their shape
  // cache goes to a folder of their own, never the user's (test workers and
  // the commands they start inherit the variable).
  const cache = mkdtempSync(join(tmpdir(), 'anpham-test-cache-'));
  process.env.XDG_CACHE_HOME = cache;
  execFileSync('npx', ['vite', 'build', '--config', 'renderer/vite.config.ts', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
  return () => rmSync(cache, { recursive: true, force: true });
}
