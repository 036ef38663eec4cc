// Units with history in Debian Chromium against `cli serve`, on a store with
// the 2022 sample's publications and stock but no units yet: the empty units
// screen explains the 2025 reorganisation and applies the preset; the tree
// shows the province, its xã and the retired districts; a body (Công an xã
// Thất Khê) is added under its xã, copies are handed to it, and the report
// counts them for the body, for its xã (by commune) and for Huyện Tràng Định
// (by former district).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireTools } from '../helpers/tools.js';
import type { RunningServer } from './server.js';
import { openSession, ROOT, SHOTS, type BrowserSession } from './session.js';

const ok = requireTools('chromium');

/** The 2022 sample without its units and what points at them: publications, contracts and stock only. */
function bundleWithoutUnits(): string {
  const sample = JSON.parse(readFileSync(join(ROOT, 'samples', 'bundle-2022.json'), 'utf8'));
  const file = join(SHOTS, 'units-history-bundle.json');
  writeFileSync(file, JSON.stringify({ ...sample, units: [], distributions: [], events: [], allocations: [] }));
  return file;
}

describe.skipIf(!ok)('units with history in the browser', () => {
  let session: BrowserSession | undefined;
  let server: RunningServer | undefined;
  let page: Page;

  beforeAll(async () => {
    session = await openSession('units-history', { viewport: { width: 1400, height: 1000 }, bundle: bundleWithoutUnits() });
    ({ server, page } = session);
  });

  afterAll(async () => {
    await session?.close();
  });

  /** A unit's row, by its code or (the body, whose code is made up) its name; a name alone may also be a xã's former district. */
  const row = (cell: string) => page.getByRole('table', { name: 'Danh sách đơn vị' }).getByRole('row').filter({ has: page.getByRole('cell', { name: cell, exact: true }) });

  it('applies the 2025 preset from the empty screen, adds a body under a xã, and the report counts its copies for the xã and the former district', async () => {
    await page.goto(`${server!.url}#/units`);
    await page.getByRole('heading', { name: 'Từ 01/7/2025 không còn cấp huyện' }).waitFor();
    await page.screenshot({ path: join(SHOTS, 'units-empty.png') });
    await page.getByRole('button', { name: 'Thêm 65 xã, phường từ 01/7/2025' }).first().click();
    await page.getByRole('status').filter({ hasText: 'Đã thêm 77 đơn vị' }).waitFor();
    expect(await page.getByRole('heading', { name: 'Từ 01/7/2025 không còn cấp huyện' }).count()).toBe(0);

    // The tree: the province at the top, its xã under it, the districts retired.
    expect(await row('lang-son').getAttribute('data-depth')).toBe('0');
    expect(await row('that-khe').getAttribute('data-depth')).toBe('1');
    expect(await row('that-khe').innerText()).toMatch(/xã\s+Huyện Tràng Định/);
    expect(await row('ky-lua').innerText()).toMatch(/phường\s+Thành phố Lạng Sơn/);
    expect(await row('trang-dinh').innerText()).toContain('Thôi áp dụng từ 01/07/2025');
    await page.getByLabel(/^Hiện/).selectOption({ label: 'Đang áp dụng' });
    expect(await row('trang-dinh').count()).toBe(0);
    expect(await row('that-khe').count()).toBe(1);
    await page.getByLabel(/^Hiện/).selectOption({ label: 'Tất cả' });

    // A body under the xã, with its type.
    const form = page.getByRole('form', { name: 'Thêm đơn vị' });
    await form.getByLabel(/^Tên đơn vị/).fill('Công an xã Thất Khê');
    await form.getByLabel(/^Cấp/).selectOption({ label: 'cơ quan' });
    await form.getByLabel(/^Loại cơ quan/).selectOption({ label: 'công an xã, phường' });
    await form.getByLabel(/^Thuộc xã, phường/).selectOption({ label: 'Xã Thất Khê' });
    await form.getByRole('button', { name: 'Thêm đơn vị' }).click();
    await page.getByRole('status').filter({ hasText: 'Đã thêm Công an xã Thất Khê.' }).waitFor();
    expect(await row('Công an xã Thất Khê').getAttribute('data-depth')).toBe('2');
    expect(await row('Công an xã Thất Khê').innerText()).toContain('công an xã, phường');
    const body = (await row('Công an xã Thất Khê').getByRole('cell').first().innerText()).trim();
    expect(body).toBe('cong-an-xa-that-khe');
    await page.screenshot({ path: join(SHOTS, 'units-history.png'), fullPage: false });

    // Copies handed to it.
    await page.goto(`${server!.url}#/distributions`);
    const record = page.getByRole('form', { name: 'Ghi cấp phát' });
    await record.getByLabel('Ngày cấp phát').fill('15/03/2026');
    await record.getByLabel('Đơn vị nhận').selectOption({ label: 'Công an xã Thất Khê' });
    const sotay = await record.getByLabel('Ấn phẩm').locator('option', { hasText: 'Sổ tay trợ giúp pháp lý' }).getAttribute('value');
    await record.getByLabel('Ấn phẩm').selectOption(sotay!);
    await record.getByLabel('Số lượng').fill('25');
    await record.getByRole('button', { name: 'Ghi cấp phát' }).click();
    await page.getByRole('status').filter({ hasText: 'Đã ghi lần cấp phát.' }).waitFor();

    // The report: for the body, for its xã, for the former district.
    await page.goto(`${server!.url}#/reports`);
    await expect.poll(() => page.getByTestId(`cell-${body}-${sotay}`).textContent()).toBe('25');
    const by = page.getByLabel(/^Gộp theo/);
    await by.selectOption('commune');
    await expect.poll(() => page.getByTestId(`cell-that-khe-${sotay}`).textContent()).toBe('25');
    expect(await page.getByTestId(`unit-total-${body}`).count()).toBe(0);
    expect(await page.getByRole('table', { name: 'Cấp phát theo đơn vị và ấn phẩm' }).locator('thead').innerText()).toMatch(/^Xã, phường/);
    await by.selectOption('former-district');
    await expect.poll(() => page.getByTestId('unit-total-trang-dinh').textContent()).toBe('25');
    expect(await page.getByTestId('unit-total-that-khe').count()).toBe(0);
    expect(await page.getByTestId('unit-total-dinh-lap').textContent()).toBe('0');
    await page.screenshot({ path: join(SHOTS, 'report-by-former-district.png'), fullPage: true });
  });
});
