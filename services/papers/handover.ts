// Biên bản giao nhận tài liệu: the Centre hands one or several
// distributions' copies to one unit; the record lists the titles and
// quantities and is signed by both sides. Its number is the one the user
// gives, else the handover number its distributions share, else a blank.
import { formatDate, longDate } from '../../contract/dates.js';
import { formatInteger } from '../../contract/money.js';
import type { HandoverData } from '../distribution/service.js';
import { closing, letterhead, PAPER_SYMBOL } from './letterhead.js';
import type { Paper, Block, Cell } from './model.js';
import { BLANK, paragraph } from './parts.js';

export function handoverPaper({ centre, unit, lines, number }: HandoverData & { number?: string }): Paper {
  const dates = [...new Set(lines.map((l) => l.date))].sort();
  const numbers = [...new Set(lines.flatMap((l) => (l.handoverNumber ? [l.handoverNumber] : [])))];
  const receivers = [...new Set(lines.flatMap((l) => (l.recipient ? [l.recipient] : [])))];
  const total = lines.reduce((sum, l) => sum + l.quantity, 0);
  const rows: Cell[][] = lines.map((l, i) => [
    { text: String(i + 1) }, { text: l.title, align: 'left' }, { text: formatDate(l.date) }, { text: formatInteger(l.quantity) },
  ]);
  const table: Block = {
    type: 'table',
    columns: [{ widthPct: 8, align: 'center' }, { widthPct: 54, align: 'left' }, { widthPct: 18, align: 'center' }, { widthPct: 20, align: 'right' }],
    header: ['TT', 'Tên tài liệu', 'Ngày giao', 'Số lượng (bản)'].map((text) => ({ text, bold: true, align: 'center' as const })),
    rows: [...rows, [{ text: 'Tổng cộng', span: 3, align: 'left', bold: true }, { text: formatInteger(total), bold: true }]],
  };
  return {
    title: `Biên bản giao nhận tài liệu cho ${unit.name}`,
    fileStem: `bien-ban-giao-nhan-${unit.id}`,
    blocks: [
      letterhead(centre, { number: number ?? (numbers.length === 1 ? numbers[0] : undefined), symbol: PAPER_SYMBOL.record, date: dates.at(-1) }),
      { type: 'title', title: 'BIÊN BẢN GIAO NHẬN TÀI LIỆU', lines: [] },
      paragraph(`Hôm nay, ${longDate(dates.at(-1))}, tại ${unit.name}, chúng tôi gồm:`, { firstLineIndent: true, spaceBefore: true }),
      paragraph([{ text: 'BÊN GIAO: ', bold: true }, { text: centre.name.toLocaleUpperCase('vi'), bold: true }], { spaceBefore: true }),
      paragraph(`- Đại diện: ${centre.representative ?? BLANK}; chức vụ: ${centre.position ?? BLANK}`),
      paragraph([{ text: 'BÊN NHẬN: ', bold: true }, { text: unit.name.toLocaleUpperCase('vi'), bold: true }], { spaceBefore: true }),
      paragraph(`- Người nhận: ${receivers.length ? receivers.join('; ') : BLANK}`),
      paragraph('Bên giao đã giao và bên nhận đã nhận đủ các tài liệu trợ giúp pháp lý sau để cấp phát miễn phí cho người dân:', { firstLineIndent: true, spaceBefore: true }),
      table,
      paragraph(`Tổng số: ${formatInteger(total)} bản. Tài liệu đúng số lượng, nguyên vẹn.`, { firstLineIndent: true }),
      paragraph('Biên bản được lập thành 02 bản có giá trị như nhau, mỗi bên giữ 01 bản.', { firstLineIndent: true, spaceBefore: true, keepWithNext: true }),
      closing(
        [
          { title: 'BÊN NHẬN', note: '(Ký, ghi rõ họ tên)' },
          { title: 'BÊN GIAO', position: centre.position?.toLocaleUpperCase('vi'), note: '(Ký, ghi rõ họ tên)', name: centre.representative },
        ],
        [`${unit.name} (01 bản)`, 'Lưu: VT (01 bản)'],
      ),
    ],
  };
}
