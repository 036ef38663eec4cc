// Preflight gives the SAME findings from the app (render.preview) and from
// `npm run cli -- preflight FILE --data DIR` (one function,
// services/library/preflight-checks.ts): the warning at a block citing an
// amended act by number or by name and year, naming the amending act and its
// date; what the Centre changed in its store (an imported act, the hotline)
// in both; and the CLI only reads the store.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Finding } from '../../../contract/findings.js';
import type { RenderResult } from '../../../contract/publications.js';
import { DEFAULT_HOTLINE } from '../../../contract/settings.js';
import { openTestApi, type TestApi } from '../../helpers/api.js';
import shipped from '../../../services/library/laws-shipped-before.json';

const ROOT = join(import.meta.dirname, '..', '..', '..');
let api: TestApi;
let work: string;
beforeAll(async () => {
  api = await openTestApi('preflight-parity');
  work = mkdtempSync(join(tmpdir(), 'anpham-preflight-parity-'));
});
afterAll(() => {
  api.close();
  rmSync(work, { recursive: true, force: true });
});

const leaflet = (...texts: string[]) => ({
  format: 'anpham/publication@1',
  template: 'leaflet-trifold-a4',
  meta: { title: 'Thử trích dẫn', year: 2026 },
  variables: { centre: { name: 'Trung tâm Trợ giúp pháp lý Nhà nước tỉnh Lạng Sơn' }, hotline: DEFAULT_HOTLINE },
  slots: { body: [{ type: 'paragraph', text: 'Mở đầu.' }, ...texts.map((text) => ({ type: 'paragraph', text }))] },
});

const CITING = leaflet(
  'Theo Luật Trợ giúp pháp lý 2017, người dân tộc thiểu số ở vùng đặc biệt khó khăn được trợ giúp pháp lý.',
  'Điều 7 Luật số 11/2017/QH14 kể ra người được trợ giúp pháp lý.',
  'Luật Trợ giúp pháp lý năm 2017 (được sửa đổi, bổ sung bởi Luật số 53/2024/QH15) kể ra người được trợ giúp.',
);

/** `npm run cli -- preflight` on the sources (the bundle may be older than them while this runs). */
function cliPreflight(publication: unknown, data: string): Finding[] {
  const file = join(work, `pub-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(file, JSON.stringify(publication));
  const r = spawnSync('npm', ['run', '--silent', 'cli', '--', 'preflight', file, '--json', '--data', data], {
    cwd: ROOT, encoding: 'utf8', env: { ...process.env, ANPHAM_CLI: 'source' }, timeout: 120_000,
  });
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return (JSON.parse(r.stdout) as { findings: Finding[] }).findings;
}
const preview = async (publication: unknown) => (await api.ok<RenderResult>('render.preview', { publication })).findings;
const legal = (findings: Finding[]) => findings.filter((f) => /^(law-|sample-contact|hotline-)/.test(f.code));

describe('preflight: the app and the CLI give the same findings', () => {
  it('warns at each block citing Luật Trợ giúp pháp lý 2017 or 11/2017/QH14, naming 53/2024/QH15 and 01/7/2025, but not where the amendment is cited too', async () => {
    const app = await preview(CITING);
    const amended = app.filter((f) => f.code === 'law-amended');
    expect(amended.map((f) => f.source)).toEqual([{ slot: 'body', index: 1 }, { slot: 'body', index: 2 }]);
    for (const f of amended) {
      expect(f.severity).toBe('warning');
      expect(f.message).toContain('Luật Trợ giúp pháp lý số 11/2017/QH14');
      expect(f.message).toContain('Luật Phòng, chống mua bán người số 53/2024/QH15 từ ngày 01/7/2025');
      expect(f.message).toContain('khoản 6a Điều 7');
    }
    expect(cliPreflight(CITING, api.dir)).toEqual(app);
  });

  it('follow what the Centre changed in its store: an imported act and the hotline', async () => {
    const csv = 'number;title;type;status;changedBy;changedOn\n60/2014/QH13;Luật Hộ tịch;law;amended;99/2026/QH15;01/01/2027\n';
    await api.ok('laws.import', { fileName: 'ho-tich.csv', base64: Buffer.from(csv).toString('base64'), by: 'Thử nghiệm' });
    const settings = await api.ok<Record<string, unknown>>('settings.get', {});
    await api.ok('settings.save', { settings: { ...settings, hotline: { ...DEFAULT_HOTLINE, number: '0205 3 812 999' } } });

    const publication = leaflet('Đăng ký kết hôn được miễn lệ phí (Điều 11 Luật Hộ tịch năm 2014).');
    const app = await preview(publication);
    expect(legal(app).map((f) => f.code)).toEqual(['law-amended', 'hotline-differs']);
    expect(app.find((f) => f.code === 'law-amended')!.message).toMatch(/văn bản số 99\/2026\/QH15 từ ngày 01\/01\/2027/);
    expect(app.find((f) => f.code === 'hotline-differs')!.message).toContain('số «1800.1233» thay vì «0205 3 812 999»');
    expect(cliPreflight(publication, api.dir)).toEqual(app);
  });

  it('the CLI only reads the store: the file is not touched, and a folder without one stays empty', async () => {
    const storeFile = join(api.dir, 'store.json');
    const before = { text: readFileSync(storeFile, 'utf8'), mtime: statSync(storeFile).mtimeMs };
    cliPreflight(CITING, api.dir);
    expect({ text: readFileSync(storeFile, 'utf8'), mtime: statSync(storeFile).mtimeMs }).toEqual(before);

    // No store: the registry the app ships, as a new store would have it.
    const none = join(work, 'khong-co-kho');
    expect(legal(cliPreflight(CITING, none)).map((f) => f.code)).toEqual(['law-amended', 'law-amended']);
    expect(existsSync(none)).toBe(false);
  });

  it('the CLI reads a store the app has not yet brought up to this registry as the app will (in memory)', () => {
    const old = join(work, 'kho-cu');
    const laws = Object.fromEntries(Object.entries(shipped.acts).map(([id, versions]) => [id, versions.at(-1)]));
    mkdirSync(old);
    const text = JSON.stringify({ schemaVersion: 5, library: { items: {}, laws } });
    writeFileSync(join(old, 'store.json'), text);
    expect(legal(cliPreflight(CITING, old)).map((f) => f.code)).toEqual(['law-amended', 'law-amended']);
    expect(readFileSync(join(old, 'store.json'), 'utf8')).toBe(text);
  });
});
