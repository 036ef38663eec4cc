// Approval of the open publication: its status, who approved it and when,
// and the next step (submit, approve or return, send to print, new version).
// The lock itself is the API's: while locked, saves are refused there, and
// this bar says why and how to go on.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApprovalView } from '../../../contract/approval.js';
import { api, errorMessage } from '../api/client.js';
import { formatDateTime } from '../format.js';
import type { approval as vi } from '../i18n/vi/approval.js';
import { versionsHref } from '../library/route.js';

type ActionLabel = keyof typeof vi.action;
type Action = 'approval.submit' | 'approval.approve' | 'approval.return' | 'approval.sendToPrint' | 'approval.newVersion';

/** The steps open in each status; `label` names the button's string (approval:action.*). */
const ACTIONS: Record<ApprovalView['status'], { action: Action; label: ActionLabel; needsName?: boolean }[]> = {
  draft: [{ action: 'approval.submit', label: 'submit' }],
  submitted: [
    { action: 'approval.approve', label: 'approve', needsName: true },
    { action: 'approval.return', label: 'return' },
  ],
  approved: [
    { action: 'approval.sendToPrint', label: 'sendToPrint' },
    { action: 'approval.newVersion', label: 'newVersion' },
  ],
  sent: [{ action: 'approval.newVersion', label: 'newVersion' }],
};

export function ApprovalBar({ id }: { id: string }) {
  const { t } = useTranslation('approval');
  const [view, setView] = useState<ApprovalView | null>(null);
  const [by, setBy] = useState('');
  const [note, setNote] = useState('');
  const [message, setMessage] = useState('');

  useEffect(() => {
    api.call('approval.get', { id }).then(setView).catch((e) => setMessage(errorMessage(e)));
  }, [id]);

  if (!view) return message ? <p className="message error">{message}</p> : null;

  const run = async (action: Action) => {
    try {
      const next = action === 'approval.newVersion'
        ? await api.call(action, { id })
        : action === 'approval.approve'
          ? await api.call(action, { id, by, ...(note && { note }) })
          : await api.call(action, { id, ...(by && { by }), ...(note && { note }) });
      setView(next);
      setNote('');
      setMessage(t('bar.done', { status: t(`status.${next.status}`), version: next.version }));
    } catch (e) {
      setMessage(t('bar.failed', { reason: errorMessage(e) }));
    }
  };

  return (
    <div className="approval-bar" data-testid="approval">
      <div className="field-row">
        <span className={`approval-status${view.locked ? ' locked' : ''}`}>
          {view.approval
            ? t('bar.stateApproved', { status: t(`status.${view.status}`), version: view.version, by: view.approval.by, at: formatDateTime(view.approval.at) })
            : t('bar.state', { status: t(`status.${view.status}`), version: view.version })}
        </span>
        <label>
          <span>{t('bar.actor')}</span>
          <input value={by} onChange={(e) => setBy(e.target.value)} placeholder={t('bar.actorHint')} />
        </label>
        <label className="grow">
          <span>{t('bar.note')}</span>
          <input value={note} onChange={(e) => setNote(e.target.value)} />
        </label>
        {ACTIONS[view.status].map(({ action, label, needsName }) => (
          <button key={action} type="button" disabled={needsName && !by.trim()} onClick={() => void run(action)}>{t(`action.${label}`)}</button>
        ))}
        {(view.versions.length > 0) && <a href={versionsHref(id)}>{t('bar.versions')}</a>}
      </div>
      {view.locked && (
        <p className="hint" role="note">
          {view.status === 'submitted'
            ? t('bar.lockedSubmitted')
            : t('bar.lockedApproved')}
        </p>
      )}
      {message && <p className="message" role="status">{message}</p>}
    </div>
  );
}
