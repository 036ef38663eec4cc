// The citation check of preflight: a block that cites an act which is no
// longer as it was — amended, replaced or repealed — gets a warning naming
// the act that changed it and from when. A block cites an act when its text
// gives the act's number ("11/2017/QH14", also typed without diacritics,
// "144/2017/ND-CP") or its name and year ("Luật Trợ giúp pháp lý năm 2017",
// "Luật Trợ giúp pháp lý 2017"), or when it is a linked library item that
// cites it.
//
// An amended act is still in force: a block that also cites the amending act
// (its number or name and year, or a linked item citing it) has taken the
// amendment in, and so has a linked item saved on or after the day the
// amendment took effect. Neither gets the warning; everything else does.
import type { Finding } from '../../contract/findings.js';
import { LAW_STATUS_LABELS, type Law, type LibraryItem } from '../../contract/library.js';
import type { Block, Publication } from '../../contract/publication-format.js';
import { foldForSearch } from '../../contract/text-fold.js';
import { blockTexts } from './block-text.js';
import { lawByNumber } from './laws.js';

/** Folded, with every run of punctuation as one space: "*Luật* Phòng, chống…" → "luat phong chong …". */
const words = (text: string) => ` ${foldForSearch(text).replace(/[^a-z0-9/]+/g, ' ').trim()} `;
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** How texts cite an act: its number, and its name with the year (of the number, or of issue). */
function citedBy(law: Law): RegExp {
  const number = escape(words(law.number).trim());
  const years = new Set([/\b(\d{4})\b/.exec(law.number)?.[1], law.issued?.slice(0, 4)].filter(Boolean));
  const title = escape(words(law.title).trim());
  const named = years.size ? `|(?<![a-z0-9])${title} (?:nam )?(?:${[...years].join('|')})(?![0-9])` : '';
  return new RegExp(`(?<![a-z0-9/])${number}(?![a-z0-9/])${named}`);
}

/** Dates as legal texts write them (Nghị định 30/2020): "01/7/2025", "15/01/2025". */
export function legalDate(iso: string): string {
  const [year, month, day] = iso.split('-');
  return `${day}/${Number(month) < 3 ? month : Number(month)}/${year}`;
}

interface Cited {
  law: Law;
  /** The linked item's save time, when only a linked item cites it. */
  linkedOnly?: string;
}

/** The acts `block` cites; `text` is its text as `words` gives it. */
function citedActs(block: Block, text: string, laws: { law: Law; pattern: RegExp }[], byId: Map<string, Law>, items: Record<string, LibraryItem>): Cited[] {
  const inText = new Set(laws.filter((l) => l.pattern.test(text)).map((l) => l.law));
  const item = block.library && Object.hasOwn(items, block.library.itemId) ? items[block.library.itemId] : undefined;
  const linked = new Set((item?.citations ?? []).flatMap((c) => (byId.has(c.lawId) ? [byId.get(c.lawId)!] : [])));
  return [...new Set([...inText, ...linked])].map((law) => (inText.has(law) ? { law } : { law, linkedOnly: item!.updatedAt }));
}

export function citationFindings(publication: Publication, laws: Law[], items: Record<string, LibraryItem>): Finding[] {
  const patterns = laws.map((law) => ({ law, pattern: citedBy(law) }));
  const byId = new Map(laws.map((l) => [l.id, l]));
  return Object.entries(publication.slots).flatMap(([slot, blocks]) =>
    blocks.flatMap((block, index) => {
      const text = words(blockTexts(block).join(' '));
      const cited = citedActs(block, text, patterns, byId, items);
      const citedNumbers = new Set(cited.map((c) => c.law.number));
      return cited.flatMap(({ law, linkedOnly }) => {
        if (law.status === 'in-force') return [];
        const acting = law.changedBy ? lawByNumber(laws, law.changedBy) : undefined;
        if (law.status === 'amended') {
          const named = (acting && citedNumbers.has(acting.number)) || (law.changedBy !== undefined && text.includes(words(law.changedBy)));
          const savedSince = linkedOnly !== undefined && law.changedOn !== undefined && linkedOnly.slice(0, 10) >= law.changedOn;
          if (named || savedSince) return [];
        }
        const by = law.changedBy ? ` bởi ${acting ? `${acting.title} số ${acting.number}` : `văn bản số ${law.changedBy}`}` : '';
        const from = law.changedOn ? ` từ ngày ${legalDate(law.changedOn)}` : '';
        const what = law.status === 'amended' && law.changes ? ` (${law.changes.replace(/\.$/, '')})` : '';
        const todo = {
          amended: 'Hãy kiểm tra nội dung theo quy định đã sửa đổi và ghi rõ văn bản sửa đổi.',
          replaced: 'Hãy cập nhật nội dung theo văn bản đang có hiệu lực.',
          repealed: 'Hãy bỏ hoặc cập nhật trích dẫn này.',
        }[law.status];
        return [{
          severity: 'warning',
          code: law.status === 'amended' ? 'law-amended' : 'law-not-in-force',
          message: `Khối số ${index + 1} (phần "${slot}") trích dẫn ${law.title} số ${law.number}; văn bản này ${LAW_STATUS_LABELS[law.status]}${by}${from}${what}. ${todo}`,
          source: { slot, index, ...(block.id && { blockId: block.id }) },
        } satisfies Finding];
      });
    }),
  );
}
