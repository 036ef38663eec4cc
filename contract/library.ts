// The content library's part of the contract: reusable blocks with topics and tags, the laws they cite and their
// status, and what a publication's linked blocks look like against the
// library. Pure: the renderer imports it.
import { z } from 'zod';
import { feature } from './define.js';
import { block, type Block } from './publication-format.js';

/** Hỏi – đáp, giải thích, trích dẫn văn bản pháp luật, khung liên hệ. */
export const LIBRARY_KINDS = ['qa', 'explanation', 'citation', 'contact'] as const;
export type LibraryKind = (typeof LIBRARY_KINDS)[number];

/** còn hiệu lực, đã được sửa đổi (vẫn hiệu lực), đã bị thay thế, hết hiệu lực. */
export const LAW_STATUSES = ['in-force', 'amended', 'replaced', 'expired'] as const;
export type LawStatus = (typeof LAW_STATUSES)[number];
export const LAW_STATUS_LABELS: Record<LawStatus, string> = {
  'in-force': 'còn hiệu lực',
  amended: 'còn hiệu lực, đã được sửa đổi, bổ sung',
  replaced: 'đã bị thay thế',
  expired: 'đã hết hiệu lực',
};

const slug = z.string().regex(/^[a-z0-9][a-z0-9-]{0,79}$/, 'mã chỉ gồm chữ thường không dấu, số và dấu gạch ngang');
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'ngày phải có dạng YYYY-MM-DD');
const words = z.array(z.string().trim().min(1).max(80)).max(30);

export const lawSchema = z.object({
  id: slug,
  /** "11/2017/QH14", "144/2017/NĐ-CP": how texts cite it. */
  number: z.string().min(3).max(60),
  title: z.string().min(1).max(300),
  issued: isoDate.optional(),
  effective: isoDate.optional(),
  status: z.enum(LAW_STATUSES),
  /** The law that replaced it (its id). */
  replacedBy: slug.optional(),
  note: z.string().max(1000).optional(),
});
export type Law = z.infer<typeof lawSchema>;

export const citationSchema = z.object({
  lawId: slug,
  /** Điều (article) number, when the item cites one. */
  article: z.number().int().min(1).max(999).optional(),
});
export type LawCitation = z.infer<typeof citationSchema>;

/** What an editor saves; the id is made for a new item, the revision counted by the library. */
export const libraryItemInput = z.object({
  id: slug.optional(),
  kind: z.enum(LIBRARY_KINDS),
  title: z.string().trim().min(1, 'cần có tên mục').max(300),
  topics: words.default([]),
  tags: words.default([]),
  /** The content: one publication block (a Q&A, a paragraph, a callout…). */
  block,
  citations: z.array(citationSchema).max(20).default([]),
});

export interface LibraryItem {
  id: string;
  kind: LibraryKind;
  title: string;
  topics: string[];
  tags: string[];
  block: Block;
  citations: LawCitation[];
  /** Goes up by one at every change; linked blocks remember the revision they show. */
  revision: number;
  updatedAt: string;
}

/** A linked block of a publication, against the library's current item. */
export interface LinkState {
  slot: string;
  index: number;
  itemId: string;
  title: string;
  /** Revision the publication shows, and the library's (absent when the item was deleted). */
  revision: number;
  current?: number;
  state: 'current' | 'changed' | 'missing';
}

export interface LibraryCatalogue {
  topics: string[];
  tags: string[];
  laws: Law[];
}

export interface LibraryResults {
  'library.search': LibraryItem[];
  'library.catalogue': LibraryCatalogue;
  'laws.save': Law;
}

export const libraryApi = feature<LibraryResults>()({
  'library.search': z.object({ query: z.string().max(200).optional(), topic: z.string().max(80).optional(), tag: z.string().max(80).optional(), kind: z.enum(LIBRARY_KINDS).optional() }).strict(),
  'library.catalogue': z.object({}).strict(),
  'laws.save': z.object({ law: z.record(z.string(), z.unknown()) }).strict(),
});
