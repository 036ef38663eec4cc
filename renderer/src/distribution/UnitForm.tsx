// Adding a unit: its name and level; a body (UBND xã, công an xã, …) or a
// branch goes under a xã or phường, and a body says what it is. Also the
// 2025 preset (once the list has units; the empty screen offers it itself)
// and the CSV import.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UnitView } from '../../../contract/distribution.js';
import { BODY_TYPES, UNIT_KINDS, type BodyType, type UnitKind } from '../../../contract/record-schemas.js';
import { api } from '../api/client.js';
import { Field } from '../records/Field.js';
import { formatInteger } from '../records/format.js';

/** Kinds that sit under a xã or phường. */
const UNDER_COMMUNE = new Set<UnitKind>(['body', 'branch']);

interface Props {
  units: UnitView[];
  /** Runs a change and shows its message (or its error). */
  act(work: () => Promise<string>): Promise<void>;
  onPreset?: () => Promise<void>;
}

export function UnitForm({ units, act, onPreset }: Props) {
  const { t } = useTranslation('distribution');
  const [name, setName] = useState('');
  const [kind, setKind] = useState<UnitKind | ''>('');
  const [bodyType, setBodyType] = useState<BodyType | ''>('');
  const [parentId, setParentId] = useState('');
  const underCommune = kind !== '' && UNDER_COMMUNE.has(kind);
  const parents = units.filter((u) => !u.retiredOn && (underCommune ? u.kind === 'commune' || u.kind === 'ward' : !(u.kind && UNDER_COMMUNE.has(u.kind))));
  const importCsv = (file: File) => act(async () => {
    const { added, updated } = await api.call('units.importCsv', { text: await file.text(), fileName: file.name });
    return t('units.imported', { file: file.name, added: formatInteger(added), updated: formatInteger(updated) });
  });

  return (
    <form className="rec-form" aria-label={t('units.addForm')} onSubmit={(e) => {
      e.preventDefault();
      void act(async () => {
        const unit = { name, parentId: parentId || null, ...(kind ? { kind } : {}), ...(kind === 'body' && bodyType ? { bodyType } : {}) };
        await api.call('units.save', { unit });
        setName('');
        return t('units.added', { name });
      });
    }}>
      <div className="rec-row">
        <Field label={t('units.name')} value={name} onChange={setName} />
        <label className="rec-field"><span>{t('units.kind')}</span>
          <select value={kind} onChange={(e) => { setKind(e.target.value as UnitKind | ''); setParentId(''); }}>
            <option value="">{t('noChoice')}</option>
            {UNIT_KINDS.map((k) => <option key={k} value={k}>{t(`unitKind.${k}`)}</option>)}
          </select>
        </label>
        {kind === 'body' && (
          <label className="rec-field"><span>{t('units.bodyType')}</span>
            <select value={bodyType} onChange={(e) => setBodyType(e.target.value as BodyType | '')}>
              <option value="">{t('choose')}</option>
              {BODY_TYPES.map((b) => <option key={b} value={b}>{t(`bodyType.${b}`)}</option>)}
            </select>
          </label>
        )}
        <label className="rec-field"><span>{underCommune ? t('units.parentCommune') : t('units.parent')}</span>
          <select value={parentId} onChange={(e) => setParentId(e.target.value)}>
            <option value="">{underCommune ? t('choose') : t('units.noParent')}</option>
            {parents.map((u) => <option key={u.id} value={u.id}>{u.name}</option>)}
          </select>
        </label>
        <button type="submit" className="primary">{t('units.add')}</button>
      </div>
      <div className="rec-row">
        {onPreset && <button type="button" onClick={() => void onPreset()}>{t('units.addPreset')}</button>}
        <label className="rec-field"><span>{t('units.importCsv')}</span>
          <input type="file" accept=".csv,text/csv" onChange={(e) => { const f = e.target.files?.[0]; if (f) void importCsv(f); e.target.value = ''; }} />
        </label>
      </div>
    </form>
  );
}
