// The settings' part of the contract: the Centre's details (one record, kept
// with the records as Bên A and carried in the bundle; docs/settings.md) and
// the app's language. New publications' contact box, the papers' Bên A and
// the reports' letterhead all take the Centre from here.
// Pure: the renderer imports it (withCentre fills a contact box on screen
// exactly as the service does for a new publication).
import { z } from 'zod';
import { feature } from './define.js';
import type { Publication, VariableValue } from './publication-format.js';
import type { Centre } from './record-schemas.js';

/**
 * The Centre's record with the app's language beside it. A type, not an
 * interface: it goes as a plain record to `settings.save`, which replaces the
 * Centre's record as a whole (fields left empty are removed).
 */
export type Settings = Centre & {
  /** The language of the app's own words (menus, buttons, messages); publications keep theirs. */
  language: 'vi' | 'en';
};

export interface SettingsResults {
  'settings.get': Settings;
  'settings.save': Settings;
}

export const settingsApi = feature<SettingsResults>()({
  'settings.get': z.object({}).strict(),
  /** Checked in full by the settings service (messages name the field). */
  'settings.save': z.object({ settings: z.record(z.string(), z.unknown()) }).strict(),
});

/** The contact-box fields a template prints, in the Centre record's names (`variables.centre.*`). */
const CENTRE_FIELDS = ['name', 'address', 'phone', 'email', 'logo'] as const;

/**
 * The publication with its contact box (`variables.centre`) taken from the
 * Centre's record: each field the Centre fills replaces the publication's;
 * empty ones keep what the publication (or the template's starter) had. The
 * logo is copied as it is (a data: URL), so the publication prints it without
 * the settings.
 */
export function withCentre(publication: Publication, details: Centre): Publication {
  const current = publication.variables.centre;
  const centre: Record<string, VariableValue> = current && typeof current === 'object' && !Array.isArray(current) ? { ...current } : {};
  for (const field of CENTRE_FIELDS) {
    const value = details[field];
    if (value !== undefined && value !== '') centre[field] = value;
  }
  return { ...publication, variables: { ...publication.variables, centre } };
}
