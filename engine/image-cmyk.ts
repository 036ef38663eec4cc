// Images as a press prints them (docs/print-output.md, "Images"): colour
// pictures separated into the printing condition's CMYK by one ICC transform,
// transparency flattened in ink on whatever is printed under the picture,
// greys kept to the black plate, CMYK pictures kept and measured, and
// everything over 450 ppi at its placed size brought down to 300 ppi. PDF/X-1a
// allows no RGB and no soft masks, so nothing reaches the PDF as the user gave
// it unless it is already print-ready.
import { createHash } from 'node:crypto';
import sharp from 'sharp';
import { decodeCmyk, encodeCmykJpeg, JPEG, type Raster } from './cmyk-raster.js';
import { coveragePercent, flattenOnInk, limitInk } from './image-ink.js';
import type { Cmyk } from './template-schema.js';

export interface PrintImageRequest {
  /** The CMYK output profile (pdfx/standard.ts `outputProfilePath`). */
  profilePath: string;
  /** Pixels to embed (a downsampled size); the image's own when absent. */
  size?: { width: number; height: number };
  /** What is printed under the picture, in per cent: transparent pixels show it. */
  background: Cmyk;
  /** The printing condition's total ink limit, in per cent. */
  inkLimit: number;
  /** Bring a CMYK picture over the limit down to it too (our own separations always stay under it). */
  limitCmyk: boolean;
}

/** Bytes pdfkit embeds as DeviceCMYK (JPEG) or DeviceGray (JPEG or PNG). */
export interface PrintImage {
  bytes: Buffer;
  colour: 'cmyk' | 'gray';
  width: number;
  height: number;
  /** Total ink in per cent (image-ink.ts `coveragePercent`); absent for grey, one ink that never reaches a limit. */
  coverage?: number;
  /** A CMYK picture brought down to the ink limit. */
  limited: boolean;
}

/**
 * Our separations aim this far under the limit: the JPEG that carries them
 * rounds a flat area by a level or two, and must not land over it.
 */
const SEPARATION_MARGIN_PERCENT = 1;
/** Conversions kept per image content and request: a book repeats its logos, a live preview repaints often. */
const CACHE_LIMIT = 64;
const cache = new Map<string, Promise<PrintImage>>();

export function toPrintImage(bytes: Buffer, request: PrintImageRequest): Promise<PrintImage> {
  const key = `${createHash('sha256').update(bytes).digest('hex')} ${JSON.stringify(request)}`;
  let hit = cache.get(key);
  if (!hit) {
    hit = convert(bytes, request);
    // A failed conversion is not remembered, so a corrected file is tried again.
    hit.catch(() => cache.delete(key));
    if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value!);
    cache.set(key, hit);
  }
  return hit;
}

async function convert(bytes: Buffer, request: PrintImageRequest): Promise<PrintImage> {
  const meta = await sharp(bytes).metadata();
  // Bicubic, to exactly the planned size; JPEGs are first shrunk while decoding (DCT scaling), which is what makes a big photo cheap.
  const resize = (s: sharp.Sharp) => (request.size ? s.resize(request.size.width, request.size.height, { fit: 'fill', kernel: 'cubic' }) : s);
  if (meta.space === 'cmyk') return cmykImage(bytes, request, resize);
  if (meta.space === 'b-w') return greyImage(bytes, meta, request, resize);
  return colourImage(bytes, meta, request, resize);
}

type Resize = (s: sharp.Sharp) => sharp.Sharp;

/** Prepared for print already: kept as drawn unless it must be resized or brought under the limit. */
async function cmykImage(bytes: Buffer, request: PrintImageRequest, resize: Resize): Promise<PrintImage> {
  const raster = await decodeCmyk(bytes, resize);
  const coverage = coveragePercent(raster.data);
  const limited = coverage > request.inkLimit && request.limitCmyk && limitInk(raster.data, request.inkLimit - SEPARATION_MARGIN_PERCENT);
  if (!request.size && !limited) return { bytes, colour: 'cmyk', width: raster.width, height: raster.height, coverage, limited: false };
  return { ...(await cmykJpeg(raster)), limited };
}

/**
 * One ICC transform from the picture's own profile (sRGB when it has none)
 * to the output profile, with sharp's perceptual intent. sharp would first
 * convert an embedded profile to sRGB and then to CMYK, clipping a
 * wide-gamut picture to sRGB on the way; `ignoreIcc` skips that first
 * transform and the final one still reads the embedded profile. 16-bit
 * pixels go through an sRGB pipeline (read as 8-bit), where sharp would
 * otherwise take 16-bit pixels without a profile for Display P3; 8-bit ones
 * do not, because a set pipeline colourspace turns off JPEG shrink-on-load,
 * which is what keeps a big photo's decoding small.
 */
async function colourImage(bytes: Buffer, meta: sharp.Metadata, request: PrintImageRequest, resize: Resize): Promise<PrintImage> {
  const input = sharp(bytes, { ignoreIcc: true });
  const separated = resize(meta.depth === 'ushort' ? input.pipelineColourspace('srgb') : input).removeAlpha().withIccProfile(request.profilePath, { attach: false });
  const { data, info } = await separated.raw().toBuffer({ resolveWithObject: true });
  if (info.channels !== 4) throw new Error(`the output profile gave ${info.channels} channels, not CMYK`);
  if (meta.hasAlpha) flattenOnInk(data, await alphaOf(bytes, resize), request.background);
  limitInk(data, request.inkLimit - SEPARATION_MARGIN_PERCENT);
  return { ...(await cmykJpeg({ data, width: info.width, height: info.height })), limited: false };
}

/**
 * Grey stays on the black plate: grey value g is K = 255 − g. Under
 * transparency it is flattened on the background in ink; over a coloured
 * background that makes a CMYK picture (the colour shows through), over
 * paper or a grey it stays grey. A grey PNG stays lossless.
 */
async function greyImage(bytes: Buffer, meta: sharp.Metadata, request: PrintImageRequest, resize: Resize): Promise<PrintImage> {
  if (!meta.hasAlpha && !request.size) return { bytes, colour: 'gray', width: meta.width!, height: meta.height!, limited: false };
  const { data: grey, info } = await resize(sharp(bytes)).removeAlpha().toColourspace('b-w').raw().toBuffer({ resolveWithObject: true });
  const { width, height } = info;
  if (meta.hasAlpha) {
    const ink = Buffer.alloc(width * height * 4);
    grey.forEach((g, p) => (ink[p * 4 + 3] = 255 - g));
    flattenOnInk(ink, await alphaOf(bytes, resize), request.background);
    const [c, m, y] = request.background;
    if (c + m + y > 0) return { ...(await cmykJpeg({ data: ink, width, height })), limited: false };
    grey.forEach((_, p) => (grey[p] = 255 - ink[p * 4 + 3]));
  }
  // Raw single-channel input comes out as RGB unless told it is grey.
  const out = sharp(grey, { raw: { width, height, channels: 1 } }).toColourspace('b-w');
  return { bytes: await (meta.format === 'png' ? out.png() : out.jpeg(JPEG)).toBuffer(), colour: 'gray', width, height, limited: false };
}

/** The alpha channel at the size the colour is converted at. */
async function alphaOf(bytes: Buffer, resize: Resize): Promise<Buffer> {
  return resize(sharp(bytes)).ensureAlpha().extractChannel('alpha').raw().toBuffer();
}

/**
 * Measured on the pixels encoded (the JPEG rounds a pixel by a level or two,
 * which the ignored share and the separation margin absorb; decoding it again
 * to measure would cost a big photo a tenth of its conversion).
 */
async function cmykJpeg(raster: Raster): Promise<Omit<PrintImage, 'limited'>> {
  return { bytes: await encodeCmykJpeg(raster), colour: 'cmyk', width: raster.width, height: raster.height, coverage: coveragePercent(raster.data) };
}
