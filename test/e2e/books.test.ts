// A book in Debian Chromium against `cli serve`: create a handbook from its
// template, write a chapter with a Q&A, and move between the outline, the
// page thumbnails, the blocks and the pages; preflight's notes jump to their
// page; everything is there again after a reload. Also the choices a book
// offers when it is created (ruled note pages of a notebook).
import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireTools, run } from '../helpers/tools.js';
import type { RunningServer } from './server.js';
import { openSession, type BrowserSession } from './session.js';

const ok = requireTools('chromium', 'pdftotext');
const root = resolve(import.meta.dirname, '../..');
const shots = join(root, 'test-output', 'e2e');

const TITLE = 'Cẩm nang thử nghiệm Bình Gia';
const CHAPTER = 'Chương 3. Hòa giải ở cơ sở';
const QUESTION = 'Hòa giải viên ở thôn có được nhờ trợ giúp viên pháp lý giúp không?';
const ANSWER = 'Có. Tổ hòa giải có thể mời trợ giúp viên pháp lý của Trung tâm đến giải thích pháp luật cho các bên, không mất tiền.';

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

describe.skipIf(!ok)('books in the browser', () => {
  let session: BrowserSession | undefined;
  let server: RunningServer | undefined;
  let page: Page;
  let temp = '';
  const cspViolations: string[] = [];

  beforeAll(async () => {
    session = await openSession('books', { viewport: { width: 1600, height: 1000 }, acceptDownloads: true });
    ({ server, temp, page } = session);
    page.on('console', (m) => { if (/Content Security Policy/i.test(m.text())) cspViolations.push(m.text()); });
  });

  afterAll(async () => {
    await session?.close();
  });

  const drawnCount = async () => Number(await page.getByTestId('preview').getAttribute('data-drawn'));
  const saveStatus = () => page.getByTestId('save-status').innerText();
  const waitSaved = () => expect.poll(saveStatus, { timeout: 20_000 }).toMatch(/^Đã lưu lúc \d\d:\d\d$/);
  const idle = () => expect.poll(() => page.getByText('Đang dựng lại…').count(), { timeout: 30_000 }).toBe(0);
  /** The page the big view shows once it is drawn from the newest render. */
  const viewedPage = () => page.locator('[data-testid="page-view"] figure[data-current="true"]').first().getAttribute('data-page');
  const waitViewed = (n: number) => expect.poll(viewedPage, { timeout: 20_000 }).toBe(String(n));
  const viewHash = async () =>
    createHash('sha256')
      .update(await page.locator('[data-testid="page-view"] canvas').first()
        .evaluate((c) => (c as unknown as { toDataURL(): string }).toDataURL()))
      .digest('hex');
  const outlineEntry = (title: string) => page.getByTestId('outline').getByRole('button', { name: new RegExp(`^${title}`) });
  /** The page an outline entry names ("Chương 3 … trang 6"). */
  const pageOfEntry = async (entry: Locator) => Number(/trang (\d+)$/.exec(collapse(await entry.innerText()))?.[1]);

  it('creates a handbook, outlines its chapters with their pages, and jumps between blocks and pages', async () => {
    await page.goto(server!.url);
    const create = page.getByRole('button', { name: 'Tạo cẩm nang mới' });
    await create.waitFor();
    // Every kind is offered, each with its trim size.
    for (const kind of ['Tờ gấp', 'Sách bỏ túi', 'Cẩm nang', 'Sổ tay']) {
      await expect.poll(() => page.getByRole('heading', { name: kind, exact: true }).count()).toBe(1);
    }
    expect(await page.getByRole('listitem', { name: 'Cẩm nang' }).innerText()).toContain('148 × 210 mm');
    await page.screenshot({ path: join(shots, 'books-1-list.png'), fullPage: true });

    await create.click();
    await page.waitForURL(/#\/p\//);
    await expect.poll(drawnCount, { timeout: 30_000 }).toBeGreaterThanOrEqual(1);
    await page.getByLabel('Tiêu đề', { exact: true }).first().fill(TITLE);

    // A new chapter and a Q&A at the end of the body.
    expect(await page.getByRole('tab', { selected: true }).innerText()).toContain('Nội dung');
    await page.getByRole('button', { name: '+ Tiêu đề' }).click();
    await page.getByLabel('Tiêu đề', { exact: true }).last().fill(CHAPTER);
    await page.getByLabel('Cấp', { exact: true }).last().selectOption('1');
    await page.getByRole('button', { name: '+ Hỏi – đáp' }).click();
    await page.getByLabel('Câu hỏi', { exact: true }).last().fill(QUESTION);
    await page.getByLabel('Trả lời', { exact: true }).last().fill(ANSWER);
    await waitSaved();

    // The outline lists the chapter as typed, with the page it landed on.
    const entry = outlineEntry(CHAPTER);
    await expect.poll(async () => collapse(await entry.innerText()), { timeout: 30_000 }).toMatch(/trang \d+$/);
    await idle();
    const chapterPage = await pageOfEntry(entry);
    const pageCount = await page.locator('.thumbnails > li').count();
    expect(chapterPage).toBeGreaterThan(1);
    expect(chapterPage).toBeLessThan(pageCount);

    // The page number is the real one: the exported PDF has the chapter on that page.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Xuất PDF in ấn' }).click(),
    ]);
    const pdfPath = join(temp, 'book.pdf');
    await download.saveAs(pdfPath);
    const onPage = (n: number) => collapse(run('pdftotext', ['-enc', 'UTF-8', '-f', String(n), '-l', String(n), pdfPath, '-']));
    expect(onPage(chapterPage)).toContain(CHAPTER);
    expect(run('pdfinfo', [pdfPath])).toMatch(new RegExp(`Pages:\\s+${pageCount}\\b`));

    // A thumbnail shows its page big.
    await waitViewed(1);
    const cover = await viewHash();
    await page.getByRole('button', { name: 'Trang 3', exact: true }).click();
    await waitViewed(3);
    expect(await page.getByTestId('shown-pages').innerText()).toBe(`Trang 3 / ${pageCount}`);
    expect(await page.getByRole('button', { name: 'Trang 3', exact: true }).getAttribute('aria-current')).toBe('page');
    expect(await viewHash()).not.toBe(cover);
    await page.screenshot({ path: join(shots, 'books-2-thumbnail.png') });

    // "Xem trang" on the Q&A's card shows its page and outlines the block there.
    const qaCard = page.locator('.block-card').filter({ has: page.getByLabel('Câu hỏi', { exact: true }) }).last();
    const show = qaCard.getByRole('button', { name: /^Xem trang \d+$/ });
    const qaPage = Number(/\d+/.exec(await show.innerText())![0]);
    expect(qaPage).toBe(chapterPage);
    expect(onPage(qaPage)).toContain(collapse(QUESTION));
    await page.getByRole('button', { name: 'Trang 1', exact: true }).click();
    await waitViewed(1);
    await show.click();
    await waitViewed(qaPage);
    const mark = page.locator('[data-testid="page-view"] rect.block-mark');
    await expect.poll(() => mark.count()).toBe(1);
    await page.screenshot({ path: join(shots, 'books-3-block-page.png') });

    // And back: a click on the Q&A on the page opens its block in the editor.
    await page.getByRole('tab', { name: /Bìa trước/ }).click();
    const box = (await mark.boundingBox())!;
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await expect.poll(() => page.getByRole('tab', { selected: true }).innerText()).toContain('Nội dung');
    await expect.poll(() => page.evaluate<string>('document.activeElement?.closest(".block-card")?.querySelector("textarea")?.value ?? ""'))
      .toBe(ANSWER);

    // Preflight lists the blank pages the saddle stitch needed, with a jump to the first.
    const blanks = page.locator('.finding[data-code="blank-pages-added"]');
    await blanks.waitFor();
    expect(await blanks.innerText()).toMatch(/^Ghi chú: Đã thêm \d+ trang trắng/);
    const jump = blanks.getByRole('button', { name: /^Xem trang \d+$/ });
    const blankPage = Number(/\d+/.exec(await jump.innerText())![0]);
    await jump.click();
    await waitViewed(blankPage);
    expect(await page.locator('[data-testid="page-view"] figcaption').first().innerText()).toBe(`Trang ${blankPage} · trang trắng`);

    // The spread shows the facing pages as the bound book opens.
    await page.getByRole('radio', { name: 'Trang đôi' }).click();
    const left = blankPage % 2 === 0 ? blankPage : blankPage - 1;
    await expect.poll(() => page.getByTestId('shown-pages').innerText()).toBe(`Trang ${left}–${left + 1} / ${pageCount}`);
    await expect.poll(() => page.locator('[data-testid="page-view"] figure[data-current="true"]').count(), { timeout: 20_000 }).toBe(2);
    await page.evaluate('window.scrollTo(0, 0)');
    await page.screenshot({ path: join(shots, 'books-4-spread.png') });

    // An outline entry opens its heading and shows its page.
    await page.getByRole('radio', { name: 'Từng trang' }).click();
    await entry.click();
    await waitViewed(chapterPage);

    // After a reload the book, its chapter and its page numbers are all there.
    await page.reload();
    await page.getByRole('button', { name: '← Danh sách' }).click();
    const row = page.getByRole('row', { name: new RegExp(TITLE) });
    await row.waitFor();
    expect(await row.innerText()).toContain('Cẩm nang');
    await row.getByRole('link', { name: TITLE }).click();
    await expect.poll(async () => pageOfEntry(outlineEntry(CHAPTER)), { timeout: 30_000 }).toBe(chapterPage);
    expect(cspViolations).toEqual([]);
  });

  it('creates a notebook with the ruled note pages chosen, and changes their number in the editor', async () => {
    await page.goto(server!.url);
    const card = page.getByRole('listitem', { name: 'Sổ tay' });
    await card.getByLabel('Số trang ghi chú (kẻ dòng)').fill('4');
    await card.getByRole('button', { name: 'Tạo sổ tay mới' }).click();
    await page.waitForURL(/#\/p\//);
    const notes = page.getByLabel('Số trang ghi chú (kẻ dòng)');
    expect(await notes.inputValue()).toBe('4');
    await expect.poll(drawnCount, { timeout: 30_000 }).toBeGreaterThanOrEqual(1);
    await idle();
    const pagesWith4 = await page.locator('.thumbnails > li').count();

    const drawn = await drawnCount();
    await notes.fill('8');
    await expect.poll(drawnCount, { timeout: 30_000 }).toBeGreaterThan(drawn);
    await idle();
    await expect.poll(() => page.locator('.thumbnails > li').count()).toBe(pagesWith4 + 4);
    await waitSaved();

    await page.reload();
    await expect.poll(() => page.getByLabel('Số trang ghi chú (kẻ dòng)').inputValue(), { timeout: 20_000 }).toBe('8');
  });
});
