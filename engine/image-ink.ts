// Total ink of CMYK pixels (total area coverage, TAC): what a press can lay
// down on one spot before the ink sets off on the next sheet or the paper
// cockles. Works on raw CMYK bytes (0 = no ink, 255 = full ink, 4 per pixel),
// so the rules are tested without an image library.

/**
 * Share of an image's pixels allowed over the limit before the image counts
 * as over it. JPEG rounding puts isolated pixels a few per cent over at sharp
 * edges (a dark line on a colour) where no press would notice; a shadow or a
 * rich-black area that really is over covers far more than one pixel in a
 * thousand.
 */
export const IGNORED_SHARE = 0.001;

/** The per-cent figure of a sum of four 0–255 channels. */
const percentOf = (sum: number) => (sum * 100) / 255;

/** The image's total ink in per cent: the highest pixel's, once the top `IGNORED_SHARE` of pixels is set aside. */
export function coveragePercent(cmyk: Uint8Array): number {
  const pixels = cmyk.length / 4;
  if (pixels === 0) return 0;
  // A histogram of the sums (0–1020) finds the percentile in one pass.
  const counts = new Uint32Array(4 * 255 + 1);
  for (let i = 0; i < cmyk.length; i += 4) counts[cmyk[i] + cmyk[i + 1] + cmyk[i + 2] + cmyk[i + 3]]++;
  let allowed = Math.floor(pixels * IGNORED_SHARE);
  for (let sum = counts.length - 1; sum > 0; sum--) {
    if (counts[sum] > allowed) return percentOf(sum);
    allowed -= counts[sum];
  }
  return 0;
}

/**
 * Brings every pixel over `limitPercent` down to it, in place: C, M and Y are
 * scaled by one factor and K is kept. Keeping K keeps the detail and the
 * depth of the shadows (the black plate carries them), and scaling the three
 * colours together keeps their ratio, so the hue shifts little; the pixels it
 * touches are the darkest of the image, where the eye sees least difference.
 * Returns whether any pixel changed.
 */
export function limitInk(cmyk: Uint8Array, limitPercent: number): boolean {
  const limit = Math.floor((limitPercent * 255) / 100);
  let changed = false;
  for (let i = 0; i < cmyk.length; i += 4) {
    const colour = cmyk[i] + cmyk[i + 1] + cmyk[i + 2];
    const k = cmyk[i + 3];
    if (colour + k <= limit) continue;
    // K alone never reaches a real limit (100 % < 250 %), so the room is positive.
    const factor = Math.max(0, limit - k) / colour;
    // Rounded down: the three rounded channels never add up over the room.
    cmyk[i] = Math.floor(cmyk[i] * factor);
    cmyk[i + 1] = Math.floor(cmyk[i + 1] * factor);
    cmyk[i + 2] = Math.floor(cmyk[i + 2] * factor);
    changed = true;
  }
  return changed;
}

/** Alpha flattening done in ink: the image's CMYK × alpha + the background's × (1 − alpha), in place. */
export function flattenOnInk(cmyk: Uint8Array, alpha: Uint8Array, background: readonly number[]): void {
  const bg = background.map((v) => (v * 255) / 100);
  for (let p = 0; p < alpha.length; p++) {
    const a = alpha[p] / 255;
    if (a === 1) continue;
    for (let c = 0; c < 4; c++) cmyk[p * 4 + c] = Math.round(cmyk[p * 4 + c] * a + bg[c] * (1 - a));
  }
}
