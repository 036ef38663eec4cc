// The records' handlers (contract methods in records/api.ts), spread into
// the app's one handler table in electron/handlers.ts.
import { generateDocument, toGenerated } from '../papers/index.js';
import type { recordSchemas, RecordResults } from '../../contract/records.js';
import type { z } from 'zod';
import { NotFoundError } from '../../contract/errors.js';
import { distributionHandlers } from '../distribution/handlers.js';
import type { RecordsService } from './service.js';

export interface RecordServices {
  records: RecordsService;
  /** Folder holding fonts/ (the Times-metric font of the documents). */
  appRoot: string;
}

type RecordHandlers = {
  [M in keyof typeof recordSchemas]: (input: z.output<(typeof recordSchemas)[M]>) => Promise<RecordResults[M]>;
};

/** `services` may be absent where only publications are served (some tests); each call then says so. */
export function recordHandlers(services: RecordServices | undefined): RecordHandlers {
  const get = (): RecordServices => {
    if (!services) throw new NotFoundError('Hồ sơ in ấn chưa được mở trong phiên này.');
    return services;
  };
  const records = () => get().records;
  return {
    'records.catalogue': async () => records().catalogue(),
    'centre.get': async () => records().centre(),
    'centre.save': async ({ centre }) => records().saveCentre(centre),
    'printers.list': async () => records().printers(),
    'printers.save': async ({ printer }) => records().savePrinter(printer),
    'printers.delete': async ({ id }) => records().deletePrinter(id),
    'contracts.list': async () => records().contracts(),
    'contracts.get': async ({ id }) => records().contract(id),
    'contracts.save': async ({ contract }) => records().saveContract(contract),
    'contracts.setStatus': async ({ id, status, date }) => records().setStatus(id, status, date),
    'contracts.delete': async ({ id }) => records().deleteContract(id),
    'deliveries.add': async ({ delivery }) => records().addDelivery(delivery),
    'deliveries.delete': async ({ id }) => records().deleteDelivery(id),
    'stock.list': async () => records().stock(),
    'documents.generate': async ({ contractId, kind, format }) =>
      toGenerated(await generateDocument(records().documentData(contractId), kind, format, { appRoot: get().appRoot })),
    'backups.list': async () => records().backups(),
    'backups.create': async () => ({ created: records().backupNow() }),
    'backups.restore': async ({ id }) => records().restore(id),
    ...distributionHandlers(records, () => get().appRoot),
  };
}
