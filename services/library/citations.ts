// The citation check of preflight: a publication that cites a law no longer
// in force (replaced, expired) gets a warning at the block that cites it; one
// that cites an amended law, a note. A block cites a law when its text names
// the law's number ("11/2017/QH14", "144/2017/NĐ-CP", also typed without
// diacritics) or when it is a linked library item that cites it.
import type { Finding } from '../../contract/findings.js';
import type { Publication } from '../../contract/publication-format.js';
import { LAW_STATUS_LABELS, type Law, type LibraryItem } from '../../contract/library.js';
import { blockTexts } from './block-text.js';
import { foldForSearch } from '../../contract/text-fold.js';

export function citationFindings(publication: Publication, laws: Law[], items: Record<string, LibraryItem>): Finding[] {
  const byId = new Map(laws.map((l) => [l.id, l]));
  return Object.entries(publication.slots).flatMap(([slot, blocks]) =>
    blocks.flatMap((block, index) => {
      const text = foldForSearch(blockTexts(block).join(' '));
      const linked = block.library && Object.hasOwn(items, block.library.itemId) ? items[block.library.itemId].citations : [];
      const cited = new Set([
        ...laws.filter((law) => text.includes(foldForSearch(law.number))).map((law) => law.id),
        ...linked.map((c) => c.lawId),
      ]);
      return [...cited].flatMap((id) => {
        const law = byId.get(id);
        if (!law || law.status === 'in-force') return [];
        const source = { slot, index, ...(block.id && { blockId: block.id }) };
        const replacement = law.replacedBy && byId.get(law.replacedBy);
        return [{
          severity: law.status === 'amended' ? 'info' : 'warning',
          code: law.status === 'amended' ? 'law-amended' : 'law-not-in-force',
          message:
            `Khối số ${index + 1} (phần "${slot}") trích dẫn ${law.title} số ${law.number}, văn bản này ${LAW_STATUS_LABELS[law.status]}` +
            (replacement ? `, thay bằng ${replacement.title} số ${replacement.number}` : '') +
            (law.status === 'amended' ? '. Hãy kiểm tra nội dung trích dẫn có theo quy định đã sửa đổi không.' : '. Hãy cập nhật nội dung theo văn bản đang có hiệu lực.'),
          source,
        } satisfies Finding];
      });
    }),
  );
}
