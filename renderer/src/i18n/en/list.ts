// English strings of the publication list: the same keys as ../vi/list.ts.
import type { Messages } from '../messages.js';
import type { list as vi } from '../vi/list.js';

export const list: Messages<typeof vi> = {
  title: 'Publications',
  empty: 'No publications yet. Create one from a template above.',
  column: {
    title: 'Title',
    template: 'Template',
    savedAt: 'Last saved',
    actions: 'Actions',
  },
  open: 'Open',
  openNamed: 'Open “{{title}}”',
  deleteNamed: 'Delete “{{title}}”',
  deleteQuestion: 'Delete this publication for good?',
  recent: 'Recently opened',
  sample: {
    offer: 'First time here? Open a sample leaflet with content to see how editing works.',
    open: 'Open the sample publication',
  },
  templates: {
    title: 'New from a template',
    none: 'No templates found.',
    trim: '{{width}} × {{height}} mm',
    own: 'own template',
    create: 'New {{kind}}',
    problems_one: '{{count}} template cannot be used yet',
    problems: '{{count}} templates cannot be used yet',
    file: 'file',
    field: 'field',
  },
};
