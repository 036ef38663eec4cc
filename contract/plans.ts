// Plans' part of the contract (docs/plans.md): plans as records — any number
// of them, each with its own activities and targets —, the events held and
// media items published under their activities, the copies planned per unit
// (allocations), and each plan's progress and spending. Record payloads are
// checked in full by the plans service with the record schemas (messages name
// the form field); here only their outline. Pure: the renderer imports it.
import { z } from 'zod';
import { feature } from './define.js';
import type { GeneratedFile } from './papers.js';
import { PAPER_FORMATS } from './papers.js';
import type { Allocation, ContractStatus, MediaItem, Plan, PlanEvent, PlanStatus } from './record-schemas.js';
import { recordId } from './record-schemas.js';

const payload = z.record(z.string(), z.unknown());

/** What a plan's report is written as (`plans.export`, `report plan` in the CLI). */
export const PLAN_REPORT_FORMATS = ['json', 'xlsx', ...PAPER_FORMATS] as const;
export type PlanReportFormat = (typeof PLAN_REPORT_FORMATS)[number];
export const PLAN_REPORT_FORMAT = 'anpham/plan-report@1';

const plansSchemas = {
  'plans.list': z.object({}).strict(),
  'plans.get': z.object({ id: recordId }).strict(),
  'plans.save': z.object({ plan: payload }).strict(),
  /** A new plan from `id`: its activities and targets, with the new plan's own number, date and period; no events. */
  'plans.copy': z.object({ id: recordId, plan: payload }).strict(),
  'plans.close': z.object({ id: recordId }).strict(),
  'plans.reopen': z.object({ id: recordId }).strict(),
  'plans.delete': z.object({ id: recordId }).strict(),
  'plans.export': z.object({ id: recordId, format: z.enum(PLAN_REPORT_FORMATS) }).strict(),
  /** Every event of every plan, for pickers (the distribution form's lists those of open plans). */
  'events.list': z.object({}).strict(),
  'events.save': z.object({ event: payload }).strict(),
  'events.delete': z.object({ id: recordId }).strict(),
  'media.save': z.object({ item: payload }).strict(),
  'media.delete': z.object({ id: recordId }).strict(),
  'allocations.save': z.object({ allocation: payload }).strict(),
  'allocations.delete': z.object({ id: recordId }).strict(),
};

/** One activity against its target: `done` counts its events (and, for a media activity, its media items). */
export interface ActivityProgress {
  id: string;
  name: string;
  unitOfCount: string;
  target: number;
  due?: string;
  media: boolean;
  done: number;
  participants: number;
  women: number;
  /** Copies handed out at this activity's events. */
  copies: number;
}

/** A plan's name as papers cite it, with its activities' progress (the distribution report carries one per plan). */
export interface PlanProgress {
  id: string;
  number: string;
  title: string;
  issuer?: string;
  issuedOn: string;
  activities: ActivityProgress[];
}

export interface PlanEventView extends PlanEvent {
  activityName: string;
  unitName?: string;
  /** Everyone at the event, all groups together. */
  participantCount: number;
  /** Copies handed out at this event. */
  copies: number;
}

export interface MediaItemView extends MediaItem {
  activityName: string;
}

export interface PlanAllocationView extends Allocation {
  unitName: string;
  title: string;
  /** Copies of the publication handed out in the plan's period to the unit and the units under it. */
  handedOut: number;
}

/** Contracts charged to the plan against its funding (whole đồng, VAT included). */
export interface PlanSpending {
  source?: string;
  funding?: number;
  contracted: number;
  /** Funding less contracted; absent while no amount is recorded. */
  remaining?: number;
  contracts: { id: string; number: string; date: string; printerName: string; status: ContractStatus; total: number }[];
}

export interface PlanView {
  plan: Plan;
  activities: ActivityProgress[];
  events: PlanEventView[];
  media: MediaItemView[];
  allocations: PlanAllocationView[];
  spending: PlanSpending;
}

/** The plan report (`report plan`, `plans.export`): the plan's fields, then its view, as one JSON object (docs/plans.md). */
export interface PlanReport extends Omit<Plan, 'activities'>, Omit<PlanView, 'plan'> {
  format: typeof PLAN_REPORT_FORMAT;
}

export interface PlanSummary {
  id: string;
  number: string;
  title: string;
  issuer?: string;
  issuedOn: string;
  from: string;
  to: string;
  status: PlanStatus;
  activities: number;
  events: number;
  /** Sum over activities of done (at most the target) and of targets: the plan's overall progress. */
  done: number;
  target: number;
  funding?: number;
  contracted: number;
}

/** An event as a picker lists it. */
export interface EventChoice {
  id: string;
  planId: string;
  planNumber: string;
  planStatus: PlanStatus;
  activityName: string;
  date: string;
  place?: string;
  unitName?: string;
}

export interface PlanResults {
  'plans.list': PlanSummary[];
  'plans.get': PlanView;
  'plans.save': Plan;
  'plans.copy': Plan;
  'plans.close': Plan;
  'plans.reopen': Plan;
  'plans.delete': { deleted: true };
  'plans.export': GeneratedFile;
  'events.list': EventChoice[];
  'events.save': PlanEvent;
  'events.delete': { deleted: true };
  'media.save': MediaItem;
  'media.delete': { deleted: true };
  'allocations.save': Allocation;
  'allocations.delete': { deleted: true };
}

export const plansApi = feature<PlanResults>()(plansSchemas);
