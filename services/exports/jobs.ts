// Export jobs: a long export (a book's PDF, its proof, a Word file, a report)
// runs in the background of the service while the UI polls how far it is and
// may cancel it. The API is request/response on both transports, so a job is
// started, polled, cancelled and its file fetched by id. A finished file is
// handed out once (to the browser's download or to the app's save dialog) and
// then forgotten; nothing here writes to disk.
import { randomBytes } from 'node:crypto';
import { CancelledError, type Progress, type Watch } from '../../engine/progress.js';
import { NotFoundError } from '../../contract/errors.js';
import { ConflictError } from '../../contract/errors.js';
import type { ExportStatus } from '../../contract/exports.js';

/** What an export produces. */
export interface ExportFile {
  fileName: string;
  mimeType: string;
  bytes: Buffer;
}

/** The work of one export; it reports through `watch` and stops with CancelledError when its signal is aborted. */
export type ExportWork = (watch: Watch) => Promise<ExportFile>;

interface Job {
  controller: AbortController;
  progress: Progress;
  state: ExportStatus['state'] | 'failed';
  file?: ExportFile;
  error?: unknown;
  /** When the job last changed state (finished jobs not collected are dropped after KEEP_MS). */
  at: number;
}

/** A finished file nobody fetched (the window was closed) is dropped after this long. */
const KEEP_MS = 10 * 60_000;

export interface ExportJobs {
  start(work: ExportWork): { jobId: string };
  /** Where the job is. A failed job throws its error here, once, so the caller reports it as any API error. */
  status(jobId: string): ExportStatus;
  /** Stops a running job (it ends at its next check); a finished job is left as it is. */
  cancel(jobId: string): ExportStatus;
  /** The finished file, once: the job is forgotten after. */
  take(jobId: string): ExportFile;
  /** The finished file's name and type, without taking it (the save dialog's defaults). */
  peek(jobId: string): Omit<ExportFile, 'bytes'>;
}

export function createExportJobs(now: () => number = Date.now): ExportJobs {
  const jobs = new Map<string, Job>();

  const find = (jobId: string): Job => {
    const job = jobs.get(jobId);
    if (!job) throw new NotFoundError(`Không có lượt xuất "${jobId}": có thể tệp đã được lấy, lượt xuất đã bị huỷ hoặc ứng dụng đã khởi động lại. Hãy xuất lại.`);
    return job;
  };
  const finished = (jobId: string): Job & { file: ExportFile } => {
    const job = find(jobId);
    if (job.state === 'running') throw new ConflictError('Tệp chưa xuất xong; hãy đợi thanh tiến độ chạy hết.');
    if (!job.file) throw new NotFoundError(`Lượt xuất "${jobId}" không có tệp (đã huỷ hoặc bị lỗi). Hãy xuất lại.`);
    return job as Job & { file: ExportFile };
  };
  const sweep = () => {
    for (const [id, job] of jobs) if (job.state !== 'running' && now() - job.at > KEEP_MS) jobs.delete(id);
  };
  // Failed jobs never reach here: `status` throws their error instead.
  const view = (job: Job): ExportStatus => ({
    state: job.state as ExportStatus['state'],
    ...job.progress,
    ...(job.file && { fileName: job.file.fileName }),
  });

  function status(jobId: string): ExportStatus {
    const job = find(jobId);
    if (job.state === 'failed') {
      jobs.delete(jobId);
      throw job.error;
    }
    if (job.state === 'cancelled') jobs.delete(jobId);
    return view(job);
  }

  return {
    start(work) {
      sweep();
      const jobId = randomBytes(12).toString('hex');
      const job: Job = { controller: new AbortController(), progress: { stage: 'prepare', done: 0, total: 0 }, state: 'running', at: now() };
      jobs.set(jobId, job);
      const watch: Watch = { signal: job.controller.signal, progress: (p) => (job.progress = p) };
      work(watch).then(
        (file) => {
          if (job.state !== 'running') return;
          Object.assign(job, { state: 'done', file, at: now() });
        },
        (error) => {
          if (job.state !== 'running') return;
          Object.assign(job, error instanceof CancelledError ? { state: 'cancelled', at: now() } : { state: 'failed', error, at: now() });
        },
      );
      return { jobId };
    },
    status,
    cancel(jobId) {
      const job = find(jobId);
      if (job.state !== 'running') return status(jobId);
      // Said at once, whatever the work is doing: its file, if it still comes, is thrown away.
      Object.assign(job, { state: 'cancelled', at: now() });
      job.controller.abort();
      return view(job);
    },
    take(jobId) {
      const { file } = finished(jobId);
      jobs.delete(jobId);
      return file;
    },
    peek(jobId) {
      const { fileName, mimeType } = finished(jobId).file;
      return { fileName, mimeType };
    },
  };
}
