// Distribution's methods (contract/distribution.ts): units, distributions
// (cấp phát) and the plan's allocations and events.
import { distributionApi } from '../../contract/distribution.js';
import { defineHandlers } from '../define-handlers.js';
import type { DistributionService } from './service.js';

export function distributionHandlers(distribution: DistributionService) {
  return defineHandlers(distributionApi, {
    'units.list': async () => distribution.units(),
    'units.save': async ({ unit }) => distribution.saveUnit(unit),
    'units.retire': async ({ id, date }) => distribution.retireUnit(id, date),
    'units.reinstate': async ({ id }) => distribution.reinstateUnit(id),
    'units.addPreset': async () => distribution.addPresetUnits(),
    'units.importCsv': async ({ text, fileName }) => distribution.importUnitsCsv(text, fileName),
    'distributions.list': async (filter) => distribution.distributions(filter),
    'distributions.save': async ({ distribution: input }) => distribution.saveDistribution(input),
    'distributions.delete': async ({ id }) => distribution.deleteDistribution(id),
    'plan.get': async () => distribution.plan(),
    'allocations.save': async ({ allocation }) => distribution.saveAllocation(allocation),
    'allocations.delete': async ({ id }) => distribution.deleteAllocation(id),
    'events.save': async ({ event }) => distribution.saveEvent(event),
    'events.delete': async ({ id }) => distribution.deleteEvent(id),
  });
}
