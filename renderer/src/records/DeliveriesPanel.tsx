// Deliveries (giao hàng) against the contract's lines: what is still open
// per line, a form for a (partial) delivery, and the deliveries so far.
import { useState } from 'react';
import type { ContractView } from '../../../electron/records/api.js';
import { api, ApiCallError, errorMessage } from '../api/client.js';
import { ConfirmButton } from '../ConfirmButton.js';
import { Field } from './Field.js';
import { formatDate, formatInteger, parseDisplayDate, parseWhole, todayDisplay } from './format.js';

export function DeliveriesPanel({ view, onChanged }: { view: ContractView; onChanged(): void }) {
  const open = view.lines.filter((l) => l.open > 0);
  const [publicationId, setPublicationId] = useState(open[0]?.publicationId ?? '');
  const [date, setDate] = useState(todayDisplay());
  const [quantity, setQuantity] = useState('');
  const [error, setError] = useState<{ field?: string; message: string }>();
  const titles = new Map(view.lines.map((l) => [l.publicationId, l.title]));

  const add = async () => {
    const iso = parseDisplayDate(date);
    if (!iso) return setError({ field: 'date', message: 'Ngày giao phải có dạng dd/mm/yyyy và là một ngày có thật.' });
    try {
      await api.call('deliveries.add', { delivery: { contractId: view.contract.id, publicationId, date: iso, quantity: parseWhole(quantity) ?? quantity } });
      setError(undefined);
      setQuantity('');
      onChanged();
    } catch (e) {
      setError({ field: e instanceof ApiCallError ? e.field : undefined, message: errorMessage(e) });
    }
  };

  return (
    <section className="rec-panel" aria-label="Giao hàng">
      <h2>Giao hàng</h2>
      <table className="rec-table" aria-label="Số lượng theo dòng">
        <thead><tr><th>Ấn phẩm</th><th className="num">Đặt in</th><th className="num">Đã giao</th><th className="num">Còn phải giao</th></tr></thead>
        <tbody>
          {view.lines.map((l) => (
            <tr key={l.publicationId}><td>{l.title}</td><td className="num">{formatInteger(l.quantity)}</td><td className="num">{formatInteger(l.delivered)}</td><td className="num" data-testid={`open-${l.publicationId}`}>{formatInteger(l.open)}</td></tr>
          ))}
        </tbody>
      </table>
      {view.contract.status === 'draft' ? (
        <p className="muted">Ghi giao hàng sau khi hợp đồng đã ký.</p>
      ) : open.length > 0 && (
        <form className="rec-row" aria-label="Ghi giao hàng" onSubmit={(e) => { e.preventDefault(); void add(); }}>
          <label className="rec-field">
            <span>Ấn phẩm giao</span>
            <select value={publicationId} onChange={(e) => setPublicationId(e.target.value)}>
              {open.map((l) => <option key={l.publicationId} value={l.publicationId}>{l.title} (còn {formatInteger(l.open)})</option>)}
            </select>
          </label>
          <Field label="Ngày giao" value={date} onChange={setDate} placeholder="dd/mm/yyyy" error={error?.field === 'date' ? error.message : undefined} />
          <Field label="Số lượng giao" value={quantity} onChange={setQuantity} inputMode="numeric" error={error?.field === 'quantity' ? error.message : undefined} />
          <button type="submit" className="primary">Ghi giao hàng</button>
        </form>
      )}
      {error && error.field !== 'date' && error.field !== 'quantity' && <p className="rec-error" role="alert">{error.message}</p>}
      {view.deliveries.length > 0 && (
        <table className="rec-table" aria-label="Các lần giao hàng">
          <thead><tr><th>Ngày</th><th>Ấn phẩm</th><th className="num">Số lượng</th><th /></tr></thead>
          <tbody>
            {view.deliveries.map((d) => (
              <tr key={d.id}>
                <td>{formatDate(d.date)}</td><td>{titles.get(d.publicationId)}</td><td className="num">{formatInteger(d.quantity)}</td>
                <td><ConfirmButton label={`Xoá lần giao ngày ${formatDate(d.date)}`} question="Xoá lần giao này?" onConfirm={() => void api.call('deliveries.delete', { id: d.id }).then(onChanged, (e) => setError({ message: errorMessage(e) }))}>Xoá…</ConfirmButton></td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
