// Import: a Word (.docx) or text (.txt) file → a publication. The file's
// paragraphs (importers per format) → legacy text converted to NFC Unicode →
// blocks → a publication whose title is the file's first line of text.
// What could not be decided is handed back as notes with their places.
import { extname } from 'node:path';
import { InputError } from '../../contract/errors.js';
import type { Publication, VariableValue } from '../../contract/publication-format.js';
import { readPublication } from '../../engine/validate.js';
import { textFromBytes } from './bytes.js';
import { importDocx } from './docx.js';
import type { Converted, EncodingChoice } from './legacy/index.js';
import type { ImportNote } from './notes.js';
import { assembleBlocks, plainText, type ImportedParagraph } from './paragraphs.js';
import { importText } from './text.js';

export const DEFAULT_IMPORT_TEMPLATE = 'leaflet-trifold-a4';

export interface ImportOptions {
  encoding?: EncodingChoice;
  /** Template of the new publication; the leaflet by default. */
  template?: string;
  /** Variables (the Centre's contact details) the new publication starts with. */
  variables?: Record<string, VariableValue>;
}

export interface ImportResult {
  publication: Publication;
  conversion: Omit<Converted, 'text' | 'notes'>;
  notes: ImportNote[];
}

export const IMPORTABLE_EXTENSIONS = ['.docx', '.txt'] as const;

/** `name` is the file's name (its extension picks the importer); `bytes` its content. */
export async function importFile(name: string, bytes: Uint8Array, options: ImportOptions = {}): Promise<ImportResult> {
  const kind = extname(name).toLowerCase();
  const read =
    kind === '.docx' ? await importDocx(bytes, name, options.encoding)
    : kind === '.txt' ? importText(textFromBytes(bytes), options.encoding)
    : undefined;
  if (!read) {
    throw new InputError(`chỉ nhập được tệp Word (.docx) hoặc văn bản (.txt), không nhận "${kind || name}". Tệp .doc cũ: hãy mở bằng Word và lưu lại dạng .docx.`, { file: name });
  }
  const { title, rest } = takeTitle(read.paragraphs, name);
  const body = assembleBlocks(rest);
  if (body.length === 0) throw new InputError('tệp không có nội dung nào để nhập (ngoài tiêu đề).', { file: name });
  const publication = readPublication(
    {
      format: 'anpham/publication@1',
      template: options.template ?? DEFAULT_IMPORT_TEMPLATE,
      meta: { title, language: 'vi' },
      variables: options.variables ?? {},
      slots: { body },
    },
    name,
  );
  return { publication, conversion: read.conversion, notes: read.notes };
}

/** The first line of text names the publication, as the first line of a letter or a draft does. */
function takeTitle(paragraphs: ImportedParagraph[], name: string): { title: string; rest: ImportedParagraph[] } {
  const index = paragraphs.findIndex((p) => p.role !== 'image');
  if (index < 0) return { title: name.replace(/\.[^.]+$/, ''), rest: paragraphs };
  const title = plainText(paragraphs[index].text).slice(0, 500);
  return { title, rest: paragraphs.filter((_, i) => i !== index) };
}
