// Font subsets kept across renders (subset-cache.ts) may only save time: the
// PDF is byte-identical whether its subsets were made now or read back, and a
// damaged file is never embedded.
import { mkdtempSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadFontRegistry } from '../../engine/fonts.js';
import { renderPublication, type PipelineContext } from '../../engine/index.js';
import { outputProfilePath } from '../../engine/pdfx/standard.js';
import { cachedSubset, SUBSETS_PER_FONT } from '../../engine/subset-cache.js';
import { loadTemplatePacks } from '../../engine/template-registry.js';

const ROOT = join(import.meta.dirname, '..', '..');
const SAMPLE = JSON.parse(readFileSync(join(ROOT, 'samples', 'handbook-tgpl.json'), 'utf8')) as unknown;
const tempDir = () => mkdtempSync(join(tmpdir(), 'anpham-subsets-'));

/** A fresh process's context (fonts parsed anew) on the cache folder `cacheDir`. */
function context(cacheDir: string | null): PipelineContext {
  const fonts = loadFontRegistry(join(ROOT, 'fonts'), { shapeCacheDir: cacheDir });
  return {
    fonts,
    templates: loadTemplatePacks([{ dir: join(ROOT, 'templates'), source: 'builtin' }], fonts.knownFamilies()),
    creationDate: new Date('2026-01-02T03:04:05Z'),
    outputProfilePath: outputProfilePath(ROOT),
    baseDir: join(ROOT, 'samples'),
  };
}

const render = async (cacheDir: string | null) => (await renderPublication(SAMPLE, context(cacheDir), { fileRules: false })).pdf;
const subsetFiles = (dir: string) => readdirSync(join(dir, 'subsets')).map((name) => join(dir, 'subsets', name));

describe('subset cache', () => {
  it('gives the same PDF, byte for byte, when the subsets are read back as when they are made', async () => {
    const dir = tempDir();
    const made = await render(dir);
    const files = subsetFiles(dir);
    expect(files.length).toBeGreaterThanOrEqual(2); // the handbook sets text in at least a serif and a sans face
    const readBack = await render(dir);
    expect(readBack.equals(made)).toBe(true);
    expect((await render(null)).equals(made)).toBe(true);
    expect(subsetFiles(dir).sort()).toEqual(files.sort());
  });

  it('never embeds a damaged file: it is made again and the file replaced', async () => {
    const dir = tempDir();
    const made = await render(dir);
    const [file] = subsetFiles(dir);
    const good = readFileSync(file);
    const flipped = Buffer.from(good);
    flipped[flipped.length - 10] ^= 0xff;
    for (const damage of [good.subarray(0, 40), Buffer.alloc(0), flipped]) {
      writeFileSync(file, damage);
      expect((await render(dir)).equals(made)).toBe(true);
      expect(readFileSync(file).equals(good)).toBe(true);
    }
  });

  it('keeps the most recently used subsets of a font and drops older ones', () => {
    const dir = tempDir();
    let made = 0;
    const make = (n: number) => () => (made++, Buffer.from(`subset ${n}`));
    for (let n = 0; n < SUBSETS_PER_FONT + 5; n++) {
      cachedSubset(dir, 'f'.repeat(64), [0, n], make(n));
      // Distinct times, oldest first, whatever the file system's timestamp resolution.
      const [file] = subsetFiles(dir).filter((f) => readFileSync(f).subarray(32).toString() === `subset ${n}`);
      utimesSync(file, new Date(1_000_000 + n * 1000), new Date(1_000_000 + n * 1000));
    }
    expect(subsetFiles(dir)).toHaveLength(SUBSETS_PER_FONT);
    made = 0;
    expect(cachedSubset(dir, 'f'.repeat(64), [0, SUBSETS_PER_FONT + 4], make(-1)).toString()).toBe(`subset ${SUBSETS_PER_FONT + 4}`);
    expect(made).toBe(0);
    expect(cachedSubset(dir, 'f'.repeat(64), [0, 0], make(0)).toString()).toBe('subset 0');
    expect(made).toBe(1);
    // Another font's subsets are not counted against this one.
    cachedSubset(dir, 'e'.repeat(64), [0, 1], make(1));
    expect(subsetFiles(dir)).toHaveLength(SUBSETS_PER_FONT + 1);
  });
});
