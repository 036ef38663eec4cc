// Live preview: ~300 ms after the last change the publication is rendered by
// the same pipeline as the export, and its PDF prepared for the screen (a
// leaflet's pages drawn, a book's document opened). Requests are numbered; a
// preview is shown only if it is newer than what is on screen, so a slow
// older render can never replace a newer one.
import { useEffect, useRef, useState } from 'react';
import type { RenderResult } from '../../../contract/publications.js';
import type { Publication } from '../../../contract/publication-format.js';
import { api, errorMessage } from '../api/client.js';
import { base64ToBytes } from '../bytes.js';

const DEBOUNCE_MS = 300;

export interface Preview<T> {
  result: RenderResult;
  /** What `prepare` made of the PDF: canvases, or an open document. */
  drawing: T;
  /** How many previews have been put on screen: changes only when new pages are drawn. */
  drawn: number;
  /** Time from request to drawn pages, milliseconds. */
  totalMs: number;
}

export interface PreviewState<T> {
  preview: Preview<T> | null;
  busy: boolean;
  error: string;
}

export interface PreviewDrawing<T> {
  /** Turns the PDF into what is shown; must keep the same identity between renders. */
  prepare(bytes: Uint8Array<ArrayBuffer>): Promise<T>;
  /** Frees what `prepare` made once it is off screen (or was never shown). */
  release?(drawing: T): void;
}

/** `publicationId`: the saved publication shown, so its colophon comes from the print contract that prints it. */
export function usePreview<T>(publication: Publication | null, { prepare, release }: PreviewDrawing<T>, publicationId: string): PreviewState<T> {
  const [preview, setPreview] = useState<Preview<T> | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const requested = useRef(0);
  const shown = useRef<{ seq: number; drawing?: T }>({ seq: 0 });
  const lastSent = useRef('');
  /** The newest publication seen, and how many renders are under way: "busy" until the newest is on screen. */
  const latest = useRef('');
  const inFlight = useRef(0);

  useEffect(() => {
    if (!publication) return;
    const body = JSON.stringify(publication);
    latest.current = body;
    if (body === lastSent.current) {
      if (inFlight.current === 0) setBusy(false);
      return;
    }
    const first = lastSent.current === '';
    // What is on screen is out of date from the change on, not only once the debounce has passed.
    setBusy(true);
    const timer = window.setTimeout(async () => {
      lastSent.current = body;
      const seq = ++requested.current;
      const started = performance.now();
      inFlight.current += 1;
      try {
        const result = await api.call('render.preview', { publication, publicationId });
        const drawing = await prepare(base64ToBytes(result.pdfBase64));
        if (seq > shown.current.seq) {
          const old = shown.current.drawing;
          shown.current = { seq, drawing };
          setPreview((prev) => ({ result, drawing, drawn: (prev?.drawn ?? 0) + 1, totalMs: performance.now() - started }));
          if (old !== undefined) release?.(old);
        } else {
          release?.(drawing);
        }
        if (seq === requested.current) setError('');
      } catch (e) {
        if (seq === requested.current) setError(errorMessage(e));
      } finally {
        inFlight.current -= 1;
        if (seq === requested.current && latest.current === body) setBusy(false);
      }
    }, first ? 0 : DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
  }, [publication, prepare, release, publicationId]);

  // When the editor closes: free what is on screen, and whatever a render still under way brings
  // (no render counts as newer than infinity, so it is released as it arrives).
  useEffect(() => {
    shown.current = { seq: requested.current };
    return () => {
      const { drawing } = shown.current;
      if (drawing !== undefined) release?.(drawing);
      shown.current = { seq: Number.POSITIVE_INFINITY };
    };
  }, [release]);

  return { preview, busy, error };
}
