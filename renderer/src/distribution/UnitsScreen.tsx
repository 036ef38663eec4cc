// Administrative units: the list with the copies each received, adding one,
// the 2022 preset, importing a CSV (the 65 communes since 1/7/2025), and
// retiring a unit (its history stays; it takes no new distributions).
import { useState } from 'react';
import { UNIT_KIND_NAMES } from '../../../electron/records/units.js';
import { UNIT_KINDS, type UnitKind } from '../../../electron/records/schemas.js';
import { api, errorMessage } from '../api/client.js';
import { Field } from '../records/Field.js';
import { formatDate, formatInteger, parseDisplayDate, todayDisplay } from '../records/format.js';
import { useLoad } from '../records/useLoad.js';

export function UnitsScreen() {
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
    return `Đã nhập ${file.name}: thêm ${added}, cập nhật ${updated} đơn vị.`;
  });
  const list = units.value ?? [];

  return (
    <div className="records-page">
      <h1>Đơn vị nhận ấn phẩm</h1>
      {units.error && <p className="rec-error" role="alert">{units.error}</p>}
      <form className="rec-form" aria-label="Thêm đơn vị" onSubmit={(e) => {
        e.preventDefault();
        void act(async () => {
          await api.call('units.save', { unit: { name, ...(kind ? { kind } : {}), parentId: parentId || null } });
          setName('');
          return `Đã thêm ${name}.`;
        });
      }}>
        <div className="rec-row">
          <Field label="Tên đơn vị" value={name} onChange={setName} />
          <label className="rec-field"><span>Cấp</span>
            <select value={kind} onChange={(e) => setKind(e.target.value as UnitKind | '')}>
              <option value="">—</option>
              {UNIT_KINDS.map((k) => <option key={k} value={k}>{UNIT_KIND_NAMES[k]}</option>)}
            </select>
          </label>
          <label className="rec-field"><span>Đơn vị cấp trên</span>
            <select value={parentId} onChange={(e) => setParentId(e.target.value)}>
              <option value="">(không có)</option>
              {list.map((u) => <option key={u.id} value={u.id}>{u.name}</option>)}
            </select>
          </label>
          <button type="submit" className="primary">Thêm đơn vị</button>
        </div>
        <div className="rec-row">
          <button type="button" onClick={() => void act(async () => `Đã thêm ${(await api.call('units.addPreset', {})).added} đơn vị cấp huyện.`)}>
            Thêm 11 đơn vị cấp huyện (kế hoạch 2022)
          </button>
          <label className="rec-field"><span>Nhập từ tệp CSV (cột: id, name, parentId, kind)</span>
            <input type="file" accept=".csv,text/csv" onChange={(e) => { const f = e.target.files?.[0]; if (f) void importCsv(f); e.target.value = ''; }} />
          </label>
        </div>
      </form>
      {message.ok && <p className="rec-ok" role="status">{message.ok}</p>}
      {message.error && <p className="rec-error" role="alert" style={{ whiteSpace: 'pre-line' }}>{message.error}</p>}
      <table className="rec-table" aria-label="Danh sách đơn vị">
        <thead><tr><th>Mã</th><th>Tên đơn vị</th><th>Cấp</th><th>Cấp trên</th><th className="num">Đã nhận (bản)</th><th>Trạng thái</th><th /></tr></thead>
        <tbody>
          {list.map((u) => (
            <tr key={u.id} className={u.retiredOn ? 'dist-retired' : undefined}>
              <td>{u.id}</td><td>{u.name}</td><td>{u.kind ? UNIT_KIND_NAMES[u.kind] : ''}</td><td>{u.parentName ?? ''}</td>
              <td className="num">{formatInteger(u.distributed)}</td>
              <td>{u.retiredOn ? `Thôi áp dụng từ ${formatDate(u.retiredOn)}` : 'Đang áp dụng'}</td>
              <td>
                {u.retiredOn
                  ? <button type="button" onClick={() => void act(async () => { await api.call('units.reinstate', { id: u.id }); return `Đã áp dụng lại ${u.name}.`; })}>Áp dụng lại</button>
                  : <button type="button" aria-label={`Thôi áp dụng ${u.name}`} onClick={() => void act(async () => {
                      await api.call('units.retire', { id: u.id, date: parseDisplayDate(todayDisplay())! });
                      return `${u.name} thôi áp dụng từ hôm nay; lịch sử cấp phát vẫn giữ.`;
                    })}>Thôi áp dụng</button>}
              </td>
            </tr>
          ))}
          {list.length === 0 && <tr><td colSpan={7} className="muted">Chưa có đơn vị nào: hãy thêm 11 đơn vị cấp huyện hoặc nhập tệp CSV.</td></tr>}
        </tbody>
      </table>
    </div>
  );
}
