// The UI's language in Debian Chromium against `cli serve`: Vietnamese at
// first, English after choosing it in the header (list, editor, settings),
// still English after a reload because the choice is kept in the settings,
// and Vietnamese again on the way back. Dates stay dd/mm/yyyy in English.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireTools } from '../helpers/tools.js';
import type { RunningServer } from './server.js';
import { openSession, type BrowserSession } from './session.js';
import { callApi } from './in-page-api.js';

const ok = requireTools('chromium');

describe.skipIf(!ok)('interface language in the browser', () => {
  let session: BrowserSession | undefined;
  let server: RunningServer | undefined;
  let page: Page;

  beforeAll(async () => {
    session = await openSession('language', { viewport: { width: 1600, height: 1000 } });
    ({ server, page } = session);
  });

  afterAll(async () => {
    await session?.close();
  });

  const heading = (name: string) => page.getByRole('heading', { name, exact: true });
  /** The language kept in the settings, read through the API from inside the page. */
  const storedLanguage = async () => (await callApi<{ language: string }>(page, 'settings.get', {})).language;

  it('starts in Vietnamese and switches the list, the editor and the settings to English', async () => {
    await page.goto(server!.url);
    await heading('Ấn phẩm').waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('vi');

    await page.getByLabel('Ngôn ngữ giao diện').selectOption('en');
    await heading('Publications').waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.getByRole('link', { name: 'Settings', exact: true }).waitFor();
    await heading('New from a template').waitFor();
    // Kind names come from a table outside the components: they follow the switch too.
    await page.getByRole('button', { name: 'New leaflet' }).first().waitFor();
    await expect.poll(storedLanguage, { timeout: 10_000 }).toBe('en');

    await page.getByRole('button', { name: 'Open the sample publication' }).click();
    await page.waitForURL(/#\/p\//);
    await page.getByRole('button', { name: 'Export print PDF' }).waitFor();
    expect(await page.getByRole('button', { name: 'Undo' }).isDisabled()).toBe(true);
    expect(await page.getByTestId('shortcut-help').innerText()).toBe('Shortcuts: Ctrl+S save now · Ctrl+Z undo · Ctrl+Shift+Z or Ctrl+Y redo · Ctrl+E export PDF');
    await page.getByRole('group', { name: /^Add a block to / }).waitFor();
    // The heading also counts the findings ("· 4 warnings").
    await page.getByRole('heading', { name: /^Checks before printing/ }).waitFor({ timeout: 30_000 });

    const title = page.getByLabel('Title', { exact: true }).first();
    await title.press('End');
    await title.pressSequentially(' 2', { delay: 30 });
    await expect.poll(() => page.getByTestId('save-status').innerText(), { timeout: 20_000 }).toMatch(/^Saved at \d\d:\d\d$/);

    await page.getByRole('button', { name: '← Publications' }).click();
    const row = page.getByTestId('publication-list').locator('tbody tr').first();
    await row.waitFor();
    // The office's conventions hold in English: the date reads dd/mm/yyyy.
    expect(await row.innerText()).toMatch(/Leaflet ·[\s\S]*\b\d\d\/\d\d\/\d{4} \d\d:\d\d\b/);

    await page.getByRole('link', { name: 'Settings', exact: true }).click();
    await heading('Settings').waitFor();
    await page.getByRole('button', { name: 'Save settings' }).waitFor();
    await page.getByLabel('Organisation name', { exact: true }).waitFor();
  });

  it('keeps English after a reload, and goes back to Vietnamese', async () => {
    await page.reload();
    await heading('Settings').waitFor();
    expect(await page.getByLabel('Interface language').inputValue()).toBe('en');

    await page.getByLabel('Interface language').selectOption('vi');
    await heading('Cài đặt').waitFor();
    await page.getByRole('button', { name: 'Lưu cài đặt' }).waitFor();
    await expect.poll(storedLanguage, { timeout: 10_000 }).toBe('vi');

    await page.reload();
    await page.getByRole('link', { name: 'Cài đặt', exact: true }).waitFor();
    await page.goto(`${server!.url}#/`);
    await heading('Ấn phẩm').waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('vi');
  });
});
