// Book publications generated for the pagination tests: deterministic
// Vietnamese Q&A content of any length, so page counts, keeps and the TOC
// can be checked on books of a known shape without the samples.
import { join } from 'node:path';
import { expandSlots } from '../../engine/expand.js';
import { createPipelineContext } from '../../engine/index.js';
import { layoutDocument } from '../../engine/layout/index.js';
import type { LaidOutDocument, LaidOutPage, TextItem } from '../../engine/layout/types.js';
import { parseMarkup } from '../../engine/parse.js';
import type { Block, Publication } from '../../contract/publication-format.js';
import { findTemplate } from '../../engine/template-registry.js';
import { readPublication } from '../../engine/validate.js';

const SENTENCES = [
  'Người thuộc hộ nghèo, người dân tộc thiểu số cư trú ở vùng có điều kiện kinh tế – xã hội đặc biệt khó khăn được trợ giúp pháp lý miễn phí.',
  'Người được trợ giúp pháp lý có thể đến Trung tâm, gọi điện thoại hoặc nhờ cán bộ xã hướng dẫn làm đơn.',
  'Trợ giúp viên pháp lý và luật sư tư vấn, tham gia tố tụng, đại diện ngoài tố tụng cho người được trợ giúp.',
  'Giấy tờ cần mang theo gồm đơn yêu cầu, giấy tờ tùy thân và giấy tờ chứng minh thuộc diện được trợ giúp.',
  'Người thực hiện trợ giúp pháp lý phải giữ bí mật thông tin về vụ việc và về người được trợ giúp.',
  'Khi không hài lòng, người được trợ giúp có quyền khiếu nại với Giám đốc Trung tâm theo quy định.',
];

/** `sentences` sentences of plain legal-aid prose, starting at `seed` so paragraphs differ. */
export function prose(sentences: number, seed = 0): string {
  return Array.from({ length: sentences }, (_, i) => SENTENCES[(seed + i) % SENTENCES.length]).join(' ');
}

/** Chapters of sections of Q&A: roughly 2.2 A5 pages per chapter with `perChapter` = 6. */
export function handbookBody(chapters: number, perChapter = 6): Block[] {
  const blocks: Block[] = [];
  for (let c = 1; c <= chapters; c++) {
    blocks.push({ type: 'heading', level: 1, text: `Chương ${c}. Quyền được trợ giúp pháp lý (phần ${c})` });
    for (let q = 1; q <= perChapter; q++) {
      if (q % 3 === 1) blocks.push({ type: 'heading', level: 2, text: `Mục ${c}.${Math.ceil(q / 3)}. Những điều cần biết` });
      blocks.push({ type: 'qa', question: `Câu ${c}.${q}. Ai được trợ giúp pháp lý miễn phí và phải làm gì?`, answer: prose(3 + ((c + q) % 5), c + q) });
    }
  }
  return blocks;
}

export function bookPublication(template: string, slots: Record<string, Block[]>, extra: Record<string, unknown> = {}): Publication {
  return {
    format: 'anpham/publication@1',
    template,
    meta: { title: 'Cẩm nang trợ giúp pháp lý', subtitle: 'Hỏi – đáp cho đồng bào dân tộc thiểu số', year: 2024, language: 'vi' },
    variables: { centre: { name: 'Trung tâm Trợ giúp pháp lý Nhà nước tỉnh Lạng Sơn', address: 'Số 1, đường Hùng Vương, thành phố Lạng Sơn', phone: '0205 3812 345' } },
    slots,
    ...extra,
  } as Publication;
}

const ROOT = join(import.meta.dirname, '..', '..');
export const bookContext = createPipelineContext({ appRoot: ROOT });

/** A publication laid out by the real pack: expand → parse → layout, no painting. */
export function layBook(pub: Publication): LaidOutDocument {
  const checked = readPublication(pub);
  const pack = findTemplate(bookContext.templates, checked.template);
  const tree = parseMarkup(expandSlots(checked, pack), { pack, pub: checked });
  return layoutDocument(tree, pack, bookContext.fonts);
}

export const textsOf = (page: LaidOutPage): TextItem[] => page.items.filter((i): i is TextItem => i.type === 'text');
