// Distribution in Debian Chromium against `cli serve`, on the sample 2022
// bundle: an over-distribution is refused with the shortfall named, a
// distribution is recorded, and the report's matrix cell and chart follow.
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireTools } from '../helpers/tools.js';
import type { RunningServer } from './server.js';
import { openSession, type BrowserSession } from './session.js';

const ok = requireTools('chromium');
const root = resolve(import.meta.dirname, '../..');
const shots = join(root, 'test-output', 'e2e');

describe.skipIf(!ok)('distribution in the browser', () => {
  let session: BrowserSession | undefined;
  let server: RunningServer | undefined;
  let page: Page;

  beforeAll(async () => {
    session = await openSession('distribution', { viewport: { width: 1400, height: 1000 }, bundle: 'samples/bundle-2022.json' });
    ({ server, page } = session);
  });

  afterAll(async () => {
    await session?.close();
  });

  /** A bar's drawn width, relative to the Tràng Định bar (the chart scales to its longest bar). */
  const bar = (label: string) => page.getByTestId('chart-units').locator(`g[data-label="${label}"]`);
  const relativeWidth = async () =>
    Number(await bar('Huyện Đình Lập').locator('rect.bar').getAttribute('width')) / Number(await bar('Huyện Tràng Định').locator('rect.bar').getAttribute('width'));

  it('refuses an over-distribution, records one, and the matrix and chart change', async () => {
    await page.goto(`${server!.url}#/reports`);
    const cell = page.getByTestId('cell-dinh-lap-so-tay-2022');
    await expect.poll(() => cell.textContent()).toBe('40');
    expect(await relativeWidth()).toBeCloseTo(1, 5);

    await page.goto(`${server!.url}#/distributions`);
    const form = page.getByRole('form', { name: 'Ghi cấp phát' });
    await form.getByLabel('Ngày cấp phát').fill('20/12/2022');
    await form.getByLabel('Đơn vị nhận').selectOption({ label: 'Huyện Đình Lập' });
    await form.getByLabel('Ấn phẩm').selectOption({ label: 'Sổ tay trợ giúp pháp lý (tồn 110)' });
    await form.getByLabel('Số lượng').fill('111');
    await form.getByRole('button', { name: 'Ghi cấp phát' }).click();
    const refusal = form.getByRole('alert');
    await refusal.waitFor();
    expect(await refusal.textContent()).toMatch(/20\/12\/2022.*chỉ còn 110 bản: thiếu 1 bản "Sổ tay trợ giúp pháp lý"/);

    await form.getByLabel('Số lượng').fill('60');
    await form.getByLabel('Người nhận').fill('Phòng Tư pháp huyện Đình Lập');
    await form.getByRole('button', { name: 'Ghi cấp phát' }).click();
    await page.getByRole('status').filter({ hasText: 'Đã ghi lần cấp phát.' }).waitFor();
    await page.screenshot({ path: join(shots, 'distribution-form.png'), fullPage: true });

    await page.getByRole('link', { name: 'Báo cáo' }).click();
    await expect.poll(() => page.getByTestId('cell-dinh-lap-so-tay-2022').textContent()).toBe('100');
    expect(await page.getByTestId('unit-total-dinh-lap').textContent()).toBe('1.330');
    expect(await bar('Huyện Đình Lập').getAttribute('data-value')).toBe('1330');
    expect(await relativeWidth()).toBeCloseTo(1330 / 1270, 5);
    await page.screenshot({ path: join(shots, 'distribution-report.png'), fullPage: true });
  });
});
