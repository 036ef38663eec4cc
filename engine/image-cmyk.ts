// Images as a press prints them: colour pictures converted to CMYK for the
// printing condition the PDF names (FOGRA39), transparency flattened on white
// paper, greys kept grey so they print with black ink only. PDF/X-1a allows
// no RGB and no soft masks, so no image reaches the PDF as the user gave it
// unless it is already CMYK or grey without alpha.
import { createHash } from 'node:crypto';
import sharp from 'sharp';

/** Bytes pdfkit embeds as DeviceCMYK (JPEG) or DeviceGray (JPEG or PNG). */
export interface PrintImage {
  bytes: Buffer;
  colour: 'cmyk' | 'gray';
}

/** Fine detail (text, lines in screenshots) survives at this quality with full-resolution chroma. */
const JPEG = { quality: 95, chromaSubsampling: '4:4:4' } as const;
/** Conversions kept per image content: a book repeats its logos, a live preview repaints often. */
const CACHE_LIMIT = 64;
const cache = new Map<string, Promise<PrintImage>>();

/** `profilePath`: the CMYK output profile (pdfx/standard.ts `outputProfilePath`). */
export function toPrintImage(bytes: Buffer, profilePath: string): Promise<PrintImage> {
  const key = `${createHash('sha256').update(bytes).digest('hex')} ${profilePath}`;
  let hit = cache.get(key);
  if (!hit) {
    hit = convert(bytes, profilePath);
    // A failed conversion is not remembered, so a corrected file is tried again.
    hit.catch(() => cache.delete(key));
    if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value!);
    cache.set(key, hit);
  }
  return hit;
}

async function convert(bytes: Buffer, profilePath: string): Promise<PrintImage> {
  const meta = await sharp(bytes).metadata();
  // Prepared for print already: a CMYK JPEG keeps its separations as drawn.
  if (meta.space === 'cmyk' && meta.format === 'jpeg') return { bytes, colour: 'cmyk' };
  if (meta.space === 'b-w' && !meta.hasAlpha && !meta.isPalette) return { bytes, colour: 'gray' };
  const flat = sharp(bytes).flatten({ background: '#ffffff' });
  if (meta.space === 'b-w') {
    // Lossless grey: PNG in, PNG out (one channel, no alpha); a grey JPEG stays JPEG.
    const grey = flat.toColourspace('b-w');
    return { bytes: await (meta.format === 'png' ? grey.png() : grey.jpeg(JPEG)).toBuffer(), colour: 'gray' };
  }
  // Input without a profile is taken as sRGB (sharp's default); the output
  // profile maps it into the press's gamut with black generation. It is not
  // attached to each image: the PDF's output intent carries it once.
  const cmyk = await flat.toColourspace('cmyk').withIccProfile(profilePath, { attach: false }).jpeg(JPEG).toBuffer();
  return { bytes: cmyk, colour: 'cmyk' };
}
