// Accessibility and the user guide's pictures, in Debian Chromium against
// `cli serve` on the sample 2022 bundle plus a leaflet and a handbook made
// from the samples. Every main screen is checked by axe (WCAG 2 A/AA; any
// serious or critical violation fails) and photographed for
// docs/huong-dan-su-dung.md; the list and the editor are walked with Tab.
//
// Pictures go to test-output/guide/ unless UPDATE_GUIDE_SCREENSHOTS=1, which
// rewrites docs/images/ — so an ordinary run never changes the tree, but
// still fails when the guide names a picture that is not committed.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import sharp from 'sharp';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireTools } from '../helpers/tools.js';
import type { RunningServer } from './server.js';
import { openSession, type BrowserSession } from './session.js';
import { callApi as call, publicationFromSample as fromSample } from './in-page-api.js';

const ok = requireTools('chromium');
const root = resolve(import.meta.dirname, '../..');
const updateGuide = process.env.UPDATE_GUIDE_SCREENSHOTS === '1';
const guideImages = join(root, 'docs', 'images');
const shots = updateGuide ? guideImages : join(root, 'test-output', 'guide');
const GUIDE = join(root, 'docs', 'huong-dan-su-dung.md');

interface Screen {
  /** The picture's file name in docs/images/. */
  name: string;
  hash: (ids: Ids) => string;
  /** Shown once the screen has its data. */
  ready: (page: Page) => Promise<unknown>;
}
interface Ids { leaflet: string; handbook: string; contract: string }

const heading = (name: string | RegExp) => (page: Page) => page.getByRole('heading', { name, level: 1 }).first().waitFor();
/** An editor is ready when its preview has drawn (a book: also its thumbnails). */
const previewDrawn = (page: Page) =>
  expect.poll(async () => Number(await page.getByTestId('preview').getAttribute('data-drawn')), { timeout: 30_000 }).toBeGreaterThanOrEqual(1);

const SCREENS: Screen[] = [
  { name: 'danh-sach.png', hash: () => '#/', ready: heading('Ấn phẩm') },
  { name: 'to-gap.png', hash: (ids) => `#/p/${ids.leaflet}`, ready: previewDrawn },
  {
    name: 'cam-nang.png', hash: (ids) => `#/p/${ids.handbook}`,
    ready: async (page) => {
      await previewDrawn(page);
      await page.getByTestId('outline').getByRole('button').first().waitFor();
      // The big page and the thumbnails in view are drawn one by one after the preview arrives.
      await page.locator('[data-page="1"][data-drawn="current"]').waitFor({ timeout: 30_000 });
      await page.locator('[data-page="2"][data-drawn="current"]').waitFor({ timeout: 30_000 });
      await page.getByTestId('page-view').locator('[data-current="true"]').first().waitFor({ timeout: 30_000 });
    },
  },
  { name: 'phien-ban.png', hash: (ids) => `#/p/${ids.leaflet}/versions`, ready: heading('Phiên bản và so sánh') },
  { name: 'thu-vien.png', hash: () => '#/library', ready: async (page) => { await heading('Thư viện nội dung')(page); await page.getByTestId('library-results').locator('li').first().waitFor(); } },
  { name: 'hop-dong.png', hash: () => '#/contracts', ready: async (page) => { await heading('Hợp đồng in')(page); await page.getByRole('link', { name: /\d/ }).first().waitFor(); } },
  { name: 'hop-dong-chi-tiet.png', hash: (ids) => `#/contracts/${ids.contract}`, ready: heading(/^Hợp đồng số/) },
  { name: 'co-so-in.png', hash: () => '#/printers', ready: heading('Cơ sở in') },
  { name: 'kho.png', hash: () => '#/stock', ready: async (page) => { await heading('Kho ấn phẩm')(page); await page.getByRole('table').first().locator('tbody tr').first().waitFor(); } },
  { name: 'don-vi.png', hash: () => '#/units', ready: async (page) => { await heading('Đơn vị nhận ấn phẩm')(page); await page.getByRole('cell', { name: 'Huyện Tràng Định' }).first().waitFor(); } },
  { name: 'cap-phat.png', hash: () => '#/distributions', ready: async (page) => { await heading('Cấp phát ấn phẩm')(page); await page.getByRole('table').first().locator('tbody tr').first().waitFor(); } },
  { name: 'ke-hoach.png', hash: () => '#/plan/120-kh-stp-2022', ready: async (page) => { await heading('Kế hoạch số 120/KH-STP')(page); await page.getByRole('table', { name: 'Các sự kiện' }).locator('tbody tr').first().waitFor(); } },
  { name: 'bao-cao.png', hash: () => '#/reports', ready: async (page) => { await heading('Báo cáo cấp phát')(page); await page.getByTestId('chart-units').waitFor(); } },
  { name: 'sao-luu.png', hash: () => '#/backups', ready: heading('Sao lưu') },
];

describe.skipIf(!ok)('accessibility of every main screen, and the user guide pictures', () => {
  let session: BrowserSession | undefined;
  let server: RunningServer | undefined;
  let page: Page;
  let ids: Ids;

  beforeAll(async () => {
    session = await openSession('a11y', {
      viewport: { width: 1280, height: 800 }, bundle: 'samples/bundle-2022.json', locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh',
      extraArgs: ['--hide-scrollbars', '--font-render-hinting=none'],
    });
    ({ server, page } = session);
    mkdirSync(shots, { recursive: true });
    await page.goto(server.url);
    const leaflet = await fromSample(page, 'leaflet-tgpl.json');
    const handbook = await fromSample(page, 'handbook-tgpl.json');
    // A history for the versions screen: the leaflet went through approval once.
    await call(page, 'approval.submit', { id: leaflet, by: 'Hoàng Thị Mai, biên tập viên', note: 'Xin duyệt bản đầu' });
    await call(page, 'approval.approve', { id: leaflet, by: 'Nguyễn Văn An, Giám đốc', note: 'Đồng ý' });
    const contracts = await call<Array<{ id: string }>>(page, 'contracts.list', {});
    ids = { leaflet, handbook, contract: contracts[0].id };
  });

  afterAll(async () => {
    await session?.close();
  });

  it('has no serious or critical axe violation on any main screen', async () => {
    const found: string[] = [];
    for (const screen of SCREENS) {
      await page.goto(`${server!.url}${screen.hash(ids)}`);
      await screen.ready(page);
      await page.evaluate(() => document.fonts.ready);
      // A 256-colour palette keeps each picture small enough to sit in the repository.
      const shot = await page.screenshot({ animations: 'disabled', caret: 'hide' });
      await sharp(shot).png({ palette: true, colours: 256, dither: 0, compressionLevel: 9 }).toFile(join(shots, screen.name));
      const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
      for (const v of result.violations.filter((x) => x.impact === 'serious' || x.impact === 'critical')) {
        for (const node of v.nodes) found.push(`${screen.hash(ids)} ${v.id} (${v.impact}) ${node.target.join(' ')}: ${v.help}`);
      }
    }
    if (found.length) console.error(found.join('\n'));
    expect(found).toEqual([]);
  });

  /** Tabs through the page; every enabled, visible control must get focus, each with a visible outline. */
  async function walkWithTab(): Promise<void> {
    const controls = await page.evaluate(() => {
      const all = [...document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])')];
      // checkVisibility, not offsetParent: the inside of a closed <details> keeps its boxes' parents but cannot be focused.
      return all.filter((el) => !(el as HTMLButtonElement).disabled && el.tabIndex >= 0 && el.checkVisibility({ visibilityProperty: true }))
        .map((el, i) => { el.dataset.a11yIndex = String(i); return i; });
    });
    // Start from the top of the page, whatever the screen focused when it opened.
    await page.evaluate(() => {
      const start = document.createElement('span');
      start.tabIndex = -1;
      document.body.prepend(start);
      start.focus();
    });
    const reached = new Set<number>();
    const unoutlined: string[] = [];
    const order: string[] = [];
    for (let step = 0; step < controls.length * 2 + 10 && reached.size < controls.length; step++) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return undefined;
        const style = getComputedStyle(el);
        const visible = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
        return { index: Number(el.dataset.a11yIndex ?? -1), visible, label: `${el.tagName.toLowerCase()} «${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}»` };
      });
      if (!focused) continue;
      order.push(focused.label);
      // A roving radio group or tab list is one Tab stop: its other members count as reached.
      if (focused.index >= 0) reached.add(focused.index);
      if (!focused.visible) unoutlined.push(focused.label);
    }
    const missed = await page.evaluate((got) => [...document.querySelectorAll<HTMLElement>('[data-a11y-index]')]
      .filter((el) => !got.includes(Number(el.dataset.a11yIndex)))
      .filter((el) => !(el instanceof HTMLInputElement && el.type === 'radio' && [...document.querySelectorAll<HTMLInputElement>(`input[name="${el.name}"]`)].some((r) => got.includes(Number(r.dataset.a11yIndex)))))
      .filter((el) => !(el.getAttribute('role') === 'tab' && el.getAttribute('aria-selected') !== 'true'))
      .map((el) => `${el.tagName.toLowerCase()} «${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}»`), [...reached]);
    expect({ missed, unoutlined: [...new Set(unoutlined)] }, `${reached.size}/${controls.length} after ${order.length} Tabs; last: ${order.slice(-6).join(' → ')}`).toEqual({ missed: [], unoutlined: [] });
  }

  it('reaches every control of the list with Tab, each with a visible focus', async () => {
    await page.goto(server!.url);
    await SCREENS[0].ready(page);
    await walkWithTab();
  });

  it('reaches every control of the leaflet editor with Tab, each with a visible focus', async () => {
    await page.goto(`${server!.url}#/p/${ids.leaflet}`);
    await previewDrawn(page);
    await walkWithTab();
  });

  it('the guide shows a committed picture of every main screen', () => {
    const guide = readFileSync(GUIDE, 'utf8');
    for (const screen of SCREENS) {
      expect(guide, `docs/huong-dan-su-dung.md should show images/${screen.name}`).toContain(`](images/${screen.name})`);
      expect(existsSync(join(guideImages, screen.name)), `docs/images/${screen.name}`).toBe(true);
    }
  });
});
