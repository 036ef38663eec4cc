// The user's story in Debian Chromium against `cli serve`: create a leaflet
// from the template, write a paragraph with Vietnamese marks, watch the
// preview redraw, export the PDF, reload and find everything again.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireTools, run } from '../helpers/tools.js';
import type { RunningServer } from './server.js';
import { openSession, type BrowserSession } from './session.js';

const ok = requireTools('chromium', 'pdftotext', 'pdftoppm');
const root = resolve(import.meta.dirname, '../..');
const shots = join(root, 'test-output', 'e2e');

const TITLE = 'Tờ gấp thử nghiệm Tràng Định';
// Typed decomposed (as some keyboards and pasted PDFs deliver it): the editor must keep it as NFC.
const PARAGRAPH = 'Người dân tộc thiểu số ở xã đặc biệt khó khăn được trợ giúp pháp lý miễn phí.';

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

describe.skipIf(!ok)('leaflet in the browser', () => {
  let session: BrowserSession | undefined;
  let server: RunningServer | undefined;
  let page: Page;
  let temp = '';
  let pdfPath = '';
  /** The page's CSP (no inline script, no eval, only 'self') must hold for pdf.js and everything else. */
  const cspViolations: string[] = [];

  beforeAll(async () => {
    session = await openSession('leaflet', { viewport: { width: 1600, height: 1000 }, acceptDownloads: true });
    ({ server, temp, page } = session);
    page.on('console', (m) => { if (/Content Security Policy/i.test(m.text())) cspViolations.push(m.text()); });
  });

  afterAll(async () => {
    await session?.close();
  });

  /** What the preview canvases show right now, as one hash. */
  const previewHash = async () =>
    createHash('sha256')
      .update((await page.locator('[data-testid="preview"] canvas')
        .evaluateAll((canvases) => canvases.map((c) => (c as unknown as { toDataURL(): string }).toDataURL()))).join('|'))
      .digest('hex');
  const drawnCount = async () => Number(await page.getByTestId('preview').getAttribute('data-drawn'));
  const saveStatus = () => page.getByTestId('save-status').innerText();
  const waitSaved = () => expect.poll(saveStatus, { timeout: 20_000 }).toMatch(/^Đã lưu lúc \d\d:\d\d$/);

  it('creates a leaflet, previews what is typed, exports it and finds it after a reload', async () => {
    await page.goto(server!.url);
    await page.getByRole('button', { name: 'Tạo tờ gấp mới' }).first().waitFor();
    await page.screenshot({ path: join(shots, '1-list-empty.png'), fullPage: true });

    await page.getByRole('button', { name: 'Tạo tờ gấp mới' }).first().click();
    await page.waitForURL(/#\/p\//);
    await expect.poll(drawnCount, { timeout: 30_000 }).toBeGreaterThanOrEqual(1);

    await page.getByLabel('Tiêu đề', { exact: true }).first().fill(TITLE);
    await waitSaved();

    // The body tab is open; add a paragraph and bring it to the top with the keyboard.
    expect(await page.getByRole('tab', { selected: true }).innerText()).toContain('Nội dung');
    await page.getByRole('button', { name: '+ Đoạn văn' }).click();
    const paragraph = page.getByLabel('Đoạn văn', { exact: true }).last();
    await paragraph.fill(PARAGRAPH.normalize('NFD'));
    expect(await paragraph.inputValue()).toBe(PARAGRAPH);
    // Focus stays on the moved block's button; at the top it passes to "down".
    await page.getByRole('button', { name: /^Chuyển đoạn văn thứ \d+ lên trên$/ }).last().focus();
    const focused = page.locator(':focus');
    for (let moves = 0; moves < 100 && /lên trên$/.test((await focused.getAttribute('aria-label')) ?? ''); moves++) {
      await page.keyboard.press('Enter');
    }
    expect(await page.getByLabel('Đoạn văn', { exact: true }).first().inputValue()).toBe(PARAGRAPH);
    await waitSaved();

    const before = { drawn: await drawnCount(), hash: await previewHash() };
    // One more word, typed key by key: the preview must redraw with it.
    await page.getByLabel('Đoạn văn', { exact: true }).first().press('End');
    await page.keyboard.type(' Gọi 1800.1233.');
    await expect.poll(drawnCount, { timeout: 30_000 }).toBeGreaterThan(before.drawn);
    await expect.poll(() => page.getByText('Đang dựng lại…').count(), { timeout: 30_000 }).toBe(0);
    expect(await previewHash()).not.toBe(before.hash);
    await waitSaved();
    await page.evaluate('window.scrollTo(0, 0)');
    await page.screenshot({ path: join(shots, '2-editor.png'), fullPage: true });

    // The colophon's licence, typed in the editor, is printed on the back panel.
    const licence = 'Giấy phép xuất bản số 15/GP-STTTT ngày 20/9/2022';
    await page.getByLabel('Giấy phép hoặc quyết định xuất bản', { exact: true }).fill(licence);
    await waitSaved();

    const typed = `${PARAGRAPH} Gọi 1800.1233.`;
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Xuất PDF in ấn' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.pdf$/);
    pdfPath = join(temp, download.suggestedFilename());
    await download.saveAs(pdfPath);
    expect(readFileSync(pdfPath).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    // Soft: a wrong text layer should not hide whether reload and reopen still work.
    expect.soft(collapse(run('pdftotext', ['-enc', 'UTF-8', pdfPath, '-']))).toContain(collapse(typed));
    expect(collapse(run('pdftotext', ['-enc', 'UTF-8', pdfPath, '-']))).toContain(`${licence}.`);

    await page.reload();
    await page.getByRole('button', { name: '← Danh sách' }).click();
    const row = page.getByRole('row', { name: new RegExp(TITLE) });
    await row.waitFor();
    expect(await row.innerText()).toMatch(/\d\d\/\d\d\/\d{4} \d\d:\d\d/);
    await page.screenshot({ path: join(shots, '3-list.png'), fullPage: true });
    await row.getByRole('link', { name: TITLE }).click();
    const reopened = page.getByLabel('Đoạn văn', { exact: true }).first();
    await reopened.waitFor();
    expect(await reopened.inputValue()).toBe(typed);
    expect(cspViolations).toEqual([]);
  });

  it('keeps the text and says why when a save is refused', async () => {
    const title = page.getByLabel('Tiêu đề', { exact: true }).first();
    await title.fill('');
    await expect.poll(saveStatus, { timeout: 20_000 }).toMatch(/^Chưa lưu được: .+ \(ở ô «Tiêu đề»\)$/);
    expect(await title.getAttribute('aria-invalid')).toBe('true');
    await page.screenshot({ path: join(shots, '4-refused.png'), fullPage: true });
    await title.fill(TITLE);
    await waitSaved();
  });

  it('shows overflow on the preview with how much is left over', async () => {
    const last = page.getByLabel('Trả lời', { exact: true }).last();
    const answer = await last.inputValue();
    await last.fill(`${answer} ${'Người được trợ giúp pháp lý có quyền yêu cầu giữ bí mật nội dung vụ việc. '.repeat(250)}`);
    const message = page.locator('.overflow-message');
    await message.waitFor({ timeout: 30_000 });
    expect(await message.innerText()).toMatch(/ còn thừa \d+(,\d)? mm — hãy rút bớt chữ$/);
    expect(await page.locator('[data-testid="preview"] svg rect.overflow').count()).toBe(1);
    await page.evaluate('window.scrollTo(0, 0)');
    await page.screenshot({ path: join(shots, '5-overflow.png'), fullPage: true });
    await last.fill(answer);
    await expect.poll(() => message.count(), { timeout: 30_000 }).toBe(0);
    await waitSaved();
  });

  it('places a picked PNG on the back panel', async () => {
    const png = join(temp, 'anh-minh-hoa');
    run('pdftoppm', ['-png', '-r', '30', '-f', '1', '-l', '1', '-singlefile', pdfPath, png]);
    await page.getByRole('tab', { name: /Bìa sau/ }).click();
    const drawn = await drawnCount();
    await page.getByRole('button', { name: '+ Hình ảnh' }).click();
    await page.getByLabel('Chọn ảnh (PNG hoặc JPEG)').setInputFiles(`${png}.png`);
    await page.locator('img.thumb').waitFor();
    expect(await page.getByLabel('Mô tả ảnh (cho người không xem được ảnh)').inputValue()).toBe('anh-minh-hoa');
    await expect.poll(drawnCount, { timeout: 30_000 }).toBeGreaterThan(drawn);
    await waitSaved();
    expect(await page.getByRole('tab', { name: /Bìa sau/ }).innerText()).toContain('(1)');
  });

  it('deletes a publication only after the question is answered', async () => {
    await page.getByRole('button', { name: '← Danh sách' }).click();
    const row = page.getByRole('row', { name: new RegExp(TITLE) });
    await row.getByRole('button', { name: `Xoá «${TITLE}»` }).click();
    await row.getByRole('button', { name: 'Huỷ' }).click();
    expect(await row.count()).toBe(1);
    await row.getByRole('button', { name: `Xoá «${TITLE}»` }).click();
    await row.getByRole('button', { name: 'Xoá', exact: true }).click();
    await expect.poll(() => row.count(), { timeout: 10_000 }).toBe(0);
    await page.reload();
    await page.getByText('Chưa có ấn phẩm nào').waitFor();
  });
});
