// The distribution screens, addressed by the URL hash like the records':
// #/units, #/distributions, #/plan, #/reports.
import { useEffect, useState } from 'react';

export const DISTRIBUTION_SCREENS = ['units', 'distributions', 'plan', 'reports'] as const;
export type DistributionRoute = (typeof DISTRIBUTION_SCREENS)[number];

export function parseDistributionRoute(hash: string): DistributionRoute | undefined {
  return DISTRIBUTION_SCREENS.find((s) => hash === `#/${s}`);
}

export function useDistributionRoute(): DistributionRoute | undefined {
  const [route, setRoute] = useState(() => parseDistributionRoute(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseDistributionRoute(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
