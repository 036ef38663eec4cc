// The records' screens under one navigation bar.
import './records.css';
import { BackupsScreen } from './BackupsScreen.js';
import { ContractScreen } from './ContractScreen.js';
import { ContractsList } from './ContractsList.js';
import { PrintersScreen } from './PrintersScreen.js';
import { RecordsNav } from './RecordsNav.js';
import type { RecordsRoute } from './route.js';
import { StockScreen } from './StockScreen.js';

export function RecordsScreen({ route }: { route: RecordsRoute }) {
  const tab = route.screen === 'contract' ? '#/contracts' : `#/${route.screen}`;
  return (
    <>
      <RecordsNav current={tab} />
      {route.screen === 'contracts' && <ContractsList />}
      {route.screen === 'contract' && <ContractScreen key={route.id ?? 'new'} id={route.id} />}
      {route.screen === 'printers' && <PrintersScreen />}
      {route.screen === 'stock' && <StockScreen />}
      {route.screen === 'backups' && <BackupsScreen />}
    </>
  );
}
