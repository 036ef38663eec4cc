// Shaped words kept across processes, one file per font file in the user's
// cache folder. Shaping a face's first word decodes its GSUB/GPOS tables,
// the largest share of a short render and of its memory; with the words
// already on disk a re-render decodes none (docs/performance.md).
//
// The cache can never change the output: it holds exactly what fontkit's
// shaping returned, and its key is the font's bytes, fontkit's version, the
// shaping call and the format. A file that cannot be read or parsed, or whose
// key differs, is ignored, and a malformed entry is shaped again. Writes go
// to a temporary file renamed over the old one, so two processes never leave
// a torn file (the later one wins, after merging what the earlier one wrote).
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import type { ShapedGlyph, ShapedText } from './shaped-text.js';

/** Bump when the stored form or what shaping is asked for changes. */
const FORMAT = 1;
/** `font.layout(text)`: default features, default script and direction. */
const SHAPING_CALL = 'layout(text)';
/** A book uses a few thousand distinct words per face; past this, only the words of the last process are kept. */
export const MAX_WORDS = 40_000;
/**
 * Longer strings are shaped again each time instead of being kept: one pasted
 * 150 000-letter "word" once made every later render read a 4.6 MB cache
 * file. What layout measures whole — a line of TOC leader dots, a chapter
 * title — stays well under this, and a render that shapes even one string
 * pays for decoding the face's shaping tables (~50 ms).
 */
export const MAX_WORD_LENGTH = 256;

interface CacheFile {
  format: number;
  key: string;
  words: Record<string, number[]>;
}

/** The user's cache folder for this app (not the data folder: everything here may be deleted at any time). */
export function defaultCacheDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform, home = homedir()): string {
  if (platform === 'win32') return join(env.LOCALAPPDATA || join(home, 'AppData', 'Local'), 'anpham-tgpl', 'Cache');
  if (platform === 'darwin') return join(home, 'Library', 'Caches', 'anpham-tgpl');
  return join(env.XDG_CACHE_HOME || join(home, '.cache'), 'anpham-tgpl');
}

let fontkitVersion: string | undefined;
function shapingEngineVersion(): string {
  if (fontkitVersion === undefined) {
    try {
      const main = createRequire(import.meta.url).resolve('fontkit');
      fontkitVersion = (JSON.parse(readFileSync(join(dirname(main), '..', 'package.json'), 'utf8')) as { version: string }).version;
    } catch {
      fontkitVersion = 'unknown';
    }
  }
  return fontkitVersion;
}

/** What a cache file must carry to be used for these font bytes. */
export function shapeCacheKey(fontBytes: Uint8Array): string {
  return createHash('sha256')
    .update(fontBytes)
    .update(`\0fontkit ${shapingEngineVersion()}\0${SHAPING_CALL}\0format ${FORMAT}`)
    .digest('hex');
}

/** The shaped words of one font file, read on first use and written back by `flush`. */
export class ShapeCacheFile {
  private stored: Record<string, number[]> | undefined;
  /** Shaped in this process: merged into every write, so a concurrent writer's rename cannot drop them for good. */
  private readonly added = new Map<string, number[]>();
  private unsaved = false;
  /** Words this process used from the file: what is kept when the file is over MAX_WORDS. */
  private readonly used = new Map<string, number[]>();

  constructor(
    readonly file: string,
    private readonly key: string,
  ) {}

  static forFont(cacheDir: string, fontBytes: Uint8Array): ShapeCacheFile {
    return ShapeCacheFile.forKey(cacheDir, shapeCacheKey(fontBytes));
  }

  /** The same, for a font whose shapeCacheKey is known. */
  static forKey(cacheDir: string, key: string): ShapeCacheFile {
    return new ShapeCacheFile(join(cacheDir, 'shapes', `${key.slice(0, 32)}.json`), key);
  }

  get(text: string): ShapedText | undefined {
    this.stored ??= this.read();
    const entry = Object.hasOwn(this.stored, text) ? this.stored[text] : undefined;
    const shaped = entry && decode(entry);
    if (shaped) this.used.set(text, entry);
    return shaped;
  }

  add(text: string, shaped: ShapedText): void {
    if (text.length > MAX_WORD_LENGTH) return;
    this.added.set(text, encode(shaped));
    this.unsaved = true;
  }

  /** Writes this process's new words, merged with what the file holds now (another process may have added some). Never throws: it is a cache. */
  flush(): void {
    if (!this.unsaved) return;
    const temp = `${this.file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    try {
      let words: Record<string, number[]> = { ...this.read(), ...Object.fromEntries(this.added) };
      if (Object.keys(words).length > MAX_WORDS) words = { ...Object.fromEntries(this.used), ...Object.fromEntries(this.added) };
      const body: CacheFile = { format: FORMAT, key: this.key, words };
      mkdirSync(dirname(this.file), { recursive: true });
      writeFileSync(temp, JSON.stringify(body));
      renameSync(temp, this.file);
      this.stored = words;
      this.unsaved = false;
    } catch {
      rmSync(temp, { force: true });
    }
  }

  private read(): Record<string, number[]> {
    try {
      const parsed = JSON.parse(readFileSync(this.file, 'utf8')) as Partial<CacheFile> | null;
      const usable = parsed?.format === FORMAT && parsed.key === this.key && typeof parsed.words === 'object' && parsed.words !== null && !Array.isArray(parsed.words);
      return usable ? parsed.words! : {};
    } catch {
      return {};
    }
  }
}

// Stored form: [advance, then per glyph: id, width, advance, dx, dy, n, n code points].
// Flat numbers parse several times faster than objects, and JSON keeps every double exactly.
function encode(shaped: ShapedText): number[] {
  const out = [shaped.advance];
  for (const g of shaped.glyphs) out.push(g.id, g.width, g.advance, g.dx, g.dy, g.codePoints.length, ...g.codePoints);
  return out;
}

function decode(entry: unknown): ShapedText | undefined {
  if (!Array.isArray(entry) || !entry.every((n) => typeof n === 'number' && Number.isFinite(n))) return undefined;
  const glyphs: ShapedGlyph[] = [];
  let i = 1;
  while (i < entry.length) {
    const n = entry[i + 5];
    if (n === undefined || !Number.isInteger(n) || n < 0 || i + 6 + n > entry.length) return undefined;
    glyphs.push({ id: entry[i], width: entry[i + 1], advance: entry[i + 2], dx: entry[i + 3], dy: entry[i + 4], codePoints: entry.slice(i + 6, i + 6 + n) });
    i += 6 + n;
  }
  return entry.length > 0 ? { advance: entry[0], glyphs } : undefined;
}
