// What makes the printer PDF a PDF/X-1a:2003 file beyond drawing in CMYK:
// the info keys and the output intent naming the printing condition, with its
// ICC profile embedded once.
import { readFileSync } from 'node:fs';
import { OUTPUT_CONDITION, PDFX_VERSION } from '../pdfx/standard.js';

type Doc = PDFKit.PDFDocument;

/** The PDF version pdfkit writes in the header: X-1a:2003 allows at most 1.4. */
export const PDFX_PDF_VERSION = '1.4';

/**
 * A PDF name value. pdfkit writes JS strings in info as PDF strings, but
 * `Trapped` must be the name /False; an object that does not look like a
 * plain dictionary is written through its `toString`.
 */
class PdfName {
  constructor(private readonly name: string) {}
  get [Symbol.toStringTag]() {
    return 'PdfName';
  }
  toString() {
    return `/${this.name}`;
  }
  valueOf() {
    return this.name;
  }
}

/** Info entries PDF/X requires besides Title and the dates. */
export function pdfxInfo(): Record<string, unknown> {
  // Trapping is left to the print shop, which knows its press.
  return { GTS_PDFXVersion: PDFX_VERSION, Trapped: new PdfName('False') };
}

/** Profile bytes by path: read once per process. */
const profiles = new Map<string, Buffer>();

/** Adds the catalog's /OutputIntents: one GTS_PDFX intent, with the profile as its DestOutputProfile. */
export function addOutputIntent(pdf: Doc, profilePath: string): void {
  const profile = profiles.get(profilePath) ?? readFileSync(profilePath);
  profiles.set(profilePath, profile);
  const refOf = (data: object) => (pdf as unknown as { ref(data: object): PdfRef }).ref(data);
  const icc = refOf({ N: 4 });
  icc.write(profile);
  icc.end();
  // pdfkit writes JS strings as PDF names and String objects as PDF strings.
  const intent = refOf({
    Type: 'OutputIntent',
    S: 'GTS_PDFX',
    OutputConditionIdentifier: new String(OUTPUT_CONDITION.identifier),
    OutputCondition: new String(OUTPUT_CONDITION.condition),
    RegistryName: new String(OUTPUT_CONDITION.registry),
    Info: new String(OUTPUT_CONDITION.condition),
    DestOutputProfile: icc,
  });
  intent.end();
  (pdf as unknown as { _root: { data: Record<string, unknown> } })._root.data.OutputIntents = [intent];
}

interface PdfRef {
  write(chunk: Uint8Array): void;
  end(): void;
}
