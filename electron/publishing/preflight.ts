// Preflight v1: what a print shop or a reader would object to, found in the
// laid-out document and in the PDF bytes actually written.
import type { Finding } from './findings.js';
import type { ImageItem, LaidOutDocument, LaidOutPage, TextItem } from './layout/types.js';
import { mmToPt, PT_PER_MM } from './layout/units.js';
import type { SourceRef } from './publication.js';
import type { TemplatePack } from './template-schema.js';

/** Below this, photos print soft; 300 ppi at the placed size is the print norm. */
const MIN_PPI = 300;

export function preflight(doc: LaidOutDocument, pdf: Buffer, pack: TemplatePack): Finding[] {
  return [
    ...overflowFindings(doc),
    ...missingGlyphFindings(doc, pack),
    ...fontEmbeddingFindings(pdf),
    ...doc.pages.flatMap((page, i) => [...lowPpiFindings(page, i + 1, pack), ...safeAreaFindings(page, i + 1, pack)]),
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

function lowPpiFindings(page: LaidOutPage, pageNo: number, pack: TemplatePack): Finding[] {
  return page.items
    .filter((i): i is ImageItem => i.type === 'image')
    .flatMap((img) => {
      const ppi = Math.min(img.pixelWidth / (img.width / 72), img.pixelHeight / (img.height / 72));
      if (ppi >= MIN_PPI) return [];
      return [{
        severity: 'warning' as const,
        code: 'low-ppi',
        message:
          `Ảnh ${where(img.source, pack)} chỉ đạt ${Math.round(ppi)} ppi ở kích thước đặt ` +
          `(${(img.width / PT_PER_MM).toFixed(0)} × ${(img.height / PT_PER_MM).toFixed(0)} mm), in sẽ bị mờ. ` +
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

/**
 * Every font the written PDF uses must carry its font program: a font
 * dictionary (other than a composite Type0 or a Type3, whose glyphs live
 * elsewhere) needs a descriptor with /FontFile, /FontFile2 or /FontFile3.
 * Checked on the bytes, so it holds whatever wrote them.
 */
export function fontEmbeddingFindings(pdf: Buffer): Finding[] {
  const objects = pdfObjectDictionaries(pdf);
  const findings: Finding[] = [];
  for (const dict of objects.values()) {
    if (!/\/Type\s*\/Font\b/.test(dict) || /\/Subtype\s*\/(Type0|Type3)\b/.test(dict)) continue;
    const name = /\/BaseFont\s*\/([^\s/<>[\]()]+)/.exec(dict)?.[1] ?? '(không tên)';
    const descriptorRef = /\/FontDescriptor\s+(\d+)\s+\d+\s+R/.exec(dict)?.[1];
    const descriptor = descriptorRef ? objects.get(Number(descriptorRef)) : undefined;
    if (descriptor && /\/FontFile[23]?\s+\d+\s+\d+\s+R/.test(descriptor)) continue;
    findings.push({
      severity: 'error',
      code: 'font-not-embedded',
      message: `Phông "${name}" không được nhúng vào tệp PDF; nhà in có thể in sai chữ. Hãy chỉ dùng các phông trong thư mục fonts/ của ứng dụng.`,
    });
  }
  return findings;
}

/** Each indirect object's dictionary text (what precedes its stream, if any), by object number. */
function pdfObjectDictionaries(pdf: Buffer): Map<number, string> {
  const text = pdf.toString('latin1');
  const out = new Map<number, string>();
  const header = /(\d+)\s+\d+\s+obj\b/g;
  for (let m = header.exec(text); m; m = header.exec(text)) {
    const start = m.index + m[0].length;
    const end = firstOf(text, start, ['stream', 'endobj']);
    out.set(Number(m[1]), text.slice(start, end));
    // Skip a stream's bytes: compressed data may look like anything.
    header.lastIndex = text.startsWith('stream', end) ? firstOf(text, end, ['endstream']) : end;
  }
  return out;
}

function firstOf(text: string, from: number, words: string[]): number {
  const hits = words.map((w) => text.indexOf(w, from)).filter((i) => i >= 0);
  return hits.length > 0 ? Math.min(...hits) : text.length;
}

function codePoint(char: string): string {
  return 'U+' + char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
}

/** "ở khối số 3 của phần "Nội dung"" — how a user finds the block in the editor. */
function where(source: SourceRef | undefined, pack: TemplatePack): string {
  if (!source) return 'trong phần do mẫu tạo ra';
  const label = pack.definition.slots[source.slot]?.label ?? source.slot;
  return `ở khối số ${source.index + 1} của phần "${label}"`;
}
