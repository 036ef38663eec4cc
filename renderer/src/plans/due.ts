// An activity's due: a day (stored "2026-06-30", typed and shown 30/06/2026)
// or a quarter (stored "2026-Q2", typed "Quý 2/2026", "Q2/2026" or "2026-Q2").
import { formatDate, parseDisplayDate } from '../records/format.js';

const STORED_QUARTER = /^(\d{4})-Q([1-4])$/;

/** The stored form of what was typed; undefined when it is neither a day nor a quarter. */
export function parseDue(text: string): string | undefined {
  const typed = text.trim();
  if (STORED_QUARTER.test(typed)) return typed;
  // not translated: the Vietnamese and short words for "quarter" a user types
  const quarter = /^(?:quý|quy|q)\s*([1-4])\s*[/-]\s*(\d{4})$/i.exec(typed.normalize('NFC'));
  if (quarter) return `${quarter[2]}-Q${quarter[1]}`;
  return parseDisplayDate(typed);
}

/** The stored due as the form shows it for editing. */
export function dueText(due: string | undefined): string {
  if (!due) return '';
  const quarter = STORED_QUARTER.exec(due);
  // not translated: typed back in the form the parser reads
  return quarter ? `Quý ${quarter[2]}/${quarter[1]}` : formatDate(due);
}

/** A quarter's parts, for the screen's own words; undefined for a day. */
export function dueQuarter(due: string): { quarter: string; year: string } | undefined {
  const quarter = STORED_QUARTER.exec(due);
  return quarter ? { quarter: quarter[2], year: quarter[1] } : undefined;
}
