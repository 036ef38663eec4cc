// Everyday comfort around the publications: the Centre's details, the
// recently opened list (store key `recent`, ids, newest first) and the sample
// leaflet for a first run. The handlers for comfort-api.ts are here too.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import type { PublicationSummary, StoredPublication } from '../../contract/index.js';
import type { Publication } from '../../contract/publication-format.js';
import { parsePublicationJson } from '../../engine/validate.js';
import type { Store } from '../storage/store.js';
import type { ComfortResults, comfortSchemas } from '../../contract/settings.js';
import { NotFoundError } from '../../contract/errors.js';
import type { PublicationService } from '../publications/service.js';
import type { SettingsService } from './service.js';

const RECENT_KEY = 'recent';
export const RECENT_LIMIT = 5;

export interface ComfortServices {
  settings: SettingsService;
  /** Notes that a publication was opened; returns the recent ids. */
  opened(id: string): { recent: string[] };
  recent(): PublicationSummary[];
  createSample(): StoredPublication;
}

export function createComfortServices(options: {
  store: Store;
  settings: SettingsService;
  publications: PublicationService;
  /** The sample's content; read when asked for, so a missing file is that call's error only. */
  sample: () => Publication;
}): ComfortServices {
  const { store, publications } = options;
  const recentIds = (): string[] => {
    const value = store.get(RECENT_KEY);
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  };
  return {
    settings: options.settings,
    opened(id) {
      publications.get(id);
      const existing = new Set(publications.list().map((p) => p.id));
      const recent = [id, ...recentIds().filter((r) => r !== id && existing.has(r))].slice(0, RECENT_LIMIT);
      store.set(RECENT_KEY, recent);
      return { recent };
    },
    recent() {
      const byId = new Map(publications.list().map((p) => [p.id, p]));
      return recentIds().flatMap((id) => byId.get(id) ?? []).slice(0, RECENT_LIMIT);
    },
    createSample() {
      const sample = options.sample();
      const created = publications.create(sample.template, sample.meta.title);
      publications.save(created.id, sample);
      return publications.get(created.id);
    },
  };
}

type ComfortHandlers = {
  [M in keyof typeof comfortSchemas]: (input: z.output<(typeof comfortSchemas)[M]>) => Promise<ComfortResults[M]>;
};

/** `services` may be absent where only publications are served (some tests); each call then says so. */
export function comfortHandlers(services: ComfortServices | undefined): ComfortHandlers {
  const get = (): ComfortServices => {
    if (!services) throw new NotFoundError('Cài đặt chưa được mở trong phiên này.');
    return services;
  };
  return {
    'settings.get': async () => get().settings.get(),
    'settings.save': async ({ settings }) => get().settings.save(settings),
    'publications.createSample': async () => get().createSample(),
    'publications.opened': async ({ id }) => get().opened(id),
    'publications.recent': async () => get().recent(),
  };
}

/** The sample leaflet shipped with the app (path fixed: never taken from a request). */
export function readSampleLeaflet(appRoot: string): Publication {
  const file = join(appRoot, 'samples', 'leaflet-tgpl.json');
  return parsePublicationJson(readFileSync(file, 'utf8'), file);
}
