// Total ink of raw CMYK pixels: measured at the percentile that ignores JPEG
// specks, brought down to a limit keeping K, and alpha flattened in ink.
import { describe, expect, it } from 'vitest';
import { coveragePercent, flattenOnInk, IGNORED_SHARE, limitInk } from '../../engine/image-ink.js';

/** `count` pixels of one colour given in per cent. */
const pixels = (inks: number[], count = 1) => Uint8Array.from(Array.from({ length: count }, () => inks.map((v) => Math.round((v * 255) / 100))).flat());
const inksOf = (raw: Uint8Array, p = 0) => [...raw.subarray(p * 4, p * 4 + 4)].map((v) => Math.round((v * 100) / 255));

describe('total ink of an image', () => {
  it('is the sum of the four inks of its heaviest pixel', () => {
    expect(coveragePercent(pixels([100, 100, 100, 100]))).toBe(400);
    expect(coveragePercent(Uint8Array.from([...pixels([0, 0, 0, 0], 10), ...pixels([50, 40, 30, 100])]))).toBeCloseTo(220, 0);
  });

  it(`sets aside a share of ${IGNORED_SHARE * 100} % of the pixels (JPEG specks), not an area that is really over`, () => {
    const specks = Uint8Array.from([...pixels([20, 20, 20, 20], 9_990), ...pixels([100, 100, 100, 100], 10)]);
    expect(coveragePercent(specks)).toBeCloseTo(80, 0);
    const shadow = Uint8Array.from([...pixels([20, 20, 20, 20], 9_900), ...pixels([100, 100, 100, 100], 100)]);
    expect(coveragePercent(shadow)).toBe(400);
  });

  it('is 0 for an empty image', () => {
    expect(coveragePercent(new Uint8Array())).toBe(0);
  });
});

describe('bringing an image down to the ink limit', () => {
  it('lowers C, M and Y by one factor and keeps K', () => {
    const raw = pixels([90, 60, 90, 100]);
    expect(limitInk(raw, 300)).toBe(true);
    const [c, m, y, k] = inksOf(raw);
    expect(k).toBe(100);
    expect(c + m + y + k).toBeLessThanOrEqual(300);
    expect(c + m + y + k).toBeGreaterThanOrEqual(298);
    // 90:60:90 kept.
    expect(c).toBe(y);
    expect(m / c).toBeCloseTo(60 / 90, 1);
  });

  it('leaves pixels under the limit alone and says nothing changed', () => {
    const raw = pixels([50, 50, 50, 50], 4);
    expect(limitInk(raw, 330)).toBe(false);
    expect(inksOf(raw, 3)).toEqual([50, 50, 50, 50]);
  });
});

describe('flattening transparency in ink', () => {
  it('mixes each pixel with the background by its alpha', () => {
    const raw = Uint8Array.from([...pixels([0, 100, 100, 0]), ...pixels([0, 100, 100, 0]), ...pixels([0, 100, 100, 0])]);
    flattenOnInk(raw, Uint8Array.from([255, 0, 128]), [100, 0, 0, 20]);
    expect(inksOf(raw, 0)).toEqual([0, 100, 100, 0]);
    expect(inksOf(raw, 1)).toEqual([100, 0, 0, 20]);
    expect(inksOf(raw, 2)).toEqual([50, 50, 50, 10]);
  });
});
