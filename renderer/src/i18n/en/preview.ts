// English strings of the "preview" screens: the same keys as ../vi/preview.ts.
import type { Messages } from '../messages.js';
import type { preview as vi } from '../vi/preview.js';

export const preview: Messages<typeof vi> = {
};
