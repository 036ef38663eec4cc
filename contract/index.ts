// THE contract between the UI and everything else: every feature's methods,
// joined. Each method has its zod input schema (both transports, Electron
// IPC and loopback HTTP, validate with it) and its result type (the
// renderer's client is typed from it). A method name declared by two
// features stops the app at start (define.ts).
//
// Pure: the renderer imports this folder, so nothing here may import Node,
// Electron or any other folder of the app (test/architecture keeps it so).
import { joinFeatures, type JoinedResults } from './define.js';
import type { ApiError } from './errors.js';
import { approvalApi } from './approval.js';
import { distributionApi } from './distribution.js';
import { exportsApi } from './exports.js';
import { importApi } from './import.js';
import { libraryApi } from './library.js';
import { papersApi } from './papers.js';
import { plansApi } from './plans.js';
import { publicationsApi } from './publications.js';
import { recordsApi } from './records.js';
import { reportsApi } from './reports.js';
import { settingsApi } from './settings.js';

const FEATURES = [publicationsApi, settingsApi, importApi, libraryApi, approvalApi, recordsApi, distributionApi, plansApi, reportsApi, papersApi, exportsApi] as const;

export const apiSchemas = joinFeatures(...FEATURES);
export type ApiSchemas = typeof apiSchemas;
export type ApiMethod = keyof ApiSchemas;
export type ApiResults = JoinedResults<typeof FEATURES>;
export type ApiResult<M extends ApiMethod> = M extends keyof ApiResults ? ApiResults[M] : never;
export type ApiInput<M extends ApiMethod> = import('zod').input<ApiSchemas[M]>;

export const API_METHODS = Object.keys(apiSchemas) as ApiMethod[];

export type { ApiError };
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** The client shape both transports give the renderer. */
export type ApiClient = { call<M extends ApiMethod>(method: M, input: ApiInput<M>): Promise<ApiResult<M>> };
