// The publication file (`anpham/publication@1`): what the editor saves, the
// CLI renders and other tools read. Keep it stable; add fields, never rename.
import { z } from 'zod';

/** Inline text: plain Unicode with `**bold**` and `*italic*` marks. */
const text = z.string().max(200_000, 'văn bản quá dài (tối đa 200.000 ký tự)');

/** Optional stable id an editor gives a block, so findings can point at it. */
const blockId = z.string().max(100).optional();

/** Set when the block was inserted from the content library as a linked item: the item and the revision shown. */
const libraryLink = z.object({ itemId: z.string().min(1).max(100), revision: z.number().int().min(1) }).optional();

/** Ethnic-minority languages a block may also be written in (docs/content-library.md, "Bilingual blocks"). */
export const TRANSLATION_LANGUAGES = ['tay', 'nung', 'hmong', 'dao'] as const;
export type TranslationLanguage = (typeof TRANSLATION_LANGUAGES)[number];

/** The block's text in another language, printed beside or after the Vietnamese; `answer` for Q&A blocks. */
const translations = z
  .array(z.object({ lang: z.enum(TRANSLATION_LANGUAGES), text, answer: text.optional() }))
  .max(TRANSLATION_LANGUAGES.length)
  .optional();

export const headingBlock = z.object({
  type: z.literal('heading'),
  id: blockId,
  library: libraryLink,
  level: z.number().int().min(1).max(3),
  text,
  translations,
});

export const paragraphBlock = z.object({
  type: z.literal('paragraph'),
  id: blockId,
  library: libraryLink,
  text,
  align: z.enum(['justify', 'left', 'center', 'right']).optional(),
  translations,
});

export const listBlock = z.object({
  type: z.literal('list'),
  id: blockId,
  library: libraryLink,
  ordered: z.boolean().default(false),
  items: z.array(text).max(500),
});

export const qaBlock = z.object({
  type: z.literal('qa'),
  id: blockId,
  library: libraryLink,
  question: text,
  answer: text,
  translations,
});

export const calloutBlock = z.object({
  type: z.literal('callout'),
  id: blockId,
  library: libraryLink,
  title: text.optional(),
  text,
  tone: z.enum(['info', 'important']).optional(),
  translations,
});

export const imageBlock = z.object({
  type: z.literal('image'),
  id: blockId,
  library: libraryLink,
  /** Path relative to the publication's folder or the template's assets, or a data: URL (PNG/JPEG). */
  src: z.string().min(1).max(15_000_000),
  alt: z.string().max(1000).optional(),
  caption: text.optional(),
  /** Placed width; default: the frame's width. */
  widthMm: z.number().positive().max(1000).optional(),
});

export const qrBlock = z.object({
  type: z.literal('qr'),
  id: blockId,
  library: libraryLink,
  /** What the code holds, e.g. `tel:18001233` or a web address. */
  data: z.string().min(1).max(1000),
  caption: text.optional(),
  sizeMm: z.number().min(10).max(100).optional(),
});

export const pageBreakBlock = z.object({
  type: z.literal('pageBreak'),
  id: blockId,
  library: libraryLink,
});

export const block = z.discriminatedUnion('type', [
  headingBlock,
  paragraphBlock,
  listBlock,
  qaBlock,
  calloutBlock,
  imageBlock,
  qrBlock,
  pageBreakBlock,
]);

export const BLOCK_TYPES = ['heading', 'paragraph', 'list', 'qa', 'callout', 'image', 'qr', 'pageBreak'] as const;

/** Template variables: nested objects of strings and numbers (the Centre's name, address, phone…). */
export type VariableValue = string | number | boolean | null | VariableValue[] | { [key: string]: VariableValue };
/**
 * An image a template prints from the variables (the Centre's logo,
 * `variables.centre.logo`, docs/template-packs.md): a PNG or JPEG `data:` URL,
 * allowed to be longer than other variable text.
 */
export const IMAGE_VARIABLE_MAX_CHARS = 700_000;
const imageVariable = z.string().max(IMAGE_VARIABLE_MAX_CHARS).regex(/^data:image\/(png|jpeg);base64,/);
const variableValue: z.ZodType<VariableValue> = z.lazy(() =>
  z.union([z.string().max(10_000), imageVariable, z.number(), z.boolean(), z.null(), z.array(variableValue), z.record(z.string(), variableValue)]),
);

export const publicationSchema = z.object({
  format: z.literal('anpham/publication@1'),
  template: z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'mã mẫu chỉ gồm chữ thường không dấu, số và dấu gạch ngang'),
  meta: z.object({
    title: z.string().min(1, 'cần có tiêu đề').max(500),
    subtitle: z.string().max(1000).optional(),
    year: z.number().int().min(1900).max(2200).optional(),
    language: z.string().max(20).optional(),
    author: z.string().max(500).optional(),
  }).passthrough(),
  variables: z.record(z.string(), variableValue).default({}),
  slots: z.record(z.string().regex(/^[a-zA-Z][a-zA-Z0-9_-]{0,40}$/), z.array(block).max(20_000)),
}).passthrough();

export type Block = z.infer<typeof block>;
export type BlockType = Block['type'];
export type Publication = z.infer<typeof publicationSchema>;

/** Where a thing came from in the publication: slot name and block index (and the block's own id). */
export interface SourceRef {
  slot: string;
  index: number;
  blockId?: string;
}
