// PDF/X-1a:2003 (ISO 15930-4) as this project writes and checks it: the values
// the painter puts in the file and the preflight expects to find there.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TemplateDefinition } from '../template-schema.js';

export const PDFX_VERSION = 'PDF/X-1a:2003';
/** X-1a:2003 files are PDF 1.3 or 1.4 (no object streams, no transparency). */
export const MAX_PDF_VERSION = 1.4;

/**
 * The registered characterised printing condition the printer PDF is made
 * for: offset on coated paper (ISO 12647-2), the usual condition of
 * Vietnamese offset shops that print from European-made presses and plates.
 */
export const OUTPUT_CONDITION = {
  identifier: 'FOGRA39',
  condition: 'Coated FOGRA39 (ISO 12647-2:2004)',
  registry: 'http://www.color.org',
  /** Total ink the condition allows (ISO 12647-2, coated paper), in per cent. */
  inkLimitPercent: 330,
} as const;

/** The ink limit a pack prints under: its own (a pack made for another paper says so in template.json), else the condition's. */
export function inkLimitPercent(def: TemplateDefinition): number {
  return def.inkLimitPercent ?? OUTPUT_CONDITION.inkLimitPercent;
}

/**
 * ICC profile of that condition, built from Fogra's FOGRA39L characterisation
 * data (zlib licence; see color/README.md). Images are converted with it and it
 * is embedded as the output intent's DestOutputProfile. It ships beside
 * `fonts/` in the app's root folder.
 */
export function outputProfilePath(appRoot: string): string {
  return join(appRoot, 'color', 'FOGRA39L.icc');
}

/** The profile found from this source file: right when running from the source tree (CLI, tests), not from a bundle. */
export const SOURCE_OUTPUT_PROFILE_PATH = outputProfilePath(fileURLToPath(new URL('../..', import.meta.url)));

/** Colour space families that may carry colour in a PDF/X-1a file. */
const PRINT_SPACES = new Set(['DeviceCMYK', 'DeviceGray', 'Separation', 'DeviceN', 'Pattern']);

/** `Indexed/<base>` is allowed when its base is. */
export function isPrintColourSpace(family: string): boolean {
  return PRINT_SPACES.has(family.startsWith('Indexed/') ? family.slice('Indexed/'.length) : family);
}
