// Approval of the open publication: its status, who approved it and when,
// and the next step (submit, approve or return, send to print, new version).
// The lock itself is the API's: while locked, saves are refused there, and
// this bar says why and how to go on.
import { useEffect, useState } from 'react';
import { APPROVAL_LABELS, type ApprovalView } from '../../../electron/approval/api.js';
import { api, errorMessage } from '../api/client.js';
import { formatDateTime } from '../format.js';
import { versionsHref } from '../library/route.js';

type Action = 'approval.submit' | 'approval.approve' | 'approval.return' | 'approval.sendToPrint' | 'approval.newVersion';

const ACTIONS: Record<ApprovalView['status'], { action: Action; label: string; needsName?: boolean }[]> = {
  draft: [{ action: 'approval.submit', label: 'Trình duyệt' }],
  submitted: [
    { action: 'approval.approve', label: 'Duyệt', needsName: true },
    { action: 'approval.return', label: 'Trả lại để sửa' },
  ],
  approved: [
    { action: 'approval.sendToPrint', label: 'Gửi in' },
    { action: 'approval.newVersion', label: 'Mở phiên bản mới để sửa' },
  ],
  sent: [{ action: 'approval.newVersion', label: 'Mở phiên bản mới để sửa' }],
};

export function ApprovalBar({ id }: { id: string }) {
  const [view, setView] = useState<ApprovalView | null>(null);
  const [by, setBy] = useState('');
  const [note, setNote] = useState('');
  const [message, setMessage] = useState('');

  useEffect(() => {
    api.call('approval.get', { id }).then(setView).catch((e) => setMessage(errorMessage(e)));
  }, [id]);

  if (!view) return message ? <p className="message error">{message}</p> : null;

  const run = async (action: Action) => {
    try {
      const next = action === 'approval.newVersion'
        ? await api.call(action, { id })
        : action === 'approval.approve'
          ? await api.call(action, { id, by, ...(note && { note }) })
          : await api.call(action, { id, ...(by && { by }), ...(note && { note }) });
      setView(next);
      setNote('');
      setMessage(`${APPROVAL_LABELS[next.status]} (phiên bản ${next.version}).`);
    } catch (e) {
      setMessage(`Chưa làm được: ${errorMessage(e)}`);
    }
  };

  return (
    <div className="approval-bar" data-testid="approval">
      <div className="field-row">
        <span className={`approval-status${view.locked ? ' locked' : ''}`}>
          {APPROVAL_LABELS[view.status]} · phiên bản {view.version}
          {view.approval && ` · duyệt bởi ${view.approval.by} lúc ${formatDateTime(view.approval.at)}`}
        </span>
        <label>
          <span>Người thực hiện</span>
          <input value={by} onChange={(e) => setBy(e.target.value)} placeholder="Họ tên, chức vụ" />
        </label>
        <label className="grow">
          <span>Ghi chú</span>
          <input value={note} onChange={(e) => setNote(e.target.value)} />
        </label>
        {ACTIONS[view.status].map(({ action, label, needsName }) => (
          <button key={action} type="button" disabled={needsName && !by.trim()} onClick={() => void run(action)}>{label}</button>
        ))}
        {(view.versions.length > 0) && <a href={versionsHref(id)}>Các phiên bản, so sánh</a>}
      </div>
      {view.locked && (
        <p className="hint" role="note">
          {view.status === 'submitted'
            ? 'Đang chờ duyệt: nội dung bị khóa, mọi thay đổi sẽ không được lưu. Trả lại để sửa tiếp.'
            : 'Đã duyệt: nội dung bị khóa, mọi thay đổi sẽ không được lưu. Mở phiên bản mới để sửa; bản đã duyệt vẫn được giữ.'}
        </p>
      )}
      {message && <p className="message" role="status">{message}</p>}
    </div>
  );
}
