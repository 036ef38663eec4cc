// The contract form's state (text as typed) and its conversion to the
// record the service checks. Whole numbers accept "5.000"; dates are typed
// dd/mm/yyyy. What cannot be read is sent as typed, so the service's message
// names the field.
import type { Contract } from '../../../contract/record-schemas.js';
import { formatDate, formatInteger, parseDecimal, parseDisplayDate, parseWhole, totalsOf } from './format.js';

/** The specification's fields in form order; each is labelled by `spec.<key>` in the "records" strings. */
export const SPEC_KEYS = ['size', 'pages', 'colours', 'paper', 'paperGsm', 'finishing'] as const;
type SpecKey = (typeof SPEC_KEYS)[number];

export type LineForm = { publicationId: string; unit: string; quantity: string; unitPrice: string } & Record<SpecKey, string>;

export interface ContractForm {
  id?: string;
  number: string;
  date: string;
  printerId: string;
  budgetSource: string;
  /** The plan the contract is charged to; empty: none. */
  planId: string;
  selectionNumber: string;
  selectionDate: string;
  selectionIssuer: string;
  place: string;
  deadline: string;
  vatPercent: string;
  advancePaid: string;
  note: string;
  items: LineForm[];
}

export const emptyLine = (): LineForm => ({
  publicationId: '', unit: '', quantity: '', unitPrice: '', size: '', pages: '', colours: '', paper: '', paperGsm: '', finishing: '',
});

export const emptyContract = (today: string, budgetSource: string): ContractForm => ({
  number: '', date: today, printerId: '', budgetSource, planId: '', selectionNumber: '', selectionDate: '', selectionIssuer: '', place: '', deadline: '',
  vatPercent: '8', advancePaid: '', note: '', items: [emptyLine()],
});

const text = (v: unknown) => (v === undefined || v === null ? '' : String(v));
// Quantities and money show their thousands as typed and printed: "5.000", "1.200.000".
const grouped = (v: number | undefined) => (v === undefined ? '' : formatInteger(v));

export function formFromContract(c: Contract): ContractForm {
  return {
    id: c.id, number: c.number, date: formatDate(c.date), printerId: c.printerId, budgetSource: text(c.budgetSource), place: text(c.place),
    selectionNumber: text(c.selectionNumber), selectionDate: c.selectionDate ? formatDate(c.selectionDate) : '', selectionIssuer: text(c.selectionIssuer),
    planId: text(c.planId),
    deadline: c.deadline ? formatDate(c.deadline) : '', vatPercent: text(c.vatPercent).replace('.', ','), advancePaid: grouped(c.advancePaid), note: text(c.note),
    items: c.items.map((i) => ({
      publicationId: i.publicationId, unit: text(i.unit), quantity: grouped(i.quantity), unitPrice: grouped(i.unitPrice),
      size: text(i.spec?.size), pages: text(i.spec?.pages), colours: text(i.spec?.colours), paper: text(i.spec?.paper), paperGsm: text(i.spec?.paperGsm), finishing: text(i.spec?.finishing),
    })),
  };
}

const whole = (t: string) => (t.trim() === '' ? '' : parseWhole(t) ?? t);
const date = (t: string) => (t.trim() === '' ? '' : parseDisplayDate(t) ?? t);

export function contractInput(form: ContractForm): Record<string, unknown> {
  return {
    ...(form.id ? { id: form.id } : {}),
    number: form.number, date: date(form.date), printerId: form.printerId, budgetSource: form.budgetSource, place: form.place,
    selectionNumber: form.selectionNumber, selectionDate: date(form.selectionDate), selectionIssuer: form.selectionIssuer,
    planId: form.planId,
    deadline: date(form.deadline), vatPercent: form.vatPercent.trim() === '' ? '' : parseDecimal(form.vatPercent) ?? form.vatPercent,
    advancePaid: whole(form.advancePaid), note: form.note,
    items: form.items.map((l) => ({
      publicationId: l.publicationId, unit: l.unit, quantity: whole(l.quantity), unitPrice: whole(l.unitPrice),
      spec: { size: l.size, pages: whole(l.pages), colours: l.colours, paper: l.paper, paperGsm: whole(l.paperGsm), finishing: l.finishing },
    })),
  };
}

/** Totals as typed so far: lines not yet readable count as zero. */
export function liveTotals(form: ContractForm) {
  const lines = form.items.map((l) => ({ quantity: parseWhole(l.quantity) ?? 0, unitPrice: parseWhole(l.unitPrice) ?? 0 }));
  const vat = parseDecimal(form.vatPercent) ?? 0;
  return { lines, ...totalsOf(lines, vat <= 100 ? vat : 0) };
}
