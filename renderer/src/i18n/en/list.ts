// English strings of the "list" screens: the same keys as ../vi/list.ts.
import type { Messages } from '../messages.js';
import type { list as vi } from '../vi/list.js';

export const list: Messages<typeof vi> = {
};
