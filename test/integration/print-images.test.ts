// Pictures in a leaflet as a print shop checks them, through the CLI a user
// runs and the tools a print shop uses (pdfimages, transicc): colours
// separated as LittleCMS separates them, a 400 % CMYK picture stopping
// preflight until `--limit-ink`, a big photo embedded at 300 ppi, and a
// 100 ppi picture refused for the printer PDF but not for the proof.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { decodeCmyk } from '../../engine/cmyk-raster.js';
import { createPipelineContext, renderPublication } from '../../engine/index.js';
import { coveragePercent } from '../../engine/image-ink.js';
import { requireTools, run } from '../helpers/tools.js';
import { cmykJpeg, PATCHES, patchInks, transicc } from '../engine/image-fixtures.js';

const ROOT = join(import.meta.dirname, '..', '..');
const ok = requireTools('pdfimages', 'transicc');
const dir = mkdtempSync(join(tmpdir(), 'print-images-'));
const sample = JSON.parse(readFileSync(join(ROOT, 'samples', 'leaflet-tgpl.json'), 'utf8'));

/** The sample leaflet with its body replaced by a paragraph and one picture (block 2 of "Nội dung"). */
function leafletWith(name: string, image: string, widthMm: number): string {
  const publication = { ...sample, slots: { ...sample.slots, body: [{ type: 'paragraph', text: 'Ảnh dưới đây để thử in.' }, { type: 'image', src: image, widthMm }] } };
  const file = join(dir, `${name}.json`);
  writeFileSync(file, JSON.stringify(publication));
  return file;
}

/** `npm run cli -- …` as a user runs it. */
function cli(...args: string[]) {
  const r = spawnSync('npm', ['run', '--silent', 'cli', '--', ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, XDG_CONFIG_HOME: join(dir, 'config') } });
  return { code: r.status, out: r.stdout + r.stderr };
}

/** The embedded images as pdfimages writes them (-j: DCT streams as JPEG files), and its listing. */
function extracted(pdf: string, name: string): { files: string[]; list: string[][] } {
  const prefix = join(dir, name);
  run('pdfimages', ['-j', pdf, prefix]);
  const files = readdirSync(dir).filter((f) => f.startsWith(`${name}-`)).sort().map((f) => join(dir, f));
  const list = run('pdfimages', ['-list', pdf]).split('\n').slice(2).filter(Boolean).map((row) => row.trim().split(/\s+/));
  return { files, list };
}

describe.skipIf(!ok)('pictures in the printer PDF', () => {
  beforeAll(async () => {
    // Four patches of 120 px over 40 mm: 305 ppi, neither downsampled nor low.
    const colours = Object.values(PATCHES);
    const raw = Buffer.alloc(480 * 120 * 3);
    for (let p = 0; p < 480 * 120; p++) raw.set(colours[Math.floor((p % 480) / 120)], p * 3);
    writeFileSync(join(dir, 'patches.png'), await sharp(raw, { raw: { width: 480, height: 120, channels: 3 } }).png().toBuffer());
    writeFileSync(join(dir, 'heavy.jpg'), await cmykJpeg([100, 100, 100, 100], 480, 480));
    writeFileSync(join(dir, 'small.png'), await sharp({ create: { width: 157, height: 100, channels: 3, background: '#36c' } }).png().toBuffer());
    const photo = sharp({ create: { width: 4000, height: 3000, channels: 3, background: '#7a9', noise: { type: 'gaussian', mean: 120, sigma: 40 } } });
    writeFileSync(join(dir, 'photo.jpg'), await photo.jpeg({ quality: 90 }).toBuffer());
  });

  it('separates sRGB green, cyan, blue and black within 3 % of LittleCMS through FOGRA39 (perceptual)', async () => {
    const ctx = { ...createPipelineContext({ appRoot: ROOT }), baseDir: dir };
    const rendered = await renderPublication(readFileSync(leafletWith('patches', 'patches.png', 40), 'utf8'), ctx);
    const pdf = join(dir, 'patches.pdf');
    writeFileSync(pdf, rendered.pdf);
    const { files, list } = extracted(pdf, 'patches');
    expect(list.map((cols) => [cols[3], cols[5], cols[8]])).toEqual([['480', 'cmyk', 'jpeg']]);
    const expected = transicc(Object.values(PATCHES));
    const inks = await patchInks(readFileSync(files[0]), 4);
    inks.forEach((patch, i) => patch.forEach((v, c) => expect(Math.abs(v - expected[i][c]), `${Object.keys(PATCHES)[i]} ${'CMYK'[c]}`).toBeLessThanOrEqual(3)));
  });

  it('stops preflight on a 400 % CMYK picture, naming the block and the coverage; --limit-ink brings it to the limit', async () => {
    const file = leafletWith('heavy', 'heavy.jpg', 40);
    const { code, out } = cli('preflight', file);
    expect(code).toBe(1);
    expect(out).toMatch(/LỖI \(trang \d\) \[body\[1\]\] ink-coverage: Ảnh ở khối số 2 của phần "Nội dung" có tổng lượng mực tới 400 %/);
    expect(out).toContain('330 %');

    expect(cli('preflight', file, '--limit-ink').code).toBe(0);
    const pdf = join(dir, 'heavy.pdf');
    expect(cli('render', file, '-o', pdf, '--limit-ink').code).toBe(0);
    const { files } = extracted(pdf, 'heavy');
    expect(files).toHaveLength(1);
    const coverage = coveragePercent((await decodeCmyk(readFileSync(files[0]))).data);
    expect(coverage).toBeLessThanOrEqual(330);
    expect(coverage).toBeGreaterThan(320);
  });

  it('embeds a 4000 × 3000 photo placed 80 mm wide at 300 ppi, not 1270', () => {
    const pdf = join(dir, 'photo.pdf');
    expect(cli('render', leafletWith('photo', 'photo.jpg', 80), '-o', pdf).code).toBe(0);
    const { list } = extracted(pdf, 'photo');
    expect(list).toHaveLength(1);
    const [, , , width, height, colour, , , , , , , xPpi, yPpi] = list[0];
    expect([Number(width), Number(height), colour]).toEqual([945, 709, 'cmyk']);
    expect(Number(xPpi)).toBeLessThanOrEqual(300);
    expect(Number(yPpi)).toBeLessThanOrEqual(300);
  });

  it('refuses a 100 ppi picture for the printer PDF (exit 1, the block and the ppi) but makes the proof', () => {
    const file = leafletWith('small', 'small.png', 40);
    const printer = cli('render', file, '-o', join(dir, 'small.pdf'));
    expect(printer.code).toBe(1);
    expect(printer.out).toMatch(/LỖI \(trang \d\) \[body\[1\]\] low-ppi: Ảnh ở khối số 2 của phần "Nội dung" chỉ đạt 99 ppi/);
    expect(printer.out).toContain('nhà in sẽ không nhận');
    const proof = cli('render', file, '-o', join(dir, 'small-proof.pdf'), '--proof');
    expect(proof.code).toBe(0);
    expect(proof.out).toMatch(/CẢNH BÁO \(trang \d\) \[body\[1\]\] low-ppi/);
  });
});
