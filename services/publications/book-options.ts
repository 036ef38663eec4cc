// The choices a book pack offers a new publication, as the list screen and
// the editor show them: trim sizes (top-level `size`) and, when the pack
// prints ruled note pages, how many (`notes.pages`). See docs/books.md.
import type { BookOptions } from '../../contract/publications.js';
import { MAX_NOTE_PAGES } from '../../engine/book-choices.js';
import type { TemplateDefinition } from '../../engine/template-schema.js';

export function bookOptions(def: TemplateDefinition): BookOptions | undefined {
  if (!def.book) return undefined;
  const sizes = Object.entries(def.book.sizes).map(([id, s]) => ({ id, label: s.label, widthMm: s.widthMm, heightMm: s.heightMm }));
  const defaultSize = sizes.find((s) => s.widthMm === def.trim.widthMm && s.heightMm === def.trim.heightMm)?.id;
  const hasNotes = def.book.sequence.some((part) => part.generated === 'notes');
  return {
    sizes,
    ...(defaultSize && { defaultSize }),
    ...(hasNotes && { notePages: { default: def.book.notes.defaultPages, max: MAX_NOTE_PAGES } }),
  };
}
