// Automatic backups of the records, newest first; restoring one first backs
// up what is there now, so it can be undone from the same list.
import { useState } from 'react';
import type { BackupSummary } from '../../../electron/records/api.js';
import { api, errorMessage } from '../api/client.js';
import { ConfirmButton } from '../ConfirmButton.js';
import { formatDateTime } from '../format.js';
import { useLoad } from './useLoad.js';

const REASONS: Record<BackupSummary['reason'], string> = {
  open: 'khi mở ứng dụng',
  periodic: 'định kỳ khi làm việc',
  'before-import': 'trước khi nhập gói dữ liệu',
  'before-restore': 'trước khi khôi phục',
  manual: 'sao lưu tay',
};

export function BackupsScreen() {
  const backups = useLoad(() => api.call('backups.list', {}), []);
  const [message, setMessage] = useState<string>();
  const act = (run: () => Promise<unknown>, done: string) =>
    void run().then(() => { setMessage(done); backups.reload(); }, (e) => setMessage(errorMessage(e)));
  return (
    <div className="records-page">
      <h1>Sao lưu</h1>
      <p className="muted">Ứng dụng tự sao lưu hồ sơ khi mở, định kỳ khi làm việc và trước khi nhập hay khôi phục; giữ 10 bản mới nhất.</p>
      <button type="button" onClick={() => act(() => api.call('backups.create', {}), 'Đã sao lưu (nếu dữ liệu có thay đổi so với bản gần nhất).')}>Sao lưu ngay</button>
      {message && <p role="status">{message}</p>}
      <table className="rec-table" aria-label="Các bản sao lưu">
        <thead><tr><th>Thời điểm</th><th>Lý do</th><th className="num">Dung lượng</th><th /></tr></thead>
        <tbody>
          {(backups.value ?? []).map((b) => (
            <tr key={b.id}>
              <td>{formatDateTime(b.createdAt)}</td><td>{REASONS[b.reason]}</td><td className="num">{Math.max(1, Math.round(b.bytes / 1024))} KB</td>
              <td><ConfirmButton label={`Khôi phục bản ${formatDateTime(b.createdAt)}`} question="Thay hồ sơ hiện tại bằng bản này?" onConfirm={() => act(() => api.call('backups.restore', { id: b.id }), `Đã khôi phục bản ${formatDateTime(b.createdAt)}.`)}>Khôi phục…</ConfirmButton></td>
            </tr>
          ))}
          {backups.value?.length === 0 && <tr><td colSpan={4} className="muted">Chưa có bản sao lưu nào.</td></tr>}
        </tbody>
      </table>
    </div>
  );
}
