// Adding or editing one cited act: its number, title, type, dates and status,
// and for an amended, replaced or repealed act the act that did it, from when
// and what it changed. Dates are typed dd/mm/yyyy and stored ISO; the
// service checks the whole act and names the field it refuses.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LAW_STATUSES, LAW_TYPES, type Law, type LawStatus, type LawType } from '../../../contract/library.js';
import { formatDate, parseDisplayDate } from '../../../contract/dates.js';
import { api, ApiCallError, errorMessage } from '../api/client.js';
import { TextField } from '../editor/TextField.js';

const TEXT_FIELDS = ['number', 'title', 'changedBy', 'changes', 'note'] as const;
const DATE_FIELDS = ['issued', 'effective', 'changedOn'] as const;
/** Fields only an act that something changed has. */
const CHANGE_FIELDS: readonly string[] = ['changedBy', 'changedOn', 'changes'];
type Draft = Record<(typeof TEXT_FIELDS)[number] | (typeof DATE_FIELDS)[number], string> & { type: LawType; status: LawStatus };

function draftOf(law: Law | undefined): Draft {
  return {
    number: law?.number ?? '', title: law?.title ?? '', type: law?.type ?? 'law', status: law?.status ?? 'in-force',
    changedBy: law?.changedBy ?? '', changes: law?.changes ?? '', note: law?.note ?? '',
    issued: law?.issued ? formatDate(law.issued) : '', effective: law?.effective ? formatDate(law.effective) : '', changedOn: law?.changedOn ? formatDate(law.changedOn) : '',
  };
}

interface Props {
  /** Absent for a new act. */
  law?: Law;
  /** Who makes the change (kept in the act's history). */
  by: string;
  onSaved(law: Law): void;
  onCancel(): void;
}

export function LawForm({ law, by, onSaved, onCancel }: Props) {
  const { t } = useTranslation('library');
  const [draft, setDraft] = useState<Draft>(() => draftOf(law));
  const [error, setError] = useState<{ field?: string; message: string }>();
  const changed = draft.status !== 'in-force';
  const set = (key: keyof Draft) => (value: string) => setDraft({ ...draft, [key]: value });

  const save = async (e: FormEvent) => {
    e.preventDefault();
    const record: Record<string, string> = { ...(law && { id: law.id }), type: draft.type, status: draft.status };
    for (const key of TEXT_FIELDS) record[key] = draft[key];
    for (const key of DATE_FIELDS) {
      const text = draft[key].trim();
      const iso = text ? parseDisplayDate(text) : '';
      if (iso === undefined) return setError({ field: key, message: t('lawForm.badDate', { field: t(`lawForm.${key}`) }) });
      record[key] = iso;
    }
    // An act in force and unchanged names no acting act: what was typed for one is not sent.
    if (!changed) for (const key of CHANGE_FIELDS) record[key] = '';
    try {
      onSaved(await api.call('laws.save', { law: record, by }));
    } catch (err) {
      setError({ field: err instanceof ApiCallError ? err.field : undefined, message: errorMessage(err) });
    }
  };
  const text = (key: (typeof TEXT_FIELDS)[number] | (typeof DATE_FIELDS)[number], multiline = false) => (
    <TextField label={t(`lawForm.${key}`)} value={draft[key]} onValue={set(key)} invalid={error?.field === key} multiline={multiline} rows={2} />
  );

  return (
    <form className="law-form" aria-label={law ? t('lawForm.titleEdit', { number: law.number }) : t('lawForm.titleNew')} onSubmit={(e) => void save(e)}>
      <h3>{law ? t('lawForm.titleEdit', { number: law.number }) : t('lawForm.titleNew')}</h3>
      {text('number')}
      {text('title')}
      <label className="field">
        <span>{t('lawForm.type')}</span>
        <select value={draft.type} onChange={(e) => set('type')(e.target.value)}>
          {LAW_TYPES.map((type) => <option key={type} value={type}>{t(`lawType.${type}`)}</option>)}
        </select>
      </label>
      {text('issued')}
      {text('effective')}
      <label className="field">
        <span>{t('lawForm.status')}</span>
        <select value={draft.status} aria-invalid={error?.field === 'status' || undefined} onChange={(e) => set('status')(e.target.value)}>
          {LAW_STATUSES.map((status) => <option key={status} value={status}>{t(`lawStatus.${status}`)}</option>)}
        </select>
      </label>
      {changed && text('changedBy')}
      {changed && text('changedOn')}
      {changed && text('changes', true)}
      {text('note', true)}
      {error && <p className="message error" role="alert">{error.message}</p>}
      <div className="field-row">
        <button type="submit" className="primary">{t('lawForm.save')}</button>
        <button type="button" onClick={onCancel}>{t('lawForm.cancel')}</button>
      </div>
    </form>
  );
}
