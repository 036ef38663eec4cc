// The PDF/X-1a:2003 rules that can be checked on a written file, judged on
// what the inspector read back. Each finding says, in Vietnamese, what a
// print shop's preflight would reject, on which page, and what to do.
import type { Finding } from '../../contract/findings.js';
import type { Box, PdfInspection } from './inspect.js';
import { isPrintColourSpace, MAX_PDF_VERSION, PDFX_VERSION } from './standard.js';

/** Boxes are compared with this slack: writers round coordinates. */
const BOX_SLACK_PT = 0.01;
const REWRITE = 'Hãy xuất lại tệp in bằng ứng dụng (lệnh render) thay vì sửa tệp bằng phần mềm khác.';

export function pdfxFindings(pdf: PdfInspection): Finding[] {
  return [
    ...versionFindings(pdf),
    ...infoFindings(pdf),
    ...outputIntentFindings(pdf),
    ...pdf.pages.flatMap((page) => [...boxFindings(page), ...colourFindings(page), ...transparencyFindings(page)]),
    ...fontFindings(pdf),
  ];
}

const error = (code: string, message: string, page?: number): Finding => ({ severity: 'error', code, message, ...(page ? { page } : {}) });

function versionFindings(pdf: PdfInspection): Finding[] {
  const out: Finding[] = [];
  if (!(Number(pdf.version) <= MAX_PDF_VERSION)) {
    out.push(error('pdfx-version', `Tệp là PDF ${pdf.version}; chuẩn ${PDFX_VERSION} chỉ nhận PDF 1.3 hoặc 1.4. ${REWRITE}`));
  }
  const declared = pdf.info.GTS_PDFXVersion;
  if (declared !== PDFX_VERSION) {
    const found = declared ? `ghi "${declared}"` : 'không có';
    out.push(error('pdfx-version', `Mục thông tin GTS_PDFXVersion của tệp ${found}, cần là "${PDFX_VERSION}" để nhà in nhận ra tệp theo chuẩn. ${REWRITE}`));
  }
  if (pdf.encrypted) out.push(error('pdfx-version', `Tệp bị mã hoá; tệp ${PDFX_VERSION} không được đặt mật khẩu hay mã hoá. ${REWRITE}`));
  return out;
}

function infoFindings(pdf: PdfInspection): Finding[] {
  const out: Finding[] = [];
  if (!pdf.info.Title?.trim()) out.push(error('pdfx-info', `Tệp chưa có tiêu đề (Title) trong phần thông tin; ${PDFX_VERSION} bắt buộc. Hãy điền tiêu đề ấn phẩm rồi xuất lại.`));
  if (pdf.info.Trapped !== '/True' && pdf.info.Trapped !== '/False') {
    out.push(error('pdfx-info', `Mục Trapped của tệp ${pdf.info.Trapped ? `là ${pdf.info.Trapped}` : 'bị thiếu'}; cần là tên /True hoặc /False. ${REWRITE}`));
  }
  return out;
}

function outputIntentFindings(pdf: PdfInspection): Finding[] {
  const intent = pdf.outputIntents.find((i) => i.subtype === 'GTS_PDFX');
  if (!intent?.outputConditionIdentifier) {
    return [error('output-intent-missing',
      'Tệp không khai báo điều kiện in (OutputIntent GTS_PDFX, ví dụ FOGRA39); nhà in không biết màu CMYK được chuẩn bị cho loại giấy và máy in nào. ' + REWRITE)];
  }
  // Only a condition in a public registry may leave out its ICC profile.
  if (!intent.registryName && intent.profileComponents === undefined) {
    return [error('output-intent-missing',
      `Điều kiện in "${intent.outputConditionIdentifier}" không thuộc danh mục đăng ký (RegistryName) mà tệp cũng không kèm hồ sơ màu ICC. ${REWRITE}`)];
  }
  if (intent.profileComponents !== undefined && intent.profileComponents !== 4) {
    return [error('output-intent-missing', `Hồ sơ màu của điều kiện in có ${intent.profileComponents} kênh màu; tệp in CMYK cần hồ sơ 4 kênh. ${REWRITE}`)];
  }
  return [];
}

function boxFindings(page: PdfInspection['pages'][number]): Finding[] {
  if (!page.trimBox && !page.artBox) {
    return [error('trimbox-missing', `Trang ${page.number} không có TrimBox (khung xén); nhà in không biết cắt giấy ở đâu. ${REWRITE}`, page.number)];
  }
  const bleed = page.bleedBox ?? page.mediaBox;
  const trim = page.trimBox ?? page.artBox!;
  if (!inside(bleed, page.mediaBox) || !inside(trim, bleed)) {
    return [error('trimbox-missing', `Trang ${page.number} có các khung lồng sai: khung xén phải nằm trong khung tràn lề (BleedBox), khung tràn lề trong khổ giấy (MediaBox). ${REWRITE}`, page.number)];
  }
  return [];
}

function inside(inner: Box, outer: Box): boolean {
  return inner[0] >= outer[0] - BOX_SLACK_PT && inner[1] >= outer[1] - BOX_SLACK_PT && inner[2] <= outer[2] + BOX_SLACK_PT && inner[3] <= outer[3] + BOX_SLACK_PT;
}

function colourFindings(page: PdfInspection['pages'][number]): Finding[] {
  const drawn = page.colourSpaces.filter((s) => !isPrintColourSpace(s));
  const images = page.imageColourSpaces.filter((s) => !isPrintColourSpace(s));
  if (drawn.length === 0 && images.length === 0) return [];
  const parts = [
    ...(drawn.length ? [`nét vẽ và chữ dùng hệ màu ${drawn.join(', ')}`] : []),
    ...(images.length ? [`ảnh dùng hệ màu ${images.join(', ')}`] : []),
  ];
  return [error('non-cmyk-colour',
    `Trang ${page.number}: ${parts.join('; ')}, không phải CMYK hay xám. Máy in sẽ tự đổi màu và màu in ra có thể lệch. ` +
      'Hãy dùng màu CMYK trong mẫu và xuất lại tệp; ảnh RGB được ứng dụng tự chuyển sang CMYK khi xuất.', page.number)];
}

const TRANSPARENCY_NAMES: Record<string, string> = {
  opacity: 'độ trong suốt',
  'soft-mask': 'mặt nạ mềm',
  'blend-mode': 'chế độ hoà trộn',
  'image-soft-mask': 'ảnh có kênh trong suốt',
  group: 'nhóm trong suốt',
};

function transparencyFindings(page: PdfInspection['pages'][number]): Finding[] {
  if (page.transparency.length === 0) return [];
  const list = page.transparency.map((t) => `${TRANSPARENCY_NAMES[t.kind]} (${t.detail})`);
  return [error('transparency',
    `Trang ${page.number} có hiệu ứng trong suốt: ${[...new Set(list)].join(', ')}. ${PDFX_VERSION} không cho phép; ` +
      'hãy bỏ độ mờ hoặc kênh trong suốt (ảnh PNG có nền trong suốt được ứng dụng làm phẳng trên màu in bên dưới khi xuất tệp).', page.number)];
}

function fontFindings(pdf: PdfInspection): Finding[] {
  const firstPage = new Map<string, number>();
  for (const page of pdf.pages) {
    for (const font of page.fonts) if (!font.embedded && !firstPage.has(font.name)) firstPage.set(font.name, page.number);
  }
  return [...firstPage].map(([name, page]) => error('font-not-embedded',
    `Phông "${name}" (từ trang ${page}) không được nhúng vào tệp PDF; nhà in có thể in sai chữ. Hãy chỉ dùng các phông trong thư mục fonts/ của ứng dụng.`, page));
}
