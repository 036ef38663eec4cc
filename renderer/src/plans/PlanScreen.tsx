// One plan: its number, title, issuer and period; its activities against
// their targets; the events and news items recorded under them; its
// allocations and its funding against the print contracts charged to it.
// Editing, closing, reopening and deleting the plan; its report as Excel,
// Word or PDF.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanReportFormat } from '../../../contract/plans.js';
import { api, errorMessage } from '../api/client.js';
import { base64ToBytes, downloadBytes } from '../bytes.js';
import { ConfirmButton } from '../ConfirmButton.js';
import { formatDate } from '../records/format.js';
import { useLoad } from '../records/useLoad.js';
import { ActivitiesPanel } from './ActivitiesPanel.js';
import { AllocationsPanel } from './AllocationsPanel.js';
import { EventsPanel } from './EventsPanel.js';
import { MediaPanel } from './MediaPanel.js';
import { formFromPlan } from './planForm.js';
import { PlanForm } from './PlanForm.js';
import { PLANS_HREF } from './route.js';
import { SpendingPanel } from './SpendingPanel.js';

const DOWNLOADS = [['xlsx', 'plan.exportXlsx'], ['docx', 'plan.exportDocx'], ['pdf', 'plan.exportPdf']] as const satisfies readonly [PlanReportFormat, string][];

export function PlanScreen({ id }: { id: string }) {
  const { t } = useTranslation('plans');
  const view = useLoad(() => api.call('plans.get', { id }), [id]);
  const units = useLoad(() => api.call('units.list', {}), []);
  const catalogue = useLoad(() => api.call('records.catalogue', {}), []);
  const [editing, setEditing] = useState(false);
  const [error, setError] = useState<string>();
  const run = (work: Promise<unknown>, then = view.reload) => work.then(() => { setError(undefined); then(); }, (e) => setError(errorMessage(e)));
  const download = (format: PlanReportFormat) =>
    run(api.call('plans.export', { id, format }).then((file) => downloadBytes(base64ToBytes(file.base64), file.fileName, file.mimeType)), () => undefined);

  if (!view.value) {
    return <div className="records-page"><a href={PLANS_HREF}>{t('plan.back')}</a>{view.error && <p className="rec-error" role="alert">{view.error}</p>}</div>;
  }
  const { plan } = view.value;
  const open = plan.status === 'open';
  const issued = plan.issuer ? t('plan.issuedBy', { date: formatDate(plan.issuedOn), issuer: plan.issuer }) : t('plan.issued', { date: formatDate(plan.issuedOn) });

  return (
    <div className="records-page">
      <a href={PLANS_HREF}>{t('plan.back')}</a>
      <div className="rec-row">
        <h1>{t('plan.heading', { number: plan.number })}</h1>
        <span className={`rec-status plan-status-${plan.status}`}>{t(`status.${plan.status}`)}</span>
      </div>
      <p className="plan-title">{plan.title}</p>
      <p className="muted">{issued} · {t('plan.period', { from: formatDate(plan.from), to: formatDate(plan.to) })}</p>
      <div className="rec-row">
        {open && <button type="button" onClick={() => setEditing(true)}>{t('plan.edit')}</button>}
        {open
          ? <button type="button" onClick={() => void run(api.call('plans.close', { id }))}>{t('plan.close')}</button>
          : <button type="button" onClick={() => void run(api.call('plans.reopen', { id }))}>{t('plan.reopen')}</button>}
        <ConfirmButton label={t('plan.deletePlan', { number: plan.number })} question={t('plan.deleteQuestion')}
          onConfirm={() => void run(api.call('plans.delete', { id }), () => { window.location.hash = PLANS_HREF; })}>{t('delete')}</ConfirmButton>
        <span role="group" aria-label={t('plan.exports')} className="dist-exports">
          <span>{t('plan.exports')}:</span>
          {DOWNLOADS.map(([format, label]) => <button key={format} type="button" onClick={() => void download(format)}>{t(label)}</button>)}
        </span>
      </div>
      {error && <p className="rec-error" role="alert">{error}</p>}
      {!open && <p className="muted">{t('plan.closedNote')}</p>}
      {editing && <PlanForm initial={formFromPlan(plan)} onSaved={() => { setEditing(false); view.reload(); }} onCancel={() => setEditing(false)} />}
      <ActivitiesPanel activities={view.value.activities} />
      <EventsPanel view={view.value} units={units.value ?? []} onChange={view.reload} />
      {plan.activities.some((a) => a.media) && <MediaPanel view={view.value} onChange={view.reload} />}
      <AllocationsPanel view={view.value} units={units.value ?? []} publications={catalogue.value?.publications ?? []} onChange={view.reload} />
      <SpendingPanel spending={view.value.spending} />
    </div>
  );
}
