// Cài đặt: the Centre's details, the hotline and the app's language. The
// Centre's details are ONE record, kept with the records (records/centre.json:
// backed up with them and carried in the data bundle as `centre`); this
// service reads and writes it through the records service, and keeps the
// language and the hotline in the store under `settings` (docs/settings.md).
// The hotline is the national one unless the Centre changes it: it belongs to
// no record of the Centre's and is signed into no paper. New publications take their
// contact box from the Centre's record (services/wiring.ts, `withCentre`);
// the template's starter values fill only what it leaves empty. Publications
// already made keep their own values.
import { z } from 'zod';
import { InputError } from '../../contract/errors.js';
import type { Centre } from '../../contract/record-schemas.js';
import { DEFAULT_HOTLINE, type Hotline, type Settings } from '../../contract/settings.js';
import { checkWithSchema } from '../../engine/validate.js';
import { centreRecordSchema } from '../records/centre.js';
import type { Store } from '../storage/store.js';

/** The store key of what the settings keep themselves: `{ language, hotline }`. */
export const SETTINGS_KEY = 'settings';

const languageSchema = z.enum(['vi', 'en'], { message: 'ngôn ngữ giao diện phải là "vi" (tiếng Việt) hoặc "en" (tiếng Anh)' });

const hotlineText = (max: number) => z.string().trim().max(max).transform((t) => t.normalize('NFC'));
/** The name and number are what a reader dials and reads first; owner, cost and hours may be left empty. */
export const hotlineSchema: z.ZodType<Hotline, unknown> = z.object({
  name: hotlineText(120).pipe(z.string().min(1, 'cần tên đường dây nóng (ví dụ "Đường dây nóng trợ giúp pháp lý")')),
  number: hotlineText(40).pipe(z.string().regex(/^[0-9][0-9 .]{2,}$/, 'số đường dây nóng chỉ gồm chữ số, dấu chấm và khoảng trắng (ví dụ 1800.1233)')),
  owner: hotlineText(200).default(''),
  cost: hotlineText(80).default(''),
  hours: hotlineText(200).default(''),
}).strict();

/** The hotline the store keeps, or the national one when it keeps none (or one edited by hand into something unreadable). */
export function storedHotline(store: Pick<Store, 'get'>): Hotline {
  const parsed = hotlineSchema.safeParse((store.get(SETTINGS_KEY) as { hotline?: unknown } | undefined)?.hotline);
  return parsed.success ? parsed.data : DEFAULT_HOTLINE;
}

/**
 * The settings as `settings.save` takes them, checked in full: the Centre's
 * record (services/records/centre.ts) and the language. Typed as the
 * contract's Settings, so the two cannot drift apart.
 */
export const settingsSchema: z.ZodType<Settings, unknown> = centreRecordSchema.extend({ language: languageSchema.default('vi'), hotline: hotlineSchema.default(DEFAULT_HOTLINE) });

export type { Settings };

/** Where the Centre's record lives: the records service (services/records/service.ts). */
export interface CentreRecord {
  centre(): Centre;
  saveCentre(input: Record<string, unknown>): Centre;
}

export interface SettingsService {
  get(): Settings;
  /** Replaces the Centre's record and sets the language and the hotline (each kept when absent); on any error nothing is saved. */
  save(input: unknown): Settings;
  hotline(): Hotline;
}

export function createSettingsService(store: Store, centre: CentreRecord): SettingsService {
  const language = (): Settings['language'] => {
    // A store written by an older version (or edited by hand) falls back to Vietnamese, never a crash.
    const parsed = languageSchema.safeParse((store.get(SETTINGS_KEY) as { language?: unknown } | undefined)?.language);
    return parsed.success ? parsed.data : 'vi';
  };
  return {
    get: () => ({ ...centre.centre(), language: language(), hotline: storedHotline(store) }),
    hotline: () => storedHotline(store),
    save(input) {
      if (typeof input !== 'object' || input === null || Array.isArray(input)) throw new InputError('cài đặt phải là một bản ghi (đối tượng JSON).');
      const { language: chosen, hotline: line, ...details } = input as Record<string, unknown>;
      // The language and the hotline are checked first: the Centre's record is written only when all of it is right.
      const { language: next, hotline } = checkWithSchema(z.object({ language: languageSchema, hotline: hotlineSchema }), {
        language: chosen ?? language(),
        hotline: line ?? storedHotline(store),
      });
      const saved = centre.saveCentre(details);
      store.set(SETTINGS_KEY, { language: next, hotline });
      return { ...saved, language: next, hotline };
    },
  };
}
