// Print contracts, newest first, with their status, value and delivery progress.
import { api } from '../api/client.js';
import { formatDate, formatInteger, formatMoney, statusLabel } from './format.js';
import { contractHref } from './route.js';
import { useLoad } from './useLoad.js';

export function ContractsList() {
  const contracts = useLoad(() => api.call('contracts.list', {}), []);
  return (
    <div className="records-page">
      <div className="rec-row"><h1>Hợp đồng in</h1><a className="rec-button primary" href={contractHref(null)}>Tạo hợp đồng mới</a></div>
      {contracts.error && <p className="rec-error" role="alert">{contracts.error}</p>}
      <table className="rec-table" aria-label="Danh sách hợp đồng">
        <thead><tr><th>Số</th><th>Ngày</th><th>Cơ sở in</th><th>Trạng thái</th><th className="num">Giá trị</th><th className="num">Đã giao / đặt in</th></tr></thead>
        <tbody>
          {(contracts.value ?? []).map((c) => (
            <tr key={c.id}>
              <td><a href={contractHref(c.id)}>{c.number}</a></td>
              <td>{formatDate(c.date)}</td><td>{c.printerName}</td>
              <td><span className={`rec-status rec-status-${c.status}`}>{statusLabel(c.status)}</span></td>
              <td className="num">{formatMoney(c.total)}</td>
              <td className="num">{formatInteger(c.delivered)} / {formatInteger(c.ordered)}</td>
            </tr>
          ))}
          {contracts.value?.length === 0 && <tr><td colSpan={6} className="muted">Chưa có hợp đồng nào.</td></tr>}
        </tbody>
      </table>
    </div>
  );
}
