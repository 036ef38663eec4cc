// Plans as records (docs/plans.md): plans with their own activities and
// targets, their events, media items and allocations. Every change goes
// through the record set's commit, so the rules between records
// (records/integrity.ts: plan numbers unique, events within their plan's
// period and under one of its activities, …) hold whatever the screen sends;
// here are the rules of the plan's state: a closed plan takes no change until
// it is reopened, and a plan, or an activity, that records still name is not
// removed.
import { randomUUID } from 'node:crypto';
import { ConflictError, InputError, NotFoundError } from '../../contract/errors.js';
import { formatDate, today } from '../../contract/dates.js';
import { foldForSearch } from '../../contract/text-fold.js';
import type { EventChoice, PlanReportFormat, PlanSummary, PlanView } from '../../contract/plans.js';
import {
  allocationSchema, mediaItemSchema, planEventSchema, planSchema,
  type Allocation, type MediaItem, type Plan, type PlanActivity, type PlanEvent, type RecordSet,
} from '../../contract/record-schemas.js';
import { checkWithSchema } from '../../engine/validate.js';
import { upsert, type RecordsContext } from '../records/context.js';
import { withoutBlanks } from '../records/service.js';
import { planReportFile } from './report.js';
import { eventChoices, planSummaries, planView } from './views.js';

const idOf = (input: Record<string, unknown>) => (typeof input.id === 'string' && input.id ? input.id : undefined);

/** "15/KH-TGPL" issued in 2026 → "15-kh-tgpl-2026": an id a person can type after `report plan`. */
function planIdFor(number: string, issuedOn: string, taken: (id: string) => boolean): string {
  const base = `${foldForSearch(number).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60) || 'ke-hoach'}-${issuedOn.slice(0, 4)}`;
  if (!taken(base)) return base;
  for (let n = 2; ; n++) if (!taken(`${base}-${n}`)) return `${base}-${n}`;
}

/** Activities the form sent without an id get the next free "a1", "a2", …; ids stay stable when names change. */
function withActivityIds(activities: unknown): unknown {
  if (!Array.isArray(activities)) return activities;
  const taken = new Set(activities.map((a) => (a && typeof a === 'object' ? (a as { id?: unknown }).id : undefined)));
  let n = 0;
  const next = () => {
    do n++;
    while (taken.has(`a${n}`));
    return `a${n}`;
  };
  return activities.map((a) => (a && typeof a === 'object' && !(a as { id?: unknown }).id ? { ...a, id: next() } : a));
}

/** A due date or quarter moved by `years` (a copied plan's activities fall due in its own period). */
const shiftDue = (due: string | undefined, years: number) => (due === undefined ? undefined : `${Number(due.slice(0, 4)) + years}${due.slice(4)}`.replace(/^(\d{4})-02-29$/, '$1-02-28'));

export type PlansService = ReturnType<typeof createPlansService>;

/** `appRoot`: the folder holding fonts/ (the plan report's paper). */
export function createPlansService(ctx: RecordsContext, appRoot: string) {
  const state = () => ctx.state();
  const findPlan = (id: string): Plan => {
    const plan = state().plans.find((p) => p.id === id);
    if (!plan) throw new NotFoundError(`Không tìm thấy kế hoạch có mã "${id}"; có thể nó đã bị xóa.`);
    return plan;
  };
  const find = <K extends 'events' | 'media' | 'allocations'>(collection: K, id: string, what: string): RecordSet[K][number] => {
    const record = (state()[collection] as { id: string }[]).find((r) => r.id === id);
    if (!record) throw new NotFoundError(`Không tìm thấy ${what} có mã "${id}"; có thể nó đã bị xóa.`);
    return record as RecordSet[K][number];
  };
  /** Events, media items and allocations change only while their plan is open; the form's plan field is named. */
  const openPlan = (planId: unknown): Plan => {
    const plan = typeof planId === 'string' ? state().plans.find((p) => p.id === planId) : undefined;
    if (!plan) throw new InputError('hãy chọn một kế hoạch có trong danh sách.', { field: 'planId' });
    if (plan.status === 'closed') throw new InputError(`kế hoạch ${plan.number} đã kết thúc; hãy mở lại kế hoạch trước khi sửa.`, { field: 'planId' });
    return plan;
  };
  /** A record of a plan's own (event, media item, allocation) checked by its schema; a new one gets a UUID. */
  const member = <T>(schema: Parameters<typeof checkWithSchema>[0], input: Record<string, unknown>): T =>
    checkWithSchema(schema, { ...withoutBlanks(input), id: idOf(input) ?? randomUUID() }) as T;

  function commitPlan(plan: Plan): Plan {
    ctx.commit({ ...state(), plans: upsert(state().plans, plan) }, ['plans'], { collection: 'plans', id: plan.id });
    return plan;
  }

  /** What still names the plan (or, with `activityId`, one of its activities), in words; empty when nothing does. */
  function usesOf(planId: string, activityId?: string): string[] {
    const s = state();
    const mine = (r: { planId?: string; activityId?: string }) => r.planId === planId && (activityId === undefined || r.activityId === activityId);
    const counts: [number, string][] = [
      [s.events.filter(mine).length, 'sự kiện'],
      [s.media.filter(mine).length, 'tin bài, phóng sự'],
      [activityId === undefined ? s.allocations.filter(mine).length : 0, 'dòng phân bổ'],
      [activityId === undefined ? s.contracts.filter(mine).length : 0, 'hợp đồng in'],
    ];
    return counts.filter(([n]) => n > 0).map(([n, what]) => `${n} ${what}`);
  }

  /** Nothing recorded under the plan may fall outside its new period or lose its activity. */
  function keepsItsRecords(plan: Plan): void {
    const s = state();
    for (const r of [...s.events, ...s.media].filter((r) => r.planId === plan.id)) {
      if (r.date < plan.from) throw new InputError(`kế hoạch đã có sự kiện, tin bài ngày ${formatDate(r.date)}, trước ngày bắt đầu mới (${formatDate(plan.from)}).`, { field: 'from' });
      if (r.date > plan.to) throw new InputError(`kế hoạch đã có sự kiện, tin bài ngày ${formatDate(r.date)}, sau ngày kết thúc mới (${formatDate(plan.to)}).`, { field: 'to' });
    }
    const before = s.plans.find((p) => p.id === plan.id);
    for (const [index, gone] of (before?.activities ?? []).entries()) {
      if (plan.activities.some((a) => a.id === gone.id)) continue;
      const uses = usesOf(plan.id, gone.id);
      if (uses.length) throw new InputError(`hoạt động "${gone.name}" đã có ${uses.join(', ')}; không bỏ được hoạt động này.`, { field: `activities[${index}]` });
    }
  }

  /** A new plan (open), or an open plan's fields and activities; its status changes only by close and reopen. */
  function save(input: Record<string, unknown>): Plan {
    const existing = idOf(input) ? findPlan(idOf(input)!) : undefined;
    if (existing?.status === 'closed') throw new ConflictError(`kế hoạch ${existing.number} đã kết thúc; hãy mở lại kế hoạch trước khi sửa.`);
    const fields = withoutBlanks({ ...input, activities: withActivityIds(input.activities) });
    // A new plan's id is made from its number once that is known good; "moi" only stands in for the check.
    const plan = checkWithSchema(planSchema, { ...fields, id: existing?.id ?? 'moi', status: existing?.status ?? 'open' });
    const saved = existing ? plan : { ...plan, id: planIdFor(plan.number, plan.issuedOn, (id) => state().plans.some((p) => p.id === id)) };
    keepsItsRecords(saved);
    return commitPlan(saved);
  }

  return {
    list: (): PlanSummary[] => planSummaries(state()),
    get: (id: string): PlanView => planView(state(), ctx.catalogue(), findPlan(id)),
    /** The plan's report as a file, dated `date` (today). */
    file: (id: string, format: PlanReportFormat, date = today()) => planReportFile(planView(state(), ctx.catalogue(), findPlan(id)), format, { appRoot, centre: ctx.centre(), date }),
    save,

    /** A new open plan with `id`'s activities and targets (due dates moved into the new period), the new number and period from `input`; no events. */
    copy(id: string, input: Record<string, unknown>): Plan {
      const source = findPlan(id);
      const fields = withoutBlanks(input) as Record<string, unknown>;
      const years = typeof fields.from === 'string' ? Number(fields.from.slice(0, 4)) - Number(source.from.slice(0, 4)) : 0;
      const activities: PlanActivity[] = source.activities.map((a) => {
        const due = shiftDue(a.due, Number.isFinite(years) ? years : 0);
        return { ...a, ...(due ? { due } : {}) };
      });
      // The funding source carries over unless given; the amount is the new plan's own.
      const funding = { ...(source.funding?.source ? { source: source.funding.source } : {}), ...(fields.funding as object | undefined) };
      return save({
        title: source.title, ...(source.issuer ? { issuer: source.issuer } : {}),
        ...fields, funding, id: undefined, status: undefined, activities,
      });
    },

    close: (id: string): Plan => commitPlan({ ...findPlan(id), status: 'closed' }),
    reopen: (id: string): Plan => commitPlan({ ...findPlan(id), status: 'open' }),

    delete(id: string) {
      const plan = findPlan(id);
      const uses = usesOf(id);
      if (uses.length) throw new ConflictError(`kế hoạch ${plan.number} còn ${uses.join(', ')} gắn với nó; hãy xóa hoặc chuyển chúng sang kế hoạch khác trước.`);
      ctx.commit({ ...state(), plans: state().plans.filter((p) => p.id !== id) }, ['plans']);
      return { deleted: true as const };
    },

    events: (): EventChoice[] => eventChoices(state()),
    saveEvent(input: Record<string, unknown>): PlanEvent {
      openPlan(input.planId);
      const before = idOf(input) ? state().events.find((e) => e.id === idOf(input)) : undefined;
      if (before) openPlan(before.planId);
      const event = member<PlanEvent>(planEventSchema, input);
      ctx.commit({ ...state(), events: upsert(state().events, event) }, ['events'], { collection: 'events', id: event.id });
      return event;
    },
    deleteEvent(id: string) {
      const event = find('events', id, 'sự kiện');
      openPlan(event.planId);
      const linked = state().distributions.filter((x) => x.eventId === id).length;
      if (linked) throw new ConflictError(`sự kiện này có ${linked} lần cấp phát gắn với nó; hãy bỏ liên kết ở các lần cấp phát trước khi xóa.`);
      ctx.commit({ ...state(), events: state().events.filter((e) => e.id !== id) }, ['events']);
      return { deleted: true as const };
    },

    saveMedia(input: Record<string, unknown>): MediaItem {
      openPlan(input.planId);
      const item = member<MediaItem>(mediaItemSchema, input);
      ctx.commit({ ...state(), media: upsert(state().media, item) }, ['media'], { collection: 'media', id: item.id });
      return item;
    },
    deleteMedia(id: string) {
      openPlan(find('media', id, 'tin bài, phóng sự').planId);
      ctx.commit({ ...state(), media: state().media.filter((m) => m.id !== id) }, ['media']);
      return { deleted: true as const };
    },

    /** One line per plan, unit and publication: saving an existing triple replaces its quantity. */
    saveAllocation(input: Record<string, unknown>): Allocation {
      openPlan(input.planId);
      const same = state().allocations.find((a) => a.planId === input.planId && a.unitId === input.unitId && a.publicationId === input.publicationId);
      const allocation = member<Allocation>(allocationSchema, { ...input, id: idOf(input) ?? same?.id });
      ctx.commit({ ...state(), allocations: upsert(state().allocations, allocation) }, ['allocations'], { collection: 'allocations', id: allocation.id });
      return allocation;
    },
    deleteAllocation(id: string) {
      openPlan(find('allocations', id, 'dòng phân bổ').planId);
      ctx.commit({ ...state(), allocations: state().allocations.filter((a) => a.id !== id) }, ['allocations']);
      return { deleted: true as const };
    },
  };
}
