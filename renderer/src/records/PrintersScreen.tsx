// Cơ sở in (Bên B of the contracts). Bên A, the Centre itself, is edited in
// Cài đặt only (docs/settings.md); this screen links there.
import { useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import type { Printer } from '../../../contract/record-schemas.js';
import { api, ApiCallError, errorMessage } from '../api/client.js';
import { ConfirmButton } from '../ConfirmButton.js';
import { SETTINGS_HREF } from '../settings/SettingsScreen.js';
import { Field } from './Field.js';
import { useLoad } from './useLoad.js';

type Form = Record<string, string>;

// The fields in form order; each is labelled by `printerField.<key>` in the "records" strings.
const PRINTER_FIELDS = ['name', 'taxCode', 'address', 'phone', 'representative', 'position', 'bankAccount', 'bankName'] as const satisfies readonly (keyof Printer)[];

const toForm = (record: object): Form => Object.fromEntries(Object.entries(record).map(([k, v]) => [k, v == null ? '' : String(v)]));

export function PrintersScreen() {
  const { t } = useTranslation('records');
  const printers = useLoad(() => api.call('printers.list', {}), []);
  const [editing, setEditing] = useState<Form>({});
  return (
    <div className="records-page">
      <h1>{t('printers.title')}</h1>
      <p className="muted" data-testid="centre-line"><Trans t={t} i18nKey="printers.centreLine" components={{ settings: <a href={SETTINGS_HREF} /> }} /></p>
      {printers.error && <p className="rec-error" role="alert">{printers.error}</p>}
      <table className="rec-table" aria-label={t('printers.table')}>
        <thead><tr><th>{t('printers.name')}</th><th>{t('printers.taxCode')}</th><th>{t('printers.representative')}</th><th /></tr></thead>
        <tbody>
          {(printers.value ?? []).map((p) => (
            <tr key={p.id}>
              <td>{p.name}</td><td>{p.taxCode}</td><td>{p.representative}</td>
              <td className="rec-actions">
                <button type="button" onClick={() => setEditing(toForm(p))}>{t('printers.edit')}</button>
                <ConfirmButton label={t('printers.deleteLabel', { name: p.name })} question={t('printers.deleteQuestion')}
                  onConfirm={() => void api.call('printers.delete', { id: p.id }).then(printers.reload, (e) => alert(errorMessage(e)))}>{t('delete')}</ConfirmButton>
              </td>
            </tr>
          ))}
          {printers.value?.length === 0 && <tr><td colSpan={4} className="muted">{t('printers.empty')}</td></tr>}
        </tbody>
      </table>
      <RecordForm
        key={editing.id ?? 'new'}
        title={editing.id ? t('printers.editTitle') : t('printers.addTitle')}
        fields={PRINTER_FIELDS.map((key) => ({ key, label: t(`printerField.${key}`) }))}
        initial={editing}
        submitLabel={t('printers.save')}
        save={async (form) => {
          await api.call('printers.save', { printer: form });
          setEditing({});
          printers.reload();
        }}
      />
    </div>
  );
}

interface RecordFormProps {
  title: string;
  fields: { key: string; label: string }[];
  initial: Form;
  submitLabel: string;
  save(form: Form): Promise<void>;
}

/** A form of text fields; the service checks it and a refusal marks the field it names. */
function RecordForm({ title, fields, initial, submitLabel, save }: RecordFormProps) {
  const { t } = useTranslation('records');
  const [form, setForm] = useState<Form>(initial);
  const [error, setError] = useState<{ field?: string; message: string }>();
  const [saved, setSaved] = useState(false);
  const submit = async () => {
    try {
      await save(form);
      setError(undefined);
      setSaved(true);
    } catch (e) {
      setSaved(false);
      setError({ field: e instanceof ApiCallError ? e.field?.split('.').pop() : undefined, message: errorMessage(e) });
    }
  };
  return (
    <form className="rec-form" aria-label={title} onSubmit={(e) => { e.preventDefault(); void submit(); }}>
      <h2>{title}</h2>
      <div className="rec-grid">
        {fields.map(({ key, label }) => (
          <Field key={key} label={label} value={form[key] ?? ''} onChange={(v) => { setSaved(false); setForm({ ...form, [key]: v }); }}
            error={error?.field === key ? error.message : undefined} />
        ))}
      </div>
      {error && !fields.some(({ key }) => key === error.field) && <p className="rec-error" role="alert">{error.message}</p>}
      <button type="submit" className="primary">{submitLabel}</button>
      {saved && <span className="rec-ok" role="status"> {t('saved')}</span>}
    </form>
  );
}
