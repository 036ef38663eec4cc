// The records service's distribution side: units, distributions (cấp
// phát) and the handover record (plans, their events and allocations are
// services/plans). Each change goes through the service's
// `commit`: the whole record set is checked (stock in date order included)
// before anything is written, so a distribution, or an edit or deletion of
// an earlier delivery, that would take stock below zero is refused and
// nothing is saved.
import { randomUUID } from 'node:crypto';
import { InputError } from '../../contract/errors.js';
import { checkWithSchema } from '../../engine/validate.js';
import type { DistributionView, UnitView } from '../../contract/distribution.js';
import { formatDate, inPeriod } from '../../contract/dates.js';
import { upsert, type RecordsContext } from '../records/context.js';
import { byDate } from '../records/ledger.js';
import { NotFoundError } from '../../contract/errors.js';
import {
  distributionSchema, unitSchema,
  type Centre, type Distribution, type PlanEvent, type RecordSet, type Unit,
} from '../../contract/record-schemas.js';
import { freeId, parseUnitsCsv, slug } from './units.js';
import { applyUnitPreset, LANG_SON_2025, loadUnitPreset, presetFile } from './presets.js';

/** The handover record's data (papers/handover.ts prints it). */
export interface HandoverData {
  centre: Centre;
  unit: Unit;
  /** Distributions to `unit`, each with its publication's title. */
  lines: (Distribution & { title: string })[];
}

/** Form fields left empty are absent, not empty strings. */
const filled = (input: Record<string, unknown>) => Object.fromEntries(Object.entries(input).filter(([, v]) => v !== '' && v !== undefined));

export type DistributionService = ReturnType<typeof createDistributionService>;

/** `appRoot`: the folder holding services/distribution/presets/ (the project, or the packaged app). */
export function createDistributionService(ctx: RecordsContext, appRoot: string) {
  const find = <K extends 'units' | 'distributions' | 'deliveries'>(collection: K, id: string, what: string): RecordSet[K][number] => {
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
      return s.units.map((u) => ({ ...u, distributed: out.get(u.id) ?? 0 }));
    },
    saveUnit(input: Record<string, unknown>): Unit {
      const existing = typeof input.id === 'string' ? ctx.state().units.find((u) => u.id === input.id) : undefined;
      // A new unit's code is made from its name, as the preset's and a CSV's are ("cong-an-xa-that-khe"), not a UUID.
      const named = typeof input.name === 'string' && input.name.trim() !== '';
      const id = typeof input.id === 'string' && input.id ? input.id : named ? freeId(slug(input.name as string), new Set(ctx.state().units.map((u) => u.id))) : undefined;
      const unit = parse<Unit>(unitSchema, { parentId: null, ...input, ...(id ? { id } : {}), ...(existing?.retiredOn ? { retiredOn: existing.retiredOn } : {}) });
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
    /** The units of Lạng Sơn since 1/7/2025 (presets.ts): what is missing is added, nothing the user set is changed. */
    addPresetUnits(): { added: number; updated: number; notRetired: string[] } {
      const file = presetFile(appRoot, LANG_SON_2025);
      const { units, added, updated, notRetired } = applyUnitPreset(ctx.state(), loadUnitPreset(file));
      if (added || updated) saveUnits(units);
      return { added, updated, notRetired };
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
        // A column the file lacks keeps the unit's value (its retirement, former district, …).
        units = upsert(units, before ? checkWithSchema(unitSchema, { ...before, ...unit }) : unit);
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
            ...(event ? { eventLabel: eventLabel(event, s, units) } : {}),
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

/** "Tập huấn 18/11/2022, Hội trường UBND huyện Tràng Định": the event's activity as its plan names it, its date and place. */
function eventLabel(event: PlanEvent, set: RecordSet, units: Map<string, Unit>): string {
  const activity = set.plans.find((p) => p.id === event.planId)?.activities.find((a) => a.id === event.activityId)?.name ?? event.activityId;
  const where = event.place ?? (event.unitId ? units.get(event.unitId)?.name : undefined);
  return `${activity} ${formatDate(event.date)}${where ? `, ${where}` : ''}`;
}
