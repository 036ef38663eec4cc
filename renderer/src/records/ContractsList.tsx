// Print contracts, newest first, with their status, value and delivery progress.
import { useTranslation } from 'react-i18next';
import { api } from '../api/client.js';
import { formatDate, formatInteger, formatMoney, statusKey } from './format.js';
import { contractHref } from './route.js';
import { useLoad } from './useLoad.js';

export function ContractsList() {
  const { t } = useTranslation('records');
  const contracts = useLoad(() => api.call('contracts.list', {}), []);
  return (
    <div className="records-page">
      <div className="rec-row"><h1>{t('list.title')}</h1><a className="rec-button primary" href={contractHref(null)}>{t('list.create')}</a></div>
      {contracts.error && <p className="rec-error" role="alert">{contracts.error}</p>}
      <table className="rec-table" aria-label={t('list.table')}>
        <thead><tr><th>{t('list.number')}</th><th>{t('list.date')}</th><th>{t('list.printer')}</th><th>{t('list.status')}</th><th className="num">{t('list.value')}</th><th className="num">{t('list.progress')}</th></tr></thead>
        <tbody>
          {(contracts.value ?? []).map((c) => (
            <tr key={c.id}>
              <td><a href={contractHref(c.id)}>{c.number}</a></td>
              <td>{formatDate(c.date)}</td><td>{c.printerName}</td>
              <td><span className={`rec-status rec-status-${c.status}`}>{t(statusKey(c.status))}</span></td>
              <td className="num">{formatMoney(c.total)}</td>
              <td className="num">{formatInteger(c.delivered)} / {formatInteger(c.ordered)}</td>
            </tr>
          ))}
          {contracts.value?.length === 0 && <tr><td colSpan={6} className="muted">{t('list.empty')}</td></tr>}
        </tbody>
      </table>
    </div>
  );
}
