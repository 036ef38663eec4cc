// System tools the output checks use (poppler, qpdf, Chromium, LibreOffice).
// A missing tool skips its checks with a plain message; under CI=true a
// missing tool is a failure, because .ci/run installs them all.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Tools that are a part of a bigger one: LibreOffice may be installed with Writer only. */
const PARTS: Record<string, string> = {
  'soffice-calc': '/usr/lib/libreoffice/program/libsclo.so',
};

export function hasTool(name: string): boolean {
  if (name in PARTS) return hasTool('soffice') && existsSync(PARTS[name]);
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
  const msg = `missing system tool(s): ${missing.join(', ')} (install: apt-get install -y chromium poppler-utils qpdf libreoffice-writer-nogui libreoffice-calc-nogui)`;
  if (process.env.CI === 'true') throw new Error(`${msg}; CI must run every check`);
  console.warn(`SKIPPED: ${msg}`);
  return false;
}

export function run(cmd: string, args: string[]): string {
  return execFileSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}
