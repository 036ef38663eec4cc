// English strings of the "library" screens: the same keys as ../vi/library.ts.
import type { Messages } from '../messages.js';
import type { library as vi } from '../vi/library.js';

export const library: Messages<typeof vi> = {
};
