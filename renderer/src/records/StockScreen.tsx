// Stock per publication: delivered in, handed out, what is left.
import { api } from '../api/client.js';
import { kindName, capitalise } from '../format.js';
import { formatInteger } from './format.js';
import { useLoad } from './useLoad.js';

export function StockScreen() {
  const stock = useLoad(() => api.call('stock.list', {}), []);
  return (
    <div className="records-page">
      <h1>Kho ấn phẩm</h1>
      {stock.error && <p className="rec-error" role="alert">{stock.error}</p>}
      <table className="rec-table" aria-label="Tồn kho theo ấn phẩm">
        <thead><tr><th>Ấn phẩm</th><th>Loại</th><th className="num">Đã nhận</th><th className="num">Đã cấp phát</th><th className="num">Tồn kho</th></tr></thead>
        <tbody>
          {(stock.value ?? []).map((s) => (
            <tr key={s.publicationId}>
              <td>{s.title}</td><td>{capitalise(kindName(s.kind))}</td>
              <td className="num">{formatInteger(s.delivered)}</td><td className="num">{formatInteger(s.distributed)}</td>
              <td className="num" data-testid={`stock-${s.publicationId}`}><strong>{formatInteger(s.balance)}</strong></td>
            </tr>
          ))}
          {stock.value?.length === 0 && <tr><td colSpan={5} className="muted">Kho chưa có ấn phẩm nào: hãy ghi giao hàng ở hợp đồng.</td></tr>}
        </tbody>
      </table>
    </div>
  );
}
