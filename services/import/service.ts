// Import as the app offers it: a Word or text file becomes a new publication
// made from the template's starter (its contact details, its back page) with
// the file's content as its body; pasted text becomes blocks for the editor.
import type { ImportResults } from '../../contract/import.js';
import type { PublicationService } from '../publications/service.js';
import { DEFAULT_IMPORT_TEMPLATE, importFile } from './index.js';
import type { EncodingChoice } from './legacy/index.js';
import { assembleBlocks } from './paragraphs.js';
import { importText } from './text.js';

export interface ImportService {
  file(fileName: string, bytes: Uint8Array, encoding: EncodingChoice, templateId?: string): Promise<ImportResults['import.file']>;
  text(text: string, encoding: EncodingChoice): ImportResults['import.text'];
}

export function createImportService(publications: PublicationService): ImportService {
  return {
    async file(fileName, bytes, encoding, templateId = DEFAULT_IMPORT_TEMPLATE) {
      const { publication: imported, conversion, notes } = await importFile(fileName, bytes, { encoding, template: templateId });
      const created = publications.create(templateId, imported.meta.title);
      const slots = { ...created.publication.slots, body: imported.slots.body, ...('cover' in created.publication.slots && { cover: [] }) };
      publications.save(created.id, { ...created.publication, slots });
      return { id: created.id, title: imported.meta.title, blocks: imported.slots.body.length, ...conversion, notes };
    },
    text(text, encoding) {
      const { paragraphs, conversion, notes } = importText(text, encoding);
      return { blocks: assembleBlocks(paragraphs), ...conversion, notes };
    },
  };
}
