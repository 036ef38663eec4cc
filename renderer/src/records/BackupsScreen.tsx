// Automatic backups of the records, newest first; restoring one first backs
// up what is there now, so it can be undone from the same list.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, errorMessage } from '../api/client.js';
import { ConfirmButton } from '../ConfirmButton.js';
import { formatDateTime } from '../format.js';
import { formatInteger } from './format.js';
import { useLoad } from './useLoad.js';

export function BackupsScreen() {
  const { t } = useTranslation('records');
  const backups = useLoad(() => api.call('backups.list', {}), []);
  const [message, setMessage] = useState<string>();
  const act = (run: () => Promise<unknown>, done: string) =>
    void run().then(() => { setMessage(done); backups.reload(); }, (e) => setMessage(errorMessage(e)));
  return (
    <div className="records-page">
      <h1>{t('backups.title')}</h1>
      <p className="muted">{t('backups.intro')}</p>
      <button type="button" onClick={() => act(() => api.call('backups.create', {}), t('backups.backedUp'))}>{t('backups.backUpNow')}</button>
      {message && <p role="status">{message}</p>}
      <table className="rec-table" aria-label={t('backups.table')}>
        <thead><tr><th>{t('backups.when')}</th><th>{t('backups.reason')}</th><th className="num">{t('backups.size')}</th><th /></tr></thead>
        <tbody>
          {(backups.value ?? []).map((b) => (
            <tr key={b.id}>
              <td>{formatDateTime(b.createdAt)}</td><td>{t(`backups.reasons.${b.reason}`)}</td><td className="num">{t('backups.kilobytes', { size: formatInteger(Math.max(1, Math.round(b.bytes / 1024))) })}</td>
              <td><ConfirmButton label={t('backups.restoreLabel', { when: formatDateTime(b.createdAt) })} question={t('backups.restoreQuestion')}
                onConfirm={() => act(() => api.call('backups.restore', { id: b.id }), t('backups.restored', { when: formatDateTime(b.createdAt) }))}>{t('backups.restore')}</ConfirmButton></td>
            </tr>
          ))}
          {backups.value?.length === 0 && <tr><td colSpan={4} className="muted">{t('backups.empty')}</td></tr>}
        </tbody>
      </table>
    </div>
  );
}
