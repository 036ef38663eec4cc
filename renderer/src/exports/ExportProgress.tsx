// The bar of a long export with its cancel button, and the line that says how
// the export ended. Pages are counted while they are painted; the stages that
// do not count pages (preparing, laying out, imposing, writing) show a moving
// bar without a value, which is how ARIA marks an indeterminate progress bar.
import { useEffect, useRef, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportStatus } from '../../../contract/exports.js';
import { useJobState, type ExportJob, type ExportOutcome } from './useExportJob.js';
import './exports.css';

export function ExportProgress({ job }: { job: ExportJob }) {
  const status = useSyncExternalStore(job.progress.subscribe, job.progress.get);
  const { outcome } = useJobState(job);
  return (
    <>
      {status && <ProgressBar status={status} onCancel={job.cancel} />}
      {outcome && <OutcomeLine outcome={outcome} />}
    </>
  );
}

function ProgressBar({ status, onCancel }: { status: ExportStatus; onCancel(): void }) {
  const { t } = useTranslation('exports');
  const cancelRef = useRef<HTMLButtonElement>(null);
  const counted = status.total > 0;
  const stage = t(`stage.${status.stage}`, { done: status.done, total: status.total });

  // The export button is disabled while the job runs, which drops the keyboard focus: it goes to Huỷ instead.
  useEffect(() => {
    const active = document.activeElement;
    if (!active || active === document.body || (active as HTMLButtonElement).disabled) cancelRef.current?.focus();
  }, []);

  return (
    <div className="export-progress" data-testid="export-progress">
      {/* Read out as the bar's value text; shown for sighted users. */}
      <span className="export-progress-stage" aria-hidden="true">{stage}</span>
      <div role="progressbar" aria-label={t('progressLabel')} aria-valuetext={stage}
        {...(counted && { 'aria-valuemin': 0, 'aria-valuemax': status.total, 'aria-valuenow': status.done })}
        className={`export-progress-track${counted ? '' : ' indeterminate'}`}>
        <div className="export-progress-fill" style={counted ? { width: `${(100 * status.done) / status.total}%` } : undefined} />
      </div>
      <button ref={cancelRef} type="button" title={t('cancelHint')} onClick={onCancel}>{t('cancel')}</button>
    </div>
  );
}

function OutcomeLine({ outcome }: { outcome: ExportOutcome }) {
  const { t } = useTranslation('exports');
  return <p className={`message${outcome.kind === 'failed' ? ' error' : ''}`} role="status" data-testid="export-outcome">{outcomeText(outcome, t)}</p>;
}

function outcomeText(outcome: ExportOutcome, t: ReturnType<typeof useTranslation<'exports'>>['t']): string {
  switch (outcome.kind) {
    case 'saved': return t('saved', { file: outcome.fileName });
    case 'downloaded': return t('downloaded', { file: outcome.fileName });
    case 'not-saved': return t('notSaved');
    case 'cancelled': return t('cancelled');
    case 'failed': return t('failed', { reason: outcome.reason });
  }
}

/** A button that starts an export: disabled, and saying so, while the job runs. */
export function JobButton({ job, onRun, label, runningLabel = label, title, className }: {
  job: ExportJob; onRun(): void; label: string; runningLabel?: string; title?: string; className?: string;
}) {
  const { running } = useJobState(job);
  return <button type="button" className={className} disabled={running} title={title} onClick={onRun}>{running ? runningLabel : label}</button>;
}

/** The office proof (bản in thử) of the publication, as a job beside the printer PDF's button. */
export function ProofExportButton({ job, publication, publicationId }: { job: ExportJob; publication(): Record<string, unknown>; publicationId: string }) {
  const { t } = useTranslation('exports');
  return <JobButton job={job} title={t('exportProofHint')} label={t('exportProof')} onRun={() => void job.run({ kind: 'proof', publication: publication(), publicationId })} />;
}
