// The records' shapes (hợp đồng in, giao hàng, cấp phát, …) as zod schemas
// with Vietnamese messages that name the field. One schema per record serves
// the store files, the data bundle and the app's forms, so a record is
// checked the same way wherever it comes from. Parsing also fixes the key
// order (the schema's), which keeps exports byte-stable.
//
// Pure (zod only): electron/api.ts and the renderer import it.
import { z } from 'zod';
import { isIsoDate } from './dates.js';
import { IMAGE_VARIABLE_MAX_CHARS } from './publication-format.js';

export const PUBLICATION_KINDS = ['leaflet', 'pocketbook', 'handbook', 'notebook', 'other'] as const;
export const CONTRACT_STATUSES = ['draft', 'signed', 'delivered', 'accepted', 'liquidated'] as const;
export const OCCASIONS = ['communication', 'training', 'thematic', 'other'] as const;
/**
 * Tỉnh; huyện (the district level until 30/6/2025, its cities included);
 * xã, phường; bodies that receive copies (UBND xã, công an, …) and legal-aid
 * branches, both under a xã or phường (docs/distribution.md).
 */
export const UNIT_KINDS = ['province', 'district', 'commune', 'ward', 'body', 'branch'] as const;
/** What a body (kind "body") is: UBND xã, công an xã, đồn biên phòng, trường học, hội đoàn thể (Hội Phụ nữ, Hội Nông dân, …), other. */
export const BODY_TYPES = ['people-committee', 'police', 'border-post', 'school', 'association', 'other'] as const;
/** Open plans take new events, media items and allocations; closed ones are kept as they were (docs/plans.md). */
export const PLAN_STATUSES = ['open', 'closed'] as const;
/**
 * Who came to an event: già làng và trưởng thôn, người có uy tín, cán bộ cơ
 * sở, người dân tộc thiểu số, others (a count recorded without groups goes
 * here too). `women` counts the women among all of them.
 */
export const PARTICIPANT_GROUPS = ['elders', 'respected', 'officials', 'residents', 'others'] as const;

export type PublicationKind = (typeof PUBLICATION_KINDS)[number];
export type ContractStatus = (typeof CONTRACT_STATUSES)[number];

/** Largest quantity on one line or one delivery: ten million copies is far beyond any order. */
export const MAX_QUANTITY = 10_000_000;
/** Largest unit price: 100 million đồng per copy; keeps every amount an exact integer. */
export const MAX_UNIT_PRICE = 100_000_000;

const nfc = (s: string) => s.normalize('NFC');

export const recordId = z.string().regex(/^[A-Za-z0-9_-]{1,80}$/, 'Mã chỉ gồm chữ cái không dấu, số, "_" và "-" (tối đa 80 ký tự)');

/** A reference to another record, chosen from a list on screen. */
const reference = (what: string) => z.string(required(what, 'một mã')).regex(/^[A-Za-z0-9_-]{1,80}$/, `Mã ${what.toLocaleLowerCase('vi')} không hợp lệ`);

/** Missing and wrong-type values get messages that name the field, like every other rule here. */
const required = (label: string, kind: string) => ({
  error: (issue: { input?: unknown }) => (issue.input === undefined ? `${label} không được để trống` : `${label} phải là ${kind}`),
});

const text = (label: string, max = 500) =>
  z.string(required(label, 'chữ')).trim().min(1, `${label} không được để trống`).max(max, `${label} dài quá ${max} ký tự`).transform(nfc);

const isoDate = (label: string) =>
  z.string(required(label, 'một ngày')).refine(isIsoDate, `${label} phải là một ngày có thật, dạng YYYY-MM-DD (ví dụ 2022-10-05)`);

const positiveInt = (label: string, max: number) =>
  z
    .number(required(label, 'một số'))
    .int(`${label} phải là số nguyên`)
    .positive(`${label} phải lớn hơn 0`)
    .max(max, `${label} không được quá ${max.toLocaleString('vi-VN')}`);

const nonNegativeInt = (label: string) =>
  z.number(required(label, 'một số')).int(`${label} phải là số nguyên (đồng)`).min(0, `${label} không được âm`);

export const unitSchema = z
  .object({
    id: recordId,
    name: text('Tên đơn vị'),
    parentId: recordId.nullable().optional(),
    kind: z.enum(UNIT_KINDS, `Cấp đơn vị phải là một trong: ${UNIT_KINDS.join(', ')}`).optional(),
    /** Only for kind "body". */
    bodyType: z.enum(BODY_TYPES, `Loại cơ quan phải là một trong: ${BODY_TYPES.join(', ')}`).optional(),
    /** The former district (huyện cũ) most of a xã or phường came from: reports group by it. */
    formerUnitId: reference('Huyện cũ').optional(),
    /** Retired units keep their history and stay in reports but take no new distributions. */
    retiredOn: isoDate('Ngày thôi áp dụng').optional(),
  })
  .strict();

export const publicationEntrySchema = z
  .object({
    id: recordId,
    kind: z.enum(PUBLICATION_KINDS, `Loại ấn phẩm phải là một trong: ${PUBLICATION_KINDS.join(', ')}`),
    title: text('Tên ấn phẩm'),
    year: z.number().int('Năm phải là số nguyên').min(1900, 'Năm không hợp lệ').max(2200, 'Năm không hợp lệ').optional(),
  })
  .strict();

export const printerSchema = z
  .object({
    id: recordId,
    name: text('Tên cơ sở in'),
    taxCode: z.string().regex(/^\d{10}(-\d{3})?$/, 'Mã số thuế gồm 10 chữ số (chi nhánh: 10 số, dấu "-", 3 số)').optional(),
    address: text('Địa chỉ').optional(),
    phone: text('Điện thoại', 50).optional(),
    representative: text('Người đại diện', 200).optional(),
    position: text('Chức vụ', 200).optional(),
    bankAccount: text('Số tài khoản', 100).optional(),
    bankName: text('Ngân hàng', 200).optional(),
  })
  .strict();

/**
 * The Centre itself: Bên A of the papers, the letterhead of its reports and
 * the contact box of new publications (docs/settings.md). One record, edited
 * in Cài đặt. `email` and `logo` came later (fields are only ever added).
 */
export const centreSchema = z
  .object({
    agency: text('Cơ quan chủ quản').optional(),
    name: text('Tên đơn vị'),
    address: text('Địa chỉ').optional(),
    phone: text('Điện thoại', 100).optional(),
    email: z
      .string(required('Thư điện tử', 'chữ'))
      .trim()
      .max(200, 'Thư điện tử dài quá 200 ký tự')
      .email('Địa chỉ thư điện tử chưa đúng, ví dụ: tgpl@langson.gov.vn')
      .optional(),
    taxCode: z.string().regex(/^\d{10}(-\d{3})?$/, 'Mã số thuế gồm 10 chữ số (chi nhánh: 10 số, dấu "-", 3 số)').optional(),
    bankAccount: text('Số tài khoản', 100).optional(),
    bankName: text('Kho bạc / ngân hàng', 200).optional(),
    representative: text('Người đại diện', 200).optional(),
    position: text('Chức vụ', 200).optional(),
    place: text('Địa danh', 100).optional(),
    /** A PNG or JPEG `data:` URL; the services also check that its bytes are an image (services/records/centre.ts). */
    logo: z
      .string(required('Logo', 'một ảnh'))
      .max(IMAGE_VARIABLE_MAX_CHARS, `Ảnh logo quá lớn; hãy chọn ảnh nhỏ hơn ${Math.round((IMAGE_VARIABLE_MAX_CHARS * 3) / 4 / 1000)} kB`)
      .regex(/^data:image\/(png|jpeg);base64,[A-Za-z0-9+/=]+$/, 'Logo phải là ảnh PNG hoặc JPEG')
      .optional(),
  })
  .strict();

export const specificationSchema = z
  .object({
    size: text('Khổ', 100).optional(),
    pages: positiveInt('Số trang', 10_000).optional(),
    colours: text('Số màu in', 100).optional(),
    paper: text('Loại giấy', 200).optional(),
    paperGsm: positiveInt('Định lượng giấy (g/m²)', 1_000).optional(),
    finishing: text('Gia công', 300).optional(),
  })
  .strict();

export const contractItemSchema = z
  .object({
    publicationId: reference('Ấn phẩm'),
    quantity: positiveInt('Số lượng', MAX_QUANTITY),
    unitPrice: positiveInt('Đơn giá', MAX_UNIT_PRICE),
    unit: text('Đơn vị tính', 30).optional(),
    spec: specificationSchema.optional(),
  })
  .strict();

export const statusDatesSchema = z
  .object({
    signed: isoDate('Ngày ký').optional(),
    delivered: isoDate('Ngày giao đủ').optional(),
    accepted: isoDate('Ngày nghiệm thu').optional(),
    liquidated: isoDate('Ngày thanh lý').optional(),
  })
  .strict();

export const contractSchema = z
  .object({
    id: recordId,
    number: text('Số hợp đồng', 100),
    date: isoDate('Ngày hợp đồng'),
    printerId: reference('Cơ sở in'),
    vatPercent: z
      .number(required('Thuế GTGT (%)', 'một số'))
      .min(0, 'Thuế GTGT (%) phải từ 0 đến 100')
      .max(100, 'Thuế GTGT (%) phải từ 0 đến 100')
      .refine((v) => Number.isInteger(Math.round(v * 100)) && Math.abs(v * 100 - Math.round(v * 100)) < 1e-9, 'Thuế GTGT (%) có nhiều nhất 2 chữ số thập phân'),
    status: z.enum(CONTRACT_STATUSES, `Trạng thái phải là một trong: ${CONTRACT_STATUSES.join(', ')}`),
    items: z.array(contractItemSchema).min(1, 'Hợp đồng cần ít nhất một dòng ấn phẩm').max(200, 'Hợp đồng có nhiều nhất 200 dòng'),
    budgetSource: text('Nguồn kinh phí').optional(),
    /** The plan whose funding pays for it: its value counts against the plan's allocated amount. */
    planId: reference('Kế hoạch').optional(),
    /** The decision selecting the printer (Luật Đấu thầu): the contract cites it among its bases. */
    selectionNumber: text('Số quyết định lựa chọn nhà thầu', 100).optional(),
    selectionDate: isoDate('Ngày quyết định lựa chọn nhà thầu').optional(),
    selectionIssuer: text('Cơ quan ra quyết định lựa chọn nhà thầu', 300).optional(),
    place: text('Địa điểm ký', 100).optional(),
    deadline: isoDate('Hạn giao hàng').optional(),
    statusDates: statusDatesSchema.optional(),
    advancePaid: nonNegativeInt('Số tiền đã tạm ứng').optional(),
    note: text('Ghi chú', 2000).optional(),
  })
  .strict();

export const deliverySchema = z
  .object({
    id: recordId,
    contractId: reference('Hợp đồng'),
    publicationId: reference('Ấn phẩm'),
    date: isoDate('Ngày giao'),
    quantity: positiveInt('Số lượng giao', MAX_QUANTITY),
    note: text('Ghi chú', 500).optional(),
  })
  .strict();

export const distributionSchema = z
  .object({
    id: recordId,
    date: isoDate('Ngày cấp phát'),
    unitId: reference('Đơn vị'),
    publicationId: reference('Ấn phẩm'),
    quantity: positiveInt('Số lượng cấp phát', MAX_QUANTITY),
    recipient: text('Người nhận', 300).optional(),
    occasion: z.enum(OCCASIONS, `Dịp cấp phát phải là một trong: ${OCCASIONS.join(', ')}`).optional(),
    handoverNumber: text('Số biên bản giao nhận', 100).optional(),
    /** The plan event (buổi tập huấn, đợt truyền thông, …) the copies were handed out at. */
    eventId: reference('Sự kiện').optional(),
  })
  .strict();

/** Planned copies of one publication for one unit under one plan (kế hoạch phân bổ). */
export const allocationSchema = z
  .object({
    id: recordId,
    planId: reference('Kế hoạch'),
    unitId: reference('Đơn vị'),
    publicationId: reference('Ấn phẩm'),
    quantity: positiveInt('Số lượng kế hoạch', MAX_QUANTITY),
  })
  .strict();

/** "2026-06-30" or a quarter, "2026-Q2". */
const DUE_QUARTER = /^\d{4}-Q[1-4]$/;

/** One activity of a plan with its target, counted in its own unit (đợt, cuộc, buổi, phóng sự, bản…). */
export const planActivitySchema = z
  .object({
    id: recordId,
    name: text('Tên hoạt động', 500),
    unitOfCount: text('Đơn vị tính', 30),
    target: z.number(required('Chỉ tiêu', 'một số')).int('Chỉ tiêu phải là số nguyên').min(0, 'Chỉ tiêu không được âm').max(MAX_QUANTITY, `Chỉ tiêu không được quá ${MAX_QUANTITY.toLocaleString('vi-VN')}`),
    due: z
      .string(required('Thời hạn', 'một ngày hoặc một quý'))
      .refine((v) => isIsoDate(v) || DUE_QUARTER.test(v), 'Thời hạn phải là một ngày có thật (YYYY-MM-DD) hoặc một quý (ví dụ 2026-Q2)')
      .optional(),
    /** Tin bài, phóng sự: done is counted in media items, not events. */
    media: z.boolean(required('Hoạt động báo chí, truyền hình', 'có hoặc không')).optional(),
  })
  .strict();

/** A plan (kế hoạch): its number, issuer, period, funding and its own activities (docs/plans.md). */
export const planSchema = z
  .object({
    id: recordId,
    number: text('Số kế hoạch', 100),
    title: text('Tên kế hoạch', 500),
    issuer: text('Cơ quan ban hành', 300).optional(),
    issuedOn: isoDate('Ngày ban hành'),
    from: isoDate('Từ ngày'),
    to: isoDate('Đến ngày'),
    funding: z
      .object({ source: text('Nguồn kinh phí').optional(), amount: nonNegativeInt('Kinh phí được giao').optional() })
      .strict()
      .optional(),
    status: z.enum(PLAN_STATUSES, `Trạng thái kế hoạch phải là một trong: ${PLAN_STATUSES.join(', ')}`).default('open'),
    activities: z.array(planActivitySchema, required('Các hoạt động', 'một danh sách')).max(100, 'Một kế hoạch có nhiều nhất 100 hoạt động'),
    note: text('Ghi chú', 2000).optional(),
  })
  .strict();

const headcount = (label: string) =>
  z.number(required(label, 'một số')).int(`${label} phải là số nguyên`).min(0, `${label} không được âm`).max(1_000_000, `${label} quá lớn`);

/** People at an event by group, and of them how many women. */
export const participantsSchema = z
  .object({
    elders: headcount('Già làng, trưởng thôn').optional(),
    respected: headcount('Người có uy tín').optional(),
    officials: headcount('Cán bộ cơ sở').optional(),
    residents: headcount('Người dân tộc thiểu số').optional(),
    others: headcount('Người tham dự khác').optional(),
    women: headcount('Trong đó nữ').optional(),
  })
  .strict()
  .superRefine((p, ctx) => {
    const all = participantTotal(p);
    if ((p.women ?? 0) > all) ctx.addIssue({ code: 'custom', path: ['women'], message: `Số người tham dự là nữ (${p.women}) không được lớn hơn tổng số người tham dự (${all})` });
  });

/** Everyone at an event, whatever their group. */
export const participantTotal = (p: Partial<Record<(typeof PARTICIPANT_GROUPS)[number], number>> | undefined): number =>
  PARTICIPANT_GROUPS.reduce((sum, group) => sum + (p?.[group] ?? 0), 0);

/** An event held under one activity of a plan (đợt truyền thông, lớp tập huấn, buổi sinh hoạt…). */
export const planEventSchema = z
  .object({
    id: recordId,
    planId: reference('Kế hoạch'),
    activityId: reference('Hoạt động'),
    date: isoDate('Ngày tổ chức'),
    place: text('Địa điểm', 300).optional(),
    unitId: reference('Đơn vị').optional(),
    participants: participantsSchema.optional(),
    note: text('Ghi chú', 1000).optional(),
  })
  .strict();

/** A news item or report (tin bài, phóng sự) of a plan's media activity. */
export const mediaItemSchema = z
  .object({
    id: recordId,
    planId: reference('Kế hoạch'),
    activityId: reference('Hoạt động'),
    date: isoDate('Ngày đăng, phát'),
    channel: text('Kênh đăng, phát', 300),
    title: text('Tên tin bài, phóng sự', 500),
    note: text('Ghi chú', 1000).optional(),
  })
  .strict();

export type Unit = z.infer<typeof unitSchema>;
export type PublicationEntry = z.infer<typeof publicationEntrySchema>;
export type Printer = z.infer<typeof printerSchema>;
export type Centre = z.infer<typeof centreSchema>;
export type ContractItem = z.infer<typeof contractItemSchema>;
export type Contract = z.infer<typeof contractSchema>;
export type Delivery = z.infer<typeof deliverySchema>;
export type Distribution = z.infer<typeof distributionSchema>;
export type Allocation = z.infer<typeof allocationSchema>;
export type PlanEvent = z.infer<typeof planEventSchema>;
export type Plan = z.infer<typeof planSchema>;
export type PlanActivity = z.infer<typeof planActivitySchema>;
export type MediaItem = z.infer<typeof mediaItemSchema>;
export type Participants = z.infer<typeof participantsSchema>;
export type PlanStatus = (typeof PLAN_STATUSES)[number];
export type ParticipantGroup = (typeof PARTICIPANT_GROUPS)[number];
export type UnitKind = (typeof UNIT_KINDS)[number];
export type BodyType = (typeof BODY_TYPES)[number];

/**
 * Every record collection, in the order a bundle lists them. The first six
 * are the bundle's floor; the plans' collections came later and are written
 * only when they hold records (bundle.ts).
 */
export const COLLECTIONS = ['units', 'publications', 'printers', 'contracts', 'deliveries', 'distributions', 'plans', 'events', 'media', 'allocations'] as const;
export type Collection = (typeof COLLECTIONS)[number];

export const collectionSchemas = {
  units: unitSchema,
  publications: publicationEntrySchema,
  printers: printerSchema,
  contracts: contractSchema,
  deliveries: deliverySchema,
  events: planEventSchema,
  distributions: distributionSchema,
  plans: planSchema,
  media: mediaItemSchema,
  allocations: allocationSchema,
} as const satisfies Record<Collection, z.ZodType>;

/** All records at one moment: what the store holds and what a bundle carries. */
export interface RecordSet {
  centre?: Centre;
  units: Unit[];
  publications: PublicationEntry[];
  printers: Printer[];
  contracts: Contract[];
  deliveries: Delivery[];
  events: PlanEvent[];
  distributions: Distribution[];
  plans: Plan[];
  media: MediaItem[];
  allocations: Allocation[];
}

/** What one record is called in a message: "hợp đồng", "lần giao hàng", … */
export const RECORD_NAMES: Record<Collection, string> = {
  units: 'đơn vị',
  publications: 'ấn phẩm',
  printers: 'cơ sở in',
  contracts: 'hợp đồng',
  deliveries: 'lần giao hàng',
  events: 'sự kiện',
  distributions: 'lần cấp phát',
  plans: 'kế hoạch',
  media: 'tin bài (phóng sự)',
  allocations: 'dòng kế hoạch phân bổ',
};
