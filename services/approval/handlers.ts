// Approval's methods (contract/approval.ts): draft → submitted → approved → sent, and version comparison.
import { approvalApi } from '../../contract/approval.js';
import { defineHandlers } from '../define-handlers.js';
import type { ApprovalService } from './service.js';

export function approvalHandlers(approvals: ApprovalService) {
  return defineHandlers(approvalApi, {
    'approval.get': async ({ id }) => approvals.view(id),
    'approval.submit': async ({ id, by, note }) => approvals.submit(id, { by, note }),
    'approval.approve': async ({ id, by, note }) => approvals.approve(id, { by, note }),
    'approval.return': async ({ id, by, note }) => approvals.returnToDraft(id, { by, note }),
    'approval.sendToPrint': async ({ id, by, note }) => approvals.sendToPrint(id, { by, note }),
    'approval.newVersion': async ({ id }) => approvals.newVersion(id),
    'versions.compare': async ({ id, from, to }) => approvals.compare(id, from, to),
  });
}
