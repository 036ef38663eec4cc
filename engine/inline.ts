// Inline text of a block (`**bold**`, `*italic*`) as escaped markup with <b>
// and <i>. The markers follow the common reading: an opening marker is not
// followed by a space, a closing one is not preceded by one, and a marker
// without its partner stays as the literal character the author typed.

/** `text` HTML/XML-escaped, with balanced `**…**` as <b>…</b> and `*…*` as <i>…</i>. */
export function inlineMarkup(text: string): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const marker = text.startsWith('**', i) ? '**' : text[i] === '*' ? '*' : '';
    const close = marker ? closingMarker(text, i, marker) : -1;
    if (close < 0) {
      // Literal text up to the next star (or the end).
      const next = text.indexOf('*', i + Math.max(marker.length, 1));
      const end = next < 0 ? text.length : next;
      out += escapeMarkup(text.slice(i, end));
      i = end;
      continue;
    }
    const tag = marker === '**' ? 'b' : 'i';
    out += `<${tag}>${inlineMarkup(text.slice(i + marker.length, close))}</${tag}>`;
    i = close + marker.length;
  }
  return out;
}

export function escapeMarkup(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Index of the marker closing the one at `open`, or -1 when there is none. */
function closingMarker(text: string, open: number, marker: '*' | '**'): number {
  const start = open + marker.length;
  if (start >= text.length || /\s/.test(text[start])) return -1;
  for (let j = start + 1; j < text.length; j++) {
    if (text[j] !== '*') continue;
    if (marker === '*' && text[j + 1] === '*') {
      // A bold pair inside italics: skip over "**", it is not our closer.
      j++;
      continue;
    }
    if (marker === '**' && text[j + 1] !== '*') continue;
    if (/\s/.test(text[j - 1])) continue;
    // In "***x***" the bold closes on the last two stars, leaving "*x*" as italics inside.
    while (marker === '**' && text[j + 2] === '*') j++;
    return j;
  }
  return -1;
}
