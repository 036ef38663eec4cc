// The colophon a book or leaflet prints (Luật Xuất bản 2012, non-commercial
// publications; DOMAIN.md "Print norms"), filled from the print contract that
// prints the publication: its quantity is the print run, its printer the
// printer, its delivered date the date printed; the size is the pack's trim
// (or the size the publication chose); the issuing body is the Centre. What
// the records do not know (the licence, the legal-deposit date) stays the
// publication's own `variables.colophon`, and without a contract those own
// fields are all there is. Done at render and export time by the services,
// so the engine prints `variables.colophon` without knowing any record.
import { formatDate } from '../../contract/dates.js';
import { formatInteger } from '../../contract/money.js';
import type { Contract } from '../../contract/record-schemas.js';
import type { TemplateRegistry } from '../../engine/template-registry.js';
import type { RecordsContext } from './context.js';

/** The fields the packs' back pages print (docs/template-packs.md "Colophon"), as display text. */
interface Colophon {
  issuer?: string;
  licence?: string;
  size?: string;
  printRun?: string;
  printer?: string;
  printedOn?: string;
  depositedOn?: string;
}

type Line = Contract['items'][number];

/** The contract that prints the publication: the newest (by signing date) with a line for it. */
function printingContract(contracts: readonly Contract[], publicationId: string): { contract: Contract; line: Line } | undefined {
  const signedOn = (c: Contract) => c.statusDates?.signed ?? c.date;
  return contracts
    .flatMap((contract) => contract.items.filter((l) => l.publicationId === publicationId).map((line) => ({ contract, line })))
    .sort((a, b) => signedOn(b.contract).localeCompare(signedOn(a.contract)))[0];
}

/** "14,8 × 21 cm": millimetres as a Vietnamese colophon writes centimetres, with no-break spaces so the size stays on one line. */
const centimetres = (mm: number) => String(mm / 10).replace('.', ',');

/** The trim of the publication's pack, or of the book size it chose; undefined when the pack is unknown (the render says why). */
function trimSize(publication: Record<string, unknown>, templates: TemplateRegistry): string | undefined {
  const pack = typeof publication.template === 'string' ? templates.packs.get(publication.template) : undefined;
  if (!pack) return undefined;
  const chosen = typeof publication.size === 'string' ? pack.definition.book?.sizes[publication.size] : undefined;
  const { widthMm, heightMm } = chosen ?? pack.definition.trim;
  return `${centimetres(widthMm)}\u00a0×\u00a0${centimetres(heightMm)}\u00a0cm`;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The publication with `variables.colophon` filled from the contract that prints `publicationId`;
 * unchanged when there is none (or the publication is not an object: the render names what is wrong).
 */
export function fillColophon(publication: unknown, publicationId: string | undefined, deps: { records: RecordsContext; templates: TemplateRegistry }): unknown {
  if (!publicationId || !isObject(publication)) return publication;
  const { contracts, printers } = deps.records.state();
  const printing = printingContract(contracts, publicationId);
  if (!printing) return publication;
  const variables = isObject(publication.variables) ? publication.variables : {};
  const own = isObject(variables.colophon) ? variables.colophon : {};
  const delivered = printing.contract.statusDates?.delivered;
  const fromRecords: Colophon = {
    issuer: deps.records.centre().name,
    size: trimSize(publication, deps.templates),
    printRun: formatInteger(printing.line.quantity),
    printer: printers.find((p) => p.id === printing.contract.printerId)?.name,
    printedOn: delivered && formatDate(delivered),
  };
  const known = Object.fromEntries(Object.entries(fromRecords).filter(([, value]) => value !== undefined));
  return { ...publication, variables: { ...variables, colophon: { ...own, ...known } } };
}
