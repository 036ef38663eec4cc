// How dates, sizes and labels read on screen (Vietnamese conventions).
import type { TemplateSummary } from '../../electron/api.js';

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

const KIND_NAMES: Record<TemplateSummary['kind'], string> = {
  leaflet: 'tờ gấp',
  pocketbook: 'sách bỏ túi',
  handbook: 'cẩm nang',
  notebook: 'sổ tay',
  other: 'ấn phẩm',
};

/** "tờ gấp", "cẩm nang"… for a kind, lower case as it sits inside a sentence. */
export function kindName(kind: string): string {
  return KIND_NAMES[kind as TemplateSummary['kind']] ?? KIND_NAMES.other;
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Millimetres rounded for a message: "42", "1,5". */
export function formatMm(mm: number): string {
  const rounded = mm >= 10 ? Math.round(mm) : Math.round(mm * 10) / 10;
  return String(rounded).replace('.', ',');
}
