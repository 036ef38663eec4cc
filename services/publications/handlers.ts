// Publications' methods (contract/publications.ts): the template packs, the
// publications the editors keep, the recent list, the first-run sample and
// the preview render.
import { publicationsApi, type TemplateList } from '../../contract/publications.js';
import type { TemplateRegistry } from '../../engine/template-registry.js';
import { defineHandlers } from '../define-handlers.js';
import { bookOptions } from './book-options.js';
import type { RecentService } from './recent.js';
import { toRenderResult, type RenderOutput } from './render-result.js';
import type { PublicationService } from './service.js';

export interface PublicationsDeps {
  templates: TemplateRegistry;
  /** With the approval lock: what every save goes through. */
  publications: PublicationService;
  recent: RecentService;
  /** The pipeline's render with every preflight check the app runs; `publicationId` fills the colophon from its print contract. */
  render(publication: unknown, publicationId?: string): Promise<RenderOutput>;
}

export function publicationHandlers(deps: PublicationsDeps) {
  const { publications, recent } = deps;
  return defineHandlers(publicationsApi, {
    'templates.list': async () => listTemplates(deps.templates),
    'publications.list': async () => publications.list(),
    'publications.get': async ({ id }) => publications.get(id),
    'publications.create': async ({ templateId, title }) => publications.create(templateId, title),
    'publications.save': async ({ id, publication }) => publications.save(id, publication),
    'publications.delete': async ({ id }) => publications.delete(id),
    'publications.createSample': async () => recent.createSample(),
    'publications.opened': async ({ id }) => recent.opened(id),
    'publications.recent': async () => recent.recent(),
    'render.preview': async ({ publication, publicationId }) => {
      const started = performance.now();
      const out = await deps.render(publication, publicationId);
      return toRenderResult(out, performance.now() - started);
    },
  });
}

function listTemplates(registry: TemplateRegistry): TemplateList {
  const templates = [...registry.packs.values()].map(({ definition: d, source }) => ({
    id: d.id,
    name: d.name,
    kind: d.kind,
    description: d.description,
    source,
    trimMm: { width: d.trim.widthMm, height: d.trim.heightMm },
    slots: Object.entries(d.slots).map(([name, slot]) => ({ name, label: slot.label, description: slot.description, frames: slot.frames })),
    ...(d.book && { book: bookOptions(d) }),
  }));
  return { templates, problems: registry.problems };
}
