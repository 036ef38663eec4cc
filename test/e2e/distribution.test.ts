// Distribution in Debian Chromium against `cli serve`, on the sample 2022
// bundle: an over-distribution is refused with the shortfall named, a
// distribution is recorded, and the report's matrix cell and chart follow.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireTools } from '../helpers/tools.js';
import { startServer, type RunningServer } from './server.js';

const ok = requireTools('chromium');
const root = resolve(import.meta.dirname, '../..');
const shots = join(root, 'test-output', 'e2e');

describe.skipIf(!ok)('distribution in the browser', () => {
  let server: RunningServer | undefined;
  let context: BrowserContext | undefined;
  let page: Page;
  let temp = '';

  beforeAll(async () => {
    temp = mkdtempSync(join(tmpdir(), 'anpham-e2e-distribution-'));
    mkdirSync(shots, { recursive: true });
    const data = join(temp, 'data');
    const imported = spawnSync(join(root, 'node_modules', '.bin', 'tsx'), ['electron/cli.ts', 'data', 'import', 'samples/bundle-2022.json', '--data', data], { cwd: root, encoding: 'utf8' });
    if (imported.status !== 0) throw new Error(imported.stderr);
    server = await startServer(root, data);
    context = await chromium.launchPersistentContext(join(temp, 'profile'), {
      executablePath: '/usr/bin/chromium',
      headless: true,
      viewport: { width: 1400, height: 1000 },
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    page = context.pages()[0] ?? (await context.newPage());
    page.on('pageerror', (e) => console.error('page error:', e.message));
  });

  afterAll(async () => {
    await context?.close().catch(() => undefined);
    server?.stop();
    if (temp) rmSync(temp, { recursive: true, force: true });
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
