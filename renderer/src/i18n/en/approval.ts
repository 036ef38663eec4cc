// English strings of the "approval" screens: the same keys as ../vi/approval.ts.
import type { Messages } from '../messages.js';
import type { approval as vi } from '../vi/approval.js';

export const approval: Messages<typeof vi> = {
  status: { draft: 'Draft', submitted: 'Submitted for approval', approved: 'Approved', sent: 'Sent to print' },
  action: {
    submit: 'Submit for approval',
    approve: 'Approve',
    return: 'Return for changes',
    sendToPrint: 'Send to print',
    newVersion: 'Open a new version to edit',
  },
  bar: {
    state: '{{status}} · version {{version}}',
    stateApproved: '{{status}} · version {{version}} · approved by {{by}} at {{at}}',
    done: '{{status}} (version {{version}}).',
    failed: 'Could not do it: {{reason}}',
    actor: 'Done by',
    actorHint: 'Full name, position',
    note: 'Note',
    versions: 'Versions, comparison',
    lockedSubmitted: 'Awaiting approval: the content is locked and changes will not be saved. Return it for changes to go on editing.',
    lockedApproved: 'Approved: the content is locked and changes will not be saved. Open a new version to edit; the approved one is kept.',
  },
  compare: {
    back: '← Back to the publication',
    title: 'Versions and comparison',
    history: 'Approval history',
    entry: '{{at}} — {{status}} (version {{version}})',
    version: 'Version {{version}} ({{status}}, {{at}})',
    current: 'Version being edited',
    none: 'No version has been submitted for approval yet.',
    from: 'Compare from',
    to: 'to',
    summary: 'Blocks changed: {{changed}}, added: {{added}}, removed: {{removed}}.',
    change: { added: 'Added', removed: 'Removed', changed: 'Changed' },
  },
};
