// `template.json` of a template pack (`anpham/template@1`). A pack is data: a
// folder with this file, handlebars files and assets. Everything the layout
// needs to know about a kind of publication is declared here.
import { z } from 'zod';

/** CMYK in percent (0–100 each), as printers speak of it. */
export const cmyk = z.tuple([
  z.number().min(0).max(100),
  z.number().min(0).max(100),
  z.number().min(0).max(100),
  z.number().min(0).max(100),
]);
export type Cmyk = z.infer<typeof cmyk>;

const id = z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'chỉ gồm chữ thường không dấu, số và dấu gạch ngang');
const mm = z.number().min(0).max(2000);
/** A handlebars file inside the pack folder: a plain relative name, never a path out of it. */
const packFile = z.string().regex(/^[A-Za-z0-9_-][A-Za-z0-9_.-]*\.hbs$/, 'tên tệp .hbs nằm ngay trong thư mục mẫu (không có "/" hay "..")');

export const textStyle = z.object({
  /** Font family registered in `fonts/` (e.g. "Noto Serif", "Noto Sans"). */
  font: z.string().min(1),
  bold: z.boolean().default(false),
  italic: z.boolean().default(false),
  sizePt: z.number().min(4).max(200),
  /** Baseline-to-baseline distance. */
  leadingPt: z.number().min(4).max(300),
  /** Name of a colour in `colors`. */
  color: z.string().default('text'),
  align: z.enum(['justify', 'left', 'center', 'right']).default('left'),
  spaceBeforePt: z.number().min(0).max(200).default(0),
  spaceAfterPt: z.number().min(0).max(200).default(0),
  /** Left indent of every line; list items hang their marker in it. */
  indentPt: z.number().min(0).max(200).default(0),
  uppercase: z.boolean().default(false),
});
export type TextStyle = z.infer<typeof textStyle>;

export const boxStyle = z.object({
  fill: z.string().optional(),
  stroke: z.string().optional(),
  strokeWidthPt: z.number().min(0).max(10).default(0.75),
  paddingPt: z.number().min(0).max(100).default(6),
  spaceBeforePt: z.number().min(0).max(200).default(4),
  spaceAfterPt: z.number().min(0).max(200).default(6),
});
export type BoxStyle = z.infer<typeof boxStyle>;

export const panel = z.object({
  id,
  label: z.string().min(1),
  widthMm: mm.refine((v) => v > 0, 'phải lớn hơn 0'),
  /** Name of the slot whose flow fills this panel. */
  flow: z.string().min(1),
  /** Colour name painted over the whole panel (extended into the bleed at the sheet's edges). */
  background: z.string().optional(),
  /** Panel's own margins; default: the pack's `margins`. */
  margins: z.object({ topMm: mm, bottomMm: mm, leftMm: mm, rightMm: mm }).partial().optional(),
});
export type Panel = z.infer<typeof panel>;

export const side = z.object({
  id,
  label: z.string().min(1),
  /** Left to right as the side is printed. Widths add up to the trim width. */
  panels: z.array(panel).min(1).max(12),
});
export type Side = z.infer<typeof side>;

export const slotDefinition = z.object({
  label: z.string().min(1),
  /** Handlebars file that turns the slot's blocks (and variables) into markup. */
  file: packFile,
  /** Panel ids the slot's flow fills, in reading order (sheet packs; a book places its slots through `book.sequence`). */
  frames: z.array(id).default([]),
  description: z.string().optional(),
});
export type SlotDefinition = z.infer<typeof slotDefinition>;

// ——— books (docs/books.md) ———

/** Book pages have inner (spine side) and outer margins: mirrored between left and right pages. */
const bookMargins = z.object({ topMm: mm, bottomMm: mm, innerMm: mm, outerMm: mm });
const styleName = z.string().min(1);

export const pageMaster = z.object({
  label: z.string().min(1),
  margins: bookMargins,
  /** Colour name painted over the whole page and into the bleed (covers). */
  background: z.string().optional(),
  /** Page number printed on this master's pages (never on blank pages). */
  folio: z.boolean().default(true),
  /** Current chapter title at the top of the page. */
  runningHead: z.boolean().default(false),
});
export type PageMaster = z.infer<typeof pageMaster>;

/** One part of the book, in order: a slot's flow, or generated pages (table of contents, ruled note pages). */
export const bookPart = z.object({
  slot: z.string().min(1).optional(),
  generated: z.enum(['toc', 'notes']).optional(),
  /** Name of a master in `book.masters`. */
  master: id,
  /** `right`: the part starts on a right-hand (odd) page, a blank page is added before it if needed. */
  startOn: z.enum(['next', 'right']).default('next'),
  /** The part must fit one page (a cover): a longer one is still printed, and reported. */
  onePage: z.boolean().default(false),
  /** Level-1 headings open chapters: a new page (see `chapterStart`) and the running head's title. */
  chapters: z.boolean().default(false),
  /** The table of contents lists this part's headings. */
  inToc: z.boolean().default(false),
  /** Saddle stitch: the blank pages that make the count a multiple of 4 go just before this part (the back cover). */
  blanksBefore: z.boolean().default(false),
}).refine((p) => (p.slot === undefined) !== (p.generated === undefined), 'mỗi phần cần đúng một trong hai: "slot" hoặc "generated"');
export type BookPart = z.infer<typeof bookPart>;

export const bookSchema = z.object({
  /** Saddle stitch (đóng ghim giữa) needs a page count that is a multiple of 4. */
  binding: z.enum(['saddle-stitch', 'none']).default('saddle-stitch'),
  /** Other trim sizes a publication may choose with its top-level `"size"`; `trim` is the default. */
  sizes: z.record(id, z.object({
    label: z.string().min(1),
    widthMm: mm.refine((v) => v >= 20, 'ít nhất 20 mm'),
    heightMm: mm.refine((v) => v >= 20, 'ít nhất 20 mm'),
  })).default({}),
  masters: z.record(id, pageMaster),
  sequence: z.array(bookPart).min(1).max(50),
  /** Where a chapter (level-1 heading) starts: on a new page, or on a new right-hand page. */
  chapterStart: z.enum(['new-page', 'right-page']).default('new-page'),
  folio: z.object({
    style: styleName.default('folio'),
    position: z.enum(['bottom-center', 'bottom-outer']).default('bottom-center'),
    /** Baseline's distance above the trim's bottom edge. */
    offsetMm: z.number().min(0).max(50).default(8),
  }).prefault({}),
  runningHead: z.object({
    style: styleName.default('runningHead'),
    align: z.enum(['center', 'outer']).default('center'),
    /** Baseline's distance below the trim's top edge. */
    offsetMm: z.number().min(0).max(50).default(9),
    /** Colour name of a hairline under the running head; none when absent. */
    rule: z.string().optional(),
  }).prefault({}),
  toc: z.object({
    title: z.string().min(1).default('Mục lục'),
    /** Heading levels listed (1: chapters only). */
    levels: z.number().int().min(1).max(3).default(2),
    dotLeaders: z.boolean().default(true),
    titleStyle: styleName.default('tocTitle'),
    /** Style of the entries of each level, level 1 first. */
    entryStyles: z.array(styleName).min(1).max(3).default(['toc1', 'toc2', 'toc3']),
  }).prefault({}),
  notes: z.object({
    /** Ruled note pages when the publication does not say (`"notes": { "pages": N }`). */
    defaultPages: z.number().int().min(0).max(200).default(16),
    ruleColor: z.string().default('rule'),
    ruleWeightPt: z.number().min(0.1).max(2).default(0.3),
  }).prefault({}),
  /** A page filled less than this share of its text area, not ending a chapter or part, is reported as underfull. */
  underfullBelow: z.number().min(0).max(1).default(0.6),
});
export type BookDefinition = z.infer<typeof bookSchema>;

export const templateSchema = z.object({
  format: z.literal('anpham/template@1'),
  id,
  name: z.string().min(1),
  kind: z.enum(['leaflet', 'pocketbook', 'handbook', 'notebook', 'other']),
  description: z.string().default(''),
  trim: z.object({ widthMm: mm.refine((v) => v >= 20, 'ít nhất 20 mm'), heightMm: mm.refine((v) => v >= 20, 'ít nhất 20 mm') }),
  bleedMm: z.number().min(0).max(10).default(3),
  marks: z.object({
    crop: z.boolean().default(true),
    fold: z.boolean().default(true),
    /** Gap between the trim and the start of a mark; keep it ≥ the bleed. */
    offsetMm: z.number().min(0).max(20).default(4),
    lengthMm: z.number().min(2).max(30).default(10),
    weightPt: z.number().min(0.1).max(2).default(0.25),
  }).prefault({}),
  /** Text must stay this far inside the trim (print norm: ≥ 5 mm). */
  safeMm: z.number().min(0).max(50).default(5),
  /** Total ink limit of the paper and press the pack is made for, in per cent (uncoated ≈ 300); FOGRA39's 330 when absent. */
  inkLimitPercent: z.number().min(200).max(400).optional(),
  /** Sheet packs: the panels' margins (a book's pages take theirs from its masters). */
  margins: z.object({ topMm: mm, bottomMm: mm, leftMm: mm, rightMm: mm }).default({ topMm: 10, bottomMm: 10, leftMm: 10, rightMm: 10 }),
  colors: z.record(z.string(), cmyk).refine((c) => 'text' in c, 'cần có màu "text"'),
  styles: z.record(z.string(), textStyle),
  boxes: z.record(z.string(), boxStyle).default({}),
  slots: z.record(z.string(), slotDefinition),
  /** The printed sides of a sheet (leaflet). A pack has either `sides` or `book`. */
  sides: z.array(side).max(2000).default([]),
  /** A paginated book (pocket book, handbook, notebook): its page masters and the order of its parts. */
  book: bookSchema.optional(),
  /** How a block and its translation are set (docs/content-library.md): side by side in columns, or one after the other. */
  bilingual: z.object({
    layout: z.enum(['side-by-side', 'stacked']).default('stacked'),
    gapMm: z.number().min(0).max(30).default(4),
  }).prefault({}),
  /** Starter content for a new publication, a publication file inside the pack. */
  starter: z.string().regex(/^[A-Za-z0-9_-][A-Za-z0-9_.-]*\.json$/).optional(),
});
export type TemplateDefinition = z.infer<typeof templateSchema>;

/** A pack found on disk and checked. */
export interface TemplatePack {
  definition: TemplateDefinition;
  /** Absolute folder of the pack. */
  dir: string;
  source: 'builtin' | 'user';
}

/** A pack folder that could not be used, with the file and field at fault. */
export interface TemplateProblem {
  dir: string;
  file: string;
  field?: string;
  message: string;
}
