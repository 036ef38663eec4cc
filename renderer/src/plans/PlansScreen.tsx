// The plans screens under the records' navigation bar: the list, or one plan.
import '../records/records.css';
import '../distribution/distribution.css';
import './plans.css';
import { RecordsNav } from '../records/RecordsNav.js';
import { PlanList } from './PlanList.js';
import { PlanScreen } from './PlanScreen.js';
import { PLANS_HREF, type PlansRoute } from './route.js';

export function PlansScreen({ route }: { route: PlansRoute }) {
  return (
    <>
      <RecordsNav current={PLANS_HREF} />
      {route.screen === 'list' ? <PlanList /> : <PlanScreen key={route.id} id={route.id} />}
    </>
  );
}
