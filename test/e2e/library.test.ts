// Legal content in Debian Chromium against `cli serve`: searching the
// content library without diacritics and inserting an item as a link,
// importing a CSV of cited acts and seeing the editor warn at a block citing
// an amended one, a bilingual paragraph laid out side by side on the leaflet,
// the approval lock seen from the editor, and importing a VNI text file.
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireTools, run } from '../helpers/tools.js';
import type { RunningServer } from './server.js';
import { openSession, type BrowserSession } from './session.js';

const ok = requireTools('chromium', 'pdftotext');
const root = resolve(import.meta.dirname, '../..');
const shots = join(root, 'test-output', 'e2e');
// Test text exercising the Tày–Nùng letters (f, j, w, z, t'), not a translation.
const TAY = "Slấc fạ jừ wả zỏ t'ọ";
const VIETNAMESE = 'Trợ giúp pháp lý song ngữ cho bà con.';

describe.skipIf(!ok)('content library, bilingual blocks, approval and import in the browser', () => {
  let session: BrowserSession | undefined;
  let server: RunningServer | undefined;
  let page: Page;
  let temp = '';

  beforeAll(async () => {
    session = await openSession('library', { viewport: { width: 1600, height: 1100 }, acceptDownloads: true });
    ({ server, temp, page } = session);
  });

  afterAll(async () => {
    await session?.close();
  });

  const saveStatus = () => page.getByTestId('save-status').innerText();
  const waitSaved = () => expect.poll(saveStatus, { timeout: 20_000 }).toMatch(/^Đã lưu lúc \d\d:\d\d$/);
  const results = () => page.getByTestId('library-results').locator('li');

  it('the library screen finds items typed without diacritics', async () => {
    await page.goto(`${server!.url}#/library`);
    const search = page.getByLabel('Tìm (không cần gõ dấu)');
    await search.fill('dat dai');
    await expect.poll(() => results().count(), { timeout: 10_000 }).toBeGreaterThan(0);
    const titles = await results().locator('strong').allInnerTexts();
    expect(titles.join('\n')).toContain('Tranh chấp đất nương rẫy');
    await search.fill('khong co muc nao nhu the nay');
    await expect.poll(() => page.getByText('Không có mục nào khớp.').count()).toBe(1);
    // The acts the library cites, with their status.
    expect(await page.locator('tr[data-law="69/2006/QH11"] .law-status').innerText()).toBe('đã bị thay thế');
    await page.screenshot({ path: join(shots, 'library-1-screen.png'), fullPage: true });
  });

  it('imports a CSV of acts (a bad one refused whole), keeps who changed what, and the editor warns at the block citing the amended act', async () => {
    const bad = join(temp, 'sai.csv');
    writeFileSync(bad, 'Số hiệu;Tên;Tình trạng\n60/2014/QH13;Luật Hộ tịch;tạm ngưng\n');
    const good = join(temp, 'ho-tich.csv');
    // Test data: the amending act 99/2026/QH15 is made up.
    writeFileSync(good, '\uFEFFSố hiệu;Tên văn bản;Loại;Ngày ban hành;Hiệu lực từ;Tình trạng;Văn bản tác động;Ngày tác động;Nội dung thay đổi\r\n' +
      '60/2014/QH13;Luật Hộ tịch;Luật;20/11/2014;01/01/2016;đã được sửa đổi, bổ sung;99/2026/QH15;01/01/2027;Sửa đổi Điều 11 (dữ liệu thử)\r\n');
    const status = () => page.locator('tr[data-law="60/2014/QH13"] .law-status').innerText();
    const message = () => page.locator('.laws-section .message').innerText();

    await page.goto(`${server!.url}#/library`);
    await page.getByLabel('Người cập nhật').fill('Nguyễn Thị Lan');
    const picker = page.locator('.laws-section input[type=file]');
    await picker.setInputFiles(bad);
    await expect.poll(message).toMatch(/^Chưa nhập được sai\.csv, danh mục giữ nguyên\. Ở «Tình trạng»: dòng 2 \(60\/2014\/QH13\): tình trạng phải là/);
    expect(await status()).toBe('còn hiệu lực');

    await picker.setInputFiles(good);
    await expect.poll(message).toBe('Đã nhập ho-tich.csv: 0 văn bản mới, 1 văn bản thay đổi, 0 văn bản không đổi.');
    expect(await status()).toBe('còn hiệu lực, đã được sửa đổi, bổ sung');
    expect(await page.locator('tr[data-law="60/2014/QH13"]').innerText()).toMatch(/bởi 99\/2026\/QH15 từ 01\/01\/2027/);
    await page.getByRole('button', { name: 'Lịch sử thay đổi của 60/2014/QH13' }).click();
    const history = page.getByRole('region', { name: 'Lịch sử thay đổi của 60/2014/QH13' });
    await expect.poll(() => history.innerText()).toMatch(/\d\d\/\d\d\/\d{4} \d\d:\d\d — Nguyễn Thị Lan: nhập từ tệp ho-tich\.csv/);
    expect(await history.innerText()).toContain('Tình trạng: «còn hiệu lực» → «còn hiệu lực, đã được sửa đổi, bổ sung»');
    await page.screenshot({ path: join(shots, 'library-laws-import.png'), fullPage: true });

    await page.goto(`${server!.url}#/`);
    await page.getByRole('button', { name: 'Tạo tờ gấp mới' }).first().click();
    await page.waitForURL(/#\/p\//);
    await page.getByRole('button', { name: '+ Đoạn văn' }).click();
    await page.getByLabel('Đoạn văn', { exact: true }).last().fill('Đăng ký kết hôn được miễn lệ phí (Điều 11 Luật Hộ tịch năm 2014).');
    const finding = page.getByTestId('findings').locator('.finding[data-code="law-amended"]');
    await expect.poll(() => finding.count(), { timeout: 30_000 }).toBe(1);
    expect(await finding.innerText()).toMatch(/^Cảnh báo: .*trích dẫn Luật Hộ tịch số 60\/2014\/QH13; .* bởi văn bản số 99\/2026\/QH15 từ ngày 01\/01\/2027/);
    // The warning is on the block: its button takes the editor there.
    await finding.getByRole('button', { name: /^Đến khối \d+ trong/ }).click();
    const focused = page.locator('li.block-card:focus-within');
    await expect.poll(() => focused.count()).toBe(1);
    expect(await focused.getByLabel('Đoạn văn', { exact: true }).inputValue()).toContain('Luật Hộ tịch năm 2014');
    await page.screenshot({ path: join(shots, 'library-laws-warning.png'), fullPage: true });
  });

  it('inserts a library item into the open leaflet as a link, and lays a translation out beside the Vietnamese', async () => {
    await page.goto(server!.url);
    await page.getByRole('button', { name: 'Tạo tờ gấp mới' }).first().click();
    await page.waitForURL(/#\/p\//);

    await page.getByText('Chèn từ thư viện nội dung').click();
    await page.getByLabel('Tìm (không cần gõ dấu)').fill('phai tra tien');
    await page.getByRole('button', { name: 'Chèn liên kết: Được trợ giúp pháp lý có phải trả tiền không?' }).click();
    await expect.poll(() => page.getByLabel('Câu hỏi', { exact: true }).last().inputValue()).toBe('Được trợ giúp pháp lý có phải trả tiền không?');
    expect(await page.getByText(/Lấy từ thư viện \(liên kết/).count()).toBe(1);
    await waitSaved();

    // A paragraph with its Tày text: the leaflet sets them side by side.
    await page.getByRole('button', { name: '+ Đoạn văn' }).click();
    await page.getByLabel('Đoạn văn', { exact: true }).last().fill(VIETNAMESE);
    await page.getByLabel('Thêm bản dịch').last().selectOption('tay');
    await page.getByLabel('Tiếng Tày', { exact: true }).last().fill(TAY);
    await waitSaved();

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Xuất PDF in ấn' }).click()]);
    const pdf = join(temp, 'song-ngu.pdf');
    await download.saveAs(pdf);
    const layoutText = run('pdftotext', ['-layout', '-enc', 'UTF-8', pdf, '-']);
    // Side by side: the first words of both languages on one printed line.
    const line = layoutText.split('\n').find((l) => l.includes('Trợ giúp pháp lý song'));
    expect(line).toBeDefined();
    expect(line).toContain('Slấc fạ jừ');
    await page.screenshot({ path: join(shots, 'library-2-bilingual.png'), fullPage: true });
  });

  it('locks the leaflet once approved: the editor cannot save, a new version can', async () => {
    await page.getByRole('button', { name: 'Trình duyệt' }).click();
    await page.getByLabel('Người thực hiện').fill('Giám đốc Trung tâm');
    await page.getByRole('button', { name: 'Duyệt', exact: true }).click();
    await expect.poll(() => page.getByTestId('approval').innerText()).toMatch(/Đã duyệt · phiên bản 1 · duyệt bởi Giám đốc Trung tâm/);

    await page.getByLabel('Đoạn văn', { exact: true }).last().fill('Sửa sau khi duyệt.');
    await expect.poll(saveStatus, { timeout: 20_000 }).toMatch(/^Chưa lưu được: .*Đã duyệt/);

    await page.getByRole('button', { name: 'Mở phiên bản mới để sửa' }).click();
    await page.getByLabel('Đoạn văn', { exact: true }).last().fill('Sửa ở phiên bản 2.');
    await waitSaved();
    await page.getByRole('link', { name: 'Các phiên bản, so sánh' }).click();
    await page.getByTestId('diff').waitFor();
    expect(await page.getByTestId('diff').innerText()).toContain('Sửa ở phiên bản 2.');
    await page.screenshot({ path: join(shots, 'library-3-compare.png'), fullPage: true });
  });

  it('imports a VNI text file chosen on the list into a new publication', async () => {
    await page.goto(server!.url);
    await page.getByTestId('import-drop').locator('input[type=file]').setInputFiles(join(root, 'samples', 'legacy', 'vni.txt'));
    await page.waitForURL(/#\/p\//);
    await expect.poll(() => page.getByLabel('Tiêu đề', { exact: true }).first().inputValue(), { timeout: 15_000 })
      .toBe('Trợ giúp pháp lý miễn phí cho người dân tộc thiểu số');
    expect(await page.getByLabel('Câu hỏi', { exact: true }).first().inputValue()).toBe('Tôi có phải trả tiền hay biếu quà không?');
  });
});
