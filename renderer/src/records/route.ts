// The records' screens, addressed by the URL hash like the rest of the app:
// #/contracts, #/contracts/new, #/contracts/<id>, #/printers, #/stock, #/backups.
import { useHashRoute } from '../route.js';

export type RecordsRoute =
  | { screen: 'contracts' }
  | { screen: 'contract'; id: string | null }
  | { screen: 'printers' }
  | { screen: 'stock' }
  | { screen: 'backups' };

export function parseRecordsRoute(hash: string): RecordsRoute | undefined {
  const contract = /^#\/contracts\/([A-Za-z0-9_-]{1,80})$/.exec(hash);
  if (contract) return { screen: 'contract', id: contract[1] === 'new' ? null : contract[1] };
  switch (hash) {
    case '#/contracts':
      return { screen: 'contracts' };
    case '#/printers':
      return { screen: 'printers' };
    case '#/stock':
      return { screen: 'stock' };
    case '#/backups':
      return { screen: 'backups' };
    default:
      return undefined;
  }
}

export function useRecordsRoute(): RecordsRoute | undefined {
  return useHashRoute(parseRecordsRoute);
}

export const contractHref = (id: string | null) => `#/contracts/${id ?? 'new'}`;
