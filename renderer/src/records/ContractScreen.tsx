// One print contract: its terms (lines with totals and the amount in words
// updating as you type), then, once saved, its status, deliveries and documents,
// and "Xoá hợp đồng" while it has no deliveries (the service refuses otherwise).
import { useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import type { ContractView } from '../../../contract/records.js';
import { api, ApiCallError, errorMessage } from '../api/client.js';
import { ConfirmButton } from '../ConfirmButton.js';
import { ContractPapers } from './ContractPapers.js';
import { ContractLines } from './ContractLines.js';
import { contractInput, emptyContract, formFromContract, liveTotals, type ContractForm } from './contractForm.js';
import { DeliveriesPanel } from './DeliveriesPanel.js';
import { Field } from './Field.js';
import { amountInWords, formatMoney, statusKey, todayDisplay } from './format.js';
import { contractHref } from './route.js';
import { StatusPanel } from './StatusPanel.js';
import { useLoad } from './useLoad.js';

export function ContractScreen({ id }: { id: string | null }) {
  const { t } = useTranslation('records');
  const view = useLoad(() => (id ? api.call('contracts.get', { id }) : Promise.resolve(undefined)), [id]);
  if (id && !view.value) return <div className="records-page">{view.error ? <p className="rec-error" role="alert">{view.error}</p> : <p className="muted">{t('contract.opening')}</p>}</div>;
  return (
    <div className="records-page">
      <p><a href="#/contracts">{t('contract.back')}</a></p>
      <h1>{view.value ? t('contract.heading', { number: view.value.contract.number }) : t('contract.newHeading')}
        {view.value && <span className={`rec-status rec-status-${view.value.contract.status}`}> {t(statusKey(view.value.contract.status))}</span>}</h1>
      <ContractTerms key={view.value ? JSON.stringify(view.value.contract) : 'new'} view={view.value} onSaved={view.reload} />
      {view.value && (
        <>
          <StatusPanel view={view.value} onChanged={view.reload} />
          <DeliveriesPanel view={view.value} onChanged={view.reload} />
          <ContractPapers view={view.value} />
          {view.value.deliveries.length === 0 && <DeleteContract view={view.value} />}
        </>
      )}
    </div>
  );
}

/** Deletes the contract and goes back to the list; offered only while it has no deliveries. */
function DeleteContract({ view }: { view: ContractView }) {
  const { t } = useTranslation('records');
  const [error, setError] = useState('');
  const { id, number } = view.contract;
  const remove = async () => {
    try {
      await api.call('contracts.delete', { id });
      window.location.hash = '#/contracts';
    } catch (e) {
      setError(t('contract.deleteFailed', { reason: errorMessage(e) }));
    }
  };
  return (
    <p className="rec-actions">
      <ConfirmButton label={t('contract.deleteLabel', { number })} question={t('contract.deleteQuestion')} onConfirm={() => void remove()}>{t('contract.delete')}</ConfirmButton>
      {error && <span className="rec-error" role="alert"> {error}</span>}
    </p>
  );
}

function ContractTerms({ view, onSaved }: { view?: ContractView; onSaved(): void }) {
  const { t } = useTranslation('records');
  const [form, setForm] = useState<ContractForm>(() => (view ? formFromContract(view.contract) : emptyContract(todayDisplay(), t('contract.defaultBudgetSource'))));
  const [error, setError] = useState<{ field?: string; message: string }>();
  const [saved, setSaved] = useState(false);
  const printers = useLoad(() => api.call('printers.list', {}), []);
  const catalogue = useLoad(() => api.call('records.catalogue', {}), []);
  const plans = useLoad(() => api.call('plans.list', {}), []);
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

  const known = ['number', 'date', 'printerId', 'budgetSource', 'planId', 'selectionNumber', 'selectionDate', 'selectionIssuer', 'place', 'deadline', 'vatPercent', 'advancePaid'];
  return (
    <form className="rec-form" aria-label={t('contract.terms')} onSubmit={(e) => { e.preventDefault(); void save(); }}>
      <div className="rec-grid">
        <Field label={t('contract.number')} value={form.number} onChange={(number) => set({ number })} error={errorFor('number')}
          // not translated: an example of the contract number's code
          placeholder="01/2022/HĐ-TGPL" />
        <Field label={t('contract.date')} value={form.date} onChange={(date) => set({ date })} error={errorFor('date')} placeholder={t('datePlaceholder')} />
        <label className="rec-field">
          <span>{t('contract.printer')}</span>
          <select value={form.printerId} onChange={(e) => set({ printerId: e.target.value })} aria-invalid={errorFor('printerId') ? true : undefined}>
            <option value="">{t('contract.choosePrinter')}</option>
            {(printers.value ?? []).map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
          </select>
          {errorFor('printerId') && <span className="rec-error" role="alert">{errorFor('printerId')}</span>}
          {printers.value?.length === 0 && <span className="muted small"><Trans t={t} i18nKey="contract.noPrinters" components={{ printers: <a href="#/printers" /> }} /></span>}
        </label>
        <Field label={t('contract.deadline')} value={form.deadline} onChange={(deadline) => set({ deadline })} error={errorFor('deadline')} placeholder={t('datePlaceholder')} />
        <Field label={t('contract.budgetSource')} value={form.budgetSource} onChange={(budgetSource) => set({ budgetSource })} error={errorFor('budgetSource')} />
        <label className="rec-field">
          <span>{t('contract.plan')}</span>
          {/* Open plans; a closed one stays shown on a contract already charged to it. */}
          <select value={form.planId} onChange={(e) => set({ planId: e.target.value })} aria-invalid={errorFor('planId') ? true : undefined}>
            <option value="">{t('contract.noPlan')}</option>
            {(plans.value ?? []).filter((p) => p.status === 'open' || p.id === form.planId).map((p) => <option key={p.id} value={p.id}>{p.number}</option>)}
          </select>
          {errorFor('planId') && <span className="rec-error" role="alert">{errorFor('planId')}</span>}
        </label>
        <Field label={t('contract.selectionNumber')} value={form.selectionNumber} onChange={(selectionNumber) => set({ selectionNumber })} error={errorFor('selectionNumber')}
          // not translated: an example of a decision's number
          placeholder="25/QĐ-TGPL" hint={t('contract.selectionHint')} />
        <Field label={t('contract.selectionDate')} value={form.selectionDate} onChange={(selectionDate) => set({ selectionDate })} error={errorFor('selectionDate')} placeholder={t('datePlaceholder')} />
        <Field label={t('contract.selectionIssuer')} value={form.selectionIssuer} onChange={(selectionIssuer) => set({ selectionIssuer })} error={errorFor('selectionIssuer')} placeholder={t('contract.selectionIssuerPlaceholder')} />
        <Field label={t('contract.place')} value={form.place} onChange={(place) => set({ place })} error={errorFor('place')} placeholder={t('contract.placePlaceholder')} />
        <Field label={t('contract.vatPercent')} value={form.vatPercent} onChange={(vatPercent) => set({ vatPercent })} error={errorFor('vatPercent')} inputMode="decimal" />
        <Field label={t('contract.advancePaid')} value={form.advancePaid} onChange={(advancePaid) => set({ advancePaid })} error={errorFor('advancePaid')} inputMode="numeric" />
      </div>
      <ContractLines lines={form.items} amounts={totals.lines.map((l) => l.quantity * l.unitPrice)} publications={catalogue.value?.publications ?? []}
        errorFor={errorFor} onChange={(items) => set({ items })} />
      <dl className="rec-totals" aria-label={t('contract.totals')}>
        <dt>{t('contract.subtotal')}</dt><dd data-testid="subtotal">{formatMoney(totals.subtotal)}</dd>
        <dt>{t('contract.vat')}</dt><dd data-testid="vat">{formatMoney(totals.vat)}</dd>
        <dt>{t('contract.total')}</dt><dd data-testid="total"><strong>{formatMoney(totals.total)}</strong></dd>
        <dt>{t('contract.inWords')}</dt><dd data-testid="words"><em>{amountInWords(totals.total)}</em></dd>
      </dl>
      {error && !known.includes(error.field ?? '') && !error.field?.startsWith('items[') && <p className="rec-error" role="alert">{error.message}</p>}
      <button type="submit" className="primary">{form.id ? t('contract.save') : t('contract.create')}</button>
      {saved && <span className="rec-ok" role="status"> {t('saved')}</span>}
    </form>
  );
}
