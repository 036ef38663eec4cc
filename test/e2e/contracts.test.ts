// Print contracts in Debian Chromium against `cli serve`: fill Bên A in Cài
// đặt (reached from the printers screen's link), add a printer, write a
// contract with two lines and watch the totals and the amount in words follow
// the typing, sign it, record a partial delivery (and have an over-delivery
// refused), see the stock, download the contract as PDF with Bên A from Cài
// đặt, the decision selecting the printer and the advance clause, download
// the acceptance record with the number typed for it, and delete a contract
// that has no deliveries.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireTools, run } from '../helpers/tools.js';
import type { RunningServer } from './server.js';
import { openSession, type BrowserSession } from './session.js';
import { callApi } from './in-page-api.js';

const ok = requireTools('chromium', 'pdftotext');
const root = resolve(import.meta.dirname, '../..');
const shots = join(root, 'test-output', 'e2e');
const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

describe.skipIf(!ok)('print contracts in the browser', () => {
  let session: BrowserSession | undefined;
  let server: RunningServer | undefined;
  let page: Page;
  let temp = '';

  beforeAll(async () => {
    session = await openSession('contracts', { viewport: { width: 1400, height: 1000 }, acceptDownloads: true });
    ({ server, temp, page } = session);
  });

  afterAll(async () => {
    await session?.close();
  });

  /** Two publications in the editor's library, made through the API as the list screen would. */
  async function createPublications(titles: string[]) {
    for (const title of titles) await callApi(page, 'publications.create', { templateId: 'leaflet-trifold-a4', title });
  }

  it('creates a contract with two lines, records a partial delivery and sees the stock', async () => {
    // Bên A is the Centre's record, edited only in Cài đặt: the printers screen links there.
    await page.goto(`${server!.url}#/printers`);
    await page.getByTestId('centre-line').getByRole('link', { name: 'Cài đặt' }).click();
    await page.waitForURL(/#\/settings$/);
    const party = page.getByRole('group', { name: 'Thông tin Bên A trong hợp đồng' });
    await party.getByLabel('Người đại diện', { exact: true }).fill('Hoàng Thị Mai');
    await party.getByLabel('Chức vụ', { exact: true }).fill('Giám đốc');
    await party.getByLabel('Mã số thuế', { exact: true }).fill('4900234567');
    await page.getByRole('button', { name: 'Lưu cài đặt' }).click();
    await page.getByText('Đã lưu thông tin Trung tâm').waitFor();

    await page.goto(`${server!.url}#/printers`);
    const printerForm = page.getByRole('form', { name: 'Thêm cơ sở in' });
    await printerForm.getByLabel('Tên cơ sở in', { exact: true }).fill('Công ty Cổ phần In Lạng Sơn');
    await printerForm.getByLabel('Mã số thuế', { exact: true }).fill('4900100123');
    await printerForm.getByRole('button', { name: 'Lưu cơ sở in' }).click();
    await page.getByRole('cell', { name: 'Công ty Cổ phần In Lạng Sơn', exact: true }).waitFor();

    await createPublications(['Tờ gấp trợ giúp pháp lý', 'Sổ tay pháp luật']);
    await page.goto(`${server!.url}#/contracts`);
    await page.getByRole('link', { name: 'Tạo hợp đồng mới' }).click();
    const terms = page.getByRole('form', { name: 'Điều khoản hợp đồng' });
    await terms.getByLabel('Số hợp đồng', { exact: true }).fill('01/2022/HĐ-TGPL');
    await terms.getByLabel('Ngày hợp đồng', { exact: true }).fill('05/10/2022');
    await terms.getByLabel('Cơ sở in (Bên B)').selectOption({ label: 'Công ty Cổ phần In Lạng Sơn' });

    const line1 = terms.getByRole('group', { name: 'Dòng 1' });
    await line1.getByLabel('Ấn phẩm (dòng 1)').selectOption({ label: 'Tờ gấp trợ giúp pháp lý' });
    await line1.getByLabel('Số lượng', { exact: true }).pressSequentially('5000');
    await line1.getByLabel('Đơn giá (đồng, chưa VAT)').pressSequentially('1200');
    // Totals follow the typing: 6 000 000 + 8 % VAT.
    await expect.poll(() => terms.getByTestId('total').innerText()).toBe('6.480.000 đ');
    expect(await terms.getByTestId('words').innerText()).toBe('Sáu triệu bốn trăm tám mươi nghìn đồng');

    await terms.getByRole('button', { name: '+ Thêm dòng' }).click();
    const line2 = terms.getByRole('group', { name: 'Dòng 2' });
    await line2.getByLabel('Ấn phẩm (dòng 2)').selectOption({ label: 'Sổ tay pháp luật' });
    await line2.getByLabel('Số lượng', { exact: true }).pressSequentially('1000');
    await line2.getByLabel('Đơn giá (đồng, chưa VAT)').pressSequentially('9500');
    await expect.poll(() => terms.getByTestId('total').innerText()).toBe('16.740.000 đ');
    expect(await terms.getByTestId('subtotal').innerText()).toBe('15.500.000 đ');
    expect(await terms.getByTestId('vat').innerText()).toBe('1.240.000 đ');
    expect(await terms.getByTestId('words').innerText()).toBe('Mười sáu triệu bảy trăm bốn mươi nghìn đồng');
    // The procurement basis and the advance the contract paper states.
    await terms.getByLabel('Số quyết định lựa chọn nhà thầu').fill('25/QĐ-TGPL');
    await terms.getByLabel('Ngày quyết định lựa chọn nhà thầu').fill('28/09/2022');
    await terms.getByLabel('Cơ quan ra quyết định').fill('Giám đốc Trung tâm Trợ giúp pháp lý Nhà nước tỉnh Lạng Sơn');
    await terms.getByLabel('Đã tạm ứng (đồng)').pressSequentially('5000000');
    await page.screenshot({ path: join(shots, 'contracts-1-form.png'), fullPage: true });

    await terms.getByRole('button', { name: 'Tạo hợp đồng' }).click();
    await page.waitForURL(/#\/contracts\/[A-Za-z0-9_-]+$/);
    await page.getByRole('heading', { name: /Hợp đồng số 01\/2022\/HĐ-TGPL/ }).waitFor();

    const status = page.getByRole('region', { name: 'Trạng thái hợp đồng' });
    await status.getByLabel('Ngày "Đã ký"').fill('06/10/2022');
    await status.getByRole('button', { name: 'Chuyển sang “Đã ký”' }).click();
    await page.getByRole('heading', { name: /Đã ký/ }).waitFor();

    const deliveries = page.getByRole('region', { name: 'Giao hàng' });
    const form = deliveries.getByRole('form', { name: 'Ghi giao hàng' });
    await form.getByLabel('Ấn phẩm giao').selectOption({ label: 'Tờ gấp trợ giúp pháp lý (còn 5.000)' });
    await form.getByLabel('Ngày giao', { exact: true }).fill('20/10/2022');
    await form.getByLabel('Số lượng giao', { exact: true }).fill('3000');
    await form.getByRole('button', { name: 'Ghi giao hàng' }).click();
    const openOnLine1 = deliveries.getByRole('table', { name: 'Số lượng theo dòng' }).getByRole('row', { name: /Tờ gấp trợ giúp pháp lý/ });
    await expect.poll(() => openOnLine1.innerText()).toMatch(/5\.000\s+3\.000\s+2\.000/);

    // More than is still open on the line is refused with the reason.
    await form.getByLabel('Số lượng giao', { exact: true }).fill('2001');
    await form.getByRole('button', { name: 'Ghi giao hàng' }).click();
    await expect.poll(() => deliveries.getByRole('alert').innerText()).toContain('còn 2.000 / 5.000 bản');
    await page.screenshot({ path: join(shots, 'contracts-2-delivery.png'), fullPage: true });

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Hợp đồng (PDF)' }).click(),
    ]);
    const pdf = join(temp, download.suggestedFilename());
    await download.saveAs(pdf);
    const text = collapse(run('pdftotext', ['-layout', pdf, '-']));
    expect(text).toContain('16.740.000');
    expect(text).toContain('Mười sáu triệu bảy trăm bốn mươi nghìn đồng');
    expect(text).toContain('- Đại diện: Hoàng Thị Mai; chức vụ: Giám đốc');
    expect(text).toContain('- Mã số thuế: 4900234567');
    // The Decree-30 header, the procurement basis and the advance clause.
    expect(text).toContain('SỞ TƯ PHÁP TỈNH LẠNG SƠN');
    expect(text).toContain('Số: 01/2022/HĐ-TGPL');
    expect(text).toContain('Căn cứ Quyết định số 25/QĐ-TGPL ngày 28/09/2022 của Giám đốc Trung tâm Trợ giúp pháp lý Nhà nước tỉnh Lạng Sơn về việc phê duyệt kết quả lựa chọn nhà thầu');
    expect(text).toContain('Bên A tạm ứng cho Bên B số tiền 5.000.000 đ (bằng chữ: Năm triệu đồng)');

    // A record takes the number typed for it.
    await page.getByRole('region', { name: 'Văn bản' }).getByLabel('Số biên bản nghiệm thu, thanh lý').fill('7');
    const [record] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Biên bản nghiệm thu (PDF)' }).click(),
    ]);
    const recordPdf = join(temp, record.suggestedFilename());
    await record.saveAs(recordPdf);
    expect(collapse(run('pdftotext', ['-layout', recordPdf, '-']))).toContain('Số: 07/BB-TGPL');
    // With a delivery recorded, the service would refuse to delete the contract: the screen does not offer it.
    expect(await page.getByRole('button', { name: /^Xoá hợp đồng số/ }).count()).toBe(0);

    await page.getByRole('link', { name: 'Kho ấn phẩm' }).click();
    const stock = page.getByRole('table', { name: 'Tồn kho theo ấn phẩm' });
    await expect.poll(() => stock.getByRole('row', { name: /Tờ gấp trợ giúp pháp lý/ }).innerText()).toMatch(/3\.000\s+0\s+3\.000/);
    await page.screenshot({ path: join(shots, 'contracts-3-stock.png'), fullPage: true });

    await page.getByRole('link', { name: 'Hợp đồng in' }).click();
    const row = page.getByRole('row', { name: /01\/2022\/HĐ-TGPL/ });
    expect(await row.innerText()).toMatch(/05\/10\/2022[\s\S]*Đã ký[\s\S]*16\.740\.000 đ[\s\S]*3\.000 \/ 6\.000/);
    expect(readFileSync(pdf).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  it('deletes a contract without deliveries after asking, and goes back to the list', async () => {
    const [printer] = await callApi<{ id: string }[]>(page, 'printers.list', {});
    const { publications } = await callApi<{ publications: { id: string }[] }>(page, 'records.catalogue', {});
    const { id } = await callApi<{ id: string }>(page, 'contracts.save', {
      contract: { number: '02/2022/HĐ-TGPL', date: '2022-11-01', printerId: printer.id, vatPercent: 8, items: [{ publicationId: publications[0].id, quantity: 100, unitPrice: 1000 }] },
    });
    await page.goto(`${server!.url}#/contracts/${id}`);
    await page.getByRole('heading', { name: /Hợp đồng số 02\/2022\/HĐ-TGPL/ }).waitFor();
    await page.getByRole('button', { name: 'Xoá hợp đồng số 02/2022/HĐ-TGPL' }).click();
    const ask = page.getByRole('group', { name: 'Xoá hợp đồng số 02/2022/HĐ-TGPL' });
    await ask.getByText('Xoá hợp đồng này?').waitFor();
    await ask.getByRole('button', { name: 'Xoá', exact: true }).click();
    await page.waitForURL(/#\/contracts$/);
    await page.getByRole('row', { name: /01\/2022\/HĐ-TGPL/ }).waitFor();
    expect(await page.getByRole('row', { name: /02\/2022\/HĐ-TGPL/ }).count()).toBe(0);
    expect((await callApi<{ id: string }[]>(page, 'contracts.list', {})).map((c) => c.id)).not.toContain(id);
  });
});
