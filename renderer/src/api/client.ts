// The one way the UI talks to the app: `api.call(method, input)`, typed from
// electron/api.ts. In Electron the preload exposes `window.anpham` (IPC); in a
// browser (`cli serve`) the same methods answer at POST /api/<method>.
// Either way the answer is an Envelope, unwrapped here so screens get the
// value or an ApiCallError with a Vietnamese message and the field at fault.
import type { ApiClient, ApiInput, ApiMethod, ApiResult, Envelope } from '../../../contract/index.js';
import type { ApiError } from '../../../contract/errors.js';
import { i18n } from '../i18n/index.js';

declare global {
  interface Window {
    anpham?: { call(method: string, input: unknown): Promise<Envelope<unknown>> };
  }
}

export class ApiCallError extends Error {
  readonly code: ApiError['code'];
  readonly field?: string;
  readonly file?: string;
  /** The message without the "tệp, trường x.y: " it starts with when a field is named: screens say where in their own words. */
  readonly reason: string;
  constructor(error: ApiError) {
    super(error.message);
    this.name = 'ApiCallError';
    this.code = error.code;
    this.field = error.field;
    this.file = error.file;
    // not translated: the service's own (Vietnamese) wording, cut off its messages
    const place = error.field ? `trường ${error.field}: ` : '';
    const at = place ? error.message.indexOf(place) : -1;
    this.reason = at >= 0 ? error.message.slice(at + place.length) : error.message;
  }
}

type Transport = (method: ApiMethod, input: unknown) => Promise<Envelope<unknown>>;

function ipcTransport(bridge: NonNullable<Window['anpham']>): Transport {
  return (method, input) => bridge.call(method, input);
}

function httpTransport(): Transport {
  // `cli serve` injects a per-run token so other pages on this machine cannot call the API.
  const token = document.querySelector<HTMLMetaElement>('meta[name="anpham-token"]')?.content ?? '';
  return async (method, input) => {
    let response: Response;
    try {
      response = await fetch(`/api/${method}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Anpham-Token': token },
        body: JSON.stringify(input),
      });
    } catch {
      return failure('internal', i18n.t('api.unreachable', { ns: 'common' }));
    }
    try {
      return (await response.json()) as Envelope<unknown>;
    } catch {
      return failure('internal', i18n.t('api.unreadable', { ns: 'common', status: response.status }));
    }
  };
}

function failure(code: ApiError['code'], message: string): Envelope<never> {
  return { ok: false, error: { code, message } };
}

function createClient(transport: Transport): ApiClient {
  return {
    async call<M extends ApiMethod>(method: M, input: ApiInput<M>): Promise<ApiResult<M>> {
      const envelope = await transport(method, input);
      if (envelope.ok) return envelope.value as ApiResult<M>;
      throw new ApiCallError(envelope.error);
    },
  };
}

export const api: ApiClient = createClient(window.anpham ? ipcTransport(window.anpham) : httpTransport());

/** What went wrong, for any failure: the app's own reason, or a plain line for bugs. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiCallError) return error.reason;
  return i18n.t('api.unexpected', { ns: 'common' });
}
