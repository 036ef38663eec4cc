// Distributions (cấp phát): a form to record or correct one (refused, with
// the publication, the date and the shortfall named, when stock would go
// below zero), the list, and the handover record for the ones ticked.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DistributionView } from '../../../contract/distribution.js';
import { OCCASIONS } from '../../../contract/record-schemas.js';
import { api, ApiCallError, errorMessage } from '../api/client.js';
import { base64ToBytes, downloadBytes } from '../bytes.js';
import { ConfirmButton } from '../ConfirmButton.js';
import { Field } from '../records/Field.js';
import { formatDate, formatInteger, parseDisplayDate, parseWhole, todayDisplay } from '../records/format.js';
import { useLoad } from '../records/useLoad.js';

interface Form {
  id?: string;
  date: string;
  unitId: string;
  publicationId: string;
  quantity: string;
  recipient: string;
  occasion: string;
  eventId: string;
  handoverNumber: string;
}

const EMPTY: Form = { date: todayDisplay(), unitId: '', publicationId: '', quantity: '', recipient: '', occasion: '', eventId: '', handoverNumber: '' };

export function DistributionsScreen() {
  const { t } = useTranslation('distribution');
  const list = useLoad(() => api.call('distributions.list', {}), []);
  const units = useLoad(() => api.call('units.list', {}), []);
  const stock = useLoad(() => api.call('stock.list', {}), []);
  const events = useLoad(() => api.call('events.list', {}), []);
  const [form, setForm] = useState<Form>(EMPTY);
  const [error, setError] = useState<{ field?: string; message: string }>();
  const [saved, setSaved] = useState<string>();
  const [ticked, setTicked] = useState<Set<string>>(new Set());
  /** The handover record's own number; empty: the number its distributions share, or a blank to fill by hand. */
  const [handoverNumber, setHandoverNumber] = useState('');
  const set = (key: keyof Form) => (value: string) => setForm((f) => ({ ...f, [key]: value }));
  const fieldError = (name: string) => (error?.field === name ? error.message : undefined);

  const open = (units.value ?? []).filter((u) => !u.retiredOn || u.id === form.unitId);
  const reload = () => { list.reload(); stock.reload(); units.reload(); events.reload(); };
  /** "Tập huấn 05/10/2022, Huyện Văn Lãng": the plan event a distribution belongs to, its activity as its plan names it. */
  const eventLabel = (eventId: string | undefined) => {
    const ev = eventId ? events.value?.find((e) => e.id === eventId) : undefined;
    if (!ev) return undefined;
    const named = { activity: ev.activityName, date: formatDate(ev.date) };
    const where = ev.place ?? ev.unitName;
    return where ? t('distributions.eventAt', { ...named, where }) : t('distributions.eventOn', named);
  };

  const save = async () => {
    const date = parseDisplayDate(form.date);
    if (!date) return setError({ field: 'date', message: t('distributions.dateWrong') });
    try {
      const { date: _shown, quantity, ...rest } = form;
      await api.call('distributions.save', { distribution: { ...rest, date, quantity: parseWhole(quantity) ?? quantity } });
      setError(undefined);
      setSaved(form.id ? t('distributions.corrected') : t('distributions.saved'));
      setForm({ ...EMPTY, date: form.date, unitId: form.unitId, occasion: form.occasion, eventId: form.eventId });
      reload();
    } catch (e) {
      setSaved(undefined);
      setError({ field: e instanceof ApiCallError ? e.field : undefined, message: e instanceof ApiCallError ? e.reason : errorMessage(e) });
    }
  };

  const edit = (x: DistributionView) => setForm({
    id: x.id, date: formatDate(x.date), unitId: x.unitId, publicationId: x.publicationId, quantity: String(x.quantity),
    recipient: x.recipient ?? '', occasion: x.occasion ?? '', eventId: x.eventId ?? '', handoverNumber: x.handoverNumber ?? '',
  });

  const handover = async (format: 'docx' | 'pdf') => {
    try {
      const doc = await api.call('papers.handover', { distributionIds: [...ticked], format, number: handoverNumber });
      downloadBytes(base64ToBytes(doc.base64), doc.fileName, doc.mimeType);
    } catch (e) {
      setError({ message: errorMessage(e) });
    }
  };

  return (
    <div className="records-page">
      <h1>{t('distributions.title')}</h1>
      <form className="rec-form" aria-label={form.id ? t('distributions.editForm') : t('distributions.record')} onSubmit={(e) => { e.preventDefault(); void save(); }}>
        <div className="rec-grid">
          <Field label={t('distributions.date')} value={form.date} onChange={set('date')} placeholder={t('datePattern')} error={fieldError('date')} />
          <label className="rec-field"><span>{t('distributions.unit')}</span>
            <select value={form.unitId} onChange={(e) => set('unitId')(e.target.value)} aria-invalid={fieldError('unitId') ? true : undefined}>
              <option value="">{t('distributions.chooseUnit')}</option>
              {open.map((u) => <option key={u.id} value={u.id}>{u.name}</option>)}
            </select>
            {fieldError('unitId') && <span className="rec-error" role="alert">{fieldError('unitId')}</span>}
          </label>
          <label className="rec-field"><span>{t('field.publication')}</span>
            <select value={form.publicationId} onChange={(e) => set('publicationId')(e.target.value)}>
              <option value="">{t('distributions.choosePublication')}</option>
              {(stock.value ?? []).map((s) => <option key={s.publicationId} value={s.publicationId}>{t('distributions.inStock', { title: s.title, balance: formatInteger(s.balance) })}</option>)}
            </select>
          </label>
          <Field label={t('field.quantity')} value={form.quantity} onChange={set('quantity')} inputMode="numeric" error={fieldError('quantity')} />
          <Field label={t('field.recipient')} value={form.recipient} onChange={set('recipient')} hint={t('distributions.recipientHint')} />
          <label className="rec-field"><span>{t('distributions.occasion')}</span>
            <select value={form.occasion} onChange={(e) => set('occasion')(e.target.value)}>
              <option value="">{t('noChoice')}</option>
              {OCCASIONS.map((o) => <option key={o} value={o}>{t(`occasion.${o}`)}</option>)}
            </select>
          </label>
          <label className="rec-field"><span>{t('distributions.event')}</span>
            <select value={form.eventId} onChange={(e) => set('eventId')(e.target.value)}>
              <option value="">{t('distributions.noEvent')}</option>
              {/* Events of open plans; a closed plan's event stays shown on a distribution that names it. */}
              {(events.value ?? []).filter((ev) => ev.planStatus === 'open' || ev.id === form.eventId).map((ev) => (
                <option key={ev.id} value={ev.id}>{ev.planNumber} · {formatDate(ev.date)} · {ev.activityName}{ev.place ?? ev.unitName ? ` · ${ev.place ?? ev.unitName}` : ''}</option>
              ))}
            </select>
          </label>
          <Field label={t('distributions.handoverNumber')} value={form.handoverNumber} onChange={set('handoverNumber')} />
        </div>
        <div className="rec-row">
          <button type="submit" className="primary">{form.id ? t('distributions.saveChanges') : t('distributions.record')}</button>
          {form.id && <button type="button" onClick={() => setForm(EMPTY)}>{t('distributions.stopEditing')}</button>}
        </div>
        {error && !['date', 'quantity', 'unitId'].includes(error.field ?? '') && <p className="rec-error" role="alert">{error.message}</p>}
        {saved && <p className="rec-ok" role="status">{saved}</p>}
      </form>

      <div className="rec-row">
        <span>{t('distributions.handoverFor', { count: ticked.size })}</span>
        <Field label={t('distributions.handoverPaperNumber')} value={handoverNumber} onChange={setHandoverNumber} hint={t('distributions.handoverPaperNumberHint')} />
        <button type="button" disabled={!ticked.size} onClick={() => void handover('docx')}>{t('distributions.handoverWord')}</button>
        <button type="button" disabled={!ticked.size} onClick={() => void handover('pdf')}>{t('distributions.handoverPdf')}</button>
      </div>
      {list.error && <p className="rec-error" role="alert">{list.error}</p>}
      <table className="rec-table" aria-label={t('distributions.table')}>
        <thead><tr><th>{t('distributions.tick')}</th><th>{t('field.date')}</th><th>{t('field.unit')}</th><th>{t('field.publication')}</th><th className="num">{t('field.quantity')}</th><th>{t('field.recipient')}</th><th>{t('distributions.occasionColumn')}</th><th>{t('distributions.handoverColumn')}</th><th /></tr></thead>
        <tbody>
          {(list.value ?? []).map((x) => (
            <tr key={x.id}>
              <td><input type="checkbox" aria-label={t('distributions.tickOne', { date: formatDate(x.date), unit: x.unitName })} checked={ticked.has(x.id)}
                onChange={(e) => setTicked((t) => { const next = new Set(t); if (e.target.checked) next.add(x.id); else next.delete(x.id); return next; })} /></td>
              <td>{formatDate(x.date)}</td><td>{x.unitName}</td><td>{x.title}</td><td className="num">{formatInteger(x.quantity)}</td>
              <td>{x.recipient ?? ''}</td><td>{eventLabel(x.eventId) ?? x.eventLabel ?? (x.occasion ? t(`occasion.${x.occasion}`) : '')}</td><td>{x.handoverNumber ?? ''}</td>
              <td className="rec-actions">
                <button type="button" onClick={() => edit(x)}>{t('distributions.edit')}</button>
                <ConfirmButton label={t('distributions.deleteOne', { date: formatDate(x.date) })} question={t('distributions.deleteQuestion')}
                  onConfirm={() => void api.call('distributions.delete', { id: x.id }).then(reload, (e) => setError({ message: errorMessage(e) }))}>{t('delete')}</ConfirmButton>
              </td>
            </tr>
          ))}
          {list.value?.length === 0 && <tr><td colSpan={9} className="muted">{t('distributions.empty')}</td></tr>}
        </tbody>
      </table>
    </div>
  );
}
