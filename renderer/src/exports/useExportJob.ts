// One export at a time as a job (electron/exports/): started, polled for its
// progress, cancellable, and its file saved through the app's save dialog or
// downloaded in a browser. The bar shows only when the export is long
// (docs/ui.md, "Long exports"): a leaflet is done before anyone could read it.
import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import type { ExportRequest, ExportStatus } from '../../../contract/exports.js';
import { api, errorMessage } from '../api/client.js';
import { base64ToBytes, downloadBytes } from '../bytes.js';
import { saveWithDialog } from './desktop.js';

/** An export still running after this long gets the progress bar and its cancel button. */
export const SHOW_BAR_AFTER_MS = 300;
/** How often a running job is asked how far it is. */
export const POLL_MS = 100;

export type ExportOutcome =
  | { kind: 'saved' | 'downloaded'; fileName: string }
  | { kind: 'not-saved' | 'cancelled' }
  | { kind: 'failed'; reason: string };

/**
 * A value kept outside React state: only the components that read it
 * (useSyncExternalStore) re-render when it changes, not the screen that holds
 * the job — an editor with a thousand block fields would otherwise redraw them
 * all when an export starts and ends, and on every poll.
 */
export interface Store<T> {
  get(): T;
  subscribe(listener: () => void): () => void;
}

export interface JobState {
  running: boolean;
  /** How the last export ended. */
  outcome?: ExportOutcome;
}

export interface ExportJob {
  /** Where a long export is: undefined while it is short, and once it is over. */
  progress: Store<ExportStatus | undefined>;
  state: Store<JobState>;
  run(request: ExportRequest): Promise<void>;
  cancel(): void;
}

/** Whether the job runs and how the last one ended, for the component that shows it. */
export function useJobState(job: ExportJob): JobState {
  return useSyncExternalStore(job.state.subscribe, job.state.get);
}

interface Current {
  jobId?: string;
  cancelled: boolean;
  /** The newest status polled, and whether the bar is up. */
  last: ExportStatus;
  long: boolean;
}

/** What the bar shows before the first answer: the service may be busy laying out a long book. */
const STARTING: ExportStatus = { state: 'running', stage: 'prepare', done: 0, total: 0 };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function useExportJob(): ExportJob {
  const [progress] = useState(() => createStore<ExportStatus | undefined>(undefined));
  const [state] = useState(() => createStore<JobState>({ running: false }));
  const setProgress = progress.set;
  const setRunning = (running: boolean) => state.set({ ...state.get(), running });
  const setOutcome = (outcome: ExportOutcome | undefined) => state.set({ ...state.get(), outcome });
  const current = useRef<Current | null>(null);

  /** Marks the job cancelled and tells the service (a job not started yet is cancelled once it has an id). */
  const stop = useCallback((job: Current) => {
    if (job.cancelled) return;
    job.cancelled = true;
    if (job.jobId) void api.call('exports.cancel', { jobId: job.jobId }).catch(() => undefined);
  }, []);

  // Leaving the screen mid-export: nobody will collect the file, so the work stops.
  useEffect(() => () => {
    if (current.current) stop(current.current);
  }, [stop]);

  const run = useCallback(async (request: ExportRequest) => {
    if (current.current) return;
    const job: Current = { cancelled: false, last: STARTING, long: false };
    current.current = job;
    setRunning(true);
    setOutcome(undefined);
    // By the clock, not by the polls: while the service lays out a big book it answers no poll, and the bar (with Huỷ) is due anyway.
    const becomesLong = setTimeout(() => {
      job.long = true;
      if (!job.cancelled) setProgress(job.last);
    }, SHOW_BAR_AFTER_MS);
    try {
      const { jobId } = await api.call('exports.start', request);
      job.jobId = jobId;
      let status: ExportStatus | undefined;
      while (!job.cancelled && (!status || status.state === 'running')) {
        await sleep(POLL_MS);
        if (job.cancelled) break;
        status = await api.call('exports.progress', { jobId });
        job.last = status;
        if (job.long && !job.cancelled) setProgress(status);
      }
      if (job.cancelled) {
        // A cancel pressed before the id came back reaches the service here (a second cancel is harmless).
        void api.call('exports.cancel', { jobId }).catch(() => undefined);
        return;
      }
      // The file is on its way: too late to cancel, so the bar and its button go.
      setProgress(undefined);
      setOutcome(status?.state === 'done' ? await deliver(jobId) : { kind: 'cancelled' });
    } catch (error) {
      if (!job.cancelled) setOutcome({ kind: 'failed', reason: errorMessage(error) });
    } finally {
      clearTimeout(becomesLong);
      current.current = null;
      setProgress(undefined);
      setRunning(false);
    }
  }, []);

  const cancel = useCallback(() => {
    const job = current.current;
    if (!job || job.cancelled) return;
    stop(job);
    setProgress(undefined);
    setOutcome({ kind: 'cancelled' });
  }, [stop]);

  return useMemo(() => ({ progress, state, run, cancel }), [progress, state, run, cancel]);
}

function createStore<T>(initial: T): Store<T> & { set(value: T): void } {
  let value = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => value,
    set(next) {
      value = next;
      for (const listener of listeners) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** In the app the main process asks where and writes the file; in a browser it is downloaded. */
async function deliver(jobId: string): Promise<ExportOutcome> {
  const saved = await saveWithDialog(jobId);
  if (saved) return saved.saved ? { kind: 'saved', fileName: saved.fileName } : { kind: 'not-saved' };
  const file = await api.call('exports.result', { jobId });
  downloadBytes(base64ToBytes(file.base64), file.fileName, file.mimeType);
  return { kind: 'downloaded', fileName: file.fileName };
}
