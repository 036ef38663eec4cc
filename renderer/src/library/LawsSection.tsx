// Thư viện → Văn bản pháp luật: the registry of cited acts the Centre keeps
// up to date — each act's status and, when something changed it, the acting
// act, its date and what it changed; a CSV or JSON list imported at once
// (all or nothing); one act added or edited; each act's history. Preflight
// checks citations against this list (services/library/citations.ts).
import { Fragment, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Law } from '../../../contract/library.js';
import { formatDate } from '../../../contract/dates.js';
import { api, ApiCallError, errorMessage } from '../api/client.js';
import { TextField } from '../editor/TextField.js';
import { FilePicker, type PickedFile } from './FilePicker.js';
import { LawForm } from './LawForm.js';
import { LawHistory } from './LawHistory.js';

export function LawsSection() {
  const { t } = useTranslation('library');
  const [laws, setLaws] = useState<Law[]>([]);
  const [who, setWho] = useState('');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ text: string; failed?: boolean }>();
  const [editing, setEditing] = useState<Law | 'new'>();
  const [historyOf, setHistoryOf] = useState<string>();
  const load = () => api.call('library.catalogue', {}).then((c) => setLaws(c.laws), (e) => setMessage({ text: errorMessage(e), failed: true }));
  useEffect(() => void load(), []);

  const importPicked = async (pick: () => Promise<PickedFile | undefined>) => {
    setBusy(true);
    setMessage(undefined);
    try {
      const file = await pick();
      if (!file) return;
      const result = await api.call('laws.import', { ...file, by: who });
      setLaws(result.laws);
      setHistoryOf(undefined);
      setMessage({ text: t('laws.imported', { file: file.fileName, added: result.added.length, changed: result.changed.length, unchanged: result.unchanged }) });
    } catch (e) {
      // The reason names the row; the field (a CSV column, or laws[2].status in JSON) is said here.
      const where = e instanceof ApiCallError && e.field ? t('laws.importFailedAt', { file: e.file ?? '', field: e.field, reason: errorMessage(e) }) : undefined;
      setMessage({ text: where ?? t('laws.importFailed', { reason: errorMessage(e) }), failed: true });
    } finally {
      setBusy(false);
    }
  };
  const saved = (law: Law) => {
    setEditing(undefined);
    setHistoryOf(undefined);
    setMessage({ text: t('laws.saved', { title: law.title, number: law.number }) });
    void load();
  };

  return (
    <section className="laws-section" aria-labelledby="laws-title">
      <h2 id="laws-title">{t('laws.title')}</h2>
      <p className="hint">{t('laws.intro')}</p>
      <div className="field-row">
        <TextField label={t('laws.who')} hint={t('laws.whoHint')} value={who} onValue={setWho} />
        <FilePicker purpose="laws" accept=".csv,.json" disabled={busy} onPick={(pick) => void importPicked(pick)}>{t('laws.import')}</FilePicker>
        <button type="button" onClick={() => setEditing('new')}>{t('laws.add')}</button>
      </div>
      <p className="hint">{t('laws.importHint')}</p>
      {busy && <p role="status">{t('laws.importing')}</p>}
      {message && <p className={`message${message.failed ? ' error' : ''}`} role={message.failed ? 'alert' : 'status'}>{message.text}</p>}
      {editing && <LawForm key={editing === 'new' ? 'new' : editing.id} law={editing === 'new' ? undefined : editing} by={who} onSaved={saved} onCancel={() => setEditing(undefined)} />}
      <table className="laws">
        <thead><tr><th>{t('laws.number')}</th><th>{t('laws.name')}</th><th>{t('laws.dates')}</th><th>{t('laws.status')}</th><th>{t('laws.actions')}</th></tr></thead>
        <tbody>
          {laws.map((law) => (
            <Fragment key={law.id}>
              <tr data-law={law.number}>
                <td>{law.number}</td>
                <td>{law.title}<div className="muted small">{t(`lawType.${law.type}`, { defaultValue: law.type })}{law.note && ` · ${law.note}`}</div></td>
                <td className="small">
                  {law.issued && <div>{t('laws.issuedOn', { date: formatDate(law.issued) })}</div>}
                  {law.effective && <div>{t('laws.effectiveFrom', { date: formatDate(law.effective) })}</div>}
                </td>
                <td>
                  <span className={`law-status ${law.status}`}>{t(`lawStatus.${law.status}`, { defaultValue: law.status })}</span>
                  {law.changedBy && <> {t('laws.changedBy', { number: law.changedBy })}</>}
                  {law.changedOn && <> {t('laws.changedOn', { date: formatDate(law.changedOn) })}</>}
                  {law.changes && <div className="muted small">{law.changes}</div>}
                </td>
                <td className="law-actions">
                  <button type="button" aria-label={t('laws.editNamed', { number: law.number })} onClick={() => setEditing(law)}>{t('laws.edit')}</button>
                  <button type="button" aria-label={t('laws.historyNamed', { number: law.number })} aria-expanded={historyOf === law.id}
                    onClick={() => setHistoryOf(historyOf === law.id ? undefined : law.id)}>{t('laws.history')}</button>
                </td>
              </tr>
              {historyOf === law.id && <tr><td colSpan={5}><LawHistory id={law.id} number={law.number} /></td></tr>}
            </Fragment>
          ))}
        </tbody>
      </table>
    </section>
  );
}
