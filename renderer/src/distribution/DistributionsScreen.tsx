// Distributions (cấp phát): a form to record or correct one (refused, with
// the publication, the date and the shortfall named, when stock would go
// below zero), the list, and the handover record for the ones ticked.
import { useState } from 'react';
import type { DistributionView } from '../../../electron/records/distribution-api.js';
import { OCCASIONS } from '../../../electron/records/schemas.js';
import { api, ApiCallError, errorMessage } from '../api/client.js';
import { base64ToBytes, downloadBytes } from '../bytes.js';
import { ConfirmButton } from '../ConfirmButton.js';
import { Field } from '../records/Field.js';
import { formatDate, formatInteger, parseDisplayDate, parseWhole, todayDisplay } from '../records/format.js';
import { useLoad } from '../records/useLoad.js';
import { OCCASION_NAMES } from './labels.js';

interface Form {
  id?: string;
  date: string;
  unitId: string;
  publicationId: string;
  quantity: string;
  recipient: string;
  occasion: string;
  eventId: string;
  handoverNumber: string;
}

const EMPTY: Form = { date: todayDisplay(), unitId: '', publicationId: '', quantity: '', recipient: '', occasion: '', eventId: '', handoverNumber: '' };

export function DistributionsScreen() {
  const list = useLoad(() => api.call('distributions.list', {}), []);
  const units = useLoad(() => api.call('units.list', {}), []);
  const stock = useLoad(() => api.call('stock.list', {}), []);
  const plan = useLoad(() => api.call('plan.get', {}), []);
  const [form, setForm] = useState<Form>(EMPTY);
  const [error, setError] = useState<{ field?: string; message: string }>();
  const [saved, setSaved] = useState<string>();
  const [ticked, setTicked] = useState<Set<string>>(new Set());
  const set = (key: keyof Form) => (value: string) => setForm((f) => ({ ...f, [key]: value }));
  const fieldError = (name: string) => (error?.field === name ? error.message : undefined);

  const open = (units.value ?? []).filter((u) => !u.retiredOn || u.id === form.unitId);
  const reload = () => { list.reload(); stock.reload(); units.reload(); plan.reload(); };

  const save = async () => {
    const date = parseDisplayDate(form.date);
    if (!date) return setError({ field: 'date', message: 'Ngày cấp phát phải có dạng dd/mm/yyyy và là một ngày có thật.' });
    try {
      const { date: _shown, quantity, ...rest } = form;
      await api.call('distributions.save', { distribution: { ...rest, date, quantity: parseWhole(quantity) ?? quantity } });
      setError(undefined);
      setSaved(form.id ? 'Đã sửa lần cấp phát.' : 'Đã ghi lần cấp phát.');
      setForm({ ...EMPTY, date: form.date, unitId: form.unitId, occasion: form.occasion, eventId: form.eventId });
      reload();
    } catch (e) {
      setSaved(undefined);
      setError({ field: e instanceof ApiCallError ? e.field : undefined, message: e instanceof ApiCallError ? e.reason : errorMessage(e) });
    }
  };

  const edit = (x: DistributionView) => setForm({
    id: x.id, date: formatDate(x.date), unitId: x.unitId, publicationId: x.publicationId, quantity: String(x.quantity),
    recipient: x.recipient ?? '', occasion: x.occasion ?? '', eventId: x.eventId ?? '', handoverNumber: x.handoverNumber ?? '',
  });

  const handover = async (format: 'docx' | 'pdf') => {
    try {
      const doc = await api.call('handover.generate', { distributionIds: [...ticked], format });
      downloadBytes(base64ToBytes(doc.base64), doc.fileName, doc.mimeType);
    } catch (e) {
      setError({ message: errorMessage(e) });
    }
  };

  return (
    <div className="records-page">
      <h1>Cấp phát ấn phẩm</h1>
      <form className="rec-form" aria-label={form.id ? 'Sửa lần cấp phát' : 'Ghi cấp phát'} onSubmit={(e) => { e.preventDefault(); void save(); }}>
        <div className="rec-grid">
          <Field label="Ngày cấp phát" value={form.date} onChange={set('date')} placeholder="dd/mm/yyyy" error={fieldError('date')} />
          <label className="rec-field"><span>Đơn vị nhận</span>
            <select value={form.unitId} onChange={(e) => set('unitId')(e.target.value)} aria-invalid={fieldError('unitId') ? true : undefined}>
              <option value="">— chọn đơn vị —</option>
              {open.map((u) => <option key={u.id} value={u.id}>{u.name}</option>)}
            </select>
            {fieldError('unitId') && <span className="rec-error" role="alert">{fieldError('unitId')}</span>}
          </label>
          <label className="rec-field"><span>Ấn phẩm</span>
            <select value={form.publicationId} onChange={(e) => set('publicationId')(e.target.value)}>
              <option value="">— chọn ấn phẩm —</option>
              {(stock.value ?? []).map((s) => <option key={s.publicationId} value={s.publicationId}>{s.title} (tồn {formatInteger(s.balance)})</option>)}
            </select>
          </label>
          <Field label="Số lượng" value={form.quantity} onChange={set('quantity')} inputMode="numeric" error={fieldError('quantity')} />
          <Field label="Người nhận" value={form.recipient} onChange={set('recipient')} hint="Người hoặc cơ quan nhận" />
          <label className="rec-field"><span>Dịp cấp phát</span>
            <select value={form.occasion} onChange={(e) => set('occasion')(e.target.value)}>
              <option value="">—</option>
              {OCCASIONS.map((o) => <option key={o} value={o}>{OCCASION_NAMES[o]}</option>)}
            </select>
          </label>
          <label className="rec-field"><span>Sự kiện của kế hoạch</span>
            <select value={form.eventId} onChange={(e) => set('eventId')(e.target.value)}>
              <option value="">(không gắn)</option>
              {(plan.value?.events ?? []).map((ev) => <option key={ev.id} value={ev.id}>{formatDate(ev.date)} · {ev.place ?? ev.unitName ?? ev.activity}</option>)}
            </select>
          </label>
          <Field label="Số biên bản giao nhận" value={form.handoverNumber} onChange={set('handoverNumber')} />
        </div>
        <div className="rec-row">
          <button type="submit" className="primary">{form.id ? 'Lưu thay đổi' : 'Ghi cấp phát'}</button>
          {form.id && <button type="button" onClick={() => setForm(EMPTY)}>Thôi sửa</button>}
        </div>
        {error && !['date', 'quantity', 'unitId'].includes(error.field ?? '') && <p className="rec-error" role="alert">{error.message}</p>}
        {saved && <p className="rec-ok" role="status">{saved}</p>}
      </form>

      <div className="rec-row">
        <span>Biên bản giao nhận cho {ticked.size} lần cấp phát đã chọn (cùng một đơn vị):</span>
        <button type="button" disabled={!ticked.size} onClick={() => void handover('docx')}>Biên bản (Word)</button>
        <button type="button" disabled={!ticked.size} onClick={() => void handover('pdf')}>Biên bản (PDF)</button>
      </div>
      {list.error && <p className="rec-error" role="alert">{list.error}</p>}
      <table className="rec-table" aria-label="Các lần cấp phát">
        <thead><tr><th>Chọn</th><th>Ngày</th><th>Đơn vị</th><th>Ấn phẩm</th><th className="num">Số lượng</th><th>Người nhận</th><th>Dịp</th><th>Số biên bản</th><th /></tr></thead>
        <tbody>
          {(list.value ?? []).map((x) => (
            <tr key={x.id}>
              <td><input type="checkbox" aria-label={`Chọn lần cấp phát ngày ${formatDate(x.date)} cho ${x.unitName}`} checked={ticked.has(x.id)}
                onChange={(e) => setTicked((t) => { const next = new Set(t); if (e.target.checked) next.add(x.id); else next.delete(x.id); return next; })} /></td>
              <td>{formatDate(x.date)}</td><td>{x.unitName}</td><td>{x.title}</td><td className="num">{formatInteger(x.quantity)}</td>
              <td>{x.recipient ?? ''}</td><td>{x.eventLabel ?? (x.occasion ? OCCASION_NAMES[x.occasion] : '')}</td><td>{x.handoverNumber ?? ''}</td>
              <td className="rec-actions">
                <button type="button" onClick={() => edit(x)}>Sửa</button>
                <ConfirmButton label={`Xoá lần cấp phát ngày ${formatDate(x.date)}`} question="Xoá lần cấp phát này?"
                  onConfirm={() => void api.call('distributions.delete', { id: x.id }).then(reload, (e) => setError({ message: errorMessage(e) }))}>Xoá…</ConfirmButton>
              </td>
            </tr>
          ))}
          {list.value?.length === 0 && <tr><td colSpan={9} className="muted">Chưa có lần cấp phát nào.</td></tr>}
        </tbody>
      </table>
    </div>
  );
}
