// The distribution screens and the content library in English, in Debian
// Chromium against `cli serve` on the sample 2022 bundle: after the header's
// language switch their headings, buttons, labels and statuses are English,
// while figures still read "1.270" and dates dd/mm/yyyy, as the office
// writes them.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireTools } from '../helpers/tools.js';
import type { RunningServer } from './server.js';
import { openSession, SHOTS, type BrowserSession } from './session.js';

const ok = requireTools('chromium');
const DATE = /^\d{2}\/\d{2}\/\d{4}$/;

describe.skipIf(!ok)('distribution and library in English', () => {
  let session: BrowserSession | undefined;
  let server: RunningServer | undefined;
  let page: Page;

  beforeAll(async () => {
    session = await openSession('distribution-english', { viewport: { width: 1400, height: 1000 }, bundle: 'samples/bundle-2022.json' });
    ({ server, page } = session);
  });

  afterAll(async () => {
    await session?.close();
  });

  it('switches units, distributions, plan and library to English and keeps the office\'s figures and dates', async () => {
    await page.goto(`${server!.url}#/units`);
    await page.getByRole('heading', { name: 'Đơn vị nhận ấn phẩm' }).waitFor();
    await page.getByLabel('Ngôn ngữ giao diện').selectOption({ label: 'English' });

    // Units: the district's level and the copies it received (1.270 in the 2022 bundle).
    await page.getByRole('heading', { name: 'Receiving units', level: 1 }).waitFor();
    await page.getByRole('form', { name: 'Add a unit' }).getByRole('button', { name: 'Add unit' }).waitFor();
    const units = page.getByRole('table', { name: 'Units' });
    expect(await units.locator('thead').innerText()).toMatch(/Code[\s\S]*Unit name[\s\S]*Level[\s\S]*Received \(copies\)[\s\S]*Status/);
    expect(await units.getByRole('row', { name: /Huyện Đình Lập/ }).innerText()).toMatch(/district[\s\S]*1\.270[\s\S]*Active/);
    expect(await page.getByText('Đơn vị nhận ấn phẩm').count()).toBe(0);

    // Distributions: record one in English; the form keeps dd/mm/yyyy and the list shows it.
    await page.goto(`${server!.url}#/distributions`);
    await page.getByRole('heading', { name: 'Distribution of publications', level: 1 }).waitFor();
    const form = page.getByRole('form', { name: 'Record distribution' });
    expect(await form.getByLabel('Distribution date').inputValue()).toMatch(DATE);
    await form.getByLabel('Distribution date').fill('21/12/2022');
    await form.getByLabel('Receiving unit').selectOption({ label: 'Huyện Đình Lập' });
    await form.getByLabel('Publication').selectOption({ label: 'Sổ tay trợ giúp pháp lý (110 in stock)' });
    await form.getByLabel('Quantity').fill('5');
    await form.getByLabel('Occasion').selectOption({ label: 'Training' });
    await form.getByRole('button', { name: 'Record distribution' }).click();
    await page.getByRole('status').filter({ hasText: 'Distribution recorded.' }).waitFor();
    const list = page.getByRole('table', { name: 'Distributions' });
    expect(await list.locator('thead').innerText()).toMatch(/Select[\s\S]*Date[\s\S]*Unit[\s\S]*Publication[\s\S]*Quantity[\s\S]*Occasion/);
    const row = list.getByRole('row', { name: /Select the distribution of 21\/12\/2022 to Huyện Đình Lập/ });
    expect(await row.innerText()).toMatch(/21\/12\/2022[\s\S]*Sổ tay trợ giúp pháp lý[\s\S]*5[\s\S]*Training/);
    await row.getByRole('button', { name: 'Edit' }).waitFor();
    await page.getByRole('button', { name: 'Handover record (PDF)' }).waitFor();
    await page.screenshot({ path: join(SHOTS, 'distribution-english.png'), fullPage: true });

    // The plans: the list, then the plan's activities (their names and units of count are the record's own words), events and allocations.
    await page.goto(`${server!.url}#/plan`);
    await page.getByRole('heading', { name: 'Plans', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'New plan' }).waitFor();
    expect(await page.getByRole('table', { name: 'Plans' }).getByRole('row', { name: /120\/KH-STP/ }).innerText()).toMatch(/06\/09\/2022 – 31\/12\/2022\s+Closed/);
    await page.getByRole('link', { name: '120/KH-STP' }).click();
    await page.getByRole('heading', { name: 'Plan 120/KH-STP', level: 1 }).waitFor();
    const activities = page.getByRole('table', { name: 'Progress of the activities' });
    expect(await activities.getByRole('row', { name: /Truyền thông về trợ giúp pháp lý tại xã, thôn/ }).innerText()).toMatch(/10 đợt\s+10\s+100%[\s\S]*Q4\/2022/);
    await page.getByRole('heading', { name: 'Allocation plan' }).waitFor();
    await page.getByRole('button', { name: 'Reopen the plan' }).waitFor();
    expect(await page.getByRole('table', { name: 'Events' }).locator('tbody tr').first().locator('td').first().innerText()).toMatch(DATE);

    // The content library: search, item kinds, and the laws with their dates.
    await page.goto(`${server!.url}#/library`);
    await page.getByRole('heading', { name: 'Content library', level: 1 }).waitFor();
    await page.getByLabel('Search (diacritics not needed)').fill('tro giup');
    await expect.poll(() => page.getByRole('status').filter({ hasText: /^\d+ items?$/ }).count()).toBe(1);
    await page.getByRole('heading', { name: 'Legal documents', level: 2 }).waitFor();
    // The replaced 2006 law, in English words, with its dates as dd/mm/yyyy.
    const law = page.locator('table.laws tr[data-law="69/2006/QH11"]');
    expect(await law.locator('.law-status').innerText()).toBe('replaced');
    expect(await law.locator('td:nth-child(3)').innerText()).toMatch(/^issued \d{2}\/\d{2}\/\d{4}\nin force from \d{2}\/\d{2}\/\d{4}$/);
    expect(await page.getByText('Thư viện nội dung').count()).toBe(0);
    await page.screenshot({ path: join(SHOTS, 'library-english.png'), fullPage: true });
  });
});
