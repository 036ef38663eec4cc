// The papers the Centre signs, as DOCX or PDF: build the paper (model.ts)
// from the records, then write it in the asked format.
import type { ContractPaper, GeneratedFile, PaperFormat } from '../../contract/papers.js';
import { acceptancePaper } from './acceptance.js';
import { contractPaper } from './contract.js';
import { serifFonts } from './decree30.js';
import { writeDocx } from './docx.js';
import { textWidthPt } from './measure.js';
import type { Paper } from './model.js';
import { liquidationPaper } from './liquidation.js';
import type { ContractPaperData } from './parts.js';
import { writePdf } from './pdf.js';

export type { ContractPaperData } from './parts.js';

const BUILDERS: Record<ContractPaper, (data: ContractPaperData) => Paper> = {
  contract: contractPaper,
  acceptance: acceptancePaper,
  liquidation: liquidationPaper,
};

const MIME: Record<PaperFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
};

export async function writeContractPaper(
  data: ContractPaperData,
  kind: ContractPaper,
  format: PaperFormat,
  options: { appRoot: string; creationDate?: Date },
): Promise<{ fileName: string; mimeType: string; bytes: Buffer }> {
  return writePaper(BUILDERS[kind](data), format, options);
}

/** Any paper (contract records, handover record, report) as DOCX or PDF. */
export async function writePaper(
  doc: Paper,
  format: PaperFormat,
  options: { appRoot: string; creationDate?: Date },
): Promise<{ fileName: string; mimeType: string; bytes: Buffer }> {
  const fonts = serifFonts(options.appRoot);
  const bytes =
    format === 'docx'
      ? await writeDocx(doc, { measureBold: (text, size) => textWidthPt(text, size, fonts.bold) })
      : await writePdf(doc, options);
  return { fileName: `${doc.fileStem}.${format}`, mimeType: MIME[format], bytes };
}

/** A written file as the API hands it over. */
export function toGenerated(result: { fileName: string; mimeType: string; bytes: Buffer }): GeneratedFile {
  return { fileName: result.fileName, mimeType: result.mimeType, base64: result.bytes.toString('base64') };
}
