// Hợp đồng in ấn phẩm: legal bases (with the procurement law and the
// decision selecting the printer), the parties, the items with VAT and the
// total in words, then delivery, payment (with the advance, when one is
// recorded), acceptance and liability.
import { formatDate } from '../../contract/dates.js';
import { amountInWords, formatMoney } from '../../contract/money.js';
import type { Contract } from '../../contract/record-schemas.js';
import { letterhead, PAPER_SYMBOL } from './letterhead.js';
import type { Block, Paper } from './model.js';
import { article, BLANK, centreAndPrinter, contractTable, fileStem, inWords, meetingLine, paragraph, signatures, type ContractPaperData } from './parts.js';

/**
 * The procurement law in force on the contract's date: Luật Đấu thầu 22/2023/QH15 from 01/01/2024,
 * Luật Đấu thầu 43/2013/QH13 before it (a 2022 contract cites the law it was made under).
 */
export function procurementLaw(contractDate: string): string {
  return contractDate >= '2024-01-01'
    ? 'Luật Đấu thầu số 22/2023/QH15 ngày 23 tháng 6 năm 2023'
    : 'Luật Đấu thầu số 43/2013/QH13 ngày 26 tháng 11 năm 2013';
}

/** "Quyết định số 25/QĐ-TGPL ngày 20/9/2026 của Giám đốc … về việc phê duyệt kết quả lựa chọn nhà thầu", blanks where unrecorded. */
export function selectionDecision(c: Pick<Contract, 'selectionNumber' | 'selectionDate' | 'selectionIssuer'>): string {
  const date = c.selectionDate ? formatDate(c.selectionDate) : BLANK;
  return `Quyết định số ${c.selectionNumber ?? BLANK} ngày ${date} của ${c.selectionIssuer ?? BLANK} về việc phê duyệt kết quả lựa chọn nhà thầu`;
}

/** Điều 3: payment, the advance first when one is recorded (in figures and in words), deducted at liquidation. */
function paymentClauses(contract: Contract): Block[] {
  const settle = 'theo số lượng thực tế giao nhận và đơn giá tại Điều 1, sau khi hai bên ký biên bản nghiệm thu và thanh lý hợp đồng, trên cơ sở hóa đơn giá trị gia tăng hợp lệ do Bên B phát hành.';
  if (!contract.advancePaid) return [article('Điều 3. Thanh toán'), paragraph(`Bên A thanh toán cho Bên B bằng chuyển khoản, ${settle}`, { firstLineIndent: true })];
  return [
    article('Điều 3. Tạm ứng và thanh toán'),
    paragraph(
      [
        { text: 'Tạm ứng: ', bold: true },
        { text: `Bên A tạm ứng cho Bên B số tiền ${formatMoney(contract.advancePaid)} (bằng chữ: ${amountInWords(contract.advancePaid)}) bằng chuyển khoản sau khi hợp đồng được ký. Số tiền tạm ứng được trừ vào lần thanh toán khi thanh lý hợp đồng.` },
      ],
      { firstLineIndent: true },
    ),
    paragraph([{ text: 'Thanh toán: ', bold: true }, { text: `Bên A thanh toán phần còn lại cho Bên B bằng chuyển khoản, ${settle}` }], { firstLineIndent: true }),
  ];
}

export function contractPaper(data: ContractPaperData): Paper {
  const { contract, totals } = data.view;
  const bases = [
    'Căn cứ Bộ luật Dân sự số 91/2015/QH13 ngày 24 tháng 11 năm 2015;',
    'Căn cứ Luật Thương mại số 36/2005/QH11 ngày 14 tháng 6 năm 2005;',
    `Căn cứ ${procurementLaw(contract.date)};`,
    ...(contract.budgetSource ? [`Căn cứ ${contract.budgetSource};`] : []),
    `Căn cứ ${selectionDecision(contract)};`,
    'Căn cứ nhu cầu và khả năng của hai bên,',
  ];
  const signed = contract.statusDates?.signed ?? contract.date;
  return {
    title: `Hợp đồng in ấn phẩm số ${contract.number}`,
    fileStem: fileStem('hop-dong', data.view),
    blocks: [
      letterhead(data.centre, { number: contract.number, symbol: PAPER_SYMBOL.contract, date: signed, place: contract.place }),
      { type: 'title', title: 'HỢP ĐỒNG IN ẤN PHẨM', lines: [] },
      ...bases.map((text) => paragraph([{ text, italic: true }], { firstLineIndent: true })),
      meetingLine(signed, contract.place ?? data.centre.place),
      ...centreAndPrinter(data),
      paragraph('Hai bên thống nhất ký kết hợp đồng in ấn phẩm với các điều khoản sau:', { firstLineIndent: true, spaceBefore: true }),

      article('Điều 1. Nội dung công việc, số lượng và giá trị hợp đồng'),
      paragraph('Bên A đặt Bên B in các ấn phẩm sau, theo mẫu (maket) do Bên A duyệt:', { firstLineIndent: true }),
      contractTable(data.view),
      inWords(totals.total),
      paragraph('Đơn giá đã gồm chi phí vật tư, chế bản, in, gia công và vận chuyển đến nơi giao hàng; thuế GTGT tính một lần trên tổng tiền hàng, làm tròn đến đồng.', { firstLineIndent: true }),

      article('Điều 2. Thời gian và địa điểm giao hàng'),
      paragraph(`Bên B giao đủ số lượng ấn phẩm cho Bên A chậm nhất ngày ${contract.deadline ? formatDate(contract.deadline) : BLANK}, tại trụ sở Bên A. Bên B được giao làm nhiều đợt; mỗi đợt hai bên ký biên bản giao nhận ghi rõ số lượng.`, { firstLineIndent: true }),

      ...paymentClauses(contract),

      article('Điều 4. Nghiệm thu'),
      paragraph('Khi nhận hàng, Bên A kiểm tra số lượng và chất lượng (đúng mẫu đã duyệt, đúng quy cách tại Điều 1, in rõ nét, không lem, không thiếu trang). Ấn phẩm không đạt, Bên B phải in lại, không tính thêm chi phí. Hai bên lập biên bản nghiệm thu khi giao đủ.', { firstLineIndent: true }),

      article('Điều 5. Trách nhiệm của các bên'),
      paragraph('Bên A cung cấp mẫu đã duyệt, nhận hàng, nghiệm thu và thanh toán đúng hạn. Bên B in đúng mẫu, đúng quy cách, số lượng và thời hạn; bảo quản bản in và không in thêm, không sử dụng mẫu của Bên A vào việc khác.', { firstLineIndent: true }),
      paragraph('Bên nào vi phạm các điều khoản đã cam kết thì chịu trách nhiệm và bồi thường thiệt hại theo quy định của pháp luật. Tranh chấp trước hết được giải quyết bằng thương lượng; không thương lượng được thì đưa ra Tòa án có thẩm quyền giải quyết.', { firstLineIndent: true }),

      article('Điều 6. Điều khoản chung'),
      paragraph('Hợp đồng có hiệu lực kể từ ngày ký. Hợp đồng được lập thành 04 bản có giá trị pháp lý như nhau, mỗi bên giữ 02 bản.', { firstLineIndent: true, keepWithNext: true }),
      signatures(data),
    ],
  };
}
