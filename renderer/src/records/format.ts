// Screen conventions for the records: money "1.200.000 đ", dates dd/mm/yyyy.
// These conventions hold in English too: the office reads and files Vietnamese money and dates.
import type { ContractStatus, PublicationEntry } from '../../../contract/record-schemas.js';

export { formatMoney, formatInteger, amountInWords, totalsOf } from '../../../contract/money.js';
export { formatDate, parseDisplayDate } from '../../../contract/dates.js';

/** The key of a contract status's name in the "records" strings: t(statusKey('signed')) → "Đã ký". */
export const statusKey = (status: ContractStatus) => `status.${status}` as const;

/** The key of a publication kind's name in the "records" strings: t(kindKey('leaflet')) → "Tờ gấp". */
export const kindKey = (kind: PublicationEntry['kind']) => `kind.${kind}` as const;

/** "5000" or "5.000" → 5000; anything that is not a whole number → undefined. */
export function parseWhole(text: string): number | undefined {
  const digits = text.replace(/[.\s]/g, '');
  return /^\d+$/.test(digits) ? Number(digits) : undefined;
}

/** "8" or "8,5" → 8.5 */
export function parseDecimal(text: string): number | undefined {
  const normal = text.trim().replace(',', '.');
  return /^\d+(\.\d+)?$/.test(normal) ? Number(normal) : undefined;
}

export function todayDisplay(): string {
  const d = new Date();
  return `${String(d.getDate()).padStart(2, '0')}/${String(d.getMonth() + 1).padStart(2, '0')}/${d.getFullYear()}`;
}
