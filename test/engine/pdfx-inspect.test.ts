// The inspector reading content operators and the sample leaflet's printer
// PDF back: what a PDF/X-1a check sees.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createPipelineContext, renderPublication, type Rendered } from '../../engine/index.js';
import { readContentUse } from '../../engine/pdfx/content-ops.js';
import { inspectPdf, type PdfInspection } from '../../engine/pdfx/inspect.js';
import { ROOT } from './layout-fixtures.js';

const ops = (text: string) => readContentUse(Buffer.from(text, 'latin1'));

describe('reading content operators', () => {
  it('finds colour spaces set by operators and by cs/CS', () => {
    const use = ops('q 1 0 0 rg 0 0 1 RG 0.5 g /DeviceCMYK cs 0 0 0 1 scn /CS0 CS 1 SCN 0 0 0 1 k Q');
    expect([...use.colourSpaces].sort()).toEqual(['/CS0', '/DeviceCMYK', 'DeviceCMYK', 'DeviceGray', 'DeviceRGB']);
  });

  it('is not fooled by operator names inside strings, hex strings, arrays, dictionaries or comments', () => {
    const use = ops('BT /F1 12 Tf (1 0 0 rg \\) 0 g) Tj [(a rg) -20 <72672067>] TJ ET /P <</MCID 0 /X (k)>> BDC EMC % 1 0 0 rg\n0 0 0 1 k');
    expect([...use.colourSpaces]).toEqual(['DeviceCMYK']);
  });

  it('collects graphics states, XObjects, shadings and inline image colour spaces, skipping image data', () => {
    const use = ops('/GS1 gs /Im1 Do /Sh1 sh BI /W 2 /H 1 /CS /RGB /BPC 8 ID \x01rg\x02 K\xff EI /GS2 gs BI /W 1 /H 1 /CS [/I /G 1 <00ff>] /BPC 8 ID \x00 EI BI /IM true /W 1 /H 1 ID \x00 EI');
    expect([...use.graphicsStates]).toEqual(['/GS1', '/GS2']);
    expect([...use.xObjects]).toEqual(['/Im1']);
    expect([...use.shadings]).toEqual(['/Sh1']);
    expect([...use.inlineImageSpaces]).toEqual(['/DeviceRGB', '/Indexed /DeviceGray']);
    expect([...use.colourSpaces]).toEqual([]);
  });
});

describe('the sample leaflet read back', () => {
  let rendered: Rendered;
  let pdf: PdfInspection;

  beforeAll(async () => {
    const ctx = { ...createPipelineContext({ appRoot: ROOT, creationDate: new Date('2022-10-05T00:00:00Z') }), baseDir: join(ROOT, 'samples') };
    rendered = await renderPublication(readFileSync(join(ROOT, 'samples', 'leaflet-tgpl.json'), 'utf8'), ctx);
    pdf = await inspectPdf(rendered.pdf);
  });

  it('is PDF 1.4 and not encrypted', () => {
    expect(pdf.version).toBe('1.4');
    expect(rendered.pdf.subarray(0, 8).toString('latin1')).toBe('%PDF-1.4');
    expect(pdf.encrypted).toBe(false);
  });

  it('names itself PDF/X-1a:2003, untrapped, with its title', () => {
    expect(pdf.info).toMatchObject({ GTS_PDFXVersion: 'PDF/X-1a:2003', Trapped: '/False', Title: rendered.layout.title });
  });

  it('has one GTS_PDFX output intent for FOGRA39 with a CMYK profile', () => {
    expect(pdf.outputIntents).toEqual([{
      subtype: 'GTS_PDFX',
      outputConditionIdentifier: 'FOGRA39',
      outputCondition: 'Coated FOGRA39 (ISO 12647-2:2004)',
      registryName: 'http://www.color.org',
      info: 'Coated FOGRA39 (ISO 12647-2:2004)',
      profileComponents: 4,
    }]);
  });

  it('has a TrimBox inside a BleedBox inside the MediaBox on every page', () => {
    expect(pdf.pages).toHaveLength(2);
    for (const page of pdf.pages) {
      const [trim, bleed, media] = [page.trimBox!, page.bleedBox!, page.mediaBox];
      expect(trim).toBeDefined();
      expect(trim[0]).toBeGreaterThan(bleed[0]);
      expect(trim[2]).toBeLessThan(bleed[2]);
      expect(bleed[0]).toBeGreaterThan(media[0]);
      expect(bleed[3]).toBeLessThan(media[3]);
    }
  });

  it('paints in CMYK only, with no transparency and every font embedded', () => {
    for (const page of pdf.pages) {
      expect(page.colourSpaces).toEqual(['DeviceCMYK']);
      expect(page.imageColourSpaces.filter((s) => s !== 'DeviceCMYK' && s !== 'DeviceGray')).toEqual([]);
      expect(page.transparency).toEqual([]);
      expect(page.fonts.length).toBeGreaterThan(0);
      for (const font of page.fonts) expect(font).toMatchObject({ subtype: 'Type0', embedded: true });
    }
  });

  it('leaves preflight with nothing to report but the pack\'s small coloured type (a registration warning per colour)', () => {
    expect(rendered.findings.filter((f) => f.code !== 'registration')).toEqual([]);
    expect(rendered.findings.map((f) => f.severity)).toEqual(rendered.findings.map(() => 'warning'));
  });
});
