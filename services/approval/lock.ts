// The approval lock, where every save goes through: the publications service
// the handlers (and the library's insert) use refuses to change or delete a
// publication while it is submitted, approved or sent to print. The UI shows
// the lock too, but this is what holds it.
import type { PublicationService } from '../publications/service.js';
import { APPROVAL_LABELS } from '../../contract/approval.js';
import { ConflictError } from '../../contract/errors.js';

export function withApprovalLock(publications: PublicationService, approvals: { isLocked(id: string): boolean; view(id: string): { status: keyof typeof APPROVAL_LABELS; version: number } }): PublicationService {
  const refuseIfLocked = (id: string, doing: string) => {
    if (!approvals.isLocked(id)) return;
    const { status, version } = approvals.view(id);
    throw new ConflictError(
      `Ấn phẩm đang ở trạng thái "${APPROVAL_LABELS[status]}" (phiên bản ${version}) nên không ${doing} được. ` +
        (status === 'submitted' ? 'Hãy trả lại bản nháp trước khi sửa.' : 'Hãy mở phiên bản mới để sửa; bản đã duyệt vẫn được giữ nguyên.'),
    );
  };
  return {
    ...publications,
    save(id, input) {
      refuseIfLocked(id, 'sửa');
      return publications.save(id, input);
    },
    delete(id) {
      refuseIfLocked(id, 'xóa');
      return publications.delete(id);
    },
  };
}
