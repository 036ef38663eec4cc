// Raw CMYK pixels in and out of sharp. sharp reads a CMYK JPEG as CMYK only
// when told its pipeline is CMYK (otherwise it converts to sRGB through a
// generic profile), and it takes raw bytes only as grey or RGB(A); so raw
// CMYK goes back in wrapped in the smallest TIFF that says "separated".
import sharp from 'sharp';

export interface Raster {
  data: Buffer;
  width: number;
  height: number;
}

/** Fine detail (text, lines in screenshots) survives at this quality with full-resolution chroma. */
export const JPEG = { quality: 95, chromaSubsampling: '4:4:4' } as const;

/** A CMYK image's pixels as stored (0 = no ink), optionally resized first. */
export async function decodeCmyk(bytes: Buffer, resize: (s: sharp.Sharp) => sharp.Sharp = (s) => s): Promise<Raster> {
  const { data, info } = await resize(sharp(bytes).pipelineColourspace('cmyk')).toColourspace('cmyk').raw().toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}

/** Raw CMYK as a CMYK JPEG (the Adobe convention libvips writes, which pdfkit's /Decode expects). */
export function encodeCmykJpeg(raster: Raster): Promise<Buffer> {
  return sharp(cmykTiff(raster)).pipelineColourspace('cmyk').toColourspace('cmyk').jpeg(JPEG).toBuffer();
}

// TIFF 6.0 tags and field types used below.
const SHORT = 3;
const LONG = 4;
const PHOTOMETRIC_SEPARATED = 5;
const INKSET_CMYK = 1;

/** An uncompressed, single-strip, little-endian TIFF of 8-bit CMYK pixels. */
function cmykTiff({ data, width, height }: Raster): Buffer {
  const entries: [tag: number, type: number, count: number, value: number][] = [
    [256, LONG, 1, width],
    [257, LONG, 1, height],
    [258, SHORT, 4, 0], // BitsPerSample: four 8s, stored after the directory
    [259, SHORT, 1, 1], // Compression: none
    [262, SHORT, 1, PHOTOMETRIC_SEPARATED],
    [273, LONG, 1, 0], // StripOffsets: the pixels, after the bit depths
    [277, SHORT, 1, 4], // SamplesPerPixel
    [278, LONG, 1, height], // RowsPerStrip: one strip
    [279, LONG, 1, data.length], // StripByteCounts
    [284, SHORT, 1, 1], // PlanarConfiguration: chunky
    [332, SHORT, 1, INKSET_CMYK],
  ];
  const directoryAt = 8;
  const depthsAt = directoryAt + 2 + entries.length * 12 + 4;
  const pixelsAt = depthsAt + 8;
  const out = Buffer.alloc(pixelsAt + data.length);
  out.write('II', 0, 'latin1');
  out.writeUInt16LE(42, 2);
  out.writeUInt32LE(directoryAt, 4);
  out.writeUInt16LE(entries.length, directoryAt);
  entries.forEach(([tag, type, count, value], i) => {
    const at = directoryAt + 2 + i * 12;
    const resolved = tag === 258 ? depthsAt : tag === 273 ? pixelsAt : value;
    out.writeUInt16LE(tag, at);
    out.writeUInt16LE(type, at + 2);
    out.writeUInt32LE(count, at + 4);
    if (type === SHORT && count === 1) out.writeUInt16LE(resolved, at + 8);
    else out.writeUInt32LE(resolved, at + 8);
  });
  for (let i = 0; i < 4; i++) out.writeUInt16LE(8, depthsAt + i * 2);
  data.copy(out, pixelsAt);
  return out;
}
