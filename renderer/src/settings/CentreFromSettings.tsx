// "Lấy thông tin Trung tâm từ Cài đặt": a publication made before the settings
// changed keeps its own contact box until the user asks for the new details.
import { useState } from 'react';
import type { Publication } from '../../../electron/publishing/publication.js';
import { withCentre } from '../../../electron/records/settings.js';
import { api, errorMessage } from '../api/client.js';

export function CentreFromSettings({ publication, onChange }: { publication: Publication; onChange(next: Publication): void }) {
  const [message, setMessage] = useState('');
  const take = async () => {
    try {
      const settings = await api.call('settings.get', {});
      if (!settings.name && !settings.address && !settings.phone && !settings.email) {
        return setMessage('Cài đặt chưa có thông tin Trung tâm; hãy điền ở màn hình «Cài đặt».');
      }
      onChange(withCentre(publication, settings));
      setMessage('');
    } catch (e) {
      setMessage(`Chưa lấy được: ${errorMessage(e)}`);
    }
  };
  return (
    <div className="centre-from-settings">
      <button type="button" onClick={() => void take()}>Lấy thông tin Trung tâm từ Cài đặt</button>
      {message && <p className="message" role="status">{message}</p>}
    </div>
  );
}
