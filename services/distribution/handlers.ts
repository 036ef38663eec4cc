// Distribution's methods (contract/distribution.ts): units and distributions
// (cấp phát).
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
  });
}
