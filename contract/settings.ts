// The contract's part for everyday comfort (electron/api.ts spreads it in):
// the Centre's details in settings, recently opened publications and the
// sample publication offered on first run. Pure: the renderer imports it.
import { z } from 'zod';
import type { PublicationSummary, StoredPublication } from './index.js';
import type { Settings } from '../services/settings/service.js';

const id = z.string().regex(/^[A-Za-z0-9_-]{1,80}$/, 'mã không hợp lệ');

export const comfortSchemas = {
  'settings.get': z.object({}).strict(),
  /** Checked in full by the settings service (messages name the field). */
  'settings.save': z.object({ settings: z.record(z.string(), z.unknown()) }).strict(),
  'publications.createSample': z.object({}).strict(),
  'publications.opened': z.object({ id }).strict(),
  'publications.recent': z.object({}).strict(),
} as const;

export type { Settings };

export interface ComfortResults {
  'settings.get': Settings;
  'settings.save': Settings;
  'publications.createSample': StoredPublication;
  'publications.opened': { recent: string[] };
  /** Most recently opened first, at most RECENT_LIMIT; deleted ones are left out. */
  'publications.recent': PublicationSummary[];
}
