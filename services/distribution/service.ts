// The records service's distribution side: units, distributions (cấp
// phát), edits of deliveries, the allocation plan, the plan's events, the
// report and the handover record. Each change goes through the service's
// `commit`: the whole record set is checked (stock in date order included)
// before anything is written, so a distribution, or an edit or deletion of
// an earlier delivery, that would take stock below zero is refused and
// nothing is saved.
import { randomUUID } from 'node:crypto';
import { InputError } from '../../contract/errors.js';
import { checkWithSchema } from '../../engine/validate.js';
import type { AllocationView, DistributionView, EventView, PlanView, UnitView } from '../../contract/distribution.js';
import { formatDate, inPeriod } from '../../contract/dates.js';
import type { RecordsContext } from '../records/context.js';
import { byDate } from '../records/ledger.js';
import { NotFoundError } from '../../contract/errors.js';
import { ACTIVITY_LABELS, activityProgress } from './plan.js';
import {
  allocationSchema, distributionSchema, planEventSchema, unitSchema,
  type Allocation, type Centre, type Distribution, type PlanEvent, type RecordSet, type Unit,
} from '../../contract/record-schemas.js';
import { DISTRICTS_2022, parseUnitsCsv } from './units.js';

/** The handover record's data (papers/handover.ts prints it). */
export interface HandoverData {
  centre: Centre;
  unit: Unit;
  /** Distributions to `unit`, each with its publication's title. */
  lines: (Distribution & { title: string })[];
}

/** `list` with `record` put in place of the one with its id, or appended. */
const upsert = <T extends { id: string }>(list: readonly T[], record: T): T[] => {
  const at = list.findIndex((r) => r.id === record.id);
  return at < 0 ? [...list, record] : list.map((r, i) => (i === at ? record : r));
};

/** Form fields left empty are absent, not empty strings. */
const filled = (input: Record<string, unknown>) => Object.fromEntries(Object.entries(input).filter(([, v]) => v !== '' && v !== undefined));

export type DistributionService = ReturnType<typeof createDistributionService>;

export function createDistributionService(ctx: RecordsContext) {
  const find = <K extends 'units' | 'distributions' | 'deliveries' | 'allocations' | 'events'>(collection: K, id: string, what: string): RecordSet[K][number] => {
    const record = (ctx.state()[collection] as { id: string }[]).find((r) => r.id === id);
    if (!record) throw new NotFoundError(`Không tìm thấy ${what} có mã "${id}"; có thể nó đã bị xóa.`);
    return record as RecordSet[K][number];
  };
  const names = () => {
    const s = ctx.state();
    return { units: new Map(s.units.map((u) => [u.id, u])), titles: new Map(ctx.catalogue().map((p) => [p.id, p.title])) };
  };
  /** A record saved in a form: checked by its schema, a new one gets a UUID. */
  const parse = <T>(schema: { parse(v: unknown): T } & Parameters<typeof checkWithSchema>[0], input: Record<string, unknown>): T =>
    checkWithSchema(schema, { ...filled(input), id: typeof input.id === 'string' && input.id ? input.id : randomUUID() }) as T;

  function saveUnits(units: Unit[]): void {
    ctx.commit({ ...ctx.state(), units }, ['units']);
  }

  return {
    units(): UnitView[] {
      const s = ctx.state();
      const out = new Map<string, number>();
      for (const x of s.distributions) out.set(x.unitId, (out.get(x.unitId) ?? 0) + x.quantity);
      const byId = new Map(s.units.map((u) => [u.id, u.name]));
      return s.units.map((u) => ({ ...u, parentName: u.parentId ? byId.get(u.parentId) : undefined, distributed: out.get(u.id) ?? 0 }));
    },
    saveUnit(input: Record<string, unknown>): Unit {
      const existing = typeof input.id === 'string' ? ctx.state().units.find((u) => u.id === input.id) : undefined;
      const unit = parse<Unit>(unitSchema, { parentId: null, ...input, ...(existing?.retiredOn ? { retiredOn: existing.retiredOn } : {}) });
      ctx.commit({ ...ctx.state(), units: upsert(ctx.state().units, unit) }, ['units'], { collection: 'units', id: unit.id });
      return unit;
    },
    /** Retired units keep every distribution and stay in reports; none is recorded for them from `date` on. */
    retireUnit(id: string, date: string): Unit {
      const unit = { ...find('units', id, 'đơn vị'), retiredOn: date };
      ctx.commit({ ...ctx.state(), units: upsert(ctx.state().units, checkWithSchema(unitSchema, unit)) }, ['units'], { collection: 'units', id });
      return unit;
    },
    reinstateUnit(id: string): Unit {
      const { retiredOn: _retired, ...unit } = find('units', id, 'đơn vị');
      saveUnits(upsert(ctx.state().units, unit));
      return unit;
    },
    /** Adds those of the 11 district-level units of 2022 that are missing. */
    addPresetUnits(): { added: number } {
      const have = new Set(ctx.state().units.map((u) => u.id));
      const missing = DISTRICTS_2022.filter((u) => !have.has(u.id));
      if (missing.length) saveUnits([...ctx.state().units, ...missing]);
      return { added: missing.length };
    },
    /** All or nothing: every line is checked first; units already there (same id or name) are updated. */
    importUnitsCsv(text: string, fileName?: string): { added: number; updated: number } {
      const current = ctx.state().units;
      const parsed = parseUnitsCsv(text, current, fileName);
      let units = current;
      let updated = 0;
      for (const unit of parsed) {
        const before = units.find((u) => u.id === unit.id);
        if (before) updated++;
        units = upsert(units, before?.retiredOn ? { ...unit, retiredOn: before.retiredOn } : unit);
      }
      try {
        saveUnits(units);
      } catch (error) {
        if (error instanceof InputError) throw new InputError(error.message, { file: fileName, field: error.field });
        throw error;
      }
      return { added: parsed.length - updated, updated };
    },

    distributions(filter: { from?: string; to?: string } = {}): DistributionView[] {
      const s = ctx.state();
      const { units, titles } = names();
      const events = new Map(s.events.map((e) => [e.id, e]));
      return s.distributions
        .filter((x) => inPeriod(x.date, filter))
        .map((x) => {
          const event = x.eventId ? events.get(x.eventId) : undefined;
          return {
            ...x, unitName: units.get(x.unitId)?.name ?? x.unitId, title: titles.get(x.publicationId) ?? x.publicationId,
            ...(event ? { eventLabel: eventLabel(event, units) } : {}),
          };
        })
        .sort((a, b) => -byDate(a, b));
    },
    /** Adds, or replaces the one with the same id; refused (nothing saved) when stock would go below zero on any date. */
    saveDistribution(input: Record<string, unknown>): Distribution {
      const x = parse<Distribution>(distributionSchema, input);
      ctx.commit({ ...ctx.state(), distributions: upsert(ctx.state().distributions, x) }, ['distributions'], { collection: 'distributions', id: x.id });
      return x;
    },
    deleteDistribution(id: string) {
      find('distributions', id, 'lần cấp phát');
      ctx.commit({ ...ctx.state(), distributions: ctx.state().distributions.filter((x) => x.id !== id) }, ['distributions']);
      return { deleted: true as const };
    },
    /** A delivery's date or quantity corrected; refused when a later distribution relied on the copies. */
    plan(): PlanView {
      const s = ctx.state();
      const { units, titles } = names();
      const out = new Map<string, number>();
      const atEvent = new Map<string, number>();
      for (const x of s.distributions) {
        out.set(`${x.unitId}\u0000${x.publicationId}`, (out.get(`${x.unitId}\u0000${x.publicationId}`) ?? 0) + x.quantity);
        if (x.eventId) atEvent.set(x.eventId, (atEvent.get(x.eventId) ?? 0) + x.quantity);
      }
      const allocations: AllocationView[] = s.allocations.map((a) => ({
        ...a, unitName: units.get(a.unitId)?.name ?? a.unitId, title: titles.get(a.publicationId) ?? a.publicationId,
        handedOut: out.get(`${a.unitId}\u0000${a.publicationId}`) ?? 0,
      }));
      const events: EventView[] = [...s.events].sort((a, b) => -byDate(a, b)).map((e) => ({
        ...e, ...(e.unitId ? { unitName: units.get(e.unitId)?.name ?? e.unitId } : {}), copies: atEvent.get(e.id) ?? 0,
      }));
      return { activities: activityProgress(s), allocations, events };
    },
    /** One line per unit and publication: saving an existing pair replaces its quantity. */
    saveAllocation(input: Record<string, unknown>): Allocation {
      const same = ctx.state().allocations.find((a) => a.unitId === input.unitId && a.publicationId === input.publicationId);
      const allocation = parse<Allocation>(allocationSchema, { ...input, id: input.id ?? same?.id });
      ctx.commit({ ...ctx.state(), allocations: upsert(ctx.state().allocations, allocation) }, ['allocations'], { collection: 'allocations', id: allocation.id });
      return allocation;
    },
    deleteAllocation(id: string) {
      find('allocations', id, 'dòng kế hoạch');
      ctx.commit({ ...ctx.state(), allocations: ctx.state().allocations.filter((a) => a.id !== id) }, ['allocations']);
      return { deleted: true as const };
    },
    saveEvent(input: Record<string, unknown>): PlanEvent {
      const event = parse<PlanEvent>(planEventSchema, input);
      ctx.commit({ ...ctx.state(), events: upsert(ctx.state().events, event) }, ['events'], { collection: 'events', id: event.id });
      return event;
    },
    deleteEvent(id: string) {
      find('events', id, 'sự kiện');
      const linked = ctx.state().distributions.filter((x) => x.eventId === id).length;
      if (linked) throw new InputError(`sự kiện này có ${linked} lần cấp phát gắn với nó; hãy bỏ liên kết ở các lần cấp phát trước khi xóa.`);
      ctx.commit({ ...ctx.state(), events: ctx.state().events.filter((e) => e.id !== id) }, ['events']);
      return { deleted: true as const };
    },

    /** The handover record's data: the chosen distributions, all to one unit. */
    handoverData(ids: readonly string[]): HandoverData {
      const { titles } = names();
      const chosen = ids.map((id) => find('distributions', id, 'lần cấp phát')).sort(byDate);
      const unitIds = new Set(chosen.map((x) => x.unitId));
      if (unitIds.size > 1) throw new InputError('một biên bản giao nhận chỉ cho một đơn vị; hãy chọn các lần cấp phát của cùng một đơn vị.', { field: 'distributionIds' });
      const unit = find('units', chosen[0].unitId, 'đơn vị');
      return { centre: ctx.centre(), unit, lines: chosen.map((x) => ({ ...x, title: titles.get(x.publicationId) ?? x.publicationId })) };
    },
  };
}

function eventLabel(event: PlanEvent, units: Map<string, Unit>): string {
  const where = event.place ?? (event.unitId ? units.get(event.unitId)?.name : undefined);
  return `${ACTIVITY_LABELS[event.activity]} ${formatDate(event.date)}${where ? `, ${where}` : ''}`;
}
