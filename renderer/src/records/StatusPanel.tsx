// Draft → signed → delivered → accepted → liquidated, one step at a time,
// each with its date; one step back undoes the last.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContractView } from '../../../contract/records.js';
import { CONTRACT_STATUSES } from '../../../contract/record-schemas.js';
import { api, errorMessage } from '../api/client.js';
import { Field } from './Field.js';
import { formatDate, parseDisplayDate, statusKey, todayDisplay } from './format.js';

export function StatusPanel({ view, onChanged }: { view: ContractView; onChanged(): void }) {
  const { t } = useTranslation('records');
  const { contract } = view;
  const rank = CONTRACT_STATUSES.indexOf(contract.status);
  const next = CONTRACT_STATUSES[rank + 1];
  const previous = rank > 0 ? CONTRACT_STATUSES[rank - 1] : undefined;
  const [date, setDate] = useState(todayDisplay());
  const [error, setError] = useState<string>();

  const change = async (status: (typeof CONTRACT_STATUSES)[number], withDate: boolean) => {
    const iso = withDate ? parseDisplayDate(date) : undefined;
    if (withDate && !iso) return setError(t('steps.badDate'));
    try {
      await api.call('contracts.setStatus', { id: contract.id, status, date: iso });
      setError(undefined);
      onChanged();
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  return (
    <section className="rec-panel" aria-label={t('steps.region')}>
      <h2>{t('steps.title')}</h2>
      <ol className="rec-steps">
        {CONTRACT_STATUSES.map((s, i) => {
          const on = s === 'draft' ? contract.date : contract.statusDates?.[s];
          return <li key={s} className={i <= rank ? 'done' : ''}>{t(statusKey(s))}{i <= rank && on ? ` (${formatDate(on)})` : ''}</li>;
        })}
      </ol>
      {next && (
        <div className="rec-row">
          <Field label={t('steps.dateFor', { status: t(statusKey(next)) })} value={date} onChange={setDate} placeholder={t('datePlaceholder')} />
          <button type="button" className="primary" onClick={() => void change(next, true)}>{t('steps.moveTo', { status: t(statusKey(next)) })}</button>
        </div>
      )}
      {previous && <button type="button" onClick={() => void change(previous, false)}>{t('steps.backTo', { status: t(statusKey(previous)) })}</button>}
      {error && <p className="rec-error" role="alert">{error}</p>}
    </section>
  );
}
