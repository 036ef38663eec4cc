// System tools the output checks use (poppler, qpdf, Chromium, LibreOffice).
// A missing tool skips its checks with a plain message; under CI=true a
// missing tool is a failure, because .ci/run installs them all.
import { execFileSync } from 'node:child_process';

export function hasTool(name: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/**
 * True when every tool is there. Otherwise: throws under CI, or prints which
 * tool is missing and returns false so the caller can `skipIf`.
 */
export function requireTools(...names: string[]): boolean {
  const missing = names.filter((n) => !hasTool(n));
  if (missing.length === 0) return true;
  const msg = `missing system tool(s): ${missing.join(', ')} (install: apt-get install -y chromium poppler-utils qpdf)`;
  if (process.env.CI === 'true') throw new Error(`${msg}; CI must run every check`);
  console.warn(`SKIPPED: ${msg}`);
  return false;
}

export function run(cmd: string, args: string[]): string {
  return execFileSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}
