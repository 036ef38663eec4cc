// Live preview: ~300 ms after the last change the publication is rendered by
// the same pipeline as the export, and its pages drawn with pdf.js. Requests
// are numbered; a drawing is shown only if it is newer than what is on
// screen, so a slow older render can never replace a newer one.
import { useEffect, useRef, useState } from 'react';
import type { RenderResult } from '../../../electron/api.js';
import type { Publication } from '../../../electron/publishing/publication.js';
import { api, errorMessage } from '../api/client.js';
import { base64ToBytes } from '../bytes.js';
import { drawPdf } from './drawPdf.js';

const DEBOUNCE_MS = 300;
/** Pages are drawn at least this wide (CSS pixels) so zooming the pane stays readable. */
const MIN_DRAW_WIDTH = 700;

export interface Preview {
  result: RenderResult;
  canvases: HTMLCanvasElement[];
  /** How many previews have been put on screen: changes only when new pages are drawn. */
  drawn: number;
  /** Time from request to drawn pages, milliseconds. */
  totalMs: number;
}

export interface PreviewState {
  preview: Preview | null;
  busy: boolean;
  error: string;
}

export function usePreview(publication: Publication | null, widthOf: () => number): PreviewState {
  const [preview, setPreview] = useState<Preview | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const requested = useRef(0);
  const shown = useRef(0);
  const lastSent = useRef('');

  useEffect(() => {
    if (!publication) return;
    const body = JSON.stringify(publication);
    if (body === lastSent.current) return;
    const first = lastSent.current === '';
    const timer = window.setTimeout(async () => {
      lastSent.current = body;
      const seq = ++requested.current;
      const started = performance.now();
      setBusy(true);
      try {
        const result = await api.call('render.preview', { publication });
        const canvases = await drawPdf(base64ToBytes(result.pdfBase64), Math.max(MIN_DRAW_WIDTH, widthOf()));
        if (seq > shown.current) {
          shown.current = seq;
          setPreview((old) => ({ result, canvases, drawn: (old?.drawn ?? 0) + 1, totalMs: performance.now() - started }));
        }
        if (seq === requested.current) setError('');
      } catch (e) {
        if (seq === requested.current) setError(errorMessage(e));
      } finally {
        if (seq === requested.current) setBusy(false);
      }
    }, first ? 0 : DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
  }, [publication, widthOf]);

  return { preview, busy, error };
}
