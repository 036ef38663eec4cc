// "Sao chép từ kế hoạch năm trước": a new plan with the activities and
// targets of one chosen, its own number, date and period, and no events.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanSummary } from '../../../contract/plans.js';
import type { Plan } from '../../../contract/record-schemas.js';
import { api } from '../api/client.js';
import { emptyFields, fieldsInput, type PlanFields } from './planForm.js';
import { PlanFieldsGrid } from './PlanFieldsGrid.js';
import { useFormError } from './useFormError.js';

const FIELDS = new Set(['number', 'issuedOn', 'issuer', 'title', 'from', 'to', 'funding.source', 'funding.amount']);

interface Props {
  /** Newest first: the first is offered. */
  plans: PlanSummary[];
  onSaved(plan: Plan): void;
  onCancel(): void;
}

export function CopyPlanForm({ plans, onSaved, onCancel }: Props) {
  const { t } = useTranslation('plans');
  const [source, setSource] = useState(plans[0]?.id ?? '');
  const chosen = plans.find((p) => p.id === source);
  // Title and issuer start as the chosen plan's; the rest is the new plan's own.
  const [fields, setFields] = useState<PlanFields>({ ...emptyFields(chosen?.issuer ?? ''), title: chosen?.title ?? '' });
  const { errorFor, general, setError, fail } = useFormError((field) => FIELDS.has(field));

  const save = async () => {
    const built = fieldsInput(fields);
    if ('problem' in built) return setError({ field: built.problem.dateField, message: t('dateWrong', { field: t(`form.${built.problem.dateField}`) }) });
    try {
      onSaved(await api.call('plans.copy', { id: source, plan: built.input }));
    } catch (e) {
      fail(e);
    }
  };

  return (
    <form className="rec-form" aria-label={t('copy.title')} onSubmit={(e) => { e.preventDefault(); void save(); }}>
      <h2>{t('copy.title')}</h2>
      <p className="muted">{t('copy.explain')}</p>
      <label className="rec-field"><span>{t('copy.source')}</span>
        <select value={source} onChange={(e) => {
          const next = plans.find((p) => p.id === e.target.value);
          setSource(e.target.value);
          setFields((f) => ({ ...f, title: next?.title ?? f.title, issuer: next?.issuer ?? f.issuer }));
        }}>
          {plans.map((p) => <option key={p.id} value={p.id}>{p.number} — {p.title}</option>)}
        </select>
      </label>
      <PlanFieldsGrid fields={fields} set={(change) => setFields((f) => ({ ...f, ...change }))} errorFor={errorFor} />
      {general && <p className="rec-error" role="alert">{general}</p>}
      <div className="rec-row">
        <button type="submit" className="primary">{t('copy.save')}</button>
        <button type="button" onClick={onCancel}>{t('cancel')}</button>
      </div>
    </form>
  );
}
