// The API as the app and `serve` use it: the real services over a fresh
// store in a temporary folder, called through dispatch (validation, errors
// as envelopes). For tests that check behaviour at the API boundary.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Envelope } from '../../contract/index.js';
import { createHandlers, dispatch, type Handlers } from '../../services/dispatch.js';
import { createServices, type Services } from '../../services/wiring.js';
import { openConfStore } from '../../services/storage/conf-store.js';
import { migrate } from '../../services/migrations.js';

const ROOT = join(import.meta.dirname, '..', '..');

export interface TestApi {
  dir: string;
  handlers: Handlers;
  /** The services behind the handlers, for what the API does not offer (the library's server-side linking). */
  services: Services;
  call(method: string, input: unknown): Promise<Envelope<unknown>>;
  /** The value of a call that must succeed; a refusal fails the test with its error. */
  ok<T>(method: string, input: unknown): Promise<T>;
  close(): void;
}

export async function openTestApi(name: string): Promise<TestApi> {
  const dir = mkdtempSync(join(tmpdir(), `anpham-${name}-`));
  const store = openConfStore(dir);
  migrate(store);
  const services = await createServices({ appRoot: ROOT, dataDir: dir, store });
  const handlers = createHandlers(services);
  const call = (method: string, input: unknown) => dispatch(handlers, method, input, () => undefined);
  return {
    dir,
    handlers,
    services,
    call,
    async ok<T>(method: string, input: unknown): Promise<T> {
      const envelope = await call(method, input);
      if (!envelope.ok) throw new Error(`${method}: ${JSON.stringify(envelope.error)}`);
      return envelope.value as T;
    },
    close: () => rmSync(dir, { recursive: true, force: true }),
  };
}
