// The colophon on a publication's back page (Luật Xuất bản 2012), through the
// API as the editor calls it: printed under a contract, the print run, the
// printer, the date printed and the size come from that contract (the
// licence stays the publication's own); without one, the publication's own
// variables. And the four samples still fit their pages with it.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExportStatus } from '../../../contract/exports.js';
import type { RenderResult } from '../../../contract/publications.js';
import { preflightPublication } from '../../../engine/index.js';
import { openTestApi, type TestApi } from '../../helpers/api.js';
import { requireTools, run } from '../../helpers/tools.js';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const popplerOk = requireTools('pdftotext');
const sample = (name: string) => JSON.parse(readFileSync(join(ROOT, 'samples', `${name}-tgpl.json`), 'utf8')) as Record<string, any>;

let api: TestApi;
beforeAll(async () => {
  api = await openTestApi('colophon');
  // Contract 01/2022/HĐ-TGPL prints 11 000 leaflets "to-gap-2022" at Công ty Cổ phần In Lạng Sơn, delivered in full on 28/10/2022.
  api.services.records.importBundle(JSON.parse(readFileSync(join(ROOT, 'samples', 'bundle-2022.json'), 'utf8')));
}, 60_000);
afterAll(() => api?.close());

/** The PDF's words with every run of white space (no-break spaces too) as one space. */
function pdfText(base64: string): string {
  const file = join(api.dir, 'out.pdf');
  writeFileSync(file, Buffer.from(base64, 'base64'));
  return run('pdftotext', [file, '-']).replace(/\s+/g, ' ');
}

/** The leaflet sample with a colophon of its own, the licence among it. */
function leafletWithOwnColophon() {
  const publication = sample('leaflet');
  publication.variables.colophon = {
    issuer: 'Trung tâm Trợ giúp pháp lý Nhà nước tỉnh Lạng Sơn',
    licence: 'Giấy phép xuất bản số 15/GP-STTTT ngày 20/9/2022',
    printRun: '999',
    printer: 'Xưởng in thử',
  };
  return publication;
}

describe.skipIf(!popplerOk)('colophon', () => {
  it('printed under a contract: that contract\'s print run, printer, date printed and the pack\'s size; the licence stays the publication\'s', async () => {
    const result = await api.ok<RenderResult>('render.preview', { publication: leafletWithOwnColophon(), publicationId: 'to-gap-2022' });
    const text = pdfText(result.pdfBase64);
    expect(text).toContain('Số lượng in: 11.000 bản.');
    expect(text).toContain('In tại Công ty Cổ phần In Lạng Sơn.');
    expect(text).toContain('In xong ngày 28/10/2022.');
    expect(text).toContain('Khổ 29,7 × 21 cm.');
    expect(text).toContain('Giấy phép xuất bản số 15/GP-STTTT ngày 20/9/2022.');
    expect(text).not.toContain('999');
    expect(text).not.toContain('Xưởng in thử');
  });

  it('the printer PDF export fills it the same way', async () => {
    const { jobId } = await api.ok<{ jobId: string }>('exports.start', { kind: 'pdf', publication: leafletWithOwnColophon(), publicationId: 'to-gap-2022' });
    for (let i = 0; i < 600 && (await api.ok<ExportStatus>('exports.progress', { jobId })).state === 'running'; i++) await new Promise((r) => setTimeout(r, 100));
    const file = await api.ok<{ base64: string }>('exports.result', { jobId });
    const text = pdfText(file.base64);
    expect(text).toContain('Số lượng in: 11.000 bản.');
    expect(text).toContain('In tại Công ty Cổ phần In Lạng Sơn.');
  }, 120_000);

  it('without a contract for it: the publication\'s own fields only', async () => {
    for (const publicationId of [undefined, 'no-contract-prints-this']) {
      const result = await api.ok<RenderResult>('render.preview', { publication: leafletWithOwnColophon(), ...(publicationId && { publicationId }) });
      const text = pdfText(result.pdfBase64);
      expect(text).toContain('Số lượng in: 999 bản.');
      expect(text).toContain('In tại Xưởng in thử.');
      expect(text).not.toContain('11.000');
      expect(text).not.toContain('In xong ngày');
    }
  });

  it('a publication with no colophon of its own gets one from its contract', async () => {
    const publication = sample('leaflet');
    delete publication.variables.colophon;
    const result = await api.ok<RenderResult>('render.preview', { publication, publicationId: 'to-gap-2022' });
    expect(pdfText(result.pdfBase64)).toContain('Trung tâm Trợ giúp pháp lý Nhà nước tỉnh Lạng Sơn. Khổ 29,7 × 21 cm. Số lượng in: 11.000 bản.');
  });
});

describe('the samples with their colophon', () => {
  it.each(['leaflet', 'pocketbook', 'handbook', 'notebook'])('%s: fits its pages (no overflow, no error) and prints the colophon', async (name) => {
    const findings = await preflightPublication(sample(name), { ...api.services.pipeline, baseDir: join(ROOT, 'samples') });
    expect(findings.filter((f) => f.severity === 'error' || /overflow/.test(f.code))).toEqual([]);
    if (!popplerOk) return;
    const result = await api.ok<RenderResult>('render.preview', { publication: sample(name) });
    expect(pdfText(result.pdfBase64)).toMatch(/Trung tâm Trợ giúp pháp lý Nhà nước tỉnh Lạng Sơn\. Khổ [\d,]+ × [\d,]+ cm\./);
  }, 120_000);
});
