// The live preview beside the editor: both sides of the sheet as they will
// print, the overlay of folds and panels, what overflows, and the preflight
// findings. The last drawn preview stays up while the next one renders.
import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { PagePreview } from '../../../contract/publications.js';
import type { Overflow } from '../../../contract/publications.js';
import type { Publication, SourceRef } from '../../../contract/publication-format.js';
import { formatMm } from '../format.js';
import { Findings } from './Findings.js';
import { drawPdf } from './drawPdf.js';
import { PageOverlay } from './PageOverlay.js';
import { usePreview, type PreviewDrawing } from './usePreview.js';

/** Pages are drawn at least this wide (CSS pixels) so zooming the pane stays readable. */
const MIN_DRAW_WIDTH = 700;

interface Props {
  publication: Publication | null;
  /** The saved publication's id: its colophon shows the print contract that prints it. */
  publicationId: string;
  /** Panel ids each flow fills, in reading order, when the template says so. */
  flowOrder: Record<string, string[] | undefined>;
  describeBlock(source: SourceRef): string;
  onShowBlock(source: SourceRef): void;
}

/**
 * For each page, the frames that hold the end of an overflowing flow: its
 * last frame in reading order (a leaflet's body ends on the fold-in flap of
 * the outside, which is printed on page 1), else the last one in page order.
 */
function overflowFrames(pages: PagePreview[], overflow: Overflow[], flowOrder: Props['flowOrder']): number[][] {
  const marked = pages.map(() => [] as number[]);
  for (const o of overflow) {
    const lastPanel = flowOrder[o.flow]?.at(-1);
    let last: [number, number] | null = null;
    pages.forEach((p, pi) => p.frames.forEach((f, fi) => {
      if (f.flow === o.flow && (!lastPanel || f.panelId === lastPanel)) last = [pi, fi];
    }));
    if (last) marked[last[0]].push(last[1]);
  }
  return marked;
}

function PageCanvas({ canvas, label }: { canvas: HTMLCanvasElement; label: string }) {
  const holder = useRef<HTMLDivElement>(null);
  useEffect(() => {
    canvas.setAttribute('role', 'img');
    canvas.setAttribute('aria-label', label);
    holder.current?.replaceChildren(canvas);
  }, [canvas, label]);
  return <div ref={holder} className="page-canvas" />;
}

export function PreviewPane({ publication, publicationId, flowOrder, describeBlock, onShowBlock }: Props) {
  const { t } = useTranslation(['preview', 'common']);
  const pane = useRef<HTMLDivElement>(null);
  const drawing = useMemo<PreviewDrawing<HTMLCanvasElement[]>>(() => ({
    prepare: (bytes) => drawPdf(bytes, Math.max(MIN_DRAW_WIDTH, pane.current?.clientWidth ?? 0)),
  }), []);
  const { preview, busy, error } = usePreview(publication, drawing, publicationId);
  const result = preview?.result;
  const marked = result ? overflowFrames(result.pages, result.overflow, flowOrder) : [];

  return (
    <section className="preview" aria-labelledby="preview-title" ref={pane}
      data-testid="preview" data-drawn={preview?.drawn ?? 0}>
      <div className="preview-head">
        <h2 id="preview-title">{t('title')}</h2>
        <span className="small muted" aria-live="polite">
          {busy ? t('rendering') : preview ? t('timing', { total: Math.round(preview.totalMs), engine: Math.round(preview.result.ms) }) : ''}
        </span>
      </div>
      {error && <p className="message error" role="alert">{t('failed', { reason: error })}</p>}
      {result?.overflow.map((o) => (
        <p key={o.flow} className="message error overflow-message" role="status">
          {t('overflow', { flow: o.label, mm: formatMm(o.overflowMm) })}
        </p>
      ))}
      {!preview && !error && <p className="muted">{t('first')}</p>}
      {preview && result && (
        <div className={`pages${busy ? ' stale' : ''}`}>
          {preview.drawing.map((canvas, i) => {
            const page = result.pages[i];
            const label = page?.label ?? t('common:page', { page: i + 1 });
            return (
              <figure key={i} className="page">
                <div className="page-frame">
                  <PageCanvas canvas={canvas} label={t('pageImage', { label })} />
                  {page && <PageOverlay page={page} overflowFrames={marked[i] ?? []} />}
                </div>
                <figcaption>{label}</figcaption>
              </figure>
            );
          })}
        </div>
      )}
      {result && <Findings findings={result.findings} describeBlock={describeBlock} onShowBlock={onShowBlock} />}
    </section>
  );
}
