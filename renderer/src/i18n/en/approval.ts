// English strings of the "approval" screens: the same keys as ../vi/approval.ts.
import type { Messages } from '../messages.js';
import type { approval as vi } from '../vi/approval.js';

export const approval: Messages<typeof vi> = {
};
