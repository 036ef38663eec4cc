// English strings of the app frame: the same keys as ../vi/app.ts.
import type { Messages } from '../messages.js';
import type { app as vi } from '../vi/app.js';

export const app: Messages<typeof vi> = {
  // The product name is a name: it stays Vietnamese.
  name: 'Ấn phẩm TGPL',
  owner: 'State Legal Aid Centre of Lạng Sơn Province',
  settings: 'Settings',
  languageLabel: 'Interface language',
  languageName: { vi: 'Tiếng Việt', en: 'English' },
  languageNotSaved: 'The language changed but could not be saved in the settings: {{reason}}',
};
