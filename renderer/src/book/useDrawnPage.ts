// One page of the open document drawn for the screen. The previous drawing
// stays until the new one is complete (no blank flash while the book is
// re-rendered), and a drawing no longer wanted is cancelled.
import { useEffect, useState } from 'react';
import type { PagePreview } from '../../../contract/publications.js';
import { i18n } from '../i18n/index.js';
import { drawPage, type PdfDocument } from './pdfPages.js';

export interface DrawnPage {
  canvas: HTMLCanvasElement;
  /** The document and page it shows: a view knows whether it is up to date. */
  doc: PdfDocument;
  pageNumber: number;
}

/** `page` null (or width 0): nothing to draw now; what was drawn stays. */
export function useDrawnPage(doc: PdfDocument, pageNumber: number, page: PagePreview | null, cssWidth: number): DrawnPage | null {
  const [drawn, setDrawn] = useState<DrawnPage | null>(null);
  useEffect(() => {
    if (!page || cssWidth <= 0) return;
    const drawing = drawPage(doc, pageNumber, page, cssWidth);
    drawing.promise.then(
      (canvas) => canvas && setDrawn({ canvas, doc, pageNumber }),
      (e) => console.error(i18n.t('drawFailed', { ns: 'book', page: pageNumber }), e),
    );
    return () => drawing.cancel();
  }, [doc, pageNumber, page, cssWidth]);
  return drawn;
}
