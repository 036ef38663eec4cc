// The records' screen conventions: money "1.200.000 đ" and dates dd/mm/yyyy
// in either UI language, numbers typed the Vietnamese way, and the status
// and kind names the screens look up in the "records" strings.
import i18next from 'i18next';
import { afterEach, describe, expect, it, vi as vitest } from 'vitest';
import { CONTRACT_STATUSES, PUBLICATION_KINDS } from '../../contract/record-schemas.js';
import {
  formatDate, formatInteger, formatMoney, kindKey, parseDecimal, parseDisplayDate, parseWhole, statusKey, todayDisplay,
} from '../../renderer/src/records/format.js';
import { contractInput, formFromContract } from '../../renderer/src/records/contractForm.js';
import { en } from '../../renderer/src/i18n/en/index.js';
import { vi } from '../../renderer/src/i18n/vi/index.js';

async function strings(lng: 'vi' | 'en') {
  const i18n = i18next.createInstance();
  await i18n.init({ resources: { vi, en }, lng, fallbackLng: false, ns: ['records', 'reports'], defaultNS: 'records', interpolation: { escapeValue: false } });
  return i18n;
}

describe('records: money and dates on screen', () => {
  afterEach(() => { vitest.useRealTimers(); });

  it('writes money with dots between thousands and "đ" after a space', () => {
    expect(formatMoney(0)).toBe('0 đ');
    expect(formatMoney(999)).toBe('999 đ');
    expect(formatMoney(1_200_000)).toBe('1.200.000 đ');
    expect(formatMoney(16_740_000)).toBe('16.740.000 đ');
    expect(formatInteger(1000)).toBe('1.000');
    expect(formatInteger(-2500)).toBe('-2.500');
  });

  it('shows stored dates day first and reads them back', () => {
    expect(formatDate('2022-10-05')).toBe('05/10/2022');
    expect(parseDisplayDate('05/10/2022')).toBe('2022-10-05');
    expect(parseDisplayDate('5/3/2022')).toBe('2022-03-05');
    expect(parseDisplayDate('30/02/2022')).toBeUndefined();
    expect(parseDisplayDate('2022-10-05')).toBeUndefined();
    // Month first is not the office's way: 13 is no month.
    expect(parseDisplayDate('10/13/2022')).toBeUndefined();
  });

  it('starts date fields on today, day first with leading zeros', () => {
    vitest.useFakeTimers();
    vitest.setSystemTime(new Date(2022, 2, 5, 9, 30));
    expect(todayDisplay()).toBe('05/03/2022');
    vitest.setSystemTime(new Date(2023, 11, 31, 23, 59));
    expect(todayDisplay()).toBe('31/12/2023');
  });

  it('reads whole numbers typed with dots and decimals with a comma', () => {
    expect(parseWhole('5.000')).toBe(5000);
    expect(parseWhole('1 200 000')).toBe(1_200_000);
    expect(parseWhole('12,5')).toBeUndefined();
    expect(parseWhole('')).toBeUndefined();
    expect(parseDecimal('8,5')).toBe(8.5);
    expect(parseDecimal('10')).toBe(10);
    expect(parseDecimal('tám')).toBeUndefined();
  });

  it('money and dates read the same in English: the conventions are not the language', async () => {
    const english = await strings('en');
    const option = english.t('records:deliveries.openOption', { title: 'Sổ tay', open: formatInteger(5000) });
    expect(option).toBe('Sổ tay (5.000 to go)');
    expect(english.t('records:backups.restoreLabel', { when: formatDate('2022-10-05') })).toBe('Restore the backup of 05/10/2022');
  });
});

describe('records: the contract form', () => {
  const contract = {
    id: 'c1', number: '01/2022/HĐ-TGPL', date: '2022-10-05', printerId: 'p1', vatPercent: 8.5, status: 'signed' as const,
    deadline: '2022-10-30', advancePaid: 10_000_000,
    items: [{ publicationId: 'pub1', quantity: 11_000, unitPrice: 1_200, unit: 'tờ', spec: { pages: 2, paperGsm: 150 } }],
  };

  it('shows a saved contract the office way and reads it back unchanged', () => {
    const form = formFromContract(contract);
    expect([form.date, form.deadline, form.vatPercent, form.advancePaid]).toEqual(['05/10/2022', '30/10/2022', '8,5', '10.000.000']);
    expect([form.items[0].quantity, form.items[0].unitPrice]).toEqual(['11.000', '1.200']);
    const input = contractInput(form);
    expect(input).toMatchObject({ date: '2022-10-05', deadline: '2022-10-30', vatPercent: 8.5, advancePaid: 10_000_000 });
    expect(input.items).toEqual([expect.objectContaining({ quantity: 11_000, unitPrice: 1_200, spec: expect.objectContaining({ pages: 2, paperGsm: 150 }) })]);
  });

  it('carries the decision selecting the printer, its date typed dd/mm/yyyy', () => {
    const selected = { ...contract, selectionNumber: '25/QĐ-TGPL', selectionDate: '2022-09-28', selectionIssuer: 'Giám đốc Trung tâm' };
    const form = formFromContract(selected);
    expect([form.selectionNumber, form.selectionDate, form.selectionIssuer]).toEqual(['25/QĐ-TGPL', '28/09/2022', 'Giám đốc Trung tâm']);
    expect(contractInput(form)).toMatchObject({ selectionNumber: '25/QĐ-TGPL', selectionDate: '2022-09-28', selectionIssuer: 'Giám đốc Trung tâm' });
  });
});

describe('records: status and kind names in both languages', () => {
  it('names every contract status and publication kind in Vietnamese and English', async () => {
    for (const lng of ['vi', 'en'] as const) {
      const i18n = await strings(lng);
      const names = [...CONTRACT_STATUSES.map((s) => i18n.t(statusKey(s), { ns: 'records' })), ...PUBLICATION_KINDS.map((k) => i18n.t(kindKey(k), { ns: 'records' }))];
      // A missing key comes back as the key itself.
      expect(names.filter((name) => name.includes('.')), lng).toEqual([]);
      expect(new Set(names).size, lng).toBe(names.length);
    }
    expect((await strings('vi')).t(statusKey('signed'), { ns: 'records' })).toBe('Đã ký');
    expect((await strings('en')).t(statusKey('signed'), { ns: 'records' })).toBe('Signed');
  });
});
