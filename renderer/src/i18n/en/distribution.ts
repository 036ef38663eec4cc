// English strings of the "distribution" screens: the same keys as ../vi/distribution.ts.
import type { Messages } from '../messages.js';
import type { distribution as vi } from '../vi/distribution.js';

export const distribution: Messages<typeof vi> = {
};
