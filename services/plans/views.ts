// What the plans screens and the plan report show: a plan with its
// activities' progress, its events and media items (newest first, named),
// its allocations against what was handed out, and its spending; the list's
// one line per plan; the events as a picker lists them. Pure: built from the
// record set and the publication catalogue.
import type { EventChoice, PlanSummary, PlanView } from '../../contract/plans.js';
import { participantTotal, type Plan, type PublicationEntry, type RecordSet } from '../../contract/record-schemas.js';
import { activityProgress, handedOutInPlan, planSpending } from '../records/plan-progress.js';

const newestFirst = (a: { date: string; id: string }, b: { date: string; id: string }) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id);

export function planView(set: RecordSet, catalogue: readonly PublicationEntry[], plan: Plan): PlanView {
  const units = new Map(set.units.map((u) => [u.id, u.name]));
  const titles = new Map(catalogue.map((p) => [p.id, p.title]));
  const activityName = new Map(plan.activities.map((a) => [a.id, a.name]));
  const copiesAt = new Map<string, number>();
  for (const x of set.distributions) if (x.eventId !== undefined) copiesAt.set(x.eventId, (copiesAt.get(x.eventId) ?? 0) + x.quantity);
  const allocations = set.allocations.filter((a) => a.planId === plan.id);
  const handedOut = handedOutInPlan(set, plan, allocations.map((a) => a.unitId));
  return {
    plan,
    activities: activityProgress(set, plan),
    events: set.events
      .filter((e) => e.planId === plan.id)
      .sort(newestFirst)
      .map((e) => ({
        ...e, activityName: activityName.get(e.activityId) ?? e.activityId,
        ...(e.unitId ? { unitName: units.get(e.unitId) ?? e.unitId } : {}),
        participantCount: participantTotal(e.participants), copies: copiesAt.get(e.id) ?? 0,
      })),
    media: set.media.filter((m) => m.planId === plan.id).sort(newestFirst).map((m) => ({ ...m, activityName: activityName.get(m.activityId) ?? m.activityId })),
    allocations: allocations.map((a) => ({ ...a, unitName: units.get(a.unitId) ?? a.unitId, title: titles.get(a.publicationId) ?? a.publicationId, handedOut: handedOut(a.unitId, a.publicationId) })),
    spending: planSpending(set, plan),
  };
}

/** Newest period first. */
export function planSummaries(set: RecordSet): PlanSummary[] {
  return [...set.plans]
    .sort((a, b) => b.from.localeCompare(a.from) || b.issuedOn.localeCompare(a.issuedOn))
    .map((plan) => {
      const activities = activityProgress(set, plan);
      return {
        id: plan.id, number: plan.number, title: plan.title, ...(plan.issuer ? { issuer: plan.issuer } : {}),
        issuedOn: plan.issuedOn, from: plan.from, to: plan.to, status: plan.status,
        activities: activities.length,
        events: set.events.filter((e) => e.planId === plan.id).length,
        // An activity done beyond its target does not make up for one behind it.
        done: activities.reduce((sum, a) => sum + Math.min(a.done, a.target), 0),
        target: activities.reduce((sum, a) => sum + a.target, 0),
        ...(plan.funding?.amount === undefined ? {} : { funding: plan.funding.amount }),
        contracted: planSpending(set, plan).contracted,
      };
    });
}

export function eventChoices(set: RecordSet): EventChoice[] {
  const plans = new Map(set.plans.map((p) => [p.id, p]));
  const units = new Map(set.units.map((u) => [u.id, u.name]));
  return [...set.events].sort(newestFirst).map((e) => {
    const plan = plans.get(e.planId)!;
    return {
      id: e.id, planId: plan.id, planNumber: plan.number, planStatus: plan.status,
      activityName: plan.activities.find((a) => a.id === e.activityId)?.name ?? e.activityId,
      date: e.date, ...(e.place ? { place: e.place } : {}), ...(e.unitId ? { unitName: units.get(e.unitId) ?? e.unitId } : {}),
    };
  });
}
