// Draws every page of a PDF onto fresh canvases with pdf.js. The canvases are
// not on screen yet: the preview swaps them in only when all pages are drawn,
// so the previous preview stays visible meanwhile.
import * as pdfjs from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';

pdfjs.GlobalWorkerOptions.workerSrc = workerUrl;

/** `cssWidth`: the width the pages will be shown at; drawn sharp for the screen's pixel ratio. */
export async function drawPdf(bytes: Uint8Array, cssWidth: number): Promise<HTMLCanvasElement[]> {
  // isEvalSupported: the page's CSP forbids eval, so pdf.js must not try it.
  const doc = await pdfjs.getDocument({ data: bytes, isEvalSupported: false }).promise;
  try {
    const canvases: HTMLCanvasElement[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const natural = page.getViewport({ scale: 1 });
      const viewport = page.getViewport({ scale: (cssWidth / natural.width) * window.devicePixelRatio });
      const canvas = document.createElement('canvas');
      canvas.width = Math.ceil(viewport.width);
      canvas.height = Math.ceil(viewport.height);
      await page.render({ canvas, viewport }).promise;
      canvases.push(canvas);
    }
    return canvases;
  } finally {
    await doc.destroy();
  }
}
