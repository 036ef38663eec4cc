// English strings of the "reports" screens: the same keys as ../vi/reports.ts.
import type { Messages } from '../messages.js';
import type { reports as vi } from '../vi/reports.js';

export const reports: Messages<typeof vi> = {
};
