// Assembles the services the handlers are bound to: the publishing pipeline
// (templates and fonts loaded once) and the records in the store. The app,
// `serve` and the CLI build them the same way.
import type { AppInfo } from '../contract/index.js';
import type { Services } from './dispatch.js';
import { userTemplatesDir } from './storage/paths.js';
import { createPipelineContext, preflightPublication, renderPublication } from '../engine/index.js';
import { findTemplate, starterPublication, type TemplateRegistry } from '../engine/template-registry.js';
import { createPublicationService } from './publications/service.js';
import { storeLibrary } from './records/publication-catalogue.js';
import { createRecordsService } from './records/service.js';
import { createContentServices } from './legal-content/service.js';
import type { Store } from './storage/store.js';
import { createSettingsService, withCentre } from './settings/service.js';
import { createComfortServices, readSampleLeaflet } from './settings/recent-and-sample.js';
import { createExportService } from './exports/service.js';

export interface ServiceOptions {
  /** Folder holding templates/ and fonts/ (the project, or the packaged app). */
  appRoot: string;
  dataDir: string;
  /** Already opened and migrated. */
  store: Store;
  transport: AppInfo['transport'];
  version: string;
}

export async function createServices(options: ServiceOptions): Promise<Services> {
  const ctx = await createPipelineContext({ appRoot: options.appRoot, userTemplatesDir: userTemplatesDir(options.dataDir) });
  const registry: TemplateRegistry = ctx.templates;
  // New publications take the Centre's details from the settings.
  const settings = createSettingsService(options.store);
  // The approval lock wraps the publications service; the library and approval save through it.
  const content = createContentServices({
    store: options.store,
    pipeline: ctx,
    publications: createPublicationService(options.store, {
      starter: (templateId, title) => withCentre(starterPublication(findTemplate(registry, templateId), title), settings.get()),
      kindOf: (templateId) => registry.packs.get(templateId)?.definition.kind ?? 'other',
    }),
  });
  const records = {
    records: createRecordsService({ dataDir: options.dataDir, store: options.store, library: storeLibrary(options.store), backups: true }),
    appRoot: options.appRoot,
  };
  return {
    info: { version: options.version, dataDir: options.dataDir, transport: options.transport },
    templates: () => registry,
    publications: content.publications,
    // Preflight adds the legal-content checks (laws no longer in force, translation languages' letters).
    render: async (publication) => {
      const out = await renderPublication(publication, ctx);
      return { ...out, findings: [...out.findings, ...content.findings(publication)] };
    },
    preflight: async (publication) => [...(await preflightPublication(publication, ctx)), ...content.findings(publication)],
    content,
    comfort: createComfortServices({ store: options.store, settings, publications: content.publications, sample: () => readSampleLeaflet(options.appRoot) }),
    records,
    exports: createExportService({ pipeline: ctx, records }),
  };
}
