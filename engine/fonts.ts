// The font registry: every face in the repo's `fonts/` folder, opened with
// fontkit once per process. Layout measures with it and the painter embeds
// the same files, so what is measured is what is printed.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { create as createFont, type Font } from 'fontkit';
import type { FontFace } from './layout/types.js';
import { defaultCacheDir, shapeCacheKey, ShapeCacheFile } from './shape-cache.js';
import type { ShapedText } from './shaped-text.js';
import { cachedSubset } from './subset-cache.js';

export type { ShapedGlyph, ShapedText } from './shaped-text.js';

interface LoadedFace {
  face: FontFace;
  file: string;
  /**
   * The file's bytes (fontkit reads from the same buffer; the shape cache's
   * key) and the parsed font, opened on the face's first use: a render uses
   * 4 of the 12 faces, and the other 8 would hold ~4 MB for nothing.
   */
  bytes?: Buffer;
  font?: Font;
  /** Each distinct word shaped once: paragraphs repeat words, layout reruns on every keystroke, and the painter draws what was measured. */
  shaped: Map<string, ShapedText>;
  /** Shaped words of earlier processes, opened on the face's first shaping. */
  disk?: ShapeCacheFile;
  /** shapeCacheKey of the bytes: names this face's files in the cache folder. */
  cacheKey?: string;
  glyphs: Map<number, boolean>;
  /** Missing characters per distinct word, for the same reason. */
  missing: Map<string, string[]>;
}

export function faceKey(face: FontFace): string {
  return `${face.family}|${face.bold ? 'b' : ''}${face.italic ? 'i' : ''}`;
}

export interface FontRegistryOptions {
  /** Where shaped words are kept across processes (shape-cache.ts); null keeps them in memory only. */
  shapeCacheDir?: string | null;
}

export class FontRegistry {
  private readonly faces = new Map<string, LoadedFace>();
  private readonly texts = new Map<string, string>();
  /** Each face object layout asks with, resolved once: measuring calls this for every word. */
  private resolved = new WeakMap<FontFace, OpenFace>();

  constructor(private readonly options: FontRegistryOptions = {}) {}

  /** Adds one font file; the face is read from the font's own names, not the file name. */
  addFile(file: string): void {
    const bytes = readFileSync(file);
    const font = createFont(bytes) as Font;
    if (!font.familyName || typeof font.layout !== 'function') return;
    const sub = font.subfamilyName ?? '';
    const face: FontFace = { family: font.familyName, bold: /bold/i.test(sub), italic: /italic|oblique/i.test(sub) };
    const key = faceKey(face);
    // Only the four classic faces are used; a semibold or a second copy must not replace them.
    if (this.faces.has(key) || !/^(regular|bold|italic|bold italic|oblique|bold oblique)$/i.test(sub.trim())) return;
    this.faces.set(key, { face, file, shaped: new Map(), glyphs: new Map(), missing: new Map() });
    this.resolved = new WeakMap();
  }

  knownFamilies(): string[] {
    return [...new Set([...this.faces.values()].map((f) => f.face.family))].sort();
  }

  /**
   * The face actually used for a request: a family without a bold italic draws
   * with its bold (then italic, then regular) rather than failing.
   */
  resolve(face: FontFace): FontFace {
    return this.loaded(face).face;
  }

  fileOf(face: FontFace): string {
    return this.loaded(face).file;
  }

  /** The parsed fontkit font shared by every render (measuring, glyph checks). */
  fontkitFont(face: FontFace): Font {
    return this.loaded(face).font;
  }

  /**
   * The font for one PDF to embed. It shares the parsed tables and the shaping
   * engine of the registry's font (re-parsing costs ~120 ms a render) but has a
   * glyph cache of its own. Why: fontkit caches glyph objects by id with the
   * code points of their first lookup, and a subset's encoder looks up the
   * components of composite glyphs with none — "ư" inside "ừ". On a shared
   * cache the next PDF would then map "ư" to no text, and copying or searching
   * it would lose the letter.
   */
  fontForDocument(face: FontFace): Font {
    return Object.create(this.loaded(face).font, { _glyphs: { value: {}, writable: true } }) as Font;
  }

  /**
   * One string object for every occurrence of the same text: a 400-page book
   * sets ~130 000 words but only a few thousand distinct ones, and each laid-out
   * word keeps its text until the page is painted.
   */
  intern(text: string): string {
    const known = this.texts.get(text);
    if (known !== undefined) return known;
    this.texts.set(text, text);
    return text;
  }

  /** Advance width in points of `text` at `sizePt`, shaped (kerning, marks) by fontkit. */
  measure(face: FontFace, sizePt: number, text: string): number {
    return this.shape(face, text).advance * sizePt;
  }

  /**
   * `text` shaped by fontkit, once per face and process — or not at all
   * when an earlier process left it in the shape cache. The glyphs' code
   * points are copied here, when shaping gives them: fontkit's glyph objects
   * are cached and may later carry none (see fontForDocument).
   */
  shape(face: FontFace, text: string): ShapedText {
    const f = this.loaded(face);
    let shaped = f.shaped.get(text);
    if (shaped === undefined) {
      const disk = this.diskCache(f);
      shaped = disk?.get(text);
      if (shaped === undefined) {
        shaped = shapeWithFontkit(f.font, text);
        if (disk) {
          disk.add(text, shaped);
          flushLater(disk);
        }
      }
      f.shaped.set(text, shaped);
    }
    return shaped;
  }

  /** Writes the words shaped since the last write to the shape cache (also done by itself, see flushLater). */
  flushShapeCache(): void {
    for (const f of this.faces.values()) f.disk?.flush();
  }

  private diskCache(f: OpenFace): ShapeCacheFile | undefined {
    const dir = this.options.shapeCacheDir;
    if (dir && !f.disk) f.disk = ShapeCacheFile.forKey(dir, (f.cacheKey ??= shapeCacheKey(f.bytes)));
    return f.disk;
  }

  /**
   * The font subset `make` writes for `glyphIds` (in subset order), taken from
   * the cache folder when an earlier render made the same one (subset-cache.ts).
   */
  subsetBytes(face: FontFace, glyphIds: readonly number[], make: () => Uint8Array): Uint8Array {
    const dir = this.options.shapeCacheDir;
    if (!dir) return make();
    const f = this.loaded(face);
    return cachedSubset(dir, (f.cacheKey ??= shapeCacheKey(f.bytes)), glyphIds, make);
  }

  /** Ascender and descender as fractions of the em (descender negative). */
  verticalMetrics(face: FontFace): { ascender: number; descender: number } {
    const { font } = this.loaded(face);
    return { ascender: font.ascent / font.unitsPerEm, descender: font.descent / font.unitsPerEm };
  }

  /** Distinct characters of `text` the face has no glyph for (spaces and line breaks aside); shared, read-only. */
  missingChars(face: FontFace, text: string): string[] {
    const f = this.loaded(face);
    let known = f.missing.get(text);
    if (known === undefined) {
      known = this.findMissing(f, text);
      f.missing.set(text, known);
    }
    return known;
  }

  private findMissing(f: OpenFace, text: string): string[] {
    const missing = new Set<string>();
    for (const ch of text) {
      const cp = ch.codePointAt(0)!;
      if (cp === 0x20 || cp === 0x0a || cp === 0xa0) continue;
      let has = f.glyphs.get(cp);
      if (has === undefined) {
        has = f.font.hasGlyphForCodePoint(cp);
        f.glyphs.set(cp, has);
      }
      if (!has) missing.add(ch);
    }
    return [...missing];
  }

  private loaded(face: FontFace): OpenFace {
    let f = this.resolved.get(face);
    if (!f) {
      f = open(this.lookUp(face));
      this.resolved.set(face, f);
    }
    return f;
  }

  private lookUp(face: FontFace): LoadedFace {
    const tries: FontFace[] = [
      face,
      { ...face, italic: false },
      { ...face, bold: false },
      { family: face.family, bold: false, italic: false },
    ];
    for (const t of tries) {
      const f = this.faces.get(faceKey(t));
      if (f) return f;
    }
    throw new Error(`font family "${face.family}" is not registered (known: ${this.knownFamilies().join(', ')})`);
  }
}

type OpenFace = LoadedFace & Required<Pick<LoadedFace, 'bytes' | 'font'>>;

function open(f: LoadedFace): OpenFace {
  if (!f.font) {
    f.bytes = readFileSync(f.file);
    f.font = createFont(f.bytes) as Font;
  }
  return f as OpenFace;
}

function shapeWithFontkit(font: Font, text: string): ShapedText {
  const run = font.layout(text);
  const scale = 1000 / font.unitsPerEm;
  return {
    advance: run.advanceWidth / font.unitsPerEm,
    glyphs: run.glyphs.map((g, i) => {
      const p = run.positions[i];
      return { id: g.id, codePoints: [...g.codePoints], width: g.advanceWidth * scale, advance: p.xAdvance * scale, dx: p.xOffset * scale, dy: p.yOffset * scale };
    }),
  };
}

// New words reach the disk when the process is about to end (the CLI) or a
// few seconds after the last one was shaped (the app, `serve`), whichever
// comes first; neither keeps the process alive.
const unwritten = new Set<ShapeCacheFile>();
let flushTimer: NodeJS.Timeout | undefined;
const FLUSH_DELAY_MS = 3000;

function flushLater(cache: ShapeCacheFile): void {
  if (unwritten.size === 0 && !flushTimer) process.once('beforeExit', flushUnwritten);
  unwritten.add(cache);
  clearTimeout(flushTimer);
  flushTimer = setTimeout(flushUnwritten, FLUSH_DELAY_MS).unref();
}

function flushUnwritten(): void {
  clearTimeout(flushTimer);
  flushTimer = undefined;
  process.off('beforeExit', flushUnwritten);
  for (const cache of unwritten) cache.flush();
  unwritten.clear();
}

/**
 * Every .ttf/.otf one level down in `fontsDir` (one folder per family, with
 * its licence). Shaped words are kept in the user's cache folder unless
 * `options.shapeCacheDir` says otherwise.
 */
export function loadFontRegistry(fontsDir: string, options: FontRegistryOptions = { shapeCacheDir: defaultCacheDir() }): FontRegistry {
  const registry = new FontRegistry(options);
  for (const entry of readdirSync(fontsDir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    if (!entry.isDirectory()) continue;
    const dir = join(fontsDir, entry.name);
    for (const name of readdirSync(dir).sort()) {
      if (/\.(ttf|otf)$/i.test(name)) registry.addFile(join(dir, name));
    }
  }
  return registry;
}
