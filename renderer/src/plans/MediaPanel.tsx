// The news items and reports (tin bài, phóng sự) of a plan's media
// activities: a form while the plan is open, and the list.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanView } from '../../../contract/plans.js';
import { api } from '../api/client.js';
import { ConfirmButton } from '../ConfirmButton.js';
import { Field } from '../records/Field.js';
import { formatDate, parseDisplayDate, todayDisplay } from '../records/format.js';
import { useFormError } from './useFormError.js';

const SHOWN = new Set(['date', 'channel', 'title']);

export function MediaPanel({ view, onChange }: { view: PlanView; onChange(): void }) {
  const { t } = useTranslation('plans');
  const { plan } = view;
  const activities = plan.activities.filter((a) => a.media);
  const blank = () => ({ activityId: activities[0]?.id ?? '', date: todayDisplay(), channel: '', title: '' });
  const [form, setForm] = useState(blank);
  const [saved, setSaved] = useState<string>();
  const { errorFor, general, setError, fail } = useFormError((field) => SHOWN.has(field));
  const set = (key: keyof ReturnType<typeof blank>) => (value: string) => setForm((f) => ({ ...f, [key]: value }));
  const open = plan.status === 'open';

  const save = async () => {
    const date = parseDisplayDate(form.date);
    if (!date) return setError({ field: 'date', message: t('dateWrong', { field: t('media.date') }) });
    try {
      await api.call('media.save', { item: { ...form, planId: plan.id, date } });
      setError(undefined);
      setSaved(t('media.saved', { date: form.date }));
      setForm({ ...blank(), activityId: form.activityId, channel: form.channel });
      onChange();
    } catch (e) {
      setSaved(undefined);
      fail(e);
    }
  };

  return (
    <section className="rec-panel" aria-label={t('media.heading')}>
      <h2>{t('media.heading')}</h2>
      {open && (
        <form aria-label={t('media.record')} onSubmit={(e) => { e.preventDefault(); void save(); }}>
          <div className="rec-grid">
            <label className="rec-field"><span>{t('media.activity')}</span>
              <select value={form.activityId} onChange={(e) => set('activityId')(e.target.value)}>
                {activities.map((a) => <option key={a.id} value={a.id}>{a.name}</option>)}
              </select>
            </label>
            <Field label={t('media.date')} placeholder={t('datePattern')} value={form.date} onChange={set('date')} error={errorFor('date')} />
            <Field label={t('media.channel')} hint={t('media.channelHint')} value={form.channel} onChange={set('channel')} error={errorFor('channel')} />
            <Field label={t('media.itemTitle')} value={form.title} onChange={set('title')} error={errorFor('title')} />
          </div>
          {general && <p className="rec-error" role="alert">{general}</p>}
          {saved && <p className="rec-ok" role="status">{saved}</p>}
          <div className="rec-row"><button type="submit" className="primary">{t('media.record')}</button></div>
        </form>
      )}
      <table className="rec-table" aria-label={t('media.table')}>
        <thead><tr><th>{t('media.date')}</th><th>{t('media.activity')}</th><th>{t('media.channel')}</th><th>{t('media.itemTitle')}</th>{open && <th />}</tr></thead>
        <tbody>
          {view.media.map((m) => (
            <tr key={m.id}>
              <td>{formatDate(m.date)}</td><td>{m.activityName}</td><td>{m.channel}</td><td>{m.title}</td>
              {open && <td><ConfirmButton label={t('media.deleteOne', { date: formatDate(m.date) })} question={t('media.deleteQuestion')}
                onConfirm={() => void api.call('media.delete', { id: m.id }).then(onChange, fail)}>{t('delete')}</ConfirmButton></td>}
            </tr>
          ))}
          {view.media.length === 0 && <tr><td colSpan={5} className="muted">{t('media.empty')}</td></tr>}
        </tbody>
      </table>
    </section>
  );
}
