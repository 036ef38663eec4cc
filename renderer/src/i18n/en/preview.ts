// English strings of the preview: the same keys as ../vi/preview.ts.
import type { Messages } from '../messages.js';
import type { preview as vi } from '../vi/preview.js';

export const preview: Messages<typeof vi> = {
  title: 'Preview',
  rendering: 'Rebuilding…',
  timing: 'Built in {{total}} ms (layout engine {{engine}} ms)',
  failed: 'No preview: {{reason}}',
  first: 'Building the preview…',
  overflow: '{{flow}} is {{mm}} mm too long — shorten the text',
  pageImage: 'Preview: {{label}}',
  findings: {
    title: 'Checks before printing',
    none: 'No problems found.',
    severity: { error: 'Error', warning: 'Warning', info: 'Note' },
    count: {
      error_one: '{{count}} error', error: '{{count}} errors',
      warning_one: '{{count}} warning', warning: '{{count}} warnings',
      info_one: '{{count}} note', info: '{{count}} notes',
    },
    onPage: '(page {{page}})',
    showPage: 'Show page {{page}}',
    showBlock: 'Go to {{block}}',
  },
};
