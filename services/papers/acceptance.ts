// Biên bản nghiệm thu: contracted against delivered quantities and the value
// of what was delivered, with the parties' conclusion.
import { formatMoney } from '../../contract/money.js';
import { letterhead, PAPER_SYMBOL } from './letterhead.js';
import type { Paper } from './model.js';
import { amountLine, article, centreAndPrinter, contractRef, deliveredTable, deliveredTotals, fileStem, inWords, meetingLine, paragraph, recordCopies, signatures, type ContractPaperData } from './parts.js';

export function acceptancePaper(data: ContractPaperData): Paper {
  const { view } = data;
  const delivered = deliveredTotals(view);
  const complete = view.lines.every((l) => l.open === 0);
  return {
    title: `Biên bản nghiệm thu hợp đồng số ${view.contract.number}`,
    fileStem: fileStem('nghiem-thu', view),
    blocks: [
      letterhead(data.centre, { number: data.number, symbol: PAPER_SYMBOL.record, date: view.contract.statusDates?.accepted, place: view.contract.place }),
      { type: 'title', title: 'BIÊN BẢN NGHIỆM THU', lines: [[{ text: `Hợp đồng in ấn phẩm ${contractRef(view)}`, bold: true }]] },
      paragraph([{ text: `Căn cứ Hợp đồng in ấn phẩm ${contractRef(view)} giữa Bên A và Bên B;`, italic: true }], { firstLineIndent: true }),
      paragraph([{ text: 'Căn cứ các biên bản giao nhận ấn phẩm giữa hai bên,', italic: true }], { firstLineIndent: true }),
      meetingLine(view.contract.statusDates?.accepted, view.contract.place ?? data.centre.place),
      ...centreAndPrinter(data),
      paragraph('Hai bên cùng nghiệm thu kết quả thực hiện hợp đồng như sau:', { firstLineIndent: true, spaceBefore: true }),
      article('1. Số lượng và giá trị'),
      deliveredTable(view),
      inWords(delivered.total),
      article('2. Chất lượng'),
      paragraph('Ấn phẩm in đúng mẫu đã duyệt, đúng quy cách theo hợp đồng, in rõ nét, không lem, không thiếu trang.', { firstLineIndent: true }),
      article('3. Kết luận'),
      paragraph(
        complete
          ? `Bên B đã giao đủ số lượng theo hợp đồng. Hai bên thống nhất nghiệm thu với giá trị ${formatMoney(delivered.total)} (đã gồm thuế GTGT).`
          : `Bên B đã giao một phần số lượng theo hợp đồng. Hai bên thống nhất nghiệm thu phần đã giao với giá trị ${formatMoney(delivered.total)} (đã gồm thuế GTGT).`,
        { firstLineIndent: true },
      ),
      amountLine('Giá trị hợp đồng', view.totals.total),
      amountLine('Giá trị nghiệm thu', delivered.total),
      paragraph('Biên bản được lập thành 04 bản có giá trị như nhau, mỗi bên giữ 02 bản.', { firstLineIndent: true, spaceBefore: true, keepWithNext: true }),
      signatures(data, recordCopies(data)),
    ],
  };
}
