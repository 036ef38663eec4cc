// The records and report screens in English, in Debian Chromium against
// `cli serve` on the sample 2022 bundle: after the header's language switch
// the headings, buttons and statuses are English, while money still reads
// "36.828.000 đ" and dates dd/mm/yyyy, as the office writes them.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireTools } from '../helpers/tools.js';
import type { RunningServer } from './server.js';
import { openSession, SHOTS, type BrowserSession } from './session.js';

const ok = requireTools('chromium');

describe.skipIf(!ok)('records and reports in English', () => {
  let session: BrowserSession | undefined;
  let server: RunningServer | undefined;
  let page: Page;

  beforeAll(async () => {
    session = await openSession('records-english', { viewport: { width: 1400, height: 1000 }, bundle: 'samples/bundle-2022.json' });
    ({ server, page } = session);
  });

  afterAll(async () => {
    await session?.close();
  });

  it('switches the contracts and reports screens to English and keeps Vietnamese money and dates', async () => {
    await page.goto(`${server!.url}#/contracts`);
    await page.getByRole('heading', { name: 'Hợp đồng in' }).waitFor();
    await page.getByLabel('Ngôn ngữ giao diện').selectOption({ label: 'English' });

    // The list: English heading, button and status, Vietnamese money and dates.
    await page.getByRole('heading', { name: 'Print contracts' }).waitFor();
    await page.getByRole('link', { name: 'New contract' }).waitFor();
    const list = page.getByRole('table', { name: 'Contracts' });
    // Contract 01/2022: 11 000 × 1 200 + 2 200 × 9 500 = 34 100 000, plus 8 % VAT 2 728 000.
    const first = list.getByRole('row', { name: /01\/2022\/HĐ-TGPL/ });
    expect(await first.innerText()).toMatch(/05\/10\/2022[\s\S]*Accepted[\s\S]*36\.828\.000 đ/);
    expect(await list.locator('thead').innerText()).toMatch(/Status[\s\S]*Value[\s\S]*Delivered \/ ordered/);

    // One contract: its terms, totals, status steps and document buttons.
    await first.getByRole('link', { name: '01/2022/HĐ-TGPL' }).click();
    await page.getByRole('heading', { name: /Contract no\. 01\/2022\/HĐ-TGPL/ }).waitFor();
    const terms = page.getByRole('form', { name: 'Contract terms' });
    expect(await terms.getByLabel('Contract date', { exact: true }).inputValue()).toBe('05/10/2022');
    expect(await terms.getByLabel('Advance paid (đồng)').inputValue()).toBe('10.000.000');
    expect(await terms.getByRole('group', { name: 'Line 1' }).getByLabel('Quantity', { exact: true }).inputValue()).toBe('11.000');
    expect(await terms.getByTestId('subtotal').innerText()).toBe('34.100.000 đ');
    expect(await terms.getByTestId('total').innerText()).toBe('36.828.000 đ');
    expect(await terms.getByTestId('line-amount-0').innerText()).toBe('13.200.000 đ');
    await terms.getByRole('button', { name: 'Save contract' }).waitFor();
    await page.getByRole('region', { name: 'Contract status' }).getByRole('button', { name: 'Move to “Liquidated”' }).waitFor();
    await page.getByRole('button', { name: 'Contract (PDF)' }).waitFor();
    await page.screenshot({ path: join(SHOTS, 'records-english-contract.png'), fullPage: true });

    // The report: English headings and export buttons, money and figures as before.
    await page.getByRole('link', { name: 'Reports' }).click();
    await page.getByRole('heading', { name: 'Distribution report' }).waitFor();
    await page.getByRole('button', { name: 'Show report' }).waitFor();
    await page.getByRole('button', { name: 'Export Excel (XLSX)' }).waitFor();
    await page.getByRole('heading', { name: 'By quarter and year' }).waitFor();
    const summary = page.getByRole('table', { name: 'Contracts summary' });
    expect(await summary.getByRole('row', { name: /01\/2022\/HĐ-TGPL/ }).innerText()).toMatch(/13\.200[\s\S]*36\.828\.000 đ/);
    expect(await page.getByText(/^In total .* copies over .* distributions\.$/).innerText()).toMatch(/^In total \d{1,3}(\.\d{3})* copies over \d+ distributions\.$/);
    await page.getByRole('table', { name: 'Distribution by quarter and year' }).getByRole('cell', { name: 'Q4/2022' }).waitFor();
    await page.screenshot({ path: join(SHOTS, 'records-english-reports.png'), fullPage: true });
  });
});
