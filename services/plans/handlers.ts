// Plans' methods (contract/plans.ts): plans, their events, media items and
// allocations, and the plan's report as a file.
import { plansApi } from '../../contract/plans.js';
import { defineHandlers } from '../define-handlers.js';
import { toGenerated } from '../papers/index.js';
import type { PlansService } from './service.js';

export function plansHandlers(plans: PlansService) {
  return defineHandlers(plansApi, {
    'plans.list': async () => plans.list(),
    'plans.get': async ({ id }) => plans.get(id),
    'plans.save': async ({ plan }) => plans.save(plan),
    'plans.copy': async ({ id, plan }) => plans.copy(id, plan),
    'plans.close': async ({ id }) => plans.close(id),
    'plans.reopen': async ({ id }) => plans.reopen(id),
    'plans.delete': async ({ id }) => plans.delete(id),
    'plans.export': async ({ id, format }) => toGenerated(await plans.file(id, format)),
    'events.list': async () => plans.events(),
    'events.save': async ({ event }) => plans.saveEvent(event),
    'events.delete': async ({ id }) => plans.deleteEvent(id),
    'media.save': async ({ item }) => plans.saveMedia(item),
    'media.delete': async ({ id }) => plans.deleteMedia(id),
    'allocations.save': async ({ allocation }) => plans.saveAllocation(allocation),
    'allocations.delete': async ({ id }) => plans.deleteAllocation(id),
  });
}
