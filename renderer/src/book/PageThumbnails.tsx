// Every page of the book as a small picture with its number; a click shows
// the page big. Only thumbnails in (or near) view are drawn, and again only
// when a new render arrives while they are in view.
import { memo, useEffect, useRef, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { PagePreview } from '../../../contract/publications.js';
import { CanvasSlot } from './CanvasSlot.js';
import type { PdfDocument } from './pdfPages.js';
import { useDrawnPage } from './useDrawnPage.js';
import { useVisible } from './useVisible.js';

/** CSS pixels: small enough for a column of them, large enough to recognise a page. */
const THUMB_WIDTH = 92;

interface Props {
  doc: PdfDocument;
  pages: PagePreview[];
  /** Pages the big view shows now. */
  shown: number[];
  onSelect(page: number): void;
}

// Memoised: a long book has many thumbnails, and the editor re-renders on every key typed.
export const PageThumbnails = memo(function PageThumbnails({ doc, pages, shown, onSelect }: Props) {
  const { t } = useTranslation('book');
  const strip = useRef<HTMLOListElement>(null);

  // Keep the pages shown in view in the strip (without scrolling the window, as scrollIntoView would).
  useEffect(() => {
    const list = strip.current;
    const item = list?.querySelector<HTMLElement>(`[data-page="${shown[0]}"]`);
    if (!list || !item) return;
    const top = item.offsetTop - list.offsetTop;
    if (top < list.scrollTop) list.scrollTop = top;
    else if (top + item.offsetHeight > list.scrollTop + list.clientHeight) list.scrollTop = top + item.offsetHeight - list.clientHeight;
  }, [shown]);

  return (
    <ol className="thumbnails" ref={strip} aria-label={t('pages')}>
      {pages.map((page, i) => (
        <Thumbnail key={i} doc={doc} page={page} pageNumber={i + 1} root={strip}
          current={shown.includes(i + 1)} onSelect={onSelect} />
      ))}
    </ol>
  );
});

function Thumbnail({ doc, page, pageNumber, root, current, onSelect }: {
  doc: PdfDocument;
  page: PagePreview;
  pageNumber: number;
  root: RefObject<HTMLOListElement | null>;
  current: boolean;
  onSelect(page: number): void;
}) {
  const { t } = useTranslation(['book', 'common']);
  const item = useRef<HTMLLIElement>(null);
  const visible = useVisible(item, root);
  const drawn = useDrawnPage(doc, pageNumber, visible ? page : null, THUMB_WIDTH);
  const blank = page.book?.blank !== undefined;
  const name = blank ? t('blankPage', { page: pageNumber }) : t('common:page', { page: pageNumber });
  return (
    <li ref={item} data-page={pageNumber} data-drawn={drawn?.doc === doc ? 'current' : drawn ? 'stale' : 'none'}>
      <button type="button" className="thumbnail" aria-current={current ? 'page' : undefined} aria-label={name}
        onClick={() => onSelect(pageNumber)}>
        <span className="thumbnail-paper" style={{ width: THUMB_WIDTH, aspectRatio: `${page.trimWidth} / ${page.trimHeight}` }}>
          <CanvasSlot canvas={drawn?.canvas} label={name} />
        </span>
        <span className="thumbnail-number" aria-hidden="true">{pageNumber}</span>
      </button>
    </li>
  );
}
