// The first run, the settings and the recent list in Debian Chromium against `cli serve` with a fresh data
// folder: the first-run sample, undo/redo and Ctrl+S in the editor, the
// Centre's details from Cài đặt in a new leaflet, and "Mở gần đây".
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireTools } from '../helpers/tools.js';
import type { RunningServer } from './server.js';
import { openSession, type BrowserSession } from './session.js';
import { callApi } from './in-page-api.js';

const ok = requireTools('chromium');
const root = resolve(import.meta.dirname, '../..');
const shots = join(root, 'test-output', 'e2e');
const CENTRE_NAME = 'Chi nhánh Trợ giúp pháp lý số 2 huyện Cao Lộc';

describe.skipIf(!ok)('first run, settings and recent list in the browser', () => {
  let session: BrowserSession | undefined;
  let server: RunningServer | undefined;
  let page: Page;

  beforeAll(async () => {
    session = await openSession('first-run', { viewport: { width: 1600, height: 1000 } });
    ({ server, page } = session);
  });

  afterAll(async () => {
    await session?.close();
  });

  /** The publication as stored now, read through the API from inside the page. */
  const stored = (id: string) => callApi<{ updatedAt: string; publication: { meta: { title: string } } }>(page, 'publications.get', { id });
  const drawnCount = async () => Number(await page.getByTestId('preview').getAttribute('data-drawn'));
  const openId = () => /#\/p\/(.+)$/.exec(page.url())![1];

  it('offers the sample on first run; undo, redo and Ctrl+S go through autosave and the preview', async () => {
    await page.goto(server!.url);
    await page.getByRole('button', { name: 'Mở ấn phẩm mẫu' }).click();
    await page.waitForURL(/#\/p\//);
    const title = page.getByLabel('Tiêu đề', { exact: true }).first();
    await expect.poll(() => title.inputValue(), { timeout: 20_000 }).toBe('Trợ giúp pháp lý miễn phí cho người dân tộc thiểu số');
    await expect.poll(drawnCount, { timeout: 30_000 }).toBeGreaterThanOrEqual(1);
    const id = openId();
    const original = await title.inputValue();
    const undo = page.getByRole('button', { name: 'Hoàn tác' });
    expect(await undo.isDisabled()).toBe(true);

    await title.click();
    await title.press('End');
    await title.pressSequentially(' Lạng', { delay: 30 });
    await expect.poll(async () => (await stored(id)).publication.meta.title, { timeout: 20_000 }).toBe(`${original} Lạng`);
    const drawnBefore = await drawnCount();

    await page.keyboard.press('Control+z');
    expect(await title.inputValue()).toBe(original);
    await expect.poll(async () => (await stored(id)).publication.meta.title, { timeout: 20_000 }).toBe(original);
    await expect.poll(drawnCount, { timeout: 30_000 }).toBeGreaterThan(drawnBefore);
    expect(await page.getByRole('button', { name: 'Làm lại' }).isDisabled()).toBe(false);

    await page.keyboard.press('Control+Shift+Z');
    expect(await title.inputValue()).toBe(`${original} Lạng`);
    await expect.poll(async () => (await stored(id)).publication.meta.title, { timeout: 20_000 }).toBe(`${original} Lạng`);

    // Ctrl+S saves at once even with nothing pending: the stored time moves and the status says so.
    const savedAt = (await stored(id)).updatedAt;
    await page.keyboard.press('Control+s');
    await expect.poll(async () => (await stored(id)).updatedAt, { timeout: 10_000 }).not.toBe(savedAt);
    await expect.poll(() => page.getByTestId('save-status').innerText(), { timeout: 10_000 }).toMatch(/^Đã lưu lúc \d\d:\d\d$/);
    expect(await page.getByTestId('shortcut-help').innerText()).toContain('Ctrl+E');

    // While a "Xoá…" question is open, Ctrl+Z must not act behind it.
    const remove = page.locator('.block-list button', { hasText: 'Xoá…' }).first();
    await remove.focus();
    await page.keyboard.press('Enter');
    await page.getByText('Xoá khối này?').waitFor();
    await page.keyboard.press('Control+z');
    expect(await title.inputValue()).toBe(`${original} Lạng`);
    await page.keyboard.press('Escape');
    await page.getByText('Xoá khối này?').waitFor({ state: 'detached' });
    await page.screenshot({ path: join(shots, 'comfort-1-sample-editor.png') });
  });

  it('puts the Centre\'s name from Cài đặt into a new leaflet, and lists it first under "Mở gần đây"', async () => {
    await page.getByRole('link', { name: 'Cài đặt' }).click();
    await page.getByLabel('Tên đơn vị', { exact: true }).fill(CENTRE_NAME);
    await page.getByRole('button', { name: 'Lưu cài đặt' }).click();
    await page.getByText('Đã lưu thông tin Trung tâm').waitFor();
    await page.screenshot({ path: join(shots, 'comfort-2-settings.png') });

    await page.goto(`${server!.url}#/`);
    await page.getByRole('button', { name: 'Tạo tờ gấp mới' }).first().click();
    await page.waitForURL(/#\/p\//);
    const id = openId();
    await expect.poll(() => page.getByLabel('Tên đơn vị', { exact: true }).inputValue(), { timeout: 20_000 }).toBe(CENTRE_NAME);

    await page.goto(`${server!.url}#/`);
    await page.reload();
    const recent = page.getByTestId('recent-list').getByRole('link');
    await expect.poll(() => recent.count(), { timeout: 20_000 }).toBe(2);
    expect(await recent.first().getAttribute('href')).toBe(`#/p/${id}`);
    await page.screenshot({ path: join(shots, 'comfort-3-recent.png'), fullPage: true });
  });
});
