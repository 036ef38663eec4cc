// Draft → signed → delivered → accepted → liquidated, one step at a time,
// each with its date; one step back undoes the last.
import { useState } from 'react';
import type { ContractView } from '../../../electron/records/api.js';
import { CONTRACT_STATUSES } from '../../../electron/records/schemas.js';
import { api, errorMessage } from '../api/client.js';
import { Field } from './Field.js';
import { formatDate, parseDisplayDate, statusLabel, todayDisplay } from './format.js';

export function StatusPanel({ view, onChanged }: { view: ContractView; onChanged(): void }) {
  const { contract } = view;
  const rank = CONTRACT_STATUSES.indexOf(contract.status);
  const next = CONTRACT_STATUSES[rank + 1];
  const previous = rank > 0 ? CONTRACT_STATUSES[rank - 1] : undefined;
  const [date, setDate] = useState(todayDisplay());
  const [error, setError] = useState<string>();

  const change = async (status: (typeof CONTRACT_STATUSES)[number], withDate: boolean) => {
    const iso = withDate ? parseDisplayDate(date) : undefined;
    if (withDate && !iso) return setError('Ngày phải có dạng dd/mm/yyyy và là một ngày có thật.');
    try {
      await api.call('contracts.setStatus', { id: contract.id, status, date: iso });
      setError(undefined);
      onChanged();
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  return (
    <section className="rec-panel" aria-label="Trạng thái hợp đồng">
      <h2>Trạng thái</h2>
      <ol className="rec-steps">
        {CONTRACT_STATUSES.map((s, i) => {
          const on = s === 'draft' ? contract.date : contract.statusDates?.[s];
          return <li key={s} className={i <= rank ? 'done' : ''}>{statusLabel(s)}{i <= rank && on ? ` (${formatDate(on)})` : ''}</li>;
        })}
      </ol>
      {next && (
        <div className="rec-row">
          <Field label={`Ngày "${statusLabel(next)}"`} value={date} onChange={setDate} placeholder="dd/mm/yyyy" />
          <button type="button" className="primary" onClick={() => void change(next, true)}>Chuyển sang “{statusLabel(next)}”</button>
        </div>
      )}
      {previous && <button type="button" onClick={() => void change(previous, false)}>Trở về “{statusLabel(previous)}”</button>}
      {error && <p className="rec-error" role="alert">{error}</p>}
    </section>
  );
}
