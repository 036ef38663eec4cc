// The contact box in preflight: an example address or phone the app ships is
// warned about until the Centre's own are taken from Cài đặt, and a hotline
// other than the settings' is warned about, field by field. The list of
// example values is data (services/library/sample-contact-values.json) and
// must name every example the samples and the packs' starters ship.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RenderResult, StoredPublication } from '../../../contract/publications.js';
import { DEFAULT_HOTLINE, withCentre } from '../../../contract/settings.js';
import { SAMPLE_CONTACT_VALUES, contactFindings } from '../../../services/library/contact-checks.js';
import { openTestApi, type TestApi } from '../../helpers/api.js';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const json = (path: string) => JSON.parse(readFileSync(join(ROOT, path), 'utf8'));
const SHIPPED = [
  ...readdirSync(join(ROOT, 'samples')).filter((f) => f.endsWith('.json')).map((f) => `samples/${f}`),
  ...readdirSync(join(ROOT, 'templates')).map((d) => `templates/${d}/starter.json`),
].filter((path) => json(path).variables);
const SAMPLE = json('samples/leaflet-tgpl.json');

let api: TestApi;
beforeAll(async () => {
  api = await openTestApi('contact-checks');
});
afterAll(() => api.close());
const preview = async (publication: unknown) => (await api.ok<RenderResult>('render.preview', { publication })).findings;

describe('example contact values', () => {
  it('the list names every example address, phone and email shipped in samples/ and the packs\' starter.json', () => {
    expect(SHIPPED.length).toBeGreaterThanOrEqual(8);
    for (const path of SHIPPED) {
      const centre = json(path).variables.centre ?? {};
      for (const field of Object.keys(SAMPLE_CONTACT_VALUES)) {
        if (centre[field]) expect(SAMPLE_CONTACT_VALUES[field], `${path}: ${field}`).toContain(centre[field]);
      }
    }
  });

  it('warns while the sample leaflet keeps them, and not once the Centre\'s own are taken from Cài đặt', async () => {
    const warned = (await preview(SAMPLE)).filter((f) => f.code === 'sample-contact');
    expect(warned).toHaveLength(2);
    expect(warned.every((f) => f.severity === 'warning' && !f.source)).toBe(true);
    expect(warned.map((f) => f.message).join('\n')).toContain('số điện thoại mẫu «0205 3812 345»');
    expect(warned.map((f) => f.message).join('\n')).toContain(`địa chỉ mẫu «${SAMPLE.variables.centre.address}»`);

    const settings = { name: 'Trung tâm Trợ giúp pháp lý Nhà nước tỉnh Lạng Sơn', address: 'Số 9 đường Thử, phường Đông Kinh, tỉnh Lạng Sơn', phone: '0205 3 000 111' };
    expect((await preview(withCentre(SAMPLE, settings))).filter((f) => f.code === 'sample-contact')).toEqual([]);
    // The same number written another way is still the example.
    expect(contactFindings({ ...SAMPLE, variables: { centre: { phone: '0205.3812.345' } } }, DEFAULT_HOTLINE).map((f) => f.code)).toEqual(['sample-contact']);
  });
});

describe('the hotline against the settings', () => {
  it('the samples and a new publication print the settings\' hotline (no-break spaces aside): nothing to say', async () => {
    expect((await preview(SAMPLE)).filter((f) => f.code === 'hotline-differs')).toEqual([]);
    const { publication } = await api.ok<StoredPublication>('publications.create', { templateId: 'pocketbook-a6' });
    expect(contactFindings(publication, DEFAULT_HOTLINE)).toEqual([]);
  });

  it('names each field that differs; a publication without a hotline prints none and is not warned', () => {
    const old = { ...SAMPLE, variables: { ...SAMPLE.variables, hotline: { ...DEFAULT_HOTLINE, name: 'Tổng đài trợ giúp pháp lý', hours: 'giờ hành chính' } } };
    const [finding] = contactFindings(old, DEFAULT_HOTLINE).filter((f) => f.code === 'hotline-differs');
    expect(finding.severity).toBe('warning');
    expect(finding.message).toContain('tên «Tổng đài trợ giúp pháp lý» thay vì «Đường dây nóng trợ giúp pháp lý»');
    expect(finding.message).toContain('giờ làm việc «giờ hành chính»');
    expect(finding.message).not.toContain('số «');
    expect(contactFindings({ ...SAMPLE, variables: { centre: {} } }, DEFAULT_HOTLINE)).toEqual([]);
  });
});
