// The records' methods (contract/records.ts): printers, print contracts,
// deliveries, stock and the records' backups. (The Centre's record is read
// and saved through the settings' methods, services/settings/handlers.ts.)
import { recordsApi } from '../../contract/records.js';
import { defineHandlers } from '../define-handlers.js';
import type { RecordsService } from './service.js';

export function recordHandlers(records: RecordsService) {
  return defineHandlers(recordsApi, {
    'records.catalogue': async () => records.catalogue(),
    'printers.list': async () => records.printers(),
    'printers.save': async ({ printer }) => records.savePrinter(printer),
    'printers.delete': async ({ id }) => records.deletePrinter(id),
    'contracts.list': async () => records.contracts(),
    'contracts.get': async ({ id }) => records.contract(id),
    'contracts.save': async ({ contract }) => records.saveContract(contract),
    'contracts.setStatus': async ({ id, status, date }) => records.setStatus(id, status, date),
    'contracts.delete': async ({ id }) => records.deleteContract(id),
    'deliveries.add': async ({ delivery }) => records.addDelivery(delivery),
    'deliveries.delete': async ({ id }) => records.deleteDelivery(id),
    'stock.list': async () => records.stock(),
    'backups.list': async () => records.backups(),
    'backups.create': async () => ({ created: records.backupNow() }),
    'backups.restore': async ({ id }) => records.restore(id),
  });
}
