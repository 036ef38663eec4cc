// A book's choices as the publication file holds them (docs/books.md): the
// trim size in the top-level `size`, the ruled note pages in `notes.pages`.
// Absent means "as the template says", so choosing the default removes the field.
import type { BookOptions } from '../../../contract/publications.js';
import type { Publication } from '../../../contract/publication-format.js';

export interface BookChoices {
  size?: string;
  notePages?: number;
}

type WithChoices = Publication & { size?: unknown; notes?: unknown };

export function choicesOf(publication: Publication): BookChoices {
  const { size, notes } = publication as WithChoices;
  const pages = notes && typeof notes === 'object' ? (notes as { pages?: unknown }).pages : undefined;
  return {
    ...(typeof size === 'string' && { size }),
    ...(typeof pages === 'number' && { notePages: pages }),
  };
}

export function withChoices(publication: Publication, choices: BookChoices, options: BookOptions): Publication {
  const { size: _size, notes: _notes, ...rest } = publication as WithChoices;
  const size = choices.size && choices.size !== options.defaultSize ? choices.size : undefined;
  const notePages = options.notePages && choices.notePages !== undefined ? choices.notePages : undefined;
  return {
    ...rest,
    ...(size !== undefined && { size }),
    ...(notePages !== undefined && { notes: { pages: notePages } }),
  } as Publication;
}

/** Whether the template offers anything to choose. */
export function hasChoices(options: BookOptions | undefined): options is BookOptions {
  return Boolean(options && (options.sizes.length > 1 || options.notePages));
}
