// Handlers of the distribution methods (distribution-api.ts), spread into
// the records' handlers.
import type { z } from 'zod';
import { renderDocument } from '../papers/index.js';
import { handoverDocument } from '../papers/handover.js';
import type { distributionSchemas, DistributionResults } from '../../contract/distribution.js';
import { exportReport } from '../reports/export.js';
import type { RecordsService } from '../records/service.js';

type Handlers = {
  [M in keyof typeof distributionSchemas]: (input: z.output<(typeof distributionSchemas)[M]>) => Promise<DistributionResults[M]>;
};

const encoded = (file: { fileName: string; mimeType: string; bytes: Buffer }) => ({ fileName: file.fileName, mimeType: file.mimeType, base64: file.bytes.toString('base64') });

/** Today as an ISO date, in the machine's time zone (the day the user sees). */
export const today = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

export function distributionHandlers(records: () => RecordsService, appRoot: () => string): Handlers {
  return {
    'units.list': async () => records().units(),
    'units.save': async ({ unit }) => records().saveUnit(unit),
    'units.retire': async ({ id, date }) => records().retireUnit(id, date),
    'units.reinstate': async ({ id }) => records().reinstateUnit(id),
    'units.addPreset': async () => records().addPresetUnits(),
    'units.importCsv': async ({ text, fileName }) => records().importUnitsCsv(text, fileName),
    'distributions.list': async (filter) => records().distributions(filter),
    'distributions.save': async ({ distribution }) => records().saveDistribution(distribution),
    'distributions.delete': async ({ id }) => records().deleteDistribution(id),
    'deliveries.update': async ({ delivery }) => records().updateDelivery(delivery),
    'plan.get': async () => records().plan(),
    'allocations.save': async ({ allocation }) => records().saveAllocation(allocation),
    'allocations.delete': async ({ id }) => records().deleteAllocation(id),
    'events.save': async ({ event }) => records().saveEvent(event),
    'events.delete': async ({ id }) => records().deleteEvent(id),
    'reports.distribution': async (filter) => records().report(filter),
    'reports.export': async ({ format, from, to }) =>
      encoded(await exportReport(records().report({ from, to }), format, { appRoot: appRoot(), centre: records().centre(), date: today() })),
    'handover.generate': async ({ distributionIds, format }) =>
      encoded(await renderDocument(handoverDocument(records().handoverData(distributionIds)), format, { appRoot: appRoot() })),
  };
}
