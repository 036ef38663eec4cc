// "Lấy thông tin Trung tâm từ Cài đặt": a publication made before the settings
// changed keeps its own contact box (the Centre's details and the hotline)
// until the user asks for the new ones.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Publication } from '../../../contract/publication-format.js';
import { withCentre } from '../../../contract/settings.js';
import { api, errorMessage } from '../api/client.js';

export function CentreFromSettings({ publication, onChange }: { publication: Publication; onChange(next: Publication): void }) {
  const { t } = useTranslation('editor');
  const [message, setMessage] = useState('');
  const take = async () => {
    try {
      const settings = await api.call('settings.get', {});
      // The hotline always comes across; an empty Centre record is said, so nobody thinks the box was filled.
      onChange(withCentre(publication, settings));
      const empty = !settings.name && !settings.address && !settings.phone && !settings.email && !settings.logo;
      setMessage(empty ? t('centreFromSettings.empty') : '');
    } catch (e) {
      setMessage(t('centreFromSettings.failed', { reason: errorMessage(e) }));
    }
  };
  return (
    <div className="centre-from-settings">
      <button type="button" onClick={() => void take()}>{t('centreFromSettings.button')}</button>
      {message && <p className="message" role="status">{message}</p>}
    </div>
  );
}
