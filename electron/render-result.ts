// What the UI gets back from a render: the PDF as base64, a file name to save
// it under, and per page the geometry the preview needs to draw fold lines
// and frames over pdf.js's picture of the page.
import type { PagePreview, RenderResult } from './api.js';
import type { Finding } from './publishing/findings.js';
import type { LaidOutDocument } from './publishing/layout/types.js';
import { sheetFor } from './publishing/paint/sheet.js';
import type { TemplateDefinition } from './publishing/template-schema.js';

/** What the pipeline's render gives back (publishing/index.ts `Rendered`), as far as the UI needs it. */
export interface RenderOutput {
  publication: { meta: { title: string } };
  pack: { definition: TemplateDefinition };
  layout: LaidOutDocument;
  pdf: Buffer | Uint8Array;
  findings: Finding[];
}

export function toRenderResult(out: RenderOutput, ms: number): RenderResult {
  const pages: PagePreview[] = out.layout.pages.map((page) => {
    // The painter's own sheet geometry, so the preview's overlay sits exactly on the PDF.
    const sheet = sheetFor(page, out.pack.definition);
    return {
      label: page.label,
      trimWidth: page.trimWidth,
      trimHeight: page.trimHeight,
      bleed: page.bleed,
      trimX: sheet.trimX,
      trimY: sheet.trimY,
      mediaWidth: sheet.width,
      mediaHeight: sheet.height,
      folds: page.folds,
      frames: page.frames.map((f) => ({ ...f })),
    };
  });
  return {
    pdfBase64: Buffer.from(out.pdf).toString('base64'),
    fileName: `${safeFileName(out.publication.meta.title)}.pdf`,
    pages,
    overflow: out.layout.overflow,
    findings: out.findings,
    ms: Math.round(ms),
  };
}

/** Characters no file system accepts (Windows is the strictest), and control characters. */
const UNSAFE_CHARS = /[<>:"/\\|?*\u0000-\u001f\u007f]/g;
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/i;
const MAX_NAME_LENGTH = 120;

/** A file name from a title: Vietnamese letters kept (NFC), what no file system accepts removed. */
export function safeFileName(title: string, fallback = 'an-pham'): string {
  const cleaned = title
    .normalize('NFC')
    .replace(UNSAFE_CHARS, ' ')
    .replace(/\s+/g, ' ')
    .slice(0, MAX_NAME_LENGTH)
    // Windows drops trailing dots and spaces; a leading dot hides the file elsewhere.
    .replace(/^[\s.]+|[\s.]+$/g, '');
  return cleaned && !WINDOWS_RESERVED.test(cleaned) ? cleaned : fallback;
}
