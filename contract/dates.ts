// Dates are ISO calendar dates ("2022-10-05") in storage and bundles and
// dd/mm/yyyy on screen and in documents. Pure, for the renderer too.

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar date in ISO form: "2022-02-30" is refused. */
export function isIsoDate(text: string): boolean {
  const match = ISO_DATE.exec(text);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** "2022-10-05" → "05/10/2022"; anything else is returned as it is. */
export function formatDate(iso: string): string {
  const match = ISO_DATE.exec(iso);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : iso;
}

/** "05/10/2022" (or "5/10/2022") → "2022-10-05"; undefined when it is not a real date. */
export function parseDisplayDate(text: string): string | undefined {
  const match = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\s*$/.exec(text);
  if (!match) return undefined;
  const iso = `${match[3]}-${match[2].padStart(2, '0')}-${match[1].padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : undefined;
}

/** "ngày 05 tháng 10 năm 2022", as documents write a date in running text. */
export function longDate(iso: string | undefined): string {
  const match = iso ? ISO_DATE.exec(iso) : null;
  return match ? `ngày ${match[3]} tháng ${match[2]} năm ${match[1]}` : 'ngày …… tháng …… năm ……';
}

/** Whether an ISO date lies in an inclusive period whose ends may be absent. */
export const inPeriod = (date: string, { from, to }: { from?: string; to?: string }) => (from === undefined || date >= from) && (to === undefined || date <= to);

/** Today as an ISO date, in the machine's time zone (the day the user sees). */
export const today = (): string => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};
