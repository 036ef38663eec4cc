// English strings of the "common" screens: the same keys as ../vi/common.ts.
import type { Messages } from '../messages.js';
import type { common as vi } from '../vi/common.js';

export const common: Messages<typeof vi> = {
};
