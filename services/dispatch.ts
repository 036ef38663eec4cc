// The one place the contract (api.ts) meets the services. Both transports
// (IPC in the app, HTTP for `serve`) call `dispatch`, so validation and error
// mapping are the same whichever way a request arrives.
import type { z } from 'zod';
import { apiSchemas, type ApiError, type ApiMethod, type ApiResults, type AppInfo, type Envelope, type TemplateList } from '../contract/index.js';
import { InputError } from '../contract/errors.js';
import type { Finding } from '../contract/findings.js';
import type { TemplateRegistry } from '../engine/template-registry.js';
import { checkWithSchema } from '../engine/validate.js';
import { NotFoundError } from '../contract/errors.js';
import type { PublicationService } from './publications/service.js';
import { recordHandlers, type RecordServices } from './records/handlers.js';
import { ConflictError } from '../contract/errors.js';
import { contentHandlers } from './legal-content/handlers.js';
import type { ContentServices } from './legal-content/service.js';
import { toRenderResult, type RenderOutput } from './publications/render-result.js';
import { bookOptions } from './publications/book-options.js';
import { comfortHandlers, type ComfortServices } from './settings/recent-and-sample.js';
import { exportHandlers } from './exports/handlers.js';
import type { ExportService } from './exports/service.js';

/** What the handlers are bound to; the app, `serve` and tests each assemble one. */
export interface Services {
  info: AppInfo;
  templates(): TemplateRegistry;
  publications: PublicationService;
  render(publication: unknown): Promise<RenderOutput>;
  preflight(publication: unknown): Promise<Finding[]>;
  /** Print contracts, deliveries, stock and their documents. */
  records?: RecordServices;
  /** Content library, import, DOCX export and approval (its lock already wraps `publications`). */
  content?: ContentServices;
  /** The Centre's details, recent publications and the first-run sample. */
  comfort?: ComfortServices;
  /** Long exports as jobs with progress and cancel (PDF, proof, Word, report). */
  exports?: ExportService;
}

export type Handlers = {
  [M in ApiMethod]: (input: z.output<(typeof apiSchemas)[M]>) => Promise<ApiResults[M]>;
};

export function createHandlers(services: Services) {
  const render = async ({ publication }: { publication: unknown }) => {
    const started = performance.now();
    const out = await services.render(publication);
    return toRenderResult(out, performance.now() - started);
  };

  return {
    'app.info': async () => services.info,
    'templates.list': async () => listTemplates(services.templates()),
    'publications.list': async () => services.publications.list(),
    'publications.get': async ({ id }) => services.publications.get(id),
    'publications.create': async ({ templateId, title }) => services.publications.create(templateId, title),
    'publications.save': async ({ id, publication }) => services.publications.save(id, publication),
    'publications.delete': async ({ id }) => services.publications.delete(id),
    'render.preview': render,
    'render.pdf': render,
    'preflight.run': async ({ publication }) => ({ findings: await services.preflight(publication) }),
    ...recordHandlers(services.records),
    ...contentHandlers(services.content),
    ...comfortHandlers(services.comfort),
    ...exportHandlers(services.exports),
  } satisfies Handlers;
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

export type Logger = (message: string, error: unknown) => void;

/**
 * Runs `method` with `rawInput` as an envelope: unknown methods and invalid
 * input are refused before any service runs; errors the user can fix keep
 * their Vietnamese message and field; anything else is logged and reported
 * as a generic internal error (no stack or path leaks to the UI).
 */
export async function dispatch(
  handlers: Handlers,
  method: string,
  rawInput: unknown,
  log: Logger = (message, error) => console.error(message, error),
): Promise<Envelope<unknown>> {
  if (!Object.hasOwn(apiSchemas, method)) {
    return failure({ code: 'not-found', message: `Không có thao tác "${method}".` });
  }
  const name = method as ApiMethod;
  try {
    const input = checkWithSchema(apiSchemas[name], rawInput);
    const handler = handlers[name] as (input: unknown) => Promise<unknown>;
    return { ok: true, value: await handler(input) };
  } catch (error) {
    return errorEnvelope(method, error, log);
  }
}

/** An error as the UI gets it (also used by the app's dialog channels, electron/exports/file-dialogs.ts). */
export function errorEnvelope(method: string, error: unknown, log: Logger): Envelope<never> {
  if (error instanceof InputError) {
    return failure({ code: 'invalid-input', message: error.describe(), field: error.field, file: error.file });
  }
  if (error instanceof NotFoundError) return failure({ code: 'not-found', message: error.message });
  if (error instanceof ConflictError) return failure({ code: 'conflict', message: error.message });
  log(`API ${method} failed`, error);
  return failure({ code: 'internal', message: 'Đã có lỗi nội bộ khi xử lý yêu cầu. Hãy thử lại; nếu vẫn lỗi, hãy báo cho người quản trị.' });
}

function failure(error: ApiError): Envelope<never> {
  return { ok: false, error };
}
