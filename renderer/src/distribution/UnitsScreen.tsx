// Administrative units as a tree (province → xã, phường → bodies; the
// retired districts beside it with their history), the copies each
// received, the 2025 preset (explained when the list is empty: since
// 1/7/2025 there are no districts), adding a unit or a body under a xã,
// importing a CSV, and retiring a unit (its history stays; it takes no new
// distributions).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UnitView } from '../../../contract/distribution.js';
import { api, errorMessage } from '../api/client.js';
import { formatDate, formatInteger, parseDisplayDate, todayDisplay } from '../records/format.js';
import { useLoad } from '../records/useLoad.js';
import { UnitForm } from './UnitForm.js';
import { unitTree } from './unit-tree.js';

const SHOW = ['all', 'active', 'retired'] as const;
type Show = (typeof SHOW)[number];
const SHOW_LABELS = { all: 'units.showAll', active: 'units.showActive', retired: 'units.showRetired' } as const;

export function UnitsScreen() {
  const { t } = useTranslation('distribution');
  const units = useLoad(() => api.call('units.list', {}), []);
  const [show, setShow] = useState<Show>('all');
  const [message, setMessage] = useState<{ ok?: string; error?: string }>({});
  const act = async (work: () => Promise<string>) => {
    try {
      setMessage({ ok: await work() });
      units.reload();
    } catch (e) {
      setMessage({ error: errorMessage(e) });
    }
  };
  const addPreset = () => act(async () => {
    const { added, updated, notRetired } = await api.call('units.addPreset', {});
    const done = t('units.presetAdded', { added: formatInteger(added), updated: formatInteger(updated) });
    return notRetired.length ? `${done}\n${t('units.presetNotRetired', { names: notRetired.join(', ') })}` : done;
  });
  const list = units.value ?? [];
  const shown = list.filter((u) => show === 'all' || (show === 'retired') === (u.retiredOn !== undefined));
  const names = new Map(list.map((u) => [u.id, u.name]));
  const kindLabel = (u: UnitView) => (u.bodyType ? t(`bodyType.${u.bodyType}`) : u.kind ? t(`unitKind.${u.kind}`) : '');

  return (
    <div className="records-page">
      <h1>{t('units.title')}</h1>
      {units.error && <p className="rec-error" role="alert">{units.error}</p>}
      {units.value && list.length === 0 && (
        <section className="units-reorganised" aria-labelledby="units-reorganised">
          <h2 id="units-reorganised">{t('units.reorganisedTitle')}</h2>
          <p>{t('units.reorganised')}</p>
          <button type="button" className="primary" onClick={() => void addPreset()}>{t('units.addPreset')}</button>
        </section>
      )}
      <UnitForm units={list} act={act} onPreset={list.length ? addPreset : undefined} />
      {message.ok && <p className="rec-ok" role="status" style={{ whiteSpace: 'pre-line' }}>{message.ok}</p>}
      {message.error && <p className="rec-error" role="alert" style={{ whiteSpace: 'pre-line' }}>{message.error}</p>}
      <label className="rec-field units-show"><span>{t('units.show')}</span>
        <select value={show} onChange={(e) => setShow(e.target.value as Show)}>
          {SHOW.map((s) => <option key={s} value={s}>{t(SHOW_LABELS[s])}</option>)}
        </select>
      </label>
      <table className="rec-table" aria-label={t('units.table')}>
        <thead><tr><th>{t('units.code')}</th><th>{t('units.name')}</th><th>{t('units.kind')}</th><th>{t('units.formerColumn')}</th><th className="num">{t('units.received')}</th><th>{t('units.status')}</th><th /></tr></thead>
        <tbody>
          {unitTree(shown).map(({ unit: u, depth }) => (
            <tr key={u.id} className={u.retiredOn ? 'dist-retired' : undefined} data-depth={depth}>
              <td>{u.id}</td><td style={{ paddingLeft: `${0.5 + depth * 1.5}rem` }}>{u.name}</td><td>{kindLabel(u)}</td>
              <td>{u.formerUnitId ? names.get(u.formerUnitId) ?? u.formerUnitId : ''}</td>
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
          {shown.length === 0 && <tr><td colSpan={7} className="muted">{list.length ? t('units.noneShown') : t('units.empty')}</td></tr>}
        </tbody>
      </table>
    </div>
  );
}
