import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { amountInWords, formatMoney, totalsOf, vatOn } from '../../../contract/money.js';

describe('money in whole đồng', () => {
  it.each([
    [0, 'Không đồng'],
    [5, 'Năm đồng'],
    [15, 'Mười lăm đồng'],
    [21, 'Hai mươi mốt đồng'],
    [105, 'Một trăm lẻ năm đồng'],
    [10_000, 'Mười nghìn đồng'],
    [1_200_000, 'Một triệu hai trăm nghìn đồng'],
    [1_000_005, 'Một triệu không trăm lẻ năm đồng'],
    [6_480_000, 'Sáu triệu bốn trăm tám mươi nghìn đồng'],
    [1_000_000_000, 'Một tỷ đồng'],
    [2_500_000_000, 'Hai tỷ năm trăm triệu đồng'],
  ])('%i đồng in words: %s', (amount, words) => {
    expect(amountInWords(amount)).toBe(words);
  });

  it('words start with a capital, end with "đồng" and are NFC for any amount', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), (n) => {
      const words = amountInWords(n);
      expect(words.charAt(0)).toBe(words.charAt(0).toLocaleUpperCase('vi'));
      expect(words.endsWith(' đồng')).toBe(true);
      expect(words.normalize('NFC')).toBe(words);
    }));
  });

  it('refuses what is not whole đồng', () => {
    expect(() => amountInWords(1.5)).toThrow(RangeError);
    expect(() => amountInWords(-1)).toThrow(RangeError);
  });

  it.each([
    [0, '0 đ'],
    [999, '999 đ'],
    [1_200_000, '1.200.000 đ'],
    [1_000_005, '1.000.005 đ'],
    [1_000_000_000, '1.000.000.000 đ'],
  ])('%i is shown as %s', (amount, text) => {
    expect(formatMoney(amount)).toBe(text);
  });

  it('VAT is taken once on the sum of the lines and rounded half up', () => {
    // 3 × 333 = 999 and 1 × 1 = 1: per-line VAT at 5 % would round 49.95 → 50 and 0.05 → 0; on the sum it is exactly 50.
    expect(totalsOf([{ quantity: 3, unitPrice: 333 }, { quantity: 1, unitPrice: 1 }], 5)).toEqual({ subtotal: 1000, vat: 50, total: 1050 });
    expect(vatOn(10, 5)).toBe(1); // 0.5 rounds up
    expect(vatOn(9, 5)).toBe(0); // 0.45 rounds down
    expect(vatOn(1_000_005, 8)).toBe(80_000); // 80 000.4
    expect(vatOn(1_000_007, 8)).toBe(80_001); // 80 000.56
    expect(vatOn(1000, 5.5)).toBe(55);
    expect(vatOn(123_456, 0)).toBe(0);
    expect(vatOn(123_456, 100)).toBe(123_456);
  });

  it('totals stay exact integers for large contracts', () => {
    fc.assert(fc.property(
      fc.array(fc.record({ quantity: fc.integer({ min: 1, max: 10_000_000 }), unitPrice: fc.integer({ min: 1, max: 100_000_000 }) }), { minLength: 1, maxLength: 5 }),
      fc.integer({ min: 0, max: 10_000 }).map((bp) => bp / 100),
      (lines, vat) => {
        const t = totalsOf(lines, vat);
        const exactVat = (BigInt(t.subtotal) * BigInt(Math.round(vat * 100)) * 2n + 10_000n) / 20_000n;
        expect(BigInt(t.vat)).toBe(exactVat);
        expect(t.total).toBe(t.subtotal + t.vat);
      },
    ));
  });
});
