import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.js';
import { api } from './api/client.js';
import { startI18n } from './i18n/index.js';
import './styles.css';

async function start() {
  // The language is in the settings; a store that cannot be read yet still opens, in Vietnamese.
  const language = await api.call('settings.get', {}).then((settings) => settings.language, () => 'vi');
  await startI18n(language);
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

void start();
