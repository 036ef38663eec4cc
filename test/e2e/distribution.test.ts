// Distribution in Debian Chromium against `cli serve`, on the sample 2022
// bundle: an over-distribution is refused with the shortfall named, a
// distribution is recorded, and the report's matrix cell and chart follow;
// the handover record and the report download with the numbers typed for them.
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireTools, run } from '../helpers/tools.js';
import type { RunningServer } from './server.js';
import { openSession, type BrowserSession } from './session.js';

const ok = requireTools('chromium', 'pdftotext');
const root = resolve(import.meta.dirname, '../..');
const shots = join(root, 'test-output', 'e2e');

describe.skipIf(!ok)('distribution in the browser', () => {
  let session: BrowserSession | undefined;
  let server: RunningServer | undefined;
  let page: Page;
  let temp = '';

  beforeAll(async () => {
    session = await openSession('distribution', { viewport: { width: 1400, height: 1000 }, bundle: 'samples/bundle-2022.json', acceptDownloads: true });
    ({ server, page, temp } = session);
  });

  /** The first page's text of the PDF a click downloads. */
  async function downloadedText(click: () => Promise<void>): Promise<string> {
    const [download] = await Promise.all([page.waitForEvent('download'), click()]);
    const file = join(temp, download.suggestedFilename());
    await download.saveAs(file);
    return run('pdftotext', ['-l', '1', file, '-']).replace(/\s+/g, ' ');
  }

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

  it('downloads the handover record and the report with the numbers typed for them', async () => {
    await page.goto(`${server!.url}#/distributions`);
    await page.getByLabel('Chọn lần cấp phát ngày 20/12/2022 cho Huyện Đình Lập').check();
    // The number beside the handover buttons (its hint is part of its name), not the distribution's own field.
    await page.getByLabel(/^Số biên bản\s*Ví dụ 7/).fill('7');
    const handover = await downloadedText(() => page.getByRole('button', { name: 'Biên bản (PDF)' }).click());
    expect(handover).toContain('Số: 07/BB-TGPL');
    expect(handover).toContain('BIÊN BẢN GIAO NHẬN TÀI LIỆU');

    await page.getByRole('link', { name: 'Báo cáo' }).click();
    await page.getByLabel('Số báo cáo (Word, PDF)').fill('12');
    const report = await downloadedText(() => page.getByRole('button', { name: 'Xuất PDF' }).click());
    expect(report).toContain('Số: 12/BC-TGPL');
    expect(report).toContain('SỞ TƯ PHÁP TỈNH LẠNG SƠN');
  });
});
