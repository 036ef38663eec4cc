// The content library's part of the contract: reusable blocks with topics and tags, the laws they cite and their
// status, and what a publication's linked blocks look like against the
// library. Pure: the renderer imports it.
import { z } from 'zod';
import { feature } from './define.js';
import { block, type Block } from './publication-format.js';
import { isIsoDate } from './dates.js';

/** Hỏi – đáp, giải thích, trích dẫn văn bản pháp luật, khung liên hệ. */
export const LIBRARY_KINDS = ['qa', 'explanation', 'citation', 'contact'] as const;
export type LibraryKind = (typeof LIBRARY_KINDS)[number];

/**
 * còn hiệu lực; còn hiệu lực nhưng đã được sửa đổi, bổ sung; đã bị thay thế;
 * đã bị bãi bỏ, hết hiệu lực. Older stores said `expired` for the last one
 * (services/library/law-registry-migration.ts renames it).
 */
export const LAW_STATUSES = ['in-force', 'amended', 'replaced', 'repealed'] as const;
export type LawStatus = (typeof LAW_STATUSES)[number];
export const LAW_STATUS_LABELS: Record<LawStatus, string> = {
  'in-force': 'còn hiệu lực',
  amended: 'còn hiệu lực, đã được sửa đổi, bổ sung',
  replaced: 'đã bị thay thế',
  repealed: 'đã bị bãi bỏ, hết hiệu lực',
};
/** Statuses that name the act that changed this one, and from when. */
export const CHANGED_STATUSES: readonly LawStatus[] = ['amended', 'replaced', 'repealed'];

/** Bộ luật, Luật, Nghị quyết, Nghị định, Quyết định, Thông tư, other. */
export const LAW_TYPES = ['code', 'law', 'resolution', 'decree', 'decision', 'circular', 'other'] as const;
export type LawType = (typeof LAW_TYPES)[number];
export const LAW_TYPE_LABELS: Record<LawType, string> = {
  code: 'Bộ luật',
  law: 'Luật',
  resolution: 'Nghị quyết',
  decree: 'Nghị định',
  decision: 'Quyết định',
  circular: 'Thông tư',
  other: 'Văn bản khác',
};

const slug = z.string().regex(/^[a-z0-9][a-z0-9-]{0,79}$/, 'mã chỉ gồm chữ thường không dấu, số và dấu gạch ngang');
const isoDate = z.string().refine(isIsoDate, 'ngày phải là ngày có thật, dạng YYYY-MM-DD (ví dụ 2025-07-01)');
const words = z.array(z.string().trim().min(1).max(80)).max(30);
const actNumber = z.string().trim().min(3, 'số hiệu quá ngắn (ví dụ 11/2017/QH14)').max(60);

const lawFields = z.object({
  id: slug,
  /** "11/2017/QH14", "144/2017/NĐ-CP": how texts cite it. */
  number: actNumber,
  title: z.string().trim().min(1, 'cần có tên văn bản').max(300),
  type: z.enum(LAW_TYPES, { message: `loại văn bản phải là một trong: ${LAW_TYPES.join(', ')}` }),
  issued: isoDate.optional(),
  /** In force from. */
  effective: isoDate.optional(),
  status: z.enum(LAW_STATUSES, { message: `tình trạng phải là một trong: ${LAW_STATUSES.join(', ')}` }),
  /** For amended, replaced, repealed: the number of the act that did it… */
  changedBy: actNumber.optional(),
  /** …from when it did (the day that act's change took effect)… */
  changedOn: isoDate.optional(),
  /** …and what it changed, in words ("bổ sung khoản 6a Điều 7; bãi bỏ điểm g khoản 7 Điều 7"). */
  changes: z.string().trim().min(1).max(1000).optional(),
  note: z.string().trim().min(1).max(1000).optional(),
});

type LawDraft = Omit<z.output<typeof lawFields>, 'id'> & { id?: string };

/**
 * An amended or replaced act names the act that changed it and from when, or
 * the warning preflight gives could not say where to look. A repealed act may
 * have lapsed on its own terms, so for it both are optional. An act in force
 * and unchanged names none.
 */
function checkChange(law: LawDraft, ctx: z.RefinementCtx): void {
  const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
  if (law.status === 'in-force') {
    for (const field of ['changedBy', 'changedOn', 'changes'] as const) {
      if (law[field] !== undefined) issue(field, 'văn bản còn hiệu lực và chưa được sửa đổi thì không ghi văn bản tác động; hãy chọn tình trạng khác hoặc để trống ô này');
    }
    return;
  }
  if (law.status !== 'repealed') {
    if (law.changedBy === undefined) issue('changedBy', `văn bản ${LAW_STATUS_LABELS[law.status]} cần số hiệu của văn bản sửa đổi hoặc thay thế nó`);
    if (law.changedOn === undefined) issue('changedOn', `văn bản ${LAW_STATUS_LABELS[law.status]} cần ngày văn bản tác động có hiệu lực`);
  }
  if (law.changedBy !== undefined && law.changedBy === law.number) issue('changedBy', 'văn bản tác động phải là một văn bản khác');
}

/** One cited act as the library keeps it (empty fields are left out before the check: services/library/laws.ts). */
export const lawSchema = lawFields.superRefine(checkChange);
export type Law = z.infer<typeof lawSchema>;
/** What `laws.save` and an imported row give: a new act has no id yet (one is made from its number). */
export const lawInput = lawFields.extend({ id: slug.optional() }).superRefine(checkChange);

/** One change to an act, kept for ever: who, when, what it was before and after. */
export interface LawChange {
  /** ISO time. */
  at: string;
  by: string;
  /** added or edited on the screen, imported from a file, or brought up to date by the app's own registry. */
  action: 'added' | 'edited' | 'imported' | 'registry';
  /** The imported file's name, or the registry's edition. */
  source?: string;
  /** Absent when the act was added. */
  before?: Law;
  after: Law;
}

export interface LawImportResult {
  /** Numbers of the acts added, and of those changed. */
  added: string[];
  changed: string[];
  unchanged: number;
  laws: Law[];
}

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
  'laws.import': LawImportResult;
  'laws.history': LawChange[];
}

/** Who makes a change to the registry: kept in each act's history. */
const changedByWhom = z.string().trim().min(1, 'hãy ghi tên người cập nhật (được lưu vào lịch sử thay đổi)').max(120);

export const libraryApi = feature<LibraryResults>()({
  'library.search': z.object({ query: z.string().max(200).optional(), topic: z.string().max(80).optional(), tag: z.string().max(80).optional(), kind: z.enum(LIBRARY_KINDS).optional() }).strict(),
  'library.catalogue': z.object({}).strict(),
  /** Checked in full by the library (messages name the field). */
  'laws.save': z.object({ law: z.record(z.string(), z.unknown()), by: changedByWhom }).strict(),
  /** A CSV or JSON list of acts (services/library/law-file.ts), as the file picker read it. */
  'laws.import': z.object({ fileName: z.string().min(1).max(260), base64: z.string().max(14_000_000), by: changedByWhom }).strict(),
  'laws.history': z.object({ id: slug }).strict(),
});
