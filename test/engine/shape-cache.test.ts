// The shape cache (shape-cache.ts) may only ever save work: what it returns
// is what fontkit returned, a damaged or foreign file is ignored, and two
// processes writing at once leave a usable file.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FontRegistry, type ShapedText } from '../../engine/fonts.js';
import type { FontFace } from '../../engine/layout/types.js';
import { defaultCacheDir, MAX_WORD_LENGTH, shapeCacheKey, ShapeCacheFile } from '../../engine/shape-cache.js';

const ROOT = join(import.meta.dirname, '..', '..');
const SERIF = join(ROOT, 'fonts', 'noto-serif', 'NotoSerif-Regular.ttf');
const FACE: FontFace = { family: 'Noto Serif', bold: false, italic: false };
const WORDS = ['Người', 'được', 'trợ', 'giúp', 'pháp', 'lý', 'ưu', 'tiên', 'AVAST', 'ffi', 'Tỉnh', 'Lạng', 'Sơn,'];

const tempDir = () => mkdtempSync(join(tmpdir(), 'anpham-shapes-'));

/** A registry on the cache folder `dir`, with fontkit's shaping counted. */
function registry(dir: string | null) {
  const fonts = new FontRegistry({ shapeCacheDir: dir });
  fonts.addFile(SERIF);
  const font = fonts.fontkitFont(FACE);
  const shaped: string[] = [];
  const layout = font.layout.bind(font);
  font.layout = ((text: string, ...rest: unknown[]) => (shaped.push(text), (layout as (...a: unknown[]) => unknown)(text, ...rest))) as typeof font.layout;
  return { fonts, shaped };
}

const cacheFiles = (dir: string) => readdirSync(join(dir, 'shapes')).filter((n) => n.endsWith('.json')).map((n) => join(dir, 'shapes', n));

describe('shape cache', () => {
  it('gives a later process the same shaped words without shaping them', () => {
    const dir = tempDir();
    const first = registry(dir);
    const expected = WORDS.map((w) => first.fonts.shape(FACE, w));
    expect(first.shaped).toEqual(WORDS);
    first.fonts.flushShapeCache();

    const second = registry(dir);
    const again: ShapedText[] = WORDS.map((w) => second.fonts.shape(FACE, w));
    expect(second.shaped).toEqual([]);
    expect(again).toEqual(expected);
    // And equal to what a registry without a cache computes.
    expect(WORDS.map((w) => registry(null).fonts.shape(FACE, w))).toEqual(expected);
  });

  it('keeps no word longer than MAX_WORD_LENGTH, so one pasted run of letters cannot swell the file every render reads', () => {
    const dir = tempDir();
    const long = 'x'.repeat(MAX_WORD_LENGTH + 1);
    const first = registry(dir);
    first.fonts.shape(FACE, long);
    first.fonts.shape(FACE, 'ngắn');
    first.fonts.flushShapeCache();
    const stored = JSON.parse(readFileSync(cacheFiles(dir)[0], 'utf8')) as { words: Record<string, unknown> };
    expect(Object.keys(stored.words)).toEqual(['ngắn']);
    // Still shaped right, only again in the next process.
    const second = registry(dir);
    expect(second.fonts.shape(FACE, long)).toEqual(registry(null).fonts.shape(FACE, long));
    expect(second.shaped).toEqual([long]);
  });

  it('ignores a corrupt file and replaces it with a good one', () => {
    const dir = tempDir();
    const seed = registry(dir);
    seed.fonts.shape(FACE, 'seed');
    seed.fonts.flushShapeCache();
    const [file] = cacheFiles(dir);
    const reference = WORDS.map((w) => registry(null).fonts.shape(FACE, w));

    for (const damage of ['{"format":1,"key":', 'null', '[]', '{"format":1,"key":"other","words":{}}']) {
      writeFileSync(file, damage);
      const r = registry(dir);
      expect(WORDS.map((w) => r.fonts.shape(FACE, w))).toEqual(reference);
      expect(r.shaped).toEqual(WORDS);
      r.fonts.flushShapeCache();
      expect(Object.keys(JSON.parse(readFileSync(file, 'utf8')).words).sort()).toEqual([...WORDS].sort());
    }
  });

  it('shapes again a word whose entry is malformed', () => {
    const dir = tempDir();
    const seed = registry(dir);
    const good = seed.fonts.shape(FACE, 'được');
    seed.fonts.flushShapeCache();
    const [file] = cacheFiles(dir);
    const body = JSON.parse(readFileSync(file, 'utf8'));
    for (const bad of [[], ['x'], [0.5, 1, 2], body.words['được'].slice(0, -1)]) {
      writeFileSync(file, JSON.stringify({ ...body, words: { 'được': bad } }));
      const r = registry(dir);
      expect(r.fonts.shape(FACE, 'được')).toEqual(good);
      expect(r.shaped).toEqual(['được']);
    }
  });

  it('keys the file on the font bytes', () => {
    const bytes = readFileSync(SERIF);
    const changed = Buffer.from(bytes);
    changed[changed.length - 1] ^= 1;
    expect(shapeCacheKey(changed)).not.toBe(shapeCacheKey(bytes));
    expect(ShapeCacheFile.forFont('/c', changed).file).not.toBe(ShapeCacheFile.forFont('/c', bytes).file);
    expect(ShapeCacheFile.forFont('/c', Buffer.from(bytes)).file).toBe(ShapeCacheFile.forFont('/c', bytes).file);
  });

  it('is left whole by two processes writing at once', async () => {
    const dir = tempDir();
    const file = ShapeCacheFile.forFont(dir, readFileSync(SERIF)).file;
    const writer = join(dir, 'writer.ts');
    // Each process adds its own words and writes 40 times, as fast as it can.
    writeFileSync(writer, `
      import { readFileSync } from 'node:fs';
      import { ShapeCacheFile } from ${JSON.stringify(join(ROOT, 'engine/shape-cache.ts'))};
      const cache = ShapeCacheFile.forFont(${JSON.stringify(dir)}, readFileSync(${JSON.stringify(SERIF)}));
      for (let i = 0; i < 40; i++) {
        cache.add(process.argv[2] + i, { advance: i / 7, glyphs: [{ id: i, codePoints: [0x1b0, 0x300], width: 1 / 3, advance: 500, dx: 0, dy: -12.5 }] });
        cache.flush();
      }
    `);
    const run = (tag: string) =>
      new Promise<number | null>((done) => spawn(join(ROOT, 'node_modules', '.bin', 'tsx'), [writer, tag], { stdio: 'ignore' }).on('exit', done));
    expect(await Promise.all([run('a'), run('b')])).toEqual([0, 0]);

    const body = JSON.parse(readFileSync(file, 'utf8'));
    expect(body.key).toBe(shapeCacheKey(readFileSync(SERIF)));
    // Every write merges what is on disk with all of the writer's words: the last writer's 40 are all there.
    const words = Object.keys(body.words);
    expect(Math.max(...['a', 'b'].map((tag) => words.filter((w) => w.startsWith(tag)).length))).toBe(40);
    expect(readdirSync(join(dir, 'shapes')).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    const reader = new ShapeCacheFile(file, body.key);
    for (const w of words) expect(reader.get(w)?.glyphs[0].codePoints).toEqual([0x1b0, 0x300]);
  });

  it('lives in the user cache folder of each system, not the data folder', () => {
    expect(defaultCacheDir({ XDG_CACHE_HOME: '/x/cache' }, 'linux', '/home/u')).toBe('/x/cache/anpham-tgpl');
    expect(defaultCacheDir({}, 'linux', '/home/u')).toBe('/home/u/.cache/anpham-tgpl');
    expect(defaultCacheDir({}, 'darwin', '/Users/u')).toBe('/Users/u/Library/Caches/anpham-tgpl');
    expect(defaultCacheDir({ LOCALAPPDATA: 'C:\\L' }, 'win32', 'C:\\U')).toContain('anpham-tgpl');
  });
});
