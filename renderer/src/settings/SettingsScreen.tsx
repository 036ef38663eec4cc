// "Cài đặt" (#/settings): the Centre's details that every new publication's
// contact box starts from, and an optional logo (PNG or JPEG, kept as a data URL).
import { useEffect, useState, type ChangeEvent } from 'react';
import type { Settings } from '../../../electron/records/comfort-api.js';
import { api, errorMessage } from '../api/client.js';
import { TextField } from '../editor/TextField.js';

export const SETTINGS_HREF = '#/settings';
export const isSettingsRoute = () => window.location.hash === SETTINGS_HREF;

/** As in the service (LOGO_MAX_CHARS): checked here too so a large file is refused before it is read. */
const LOGO_MAX_BYTES = 500_000;

const FIELDS: [keyof Omit<Settings, 'logo'>, string][] = [
  ['name', 'Tên đơn vị'],
  ['address', 'Địa chỉ'],
  ['phone', 'Điện thoại'],
  ['email', 'Thư điện tử'],
];

function readDataUrl(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}

export function SettingsScreen() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [message, setMessage] = useState('');
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    api.call('settings.get', {}).then(setSettings, (e) => { setFailed(true); setMessage(errorMessage(e)); });
  }, []);
  if (!settings) return <p className={failed ? 'message error' : 'muted'} role="status">{message || 'Đang tải…'}</p>;

  const save = async () => {
    try {
      setSettings(await api.call('settings.save', { settings }));
      setFailed(false);
      setMessage('Đã lưu thông tin Trung tâm. Ấn phẩm tạo mới từ nay sẽ dùng thông tin này.');
    } catch (e) {
      setFailed(true);
      setMessage(`Chưa lưu được: ${errorMessage(e)}`);
    }
  };
  const pickLogo = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    if (!file) return;
    if (!/^image\/(png|jpeg)$/.test(file.type) || file.size > LOGO_MAX_BYTES) {
      setFailed(true);
      setMessage(`Logo phải là ảnh PNG hoặc JPEG nhỏ hơn ${LOGO_MAX_BYTES / 1000} kB.`);
      return;
    }
    setSettings({ ...settings, logo: await readDataUrl(file) });
  };

  return (
    <section className="settings-screen" aria-labelledby="settings-title">
      <p><a href="#/">← Danh sách ấn phẩm</a></p>
      <h1 id="settings-title">Cài đặt</h1>
      <form onSubmit={(e) => { e.preventDefault(); void save(); }}>
        <fieldset>
          <legend>Thông tin Trung tâm</legend>
          <p className="hint">Hộp liên hệ của mọi ấn phẩm tạo mới lấy từ đây. Ấn phẩm đã có giữ thông tin riêng; trong trình soạn có nút «Lấy thông tin Trung tâm từ Cài đặt».</p>
          {FIELDS.map(([key, label]) => (
            <TextField key={key} label={label} value={settings[key]} onValue={(value) => setSettings({ ...settings, [key]: value })} />
          ))}
          <div className="field">
            <label htmlFor="settings-logo">Logo (PNG hoặc JPEG, không bắt buộc)</label>
            <input id="settings-logo" type="file" accept="image/png,image/jpeg" onChange={(e) => void pickLogo(e)} />
            {settings.logo && (
              <p>
                <img src={settings.logo} alt="Logo của Trung tâm" height={64} />{' '}
                <button type="button" onClick={() => setSettings({ ...settings, logo: undefined })}>Bỏ logo</button>
              </p>
            )}
          </div>
        </fieldset>
        <button type="submit" className="primary">Lưu cài đặt</button>
      </form>
      {message && <p className={`message${failed ? ' error' : ''}`} role={failed ? 'alert' : 'status'}>{message}</p>}
    </section>
  );
}
