// The one place the contract meets the services: every feature's handlers
// joined into one table (a method bound twice stops the app at start), and
// `dispatch`, which both transports (IPC in the app, HTTP for `serve`) call,
// so validation and error mapping are the same whichever way a request
// arrives.
import { apiSchemas, type ApiMethod, type ApiResults, type ApiSchemas, type Envelope } from '../contract/index.js';
import { AppError, type ApiError } from '../contract/errors.js';
import { checkWithSchema } from '../engine/validate.js';
import type { z } from 'zod';
import { approvalHandlers } from './approval/handlers.js';
import { joinHandlers } from './define-handlers.js';
import { distributionHandlers } from './distribution/handlers.js';
import { exportHandlers } from './exports/handlers.js';
import { importHandlers } from './import/handlers.js';
import { libraryHandlers } from './library/handlers.js';
import { papersHandlers } from './papers/handlers.js';
import { plansHandlers } from './plans/handlers.js';
import { publicationHandlers } from './publications/handlers.js';
import { recordHandlers } from './records/handlers.js';
import { reportsHandlers } from './reports/handlers.js';
import { settingsHandlers } from './settings/handlers.js';
import type { Services } from './wiring.js';

export type Handlers = {
  [M in ApiMethod]: (input: z.output<ApiSchemas[M]>) => Promise<M extends keyof ApiResults ? ApiResults[M] : never>;
};

export function createHandlers(s: Services): Handlers {
  return joinHandlers(
    publicationHandlers({ templates: s.pipeline.templates, publications: s.publications, recent: s.recent, render: s.render }),
    settingsHandlers(s.settings),
    importHandlers(s.importer),
    libraryHandlers(s.library),
    approvalHandlers(s.approvals),
    recordHandlers(s.records),
    distributionHandlers(s.distribution),
    plansHandlers(s.plans),
    reportsHandlers(s.reports),
    papersHandlers({ records: s.records, distribution: s.distribution, appRoot: s.appRoot }),
    exportHandlers(s.exports),
  ) satisfies Handlers;
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

/** An error as the UI gets it (also used by the app's dialog channels, electron/file-dialogs.ts). */
export function errorEnvelope(method: string, error: unknown, log: Logger): Envelope<never> {
  if (error instanceof AppError) return failure(error.toApiError());
  log(`API ${method} failed`, error);
  return failure({ code: 'internal', message: 'Đã có lỗi nội bộ khi xử lý yêu cầu. Hãy thử lại; nếu vẫn lỗi, hãy báo cho người quản trị.' });
}

function failure(error: ApiError): Envelope<never> {
  return { ok: false, error };
}
