// Images converted for the press: one ICC transform into FOGRA39 (checked
// against LittleCMS's transicc), alpha flattened in ink on what is under the
// picture, greys kept on the black plate, CMYK kept and measured,
// downsampling; then painted and rendered back.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { decodeCmyk } from '../../engine/cmyk-raster.js';
import { toPrintImage, type PrintImageRequest } from '../../engine/image-cmyk.js';
import { mmToPt } from '../../engine/layout/units.js';
import { inspectPdf } from '../../engine/pdfx/inspect.js';
import { requireTools, run } from '../helpers/tools.js';
import { cmykJpeg, FOGRA39, p3PatchStrip, PATCHES, patchInks, patchStrip, transicc, type Rgb } from './image-fixtures.js';
import { document, page, paint } from './pdfx-fixtures.js';

const ok = requireTools('pdftoppm');
const lcms = requireTools('transicc');
const REQUEST: PrintImageRequest = { profilePath: FOGRA39, background: [0, 0, 0, 0], inkLimit: 330, limitCmyk: false };

type Rgba = { r: number; g: number; b: number; alpha?: number };
const solid = (background: Rgba, channels: 3 | 4 = 3) => sharp({ create: { width: 8, height: 8, channels, background } });
/** The first pixel's channels as stored. */
const firstPixel = async (bytes: Buffer) => [...(await sharp(bytes).raw().toBuffer()).subarray(0, (await sharp(bytes).metadata()).channels)];
const firstInks = async (bytes: Buffer) => [...(await decodeCmyk(bytes)).data.subarray(0, 4)].map((v) => (v * 100) / 255);

const expectClose = (actual: number[][], expected: number[][], tolerance = 3) => {
  actual.forEach((inks, i) => inks.forEach((v, c) => expect(Math.abs(v - expected[i][c]), `patch ${i}, channel ${'CMYK'[c]}: ${v.toFixed(1)} vs ${expected[i][c]}`).toBeLessThanOrEqual(tolerance)));
};

describe('converting colour images for print', () => {
  it.skipIf(!lcms)('separates sRGB green, cyan, blue and black as LittleCMS does through FOGRA39 (perceptual)', async () => {
    const colours = Object.values(PATCHES);
    const out = await toPrintImage(await patchStrip(colours), REQUEST);
    expect(out.colour).toBe('cmyk');
    expectClose(await patchInks(out.bytes, colours.length), transicc(colours));
  });

  it('is not the naive conversion: green has no black and a bright cyan, blue keeps its magenta', async () => {
    const [green, , blue] = await patchInks((await toPrintImage(await patchStrip(), REQUEST)).bytes, 4);
    // Converting to CMYK by formula first (the old path) gave green 27/0/96/11 and blue 78/57/0/39.
    expect(green[3]).toBeLessThan(2);
    expect(green[0]).toBeGreaterThan(50);
    expect(blue[3]).toBeLessThan(20);
  });

  it.skipIf(!lcms)('takes an embedded profile as the source in one transform (a Display P3 picture is not clipped to sRGB first)', async () => {
    // Pure P3 green and red lie outside sRGB: going through sRGB first would clip them before the press profile sees them.
    const colours: Rgb[] = [[0, 255, 0], [255, 0, 0], [40, 120, 200]];
    const { png, profile } = await p3PatchStrip(colours);
    const file = join(mkdtempSync(join(tmpdir(), 'p3-')), 'p3.icc');
    writeFileSync(file, profile);
    const out = await toPrintImage(png, REQUEST);
    expectClose(await patchInks(out.bytes, colours.length), transicc(colours, file));
  });

  it('flattens transparency in ink on the background it is printed over', async () => {
    const halfRed = await solid({ r: 255, g: 0, b: 0, alpha: 0.5 }, 4).png().toBuffer();
    const red = await firstInks((await toPrintImage(await solid({ r: 255, g: 0, b: 0 }).png().toBuffer(), REQUEST)).bytes);
    const onCyan = await firstInks((await toPrintImage(halfRed, { ...REQUEST, background: [100, 0, 0, 0] })).bytes);
    // Half the red's inks plus half of 100 % cyan.
    expectClose([onCyan], [[red[0] / 2 + 50, red[1] / 2, red[2] / 2, red[3] / 2]], 2);
    const clear = await toPrintImage(await solid({ r: 0, g: 0, b: 255, alpha: 0 }, 4).png().toBuffer(), { ...REQUEST, background: [10, 4, 0, 0] });
    expectClose([await firstInks(clear.bytes)], [[10, 4, 0, 0]], 1);
    expect((await sharp(clear.bytes).metadata()).hasAlpha).toBe(false);
  });

  it('converts a palette PNG (indexed RGB) to CMYK', async () => {
    const out = await toPrintImage(await solid({ r: 0, g: 128, b: 0 }).png({ palette: true }).toBuffer(), REQUEST);
    expect((await sharp(out.bytes).metadata()).space).toBe('cmyk');
  });

  it('reads 16-bit pixels without a profile as sRGB, like 8-bit ones', async () => {
    const eight = await patchInks((await toPrintImage(await patchStrip(), REQUEST)).bytes, 4);
    const sixteen = await sharp(await patchStrip()).toColourspace('rgb16').png().toBuffer();
    expectClose(await patchInks((await toPrintImage(sixteen, REQUEST)).bytes, 4), eight, 1);
  });

  it('keeps its own separations under the ink limit', async () => {
    const black = await toPrintImage(await patchStrip([[0, 0, 0]]), { ...REQUEST, inkLimit: 300 });
    expect(black.coverage).toBeLessThanOrEqual(300);
    expect((await firstInks(black.bytes))[3]).toBeGreaterThan(95);
  });

  it('converts the same bytes and request once', async () => {
    const png = await solid({ r: 1, g: 2, b: 3 }).png().toBuffer();
    expect(toPrintImage(png, REQUEST)).toBe(toPrintImage(Buffer.from(png), { ...REQUEST }));
  });
});

describe('grey and CMYK images', () => {
  const greyAlpha = () => solid({ r: 0, g: 0, b: 0, alpha: 0.5 }, 4).toColourspace('b-w').png().toBuffer();

  it('keeps grey with alpha as a one-channel grey PNG, flattened on white paper', async () => {
    const out = await toPrintImage(await greyAlpha(), REQUEST);
    expect(out.colour).toBe('gray');
    const meta = await sharp(out.bytes).metadata();
    expect([meta.format, meta.channels, meta.hasAlpha]).toEqual(['png', 1, false]);
    // Half-transparent black over white paper is mid grey.
    expect((await firstPixel(out.bytes))[0]).toBeGreaterThan(100);
    expect((await firstPixel(out.bytes))[0]).toBeLessThan(160);
  });

  it('makes grey with alpha over a colour CMYK: its black on the black plate, the colour showing through', async () => {
    const out = await toPrintImage(await greyAlpha(), { ...REQUEST, background: [0, 50, 0, 0] });
    expect(out.colour).toBe('cmyk');
    expectClose([await firstInks(out.bytes)], [[0, 25, 0, 50]], 2);
  });

  it('keeps an opaque grey image grey over a colour', async () => {
    const grey = await solid({ r: 90, g: 90, b: 90 }).toColourspace('b-w').png().toBuffer();
    const out = await toPrintImage(grey, { ...REQUEST, background: [100, 0, 0, 0], size: { width: 4, height: 4 } });
    expect([out.colour, out.width]).toEqual(['gray', 4]);
  });

  it('passes a CMYK JPEG through untouched, with its total ink measured', async () => {
    const prepared = await cmykJpeg([20, 40, 60, 80]);
    const out = await toPrintImage(prepared, REQUEST);
    expect(out.bytes).toBe(prepared);
    expect(out.coverage).toBeCloseTo(200, -1);
    expect(out.limited).toBe(false);
  });

  it('reports a 400 % CMYK image as it is, and brings it under the limit only when asked', async () => {
    const heavy = await cmykJpeg([100, 100, 100, 100]);
    expect((await toPrintImage(heavy, REQUEST)).coverage).toBeGreaterThan(395);
    const limited = await toPrintImage(heavy, { ...REQUEST, limitCmyk: true });
    expect(limited.limited).toBe(true);
    expect(limited.coverage).toBeLessThanOrEqual(330);
    const [c, m, y, k] = await firstInks(limited.bytes);
    // K kept; C, M and Y lowered together.
    expect(k).toBeGreaterThan(99);
    expect(Math.max(c, m, y) - Math.min(c, m, y)).toBeLessThan(2);
  });

  it('downsamples a CMYK JPEG in CMYK (no trip through RGB)', async () => {
    const out = await toPrintImage(await cmykJpeg([0, 0, 0, 100], 64, 48), { ...REQUEST, size: { width: 16, height: 12 } });
    expect([out.width, out.height, out.colour]).toEqual([16, 12, 'cmyk']);
    expectClose([await firstInks(out.bytes)], [[0, 0, 0, 100]], 1);
  });
});

describe('images in the printer PDF', () => {
  const dir = mkdtempSync(join(tmpdir(), 'image-cmyk-'));
  const place = (src: string, x: number) => ({ type: 'image' as const, x, y: mmToPt(10), width: mmToPt(30), height: mmToPt(30), src, pixelWidth: 8, pixelHeight: 8 });

  async function printed(name = 'images.pdf'): Promise<string> {
    const red = join(dir, 'red.png');
    const greyAlpha = join(dir, 'grey.png');
    writeFileSync(red, await solid({ r: 255, g: 0, b: 0, alpha: 1 }, 4).png().toBuffer());
    writeFileSync(greyAlpha, await solid({ r: 0, g: 0, b: 0, alpha: 0.5 }, 4).toColourspace('b-w').png().toBuffer());
    const file = join(dir, name);
    // The red image twice: embedded once.
    writeFileSync(file, await paint(document([page(120, 60, [place(red, mmToPt(10)), place(greyAlpha, mmToPt(45)), place(red, mmToPt(80))])])));
    return file;
  }

  it('embeds them as DeviceCMYK and DeviceGray with no soft mask', async () => {
    const pdf = readFileSync(await printed());
    const [p] = (await inspectPdf(pdf)).pages;
    expect(p.imageColourSpaces).toEqual(['DeviceCMYK', 'DeviceGray']);
    expect(p.transparency).toEqual([]);
    expect(pdf.toString('latin1').match(/\/Subtype \/Image/g)).toHaveLength(2);
  });

  it('is the same bytes when painted again', async () => {
    expect(readFileSync(await printed('a.pdf')).equals(readFileSync(await printed('b.pdf')))).toBe(true);
  });

  it.skipIf(!ok)('renders the red image red (CMYK JPEG decoded the right way round)', async () => {
    const file = await printed();
    // 72 dpi: 1 px per point; the sheet has a slug before the trim, so sample the image's middle.
    run('pdftoppm', ['-r', '72', '-png', '-singlefile', file, join(dir, 'render')]);
    const render = sharp(join(dir, 'render.png'));
    const { width } = await render.metadata();
    const raw = await render.removeAlpha().raw().toBuffer();
    const slug = (raw.length / 3 / width! - mmToPt(60)) / 2;
    const pixel = (x: number, y: number) => {
      const at = (Math.round(y) * width! + Math.round(x)) * 3;
      return [raw[at], raw[at + 1], raw[at + 2]];
    };
    const [r, g, b] = pixel(slug + mmToPt(25), slug + mmToPt(25));
    expect(r).toBeGreaterThan(180);
    expect(g).toBeLessThan(90);
    expect(b).toBeLessThan(90);
    const [gr, gg, gb] = pixel(slug + mmToPt(60), slug + mmToPt(25));
    expect(Math.abs(gr - gg) + Math.abs(gg - gb)).toBeLessThan(10);
    expect(gr).toBeGreaterThan(90);
    expect(gr).toBeLessThan(190);
  });
});
