// Cài đặt: the Centre's details and the app's language. The Centre's details
// are ONE record, kept with the records (records/centre.json: backed up with
// them and carried in the data bundle as `centre`); this service reads and
// writes it through the records service, and keeps only the language in the
// store under `settings` (docs/settings.md). New publications take their
// contact box from the Centre's record (services/wiring.ts, `withCentre`);
// the template's starter values fill only what it leaves empty. Publications
// already made keep their own values.
import { z } from 'zod';
import { InputError } from '../../contract/errors.js';
import type { Centre } from '../../contract/record-schemas.js';
import type { Settings } from '../../contract/settings.js';
import { checkWithSchema } from '../../engine/validate.js';
import { centreRecordSchema } from '../records/centre.js';
import type { Store } from '../storage/store.js';

/** The store key of what the settings keep themselves: `{ language }`. */
export const SETTINGS_KEY = 'settings';

const languageSchema = z.enum(['vi', 'en'], { message: 'ngôn ngữ giao diện phải là "vi" (tiếng Việt) hoặc "en" (tiếng Anh)' });

/**
 * The settings as `settings.save` takes them, checked in full: the Centre's
 * record (services/records/centre.ts) and the language. Typed as the
 * contract's Settings, so the two cannot drift apart.
 */
export const settingsSchema: z.ZodType<Settings, unknown> = centreRecordSchema.extend({ language: languageSchema.default('vi') });

export type { Settings };

/** Where the Centre's record lives: the records service (services/records/service.ts). */
export interface CentreRecord {
  centre(): Centre;
  saveCentre(input: Record<string, unknown>): Centre;
}

export interface SettingsService {
  get(): Settings;
  /** Replaces the Centre's record and sets the language; on any error nothing is saved. */
  save(input: unknown): Settings;
}

export function createSettingsService(store: Store, centre: CentreRecord): SettingsService {
  const language = (): Settings['language'] => {
    // A store written by an older version (or edited by hand) falls back to Vietnamese, never a crash.
    const parsed = languageSchema.safeParse((store.get(SETTINGS_KEY) as { language?: unknown } | undefined)?.language);
    return parsed.success ? parsed.data : 'vi';
  };
  return {
    get: () => ({ ...centre.centre(), language: language() }),
    save(input) {
      if (typeof input !== 'object' || input === null || Array.isArray(input)) throw new InputError('cài đặt phải là một bản ghi (đối tượng JSON).');
      const { language: chosen, ...details } = input as Record<string, unknown>;
      // The language is checked first: the Centre's record is written only when all of it is right.
      const { language: next } = checkWithSchema(z.object({ language: languageSchema }), { language: chosen ?? language() });
      const saved = centre.saveCentre(details);
      store.set(SETTINGS_KEY, { language: next });
      return { ...saved, language: next };
    },
  };
}
