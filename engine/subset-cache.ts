// Font subsets kept across processes. Writing a subset (fontkit's TTFSubset:
// every glyph decoded and copied, the tables rebuilt) is ~25 ms a face, ~100 ms
// for a book's four faces — a tenth of a whole `render`. Re-rendering a book
// after an edit almost always needs the very same glyphs, so the bytes are
// kept beside the shape cache, in the user's cache folder: deleting it loses
// nothing.
//
// - A file is named by the font's cache key (its bytes and fontkit's version,
//   shape-cache.ts) and a hash of the glyph ids in subset order: the same
//   font and glyphs give the same subset, byte for byte.
// - It starts with the SHA-256 of the subset bytes. A file that is short, torn
//   or altered does not match and is ignored (the subset is made again and the
//   file replaced): a damaged cache must never put a broken font in a PDF
//   that goes to print.
// - Writes go to a temporary file renamed over, and never throw.
// - Per font, only the SUBSETS_PER_FONT most recently used are kept (a hit
//   touches the file), so the folder does not grow with every edit.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export const SUBSETS_PER_FONT = 12;
const DIGEST_BYTES = 32;

const sha256 = (data: Uint8Array | string) => createHash('sha256').update(data).digest();

export function subsetFile(cacheDir: string, fontKey: string, glyphIds: readonly number[]): string {
  const glyphs = sha256(`${fontKey}\0${glyphIds.join(',')}`).toString('hex').slice(0, 32);
  return join(cacheDir, 'subsets', `${fontKey.slice(0, 16)}-${glyphs}.bin`);
}

/** The subset `make` writes for these glyphs, read from the cache when an earlier process made the same one. */
export function cachedSubset(cacheDir: string, fontKey: string, glyphIds: readonly number[], make: () => Uint8Array): Uint8Array {
  const file = subsetFile(cacheDir, fontKey, glyphIds);
  const stored = readVerified(file);
  if (stored) return stored;
  const bytes = make();
  store(file, bytes, fontKey);
  return bytes;
}

function readVerified(file: string): Uint8Array | undefined {
  try {
    const content = readFileSync(file);
    const bytes = content.subarray(DIGEST_BYTES);
    if (content.length <= DIGEST_BYTES || !sha256(bytes).equals(content.subarray(0, DIGEST_BYTES))) return undefined;
    const now = new Date();
    utimesSync(file, now, now);
    return bytes;
  } catch {
    return undefined;
  }
}

function store(file: string, bytes: Uint8Array, fontKey: string): void {
  const dir = dirname(file);
  const temp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  try {
    mkdirSync(dir, { recursive: true });
    writeFileSync(temp, Buffer.concat([sha256(bytes), bytes]));
    renameSync(temp, file);
    prune(dir, fontKey.slice(0, 16));
  } catch {
    rmSync(temp, { force: true });
  }
}

/** Keeps the font's most recently used subsets; older ones (and temporary files a killed process left) go. */
function prune(dir: string, fontPrefix: string): void {
  const files = readdirSync(dir)
    .filter((name) => name.startsWith(`${fontPrefix}-`))
    .map((name) => ({ path: join(dir, name), used: statSync(join(dir, name)).mtimeMs, temp: name.endsWith('.tmp') }));
  const stale = Date.now() - 60_000;
  const kept = files.filter((f) => !f.temp).sort((a, b) => b.used - a.used);
  for (const f of [...kept.slice(SUBSETS_PER_FONT), ...files.filter((f) => f.temp && f.used < stale)]) rmSync(f.path, { force: true });
}
