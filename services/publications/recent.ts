// The recently opened publications (store key `recent`, ids, newest first)
// and the sample leaflet a first run offers.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PublicationSummary, StoredPublication } from '../../contract/publications.js';
import type { Publication } from '../../contract/publication-format.js';
import { parsePublicationJson } from '../../engine/validate.js';
import type { Store } from '../storage/store.js';
import type { PublicationService } from './service.js';

const RECENT_KEY = 'recent';
export const RECENT_LIMIT = 5;

export interface RecentService {
  /** Notes that a publication was opened; returns the recent ids. */
  opened(id: string): { recent: string[] };
  recent(): PublicationSummary[];
  createSample(): StoredPublication;
}

export function createRecentService(options: {
  store: Store;
  publications: PublicationService;
  /** The sample's content; read when asked for, so a missing file is that call's error only. */
  sample: () => Publication;
}): RecentService {
  const { store, publications } = options;
  const recentIds = (): string[] => {
    const value = store.get(RECENT_KEY);
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  };
  return {
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

/** The sample leaflet shipped with the app (path fixed: never taken from a request). */
export function readSampleLeaflet(appRoot: string): Publication {
  const file = join(appRoot, 'samples', 'leaflet-tgpl.json');
  return parsePublicationJson(readFileSync(file, 'utf8'), file);
}
