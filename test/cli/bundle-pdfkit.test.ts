// pdfkit inlined in the CLI's bundle (scripts/build-cli.mjs) with the data it
// finds beside its own file: the 14 standard fonts (package.json subpath
// imports `#standard-fonts/*`, loaded lazily through createRequire) and the
// PDF/A colour profile (js/data/*.icc). A probe is bundled with the CLI's own
// esbuild options into a folder with nothing else in it and run from there:
// it must not need node_modules/pdfkit at run time, through pdfkit's ES module
// build (what `import` picks) or its CommonJS one (`require`).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error plain JavaScript, run by npm's `prepare` before TypeScript is there to check it.
import { cliBuildOptions } from '../../scripts/build-cli.mjs';
import { requireTools, run } from '../helpers/tools.js';

const ROOT = join(import.meta.dirname, '..', '..');
const STANDARD_FONTS = [
  'Courier', 'Courier-Bold', 'Courier-BoldOblique', 'Courier-Oblique',
  'Helvetica', 'Helvetica-Bold', 'Helvetica-BoldOblique', 'Helvetica-Oblique',
  'Symbol', 'Times-Bold', 'Times-BoldItalic', 'Times-Italic', 'Times-Roman', 'ZapfDingbats',
];
const ICC_PROFILE = readFileSync(join(ROOT, 'node_modules', 'pdfkit', 'js', 'data', 'sRGB_IEC61966_2_1.icc'));
const poppler = requireTools('pdffonts', 'pdftotext', 'qpdf');

const PROBE = `
import EsmPdfDocument from 'pdfkit';
const CjsPdfDocument = require('pdfkit');
const { writeFileSync } = require('node:fs');
const fonts = ${JSON.stringify(STANDARD_FONTS)};
for (const [name, PDFDocument] of [['esm', EsmPdfDocument], ['cjs', CjsPdfDocument]]) {
  const doc = new PDFDocument({ subset: 'PDF/A-1b', pdfVersion: '1.4', compress: false, info: { Title: 'probe ' + name } });
  const chunks = [];
  doc.on('data', (chunk) => chunks.push(chunk));
  doc.on('end', () => writeFileSync(name + '.pdf', Buffer.concat(chunks)));
  for (const font of fonts) doc.font(font).fontSize(10).text(font === 'Symbol' || font === 'ZapfDingbats' ? 'abc' : 'standard font ' + font);
  doc.end();
}
`;

const dir = mkdtempSync(join(tmpdir(), 'anpham-bundle-pdfkit-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the CLI bundle carries pdfkit with its data', () => {
  it('standard fonts and the PDF/A profile work from a folder without pdfkit', async () => {
    const options = cliBuildOptions(ROOT, dir);
    delete options.entryPoints;
    await build({ ...options, stdin: { contents: PROBE, resolveDir: ROOT, sourcefile: 'pdfkit-probe.mjs', loader: 'js' }, outfile: join(dir, 'probe.cjs'), logLevel: 'error' });
    const bundle = readFileSync(join(dir, 'probe.cjs'), 'utf8');
    expect(bundle).not.toContain('#standard-fonts/');

    const r = spawnSync(process.execPath, ['probe.cjs'], { cwd: dir, encoding: 'utf8', env: { ...process.env, NODE_PATH: '' } });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    for (const name of ['esm', 'cjs']) {
      const pdf = readFileSync(join(dir, `${name}.pdf`));
      expect(pdf.subarray(0, 8).toString('latin1')).toBe('%PDF-1.4');
      // PDF/A's sRGB output intent, carrying the profile's bytes (uncompressed in the probe).
      expect(pdf.toString('latin1')).toMatch(/\/OutputIntents \[\d+ 0 R\]/);
      expect(pdf.includes(ICC_PROFILE)).toBe(true);
    }
  });

  it.skipIf(!poppler)('the probe PDFs name every standard font and read as text', () => {
    for (const name of ['esm', 'cjs']) {
      const file = join(dir, `${name}.pdf`);
      expect(spawnSync('qpdf', ['--check', file]).status).toBe(0);
      const fonts = run('pdffonts', [file]);
      for (const font of STANDARD_FONTS) expect(fonts).toMatch(new RegExp(`^${font}\\s+Type 1`, 'm'));
      const text = run('pdftotext', [file, '-']).replace(/\s+/g, ' ');
      expect(text).toContain('standard font Helvetica-BoldOblique');
      expect(text).toContain('standard font Times-Roman');
    }
  });
});
