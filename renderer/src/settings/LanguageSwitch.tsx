// The header's language choice. It takes effect at once and is kept in the
// settings (read, changed, written back) so the next start opens in it too.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, errorMessage } from '../api/client.js';
import { currentLanguage, switchLanguage } from '../i18n/index.js';
import { isLanguage, LANGUAGES } from '../i18n/messages.js';

export function LanguageSwitch() {
  const { t } = useTranslation('app');
  const [error, setError] = useState('');
  const choose = async (value: string) => {
    if (!isLanguage(value)) return;
    await switchLanguage(value);
    try {
      const settings = await api.call('settings.get', {});
      await api.call('settings.save', { settings: { ...settings, language: value } });
      setError('');
    } catch (e) {
      setError(t('languageNotSaved', { reason: errorMessage(e) }));
    }
  };
  return (
    <span className="app-language">
      <select aria-label={t('languageLabel')} value={currentLanguage()} onChange={(e) => void choose(e.target.value)}>
        {LANGUAGES.map((language) => <option key={language} value={language}>{t(`languageName.${language}`)}</option>)}
      </select>
      {error && <span role="alert" className="message error">{error}</span>}
    </span>
  );
}
