// Images converted for the press: CMYK through the output profile, alpha
// flattened on white, greys kept grey; then painted and rendered back.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { toPrintImage } from '../../engine/image-cmyk.js';
import { mmToPt } from '../../engine/layout/units.js';
import { inspectPdf } from '../../engine/pdfx/inspect.js';
import { SOURCE_OUTPUT_PROFILE_PATH } from '../../engine/pdfx/standard.js';
import { requireTools, run } from '../helpers/tools.js';
import { document, page, paint } from './pdfx-fixtures.js';

const ok = requireTools('pdftoppm');
const FOGRA39 = SOURCE_OUTPUT_PROFILE_PATH;

type Rgba = { r: number; g: number; b: number; alpha?: number };
const solid = (background: Rgba, channels: 3 | 4 = 3) => sharp({ create: { width: 8, height: 8, channels, background } });
/** The first pixel's channels as stored (CMYK values 0–255 for a CMYK image). */
const firstPixel = async (bytes: Buffer) => [...(await sharp(bytes).raw().toBuffer()).subarray(0, (await sharp(bytes).metadata()).channels)];
const cmykOf = async (bytes: Buffer) => [...(await sharp(bytes).toColourspace('cmyk').raw().toBuffer()).subarray(0, 4)];

describe('converting images for print', () => {
  it('turns an RGB red PNG into a CMYK JPEG that is magenta and yellow, not cyan', async () => {
    const out = await toPrintImage(await solid({ r: 255, g: 0, b: 0 }).png().toBuffer(), FOGRA39);
    expect(out.colour).toBe('cmyk');
    const meta = await sharp(out.bytes).metadata();
    expect([meta.format, meta.space, meta.channels]).toEqual(['jpeg', 'cmyk', 4]);
    const [c, m, y] = await cmykOf(out.bytes);
    expect(c).toBeLessThan(20);
    expect(m).toBeGreaterThan(200);
    expect(y).toBeGreaterThan(200);
    // The profile is carried once by the PDF, not by every image.
    expect(meta.hasProfile).toBe(false);
  });

  it('flattens transparency on white: a fully transparent pixel prints as no ink', async () => {
    const out = await toPrintImage(await solid({ r: 0, g: 0, b: 255, alpha: 0 }, 4).png().toBuffer(), FOGRA39);
    expect(out.colour).toBe('cmyk');
    expect((await cmykOf(out.bytes)).every((v) => v < 8)).toBe(true);
    expect((await sharp(out.bytes).metadata()).hasAlpha).toBe(false);
  });

  it('keeps grey with alpha as a one-channel grey PNG, flattened on white', async () => {
    const greyAlpha = await solid({ r: 0, g: 0, b: 0, alpha: 0.5 }, 4).toColourspace('b-w').png().toBuffer();
    const out = await toPrintImage(greyAlpha, FOGRA39);
    expect(out.colour).toBe('gray');
    const meta = await sharp(out.bytes).metadata();
    expect([meta.format, meta.channels, meta.hasAlpha]).toEqual(['png', 1, false]);
    // Half-transparent black over white paper is mid grey.
    expect((await firstPixel(out.bytes))[0]).toBeGreaterThan(100);
    expect((await firstPixel(out.bytes))[0]).toBeLessThan(160);
  });

  it('converts a palette PNG (indexed RGB) to CMYK', async () => {
    const out = await toPrintImage(await solid({ r: 0, g: 128, b: 0 }).png({ palette: true }).toBuffer(), FOGRA39);
    expect((await sharp(out.bytes).metadata()).space).toBe('cmyk');
  });

  it('passes a CMYK JPEG through untouched', async () => {
    const prepared = (await toPrintImage(await solid({ r: 10, g: 200, b: 30 }).jpeg().toBuffer(), FOGRA39)).bytes;
    expect((await toPrintImage(prepared, FOGRA39)).bytes).toBe(prepared);
  });

  it('converts the same bytes once', async () => {
    const png = await solid({ r: 1, g: 2, b: 3 }).png().toBuffer();
    expect(toPrintImage(png, FOGRA39)).toBe(toPrintImage(Buffer.from(png), FOGRA39));
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
