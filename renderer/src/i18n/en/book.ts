// English strings of the "book" screens: the same keys as ../vi/book.ts.
import type { Messages } from '../messages.js';
import type { book as vi } from '../vi/book.js';

export const book: Messages<typeof vi> = {
};
