// The stock ledger (sổ kho): deliveries add copies, distributions take them.
// Stock is checked in date order and, on one date, every delivery counts
// before any distribution, so a day's handing-out may use that day's
// delivery. Stock never goes below zero.
import type { Delivery, Distribution } from '../../contract/record-schemas.js';

/**
 * Ledger order: by date; on one date, the order the records were entered
 * (sort is stable), so a problem is charged to the record added last.
 */
export function byDate(a: { date: string }, b: { date: string }): number {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : 0;
}

export interface StockBalance {
  publicationId: string;
  delivered: number;
  distributed: number;
  balance: number;
}

/** Copies delivered per contract line: contractId → publicationId → quantity. */
export function deliveredByLine(deliveries: readonly Delivery[]): Map<string, Map<string, number>> {
  const byContract = new Map<string, Map<string, number>>();
  for (const d of deliveries) {
    const lines = byContract.get(d.contractId) ?? new Map<string, number>();
    lines.set(d.publicationId, (lines.get(d.publicationId) ?? 0) + d.quantity);
    byContract.set(d.contractId, lines);
  }
  return byContract;
}

export function stockBalances(deliveries: readonly Delivery[], distributions: readonly Distribution[]): Map<string, StockBalance> {
  const balances = new Map<string, StockBalance>();
  const row = (publicationId: string) => {
    let entry = balances.get(publicationId);
    if (!entry) balances.set(publicationId, (entry = { publicationId, delivered: 0, distributed: 0, balance: 0 }));
    return entry;
  };
  for (const d of deliveries) row(d.publicationId).delivered += d.quantity;
  for (const x of distributions) row(x.publicationId).distributed += x.quantity;
  for (const entry of balances.values()) entry.balance = entry.delivered - entry.distributed;
  return balances;
}

export interface Shortfall {
  distribution: Distribution;
  /** Copies in stock just before this distribution. */
  available: number;
}

/**
 * The first distribution (by date, then as entered) that would take stock
 * below zero, or undefined when the ledger holds. Per publication and date:
 * the day's deliveries are added, then its distributions taken in order.
 */
export function firstShortfall(deliveries: readonly Delivery[], distributions: readonly Distribution[]): Shortfall | undefined {
  if (distributions.length === 0) return undefined;
  // Only publications that are handed out can fall short.
  const inByDay = new Map<string, Map<string, number>>();
  const wanted = new Set(distributions.map((x) => x.publicationId));
  for (const d of deliveries) {
    if (!wanted.has(d.publicationId)) continue;
    const days = inByDay.get(d.publicationId) ?? new Map<string, number>();
    days.set(d.date, (days.get(d.date) ?? 0) + d.quantity);
    inByDay.set(d.publicationId, days);
  }
  const outs = [...distributions].sort(byDate);
  const balance = new Map<string, number>();
  const counted = new Map<string, string[]>();
  let found: Shortfall | undefined;
  for (const x of outs) {
    // Add every delivery of this publication up to and including this date, once.
    const days = inByDay.get(x.publicationId);
    let stock = balance.get(x.publicationId) ?? 0;
    if (days) {
      const pending = counted.get(x.publicationId) ?? [...days.keys()].sort();
      while (pending.length && pending[0] <= x.date) stock += days.get(pending.shift()!)!;
      counted.set(x.publicationId, pending);
    }
    if (stock < x.quantity) {
      found = { distribution: x, available: stock };
      break;
    }
    balance.set(x.publicationId, stock - x.quantity);
  }
  return found;
}
