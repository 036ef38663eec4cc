// What preflight adds for legal content, from the app and the CLI alike:
// laws cited that are no longer in force, and fonts lacking a translation
// language's letters.
import type { Finding } from '../../contract/findings.js';
import type { PipelineContext } from '../../engine/index.js';
import { readPublication } from '../../engine/validate.js';
import { citationFindings } from './citations.js';
import { languageGlyphFindings } from './languages.js';
import type { LibraryService } from './service.js';

export function legalContentFindings(input: unknown, library: LibraryService, pipeline: PipelineContext): Finding[] {
  const publication = readPublication(input);
  const pack = pipeline.templates.packs.get(publication.template);
  return [
    ...citationFindings(publication, library.laws(), library.itemsById()),
    ...(pack ? languageGlyphFindings(publication, pack, pipeline.fonts) : []),
  ];
}
