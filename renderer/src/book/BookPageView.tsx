// The page (or the spread) the user is looking at, as large as the pane
// allows. A click on printed text finds its block in the editor; the block
// the user jumped from is outlined on the page.
import { useEffect, useRef, useState, type MouseEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { PagePreview } from '../../../contract/publications.js';
import type { SourceRef } from '../../../contract/publication-format.js';
import { CanvasSlot } from './CanvasSlot.js';
import { regionAt, sameBlock } from './pages.js';
import type { PdfDocument } from './pdfPages.js';
import { useDrawnPage } from './useDrawnPage.js';

interface Props {
  doc: PdfDocument;
  pages: PagePreview[];
  /** Page numbers on screen: one, or the two of a spread. */
  shown: number[];
  /** Two pages side by side: the first on the left even when it is alone (the cover sits on the right). */
  spread: boolean;
  highlight?: SourceRef;
  onPickBlock(source: SourceRef): void;
}

/** Space between the pages of a spread, and room for the caption under a page, CSS pixels. */
const GUTTER = 4;
const CAPTION = 26;

export function BookPageView({ doc, pages, shown, spread, highlight, onPickBlock }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const size = useSize(box);
  const first = pages[shown[0] - 1];
  const columns = spread ? 2 : 1;
  // As wide as fits both the pane's width and its height.
  const width = first ? Math.floor(Math.min((size.width - GUTTER * (columns - 1)) / columns, ((size.height - CAPTION) * first.trimWidth) / first.trimHeight)) : 0;
  const leftEmpty = spread && shown.length === 1 && first?.book?.side === 'right';

  return (
    <div className={`book-view${spread ? ' spread' : ''}`} ref={box} data-testid="page-view">
      {leftEmpty && <div className="book-page placeholder" style={{ width }} aria-hidden="true" />}
      {shown.map((n) => pages[n - 1] && (
        <BookPage key={n} doc={doc} page={pages[n - 1]} pageNumber={n} width={width} highlight={highlight} onPickBlock={onPickBlock} />
      ))}
    </div>
  );
}

function BookPage({ doc, page, pageNumber, width, highlight, onPickBlock }: {
  doc: PdfDocument;
  page: PagePreview;
  pageNumber: number;
  width: number;
  highlight?: SourceRef;
  onPickBlock(source: SourceRef): void;
}) {
  const { t } = useTranslation(['book', 'common']);
  const drawn = useDrawnPage(doc, pageNumber, page, width);
  // Until the new page is drawn the old one stays, faded; its number says which it is.
  const current = drawn?.pageNumber === pageNumber && drawn.doc === doc;
  const regions = page.regions ?? [];
  const marked = highlight ? regions.filter((r) => sameBlock(r.source, highlight)) : [];
  const pick = (e: MouseEvent<HTMLDivElement>) => {
    const rect = e.currentTarget.getBoundingClientRect();
    const x = ((e.clientX - rect.left) / rect.width) * page.trimWidth;
    const y = ((e.clientY - rect.top) / rect.height) * page.trimHeight;
    const hit = regionAt(regions, x, y);
    if (hit) onPickBlock(hit.source);
  };
  const blank = page.book?.blank !== undefined;
  return (
    <figure className={`book-page${current ? '' : ' stale'}`} style={{ width }}
      data-page={drawn?.pageNumber} data-current={current}>
      <div className="book-paper" style={{ aspectRatio: `${page.trimWidth} / ${page.trimHeight}` }} onClick={pick}
        title={t('pickHint')}>
        <CanvasSlot canvas={drawn?.canvas} label={t('common:page', { page: drawn?.pageNumber ?? pageNumber })} />
        <svg className="page-overlay" viewBox={`0 0 ${page.trimWidth} ${page.trimHeight}`} aria-hidden="true">
          {marked.map((r, i) => (
            <rect key={i} className="block-mark" x={r.x - 3} y={r.y - 3} width={r.width + 6} height={r.height + 6} />
          ))}
        </svg>
      </div>
      <figcaption>{blank ? t('blankCaption', { page: pageNumber }) : t('common:page', { page: pageNumber })}</figcaption>
    </figure>
  );
}

/** The element's content size, kept up to date as the window changes. */
function useSize(ref: RefObject<HTMLElement | null>): { width: number; height: number } {
  const [size, setSize] = useState({ width: 0, height: 0 });
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const observer = new ResizeObserver(([entry]) => {
      const { width, height } = entry.contentRect;
      setSize((old) => (Math.round(width) === old.width && Math.round(height) === old.height ? old : { width: Math.round(width), height: Math.round(height) }));
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref]);
  return size;
}
