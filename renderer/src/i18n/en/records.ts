// English strings of the "records" screens: the same keys as ../vi/records.ts.
import type { Messages } from '../messages.js';
import type { records as vi } from '../vi/records.js';

export const records: Messages<typeof vi> = {
};
