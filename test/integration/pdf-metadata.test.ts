// The four sample printer PDFs as independent tools read them: qpdf --check
// finds nothing, qpdf's JSON view of the objects and pdfinfo agree with each
// other and with the XMP packet (dates, title, author, subject, creator,
// producer, Trapped, PDF/X version), every TrueType font file has the right
// /Length1, and no page carries a key a PDF 1.4 file must not have.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createPipelineContext, renderPublication } from '../../engine/index.js';
import { requireTools, run } from '../helpers/tools.js';

const ROOT = join(import.meta.dirname, '..', '..');
const ok = requireTools('qpdf', 'pdfinfo');
const DATE = new Date('2026-12-03T09:30:00Z');
const ctx = { ...createPipelineContext({ appRoot: ROOT, creationDate: DATE }), baseDir: join(ROOT, 'samples') };
const SAMPLES = ['leaflet-tgpl.json', 'pocketbook-tgpl.json', 'handbook-tgpl.json', 'notebook-tgpl.json'];

type Json = Record<string, { value?: unknown; stream?: { dict: Record<string, unknown>; data?: string } }>;

/** qpdf's JSON of every object, streams decoded and inlined. */
function qpdfObjects(file: string): Json {
  const out = JSON.parse(run('qpdf', ['--json=2', '--json-key=qpdf', '--decode-level=generalized', '--json-stream-data=inline', file]));
  return out.qpdf[1];
}

/** A qpdf JSON string value as text: `u:` is text, names stay as they are. */
const textOf = (v: unknown) => (typeof v === 'string' && v.startsWith('u:') ? v.slice(2) : v);
/** D:20261203093000Z → 2026-12-03T09:30:00Z */
const isoOf = (pdfDate: string) => pdfDate.replace(/^D:(\d{4})(\d\d)(\d\d)(\d\d)(\d\d)(\d\d)Z$/, '$1-$2-$3T$4:$5:$6Z');
const unxml = (s: string) => s.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

describe.skipIf(!ok).each(SAMPLES)('the printer PDF of %s', (sample) => {
  const file = join(mkdtempSync(join(tmpdir(), 'pdf-metadata-')), sample.replace('.json', '.pdf'));
  let objects: Json;
  let info: Record<string, unknown>;
  let xmp: string;

  beforeAll(async () => {
    const rendered = await renderPublication(readFileSync(join(ROOT, 'samples', sample), 'utf8'), { ...ctx, file: sample });
    writeFileSync(file, rendered.pdf);
    objects = qpdfObjects(file);
    const trailer = objects.trailer.value as { '/Info': string };
    const dict = objects[`obj:${trailer['/Info']}`].value as Record<string, string>;
    info = Object.fromEntries(Object.entries(dict).map(([k, ref]) => [k.slice(1), textOf(objects[`obj:${ref}`].value)]));
    xmp = run('pdfinfo', ['-meta', file]);
  });

  it('passes qpdf --check with no warning', () => {
    const check = run('qpdf', ['--check', file]);
    expect(check).toMatch(/No syntax or stream encoding errors/);
    expect(check).not.toMatch(/WARNING/i);
  });

  it('says the same in XMP as in the Info dictionary', () => {
    const field = (tag: string) => {
      const m = new RegExp(`<${tag}>(?:<rdf:(?:Alt|Seq)><rdf:li[^>]*>)?([^<]*)`).exec(xmp);
      return m ? unxml(m[1]) : undefined;
    };
    expect(field('xmp:CreateDate')).toBe(isoOf(info.CreationDate as string));
    expect(field('xmp:ModifyDate')).toBe(isoOf(info.ModDate as string));
    expect(field('xmp:CreateDate')).toBe('2026-12-03T09:30:00Z');
    expect(field('dc:title')).toBe(info.Title);
    expect(field('dc:creator')).toBe(info.Author);
    expect(field('dc:description')).toBe(info.Subject);
    expect(field('xmp:CreatorTool')).toBe(info.Creator);
    expect(field('pdf:Producer')).toBe(info.Producer);
    expect(info.Trapped).toBe('/False');
    expect(field('pdf:Trapped')).toBe('False');
    expect(field('pdfxid:GTS_PDFXVersion')).toBe(info.GTS_PDFXVersion);
    expect(info.GTS_PDFXVersion).toBe('PDF/X-1a:2003');
  });

  it('reads the same through pdfinfo', () => {
    const text = run('pdfinfo', [file]);
    expect(text).toContain(`Title:           ${info.Title}`);
    expect(text).toContain(`Author:          ${info.Author}`);
    expect(text).toMatch(/PDF subtype:\s+PDF\/X-1a:2003/);
    expect(text).toMatch(/PDF version:\s+1\.4/);
    expect(text).toMatch(/Metadata Stream: yes/);
  });

  it('gives every TrueType font file its /Length1 (its decoded length), pages no /UserUnit, and no stream a lowercase /length', () => {
    const values = Object.values(objects);
    const fontFiles = values.flatMap((o) => {
      const ref = (o.value as Record<string, unknown> | undefined)?.['/FontFile2'];
      return typeof ref === 'string' ? [objects[`obj:${ref}`].stream!] : [];
    });
    expect(fontFiles.length).toBeGreaterThan(0);
    for (const f of fontFiles) expect(f.dict['/Length1']).toBe(Buffer.from(f.data!, 'base64').length);
    const pages = values.filter((o) => (o.value as Record<string, unknown> | undefined)?.['/Type'] === '/Page');
    expect(pages.length).toBeGreaterThan(0);
    for (const p of pages) expect(p.value).not.toHaveProperty('/UserUnit');
    for (const o of values) if (o.stream) expect(o.stream.dict).not.toHaveProperty('/length');
  });
});
