// Administrative units: the list with the copies each received, adding one,
// the 2022 preset, importing a CSV (the 65 communes since 1/7/2025), and
// retiring a unit (its history stays; it takes no new distributions).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { UNIT_KINDS, type UnitKind } from '../../../contract/record-schemas.js';
import { api, errorMessage } from '../api/client.js';
import { Field } from '../records/Field.js';
import { formatDate, formatInteger, parseDisplayDate, todayDisplay } from '../records/format.js';
import { useLoad } from '../records/useLoad.js';

export function UnitsScreen() {
  const { t } = useTranslation('distribution');
  const units = useLoad(() => api.call('units.list', {}), []);
  const [name, setName] = useState('');
  const [kind, setKind] = useState<UnitKind | ''>('');
  const [parentId, setParentId] = useState('');
  const [message, setMessage] = useState<{ ok?: string; error?: string }>({});
  const act = async (work: () => Promise<string>) => {
    try {
      setMessage({ ok: await work() });
      units.reload();
    } catch (e) {
      setMessage({ error: errorMessage(e) });
    }
  };
  const importCsv = (file: File) => act(async () => {
    const { added, updated } = await api.call('units.importCsv', { text: await file.text(), fileName: file.name });
    return t('units.imported', { file: file.name, added: formatInteger(added), updated: formatInteger(updated) });
  });
  const list = units.value ?? [];

  return (
    <div className="records-page">
      <h1>{t('units.title')}</h1>
      {units.error && <p className="rec-error" role="alert">{units.error}</p>}
      <form className="rec-form" aria-label={t('units.addForm')} onSubmit={(e) => {
        e.preventDefault();
        void act(async () => {
          await api.call('units.save', { unit: { name, ...(kind ? { kind } : {}), parentId: parentId || null } });
          setName('');
          return t('units.added', { name });
        });
      }}>
        <div className="rec-row">
          <Field label={t('units.name')} value={name} onChange={setName} />
          <label className="rec-field"><span>{t('units.kind')}</span>
            <select value={kind} onChange={(e) => setKind(e.target.value as UnitKind | '')}>
              <option value="">{t('noChoice')}</option>
              {UNIT_KINDS.map((k) => <option key={k} value={k}>{t(`unitKind.${k}`)}</option>)}
            </select>
          </label>
          <label className="rec-field"><span>{t('units.parent')}</span>
            <select value={parentId} onChange={(e) => setParentId(e.target.value)}>
              <option value="">{t('units.noParent')}</option>
              {list.map((u) => <option key={u.id} value={u.id}>{u.name}</option>)}
            </select>
          </label>
          <button type="submit" className="primary">{t('units.add')}</button>
        </div>
        <div className="rec-row">
          <button type="button" onClick={() => void act(async () => t('units.presetAdded', { count: (await api.call('units.addPreset', {})).added }))}>
            {t('units.addPreset')}
          </button>
          <label className="rec-field"><span>{t('units.importCsv')}</span>
            <input type="file" accept=".csv,text/csv" onChange={(e) => { const f = e.target.files?.[0]; if (f) void importCsv(f); e.target.value = ''; }} />
          </label>
        </div>
      </form>
      {message.ok && <p className="rec-ok" role="status">{message.ok}</p>}
      {message.error && <p className="rec-error" role="alert" style={{ whiteSpace: 'pre-line' }}>{message.error}</p>}
      <table className="rec-table" aria-label={t('units.table')}>
        <thead><tr><th>{t('units.code')}</th><th>{t('units.name')}</th><th>{t('units.kind')}</th><th>{t('units.parentColumn')}</th><th className="num">{t('units.received')}</th><th>{t('units.status')}</th><th /></tr></thead>
        <tbody>
          {list.map((u) => (
            <tr key={u.id} className={u.retiredOn ? 'dist-retired' : undefined}>
              <td>{u.id}</td><td>{u.name}</td><td>{u.kind ? t(`unitKind.${u.kind}`) : ''}</td><td>{u.parentName ?? ''}</td>
              <td className="num">{formatInteger(u.distributed)}</td>
              <td>{u.retiredOn ? t('units.retiredFrom', { date: formatDate(u.retiredOn) }) : t('units.active')}</td>
              <td>
                {u.retiredOn
                  ? <button type="button" onClick={() => void act(async () => { await api.call('units.reinstate', { id: u.id }); return t('units.reinstated', { name: u.name }); })}>{t('units.reinstate')}</button>
                  : <button type="button" aria-label={t('units.retireNamed', { name: u.name })} onClick={() => void act(async () => {
                      await api.call('units.retire', { id: u.id, date: parseDisplayDate(todayDisplay())! });
                      return t('units.retired', { name: u.name });
                    })}>{t('units.retire')}</button>}
              </td>
            </tr>
          ))}
          {list.length === 0 && <tr><td colSpan={7} className="muted">{t('units.empty')}</td></tr>}
        </tbody>
      </table>
    </div>
  );
}
