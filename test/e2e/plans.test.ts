// Plans as records in Debian Chromium against `cli serve`, on the 2026 sample
// bundle: make a 2026 plan with its own activities (a date that is not one,
// and a target left out, refused at their fields), record an event with the
// people who came by group, hand out copies at it from the distribution
// form's event picker (which lists only open plans' events), record a news
// item, and see each activity's progress; then close the plan.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireTools } from '../helpers/tools.js';
import type { RunningServer } from './server.js';
import { openSession, SHOTS, type BrowserSession } from './session.js';

const ok = requireTools('chromium');

describe.skipIf(!ok)('plans in the browser', () => {
  let session: BrowserSession | undefined;
  let server: RunningServer | undefined;
  let page: Page;

  beforeAll(async () => {
    session = await openSession('plans', { viewport: { width: 1400, height: 1000 }, bundle: 'samples/bundle-2026.json' });
    ({ server, page } = session);
  });

  afterAll(async () => {
    await session?.close();
  });

  const activityRow = (name: string) => page.getByRole('table', { name: 'Tiến độ các hoạt động' }).getByRole('row', { name: new RegExp(name) });

  it('makes a 2026 plan, records an event with participants, hands out copies at it and sees the progress', async () => {
    await page.goto(`${server!.url}#/plan`);
    await page.getByRole('heading', { name: 'Kế hoạch', level: 1 }).waitFor();
    const plans = page.getByRole('table', { name: 'Danh sách kế hoạch' });
    await plans.getByRole('link', { name: '15/KH-TGPL' }).waitFor();
    expect(await plans.getByRole('row', { name: /120\/KH-STP/ }).innerText()).toMatch(/Đã kết thúc/);

    await page.getByRole('button', { name: 'Tạo kế hoạch mới' }).click();
    const form = page.getByRole('form', { name: 'Kế hoạch mới' });
    await form.getByLabel('Số kế hoạch').fill('22/KH-TGPL');
    await form.getByLabel('Ngày ban hành').fill('31/02/2026');
    await form.getByLabel('Tên (trích yếu) kế hoạch').fill('Truyền thông về quyền được trợ giúp pháp lý của người bị mua bán năm 2026');
    await form.getByLabel('Từ ngày').fill('01/03/2026');
    await form.getByLabel('Đến ngày').fill('30/11/2026');
    await form.getByLabel('Nguồn kinh phí').fill('Kinh phí chương trình phòng, chống mua bán người năm 2026');
    await form.getByLabel('Kinh phí được giao (đồng)').fill('40.000.000');
    const first = form.getByRole('group', { name: 'Hoạt động 1' });
    await first.getByLabel('Tên hoạt động').fill('Truyền thông lưu động tại xã');
    await first.getByLabel('Đơn vị tính').fill('cuộc');
    await first.getByLabel('Chỉ tiêu').fill('4');
    await first.getByLabel('Thời hạn').fill('Quý 3/2026');
    await form.getByRole('button', { name: 'Thêm hoạt động' }).click();
    const second = form.getByRole('group', { name: 'Hoạt động 2' });
    await second.getByLabel('Tên hoạt động').fill('Phóng sự về người bị mua bán trở về');
    await second.getByLabel('Đơn vị tính').fill('phóng sự');
    await second.getByLabel('Tin bài, phóng sự (đếm theo tin bài)').check();

    // A date that is not one is named before anything is sent; a target left out, by the service at its field.
    await form.getByRole('button', { name: 'Lưu kế hoạch' }).click();
    expect(await form.getByRole('alert').innerText()).toBe('Ngày ban hành: hãy ghi ngày dạng dd/mm/yyyy (ví dụ 20/01/2026).');
    await form.getByLabel('Ngày ban hành').fill('02/03/2026');
    await form.getByRole('button', { name: 'Lưu kế hoạch' }).click();
    await expect.poll(() => second.getByRole('alert').textContent()).toBe('Chỉ tiêu không được để trống');
    await second.getByLabel('Chỉ tiêu').fill('1');
    await form.getByRole('button', { name: 'Lưu kế hoạch' }).click();

    await page.getByRole('heading', { name: 'Kế hoạch số 22/KH-TGPL', level: 1 }).waitFor();
    expect(page.url()).toMatch(/#\/plan\/22-kh-tgpl-2026$/);
    expect(await activityRow('Truyền thông lưu động tại xã').innerText()).toMatch(/4 cuộc\s+0\s+0%[\s\S]*Quý 3\/2026/);

    // An event with the people who came, by group.
    const events = page.getByRole('form', { name: 'Ghi sự kiện' });
    await events.getByLabel('Ngày tổ chức').fill('15/04/2026');
    await events.getByLabel('Địa điểm').fill('Nhà văn hóa thôn Khòn Pát');
    await events.getByLabel('Đơn vị').selectOption({ label: 'Xã Thất Khê' });
    await events.getByLabel('Già làng, trưởng thôn').fill('6');
    await events.getByLabel('Người có uy tín').fill('4');
    await events.getByLabel('Cán bộ cơ sở').fill('5');
    await events.getByLabel('Người dân tộc thiểu số').fill('45');
    await events.getByLabel('Trong đó nữ').fill('28');
    await events.getByRole('button', { name: 'Ghi sự kiện' }).click();
    await page.getByRole('status').filter({ hasText: 'Đã ghi sự kiện ngày 15/04/2026.' }).waitFor();
    await expect.poll(() => activityRow('Truyền thông lưu động tại xã').innerText()).toMatch(/4 cuộc\s+1\s+25%\s+60 \(28\)\s+0/);

    // Copies handed out at it, chosen in the distribution form's event picker: open plans' events only.
    await page.getByRole('link', { name: 'Cấp phát' }).click();
    const distribution = page.getByRole('form', { name: 'Ghi cấp phát' });
    const picker = distribution.getByLabel('Sự kiện của kế hoạch');
    await expect.poll(() => picker.locator('option').allInnerTexts()).toContain('22/KH-TGPL · 15/04/2026 · Truyền thông lưu động tại xã · Nhà văn hóa thôn Khòn Pát');
    const offered = await picker.locator('option').allInnerTexts();
    expect(offered.slice(1).every((o) => /^(15|22)\/KH-TGPL · /.test(o)), offered.join('\n')).toBe(true); // 120/KH-STP is closed
    await distribution.getByLabel('Ngày cấp phát').fill('15/04/2026');
    await distribution.getByLabel('Đơn vị nhận').selectOption({ label: 'Xã Thất Khê' });
    await distribution.getByLabel('Ấn phẩm').selectOption({ label: 'Tờ gấp: Trợ giúp pháp lý miễn phí cho nạn nhân mua bán người (tồn 3.750)' });
    await distribution.getByLabel('Số lượng').fill('200');
    await picker.selectOption({ label: '22/KH-TGPL · 15/04/2026 · Truyền thông lưu động tại xã · Nhà văn hóa thôn Khòn Pát' });
    await distribution.getByRole('button', { name: 'Ghi cấp phát' }).click();
    await page.getByRole('status').filter({ hasText: 'Đã ghi lần cấp phát.' }).waitFor();

    // Back on the plan: the copies at the event, and a news item for the media activity.
    await page.goto(`${server!.url}#/plan/22-kh-tgpl-2026`);
    await expect.poll(() => activityRow('Truyền thông lưu động tại xã').innerText()).toMatch(/25%\s+60 \(28\)\s+200/);
    expect(await page.getByRole('table', { name: 'Các sự kiện' }).getByRole('row', { name: /15\/04\/2026/ }).innerText()).toMatch(/Xã Thất Khê\s+60\s+28\s+200/);
    const media = page.getByRole('form', { name: 'Ghi tin bài, phóng sự' });
    await media.getByLabel('Ngày đăng, phát').fill('20/05/2026');
    await media.getByLabel('Kênh đăng, phát').fill('Đài Phát thanh và Truyền hình Lạng Sơn');
    await media.getByLabel('Tên tin bài, phóng sự').fill('Trở về từ bên kia biên giới');
    await media.getByRole('button', { name: 'Ghi tin bài, phóng sự' }).click();
    await expect.poll(() => activityRow('Phóng sự về người bị mua bán trở về').innerText()).toMatch(/1 phóng sự\s+1\s+100%/);
    await page.screenshot({ path: join(SHOTS, 'plan.png'), fullPage: true });

    // Closed: no more events until reopened, and the list says so.
    await page.getByRole('button', { name: 'Kết thúc kế hoạch' }).click();
    await page.getByRole('button', { name: 'Mở lại kế hoạch' }).waitFor();
    expect(await page.getByRole('form', { name: 'Ghi sự kiện' }).count()).toBe(0);
    await page.getByRole('link', { name: '← Danh sách kế hoạch' }).click();
    expect(await page.getByRole('table', { name: 'Danh sách kế hoạch' }).getByRole('row', { name: /22\/KH-TGPL/ }).innerText()).toMatch(/Đã kết thúc[\s\S]*0 \/ 40\.000\.000 đ/);
  });
});
