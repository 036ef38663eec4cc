// The records the Centre signs, as DOCX or PDF: build the document from the
// records, then write it in the asked format.
import type { DocumentFormat, DocumentKind, GeneratedDocument } from '../../contract/records.js';
import { acceptanceDocument } from './acceptance.js';
import { contractDocument } from './contract.js';
import { serifFonts } from './decree30.js';
import { writeDocx } from './docx.js';
import { textWidthPt } from './measure.js';
import type { AdminDocument } from './model.js';
import { liquidationDocument } from './liquidation.js';
import type { DocumentData } from './parts.js';
import { writePdf } from './pdf.js';

export type { DocumentData } from './parts.js';

const BUILDERS: Record<DocumentKind, (data: DocumentData) => AdminDocument> = {
  contract: contractDocument,
  acceptance: acceptanceDocument,
  liquidation: liquidationDocument,
};

const MIME: Record<DocumentFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
};

export async function generateDocument(
  data: DocumentData,
  kind: DocumentKind,
  format: DocumentFormat,
  options: { appRoot: string; creationDate?: Date },
): Promise<{ fileName: string; mimeType: string; bytes: Buffer }> {
  return renderDocument(BUILDERS[kind](data), format, options);
}

/** Any administrative document (records, handover record, report) as DOCX or PDF. */
export async function renderDocument(
  doc: AdminDocument,
  format: DocumentFormat,
  options: { appRoot: string; creationDate?: Date },
): Promise<{ fileName: string; mimeType: string; bytes: Buffer }> {
  const fonts = serifFonts(options.appRoot);
  const bytes =
    format === 'docx'
      ? await writeDocx(doc, { measureBold: (text, size) => textWidthPt(text, size, fonts.bold) })
      : await writePdf(doc, options);
  return { fileName: `${doc.fileStem}.${format}`, mimeType: MIME[format], bytes };
}

export function toGenerated(result: { fileName: string; mimeType: string; bytes: Buffer }): GeneratedDocument {
  return { fileName: result.fileName, mimeType: result.mimeType, base64: result.bytes.toString('base64') };
}
