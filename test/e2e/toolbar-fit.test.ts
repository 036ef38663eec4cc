// The book editor at 1280 × 800, a common office laptop screen: the
// publication's title in the toolbar is shown whole (wrapped, never cut with
// an ellipsis) and no toolbar control reaches past the window's edge.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireTools } from '../helpers/tools.js';
import { publicationFromSample } from './in-page-api.js';
import { openSession, SHOTS, type BrowserSession } from './session.js';

const ok = requireTools('chromium');
const VIEWPORT = { width: 1280, height: 800 };

interface Fit {
  title: { text: string; scrollWidth: number; clientWidth: number; scrollHeight: number; clientHeight: number };
  /** Controls whose box reaches outside the window, or outside the toolbar's own column. */
  outside: string[];
}

/** What the toolbar's layout looks like from the page, measured after fonts are in. */
function measure(page: Page): Promise<Fit> {
  return page.evaluate(() => {
    const toolbar = document.querySelector<HTMLElement>('.editor-pane .toolbar')!;
    const title = toolbar.querySelector<HTMLElement>('.editor-title')!;
    const bar = toolbar.getBoundingClientRect();
    const outside = [...toolbar.querySelectorAll<HTMLElement>('button, [role="status"], .save-line, h1')]
      .filter((el) => {
        const box = el.getBoundingClientRect();
        if (box.width === 0 && box.height === 0) return false;
        return box.left < 0 || box.right > window.innerWidth || box.left < bar.left - 0.5 || box.right > bar.right + 0.5;
      })
      .map((el) => `${el.tagName.toLowerCase()} "${el.textContent?.trim()}"`);
    return {
      title: { text: title.textContent ?? '', scrollWidth: title.scrollWidth, clientWidth: title.clientWidth, scrollHeight: title.scrollHeight, clientHeight: title.clientHeight },
      outside,
    };
  });
}

describe.skipIf(!ok)('the book editor toolbar at 1280 px', () => {
  let session: BrowserSession | undefined;
  let page: Page;

  beforeAll(async () => {
    session = await openSession('toolbar-fit', { viewport: VIEWPORT, locale: 'vi-VN' });
    page = session.page;
    await page.goto(session.server.url);
  });
  afterAll(async () => {
    await session?.close();
  });

  it('shows the handbook sample\'s whole title and keeps every control inside the window', async () => {
    const id = await publicationFromSample(page, 'handbook-tgpl.json');
    await page.goto(`${session!.server.url}#/p/${id}`);
    await page.locator('.editor-pane .toolbar .editor-title').waitFor();
    await expect.poll(async () => Number(await page.getByTestId('preview').getAttribute('data-drawn')), { timeout: 30_000 }).toBeGreaterThanOrEqual(1);
    await page.evaluate(() => document.fonts.ready);
    await page.screenshot({ path: join(SHOTS, 'toolbar-fit-1280.png') });

    const fit = await measure(page);
    expect(fit.title.text).toBe('Cẩm nang trợ giúp pháp lý cho đồng bào dân tộc thiểu số tỉnh Lạng Sơn');
    // Not cut: nothing scrolls out of the title's box either way.
    expect(fit.title.scrollWidth).toBeLessThanOrEqual(fit.title.clientWidth);
    expect(fit.title.scrollHeight).toBeLessThanOrEqual(fit.title.clientHeight);
    expect(fit.outside).toEqual([]);
    // Nor is the page itself wider than the window.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(VIEWPORT.width);
  });
});
