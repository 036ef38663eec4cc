// What makes the printer PDF a PDF/X-1a:2003 file beyond drawing in CMYK:
// the info keys, the XMP metadata saying the same, and the output intent
// naming the printing condition, with its ICC profile embedded once.
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

/** The Info entries the XMP repeats; pdfkit keeps them as given in `pdf.info`. */
interface Info {
  Title: string;
  Author?: string;
  Subject?: string;
  Creator: string;
  Producer: string;
  CreationDate: Date;
  ModDate: Date;
  Trapped: PdfName;
  GTS_PDFXVersion: string;
}

const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
/** An XMP date to the second, in UTC as pdfkit writes the Info dates (D:YYYYMMDDHHmmssZ). */
const xmpDate = (d: Date) => d.toISOString().replace(/\.\d{3}Z$/, 'Z');

/**
 * Replaces pdfkit's metadata stream, written when the document ends: pdfkit's
 * leaves out the modification date, Trapped and the PDF/X version the Info
 * dictionary has (later PDF/X parts and most preflight tools require the two
 * to agree), does not escape XML, and writes a stray lowercase /length key.
 */
export function writeXmp(pdf: Doc): void {
  const doc = pdf as unknown as { info: Info; ref(data: object): PdfRef & { compress: boolean }; _root: { data: Record<string, unknown> }; endMetadata(): void };
  doc.endMetadata = () => {
    const info = doc.info;
    const optional = (tag: string, value: string | undefined, wrap: (v: string) => string) => (value ? `<${tag}>${wrap(xml(value))}</${tag}>` : '');
    const packet = [
      '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>',
      '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">',
      '<rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/"',
      ' xmlns:pdf="http://ns.adobe.com/pdf/1.3/" xmlns:pdfxid="http://www.npes.org/pdfx/ns/id/">',
      `<xmp:CreateDate>${xmpDate(info.CreationDate)}</xmp:CreateDate>`,
      `<xmp:ModifyDate>${xmpDate(info.ModDate)}</xmp:ModifyDate>`,
      `<xmp:MetadataDate>${xmpDate(info.ModDate)}</xmp:MetadataDate>`,
      `<xmp:CreatorTool>${xml(info.Creator)}</xmp:CreatorTool>`,
      '<dc:format>application/pdf</dc:format>',
      optional('dc:title', info.Title, (v) => `<rdf:Alt><rdf:li xml:lang="x-default">${v}</rdf:li></rdf:Alt>`),
      optional('dc:creator', info.Author, (v) => `<rdf:Seq><rdf:li>${v}</rdf:li></rdf:Seq>`),
      optional('dc:description', info.Subject, (v) => `<rdf:Alt><rdf:li xml:lang="x-default">${v}</rdf:li></rdf:Alt>`),
      `<pdf:Producer>${xml(info.Producer)}</pdf:Producer>`,
      `<pdf:Trapped>${info.Trapped.valueOf()}</pdf:Trapped>`,
      `<pdfxid:GTS_PDFXVersion>${xml(info.GTS_PDFXVersion)}</pdfxid:GTS_PDFXVersion>`,
      '</rdf:Description></rdf:RDF></x:xmpmeta>',
      '<?xpacket end="w"?>',
    ].filter(Boolean).join('\n');
    const stream = doc.ref({ Type: 'Metadata', Subtype: 'XML' });
    // Left uncompressed so that tools that read XMP by scanning the file find it.
    stream.compress = false;
    stream.write(Buffer.from(packet, 'utf8'));
    stream.end();
    doc._root.data.Metadata = stream;
  };
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
