// The distribution screens, addressed by the URL hash like the records':
// #/units, #/distributions, #/reports (the plans, #/plan, are plans/route.ts).
import { useHashRoute } from '../route.js';

export const DISTRIBUTION_SCREENS = ['units', 'distributions', 'reports'] as const;
export type DistributionRoute = (typeof DISTRIBUTION_SCREENS)[number];

export function parseDistributionRoute(hash: string): DistributionRoute | undefined {
  return DISTRIBUTION_SCREENS.find((s) => hash === `#/${s}`);
}

export function useDistributionRoute(): DistributionRoute | undefined {
  return useHashRoute(parseDistributionRoute);
}
