// What preflight adds for legal content, from the app (render.preview) and
// the CLI (`preflight`) alike — one function, so both give the same findings:
// acts cited that were amended, replaced or repealed; fonts lacking a
// translation language's letters; a contact box with example values or a
// hotline other than the settings'. The app reads the sources from its
// services; the CLI from the store of --data, read-only (preflight-sources.ts).
import type { Finding } from '../../contract/findings.js';
import type { Law, LibraryItem } from '../../contract/library.js';
import type { Hotline } from '../../contract/settings.js';
import type { PipelineContext } from '../../engine/index.js';
import { readPublication } from '../../engine/validate.js';
import { citationFindings } from './citations.js';
import { contactFindings } from './contact-checks.js';
import { languageGlyphFindings } from './languages.js';

/** What the checks read from the store. */
export interface LegalSources {
  laws(): Law[];
  itemsById(): Record<string, LibraryItem>;
  hotline(): Hotline;
}

export function legalContentFindings(input: unknown, sources: LegalSources, pipeline: PipelineContext): Finding[] {
  const publication = readPublication(input);
  const pack = pipeline.templates.packs.get(publication.template);
  return [
    ...citationFindings(publication, sources.laws(), sources.itemsById()),
    ...(pack ? languageGlyphFindings(publication, pack, pipeline.fonts) : []),
    ...contactFindings(publication, sources.hotline()),
  ];
}
