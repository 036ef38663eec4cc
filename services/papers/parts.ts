// Pieces the three records share: the parties, the item table, the amount
// lines and the signatures. Empty details print as a dotted blank to fill in
// by hand, as paper forms do.
import type { ContractLineView, ContractView } from '../../contract/records.js';
import { formatDate, longDate } from '../../contract/dates.js';
import { amountInWords, formatInteger, formatMoney, formatPercent, totalsOf, type Totals } from '../../contract/money.js';
import type { Centre, ContractItem, Printer } from '../../contract/record-schemas.js';
import { closing } from './letterhead.js';
import type { Block, Cell, Column, Run } from './model.js';

export const BLANK = '…………………………';

export interface ContractPaperData {
  view: ContractView;
  centre: Centre;
  /** The record's own number the user gave (acceptance, liquidation); the contract's is its record's. */
  number?: string;
}

const or = (value: string | undefined) => value ?? BLANK;

export const paragraph = (runs: Run[] | string, extra: Partial<Extract<Block, { type: 'paragraph' }>> = {}): Block => ({
  type: 'paragraph',
  runs: typeof runs === 'string' ? [{ text: runs }] : runs,
  align: 'justify',
  ...extra,
});

/** "Điều 1. …" heading of a contract article. */
export const article = (text: string): Block => paragraph([{ text, bold: true }], { spaceBefore: true, keepWithNext: true });

/** A contract number with its date, as records cite it: "số 01/2022/HĐ-TGPL ngày 05/10/2022". */
export const contractRef = (view: ContractView) => `số ${view.contract.number} ngày ${formatDate(view.contract.date)}`;

export function partyBlocks(label: string, role: string, party: Partial<Centre & Printer>): Block[] {
  const bank = party.bankAccount ? `${party.bankAccount}${party.bankName ? ` tại ${party.bankName}` : ''}` : BLANK;
  return [
    paragraph([{ text: `${label} (${role}): `, bold: true }, { text: (party.name ?? BLANK).toLocaleUpperCase('vi'), bold: true }], { spaceBefore: true }),
    paragraph(`- Địa chỉ: ${or(party.address)}`),
    paragraph(`- Điện thoại: ${or(party.phone)}`),
    paragraph(`- Mã số thuế: ${or(party.taxCode)}`),
    paragraph(`- Tài khoản: ${bank}`),
    paragraph(`- Đại diện: ${or(party.representative)}; chức vụ: ${or(party.position)}`),
  ];
}

export function centreAndPrinter(data: ContractPaperData): Block[] {
  return [
    ...partyBlocks('BÊN A', 'bên đặt in', data.centre),
    ...partyBlocks('BÊN B', 'bên nhận in', data.view.printer ?? {}),
  ];
}

/** "Khổ A4; 2 trang; in 4/4 màu; giấy Couche 150 g/m²; gia công: gấp 3". */
export function specificationText(item: ContractItem): string {
  const s = item.spec;
  if (!s) return '';
  const paper = [s.paper, s.paperGsm && `${s.paperGsm} g/m²`].filter(Boolean).join(' ');
  return [
    s.size && `khổ ${s.size}`,
    s.pages && `${s.pages} trang`,
    s.colours && `in ${s.colours} màu`,
    paper && `giấy ${paper}`,
    s.finishing && `gia công: ${s.finishing}`,
  ].filter(Boolean).join('; ');
}

const itemCell = (line: ContractLineView): Cell => {
  const spec = specificationText(line);
  return { text: spec ? `${line.title}\n(${spec})` : line.title, align: 'left' };
};

const unitOf = (line: ContractLineView) => line.unit ?? 'bản';

/** Rows "Cộng", "Thuế GTGT", "Tổng cộng" under an item table of `width` columns. */
function totalRows(totals: Totals, vatPercent: number, width: number): Cell[][] {
  const row = (label: string, amount: number, bold = false): Cell[] => [
    { text: label, span: width - 1, align: 'left', bold },
    { text: formatInteger(amount), align: 'right', bold },
  ];
  return [row('Cộng tiền hàng', totals.subtotal), row(`Thuế GTGT (${formatPercent(vatPercent)}%)`, totals.vat), row('Tổng cộng', totals.total, true)];
}

/** A column of figures, right-aligned. */
const figures = (widthPct: number): Column => ({ widthPct, align: 'right' });

/** The contract's items: TT, item and specification, unit, quantity, unit price before VAT, amount. */
export function contractTable(view: ContractView): Block {
  const columns: Column[] = [
    { widthPct: 6, align: 'center' }, { widthPct: 39, align: 'left' }, { widthPct: 9, align: 'center' },
    figures(13), figures(14), figures(19),
  ];
  const header = ['TT', 'Tên ấn phẩm và quy cách', 'Đơn vị tính', 'Số lượng', 'Đơn giá (chưa VAT, đồng)', 'Thành tiền (đồng)'];
  const rows = view.lines.map((line, i): Cell[] => [
    { text: String(i + 1) }, itemCell(line), { text: unitOf(line) },
    { text: formatInteger(line.quantity) }, { text: formatInteger(line.unitPrice) }, { text: formatInteger(line.amount) },
  ]);
  return { type: 'table', columns, header: header.map((text) => ({ text, bold: true, align: 'center' })), rows: [...rows, ...totalRows(view.totals, view.contract.vatPercent, columns.length)] };
}

/** The value of what was actually delivered, by the same rounding rule as the contract. */
export function deliveredTotals(view: ContractView): Totals {
  return totalsOf(view.lines.map((l) => ({ quantity: l.delivered, unitPrice: l.unitPrice })), view.contract.vatPercent);
}

/** Contracted against delivered quantities, valued at the delivered quantity (acceptance and liquidation). */
export function deliveredTable(view: ContractView): Block {
  const columns: Column[] = [
    { widthPct: 6, align: 'center' }, { widthPct: 31, align: 'left' }, { widthPct: 8, align: 'center' },
    figures(12), figures(12), figures(13), figures(18),
  ];
  const header = ['TT', 'Tên ấn phẩm và quy cách', 'Đơn vị tính', 'Số lượng theo hợp đồng', 'Số lượng thực giao', 'Đơn giá (chưa VAT, đồng)', 'Thành tiền theo thực giao (đồng)'];
  const rows = view.lines.map((line, i): Cell[] => [
    { text: String(i + 1) }, itemCell(line), { text: unitOf(line) }, { text: formatInteger(line.quantity) },
    { text: formatInteger(line.delivered) }, { text: formatInteger(line.unitPrice) }, { text: formatInteger(line.delivered * line.unitPrice) },
  ]);
  return { type: 'table', columns, header: header.map((text) => ({ text, bold: true, align: 'center' })), rows: [...rows, ...totalRows(deliveredTotals(view), view.contract.vatPercent, columns.length)] };
}

/** "Bằng chữ: Một triệu … đồng." */
export const inWords = (amount: number): Block => paragraph([{ text: 'Bằng chữ: ', italic: true }, { text: `${amountInWords(amount)}.`, italic: true, bold: true }]);

export const amountLine = (label: string, amount: number): Block => paragraph([{ text: `- ${label}: ` }, { text: formatMoney(amount), bold: true }]);

/** "Hôm nay, ngày 05 tháng 10 năm 2022, tại Lạng Sơn, chúng tôi gồm:" */
export const meetingLine = (date: string | undefined, place: string | undefined): Block =>
  paragraph(`Hôm nay, ${longDate(date)}, tại ${place ?? BLANK}, chúng tôi gồm:`, { firstLineIndent: true, spaceBefore: true });

const SIGN_AND_SEAL = '(Ký, ghi rõ họ tên và đóng dấu)';
const upper = (position: string | undefined) => position?.toLocaleUpperCase('vi');

/**
 * Both sides' signatures; `recipients`: where the copies go (the acceptance and liquidation records
 * list them, see recordCopies; a contract is kept by its two sides and lists none).
 */
export function signatures(data: ContractPaperData, recipients: string[] = []): Block {
  return closing(
    [
      { title: 'ĐẠI DIỆN BÊN A', position: upper(data.centre.position), note: SIGN_AND_SEAL, name: data.centre.representative },
      { title: 'ĐẠI DIỆN BÊN B', position: upper(data.view.printer?.position), note: SIGN_AND_SEAL, name: data.view.printer?.representative },
    ],
    recipients,
  );
}

/** Where the four copies of an acceptance or liquidation record go: two to the printer, two kept. */
export const recordCopies = (data: ContractPaperData): string[] => [`${data.view.printer?.name ?? 'Bên B'} (02 bản)`, 'Lưu: VT, Kế toán (02 bản)'];

/** File names carry the contract number in ASCII: "01/2022/HĐ-TGPL" → "01-2022-HD-TGPL". */
export function fileStem(prefix: string, view: ContractView): string {
  const ascii = view.contract.number.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, (c) => (c === 'đ' ? 'd' : 'D'));
  return `${prefix}-${ascii.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '')}`;
}
