// The events held under a plan's activities: a form (while the plan is open)
// recording the date, place, unit, the people who came by group and of whom
// women, and a note; the list with the copies handed out at each.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanView } from '../../../contract/plans.js';
import { PARTICIPANT_GROUPS } from '../../../contract/record-schemas.js';
import type { UnitView } from '../../../contract/distribution.js';
import { api } from '../api/client.js';
import { ConfirmButton } from '../ConfirmButton.js';
import { Field } from '../records/Field.js';
import { formatDate, formatInteger, parseDisplayDate, parseWhole, todayDisplay } from '../records/format.js';
import { useFormError } from './useFormError.js';

/** The groups, then women among them: the form's count fields in order. */
const COUNTS = [...PARTICIPANT_GROUPS, 'women'] as const;
type Count = (typeof COUNTS)[number];
type Form = { activityId: string; date: string; place: string; unitId: string; note: string } & Record<Count, string>;

const EMPTY_COUNTS = Object.fromEntries(COUNTS.map((c) => [c, ''])) as Record<Count, string>;
const SHOWN = new Set(['activityId', 'date', 'place', 'unitId', ...COUNTS.map((c) => `participants.${c}`)]);

interface Props {
  view: PlanView;
  units: UnitView[];
  onChange(): void;
}

export function EventsPanel({ view, units, onChange }: Props) {
  const { t } = useTranslation('plans');
  const { plan } = view;
  const activities = plan.activities.filter((a) => !a.media);
  const blank = (): Form => ({ activityId: activities[0]?.id ?? '', date: todayDisplay(), place: '', unitId: '', note: '', ...EMPTY_COUNTS });
  const [form, setForm] = useState<Form>(blank);
  const [saved, setSaved] = useState<string>();
  const { errorFor, general, setError, fail } = useFormError((field) => SHOWN.has(field));
  const set = (key: keyof Form) => (value: string) => setForm((f) => ({ ...f, [key]: value }));
  const open = plan.status === 'open';

  const save = async () => {
    const date = parseDisplayDate(form.date);
    if (!date) return setError({ field: 'date', message: t('dateWrong', { field: t('events.date') }) });
    const participants = Object.fromEntries(COUNTS.map((c) => [c, form[c].trim() === '' ? '' : parseWhole(form[c]) ?? form[c]]));
    try {
      await api.call('events.save', { event: { planId: plan.id, activityId: form.activityId, date, place: form.place, unitId: form.unitId, note: form.note, participants } });
      setError(undefined);
      setSaved(t('events.saved', { date: form.date }));
      setForm({ ...blank(), activityId: form.activityId });
      onChange();
    } catch (e) {
      setSaved(undefined);
      fail(e);
    }
  };

  return (
    <section className="rec-panel" aria-label={t('events.heading')}>
      <h2>{t('events.heading')}</h2>
      {open && activities.length > 0 && (
        <form aria-label={t('events.record')} onSubmit={(e) => { e.preventDefault(); void save(); }}>
          <div className="rec-grid">
            <label className="rec-field"><span>{t('events.activity')}</span>
              <select value={form.activityId} onChange={(e) => set('activityId')(e.target.value)}>
                {activities.map((a) => <option key={a.id} value={a.id}>{a.name}</option>)}
              </select>
            </label>
            <Field label={t('events.date')} placeholder={t('datePattern')} value={form.date} onChange={set('date')} error={errorFor('date')} />
            <Field label={t('events.place')} value={form.place} onChange={set('place')} error={errorFor('place')} />
            <label className="rec-field"><span>{t('events.unit')}</span>
              <select value={form.unitId} onChange={(e) => set('unitId')(e.target.value)}>
                <option value="">{t('noChoice')}</option>
                {units.filter((u) => !u.retiredOn).map((u) => <option key={u.id} value={u.id}>{u.name}</option>)}
              </select>
            </label>
          </div>
          <fieldset className="rec-lines">
            <legend>{t('events.participants')}</legend>
            <div className="rec-grid">
              {COUNTS.map((c) => <Field key={c} label={t(`group.${c}`)} inputMode="numeric" value={form[c]} onChange={set(c)} error={errorFor(`participants.${c}`)} />)}
            </div>
          </fieldset>
          <Field label={t('events.note')} value={form.note} onChange={set('note')} />
          {general && <p className="rec-error" role="alert">{general}</p>}
          {saved && <p className="rec-ok" role="status">{saved}</p>}
          <div className="rec-row"><button type="submit" className="primary">{t('events.record')}</button></div>
        </form>
      )}
      {open && activities.length === 0 && <p className="muted">{t('events.noActivity')}</p>}
      <table className="rec-table" aria-label={t('events.table')}>
        <thead>
          <tr>
            <th>{t('events.date')}</th><th>{t('events.activity')}</th><th>{t('events.place')}</th><th>{t('events.unit')}</th>
            <th className="num">{t('events.all')}</th><th className="num">{t('events.women')}</th><th className="num">{t('events.copies')}</th>{open && <th />}
          </tr>
        </thead>
        <tbody>
          {view.events.map((ev) => (
            <tr key={ev.id}>
              <td>{formatDate(ev.date)}</td><td>{ev.activityName}</td><td>{ev.place ?? ''}</td><td>{ev.unitName ?? ''}</td>
              <td className="num">{formatInteger(ev.participantCount)}</td><td className="num">{formatInteger(ev.participants?.women ?? 0)}</td>
              <td className="num">{formatInteger(ev.copies)}</td>
              {open && <td><ConfirmButton label={t('events.deleteOne', { date: formatDate(ev.date) })} question={t('events.deleteQuestion')}
                onConfirm={() => void api.call('events.delete', { id: ev.id }).then(onChange, fail)}>{t('delete')}</ConfirmButton></td>}
            </tr>
          ))}
          {view.events.length === 0 && <tr><td colSpan={8} className="muted">{t('events.empty')}</td></tr>}
        </tbody>
      </table>
    </section>
  );
}
