// The plan's own fields (number, dates, issuer, title, period, funding), as
// the plan form and the copy form both ask for them.
import { useTranslation } from 'react-i18next';
import { Field } from '../records/Field.js';
import type { PlanFields } from './planForm.js';

interface Props {
  fields: PlanFields;
  set(change: Partial<PlanFields>): void;
  errorFor(field: string): string | undefined;
}

export function PlanFieldsGrid({ fields, set, errorFor }: Props) {
  const { t } = useTranslation('plans');
  const date = { placeholder: t('datePattern') };
  return (
    <div className="rec-grid">
      <Field label={t('form.number')} hint={t('form.numberHint')} value={fields.number} onChange={(number) => set({ number })} error={errorFor('number')} />
      <Field label={t('form.issuedOn')} {...date} value={fields.issuedOn} onChange={(issuedOn) => set({ issuedOn })} error={errorFor('issuedOn')} />
      <Field label={t('form.issuer')} value={fields.issuer} onChange={(issuer) => set({ issuer })} error={errorFor('issuer')} />
      <label className="rec-field rec-wide"><span>{t('form.title')}</span>
        <textarea rows={2} value={fields.title} onChange={(e) => set({ title: e.target.value })} aria-invalid={errorFor('title') ? true : undefined} />
        {errorFor('title') && <span className="rec-error" role="alert">{errorFor('title')}</span>}
      </label>
      <Field label={t('form.from')} {...date} value={fields.from} onChange={(from) => set({ from })} error={errorFor('from')} />
      <Field label={t('form.to')} {...date} value={fields.to} onChange={(to) => set({ to })} error={errorFor('to')} />
      <Field label={t('form.fundingSource')} value={fields.fundingSource} onChange={(fundingSource) => set({ fundingSource })} error={errorFor('funding.source')} />
      <Field label={t('form.fundingAmount')} inputMode="numeric" value={fields.fundingAmount} onChange={(fundingAmount) => set({ fundingAmount })} error={errorFor('funding.amount')} />
    </div>
  );
}
