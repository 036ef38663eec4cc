// English words shared by many screens: the same keys as ../vi/common.ts.
import type { Messages } from '../messages.js';
import type { common as vi } from '../vi/common.js';

export const common: Messages<typeof vi> = {
  delete: 'Delete',
  deleteAsk: 'Delete…',
  cancel: 'Cancel',
  loading: 'Loading…',
  untitled: '(untitled)',
  page: 'Page {{page}}',
  backToList: '← Publications',
  kind: {
    leaflet: 'leaflet',
    pocketbook: 'pocket book',
    handbook: 'handbook',
    notebook: 'notebook',
    other: 'publication',
  },
  centre: {
    name: 'Organisation name',
    address: 'Address',
    phone: 'Phone',
    email: 'Email',
  },
  api: {
    unreachable: 'Cannot reach the application. Check the command window running "serve".',
    unreadable: 'The application gave an answer that cannot be read (HTTP {{status}}).',
    unexpected: 'Something unexpected went wrong. Try again; if it keeps happening, tell the administrator.',
  },
};
