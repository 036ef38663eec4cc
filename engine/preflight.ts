// Preflight: what a print shop or a reader would object to, found in the
// laid-out document and in the PDF file actually written (read back and
// checked against PDF/X-1a:2003, see pdfx/).
import type { Finding } from '../contract/findings.js';
import type { ImageItem, LaidOutDocument, LaidOutPage, TextItem } from './layout/types.js';
import { mmToPt, PT_PER_MM } from './layout/units.js';
import type { PrintImages } from './paint/images.js';
import { pdfxFindings } from './pdfx/file-rules.js';
import { imageInkFindings, vectorInkFindings } from './preflight-ink.js';
import { where } from './preflight-where.js';
import type { TemplatePack } from './template-schema.js';

/** Below this, photos print soft; 300 ppi at the placed size is the print norm. */
const MIN_PPI = 300;
/** Below this a print shop refuses the file: the pixels show. An office proof may still be printed to read. */
const REFUSED_PPI = 150;

export interface PreflightOptions {
  /** Checking for the office proof, not the printer PDF: resolution a print shop would refuse is only a warning. */
  proof?: boolean;
  /** The images as prepared for the PDF (paint/images.ts), whose ink is measured. */
  images?: PrintImages;
}

export async function preflight(doc: LaidOutDocument, pdf: Uint8Array, pack: TemplatePack, opts: PreflightOptions = {}): Promise<Finding[]> {
  return [...layoutFindings(doc, pack, opts), ...(await fileFindings(pdf))];
}

/** What the laid-out pages (and the images made ready for them) show before any file is written (also what a live preview can afford). */
export function layoutFindings(doc: LaidOutDocument, pack: TemplatePack, opts: PreflightOptions = {}): Finding[] {
  return [
    ...(doc.findings ?? []),
    ...overflowFindings(doc),
    ...underfullFindings(doc),
    ...missingGlyphFindings(doc, pack),
    ...doc.pages.flatMap((page, i) => [...lowPpiFindings(page, i + 1, pack, opts.proof ?? false), ...safeAreaFindings(page, i + 1, pack)]),
    ...vectorInkFindings(doc, pack),
    ...(opts.images ? imageInkFindings(opts.images, pack) : []),
  ];
}

function overflowFindings(doc: LaidOutDocument): Finding[] {
  return doc.overflow.map((o) => ({
    severity: 'error',
    code: 'overflow',
    message:
      `Phần "${o.label}" bị tràn: cần thêm khoảng ${o.overflowMm.toLocaleString('vi-VN')} mm chiều cao; ` +
      `${o.blocks.length} khối chưa đặt được (${o.blocks.map((b) => `số ${b.index + 1}`).join(', ')}). ` +
      'Hãy rút gọn nội dung, bỏ bớt khối hoặc chuyển sang phần khác.',
    source: o.blocks[0],
  }));
}

/** A page left mostly empty in the middle of a chapter looks like a mistake to a reader. */
function underfullFindings(doc: LaidOutDocument): Finding[] {
  return (doc.book?.underfullPages ?? []).map(({ page, fill }) => ({
    severity: 'warning',
    code: 'underfull-page',
    message:
      `Trang ${page} chỉ đầy khoảng ${Math.round(fill * 100)}% dù chưa hết chương. ` +
      'Thường do một khung hoặc ảnh lớn không vừa chỗ còn lại; hãy thu nhỏ nó, hoặc chuyển bớt chữ lên trước.',
    page,
  }));
}

function missingGlyphFindings(doc: LaidOutDocument, pack: TemplatePack): Finding[] {
  return doc.missingGlyphs.map((m) => ({
    severity: 'error',
    code: 'missing-glyph',
    message:
      `Phông "${m.face.family}" không có ký tự "${m.char}" (${codePoint(m.char)}) ${where(m.source, pack)}. ` +
      'Hãy thay ký tự đó, hoặc gõ lại đoạn chữ bằng bảng mã Unicode.',
    source: m.source,
  }));
}

/** Under 300 ppi a warning; under 150 ppi an error for the printer PDF (a print shop refuses it), a warning for the proof. */
function lowPpiFindings(page: LaidOutPage, pageNo: number, pack: TemplatePack, proof: boolean): Finding[] {
  return page.items
    .filter((i): i is ImageItem => i.type === 'image')
    .flatMap((img) => {
      const ppi = Math.min(img.pixelWidth / (img.width / 72), img.pixelHeight / (img.height / 72));
      if (ppi >= MIN_PPI) return [];
      const refused = ppi < REFUSED_PPI;
      const size = `${(img.width / PT_PER_MM).toFixed(0)} × ${(img.height / PT_PER_MM).toFixed(0)} mm`;
      return [{
        severity: refused && !proof ? ('error' as const) : ('warning' as const),
        code: 'low-ppi',
        message:
          `Ảnh ${where(img.source, pack)} chỉ đạt ${Math.floor(ppi)} ppi ở kích thước đặt (${size}), ` +
          (refused ? `dưới ${REFUSED_PPI} ppi nên nhà in sẽ không nhận: in ra thấy rõ từng điểm ảnh. ` : 'in sẽ bị mờ. ') +
          `Hãy dùng ảnh có độ phân giải cao hơn (cần ít nhất ${MIN_PPI} ppi) hoặc đặt ảnh nhỏ hơn.`,
        page: pageNo,
        source: img.source,
      }];
    });
}

/** Text closer to the trim than `safeMm` may be cut off when the sheet is trimmed or folded. */
function safeAreaFindings(page: LaidOutPage, pageNo: number, pack: TemplatePack): Finding[] {
  const safe = mmToPt(pack.definition.safeMm);
  // Glyph extent around the baseline: capitals' height above, descenders below.
  const outside = (t: TextItem) =>
    t.x < safe - 0.01 ||
    t.x + t.width > page.trimWidth - safe + 0.01 ||
    t.y - t.sizePt * 0.75 < safe ||
    t.y + t.sizePt * 0.25 > page.trimHeight - safe;
  const seen = new Set<string>();
  const findings: Finding[] = [];
  for (const item of page.items) {
    if (item.type !== 'text' || !outside(item)) continue;
    const key = item.source ? `${item.source.slot}/${item.source.index}` : item.text;
    if (seen.has(key)) continue;
    seen.add(key);
    findings.push({
      severity: 'warning',
      code: 'outside-safe-area',
      message:
        `Chữ "${item.text}" ${where(item.source, pack)} nằm ngoài vùng an toàn (${pack.definition.safeMm} mm tính từ mép xén) ở ${page.label}; ` +
        'khi xén có thể bị mất. Hãy tăng lề của mẫu hoặc rút ngắn dòng chữ.',
      page: pageNo,
      source: item.source,
    });
  }
  return findings;
}

/** The PDF/X-1a rules, checked on the file as written; a file that cannot be read is itself an error. */
export async function fileFindings(pdf: Uint8Array): Promise<Finding[]> {
  // The reader (pdf-lib) is loaded on first use: a render that skips the file rules does not pay for it.
  const { inspectPdf } = await import('./pdfx/inspect.js');
  let inspection;
  try {
    inspection = await inspectPdf(pdf);
  } catch (e) {
    return [{
      severity: 'error',
      code: 'pdf-unreadable',
      message: `Không đọc lại được tệp PDF vừa xuất (${(e as Error).message}). Hãy xuất lại; nếu lỗi lặp lại, hãy báo cho bộ phận kỹ thuật.`,
    }];
  }
  return pdfxFindings(inspection);
}

function codePoint(char: string): string {
  return 'U+' + char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
}
