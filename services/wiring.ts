// Assembles the services the handlers are bound to, in dependency order: the
// publishing pipeline (templates and fonts loaded once), the publications
// behind the approval lock, the content library, import, the records and the
// features built on them, and the export jobs. The app, `serve` and the
// tests build them the same way.
import { withCentre } from '../contract/settings.js';
import { createPipelineContext, renderPublication, type PipelineContext } from '../engine/index.js';
import { findTemplate, starterPublication } from '../engine/template-registry.js';
import { createApprovalService, type ApprovalService } from './approval/service.js';
import { withApprovalLock } from './approval/lock.js';
import { createDistributionService, type DistributionService } from './distribution/service.js';
import { createExportService, type ExportService } from './exports/service.js';
import { createImportService, type ImportService } from './import/service.js';
import { legalContentFindings } from './library/preflight-checks.js';
import { createLibraryService, type LibraryService } from './library/service.js';
import { migrate } from './migrations.js';
import { createRecentService, readSampleLeaflet, type RecentService } from './publications/recent.js';
import type { RenderOutput } from './publications/render-result.js';
import { createPlansService, type PlansService } from './plans/service.js';
import { createPublicationService, type PublicationService } from './publications/service.js';
import { fillColophon } from './records/colophon.js';
import { editorPublications } from './records/publication-catalogue.js';
import { createRecordsService, type RecordsService } from './records/service.js';
import { createReportsService, type ReportsService } from './reports/service.js';
import { createSettingsService, type SettingsService } from './settings/service.js';
import { userTemplatesDir } from './storage/paths.js';
import type { Store } from './storage/store.js';

export interface ServiceOptions {
  /** Folder holding templates/, fonts/ and samples/ (the project, or the packaged app). */
  appRoot: string;
  dataDir: string;
  /** Already opened and migrated. */
  store: Store;
  /** Back up the records when opened and every so often while changing (the app and `serve`). */
  backups?: boolean;
}

/** Every feature's service; the handlers (dispatch.ts) are bound to these. */
export interface Services {
  appRoot: string;
  pipeline: PipelineContext;
  settings: SettingsService;
  /** With the approval lock: every save (the editor's, the library's, an import's) goes through it. */
  publications: PublicationService;
  recent: RecentService;
  approvals: ApprovalService;
  library: LibraryService;
  importer: ImportService;
  records: RecordsService;
  distribution: DistributionService;
  plans: PlansService;
  reports: ReportsService;
  exports: ExportService;
  /** The pipeline's render with the legal-content checks preflight adds (the CLI's `preflight` adds the same: cli/commands.ts). */
  /** `publicationId`: the saved publication it is, whose print contract fills its colophon. */
  render(publication: unknown, publicationId?: string): Promise<RenderOutput>;
}

export async function createServices(options: ServiceOptions): Promise<Services> {
  const { appRoot, dataDir, store } = options;
  const pipeline = await createPipelineContext({ appRoot, userTemplatesDir: userTemplatesDir(dataDir) });
  const registry = pipeline.templates;
  // The Centre's details are one record, kept with the records; the settings read and write it there.
  const records = createRecordsService({ dataDir, store, editorPublications: editorPublications(store), migrate, backups: options.backups ?? true });
  const settings = createSettingsService(store, records);
  // New publications take their contact box from the Centre's record and the hotline from the settings.
  const unlocked = createPublicationService(store, {
    starter: (templateId, title) => withCentre(starterPublication(findTemplate(registry, templateId), title), settings.get()),
    kindOf: (templateId) => registry.packs.get(templateId)?.definition.kind ?? 'other',
  });
  const approvals = createApprovalService(store, unlocked);
  const publications = withApprovalLock(unlocked, approvals);
  const library = createLibraryService(store, publications);
  const reports = createReportsService(records.context, appRoot);
  // The colophon from the contract that prints the publication (services/records/colophon.ts), for the preview and the exports alike.
  const withColophon = (publication: unknown, publicationId: string | undefined) => fillColophon(publication, publicationId, { records: records.context, templates: registry });
  const legalFindings = (publication: unknown) =>
    legalContentFindings(publication, { laws: library.laws, itemsById: library.itemsById, hotline: settings.hotline }, pipeline);
  return {
    appRoot,
    pipeline,
    settings,
    publications,
    recent: createRecentService({ store, publications, sample: () => readSampleLeaflet(appRoot) }),
    approvals,
    library,
    importer: createImportService(publications),
    records,
    distribution: createDistributionService(records.context, appRoot),
    plans: createPlansService(records.context, appRoot),
    reports,
    exports: createExportService({ pipeline, reports, withColophon }),
    render: async (publication, publicationId) => {
      const out = await renderPublication(withColophon(publication, publicationId), pipeline);
      return { ...out, findings: [...out.findings, ...legalFindings(publication)] };
    },
  };
}
