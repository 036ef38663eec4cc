// pdf.js for a book: one document per render, kept open while its pages and
// thumbnails are drawn on demand (a 56-page book is never drawn whole), one
// worker for all documents, and every drawing cancellable so a page scrolled
// away or replaced by a newer render stops costing time.
import * as pdfjs from 'pdfjs-dist';
import type { PDFDocumentProxy, RenderTask } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import type { PagePreview } from '../../../contract/publications.js';

pdfjs.GlobalWorkerOptions.workerSrc = workerUrl;

let worker: pdfjs.PDFWorker | null = null;

export type PdfDocument = PDFDocumentProxy;

export function openPdf(bytes: Uint8Array): Promise<PdfDocument> {
  // One worker for every render: starting a worker per document costs more than drawing a page.
  worker ??= new pdfjs.PDFWorker();
  // isEvalSupported: the page's CSP forbids eval, so pdf.js must not try it.
  return pdfjs.getDocument({ data: bytes, isEvalSupported: false, worker }).promise;
}

export function closePdf(doc: PdfDocument): void {
  void doc.destroy();
}

export interface PageDrawing {
  /** The drawn canvas, or null when the drawing was cancelled or its document closed meanwhile. */
  promise: Promise<HTMLCanvasElement | null>;
  cancel(): void;
}

/**
 * Draws the trimmed page as the reader will see it (no bleed, no crop marks),
 * `cssWidth` wide and sharp for the screen's pixel ratio.
 */
export function drawPage(doc: PdfDocument, pageNumber: number, page: PagePreview, cssWidth: number): PageDrawing {
  let cancelled = false;
  let task: RenderTask | null = null;
  const gone = () => cancelled || doc.loadingTask.destroyed;
  const promise = (async () => {
    try {
      const pdfPage = await doc.getPage(pageNumber);
      if (gone()) return null;
      const scale = (cssWidth / page.trimWidth) * window.devicePixelRatio;
      const canvas = document.createElement('canvas');
      canvas.width = Math.round(page.trimWidth * scale);
      canvas.height = Math.round(page.trimHeight * scale);
      canvas.style.width = `${cssWidth}px`;
      canvas.style.height = `${(cssWidth * page.trimHeight) / page.trimWidth}px`;
      task = pdfPage.render({
        canvas,
        viewport: pdfPage.getViewport({ scale }),
        // Shift the media box so the trim's top-left corner is the canvas's.
        transform: [1, 0, 0, 1, -page.trimX * scale, -page.trimY * scale],
      });
      await task.promise;
      return gone() ? null : canvas;
    } catch (e) {
      if (gone()) return null;
      throw e;
    }
  })();
  return {
    promise,
    cancel() {
      cancelled = true;
      task?.cancel();
    },
  };
}
