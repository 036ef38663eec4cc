// How far a plan has come, computed from the record set like the stock is
// (ledger.ts): each activity's events and media items against its target
// with the people who came and the copies handed out there, the allocations
// against what went to each unit, and the contracts charged to the plan
// against its funding. Pure; the plans screen, the plan report and the
// distribution report all count with these.
import { participantTotal, type Plan, type RecordSet } from '../../contract/record-schemas.js';
import type { ActivityProgress, PlanProgress, PlanSpending } from '../../contract/plans.js';
import { inPeriod } from '../../contract/dates.js';
import { totalsOf } from '../../contract/money.js';

type Period = { from?: string; to?: string };

/** Each activity of `plan`: done against target, people and copies, counting only what falls in `period` (all when absent). */
export function activityProgress(set: Pick<RecordSet, 'events' | 'media' | 'distributions'>, plan: Plan, period: Period = {}): ActivityProgress[] {
  const rows = new Map(plan.activities.map((a) => [a.id, { done: 0, participants: 0, women: 0, copies: 0 }]));
  const activityOf = new Map<string, string>();
  for (const e of set.events) {
    if (e.planId !== plan.id || !inPeriod(e.date, period)) continue;
    const row = rows.get(e.activityId);
    if (!row) continue;
    activityOf.set(e.id, e.activityId);
    row.done += 1;
    row.participants += participantTotal(e.participants);
    row.women += e.participants?.women ?? 0;
  }
  for (const m of set.media) if (m.planId === plan.id && inPeriod(m.date, period)) rows.get(m.activityId)!.done += 1;
  for (const x of set.distributions) {
    const activity = x.eventId === undefined ? undefined : activityOf.get(x.eventId);
    if (activity !== undefined && inPeriod(x.date, period)) rows.get(activity)!.copies += x.quantity;
  }
  return plan.activities.map((a) => ({
    id: a.id, name: a.name, unitOfCount: a.unitOfCount, target: a.target, ...(a.due ? { due: a.due } : {}), media: a.media === true,
    ...rows.get(a.id)!,
  }));
}

/** The plan as a paper cites it, with its activities' progress in `period`. */
export function progressOfPlan(set: Pick<RecordSet, 'events' | 'media' | 'distributions'>, plan: Plan, period: Period = {}): PlanProgress {
  return {
    id: plan.id, number: plan.number, title: plan.title, ...(plan.issuer ? { issuer: plan.issuer } : {}), issuedOn: plan.issuedOn,
    activities: activityProgress(set, plan, period),
  };
}

/** Plans whose period meets `period` (every plan when it has no ends). */
export const plansMeeting = (plans: readonly Plan[], period: Period): Plan[] =>
  plans.filter((p) => (period.to === undefined || p.from <= period.to) && (period.from === undefined || p.to >= period.from));

/**
 * Copies handed out in the plan's period to each of `units` (the plan's
 * allocated units) by publication, a distribution counted for its unit and
 * every unit above it: an allocation to a xã is met by copies to the bodies
 * under it too.
 */
export function handedOutInPlan(set: Pick<RecordSet, 'units' | 'distributions'>, plan: Plan, units: Iterable<string>): (unitId: string, publicationId: string) => number {
  const parents = new Map(set.units.map((u) => [u.id, u.parentId ?? null]));
  const wanted = new Set(units);
  // Each unit's allocated units (itself and those above it), worked out once per unit, not per distribution.
  const countsFor = new Map<string, string[]>();
  const chain = (unitId: string): string[] => {
    let found = countsFor.get(unitId);
    if (found) return found;
    found = [];
    // Integrity keeps the chain free of loops; the bound is only a guard.
    for (let at: string | null = unitId, steps = 0; at !== null && steps <= parents.size; at = parents.get(at) ?? null, steps++) if (wanted.has(at)) found.push(at);
    countsFor.set(unitId, found);
    return found;
  };
  const out = new Map<string, Map<string, number>>();
  for (const x of set.distributions) {
    if (!inPeriod(x.date, plan)) continue;
    for (const unitId of chain(x.unitId)) {
      let byPublication = out.get(unitId);
      if (!byPublication) out.set(unitId, (byPublication = new Map()));
      byPublication.set(x.publicationId, (byPublication.get(x.publicationId) ?? 0) + x.quantity);
    }
  }
  return (unitId, publicationId) => out.get(unitId)?.get(publicationId) ?? 0;
}

/** Contracts charged to the plan (value with VAT) against its funding. */
export function planSpending(set: Pick<RecordSet, 'contracts' | 'printers'>, plan: Plan): PlanSpending {
  const printers = new Map(set.printers.map((p) => [p.id, p.name]));
  const contracts = set.contracts
    .filter((c) => c.planId === plan.id)
    .map((c) => ({ id: c.id, number: c.number, date: c.date, printerName: printers.get(c.printerId) ?? c.printerId, status: c.status, total: totalsOf(c.items, c.vatPercent).total }))
    .sort((a, b) => a.date.localeCompare(b.date) || a.number.localeCompare(b.number));
  const contracted = contracts.reduce((sum, c) => sum + c.total, 0);
  const funding = plan.funding?.amount;
  return {
    ...(plan.funding?.source ? { source: plan.funding.source } : {}),
    ...(funding === undefined ? {} : { funding, remaining: funding - contracted }),
    contracted,
    contracts,
  };
}
