// English strings of a book's editor parts: the same keys as ../vi/book.ts.
import type { Messages } from '../messages.js';
import type { book as vi } from '../vi/book.js';

export const book: Messages<typeof vi> = {
  timing_one: '{{count}} page · built in {{total}} ms (layout engine {{engine}} ms)',
  timing: '{{count}} pages · built in {{total}} ms (layout engine {{engine}} ms)',
  nav: 'Turn pages',
  previous: '‹ Previous page',
  next: 'Next page ›',
  spreadPages: 'Pages {{first}}–{{last}}',
  mode: 'View',
  modes: { page: 'Single pages', spread: 'Spreads' },
  pages: 'Pages',
  blankPage: 'Page {{page}} (blank page)',
  blankCaption: 'Page {{page}} · blank page',
  pickHint: 'Click a piece of text to open its block in the editor',
  drawFailed: 'Could not draw page {{page}}:',
  outline: {
    title: 'Outline',
    empty: '“{{slot}}” has no headings yet. Add a level 1 “Heading” block to start a chapter.',
    untitled: '(empty heading)',
    notYet: 'Not in the preview yet',
    page: 'page',
  },
  options: {
    size: 'Book size',
    notePages: 'Note pages (ruled)',
  },
};
