// What a publication chooses about its book form, read once from the
// publication file: the trim size option (top-level `"size"`) and the number
// of ruled note pages (`"notes": { "pages": N }`). Both are optional; a wrong
// value is the user's to fix and is named with its field.
import type { BookChoices } from './document.js';
import { InputError } from '../contract/errors.js';
import type { Publication } from '../contract/publication-format.js';
import type { TemplatePack } from './template-schema.js';

export const MAX_NOTE_PAGES = 200;

export function bookChoices(pub: Publication, pack: TemplatePack, file?: string): BookChoices | undefined {
  const book = pack.definition.book;
  if (!book) return undefined;
  const extra = pub as Publication & { size?: unknown; notes?: unknown };
  const choices: BookChoices = {};

  if (extra.size !== undefined) {
    const options = Object.keys(book.sizes);
    if (typeof extra.size !== 'string' || !options.includes(extra.size)) {
      const listed = options.length ? `các khổ của mẫu: ${options.map((o) => `"${o}" (${book.sizes[o].label})`).join(', ')}` : 'mẫu này chỉ có một khổ, hãy bỏ trường "size"';
      throw new InputError(`khổ "${String(extra.size)}" không có trong mẫu "${pack.definition.id}"; ${listed}`, { file, field: 'size' });
    }
    choices.size = extra.size;
  }

  if (extra.notes !== undefined) {
    const pages = (extra.notes as { pages?: unknown } | null)?.pages;
    if (typeof pages !== 'number' || !Number.isFinite(pages)) {
      throw new InputError(`số trang ghi chú phải là một số từ 0 đến ${MAX_NOTE_PAGES}, ví dụ "notes": { "pages": 24 }`, { file, field: 'notes.pages' });
    }
    // A number out of range is clamped rather than refused: the editor's spinner may overshoot.
    choices.notePages = Math.min(MAX_NOTE_PAGES, Math.max(0, Math.round(pages)));
  }
  return choices;
}
