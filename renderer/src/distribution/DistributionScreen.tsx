// The distribution screens under the records' navigation bar.
import '../records/records.css';
import './distribution.css';
import { RecordsNav } from '../records/RecordsNav.js';
import { ReportsScreen } from '../reports/ReportsScreen.js';
import { DistributionsScreen } from './DistributionsScreen.js';
import type { DistributionRoute } from './route.js';
import { UnitsScreen } from './UnitsScreen.js';

export function DistributionScreen({ route }: { route: DistributionRoute }) {
  return (
    <>
      <RecordsNav current={`#/${route}`} />
      {route === 'units' && <UnitsScreen />}
      {route === 'distributions' && <DistributionsScreen />}
      {route === 'reports' && <ReportsScreen />}
    </>
  );
}
