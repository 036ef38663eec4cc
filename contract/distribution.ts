// Distribution's part of the contract: units, distributions (cấp phát) and
// the plan (allocations, events, activities). Pure: the renderer imports it.
import { z } from 'zod';
import { feature } from './define.js';
import type { ActivityProgress } from './reports.js';
import { recordId, type Allocation, type Distribution, type PlanEvent, type Unit } from './record-schemas.js';

const payload = z.record(z.string(), z.unknown());
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'ngày phải có dạng YYYY-MM-DD');
const period = { from: isoDate.optional(), to: isoDate.optional() };

const distributionSchemas = {
  'units.list': z.object({}).strict(),
  'units.save': z.object({ unit: payload }).strict(),
  'units.retire': z.object({ id: recordId, date: isoDate }).strict(),
  'units.reinstate': z.object({ id: recordId }).strict(),
  'units.addPreset': z.object({}).strict(),
  'units.importCsv': z.object({ text: z.string().max(5_000_000, 'tệp CSV quá lớn (tối đa 5 MB)'), fileName: z.string().max(300).optional() }).strict(),
  'distributions.list': z.object(period).strict(),
  'distributions.save': z.object({ distribution: payload }).strict(),
  'distributions.delete': z.object({ id: recordId }).strict(),
  'plan.get': z.object({}).strict(),
  'allocations.save': z.object({ allocation: payload }).strict(),
  'allocations.delete': z.object({ id: recordId }).strict(),
  'events.save': z.object({ event: payload }).strict(),
  'events.delete': z.object({ id: recordId }).strict(),
};

export interface UnitView extends Unit {
  parentName?: string;
  /** Copies handed out to this unit so far. */
  distributed: number;
}

export interface DistributionView extends Distribution {
  unitName: string;
  title: string;
  eventLabel?: string;
}

export interface AllocationView extends Allocation {
  unitName: string;
  title: string;
  handedOut: number;
}

export interface EventView extends PlanEvent {
  unitName?: string;
  /** Copies handed out at this event. */
  copies: number;
}

export interface PlanView {
  activities: ActivityProgress[];
  allocations: AllocationView[];
  events: EventView[];
}

export interface DistributionResults {
  'units.list': UnitView[];
  'units.save': Unit;
  'units.retire': Unit;
  'units.reinstate': Unit;
  'units.addPreset': { added: number };
  'units.importCsv': { added: number; updated: number };
  'distributions.list': DistributionView[];
  'distributions.save': Distribution;
  'distributions.delete': { deleted: true };
  'plan.get': PlanView;
  'allocations.save': Allocation;
  'allocations.delete': { deleted: true };
  'events.save': PlanEvent;
  'events.delete': { deleted: true };
}

export const distributionApi = feature<DistributionResults>()(distributionSchemas);
