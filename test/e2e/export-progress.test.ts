// Long exports in Debian Chromium against `cli serve`: exporting a big
// handbook shows the progress bar with real page counts and ends in a
// download of that many pages; pressing Huỷ stops the export with the
// cancelled message and no download.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireTools, run } from '../helpers/tools.js';
import { openSession, ROOT, type BrowserSession } from './session.js';
import { callApi } from './in-page-api.js';

const ok = requireTools('chromium', 'pdfinfo');
const handbook = JSON.parse(readFileSync(join(ROOT, 'samples', 'handbook-tgpl.json'), 'utf8'));
/** Every string the sample handbook's body holds, run together: Vietnamese legal prose to set. */
const prose = (handbook.slots.body as unknown[]).flatMap(function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  return value && typeof value === 'object' ? Object.values(value).flatMap(strings) : [];
}).filter((text) => text.length > 40).join(' ');
/**
 * A ~500-page handbook made of long paragraphs: long enough that the export
 * runs well past the bar's 300 ms, yet only ~200 blocks, so the editor page
 * stays light and the test's clicks and the app's polls are not held up.
 */
const bigger = (title: string) => ({
  ...handbook,
  meta: { ...handbook.meta, title },
  slots: {
    ...handbook.slots,
    body: Array.from({ length: 40 }, (_, chapter) => [
      { type: 'heading', level: 1, text: `Chương ${chapter + 1}` },
      ...Array.from({ length: 4 }, (__, i) => ({ type: 'paragraph', text: prose.repeat(3).slice(i * 997, i * 997 + 6000) })),
    ]).flat(),
  },
});

/** Creates and saves a publication through the API, from inside the page (its per-run token). */
async function importPublication(page: Page, publication: unknown): Promise<string> {
  const { id } = await callApi<{ id: string }>(page, 'publications.create', { templateId: 'handbook-a5', title: 'x' });
  await callApi(page, 'publications.save', { id, publication });
  return id;
}

describe.skipIf(!ok)('long exports in the browser', () => {
  let session: BrowserSession | undefined;
  let page: Page;
  let downloads = 0;

  beforeAll(async () => {
    session = await openSession('export-progress', { viewport: { width: 1500, height: 950 }, acceptDownloads: true });
    page = session.page;
    page.on('download', () => downloads++);
    await page.goto(session.server.url);
  });
  afterAll(async () => {
    await session?.close();
  });

  const openEditor = async (id: string) => {
    await page.goto(`${session!.server.url}#/p/${id}`);
    await page.getByRole('button', { name: 'Xuất PDF in ấn' }).waitFor();
    // The book's preview is drawn and no new render is pending: the export is the only work left.
    await expect.poll(async () => Number(await page.getByTestId('preview').getAttribute('data-drawn')), { timeout: 60_000 }).toBeGreaterThanOrEqual(1);
    await expect.poll(() => page.getByText('Đang dựng lại…').count(), { timeout: 60_000 }).toBe(0);
  };
  const bar = () => page.getByRole('progressbar', { name: 'Tiến độ xuất tệp' });
  /** Records every state of the bar the page shows (value, maximum, value text), however briefly. */
  const recordBar = () =>
    page.evaluate(() => {
      const w = window as unknown as { barStates: string[] };
      w.barStates = [];
      const note = () => {
        const el = document.querySelector('[role=progressbar]');
        if (!el) return;
        const state = [el.getAttribute('aria-valuenow'), el.getAttribute('aria-valuemax'), el.getAttribute('aria-valuetext')].join('|');
        if (w.barStates.at(-1) !== state) w.barStates.push(state);
      };
      new MutationObserver(note).observe(document.body, { subtree: true, childList: true, attributes: true });
    });
  const barStates = async () => (await page.evaluate(() => (window as unknown as { barStates: string[] }).barStates)).map((s) => s.split('|'));

  it('shows the bar with pages painted out of the total, then downloads a PDF of that many pages', async () => {
    await openEditor(await importPublication(page, bigger('Cẩm nang dày')));
    await recordBar();
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 60_000 }),
      page.getByRole('button', { name: 'Xuất PDF in ấn' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('Cẩm nang dày.pdf');
    const pdf = join(session!.temp, 'big.pdf');
    await download.saveAs(pdf);
    const pages = Number(/Pages:\s+(\d+)/.exec(run('pdfinfo', [pdf]))?.[1]);
    expect(pages).toBeGreaterThan(400);
    await expect.poll(() => page.getByTestId('export-outcome').innerText()).toBe('Đã xuất «Cẩm nang dày.pdf».');
    expect(await bar().count()).toBe(0);

    // The bar was shown (the export ran past 300 ms) and counted the painted pages of this PDF, going up, named by its stage.
    const states = await barStates();
    expect(states.length).toBeGreaterThanOrEqual(1);
    const counted = states.filter(([now]) => now !== '');
    expect(counted.length).toBeGreaterThanOrEqual(1);
    expect(counted.every(([, max]) => Number(max) === pages)).toBe(true);
    const values = counted.map(([now]) => Number(now));
    expect(values).toEqual([...values].sort((a, b) => a - b));
    expect(values.every((v) => v > 0 && v <= pages)).toBe(true);
    expect(counted.at(-1)![2]).toMatch(new RegExp(`^Đang vẽ trang \\d+/${pages}$`));
  });

  it('Huỷ stops the export: the cancelled message, and no download', async () => {
    await openEditor(await importPublication(page, bigger('Cẩm nang rất dày')));
    const before = downloads;
    await page.getByRole('button', { name: 'Xuất PDF in ấn' }).click();
    await bar().waitFor({ timeout: 20_000 });
    // Huỷ is a real button: Enter on it cancels.
    await page.getByRole('button', { name: 'Huỷ' }).press('Enter');
    await expect.poll(() => page.getByTestId('export-outcome').innerText()).toBe('Đã huỷ xuất tệp. Không có tệp nào được tạo.');
    expect(await bar().count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Xuất PDF in ấn' }).isEnabled()).toBe(true);
    // Long enough for the whole book to have been painted had it gone on.
    await page.waitForTimeout(4000);
    expect(downloads).toBe(before);
  });
});
