// English strings of Settings: the same keys as ../vi/settings.ts.
import type { Messages } from '../messages.js';
import type { settings as vi } from '../vi/settings.js';

export const settings: Messages<typeof vi> = {
  title: 'Settings',
  centre: 'The Centre’s details',
  hint: 'Every new publication’s contact box starts from these. Existing publications keep their own; the editor has a button “Take the Centre’s details from Settings”.',
  logo: 'Logo (PNG or JPEG, optional)',
  logoAlt: 'The Centre’s logo',
  logoRemove: 'Remove the logo',
  logoRefused: 'The logo must be a PNG or JPEG image smaller than {{kb}} kB.',
  save: 'Save settings',
  saved: 'The Centre’s details are saved. New publications will use them from now on.',
  saveFailed: 'Not saved: {{reason}}',
};
