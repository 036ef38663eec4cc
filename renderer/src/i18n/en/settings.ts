// English strings of the "settings" screens: the same keys as ../vi/settings.ts.
import type { Messages } from '../messages.js';
import type { settings as vi } from '../vi/settings.js';

export const settings: Messages<typeof vi> = {
};
