// The Decree-30 header and closing every paper shares, from the Centre's
// record (docs/settings.md): the governing body (agency) over the issuing
// body (the Centre's name, less the place the governing body already names),
// the paper's own number with the symbol of its kind, and the place-date
// line; at the end the signers and "Nơi nhận:". docs/records.md
// "Papers" says why each piece reads as it does.
import { longDate } from '../../contract/dates.js';
import type { Centre } from '../../contract/record-schemas.js';
import type { Block, Signer } from './model.js';

/** Ký hiệu of each kind of paper (Nghị định 30, Phụ lục III): báo cáo, biên bản, hợp đồng. */
export const PAPER_SYMBOL = { report: 'BC', record: 'BB', contract: 'HĐ' } as const;
export type PaperSymbol = (typeof PAPER_SYMBOL)[keyof typeof PAPER_SYMBOL];

/** The issuing body's abbreviation in every number ("12/BC-TGPL"), as the Centre's papers write it. */
export const ISSUER_ABBREVIATION = 'TGPL';

/** Room to write the number by hand: no-break spaces, so neither Word nor the PDF squeezes them away. */
const NUMBER_BLANK = '\u00a0'.repeat(8);
const PLACE_BLANK = '…………';

/**
 * "Số: 05/BC-TGPL" from "5" (the decree writes numbers under 10 with a 0); a number
 * typed whole ("12/BB-TGPL", "01/2022/HĐ-TGPL") as typed; a blank to fill by hand when none.
 */
export function numberLine(number: string | undefined, symbol: PaperSymbol): string {
  const typed = number?.trim();
  if (!typed) return `Số:${NUMBER_BLANK}/${symbol}-${ISSUER_ABBREVIATION}`;
  return /^\d+$/.test(typed) ? `Số: ${typed.padStart(2, '0')}/${symbol}-${ISSUER_ABBREVIATION}` : `Số: ${typed}`;
}

/**
 * The issuing body as its header names it: "Trung tâm Trợ giúp pháp lý Nhà nước tỉnh Lạng Sơn" under
 * "Sở Tư pháp tỉnh Lạng Sơn" is "Trung tâm Trợ giúp pháp lý Nhà nước", the province being said once,
 * by the governing body. Only a shared ending of two words or more counts, so one common word is kept.
 */
export function issuingBody(centre: Pick<Centre, 'name' | 'agency'>): string {
  const name = centre.name.split(/\s+/);
  const agency = (centre.agency ?? '').split(/\s+/);
  const same = (a: string, b: string) => a.toLocaleLowerCase('vi') === b.toLocaleLowerCase('vi');
  let shared = 0;
  while (shared < name.length - 1 && shared < agency.length && same(name[name.length - 1 - shared], agency[agency.length - 1 - shared])) shared++;
  return (shared >= 2 ? name.slice(0, name.length - shared) : name).join(' ');
}

export interface PaperHeading {
  /** The number the user gave; a blank to fill by hand when absent. */
  number?: string;
  symbol: PaperSymbol;
  /** ISO date of the paper; "ngày …… tháng …… năm ……" when absent. */
  date?: string;
  /** Where it is signed; the Centre's place when absent. */
  place?: string;
}

export function letterhead(centre: Centre, heading: PaperHeading): Block {
  return {
    type: 'letterhead',
    governing: centre.agency?.toLocaleUpperCase('vi'),
    issuer: issuingBody(centre).toLocaleUpperCase('vi'),
    numberLine: numberLine(heading.number, heading.symbol),
    placeDate: `${heading.place ?? centre.place ?? PLACE_BLANK}, ${longDate(heading.date)}`,
  };
}

/** The Centre's head as the one who signs: the position in capitals ("GIÁM ĐỐC"), the name under the signature. */
export function centreSigner(centre: Centre): Signer {
  return { title: (centre.position ?? 'Giám đốc').toLocaleUpperCase('vi'), name: centre.representative };
}

/** The signers and the "Nơi nhận" list; its lines end ";" and the last "." as the decree's forms write them. */
export function closing(parties: Signer[], recipients: string[]): Block {
  return { type: 'closing', parties, recipients: recipients.map((line, i) => `- ${line}${i === recipients.length - 1 ? '.' : ';'}`) };
}
