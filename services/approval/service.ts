// Approval of publications (duyệt ấn phẩm): draft → submitted → approved (by
// whom, when, note) → sent to print. Submitting keeps a copy of the content
// as that version; from then on the content is locked (see lock.ts) until it
// is returned to draft or, once approved, a new version is opened. Versions
// are never deleted, so what was approved can always be shown and compared.
import type { StoredPublication } from '../../contract/publications.js';
import { InputError } from '../../contract/errors.js';
import type { Publication } from '../../contract/publication-format.js';
import type { Store } from '../storage/store.js';
import {
  LOCKED_STATUSES,
  type ApprovalEvent,
  type ApprovalStatus,
  type ApprovalView,
  type VersionComparison,
  type VersionRef,
  type VersionSummary,
} from '../../contract/approval.js';
import { ConflictError } from '../../contract/errors.js';
import { compareVersions } from './diff.js';

export const APPROVALS_KEY = 'approvals';

interface VersionRecord extends VersionSummary {
  publication: Publication;
}

interface ApprovalRecord {
  status: ApprovalStatus;
  version: number;
  approval?: { by: string; at: string; note?: string };
  history: ApprovalEvent[];
  versions: VersionRecord[];
}

export interface ApprovalService {
  view(publicationId: string): ApprovalView;
  isLocked(publicationId: string): boolean;
  submit(publicationId: string, who: { by?: string; note?: string }): ApprovalView;
  approve(publicationId: string, who: { by: string; note?: string }): ApprovalView;
  returnToDraft(publicationId: string, who: { by?: string; note?: string }): ApprovalView;
  sendToPrint(publicationId: string, who: { by?: string; note?: string }): ApprovalView;
  newVersion(publicationId: string): ApprovalView;
  compare(publicationId: string, from: VersionRef, to: VersionRef): VersionComparison;
}

/** What approval reads of the publications: their current content. */
export interface PublicationReader {
  get(id: string): StoredPublication;
}

/** Which status each action starts from, and the message when it does not. */
const FROM: Record<'submit' | 'approve' | 'return' | 'send' | 'newVersion', { from: ApprovalStatus[]; refusal: string }> = {
  submit: { from: ['draft'], refusal: 'chỉ bản nháp mới trình duyệt được' },
  approve: { from: ['submitted'], refusal: 'chỉ duyệt được ấn phẩm đã trình duyệt' },
  return: { from: ['submitted'], refusal: 'chỉ trả lại được ấn phẩm đang chờ duyệt' },
  send: { from: ['approved'], refusal: 'chỉ gửi in được ấn phẩm đã duyệt' },
  newVersion: { from: ['approved', 'sent'], refusal: 'chỉ mở phiên bản mới từ ấn phẩm đã duyệt hoặc đã gửi in; bản nháp thì sửa trực tiếp' },
};

export function createApprovalService(store: Store, publications: PublicationReader, now: () => Date = () => new Date()): ApprovalService {
  const readAll = () => (store.get(APPROVALS_KEY) as Record<string, ApprovalRecord> | undefined) ?? {};
  const record = (id: string): ApprovalRecord => {
    const all = readAll();
    return Object.hasOwn(all, id) ? all[id] : { status: 'draft', version: 1, history: [], versions: [] };
  };
  const write = (id: string, next: ApprovalRecord) => store.set(APPROVALS_KEY, { ...readAll(), [id]: next });

  /** Checks the publication exists and the action may start from its status, then applies `change`. */
  function transition(
    id: string,
    action: keyof typeof FROM,
    to: ApprovalStatus,
    who: { by?: string; note?: string },
    change: (r: ApprovalRecord, at: string) => Partial<ApprovalRecord> = () => ({}),
  ): ApprovalView {
    publications.get(id);
    const current = record(id);
    if (!FROM[action].from.includes(current.status)) throw new ConflictError(`${FROM[action].refusal} (ấn phẩm đang ở trạng thái "${current.status}").`);
    const at = now().toISOString();
    const changed: ApprovalRecord = { ...current, status: to, ...change(current, at) };
    // The event names the version it leaves the publication at (a new version's number when one is opened).
    const event: ApprovalEvent = { status: to, at, version: changed.version, ...clean(who) };
    const next: ApprovalRecord = { ...changed, history: [...current.history, event] };
    // A cleared approval is left out, not stored as undefined (the store holds plain JSON).
    if (next.approval === undefined) delete next.approval;
    write(id, next);
    return toView(id, next);
  }

  /** The kept copy of the current version gets the status it reached. */
  const markVersion = (r: ApprovalRecord, patch: Partial<VersionRecord>) =>
    r.versions.map((v) => (v.version === r.version ? { ...v, ...patch } : v));

  return {
    view: (id) => {
      publications.get(id);
      return toView(id, record(id));
    },

    isLocked: (id) => LOCKED_STATUSES.includes(record(id).status),

    submit: (id, who) =>
      transition(id, 'submit', 'submitted', who, (r, at) => ({
        // Submitting again after a return replaces that version's copy: the version is what was last submitted.
        versions: [
          ...r.versions.filter((v) => v.version !== r.version),
          { version: r.version, savedAt: at, status: 'submitted', publication: publications.get(id).publication },
        ],
        approval: undefined,
      })),

    approve: (id, who) => {
      const by = who.by?.trim();
      if (!by) throw new InputError('cần ghi tên người duyệt.', { field: 'by' });
      return transition(id, 'approve', 'approved', who, (r, at) => {
        const approval = { by, at, ...(who.note?.trim() && { note: who.note.trim() }) };
        return { approval, versions: markVersion(r, { status: 'approved', approval }) };
      });
    },

    returnToDraft: (id, who) => transition(id, 'return', 'draft', who),

    sendToPrint: (id, who) => transition(id, 'send', 'sent', who, (r) => ({ versions: markVersion(r, { status: 'sent' }) })),

    newVersion: (id) =>
      transition(id, 'newVersion', 'draft', {}, (r) => ({ version: r.version + 1, approval: undefined })),

    compare: (id, from, to) => {
      const current = publications.get(id).publication;
      const r = record(id);
      const content = (ref: VersionRef): Publication => {
        if (ref === 'current') return current;
        const kept = r.versions.find((v) => v.version === ref);
        if (!kept) throw new InputError(`không có phiên bản ${ref} đã lưu; các phiên bản: ${r.versions.map((v) => v.version).join(', ') || 'chưa có'}.`, { field: 'from' });
        return kept.publication;
      };
      return { from, to, ...compareVersions(content(from), content(to)) };
    },
  };
}

function toView(publicationId: string, r: ApprovalRecord): ApprovalView {
  return {
    publicationId,
    status: r.status,
    version: r.version,
    locked: LOCKED_STATUSES.includes(r.status),
    ...(r.approval && { approval: r.approval }),
    history: r.history,
    versions: r.versions.map(({ publication: _content, ...summary }) => summary),
  };
}

function clean(who: { by?: string; note?: string }): { by?: string; note?: string } {
  return {
    ...(who.by?.trim() && { by: who.by.trim() }),
    ...(who.note?.trim() && { note: who.note.trim() }),
  };
}
