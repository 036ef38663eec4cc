// Images for the print-image tests, made with sharp inside the tests (no
// binary fixtures), and the independent reference they are judged against:
// LittleCMS's own command-line converter (transicc) through the same profile.
import sharp from 'sharp';
import { decodeCmyk, encodeCmykJpeg } from '../../engine/cmyk-raster.js';
import { SOURCE_OUTPUT_PROFILE_PATH } from '../../engine/pdfx/standard.js';
import { run } from '../helpers/tools.js';

export const FOGRA39 = SOURCE_OUTPUT_PROFILE_PATH;
export type Rgb = [number, number, number];

/** The colours the print shop checks first: pure green, cyan and blue, and black. */
export const PATCHES: Record<string, Rgb> = { green: [0, 255, 0], cyan: [0, 255, 255], blue: [0, 0, 255], black: [0, 0, 0] };
export const PATCH_PX = 16;

/** The patches side by side, `PATCH_PX` square each, as an 8-bit RGB PNG without a profile (so: sRGB). */
export function patchStrip(colours: Rgb[] = Object.values(PATCHES)): Promise<Buffer> {
  const width = PATCH_PX * colours.length;
  const raw = Buffer.alloc(width * PATCH_PX * 3);
  for (let y = 0; y < PATCH_PX; y++) for (let x = 0; x < width; x++) raw.set(colours[Math.floor(x / PATCH_PX)], (y * width + x) * 3);
  return sharp(raw, { raw: { width, height: PATCH_PX, channels: 3 } }).png().toBuffer();
}

/**
 * The same strip with its values meant as Display P3: a P3 profile is
 * attached without converting the pixels (sharp converts when it tags, so
 * the pixels are drawn over a tagged image with the profile kept).
 */
export async function p3PatchStrip(colours: Rgb[]): Promise<{ png: Buffer; profile: Buffer }> {
  const width = PATCH_PX * colours.length;
  const tagged = await sharp({ create: { width, height: PATCH_PX, channels: 3, background: '#000' } }).withIccProfile('p3').png().toBuffer();
  const strip = await sharp(await patchStrip(colours)).raw().toBuffer();
  const png = await sharp(tagged).composite([{ input: strip, raw: { width, height: PATCH_PX, channels: 3 } }]).removeAlpha().keepIccProfile().png().toBuffer();
  return { png, profile: (await sharp(png).metadata()).icc! };
}

/** The middle pixel of each patch of a converted strip, C M Y K in per cent. */
export async function patchInks(bytes: Buffer, count: number): Promise<number[][]> {
  const { data, width, height } = await decodeCmyk(bytes);
  const patch = width / count;
  return Array.from({ length: count }, (_, i) => {
    const at = (Math.floor(height / 2) * width + Math.floor(patch * (i + 0.5))) * 4;
    return [...data.subarray(at, at + 4)].map((v) => (v * 100) / 255);
  });
}

/**
 * LittleCMS's transform of 8-bit RGB values to CMYK per cent (`-t 0`:
 * perceptual, the intent the app uses). `input` is a profile file, or
 * `*sRGB` for LittleCMS's built-in sRGB.
 */
export function transicc(colours: Rgb[], input = '*sRGB'): number[][] {
  const lines = run('sh', ['-c', `printf '%s\\n' ${colours.map((c) => `'${c.join(' ')}'`).join(' ')} | transicc -i '${input}' -o '${FOGRA39}' -t 0 -n 2>/dev/null`]);
  return lines.trim().split('\n').map((l) => l.trim().split(/\s+/).map(Number));
}

/** A solid CMYK JPEG (ink per cent), as a prepress tool would hand it over. */
export function cmykJpeg(inks: [number, number, number, number], width = 32, height = 32): Promise<Buffer> {
  const data = Buffer.alloc(width * height * 4);
  for (let p = 0; p < width * height; p++) data.set(inks.map((v) => Math.round((v * 255) / 100)), p * 4);
  return encodeCmykJpeg({ data, width, height });
}
