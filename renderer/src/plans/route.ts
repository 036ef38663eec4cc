// The plans screens, addressed by the URL hash like the records': #/plan the
// list of plans, #/plan/<id> one plan. "#/plan" is the records' tab it always was.
import { useHashRoute } from '../route.js';

export type PlansRoute = { screen: 'list' } | { screen: 'plan'; id: string };

export const PLANS_HREF = '#/plan';

export function parsePlansRoute(hash: string): PlansRoute | undefined {
  if (hash === PLANS_HREF) return { screen: 'list' };
  const match = /^#\/plan\/([A-Za-z0-9_-]{1,80})$/.exec(hash);
  return match ? { screen: 'plan', id: match[1] } : undefined;
}

export const planHref = (id: string) => `${PLANS_HREF}/${id}`;

export function usePlansRoute(): PlansRoute | undefined {
  return useHashRoute(parsePlansRoute);
}
