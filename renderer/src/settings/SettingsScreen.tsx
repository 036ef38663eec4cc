// "Cài đặt" (#/settings): the one screen where the Centre's details are
// edited (docs/settings.md). One record, used everywhere: the contact box of
// every new publication (name, address, phone, email and an optional logo,
// PNG or JPEG kept as a data URL), and Bên A of the papers and the reports
// (those plus the governing body, tax code, account, representative, …).
// Beside it, the hotline new publications print and preflight checks against.
import { useEffect, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Centre } from '../../../contract/record-schemas.js';
import { HOTLINE_FIELDS, type Settings } from '../../../contract/settings.js';
import { api, ApiCallError, errorMessage } from '../api/client.js';
import { TextField } from '../editor/TextField.js';

export const SETTINGS_HREF = '#/settings';
export const isSettingsRoute = () => window.location.hash === SETTINGS_HREF;

/** As in the service (the Centre's `logo`): checked here too so a large file is refused before it is read. */
const LOGO_MAX_BYTES = 500_000;

type TextKey = Exclude<keyof Centre, 'logo'>;
/** Printed in the contact box of new publications (labels: `common:centre.<key>`); Bên A uses them too. */
const PRINTED_FIELDS = ['name', 'address', 'phone', 'email'] as const satisfies readonly TextKey[];
/** Bên A's own details in the papers (labels: `settings:field.<key>`). */
const PARTY_FIELDS = ['agency', 'taxCode', 'bankAccount', 'bankName', 'representative', 'position', 'place'] as const satisfies readonly TextKey[];

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
  const [centre, setCentre] = useState<Omit<Settings, 'language'> | null>(null);
  const [message, setMessage] = useState('');
  const [failed, setFailed] = useState(false);
  const [badField, setBadField] = useState<string>();

  useEffect(() => {
    api.call('settings.get', {}).then(
      // The language is the header's to change (LanguageSwitch); this form leaves it as it is.
      ({ language: _language, ...details }) => setCentre(details),
      (e) => { setFailed(true); setMessage(errorMessage(e)); },
    );
  }, []);
  if (!centre) return <p className={failed ? 'message error' : 'muted'} role="status">{message || t('common:loading')}</p>;

  const save = async () => {
    try {
      const { language: _language, ...saved } = await api.call('settings.save', { settings: centre });
      setCentre(saved);
      setFailed(false);
      setBadField(undefined);
      setMessage(t('saved'));
    } catch (e) {
      setFailed(true);
      setBadField(e instanceof ApiCallError ? e.field : undefined);
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
    setCentre({ ...centre, logo: await readDataUrl(file) });
  };
  const field = (key: TextKey, label: string) => (
    <TextField key={key} label={label} value={centre[key] ?? ''} invalid={badField?.split('.').pop() === key && !badField.startsWith('hotline.')}
      onValue={(value) => setCentre({ ...centre, [key]: value })} />
  );

  return (
    <section className="settings-screen" aria-labelledby="settings-title">
      <p><a href="#/">{t('common:backToList')}</a></p>
      <h1 id="settings-title">{t('title')}</h1>
      <p className="hint">{t('intro')}</p>
      <form aria-label={t('centre')} onSubmit={(e) => { e.preventDefault(); void save(); }}>
        <fieldset>
          <legend>{t('printed')}</legend>
          <p className="hint">{t('hint')}</p>
          {PRINTED_FIELDS.map((key) => field(key, t(`common:centre.${key}`)))}
          <div className="field">
            <label htmlFor="settings-logo">{t('logo')}</label>
            <input id="settings-logo" type="file" accept="image/png,image/jpeg" aria-invalid={badField === 'logo' || undefined} onChange={(e) => void pickLogo(e)} />
            {centre.logo && (
              <p>
                <img src={centre.logo} alt={t('logoAlt')} height={64} />{' '}
                <button type="button" onClick={() => setCentre({ ...centre, logo: undefined })}>{t('logoRemove')}</button>
              </p>
            )}
          </div>
        </fieldset>
        <fieldset>
          <legend>{t('party')}</legend>
          <p className="hint">{t('partyHint')}</p>
          {PARTY_FIELDS.map((key) => field(key, t(`field.${key}`)))}
        </fieldset>
        <fieldset>
          <legend>{t('hotline.legend')}</legend>
          <p className="hint">{t('hotline.hint')}</p>
          {HOTLINE_FIELDS.map((key) => (
            <TextField key={key} label={t(`hotline.${key}`)} value={centre.hotline[key]} invalid={badField === `hotline.${key}`}
              onValue={(value) => setCentre({ ...centre, hotline: { ...centre.hotline, [key]: value } })} />
          ))}
        </fieldset>
        <button type="submit" className="primary">{t('save')}</button>
      </form>
      {message && <p className={`message${failed ? ' error' : ''}`} role={failed ? 'alert' : 'status'}>{message}</p>}
    </section>
  );
}
