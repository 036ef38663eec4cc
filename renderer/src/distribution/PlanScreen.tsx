// The plan 120/KH-STP: the five activities against their targets, the
// events held, and the allocation plan (copies planned per unit and
// publication) with what has been handed out.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EVENT_ACTIVITIES, type EventActivity } from '../../../contract/record-schemas.js';
import { api, errorMessage } from '../api/client.js';
import { ConfirmButton } from '../ConfirmButton.js';
import { Field } from '../records/Field.js';
import { formatDate, formatInteger, parseDisplayDate, parseWhole, todayDisplay } from '../records/format.js';
import { useLoad } from '../records/useLoad.js';
import type { distribution as vi } from '../i18n/vi/distribution.js';

/** A bar with its percentage in words beside it, for screen readers too. */
export function Progress({ done, of }: { done: number; of: number }) {
  const pct = of > 0 ? Math.round((done / of) * 100) : 0;
  return (
    <span>
      <span className="dist-progress" role="img" aria-label={`${pct}%`}><span style={{ width: `${Math.min(100, pct)}%` }} /></span>
      {pct}%
    </span>
  );
}

/** The plan's activities as it numbers them (1–5): the keys of their names. */
type ActivityNo = keyof typeof vi.plan.activityName;

export function PlanScreen() {
  const { t } = useTranslation('distribution');
  const plan = useLoad(() => api.call('plan.get', {}), []);
  const units = useLoad(() => api.call('units.list', {}), []);
  const catalogue = useLoad(() => api.call('records.catalogue', {}), []);
  const [error, setError] = useState<string>();
  const [allocation, setAllocation] = useState({ unitId: '', publicationId: '', quantity: '' });
  const [event, setEvent] = useState({ activity: 'training' as EventActivity, date: todayDisplay(), place: '', unitId: '', participants: '' });
  const run = (work: Promise<unknown>) => work.then(() => { setError(undefined); plan.reload(); }, (e) => setError(errorMessage(e)));
  const openUnits = (units.value ?? []).filter((u) => !u.retiredOn);

  return (
    <div className="records-page">
      <h1>{t('plan.title')}</h1>
      <p className="muted">{t('plan.name')}</p>
      {(error ?? plan.error) && <p className="rec-error" role="alert">{error ?? plan.error}</p>}

      <section className="rec-panel" aria-label={t('plan.activities')}>
        <h2>{t('plan.activitiesHeading')}</h2>
        <table className="rec-table" aria-label={t('plan.activitiesTable')}>
          <thead><tr><th>{t('plan.activity')}</th><th className="num">{t('plan.targetColumn')}</th><th className="num">{t('plan.held')}</th><th>{t('field.progress')}</th><th className="num">{t('field.participants')}</th><th className="num">{t('plan.copiesAtEvents')}</th></tr></thead>
          <tbody>
            {(plan.value?.activities ?? []).flatMap((a) => {
              const name = t(`plan.activityName.${String(a.no) as ActivityNo}`);
              return a.targets.length === 0
                ? [<tr key={a.no}><td>{a.no}. {name}</td><td colSpan={5} className="muted">{t('plan.byAllocation')}</td></tr>]
                : a.targets.map((g) => (
                  <tr key={g.activity}>
                    <td>{a.no}. {a.targets.length > 1 ? `${name}: ${t(`plan.targetLabel.${g.activity}`).toLocaleLowerCase()}` : name}</td>
                    <td className="num">{t(`plan.target.${g.activity}`, { count: g.target })}</td><td className="num">{formatInteger(g.held)}</td><td><Progress done={g.held} of={g.target} /></td>
                    <td className="num">{formatInteger(g.participants)}</td><td className="num">{formatInteger(g.copies)}</td>
                  </tr>
                ));
            })}
          </tbody>
        </table>
        <form className="rec-row" aria-label={t('plan.recordEvent')} onSubmit={(e) => {
          e.preventDefault();
          const date = parseDisplayDate(event.date);
          if (!date) return setError(t('plan.eventDateWrong'));
          void run(api.call('events.save', { event: { activity: event.activity, date, place: event.place, unitId: event.unitId, participants: parseWhole(event.participants) } }));
        }}>
          <label className="rec-field"><span>{t('plan.activity')}</span>
            <select value={event.activity} onChange={(e) => setEvent({ ...event, activity: e.target.value as EventActivity })}>
              {EVENT_ACTIVITIES.map((a) => <option key={a} value={a}>{t(`activity.${a}`)}</option>)}
            </select>
          </label>
          <Field label={t('plan.eventDate')} value={event.date} onChange={(date) => setEvent({ ...event, date })} />
          <Field label={t('plan.place')} value={event.place} onChange={(place) => setEvent({ ...event, place })} />
          <label className="rec-field"><span>{t('field.unit')}</span>
            <select value={event.unitId} onChange={(e) => setEvent({ ...event, unitId: e.target.value })}>
              <option value="">{t('noChoice')}</option>
              {openUnits.map((u) => <option key={u.id} value={u.id}>{u.name}</option>)}
            </select>
          </label>
          <Field label={t('plan.participantCount')} value={event.participants} onChange={(participants) => setEvent({ ...event, participants })} inputMode="numeric" />
          <button type="submit" className="primary">{t('plan.recordEvent')}</button>
        </form>
        <table className="rec-table" aria-label={t('plan.eventsTable')}>
          <thead><tr><th>{t('field.date')}</th><th>{t('plan.activity')}</th><th>{t('plan.place')}</th><th>{t('field.unit')}</th><th className="num">{t('field.participants')}</th><th className="num">{t('plan.copiesColumn')}</th><th /></tr></thead>
          <tbody>
            {(plan.value?.events ?? []).map((ev) => (
              <tr key={ev.id}>
                <td>{formatDate(ev.date)}</td><td>{t(`activity.${ev.activity}`)}</td><td>{ev.place ?? ''}</td><td>{ev.unitName ?? ''}</td>
                <td className="num">{ev.participants === undefined ? '' : formatInteger(ev.participants)}</td><td className="num">{formatInteger(ev.copies)}</td>
                <td><ConfirmButton label={t('plan.deleteEvent', { date: formatDate(ev.date) })} question={t('plan.deleteEventQuestion')} onConfirm={() => void run(api.call('events.delete', { id: ev.id }))}>{t('delete')}</ConfirmButton></td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section className="rec-panel" aria-label={t('plan.allocations')}>
        <h2>{t('plan.allocations')}</h2>
        <form className="rec-row" aria-label={t('plan.setAllocation')} onSubmit={(e) => {
          e.preventDefault();
          void run(api.call('allocations.save', { allocation: { ...allocation, quantity: parseWhole(allocation.quantity) ?? allocation.quantity } }));
        }}>
          <label className="rec-field"><span>{t('field.unit')}</span>
            <select value={allocation.unitId} onChange={(e) => setAllocation({ ...allocation, unitId: e.target.value })}>
              <option value="">{t('choose')}</option>
              {openUnits.map((u) => <option key={u.id} value={u.id}>{u.name}</option>)}
            </select>
          </label>
          <label className="rec-field"><span>{t('field.publication')}</span>
            <select value={allocation.publicationId} onChange={(e) => setAllocation({ ...allocation, publicationId: e.target.value })}>
              <option value="">{t('choose')}</option>
              {(catalogue.value?.publications ?? []).map((p) => <option key={p.id} value={p.id}>{p.title}</option>)}
            </select>
          </label>
          <Field label={t('plan.plannedQuantity')} value={allocation.quantity} onChange={(quantity) => setAllocation({ ...allocation, quantity })} inputMode="numeric" />
          <button type="submit" className="primary">{t('plan.saveAllocation')}</button>
        </form>
        <table className="rec-table" aria-label={t('plan.allocationsTable')}>
          <thead><tr><th>{t('field.unit')}</th><th>{t('field.publication')}</th><th className="num">{t('plan.planned')}</th><th className="num">{t('plan.handedOut')}</th><th>{t('field.progress')}</th><th /></tr></thead>
          <tbody>
            {(plan.value?.allocations ?? []).map((a) => (
              <tr key={a.id}>
                <td>{a.unitName}</td><td>{a.title}</td><td className="num">{formatInteger(a.quantity)}</td><td className="num">{formatInteger(a.handedOut)}</td>
                <td><Progress done={a.handedOut} of={a.quantity} /></td>
                <td><ConfirmButton label={t('plan.deleteAllocation', { title: a.title, unit: a.unitName })} question={t('plan.deleteAllocationQuestion')} onConfirm={() => void run(api.call('allocations.delete', { id: a.id }))}>{t('delete')}</ConfirmButton></td>
              </tr>
            ))}
            {plan.value?.allocations.length === 0 && <tr><td colSpan={6} className="muted">{t('plan.noAllocations')}</td></tr>}
          </tbody>
        </table>
      </section>
    </div>
  );
}
