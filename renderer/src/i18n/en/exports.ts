// English strings of the "exports" screens: the same keys as ../vi/exports.ts.
import type { Messages } from '../messages.js';
import type { exports as vi } from '../vi/exports.js';

export const exports: Messages<typeof vi> = {
};
