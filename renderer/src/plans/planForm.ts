// The plan form's state (text as typed) and its conversion to the record the
// service checks. Dates are typed dd/mm/yyyy and a due as a day or a quarter;
// one that cannot be read is reported here, naming the field, before anything
// is sent. Whole numbers accept "180.000.000"; what is not one is sent as
// typed, so the service's message names the field.
import type { Plan } from '../../../contract/record-schemas.js';
import { formatDate, formatInteger, parseDisplayDate, parseWhole } from '../records/format.js';
import { dueText, parseDue } from './due.js';

export interface ActivityForm {
  id?: string;
  name: string;
  unitOfCount: string;
  target: string;
  due: string;
  media: boolean;
}

/** The plan's own fields, shared by the plan form and the copy form. */
export interface PlanFields {
  number: string;
  issuedOn: string;
  issuer: string;
  title: string;
  from: string;
  to: string;
  fundingSource: string;
  fundingAmount: string;
}

export interface PlanForm extends PlanFields {
  id?: string;
  note: string;
  activities: ActivityForm[];
}

export const DATE_FIELDS = ['issuedOn', 'from', 'to'] as const;

export const emptyActivity = (): ActivityForm => ({ name: '', unitOfCount: '', target: '', due: '', media: false });

export const emptyFields = (issuer: string): PlanFields => ({
  number: '', issuedOn: '', issuer, title: '', from: '', to: '', fundingSource: '', fundingAmount: '',
});

export const emptyPlan = (issuer: string): PlanForm => ({ ...emptyFields(issuer), note: '', activities: [emptyActivity()] });

const text = (v: string | undefined) => v ?? '';

export function formFromPlan(p: Plan): PlanForm {
  return {
    id: p.id, number: p.number, issuedOn: formatDate(p.issuedOn), issuer: text(p.issuer), title: p.title,
    from: formatDate(p.from), to: formatDate(p.to), fundingSource: text(p.funding?.source),
    fundingAmount: p.funding?.amount === undefined ? '' : formatInteger(p.funding.amount), note: text(p.note),
    activities: p.activities.map((a) => ({ id: a.id, name: a.name, unitOfCount: a.unitOfCount, target: String(a.target), due: dueText(a.due), media: a.media === true })),
  };
}

/** What cannot be read before sending: a date field's name, or an activity's number (from 1) whose due is wrong. */
export type DateProblem = { dateField: (typeof DATE_FIELDS)[number] };
export type FormProblem = DateProblem | { dueOf: number };

const whole = (t: string) => (t.trim() === '' ? '' : parseWhole(t) ?? t);

/** The plan's fields as the service takes them, or the first problem. */
export function fieldsInput(form: PlanFields): { input: Record<string, unknown> } | { problem: DateProblem } {
  const dates: Record<string, string> = {};
  for (const field of DATE_FIELDS) {
    const typed = form[field].trim();
    const iso = typed === '' ? '' : parseDisplayDate(typed);
    if (iso === undefined) return { problem: { dateField: field } };
    dates[field] = iso;
  }
  return {
    input: {
      number: form.number, title: form.title, issuer: form.issuer, ...dates,
      funding: { source: form.fundingSource, amount: whole(form.fundingAmount) },
    },
  };
}

export function planInput(form: PlanForm): { input: Record<string, unknown> } | { problem: FormProblem } {
  const fields = fieldsInput(form);
  if ('problem' in fields) return fields;
  const activities = [];
  for (const [i, a] of form.activities.entries()) {
    const due = a.due.trim() === '' ? '' : parseDue(a.due);
    if (due === undefined) return { problem: { dueOf: i + 1 } };
    activities.push({ ...(a.id ? { id: a.id } : {}), name: a.name, unitOfCount: a.unitOfCount, target: whole(a.target), due, ...(a.media ? { media: true } : {}) });
  }
  return { input: { ...(form.id ? { id: form.id } : {}), ...fields.input, note: form.note, activities } };
}
