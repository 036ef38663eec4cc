// Screen #/library: the whole content library to browse and search, and the
// laws it cites with their status (which preflight checks citations against).
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LAW_STATUSES, type Law, type LawStatus } from '../../../contract/library.js';
import { api, errorMessage } from '../api/client.js';
import { formatDate } from '../records/format.js';
import { LibrarySearch } from './LibrarySearch.js';
import './library.css';

export function LibraryScreen() {
  const { t } = useTranslation('library');
  const [laws, setLaws] = useState<Law[]>([]);
  const [message, setMessage] = useState('');
  useEffect(() => {
    api.call('library.catalogue', {}).then((c) => setLaws(c.laws)).catch((e) => setMessage(errorMessage(e)));
  }, []);

  const setStatus = async (law: Law, status: LawStatus) => {
    try {
      const saved = await api.call('laws.save', { law: { ...law, status } });
      setLaws(laws.map((l) => (l.id === saved.id ? saved : l)));
      setMessage(t('screen.lawSaved', { title: saved.title, number: saved.number, status: t(`lawStatus.${status}`) }));
    } catch (e) {
      setMessage(t('screen.lawNotSaved', { reason: errorMessage(e) }));
    }
  };

  return (
    <div className="library-screen">
      <div className="toolbar">
        <a href="#/">{t('screen.back')}</a>
        <h1>{t('screen.title')}</h1>
      </div>
      <p className="hint">{t('screen.intro')}</p>
      <LibrarySearch />
      <section aria-label={t('screen.laws')}>
        <h2>{t('screen.laws')}</h2>
        {message && <p className="message" role="status">{message}</p>}
        <table className="laws">
          <thead><tr><th>{t('screen.lawNumber')}</th><th>{t('screen.lawTitle')}</th><th>{t('screen.effective')}</th><th>{t('screen.status')}</th></tr></thead>
          <tbody>
            {laws.map((law) => (
              <tr key={law.id}>
                <td>{law.number}</td>
                <td>{law.title}{law.note && <div className="muted small">{law.note}</div>}</td>
                <td>{law.effective ? formatDate(law.effective) : t('screen.noDate')}</td>
                <td>
                  <select aria-label={t('screen.statusOf', { number: law.number })} value={law.status} onChange={(e) => void setStatus(law, e.target.value as LawStatus)}>
                    {LAW_STATUSES.map((s) => <option key={s} value={s}>{t(`lawStatus.${s}`)}</option>)}
                  </select>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="hint">{t('screen.lawsHint')}</p>
      </section>
    </div>
  );
}
