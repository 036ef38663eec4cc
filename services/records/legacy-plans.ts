// Plan records as the app kept them before plans were records (bundles and
// stores written until store version 6): an event named one of five fixed
// activity kinds and counted its participants as one number; an allocation
// named no plan. The bundle reader and migration 6 (services/plans/migration.ts)
// turn them into today's records with this one function: a plan made from
// them — one activity per kind found, targets 0 (the old records never held
// them), a period covering every year they touch — holding the old events,
// the old media events as media items and the old allocations. docs/bundle.md
// says what the user then fills in.

/** What each old activity code meant, as the old screens named it. */
const LEGACY_ACTIVITIES: Readonly<Record<string, { name: string; unitOfCount: string; media?: true }>> = {
  communication: { name: 'Truyền thông về trợ giúp pháp lý', unitOfCount: 'đợt' },
  training: { name: 'Tập huấn', unitOfCount: 'lớp' },
  media: { name: 'Phóng sự, tin bài', unitOfCount: 'tin bài', media: true },
  'thematic-providers': { name: 'Sinh hoạt chuyên đề cho người thực hiện trợ giúp pháp lý', unitOfCount: 'buổi' },
  'thematic-grassroots': { name: 'Sinh hoạt chuyên đề cho cán bộ cơ sở, già làng, người có uy tín', unitOfCount: 'buổi' },
};

export const CONVERTED_PLAN_ID = 'ke-hoach-chuyen-doi';

type Obj = Record<string, unknown>;
const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

const isLegacyEvent = (e: unknown): e is Obj => isObject(e) && typeof e.activity === 'string' && e.planId === undefined;
const isLegacyAllocation = (a: unknown): a is Obj => isObject(a) && a.planId === undefined;

/** Whether these collections hold any record of the old shape. */
export function hasLegacyPlans(collections: Obj): boolean {
  return list(collections.events).some(isLegacyEvent) || list(collections.allocations).some(isLegacyAllocation);
}

/**
 * `collections` (a bundle, or the store's files read as one) with old-shape
 * events and allocations moved into one new plan; returned as it is when
 * there are none. Anything malformed is passed on for the schemas to name.
 */
export function upgradeLegacyPlans<T extends Obj>(collections: T, now: () => Date = () => new Date()): T {
  if (!hasLegacyPlans(collections)) return collections;
  const plans = list(collections.plans);
  const takenIds = new Set(plans.filter(isObject).map((p) => p.id));
  const takenNumbers = new Set(plans.filter(isObject).map((p) => String(p.number).toLocaleLowerCase('vi')));
  const planId = freeName(CONVERTED_PLAN_ID, (id) => takenIds.has(id), '-');
  const number = freeName('Chưa ghi số', (n) => takenNumbers.has(n.toLocaleLowerCase('vi')), ' ');

  const events = list(collections.events);
  const legacy = events.filter(isLegacyEvent);
  // A media event some distribution names stays an event: the link is kept.
  const linked = new Set(list(collections.distributions).filter(isObject).map((x) => x.eventId));
  const toMedia = (e: Obj) => e.activity === 'media' && !linked.has(e.id);

  const kinds = [...new Set(legacy.map((e) => String(e.activity)))];
  const activities = [...Object.keys(LEGACY_ACTIVITIES).filter((k) => kinds.includes(k)), ...kinds.filter((k) => !Object.hasOwn(LEGACY_ACTIVITIES, k))]
    .map((id) => ({ id, ...(LEGACY_ACTIVITIES[id] ?? { name: id, unitOfCount: 'lần' }), target: 0 }))
    .map(({ media, ...a }) => (media ? { ...a, media } : a));

  const years = datedYears([legacy, collections.distributions, collections.deliveries, collections.contracts]);
  const first = years.length ? Math.min(...years) : now().getFullYear();
  const last = years.length ? Math.max(...years) : first;
  const plan = {
    id: planId,
    number,
    title: 'Kế hoạch chuyển từ dữ liệu cũ',
    issuedOn: `${first}-01-01`,
    from: `${first}-01-01`,
    to: `${last}-12-31`,
    status: 'open',
    activities,
    note: 'Tạo tự động từ các sự kiện và kế hoạch phân bổ ghi theo định dạng cũ; hãy ghi số, ngày ban hành, tên, thời gian và chỉ tiêu của kế hoạch.',
  };

  return {
    ...collections,
    plans: [...plans, plan],
    events: events.flatMap((e) => (!isLegacyEvent(e) ? [e] : toMedia(e) ? [] : [legacyEvent(e, planId)])),
    media: [...list(collections.media), ...legacy.filter(toMedia).map((e) => legacyMedia(e, planId))],
    allocations: list(collections.allocations).map((a) => (isLegacyAllocation(a) ? { id: a.id, planId, ...withoutId(a) } : a)),
  };
}

function legacyEvent(e: Obj, planId: string): Obj {
  const { id, activity, participants, ...rest } = e;
  return {
    id, planId, activityId: activity, ...rest,
    // One number without groups: all of them under "others".
    ...(participants === undefined ? {} : { participants: typeof participants === 'number' ? { others: participants } : participants }),
  };
}

function legacyMedia(e: Obj, planId: string): Obj {
  return {
    id: e.id, planId, activityId: e.activity, date: e.date,
    channel: e.place ?? 'Chưa ghi kênh',
    title: e.note ?? 'Phóng sự, tin bài',
  };
}

const withoutId = ({ id: _id, ...rest }: Obj) => rest;

function datedYears(collections: unknown[]): number[] {
  return collections.flatMap((c) => list(c)).flatMap((r) => (isObject(r) && typeof r.date === 'string' && /^\d{4}-/.test(r.date) ? [Number(r.date.slice(0, 4))] : []));
}

/** `base`, or `base` with " 2", "-2", … when taken. */
function freeName(base: string, taken: (name: string) => boolean, joiner: string): string {
  if (!taken(base)) return base;
  for (let n = 2; ; n++) if (!taken(`${base}${joiner}${n}`)) return `${base}${joiner}${n}`;
}
