// Progress and cancelling for long runs of the pipeline (a 384-page book takes
// a couple of seconds). A caller passes a `Watch`: a callback that hears how
// far the run is, and an AbortSignal it may abort. The pipeline checks the
// signal between stages and between pages, and hands the event loop back now
// and then so that the app can answer a progress poll or a cancel request
// while a long render is running in the same process.
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { Progress, ProgressStage } from '../contract/progress.js';

export type { Progress, ProgressStage };

export interface Watch {
  progress?(progress: Progress): void;
  signal?: AbortSignal;
}

/** The run was cancelled by the user: nothing was written, nothing is to be reported as an error. */
export class CancelledError extends Error {
  constructor() {
    super('Đã huỷ theo yêu cầu.');
    this.name = 'CancelledError';
  }
}

/** Throws CancelledError when the run has been cancelled. */
export function checkCancelled(watch: Watch | undefined): void {
  if (watch?.signal?.aborted) throw new CancelledError();
}

/**
 * A stage with no page count begins: it is reported, the event loop gets a
 * turn (a poll sees the stage, a cancel arrives), and a cancelled run stops here.
 */
export async function enterStage(watch: Watch | undefined, stage: ProgressStage): Promise<void> {
  if (!watch) return;
  checkCancelled(watch);
  watch.progress?.({ stage, done: 0, total: 0 });
  await nextTurn();
  checkCancelled(watch);
}

/**
 * The event loop gets a turn at most this often during a counted stage: often
 * enough for a smooth bar and a prompt cancel, rarely enough that a short
 * render pays nothing noticeable (a turn costs microseconds).
 */
export const YIELD_EVERY_MS = 40;

/**
 * Called after each page of a counted stage. Reports and yields when
 * YIELD_EVERY_MS has passed since the last turn (and on the last page), then
 * throws CancelledError if the run was cancelled meanwhile. Without a watch it
 * does nothing at all.
 */
export function pageTicker(watch: Watch | undefined, stage: ProgressStage, total: number): (done: number) => Promise<void> {
  if (!watch) return async () => {};
  let last = performance.now();
  watch.progress?.({ stage, done: 0, total });
  return async (done) => {
    const now = performance.now();
    if (now - last < YIELD_EVERY_MS && done < total) return;
    last = now;
    watch.progress?.({ stage, done, total });
    await nextTurn();
    checkCancelled(watch);
  };
}
