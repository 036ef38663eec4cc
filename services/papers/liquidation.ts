// Biên bản thanh lý hợp đồng: what was delivered, its value, what was paid
// in advance and what is still to be paid, then the contract is closed.
import { amountInWords } from '../../contract/money.js';
import { letterhead, PAPER_SYMBOL } from './letterhead.js';
import type { Paper } from './model.js';
import { amountLine, article, centreAndPrinter, contractRef, deliveredTable, deliveredTotals, fileStem, meetingLine, paragraph, recordCopies, signatures, type ContractPaperData } from './parts.js';

export function liquidationPaper(data: ContractPaperData): Paper {
  const { view } = data;
  const value = deliveredTotals(view).total;
  const paid = view.contract.advancePaid ?? 0;
  const remaining = value - paid;
  return {
    title: `Biên bản thanh lý hợp đồng số ${view.contract.number}`,
    fileStem: fileStem('thanh-ly', view),
    blocks: [
      letterhead(data.centre, { number: data.number, symbol: PAPER_SYMBOL.record, date: view.contract.statusDates?.liquidated, place: view.contract.place }),
      { type: 'title', title: 'BIÊN BẢN THANH LÝ HỢP ĐỒNG', lines: [[{ text: `Hợp đồng in ấn phẩm ${contractRef(view)}`, bold: true }]] },
      paragraph([{ text: 'Căn cứ Bộ luật Dân sự số 91/2015/QH13 ngày 24 tháng 11 năm 2015;', italic: true }], { firstLineIndent: true }),
      paragraph([{ text: `Căn cứ Hợp đồng in ấn phẩm ${contractRef(view)} và biên bản nghiệm thu giữa hai bên,`, italic: true }], { firstLineIndent: true }),
      meetingLine(view.contract.statusDates?.liquidated, view.contract.place ?? data.centre.place),
      ...centreAndPrinter(data),
      paragraph('Hai bên thống nhất thanh lý hợp đồng với các nội dung sau:', { firstLineIndent: true, spaceBefore: true }),
      article('1. Khối lượng đã thực hiện'),
      deliveredTable(view),
      article('2. Giá trị thanh lý và thanh toán'),
      amountLine('Giá trị hợp đồng', view.totals.total),
      amountLine('Giá trị thanh lý (theo số lượng thực giao, đã gồm thuế GTGT)', value),
      amountLine('Bên A đã tạm ứng', paid),
      amountLine(remaining >= 0 ? 'Bên A còn phải thanh toán cho Bên B' : 'Bên B phải hoàn trả cho Bên A', Math.abs(remaining)),
      paragraph([{ text: 'Bằng chữ: ', italic: true }, { text: `${amountInWords(Math.abs(remaining))}.`, italic: true, bold: true }]),
      article('3. Kết luận'),
      paragraph('Hai bên đã thực hiện xong các nghĩa vụ theo hợp đồng (trừ khoản thanh toán nêu trên) và không còn vướng mắc. Hợp đồng được thanh lý kể từ ngày ký biên bản này.', { firstLineIndent: true }),
      paragraph('Biên bản được lập thành 04 bản có giá trị như nhau, mỗi bên giữ 02 bản.', { firstLineIndent: true, keepWithNext: true }),
      signatures(data, recordCopies(data)),
    ],
  };
}
