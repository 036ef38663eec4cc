// The Centre's logo from the settings, printed by every pack: in CMYK through
// the image path, with the Centre's name, address and phone; preflight stays
// clean; a publication without a logo has no trace of one; a bad logo is an
// InputError naming `variables.centre.logo`.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CENTRE_LOGO_FIELD } from '../../engine/centre-logo.js';
import { InputError } from '../../contract/errors.js';
import { createPipelineContext, renderDocx, renderPublication } from '../../engine/index.js';
import type { Publication } from '../../contract/publication-format.js';
import { settingsSchema, type Settings } from '../../services/settings/service.js';
import { withCentre } from '../../contract/settings.js';
import { requireTools, run } from '../helpers/tools.js';
import { ROOT } from './layout-fixtures.js';

const ok = requireTools('pdfimages', 'pdftotext');
const ctx = { ...createPipelineContext({ appRoot: ROOT, creationDate: new Date('2024-05-01T00:00:00Z') }), baseDir: join(ROOT, 'samples') };
const SAMPLES = { leaflet: 'leaflet-tgpl.json', pocketbook: 'pocketbook-tgpl.json', handbook: 'handbook-tgpl.json', notebook: 'notebook-tgpl.json' };
const sample = (file: string): Publication => JSON.parse(readFileSync(join(ROOT, 'samples', file), 'utf8'));

/** A round emblem on a transparent background, as a Centre's logo usually is. */
async function logoPng(size: number): Promise<string> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}"><circle cx="50%" cy="50%" r="46%" fill="#c8102e"/><circle cx="50%" cy="50%" r="20%" fill="#ffd700"/></svg>`;
  return `data:image/png;base64,${(await sharp(Buffer.from(svg)).png().toBuffer()).toString('base64')}`;
}

const LOGO_PX = 256;
let settings: Settings;
let dir: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'anpham-logo-'));
  settings = settingsSchema.parse({
    name: 'Trung tâm TGPL Lạng Sơn (bản thử)',
    address: 'Số 9 đường Thử Nghiệm, Lạng Sơn',
    phone: '0205 3999 888',
    logo: await logoPng(LOGO_PX),
  });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const collapse = (text: string) => text.replace(/\s+/g, ' ');

describe.each(Object.entries(SAMPLES))('the %s pack with the Centre from the settings', (name, file) => {
  it.skipIf(!ok)('prints the logo in CMYK, the name, address and phone, and preflight finds no error', async () => {
    const rendered = await renderPublication(withCentre(sample(file), settings), ctx);
    expect(rendered.findings.filter((f) => f.severity === 'error')).toEqual([]);
    // At logo size a 256 px logo is well above 300 ppi: no warning about it either.
    expect(rendered.findings.filter((f) => f.code === 'low-ppi')).toEqual([]);

    const pdf = join(dir, `${name}.pdf`);
    writeFileSync(pdf, rendered.pdf);
    const logos = run('pdfimages', ['-list', pdf]).split('\n').slice(2).filter(Boolean).map((row) => row.trim().split(/\s+/));
    // Front cover and back cover (contact box), each square; where the logo is placed small enough to be over 450 ppi it is brought down to 300.
    expect(logos.length).toBe(2);
    for (const cols of logos) {
      expect(cols[5]).toBe('cmyk');
      expect(cols[3]).toBe(cols[4]);
      expect(Number(cols[3])).toBeLessThanOrEqual(LOGO_PX);
      expect(Number(cols[12])).toBeGreaterThanOrEqual(299);
      expect(Number(cols[12])).toBeLessThanOrEqual(450);
    }
    expect(logos[0][0]).toBe('1');

    const text = collapse(run('pdftotext', [pdf, '-']));
    expect(text).toContain(settings.name);
    expect(text).toContain(settings.phone);
    expect(text).toContain(settings.address);
  });

  it('without a logo, prints no image for it and no empty room: an empty value is the same as none', async () => {
    const without = withCentre(sample(file), { ...settings, logo: undefined });
    const plain = await renderPublication(without, ctx);
    const logoImages = plain.layout.pages.flatMap((p) => p.items.filter((i) => i.type === 'image' && i.pixelWidth === LOGO_PX));
    expect(logoImages).toEqual([]);
    const empty = await renderPublication({ ...without, variables: { ...without.variables, centre: { ...(without.variables.centre as object), logo: '' } } }, ctx);
    expect(empty.pdf.equals(plain.pdf)).toBe(true);
    // With a logo the cover's gap under the Centre's name shrinks by about the logo's room, so the title stays near its place.
    const withLogo = await renderPublication(withCentre(sample(file), settings), ctx);
    const firstText = (r: typeof plain) => r.layout.pages[0].items.find((i) => i.type === 'text' && i.sizePt > 15);
    expect(firstText(withLogo)).toBeDefined();
    expect(Math.abs((firstText(withLogo) as { y: number }).y - (firstText(plain) as { y: number }).y)).toBeLessThan(25);
  });
});

describe('the logo in a publication', () => {
  it('is refused with its field named when it is not a readable PNG or JPEG', async () => {
    const bad: unknown[] = ['logo.png', 42, 'data:image/gif;base64,R0lGODlhAQABAAAAACw=', 'data:image/png;base64,AAAA', `data:image/png;base64,${'A'.repeat(800_000)}`];
    for (const logo of bad) {
      const pub = sample(SAMPLES.leaflet);
      (pub.variables.centre as Record<string, unknown>).logo = logo;
      const error = await renderPublication(pub, { ...ctx, file: 'to-gap.json' }).then(() => null, (e: unknown) => e);
      expect(error, String(logo).slice(0, 40)).toBeInstanceOf(InputError);
      expect(error).toMatchObject({ file: 'to-gap.json', field: CENTRE_LOGO_FIELD });
    }
  });

  it('is refused by the settings when its bytes are not an image, so no publication gets a logo it cannot print', () => {
    expect(settingsSchema.safeParse({ name: settings.name, logo: 'data:image/png;base64,AAAA' }).success).toBe(false);
    expect(settingsSchema.safeParse({ name: settings.name, logo: settings.logo }).success).toBe(true);
  });

  it('is taken from the settings by withCentre; settings without a logo keep the publication\'s', () => {
    const withLogo = withCentre(sample(SAMPLES.handbook), settings);
    expect((withLogo.variables.centre as Record<string, unknown>).logo).toBe(settings.logo);
    const kept = withCentre(withLogo, { ...settings, logo: undefined });
    expect((kept.variables.centre as Record<string, unknown>).logo).toBe(settings.logo);
  });

  it('is reported as low-ppi when it is too small for its printed size: an error under 150 ppi for the printer PDF, a warning for the proof', async () => {
    const small = withCentre(sample(SAMPLES.handbook), { ...settings, logo: await logoPng(64) });
    const printer = (await renderPublication(small, ctx)).findings.filter((f) => f.code === 'low-ppi');
    expect(printer.map((f) => f.severity)).toEqual(['error', 'error']);
    expect(printer[0].page).toBe(1);
    expect(printer[0].message).toMatch(/chỉ đạt \d+ ppi .*dưới 150 ppi/);
    const proof = (await renderPublication(small, ctx, { proof: true })).findings;
    expect(proof.filter((f) => f.severity === 'error')).toEqual([]);
    expect(proof.filter((f) => f.code === 'low-ppi').map((f) => f.severity)).toEqual(['warning', 'warning']);
  });

  it('goes into the Word document where the PDF has it', async () => {
    const media = (docx: Buffer) => new Set(docx.toString('latin1').match(/word\/media\/[\w.-]+/g) ?? []).size;
    const withLogo = await renderDocx(withCentre(sample(SAMPLES.leaflet), settings), ctx);
    const without = await renderDocx(sample(SAMPLES.leaflet), ctx);
    expect(media(withLogo.docx)).toBeGreaterThanOrEqual(media(without.docx) + 1);
  });
});
