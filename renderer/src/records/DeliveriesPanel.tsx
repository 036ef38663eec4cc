// Deliveries (giao hàng) against the contract's lines: what is still open
// per line, a form for a (partial) delivery, and the deliveries so far.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContractView } from '../../../contract/records.js';
import { api, ApiCallError, errorMessage } from '../api/client.js';
import { ConfirmButton } from '../ConfirmButton.js';
import { Field } from './Field.js';
import { formatDate, formatInteger, parseDisplayDate, parseWhole, todayDisplay } from './format.js';

export function DeliveriesPanel({ view, onChanged }: { view: ContractView; onChanged(): void }) {
  const { t } = useTranslation('records');
  const open = view.lines.filter((l) => l.open > 0);
  const [publicationId, setPublicationId] = useState(open[0]?.publicationId ?? '');
  const [date, setDate] = useState(todayDisplay());
  const [quantity, setQuantity] = useState('');
  const [error, setError] = useState<{ field?: string; message: string }>();
  const titles = new Map(view.lines.map((l) => [l.publicationId, l.title]));

  const add = async () => {
    const iso = parseDisplayDate(date);
    if (!iso) return setError({ field: 'date', message: t('deliveries.badDate') });
    try {
      await api.call('deliveries.add', { delivery: { contractId: view.contract.id, publicationId, date: iso, quantity: parseWhole(quantity) ?? quantity } });
      setError(undefined);
      setQuantity('');
      onChanged();
    } catch (e) {
      setError({ field: e instanceof ApiCallError ? e.field : undefined, message: errorMessage(e) });
    }
  };

  return (
    <section className="rec-panel" aria-label={t('deliveries.title')}>
      <h2>{t('deliveries.title')}</h2>
      <table className="rec-table" aria-label={t('deliveries.lines')}>
        <thead><tr><th>{t('deliveries.publication')}</th><th className="num">{t('deliveries.ordered')}</th><th className="num">{t('deliveries.delivered')}</th><th className="num">{t('deliveries.open')}</th></tr></thead>
        <tbody>
          {view.lines.map((l) => (
            <tr key={l.publicationId}><td>{l.title}</td><td className="num">{formatInteger(l.quantity)}</td><td className="num">{formatInteger(l.delivered)}</td><td className="num" data-testid={`open-${l.publicationId}`}>{formatInteger(l.open)}</td></tr>
          ))}
        </tbody>
      </table>
      {view.contract.status === 'draft' ? (
        <p className="muted">{t('deliveries.afterSigning')}</p>
      ) : open.length > 0 && (
        <form className="rec-row" aria-label={t('deliveries.form')} onSubmit={(e) => { e.preventDefault(); void add(); }}>
          <label className="rec-field">
            <span>{t('deliveries.publicationDelivered')}</span>
            <select value={publicationId} onChange={(e) => setPublicationId(e.target.value)}>
              {open.map((l) => <option key={l.publicationId} value={l.publicationId}>{t('deliveries.openOption', { title: l.title, open: formatInteger(l.open) })}</option>)}
            </select>
          </label>
          <Field label={t('deliveries.date')} value={date} onChange={setDate} placeholder={t('datePlaceholder')} error={error?.field === 'date' ? error.message : undefined} />
          <Field label={t('deliveries.quantity')} value={quantity} onChange={setQuantity} inputMode="numeric" error={error?.field === 'quantity' ? error.message : undefined} />
          <button type="submit" className="primary">{t('deliveries.submit')}</button>
        </form>
      )}
      {error && error.field !== 'date' && error.field !== 'quantity' && <p className="rec-error" role="alert">{error.message}</p>}
      {view.deliveries.length > 0 && (
        <table className="rec-table" aria-label={t('deliveries.history')}>
          <thead><tr><th>{t('deliveries.historyDate')}</th><th>{t('deliveries.publication')}</th><th className="num">{t('deliveries.historyQuantity')}</th><th /></tr></thead>
          <tbody>
            {view.deliveries.map((d) => (
              <tr key={d.id}>
                <td>{formatDate(d.date)}</td><td>{titles.get(d.publicationId)}</td><td className="num">{formatInteger(d.quantity)}</td>
                <td><ConfirmButton label={t('deliveries.deleteLabel', { date: formatDate(d.date) })} question={t('deliveries.deleteQuestion')}
                  onConfirm={() => void api.call('deliveries.delete', { id: d.id }).then(onChanged, (e) => setError({ message: errorMessage(e) }))}>{t('delete')}</ConfirmButton></td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
