// Assembles the legal-content services over the store and the publishing
// pipeline: the approval lock around the publications service (everything
// below saves through it), approval, the library, import and DOCX export,
// and the checks that preflight adds (citations, translation languages).
import { createApprovalService, type ApprovalService } from '../approval/service.js';
import { withApprovalLock } from '../approval/lock.js';
import { DEFAULT_IMPORT_TEMPLATE, importFile } from '../import/index.js';
import type { EncodingChoice } from '../import/legacy/index.js';
import { assembleBlocks } from '../import/paragraphs.js';
import { importText } from '../import/text.js';
import { citationFindings } from '../library/citations.js';
import { languageGlyphFindings } from '../library/languages.js';
import { createLibraryService, type LibraryService } from '../library/service.js';
import type { Finding } from '../../contract/findings.js';
import { renderDocx, type PipelineContext } from '../../engine/index.js';
import { readPublication } from '../../engine/validate.js';
import type { PublicationService } from '../publications/service.js';
import { safeFileName } from '../publications/render-result.js';
import type { Store } from '../storage/store.js';
import type { ContentResults } from '../../contract/legal-content.js';

export interface ContentServices {
  /** The publications service with the approval lock: what the handlers must use. */
  publications: PublicationService;
  approvals: ApprovalService;
  library: LibraryService;
  docx(publication: unknown): Promise<ContentResults['render.docx']>;
  importFile(fileName: string, bytes: Uint8Array, encoding: EncodingChoice, templateId?: string): Promise<ContentResults['import.file']>;
  importText(text: string, encoding: EncodingChoice): ContentResults['import.text'];
  /** What preflight adds for legal content: laws cited that are not in force, fonts lacking a translation language's letters. */
  findings(publication: unknown): Finding[];
}

export function createContentServices(options: { store: Store; publications: PublicationService; pipeline: PipelineContext; now?: () => Date }): ContentServices {
  const { store, pipeline, now } = options;
  const approvals = createApprovalService(store, options.publications, now);
  const publications = withApprovalLock(options.publications, approvals);
  const library = createLibraryService(store, publications, now);

  return {
    publications,
    approvals,
    library,

    async docx(publication) {
      const { docx, publication: pub } = await renderDocx(publication, pipeline);
      return { fileName: `${safeFileName(pub.meta.title)}.docx`, base64: docx.toString('base64') };
    },

    /** A new publication from the template's starter (its contact details, its back page), with the file's content as body. */
    async importFile(fileName, bytes, encoding, templateId = DEFAULT_IMPORT_TEMPLATE) {
      const { publication: imported, conversion, notes } = await importFile(fileName, bytes, { encoding, template: templateId });
      const created = publications.create(templateId, imported.meta.title);
      const slots = { ...created.publication.slots, body: imported.slots.body, ...('cover' in created.publication.slots && { cover: [] }) };
      publications.save(created.id, { ...created.publication, slots });
      return { id: created.id, title: imported.meta.title, blocks: imported.slots.body.length, ...conversion, notes };
    },

    importText(text, encoding) {
      const { paragraphs, conversion, notes } = importText(text, encoding);
      return { blocks: assembleBlocks(paragraphs), ...conversion, notes };
    },

    findings(input) {
      const publication = readPublication(input);
      const pack = pipeline.templates.packs.get(publication.template);
      return [
        ...citationFindings(publication, library.laws(), library.itemsById()),
        ...(pack ? languageGlyphFindings(publication, pack, pipeline.fonts) : []),
      ];
    },
  };
}
