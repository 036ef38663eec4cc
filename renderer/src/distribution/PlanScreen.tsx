// The plan 120/KH-STP: the five activities against their targets, the
// events held, and the allocation plan (copies planned per unit and
// publication) with what has been handed out.
import { useState } from 'react';
import { ACTIVITY_LABELS, PLAN_NAME } from '../../../electron/records/plan.js';
import { EVENT_ACTIVITIES, type EventActivity } from '../../../electron/records/schemas.js';
import { api, errorMessage } from '../api/client.js';
import { ConfirmButton } from '../ConfirmButton.js';
import { Field } from '../records/Field.js';
import { formatDate, formatInteger, parseDisplayDate, parseWhole, todayDisplay } from '../records/format.js';
import { useLoad } from '../records/useLoad.js';

/** A bar with its percentage in words beside it, for screen readers too. */
export function Progress({ done, of }: { done: number; of: number }) {
  const pct = of > 0 ? Math.round((done / of) * 100) : 0;
  return (
    <span>
      <span className="dist-progress" role="img" aria-label={`${pct}%`}><span style={{ width: `${Math.min(100, pct)}%` }} /></span>
      {pct}%
    </span>
  );
}

export function PlanScreen() {
  const plan = useLoad(() => api.call('plan.get', {}), []);
  const units = useLoad(() => api.call('units.list', {}), []);
  const catalogue = useLoad(() => api.call('records.catalogue', {}), []);
  const [error, setError] = useState<string>();
  const [allocation, setAllocation] = useState({ unitId: '', publicationId: '', quantity: '' });
  const [event, setEvent] = useState({ activity: 'training' as EventActivity, date: todayDisplay(), place: '', unitId: '', participants: '' });
  const run = (work: Promise<unknown>) => work.then(() => { setError(undefined); plan.reload(); }, (e) => setError(errorMessage(e)));
  const openUnits = (units.value ?? []).filter((u) => !u.retiredOn);

  return (
    <div className="records-page">
      <h1>Kế hoạch và tiến độ</h1>
      <p className="muted">{PLAN_NAME}</p>
      {(error ?? plan.error) && <p className="rec-error" role="alert">{error ?? plan.error}</p>}

      <section className="rec-panel" aria-label="Hoạt động của kế hoạch">
        <h2>Hoạt động</h2>
        <table className="rec-table" aria-label="Tiến độ các hoạt động">
          <thead><tr><th>Hoạt động</th><th className="num">Chỉ tiêu</th><th className="num">Đã thực hiện</th><th>Tiến độ</th><th className="num">Người tham dự</th><th className="num">Ấn phẩm cấp tại sự kiện</th></tr></thead>
          <tbody>
            {(plan.value?.activities ?? []).flatMap((a) =>
              a.targets.length === 0
                ? [<tr key={a.no}><td>{a.no}. {a.name}</td><td colSpan={5} className="muted">Theo kế hoạch phân bổ ấn phẩm bên dưới.</td></tr>]
                : a.targets.map((t) => (
                  <tr key={t.activity}>
                    <td>{a.no}. {a.targets.length > 1 ? `${a.name}: ${t.label.toLocaleLowerCase('vi')}` : a.name}</td>
                    <td className="num">{t.target} {t.unit}</td><td className="num">{t.held}</td><td><Progress done={t.held} of={t.target} /></td>
                    <td className="num">{formatInteger(t.participants)}</td><td className="num">{formatInteger(t.copies)}</td>
                  </tr>
                )))}
          </tbody>
        </table>
        <form className="rec-row" aria-label="Ghi sự kiện" onSubmit={(e) => {
          e.preventDefault();
          const date = parseDisplayDate(event.date);
          if (!date) return setError('Ngày tổ chức phải có dạng dd/mm/yyyy.');
          void run(api.call('events.save', { event: { activity: event.activity, date, place: event.place, unitId: event.unitId, participants: parseWhole(event.participants) } }));
        }}>
          <label className="rec-field"><span>Hoạt động</span>
            <select value={event.activity} onChange={(e) => setEvent({ ...event, activity: e.target.value as EventActivity })}>
              {EVENT_ACTIVITIES.map((a) => <option key={a} value={a}>{ACTIVITY_LABELS[a]}</option>)}
            </select>
          </label>
          <Field label="Ngày tổ chức" value={event.date} onChange={(date) => setEvent({ ...event, date })} />
          <Field label="Địa điểm" value={event.place} onChange={(place) => setEvent({ ...event, place })} />
          <label className="rec-field"><span>Đơn vị</span>
            <select value={event.unitId} onChange={(e) => setEvent({ ...event, unitId: e.target.value })}>
              <option value="">—</option>
              {openUnits.map((u) => <option key={u.id} value={u.id}>{u.name}</option>)}
            </select>
          </label>
          <Field label="Số người tham dự" value={event.participants} onChange={(participants) => setEvent({ ...event, participants })} inputMode="numeric" />
          <button type="submit" className="primary">Ghi sự kiện</button>
        </form>
        <table className="rec-table" aria-label="Các sự kiện">
          <thead><tr><th>Ngày</th><th>Hoạt động</th><th>Địa điểm</th><th>Đơn vị</th><th className="num">Người tham dự</th><th className="num">Ấn phẩm cấp (bản)</th><th /></tr></thead>
          <tbody>
            {(plan.value?.events ?? []).map((ev) => (
              <tr key={ev.id}>
                <td>{formatDate(ev.date)}</td><td>{ACTIVITY_LABELS[ev.activity]}</td><td>{ev.place ?? ''}</td><td>{ev.unitName ?? ''}</td>
                <td className="num">{ev.participants ?? ''}</td><td className="num">{formatInteger(ev.copies)}</td>
                <td><ConfirmButton label={`Xoá sự kiện ngày ${formatDate(ev.date)}`} question="Xoá sự kiện này?" onConfirm={() => void run(api.call('events.delete', { id: ev.id }))}>Xoá…</ConfirmButton></td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section className="rec-panel" aria-label="Kế hoạch phân bổ ấn phẩm">
        <h2>Kế hoạch phân bổ ấn phẩm</h2>
        <form className="rec-row" aria-label="Đặt số lượng kế hoạch" onSubmit={(e) => {
          e.preventDefault();
          void run(api.call('allocations.save', { allocation: { ...allocation, quantity: parseWhole(allocation.quantity) ?? allocation.quantity } }));
        }}>
          <label className="rec-field"><span>Đơn vị</span>
            <select value={allocation.unitId} onChange={(e) => setAllocation({ ...allocation, unitId: e.target.value })}>
              <option value="">— chọn —</option>
              {openUnits.map((u) => <option key={u.id} value={u.id}>{u.name}</option>)}
            </select>
          </label>
          <label className="rec-field"><span>Ấn phẩm</span>
            <select value={allocation.publicationId} onChange={(e) => setAllocation({ ...allocation, publicationId: e.target.value })}>
              <option value="">— chọn —</option>
              {(catalogue.value?.publications ?? []).map((p) => <option key={p.id} value={p.id}>{p.title}</option>)}
            </select>
          </label>
          <Field label="Số lượng kế hoạch" value={allocation.quantity} onChange={(quantity) => setAllocation({ ...allocation, quantity })} inputMode="numeric" />
          <button type="submit" className="primary">Lưu kế hoạch</button>
        </form>
        <table className="rec-table" aria-label="Tiến độ phân bổ">
          <thead><tr><th>Đơn vị</th><th>Ấn phẩm</th><th className="num">Kế hoạch</th><th className="num">Đã cấp phát</th><th>Tiến độ</th><th /></tr></thead>
          <tbody>
            {(plan.value?.allocations ?? []).map((a) => (
              <tr key={a.id}>
                <td>{a.unitName}</td><td>{a.title}</td><td className="num">{formatInteger(a.quantity)}</td><td className="num">{formatInteger(a.handedOut)}</td>
                <td><Progress done={a.handedOut} of={a.quantity} /></td>
                <td><ConfirmButton label={`Xoá kế hoạch ${a.title} cho ${a.unitName}`} question="Xoá dòng kế hoạch này?" onConfirm={() => void run(api.call('allocations.delete', { id: a.id }))}>Xoá…</ConfirmButton></td>
              </tr>
            ))}
            {plan.value?.allocations.length === 0 && <tr><td colSpan={6} className="muted">Chưa có kế hoạch phân bổ.</td></tr>}
          </tbody>
        </table>
      </section>
    </div>
  );
}
