// The settings' part of the contract: the Centre's details (one record, kept
// with the records as Bên A and carried in the bundle; docs/settings.md), the
// legal-aid hotline publications print, and the app's language. New
// publications' contact box, the papers' Bên A and the reports' letterhead
// all take the Centre from here.
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
  hotline: Hotline;
};

/** The hotline as publications print it (`variables.hotline`, docs/legal-content.md). */
export const HOTLINE_FIELDS = ['name', 'number', 'owner', 'cost', 'hours'] as const;
export type Hotline = Record<(typeof HOTLINE_FIELDS)[number], string>;

/**
 * The national legal-aid hotline (announced 11/2025), as the built-in packs'
 * starter.json print it: no-break spaces keep "thứ Sáu" and "trừ ngày lễ"
 * whole on a narrow line.
 */
export const DEFAULT_HOTLINE: Hotline = {
  name: 'Đường dây nóng trợ giúp pháp lý',
  number: '1800.1233',
  owner: 'Cục Phổ biến, giáo dục pháp luật và Trợ giúp pháp lý',
  cost: 'Gọi miễn phí',
  hours: '8:00–17:00 từ thứ Hai đến thứ\u00A0Sáu, trừ\u00A0ngày\u00A0lễ',
};

/** "Đường dây nóng trợ giúp pháp lý 1800.1233": how a caption or a line names the hotline. */
export const hotlineLine = (hotline: Hotline): string => `${hotline.name} ${hotline.number}`.trim();

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

/** `variables[key]` with each field `values` fills replaced; empty ones keep the publication's. */
function fillVariable(variables: Publication['variables'], key: string, fields: readonly string[], values: Readonly<Record<string, unknown>>): Publication['variables'] {
  const current = variables[key];
  const filled: Record<string, VariableValue> = current && typeof current === 'object' && !Array.isArray(current) ? { ...current } : {};
  for (const field of fields) {
    const value = values[field];
    if (typeof value === 'string' && value !== '') filled[field] = value;
  }
  return { ...variables, [key]: filled };
}

/**
 * The publication with its contact box taken from the settings: the Centre's
 * record (`variables.centre`) and, when given, the hotline
 * (`variables.hotline`). Each field the settings fill replaces the
 * publication's; empty ones keep what the publication (or the template's
 * starter) had. The logo is copied as it is (a data: URL), so the
 * publication prints it without the settings.
 */
export function withCentre(publication: Publication, details: Centre & { hotline?: Hotline }): Publication {
  const centred = fillVariable(publication.variables, 'centre', CENTRE_FIELDS, details);
  const variables = details.hotline ? fillVariable(centred, 'hotline', HOTLINE_FIELDS, details.hotline) : centred;
  return { ...publication, variables };
}
