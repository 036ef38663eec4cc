// How dates, sizes and labels read on screen. Dates and numbers follow the
// Vietnamese conventions in every UI language (dd/mm/yyyy, "1,5" mm): the
// office, its documents and its printers are Vietnamese (docs/ui.md).
import type { TemplateSummary } from '../../contract/publications.js';
import { i18n } from './i18n/index.js';

const pad = (n: number) => String(n).padStart(2, '0');

/** ISO timestamp → "dd/mm/yyyy HH:mm" in local time. */
export function formatDateTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  return `${pad(d.getDate())}/${pad(d.getMonth() + 1)}/${d.getFullYear()} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** ISO timestamp → "HH:mm" in local time. */
export function formatTime(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? '' : `${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

const KINDS: readonly TemplateSummary['kind'][] = ['leaflet', 'pocketbook', 'handbook', 'notebook', 'other'];

/**
 * "tờ gấp", "cẩm nang"… for a kind in the current language, lower case as it
 * sits inside a sentence. Called while rendering, so a language switch shows it anew.
 */
export function kindName(kind: string): string {
  const known = KINDS.find((k) => k === kind) ?? 'other';
  return i18n.t(`kind.${known}`, { ns: 'common' });
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Millimetres rounded for a message: "42", "1,5". */
export function formatMm(mm: number): string {
  const rounded = mm >= 10 ? Math.round(mm) : Math.round(mm * 10) / 10;
  return String(rounded).replace('.', ',');
}
