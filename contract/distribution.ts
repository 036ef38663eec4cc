// Distribution's part of the contract: units and distributions (cấp phát);
// plans, their events and allocations are contract/plans.ts. Pure: the
// renderer imports it.
import { z } from 'zod';
import { feature } from './define.js';
import { recordId, type Distribution, type Unit } from './record-schemas.js';

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
};

export interface UnitView extends Unit {
  /** Copies handed out to this unit so far. */
  distributed: number;
}

export interface DistributionView extends Distribution {
  unitName: string;
  title: string;
  eventLabel?: string;
}

export interface DistributionResults {
  'units.list': UnitView[];
  'units.save': Unit;
  'units.retire': Unit;
  'units.reinstate': Unit;
  /** Lạng Sơn since 1/7/2025: units added, units that gained a missing field, and retired districts left in use because copies went to them later. */
  'units.addPreset': { added: number; updated: number; notRetired: string[] };
  'units.importCsv': { added: number; updated: number };
  'distributions.list': DistributionView[];
  'distributions.save': Distribution;
  'distributions.delete': { deleted: true };
}

export const distributionApi = feature<DistributionResults>()(distributionSchemas);
