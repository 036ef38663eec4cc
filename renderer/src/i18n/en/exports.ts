// English strings of the "exports" screens: the same keys as ../vi/exports.ts.
import type { Messages } from '../messages.js';
import type { exports as vi } from '../vi/exports.js';

export const exports: Messages<typeof vi> = {
  progressLabel: 'Export progress',
  stage: {
    prepare: 'Preparing the content…',
    layout: 'Laying out pages…',
    paint: 'Drawing page {{done}} of {{total}}',
    impose: 'Imposing pages for the office proof…',
    write: 'Writing the file…',
  },
  cancel: 'Cancel',
  cancelHint: 'Stop the export; no file is made',
  saved: 'Saved “{{file}}”.',
  downloaded: 'Exported “{{file}}”.',
  notSaved: 'Not saved: the save dialog was closed. Export again when you need it.',
  cancelled: 'Export cancelled. No file was made.',
  failed: 'Could not export: {{reason}}',
  exportProof: 'Export office proof',
  exportProofHint: 'An A4 proof to print on an office printer, fold and staple',
};
