// Stock per publication: delivered in, handed out, what is left.
import { useTranslation } from 'react-i18next';
import { api } from '../api/client.js';
import { formatInteger, kindKey } from './format.js';
import { useLoad } from './useLoad.js';

export function StockScreen() {
  const { t } = useTranslation('records');
  const stock = useLoad(() => api.call('stock.list', {}), []);
  return (
    <div className="records-page">
      <h1>{t('stock.title')}</h1>
      {stock.error && <p className="rec-error" role="alert">{stock.error}</p>}
      <table className="rec-table" aria-label={t('stock.table')}>
        <thead><tr><th>{t('stock.publication')}</th><th>{t('stock.kind')}</th><th className="num">{t('stock.received')}</th><th className="num">{t('stock.distributed')}</th><th className="num">{t('stock.balance')}</th></tr></thead>
        <tbody>
          {(stock.value ?? []).map((s) => (
            <tr key={s.publicationId}>
              <td>{s.title}</td><td>{t(kindKey(s.kind))}</td>
              <td className="num">{formatInteger(s.delivered)}</td><td className="num">{formatInteger(s.distributed)}</td>
              <td className="num" data-testid={`stock-${s.publicationId}`}><strong>{formatInteger(s.balance)}</strong></td>
            </tr>
          ))}
          {stock.value?.length === 0 && <tr><td colSpan={5} className="muted">{t('stock.empty')}</td></tr>}
        </tbody>
      </table>
    </div>
  );
}
