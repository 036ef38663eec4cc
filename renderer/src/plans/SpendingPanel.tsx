// The plan's funding against the print contracts charged to it (value with VAT).
import { useTranslation } from 'react-i18next';
import type { PlanSpending } from '../../../contract/plans.js';
import { formatDate, formatInteger } from '../records/format.js';
import { contractHref } from '../records/route.js';
import { Progress } from './Progress.js';

export function SpendingPanel({ spending }: { spending: PlanSpending }) {
  const { t } = useTranslation('plans');
  const money = (amount: number) => t('spending.money', { amount: formatInteger(amount) });
  return (
    <section className="rec-panel" aria-label={t('spending.heading')}>
      <h2>{t('spending.heading')}</h2>
      <dl className="rec-totals">
        {spending.source && <><dt>{t('spending.source')}</dt><dd>{spending.source}</dd></>}
        <dt>{t('spending.funding')}</dt><dd>{spending.funding === undefined ? <span className="muted">{t('spending.noFunding')}</span> : money(spending.funding)}</dd>
        <dt>{t('spending.contracted')}</dt>
        <dd>{money(spending.contracted)} {spending.funding !== undefined && <Progress done={spending.contracted} of={spending.funding} />}</dd>
        {spending.remaining !== undefined && <><dt>{t('spending.remaining')}</dt><dd className={spending.remaining < 0 ? 'rec-error' : undefined}>{money(spending.remaining)}</dd></>}
      </dl>
      {spending.contracts.length === 0 ? <p className="muted">{t('spending.none')}</p> : (
        <table className="rec-table" aria-label={t('spending.table')}>
          <thead><tr><th>{t('spending.contract')}</th><th>{t('spending.date')}</th><th>{t('spending.printer')}</th><th className="num">{t('spending.value')}</th></tr></thead>
          <tbody>
            {spending.contracts.map((c) => (
              <tr key={c.id}><td><a href={contractHref(c.id)}>{c.number}</a></td><td>{formatDate(c.date)}</td><td>{c.printerName}</td><td className="num">{formatInteger(c.total)}</td></tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
