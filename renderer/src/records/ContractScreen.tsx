// One print contract: its terms (lines with totals and the amount in words
// updating as you type), then, once saved, its status, deliveries and documents.
import { useState } from 'react';
import type { ContractView } from '../../../electron/records/api.js';
import { api, ApiCallError, errorMessage } from '../api/client.js';
import { ContractDocuments } from './ContractDocuments.js';
import { ContractLines } from './ContractLines.js';
import { contractInput, emptyContract, formFromContract, liveTotals, type ContractForm } from './contractForm.js';
import { DeliveriesPanel } from './DeliveriesPanel.js';
import { Field } from './Field.js';
import { amountInWords, formatMoney, statusLabel, todayDisplay } from './format.js';
import { contractHref } from './route.js';
import { StatusPanel } from './StatusPanel.js';
import { useLoad } from './useLoad.js';

export function ContractScreen({ id }: { id: string | null }) {
  const view = useLoad(() => (id ? api.call('contracts.get', { id }) : Promise.resolve(undefined)), [id]);
  if (id && !view.value) return <div className="records-page">{view.error ? <p className="rec-error" role="alert">{view.error}</p> : <p className="muted">Đang mở…</p>}</div>;
  return (
    <div className="records-page">
      <p><a href="#/contracts">← Danh sách hợp đồng</a></p>
      <h1>{view.value ? `Hợp đồng số ${view.value.contract.number}` : 'Hợp đồng in mới'}
        {view.value && <span className={`rec-status rec-status-${view.value.contract.status}`}> {statusLabel(view.value.contract.status)}</span>}</h1>
      <ContractTerms key={view.value ? JSON.stringify(view.value.contract) : 'new'} view={view.value} onSaved={view.reload} />
      {view.value && (
        <>
          <StatusPanel view={view.value} onChanged={view.reload} />
          <DeliveriesPanel view={view.value} onChanged={view.reload} />
          <ContractDocuments view={view.value} />
        </>
      )}
    </div>
  );
}

function ContractTerms({ view, onSaved }: { view?: ContractView; onSaved(): void }) {
  const [form, setForm] = useState<ContractForm>(() => (view ? formFromContract(view.contract) : emptyContract(todayDisplay())));
  const [error, setError] = useState<{ field?: string; message: string }>();
  const [saved, setSaved] = useState(false);
  const printers = useLoad(() => api.call('printers.list', {}), []);
  const catalogue = useLoad(() => api.call('records.catalogue', {}), []);
  const totals = liveTotals(form);
  const set = (patch: Partial<ContractForm>) => { setSaved(false); setForm({ ...form, ...patch }); };
  const errorFor = (field: string) => (error?.field === field ? error.message : undefined);

  const save = async () => {
    try {
      const { id } = await api.call('contracts.save', { contract: contractInput(form) });
      setError(undefined);
      setSaved(true);
      if (!form.id) window.location.hash = contractHref(id);
      else onSaved();
    } catch (e) {
      setSaved(false);
      setError({ field: e instanceof ApiCallError ? e.field : undefined, message: errorMessage(e) });
    }
  };

  const known = ['number', 'date', 'printerId', 'budgetSource', 'place', 'deadline', 'vatPercent', 'advancePaid'];
  return (
    <form className="rec-form" aria-label="Điều khoản hợp đồng" onSubmit={(e) => { e.preventDefault(); void save(); }}>
      <div className="rec-grid">
        <Field label="Số hợp đồng" value={form.number} onChange={(number) => set({ number })} error={errorFor('number')} placeholder="01/2022/HĐ-TGPL" />
        <Field label="Ngày hợp đồng" value={form.date} onChange={(date) => set({ date })} error={errorFor('date')} placeholder="dd/mm/yyyy" />
        <label className="rec-field">
          <span>Cơ sở in (Bên B)</span>
          <select value={form.printerId} onChange={(e) => set({ printerId: e.target.value })} aria-invalid={errorFor('printerId') ? true : undefined}>
            <option value="">— chọn cơ sở in —</option>
            {(printers.value ?? []).map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
          </select>
          {errorFor('printerId') && <span className="rec-error" role="alert">{errorFor('printerId')}</span>}
          {printers.value?.length === 0 && <span className="muted small">Chưa có cơ sở in: <a href="#/printers">thêm ở mục Cơ sở in</a>.</span>}
        </label>
        <Field label="Hạn giao hàng" value={form.deadline} onChange={(deadline) => set({ deadline })} error={errorFor('deadline')} placeholder="dd/mm/yyyy" />
        <Field label="Nguồn kinh phí" value={form.budgetSource} onChange={(budgetSource) => set({ budgetSource })} error={errorFor('budgetSource')} />
        <Field label="Địa điểm ký" value={form.place} onChange={(place) => set({ place })} error={errorFor('place')} placeholder="Lạng Sơn" />
        <Field label="Thuế GTGT (%)" value={form.vatPercent} onChange={(vatPercent) => set({ vatPercent })} error={errorFor('vatPercent')} inputMode="decimal" />
        <Field label="Đã tạm ứng (đồng)" value={form.advancePaid} onChange={(advancePaid) => set({ advancePaid })} error={errorFor('advancePaid')} inputMode="numeric" />
      </div>
      <ContractLines lines={form.items} amounts={totals.lines.map((l) => l.quantity * l.unitPrice)} publications={catalogue.value?.publications ?? []}
        errorFor={errorFor} onChange={(items) => set({ items })} />
      <dl className="rec-totals" aria-label="Tổng tiền">
        <dt>Cộng tiền hàng</dt><dd data-testid="subtotal">{formatMoney(totals.subtotal)}</dd>
        <dt>Thuế GTGT</dt><dd data-testid="vat">{formatMoney(totals.vat)}</dd>
        <dt>Tổng cộng</dt><dd data-testid="total"><strong>{formatMoney(totals.total)}</strong></dd>
        <dt>Bằng chữ</dt><dd data-testid="words"><em>{amountInWords(totals.total)}</em></dd>
      </dl>
      {error && !known.includes(error.field ?? '') && !error.field?.startsWith('items[') && <p className="rec-error" role="alert">{error.message}</p>}
      <button type="submit" className="primary">{form.id ? 'Lưu hợp đồng' : 'Tạo hợp đồng'}</button>
      {saved && <span className="rec-ok" role="status"> Đã lưu.</span>}
    </form>
  );
}
