// The plans (kế hoạch), newest period first: each with its number, title,
// period, status, progress against its targets and the print contracts
// charged to it; "Tạo kế hoạch mới" and "Sao chép từ kế hoạch năm trước".
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client.js';
import { formatDate, formatInteger } from '../records/format.js';
import { useLoad } from '../records/useLoad.js';
import { CopyPlanForm } from './CopyPlanForm.js';
import { emptyPlan } from './planForm.js';
import { PlanForm } from './PlanForm.js';
import { Progress } from './Progress.js';
import { planHref } from './route.js';

export function PlanList() {
  const { t } = useTranslation('plans');
  const plans = useLoad(() => api.call('plans.list', {}), []);
  const centre = useLoad(() => api.call('settings.get', {}), []);
  const [making, setMaking] = useState<'new' | 'copy'>();
  const open = (id: string) => { window.location.hash = planHref(id); };
  const list = plans.value ?? [];

  return (
    <div className="records-page">
      <div className="rec-row">
        <h1>{t('title')}</h1>
        <button type="button" className="primary" onClick={() => setMaking('new')}>{t('list.create')}</button>
        <button type="button" disabled={list.length === 0} onClick={() => setMaking('copy')}>{t('list.copy')}</button>
      </div>
      {plans.error && <p className="rec-error" role="alert">{plans.error}</p>}
      {making === 'new' && <PlanForm initial={emptyPlan(centre.value?.name ?? '')} onSaved={(p) => open(p.id)} onCancel={() => setMaking(undefined)} />}
      {making === 'copy' && <CopyPlanForm plans={list} onSaved={(p) => open(p.id)} onCancel={() => setMaking(undefined)} />}
      <table className="rec-table" aria-label={t('list.table')}>
        <thead><tr><th>{t('list.number')}</th><th>{t('list.name')}</th><th>{t('list.period')}</th><th>{t('list.status')}</th><th>{t('list.progress')}</th><th className="num">{t('list.spending')}</th></tr></thead>
        <tbody>
          {list.map((p) => (
            <tr key={p.id}>
              <td className="plan-number"><a href={planHref(p.id)}>{p.number}</a></td>
              <td>{p.title}</td>
              <td>{t('list.periodValue', { from: formatDate(p.from), to: formatDate(p.to) })}</td>
              <td><span className={`rec-status plan-status-${p.status}`}>{t(`status.${p.status}`)}</span></td>
              <td>{p.target > 0 && <Progress done={p.done} of={p.target} />}</td>
              <td className="num">{p.funding === undefined
                ? t('list.spendingOnly', { contracted: formatInteger(p.contracted) })
                : t('list.spendingOf', { contracted: formatInteger(p.contracted), funding: formatInteger(p.funding) })}</td>
            </tr>
          ))}
          {plans.value?.length === 0 && <tr><td colSpan={6} className="muted">{t('list.empty')}</td></tr>}
        </tbody>
      </table>
    </div>
  );
}
