// "Cài đặt" (#/settings): the Centre's details that every new publication's
// contact box starts from, and an optional logo (PNG or JPEG, kept as a data URL).
import { useEffect, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Settings } from '../../../contract/settings.js';
import { api, errorMessage } from '../api/client.js';
import { TextField } from '../editor/TextField.js';

export const SETTINGS_HREF = '#/settings';
export const isSettingsRoute = () => window.location.hash === SETTINGS_HREF;

/** As in the service (LOGO_MAX_CHARS): checked here too so a large file is refused before it is read. */
const LOGO_MAX_BYTES = 500_000;

const FIELDS: (keyof Omit<Settings, 'logo' | 'language'>)[] = ['name', 'address', 'phone', 'email'];

function readDataUrl(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}

export function SettingsScreen() {
  const { t } = useTranslation(['settings', 'common']);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [message, setMessage] = useState('');
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    api.call('settings.get', {}).then(setSettings, (e) => { setFailed(true); setMessage(errorMessage(e)); });
  }, []);
  if (!settings) return <p className={failed ? 'message error' : 'muted'} role="status">{message || t('common:loading')}</p>;

  const save = async () => {
    try {
      setSettings(await api.call('settings.save', { settings }));
      setFailed(false);
      setMessage(t('saved'));
    } catch (e) {
      setFailed(true);
      setMessage(t('saveFailed', { reason: errorMessage(e) }));
    }
  };
  const pickLogo = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    if (!file) return;
    if (!/^image\/(png|jpeg)$/.test(file.type) || file.size > LOGO_MAX_BYTES) {
      setFailed(true);
      setMessage(t('logoRefused', { kb: LOGO_MAX_BYTES / 1000 }));
      return;
    }
    setSettings({ ...settings, logo: await readDataUrl(file) });
  };

  return (
    <section className="settings-screen" aria-labelledby="settings-title">
      <p><a href="#/">{t('common:backToList')}</a></p>
      <h1 id="settings-title">{t('title')}</h1>
      <form onSubmit={(e) => { e.preventDefault(); void save(); }}>
        <fieldset>
          <legend>{t('centre')}</legend>
          <p className="hint">{t('hint')}</p>
          {FIELDS.map((key) => (
            <TextField key={key} label={t(`common:centre.${key}`)} value={settings[key]} onValue={(value) => setSettings({ ...settings, [key]: value })} />
          ))}
          <div className="field">
            <label htmlFor="settings-logo">{t('logo')}</label>
            <input id="settings-logo" type="file" accept="image/png,image/jpeg" onChange={(e) => void pickLogo(e)} />
            {settings.logo && (
              <p>
                <img src={settings.logo} alt={t('logoAlt')} height={64} />{' '}
                <button type="button" onClick={() => setSettings({ ...settings, logo: undefined })}>{t('logoRemove')}</button>
              </p>
            )}
          </div>
        </fieldset>
        <button type="submit" className="primary">{t('save')}</button>
      </form>
      {message && <p className={`message${failed ? ' error' : ''}`} role={failed ? 'alert' : 'status'}>{message}</p>}
    </section>
  );
}
