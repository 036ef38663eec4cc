// Approval's part of the contract: the states a publication goes through,
// what the UI sees of them, and the shape of a comparison between two
// versions. Pure: the renderer imports it.
import { z } from 'zod';
import { feature } from './define.js';

/** nháp → trình duyệt → đã duyệt → đã gửi in. */
export const APPROVAL_STATUSES = ['draft', 'submitted', 'approved', 'sent'] as const;
export type ApprovalStatus = (typeof APPROVAL_STATUSES)[number];

export const APPROVAL_LABELS: Record<ApprovalStatus, string> = {
  draft: 'Bản nháp',
  submitted: 'Đã trình duyệt',
  approved: 'Đã duyệt',
  sent: 'Đã gửi in',
};

/** Statuses in which the content may not change: what leadership approved is what goes to print. */
export const LOCKED_STATUSES: readonly ApprovalStatus[] = ['submitted', 'approved', 'sent'];

export interface ApprovalEvent {
  status: ApprovalStatus;
  /** ISO time. */
  at: string;
  by?: string;
  note?: string;
  version: number;
}

/** A kept copy of the content: each version submitted for approval, as it was. */
export interface VersionSummary {
  version: number;
  savedAt: string;
  /** The furthest the version got: submitted, approved or sent. */
  status: ApprovalStatus;
  approval?: { by: string; at: string; note?: string };
}

export interface ApprovalView {
  publicationId: string;
  status: ApprovalStatus;
  /** The version being worked on (or approved); starts at 1. */
  version: number;
  locked: boolean;
  approval?: { by: string; at: string; note?: string };
  history: ApprovalEvent[];
  versions: VersionSummary[];
}

/** A version number, or the content as it is now in the editor. */
export type VersionRef = number | 'current';

export interface WordChange {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

/** One block position of the comparison: its text before and after, and the words that changed. */
export interface BlockChange {
  kind: 'same' | 'added' | 'removed' | 'changed';
  /** "body" slot, and a label such as "Tiêu đề" or "Hỏi – đáp". */
  slot: string;
  label: string;
  before?: string;
  after?: string;
  words?: WordChange[];
}

export interface VersionComparison {
  from: VersionRef;
  to: VersionRef;
  changes: BlockChange[];
  /** Counts for the summary line. */
  added: number;
  removed: number;
  changed: number;
}

const id = z.string().regex(/^[A-Za-z0-9_-]{1,80}$/, 'mã không hợp lệ');
const person = z.string().trim().max(200).optional();
const note = z.string().trim().max(2000).optional();
const versionRef = z.union([z.number().int().min(1), z.literal('current')]);

export interface ApprovalResults {
  'approval.get': ApprovalView;
  'approval.submit': ApprovalView;
  'approval.approve': ApprovalView;
  'approval.return': ApprovalView;
  'approval.sendToPrint': ApprovalView;
  'approval.newVersion': ApprovalView;
  'versions.compare': VersionComparison;
}

export const approvalApi = feature<ApprovalResults>()({
  'approval.get': z.object({ id }).strict(),
  'approval.submit': z.object({ id, by: person, note }).strict(),
  'approval.approve': z.object({ id, by: z.string().trim().min(1, 'cần ghi tên người duyệt').max(200), note }).strict(),
  'approval.return': z.object({ id, by: person, note }).strict(),
  'approval.sendToPrint': z.object({ id, by: person, note }).strict(),
  'approval.newVersion': z.object({ id }).strict(),
  'versions.compare': z.object({ id, from: versionRef, to: versionRef }).strict(),
});
