// Cơ sở in (Bên B of the contracts) and the Centre's own details (Bên A).
import { useState } from 'react';
import type { Centre, Printer } from '../../../electron/records/schemas.js';
import { api, ApiCallError, errorMessage } from '../api/client.js';
import { ConfirmButton } from '../ConfirmButton.js';
import { Field } from './Field.js';
import { useLoad } from './useLoad.js';

type Form = Record<string, string>;

const PRINTER_FIELDS: [keyof Printer, string][] = [
  ['name', 'Tên cơ sở in'], ['taxCode', 'Mã số thuế'], ['address', 'Địa chỉ'], ['phone', 'Điện thoại'],
  ['representative', 'Người đại diện'], ['position', 'Chức vụ'], ['bankAccount', 'Số tài khoản'], ['bankName', 'Ngân hàng'],
];
const CENTRE_FIELDS: [keyof Centre, string][] = [
  ['agency', 'Cơ quan chủ quản'], ['name', 'Tên đơn vị'], ['address', 'Địa chỉ'], ['phone', 'Điện thoại'], ['taxCode', 'Mã số thuế'],
  ['bankAccount', 'Số tài khoản'], ['bankName', 'Kho bạc / ngân hàng'], ['representative', 'Người đại diện'], ['position', 'Chức vụ'], ['place', 'Địa danh ký'],
];

const toForm = (record: object): Form => Object.fromEntries(Object.entries(record).map(([k, v]) => [k, v == null ? '' : String(v)]));

export function PrintersScreen() {
  const printers = useLoad(() => api.call('printers.list', {}), []);
  const [editing, setEditing] = useState<Form>({});
  return (
    <div className="records-page">
      <h1>Cơ sở in</h1>
      {printers.error && <p className="rec-error" role="alert">{printers.error}</p>}
      <table className="rec-table">
        <thead><tr><th>Tên</th><th>Mã số thuế</th><th>Người đại diện</th><th /></tr></thead>
        <tbody>
          {(printers.value ?? []).map((p) => (
            <tr key={p.id}>
              <td>{p.name}</td><td>{p.taxCode}</td><td>{p.representative}</td>
              <td className="rec-actions">
                <button type="button" onClick={() => setEditing(toForm(p))}>Sửa</button>
                <ConfirmButton label={`Xoá ${p.name}`} question="Xoá cơ sở in này?" onConfirm={() => void api.call('printers.delete', { id: p.id }).then(printers.reload, (e) => alert(errorMessage(e)))}>Xoá…</ConfirmButton>
              </td>
            </tr>
          ))}
          {printers.value?.length === 0 && <tr><td colSpan={4} className="muted">Chưa có cơ sở in nào.</td></tr>}
        </tbody>
      </table>
      <RecordForm
        key={editing.id ?? 'new'}
        title={editing.id ? 'Sửa cơ sở in' : 'Thêm cơ sở in'}
        fields={PRINTER_FIELDS}
        initial={editing}
        submitLabel="Lưu cơ sở in"
        save={async (form) => {
          await api.call('printers.save', { printer: form });
          setEditing({});
          printers.reload();
        }}
      />
      <CentreForm />
    </div>
  );
}

function CentreForm() {
  const centre = useLoad(() => api.call('centre.get', {}), []);
  if (!centre.value) return null;
  return (
    <RecordForm title="Bên A: thông tin của Trung tâm" fields={CENTRE_FIELDS} initial={toForm(centre.value)} submitLabel="Lưu thông tin Bên A"
      save={async (form) => { await api.call('centre.save', { centre: form }); centre.reload(); }} />
  );
}

interface RecordFormProps {
  title: string;
  fields: [string, string][];
  initial: Form;
  submitLabel: string;
  save(form: Form): Promise<void>;
}

/** A form of text fields; the service checks it and a refusal marks the field it names. */
function RecordForm({ title, fields, initial, submitLabel, save }: RecordFormProps) {
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
        {fields.map(([key, label]) => (
          <Field key={key} label={label} value={form[key] ?? ''} onChange={(v) => { setSaved(false); setForm({ ...form, [key]: v }); }}
            error={error?.field === key ? error.message : undefined} />
        ))}
      </div>
      {error && !fields.some(([key]) => key === error.field) && <p className="rec-error" role="alert">{error.message}</p>}
      <button type="submit" className="primary">{submitLabel}</button>
      {saved && <span className="rec-ok" role="status"> Đã lưu.</span>}
    </form>
  );
}
