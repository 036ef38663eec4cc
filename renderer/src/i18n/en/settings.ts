// English strings of Settings: the same keys as ../vi/settings.ts.
import type { Messages } from '../messages.js';
import type { settings as vi } from '../vi/settings.js';

export const settings: Messages<typeof vi> = {
  title: 'Settings',
  centre: 'The Centre’s details',
  intro: 'The Centre’s details are edited here only; new publications, contracts, records and reports all take them from here.',
  printed: 'Printed on publications',
  hint: 'Every new publication’s contact box starts from these. Existing publications keep their own; the editor has a button “Take the Centre’s details from Settings”.',
  party: 'Party A in contracts',
  partyHint: 'Print contracts, acceptance, liquidation and handover records and reports name Party A with the name, address and phone above and the details below.',
  field: {
    agency: 'Governing body',
    taxCode: 'Tax code',
    bankAccount: 'Account number',
    bankName: 'State treasury / bank',
    representative: 'Representative',
    position: 'Position',
    place: 'Place of signing',
  },
  logo: 'Logo (PNG or JPEG, optional)',
  logoAlt: 'The Centre’s logo',
  logoRemove: 'Remove the logo',
  logoRefused: 'The logo must be a PNG or JPEG image smaller than {{kb}} kB.',
  hotline: {
    legend: 'Hotline printed on publications',
    hint: 'New publications print this hotline; the check before printing warns about any that print another. By default, the national hotline of the Department of Legal Dissemination, Education and Legal Aid.',
    name: 'Name of the hotline',
    number: 'Hotline number',
    owner: 'Run by',
    cost: 'Call charge',
    hours: 'Hours',
  },
  save: 'Save settings',
  saved: 'The Centre’s details are saved. New publications and papers will use them from now on.',
  saveFailed: 'Not saved: {{reason}}',
};
