// The plan's allocations (copies planned per unit and publication) against
// what was handed out in its period; one line per unit and publication.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UnitView } from '../../../contract/distribution.js';
import type { PlanView } from '../../../contract/plans.js';
import type { PublicationEntry } from '../../../contract/record-schemas.js';
import { api } from '../api/client.js';
import { ConfirmButton } from '../ConfirmButton.js';
import { Field } from '../records/Field.js';
import { formatInteger, parseWhole } from '../records/format.js';
import { Progress } from './Progress.js';
import { useFormError } from './useFormError.js';

interface Props {
  view: PlanView;
  units: UnitView[];
  publications: PublicationEntry[];
  onChange(): void;
}

export function AllocationsPanel({ view, units, publications, onChange }: Props) {
  const { t } = useTranslation('plans');
  const [form, setForm] = useState({ unitId: '', publicationId: '', quantity: '' });
  const { errorFor, general, fail, setError } = useFormError((field) => field === 'quantity');
  const open = view.plan.status === 'open';

  const save = () =>
    api.call('allocations.save', { allocation: { ...form, planId: view.plan.id, quantity: parseWhole(form.quantity) ?? form.quantity } })
      .then(() => { setError(undefined); onChange(); }, fail);

  return (
    <section className="rec-panel" aria-label={t('allocations.heading')}>
      <h2>{t('allocations.heading')}</h2>
      {open && (
        <form className="rec-row" aria-label={t('allocations.set')} onSubmit={(e) => { e.preventDefault(); void save(); }}>
          <label className="rec-field"><span>{t('allocations.unit')}</span>
            <select value={form.unitId} onChange={(e) => setForm({ ...form, unitId: e.target.value })}>
              <option value="">{t('choose')}</option>
              {units.filter((u) => !u.retiredOn).map((u) => <option key={u.id} value={u.id}>{u.name}</option>)}
            </select>
          </label>
          <label className="rec-field"><span>{t('allocations.publication')}</span>
            <select value={form.publicationId} onChange={(e) => setForm({ ...form, publicationId: e.target.value })}>
              <option value="">{t('choose')}</option>
              {publications.map((p) => <option key={p.id} value={p.id}>{p.title}</option>)}
            </select>
          </label>
          <Field label={t('allocations.quantity')} inputMode="numeric" value={form.quantity} onChange={(quantity) => setForm({ ...form, quantity })} error={errorFor('quantity')} />
          <button type="submit" className="primary">{t('allocations.save')}</button>
        </form>
      )}
      {general && <p className="rec-error" role="alert">{general}</p>}
      <table className="rec-table" aria-label={t('allocations.table')}>
        <thead><tr><th>{t('allocations.unit')}</th><th>{t('allocations.publication')}</th><th className="num">{t('allocations.planned')}</th><th className="num">{t('allocations.handedOut')}</th><th>{t('allocations.progress')}</th>{open && <th />}</tr></thead>
        <tbody>
          {view.allocations.map((a) => (
            <tr key={a.id}>
              <td>{a.unitName}</td><td>{a.title}</td><td className="num">{formatInteger(a.quantity)}</td><td className="num">{formatInteger(a.handedOut)}</td>
              <td><Progress done={a.handedOut} of={a.quantity} /></td>
              {open && <td><ConfirmButton label={t('allocations.deleteOne', { title: a.title, unit: a.unitName })} question={t('allocations.deleteQuestion')}
                onConfirm={() => void api.call('allocations.delete', { id: a.id }).then(onChange, fail)}>{t('delete')}</ConfirmButton></td>}
            </tr>
          ))}
          {view.allocations.length === 0 && <tr><td colSpan={6} className="muted">{t('allocations.empty')}</td></tr>}
        </tbody>
      </table>
    </section>
  );
}
