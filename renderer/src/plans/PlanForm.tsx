// A new plan, or an open plan's fields and activities: each activity with
// its unit of count, target, due day or quarter, and whether it is counted
// in news items. Dates that cannot be read are named before anything is
// sent; the service's refusals are shown at the field they name.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Plan } from '../../../contract/record-schemas.js';
import { api } from '../api/client.js';
import { Field } from '../records/Field.js';
import { emptyActivity, planInput, type ActivityForm, type FormProblem, type PlanForm as Form } from './planForm.js';
import { PlanFieldsGrid } from './PlanFieldsGrid.js';
import { useFormError } from './useFormError.js';

const TOP_FIELDS = new Set(['number', 'issuedOn', 'issuer', 'title', 'from', 'to', 'funding.source', 'funding.amount']);
const ACTIVITY_FIELD = /^activities\[\d+\]\.(name|unitOfCount|target|due)$/;

interface Props {
  initial: Form;
  onSaved(plan: Plan): void;
  onCancel(): void;
}

export function PlanForm({ initial, onSaved, onCancel }: Props) {
  const { t } = useTranslation('plans');
  const [form, setForm] = useState<Form>(initial);
  const { errorFor, general, setError, fail } = useFormError((field) => TOP_FIELDS.has(field) || ACTIVITY_FIELD.test(field));
  const setActivity = (i: number, change: Partial<ActivityForm>) =>
    setForm((f) => ({ ...f, activities: f.activities.map((a, k) => (k === i ? { ...a, ...change } : a)) }));

  const problemText = (problem: FormProblem) =>
    'dateField' in problem
      ? { field: problem.dateField, message: t('dateWrong', { field: t(`form.${problem.dateField}`) }) }
      : { field: `activities[${problem.dueOf - 1}].due`, message: t('form.dueWrong', { n: problem.dueOf }) };

  const save = async () => {
    const built = planInput(form);
    if ('problem' in built) return setError(problemText(built.problem));
    try {
      onSaved(await api.call('plans.save', { plan: built.input }));
    } catch (e) {
      fail(e);
    }
  };

  return (
    <form className="rec-form" aria-label={form.id ? t('form.editTitle') : t('form.newTitle')} onSubmit={(e) => { e.preventDefault(); void save(); }}>
      <h2>{form.id ? t('form.editTitle') : t('form.newTitle')}</h2>
      <PlanFieldsGrid fields={form} set={(change) => setForm((f) => ({ ...f, ...change }))} errorFor={errorFor} />
      <fieldset className="rec-lines">
        <legend>{t('form.activities')}</legend>
        {form.activities.map((a, i) => {
          const at = (key: string) => errorFor(`activities[${i}].${key}`);
          return (
            <div className="rec-line" key={i} role="group" aria-label={t('form.activity', { n: i + 1 })}>
              <label className="rec-field rec-wide"><span>{t('form.activityName')}</span>
                <input type="text" value={a.name} onChange={(e) => setActivity(i, { name: e.target.value })} aria-invalid={at('name') ? true : undefined} />
                {at('name') && <span className="rec-error" role="alert">{at('name')}</span>}
              </label>
              <Field label={t('form.unitOfCount')} hint={t('form.unitHint')} value={a.unitOfCount} onChange={(unitOfCount) => setActivity(i, { unitOfCount })} error={at('unitOfCount')} />
              <Field label={t('form.target')} inputMode="numeric" value={a.target} onChange={(target) => setActivity(i, { target })} error={at('target')} />
              <Field label={t('form.due')} placeholder={t('form.dueHint')} value={a.due} onChange={(due) => setActivity(i, { due })} error={at('due')} />
              <label className="rec-check"><input type="checkbox" checked={a.media} onChange={(e) => setActivity(i, { media: e.target.checked })} /> {t('form.media')}</label>
              <button type="button" onClick={() => setForm((f) => ({ ...f, activities: f.activities.filter((_, k) => k !== i) }))}>{t('form.removeActivity', { n: i + 1 })}</button>
            </div>
          );
        })}
        <button type="button" onClick={() => setForm((f) => ({ ...f, activities: [...f.activities, emptyActivity()] }))}>{t('form.addActivity')}</button>
      </fieldset>
      <Field label={t('form.note')} value={form.note} onChange={(note) => setForm((f) => ({ ...f, note }))} />
      {general && <p className="rec-error" role="alert">{general}</p>}
      <div className="rec-row">
        <button type="submit" className="primary">{t('form.save')}</button>
        <button type="button" onClick={onCancel}>{t('cancel')}</button>
      </div>
    </form>
  );
}
