// English strings of the "editor" screens: the same keys as ../vi/editor.ts.
import type { Messages } from '../messages.js';
import type { editor as vi } from '../vi/editor.js';

export const editor: Messages<typeof vi> = {
};
