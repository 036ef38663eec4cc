// Every change is saved: half a second after the last keystroke, and at once
// when a field loses focus, the window is hidden or the page is left. Saves
// run one at a time, always with the newest text. When a save is refused the
// text stays in the editor; the status says why and the next change retries.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Publication } from '../../../contract/publication-format.js';
import { api, ApiCallError, errorMessage } from '../api/client.js';
import { publishable } from './blocks.js';

export type SaveStatus =
  | { state: 'idle' }
  | { state: 'saving' }
  | { state: 'saved'; at: string }
  | { state: 'failed'; message: string; field?: string };

const DEBOUNCE_MS = 500;

export function useAutosave(id: string) {
  const [status, setStatus] = useState<SaveStatus>({ state: 'idle' });
  const pending = useRef<Publication | null>(null);
  /** Saves in order, one at a time; `saveAll` never rejects, so the chain never breaks. */
  const queue = useRef<Promise<void>>(Promise.resolve());
  const failed = useRef(false);
  const timer = useRef<number | undefined>(undefined);

  const saveAll = useCallback(async () => {
    while (pending.current) {
      const publication = pending.current;
      pending.current = null;
      setStatus({ state: 'saving' });
      try {
        const { updatedAt } = await api.call('publications.save', { id, publication: publishable(publication) });
        failed.current = false;
        if (!pending.current) setStatus({ state: 'saved', at: updatedAt });
      } catch (e) {
        failed.current = true;
        setStatus({ state: 'failed', message: errorMessage(e), field: e instanceof ApiCallError ? e.field : undefined });
      }
    }
  }, [id]);

  /** Saves what is pending now; resolves when nothing is left to save. */
  const flush = useCallback((): Promise<void> => {
    window.clearTimeout(timer.current);
    queue.current = queue.current.then(saveAll);
    return queue.current;
  }, [saveAll]);

  const changed = useCallback((publication: Publication) => {
    pending.current = publication;
    setStatus({ state: 'saving' });
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => void flush(), DEBOUNCE_MS);
  }, [flush]);

  useEffect(() => {
    const onHidden = () => {
      if (document.visibilityState === 'hidden') void flush();
    };
    const onLeave = (e: BeforeUnloadEvent) => {
      void flush();
      // A refused save would be lost with the page: let the browser ask first.
      if (failed.current) e.preventDefault();
    };
    document.addEventListener('visibilitychange', onHidden);
    window.addEventListener('beforeunload', onLeave);
    return () => {
      document.removeEventListener('visibilitychange', onHidden);
      window.removeEventListener('beforeunload', onLeave);
      void flush();
    };
  }, [flush]);

  return { status, changed, flush };
}
