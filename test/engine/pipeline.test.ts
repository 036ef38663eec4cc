import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../contract/errors.js';
import { createPipelineContext, preflightPublication, renderPublication } from '../../engine/index.js';
import type { LaidOutDocument } from '../../engine/layout/types.js';
import { ROOT } from './layout-fixtures.js';

const ctx = { ...createPipelineContext({ appRoot: ROOT, creationDate: new Date('2022-10-05T00:00:00Z') }), baseDir: join(ROOT, 'samples') };
const sampleText = readFileSync(join(ROOT, 'samples', 'leaflet-tgpl.json'), 'utf8');
const sample = () => JSON.parse(sampleText);
const allText = (doc: LaidOutDocument) => doc.pages.flatMap((p) => p.items.flatMap((i) => (i.type === 'text' ? [i.text] : []))).join(' ');

/** Every string in a JSON value, decomposed. */
const toNFD = (v: unknown): unknown =>
  typeof v === 'string' ? v.normalize('NFD') : Array.isArray(v) ? v.map(toNFD) : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, toNFD(x)])) : v;

describe('renderPublication', () => {
  it('renders the sample leaflet to two sides with no errors', async () => {
    const r = await renderPublication(sampleText, ctx);
    expect(r.pack.definition.id).toBe('leaflet-trifold-a4');
    expect(r.layout.pages).toHaveLength(2);
    expect(r.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(r.pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(allText(r.layout)).toContain(r.publication.meta.title.split(' ')[0]);
  });

  it('lays out decomposed input exactly as the composed one', async () => {
    const nfc = await renderPublication(sample(), ctx);
    const nfd = await renderPublication(toNFD(sample()), ctx);
    expect(allText(nfd.layout)).toBe(allText(nfc.layout));
    expect(allText(nfd.layout)).toBe(allText(nfd.layout).normalize('NFC'));
    expect(nfd.pdf.equals(nfc.pdf)).toBe(true);
  });

  it('names the file and field of a publication it cannot use', async () => {
    const fileCtx = { ...ctx, file: 'to-gap.json' };
    await expect(renderPublication({ ...sample(), template: 'khong-co' }, fileCtx)).rejects.toMatchObject({ name: 'InputError', file: 'to-gap.json', field: 'template' });
    await expect(renderPublication('{ "format": ', fileCtx)).rejects.toBeInstanceOf(InputError);
  });

  it('finds the overflow of a body too long for the leaflet', async () => {
    const long = sample();
    long.slots.body = [...long.slots.body, ...long.slots.body, ...long.slots.body];
    const findings = await preflightPublication(long, ctx);
    const overflow = findings.filter((f) => f.code === 'overflow');
    expect(overflow).toHaveLength(1);
    expect(overflow[0].severity).toBe('error');
    expect(overflow[0].message).toContain('"Nội dung"');
    expect(overflow[0].source?.slot).toBe('body');
  });
});
