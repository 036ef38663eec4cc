// The preview of a book: one page or a spread at a readable size, every page
// as a thumbnail beside it, buttons to turn pages, and the preflight findings
// underneath, each able to show its page or open its block.
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SourceRef } from '../../../contract/publication-format.js';
import { Findings } from '../preview/Findings.js';
import type { PreviewState } from '../preview/usePreview.js';
import { BookPageView } from './BookPageView.js';
import { PageThumbnails } from './PageThumbnails.js';
import { shownPages, stepPage, type ViewMode } from './pages.js';
import type { PdfDocument } from './pdfPages.js';

interface Props {
  state: PreviewState<PdfDocument>;
  /** The page asked for (clamped to the book's pages). */
  page: number;
  onPage(page: number): void;
  highlight?: SourceRef;
  describeBlock(source: SourceRef): string;
  onShowBlock(source: SourceRef): void;
}

export function BookPreviewPane({ state: { preview, busy, error }, page, onPage, highlight, describeBlock, onShowBlock }: Props) {
  const { t } = useTranslation(['book', 'preview', 'common']);
  const [mode, setMode] = useState<ViewMode>('page');
  const result = preview?.result;
  const pageCount = result?.pages.length ?? 0;
  // Kept as the same array while the same pages are shown, so typing in the editor does not redraw the thumbnails' list.
  const shownKey = shownPages(page, mode, pageCount).join(',');
  const shown = useMemo(() => shownKey.split(',').map(Number), [shownKey]);
  // A jump from a finding or a block may come while the pane is scrolled down: bring the page back into view.
  const nav = useRef<HTMLDivElement>(null);
  useEffect(() => {
    nav.current?.scrollIntoView({ block: 'nearest' });
  }, [page]);

  return (
    <section className="preview book-preview" aria-labelledby="preview-title"
      data-testid="preview" data-drawn={preview?.drawn ?? 0}>
      <div className="preview-head">
        <h2 id="preview-title">{t('preview:title')}</h2>
        <span className="small muted" aria-live="polite">
          {busy ? t('preview:rendering') : preview ? t('timing', { count: pageCount, total: Math.round(preview.totalMs), engine: Math.round(preview.result.ms) }) : ''}
        </span>
      </div>
      {error && <p className="message error" role="alert">{t('preview:failed', { reason: error })}</p>}
      {!preview && !error && <p className="muted">{t('preview:first')}</p>}
      {preview && result && (
        <>
          <div className="page-nav" role="group" aria-label={t('nav')} ref={nav}>
            <button type="button" disabled={shown[0] <= 1} onClick={() => onPage(stepPage(page, mode, pageCount, -1))}>{t('previous')}</button>
            <span className="page-nav-where" data-testid="shown-pages">
              {shown.length > 1 ? t('spreadPages', { first: shown[0], last: shown[1] }) : t('common:page', { page: shown[0] })} / {pageCount}
            </span>
            <button type="button" disabled={shown.at(-1)! >= pageCount} onClick={() => onPage(stepPage(page, mode, pageCount, 1))}>{t('next')}</button>
            <span className="page-nav-mode" role="radiogroup" aria-label={t('mode')}>
              {(['page', 'spread'] as const).map((m) => (
                <button key={m} type="button" role="radio" aria-checked={mode === m} onClick={() => setMode(m)}>
                  {t(`modes.${m}`)}
                </button>
              ))}
            </span>
          </div>
          <div className={`book-preview-body${busy ? ' stale' : ''}`}>
            <PageThumbnails doc={preview.drawing} pages={result.pages} shown={shown} onSelect={onPage} />
            <BookPageView doc={preview.drawing} pages={result.pages} shown={shown} spread={mode === 'spread'}
              highlight={highlight} onPickBlock={onShowBlock} />
          </div>
          <Findings findings={result.findings} describeBlock={describeBlock} onShowBlock={onShowBlock} onShowPage={onPage} />
        </>
      )}
    </section>
  );
}
