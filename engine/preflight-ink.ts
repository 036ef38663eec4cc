// Preflight of the inks (docs/print-output.md, "Ink and registration"): total
// ink of the pictures as embedded and of the pack's colours as used, against
// the printing condition's limit; and small text and thin rules printed on
// more than one plate, which blur when the plates do not land exactly.
import type { Finding } from '../contract/findings.js';
import type { SourceRef } from '../contract/publication-format.js';
import type { LaidOutDocument, PageItem } from './layout/types.js';
import type { PrintImages } from './paint/images.js';
import { inkLimitPercent, OUTPUT_CONDITION } from './pdfx/standard.js';
import { where } from './preflight-where.js';
import type { Cmyk, TemplatePack } from './template-schema.js';

/** Below this size a letter's strokes are thin enough for a plate shift to blur them. */
export const SMALL_TEXT_PT = 12;
/** Below this width a rule printed on several plates shows colour fringes. */
export const THIN_RULE_PT = 0.5;

const total = (c: Cmyk) => c[0] + c[1] + c[2] + c[3];
const plates = (c: Cmyk) => c.filter((v) => v > 0).length;
const percent = (n: number) => `${Math.round(n)} %`;

function limitLabel(pack: TemplatePack): string {
  const limit = inkLimitPercent(pack.definition);
  return pack.definition.inkLimitPercent === undefined ? `${percent(limit)} của điều kiện in ${OUTPUT_CONDITION.identifier}` : `${percent(limit)} mẫu đặt cho loại giấy này`;
}

/** Pictures over the limit, as embedded (after any conversion, downsampling or `--limit-ink`). */
export function imageInkFindings(images: PrintImages, pack: TemplatePack): Finding[] {
  const limit = inkLimitPercent(pack.definition);
  return images.all
    .filter((p) => p.image.coverage !== undefined && p.image.coverage > limit)
    .map((p) => ({
      severity: 'error' as const,
      code: 'ink-coverage',
      message:
        `Ảnh ${where(p.items[0].source, pack)} có tổng lượng mực tới ${percent(p.image.coverage!)}, quá giới hạn ${limitLabel(pack)}: ` +
        'mực dày quá sẽ lâu khô, dính sang tờ khác. Hãy giảm mực của ảnh CMYK trong phần mềm xử lý ảnh, ' +
        'hoặc xuất lại với tùy chọn giảm mực (lệnh render --limit-ink) để ứng dụng tự đưa ảnh về giới hạn.',
      page: p.pages[0],
      source: p.items[0].source,
    }));
}

/** The pack's colours as the pages use them: over the limit (an error), and small text or thin rules on several plates (a warning). */
export function vectorInkFindings(doc: LaidOutDocument, pack: TemplatePack): Finding[] {
  const limit = inkLimitPercent(pack.definition);
  const heavy = new Uses();
  const smallText = new Uses();
  const thinRules = new Uses();
  doc.pages.forEach((page, i) => {
    for (const item of page.items) {
      for (const colour of coloursOf(item)) if (total(colour) > limit) heavy.add(colour, i + 1, sourceOf(item));
      if (item.type === 'text' && item.sizePt < SMALL_TEXT_PT && plates(item.color) > 1) smallText.add(item.color, i + 1, item.source);
      if (item.type === 'rect') {
        if (item.stroke && (item.strokeWidthPt ?? 0.75) < THIN_RULE_PT && plates(item.stroke) > 1) thinRules.add(item.stroke, i + 1);
        if (item.fill && Math.min(item.width, item.height) < THIN_RULE_PT && plates(item.fill) > 1) thinRules.add(item.fill, i + 1);
      }
    }
  });
  const name = (c: Cmyk) => colourName(c, pack);
  return [
    ...heavy.list().map(({ colour, page, source, count }) => ({
      severity: 'error' as const,
      code: 'ink-coverage',
      message:
        `Màu ${name(colour)} có tổng lượng mực ${percent(total(colour))}, quá giới hạn ${limitLabel(pack)}; màu này dùng ${where(source, pack)}` +
        `${others(count)}. Hãy sửa màu trong mẫu (template.json) cho tổng C + M + Y + K không quá giới hạn.`,
      page,
      source,
    })),
    ...smallText.list().map(({ colour, page, source, count }) => ({
      severity: 'warning' as const,
      code: 'registration',
      message:
        `Chữ nhỏ hơn ${SMALL_TEXT_PT} pt in bằng màu ${name(colour)}, chồng ${plates(colour)} bản in, ${where(source, pack)}${others(count)}: ` +
        `khi các bản in lệch nhau một chút, nét chữ nhỏ bị nhoè viền màu. Nên dùng màu chỉ một bản in (ví dụ chỉ K) cho chữ nhỏ, hoặc chữ từ ${SMALL_TEXT_PT} pt.`,
      page,
      source,
    })),
    ...thinRules.list().map(({ colour, page }) => ({
      severity: 'warning' as const,
      code: 'registration',
      message:
        `Đường kẻ mảnh hơn ${THIN_RULE_PT.toLocaleString('vi-VN')} pt in bằng màu ${name(colour)}, chồng ${plates(colour)} bản in (từ trang ${page}): ` +
        `khi các bản in lệch nhau, đường kẻ bị nhoè thành nhiều màu. Nên dùng màu chỉ một bản in cho đường kẻ mảnh, hoặc kẻ dày từ ${THIN_RULE_PT.toLocaleString('vi-VN')} pt.`,
      page,
    })),
  ];
}

/** Where each colour is used: its first use (page, block) and how many places (blocks, and the pack's own parts as one) use it. */
class Uses {
  private readonly byColour = new Map<string, { colour: Cmyk; page: number; source?: SourceRef; places: Set<string> }>();

  add(colour: Cmyk, page: number, source?: SourceRef): void {
    const key = colour.join(',');
    const place = source ? `${source.slot}[${source.index}]` : '';
    const use = this.byColour.get(key);
    if (!use) {
      this.byColour.set(key, { colour, page, source, places: new Set([place]) });
      return;
    }
    use.places.add(place);
    // The first use a user can find in the editor is the one to name.
    if (!use.source && source) Object.assign(use, { page, source });
  }

  list() {
    return [...this.byColour.values()].map((u) => ({ ...u, count: u.places.size }));
  }
}

function coloursOf(item: PageItem): Cmyk[] {
  switch (item.type) {
    case 'text':
    case 'qr':
      return [item.color];
    case 'rect':
      return [item.fill, item.stroke].filter((c): c is Cmyk => !!c);
    default:
      return [];
  }
}

const sourceOf = (item: PageItem) => ('source' in item ? item.source : undefined);
const others = (count: number) => (count > 1 ? ` và ${count - 1} chỗ khác` : '');

/** `"primary" (C100 M80 K10)`: the pack's name for it, with its inks. */
function colourName(colour: Cmyk, pack: TemplatePack): string {
  const named = Object.entries(pack.definition.colors).find(([, c]) => c.every((v, i) => v === colour[i]))?.[0];
  const inks = (['C', 'M', 'Y', 'K'] as const).flatMap((ink, i) => (colour[i] > 0 ? [`${ink}${colour[i]}`] : [])).join(' ');
  return named ? `"${named}" (${inks})` : `(${inks})`;
}
