// Money in whole đồng: line amounts, VAT, totals and the amount in words.
// Pure (no Node imports) so the contract form computes exactly what the
// service stores and the documents print.
//
// Rounding rule (docs/records.md): each line amount is quantity × unit price,
// exact in integers; VAT is taken once per contract on the sum of the line
// amounts and rounded half up to a whole đồng; total = sum + VAT.
import { ReadingConfig, doReadNumber } from 'read-vietnamese-number';

export interface PricedLine {
  quantity: number;
  unitPrice: number;
}

export interface Totals {
  /** Sum of the line amounts, before VAT (cộng tiền hàng). */
  subtotal: number;
  /** VAT on the subtotal, rounded half up (tiền thuế GTGT). */
  vat: number;
  /** subtotal + vat (tổng cộng tiền thanh toán). */
  total: number;
}

export function lineAmount(line: PricedLine): number {
  return line.quantity * line.unitPrice;
}

/**
 * VAT percent may carry up to two decimals (e.g. 8, 10, 5.5): it is turned
 * into basis points so the arithmetic stays in integers (BigInt, since a
 * large contract times 10 000 passes 2^53).
 */
export function vatOn(subtotal: number, vatPercent: number): number {
  const basisPoints = BigInt(Math.round(vatPercent * 100));
  const scaled = BigInt(subtotal) * basisPoints;
  // Half up: add half of the divisor before the integer division (amounts are never negative).
  return Number((scaled + 5_000n) / 10_000n);
}

export function totalsOf(lines: readonly PricedLine[], vatPercent: number): Totals {
  const subtotal = lines.reduce((sum, line) => sum + lineAmount(line), 0);
  const vat = vatOn(subtotal, vatPercent);
  return { subtotal, vat, total: subtotal + vat };
}

/** 1200000 → "1.200.000 đ" (dots group thousands, as Vietnamese documents write money). */
export function formatMoney(amount: number): string {
  return `${formatInteger(amount)} đ`;
}

/** 1200000 → "1.200.000". */
export function formatInteger(value: number): string {
  const digits = String(Math.trunc(Math.abs(value)));
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return value < 0 ? `-${grouped}` : grouped;
}

/** 8 → "8", 5.5 → "5,5" (decimal comma). */
export function formatPercent(value: number): string {
  return String(value).replace('.', ',');
}

const WORDS = (() => {
  const config = new ReadingConfig();
  config.unit = ['đồng'];
  // Financial documents write "tỷ"; the library's default spelling is "tỉ".
  config.units = [[], ['nghìn'], ['triệu'], ['tỷ']];
  return config;
})();

/** 1200000 → "Một triệu hai trăm nghìn đồng": capital first letter, "đồng" at the end. */
export function amountInWords(amount: number): string {
  if (!Number.isSafeInteger(amount) || amount < 0) {
    throw new RangeError(`amountInWords needs a whole, non-negative number of đồng, got ${amount}`);
  }
  const words = doReadNumber(String(amount), WORDS);
  return words.charAt(0).toUpperCase() + words.slice(1);
}
