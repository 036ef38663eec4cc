// The Centre's details (Cài đặt): name, address, phone, email and an optional
// logo, kept in the store under `settings`. New publications take their
// contact box from here; the template's starter values fill only what the
// settings leave empty. Publications already made keep their own values.
import { z } from 'zod';
import type { Publication, VariableValue } from '../publishing/publication.js';
import { checkWithSchema } from '../publishing/validate.js';
import type { Store } from '../storage/store.js';

const KEY = 'settings';
/** A logo is printed small; 700 kB of base64 is a ~500 kB image, ample for print at logo size. */
export const LOGO_MAX_CHARS = 700_000;

const text = (max: number) => z.string().max(max).transform((s) => s.normalize('NFC').trim());

export const settingsSchema = z.object({
  name: text(300).default(''),
  address: text(500).default(''),
  phone: text(100).default(''),
  email: z.union([z.literal(''), z.string().trim().max(200).email('địa chỉ thư điện tử chưa đúng, ví dụ: tgpl@langson.gov.vn')]).default(''),
  logo: z.string()
    .max(LOGO_MAX_CHARS, `ảnh logo quá lớn; hãy chọn ảnh nhỏ hơn ${Math.round(LOGO_MAX_CHARS * 3 / 4 / 1000)} kB`)
    .regex(/^data:image\/(png|jpeg);base64,[A-Za-z0-9+/=]+$/, 'logo phải là ảnh PNG hoặc JPEG')
    .optional(),
  /** The language of the app's own words (menus, buttons, messages); publications keep theirs. */
  language: z.enum(['vi', 'en'], { message: 'ngôn ngữ giao diện phải là "vi" (tiếng Việt) hoặc "en" (tiếng Anh)' }).default('vi'),
}).strict();

export type Settings = z.output<typeof settingsSchema>;

/** The contact-box fields a template prints, in the settings' names. */
const CENTRE_FIELDS = ['name', 'address', 'phone', 'email'] as const;

export interface SettingsService {
  get(): Settings;
  save(input: unknown): Settings;
}

export function createSettingsService(store: Store): SettingsService {
  return {
    get() {
      // A store written by an older version (or edited by hand) falls back to empty values, never a crash.
      const parsed = settingsSchema.safeParse(store.get(KEY) ?? {});
      return parsed.success ? parsed.data : settingsSchema.parse({});
    },
    save(input) {
      const settings = checkWithSchema(settingsSchema, input);
      store.set(KEY, settings);
      return settings;
    },
  };
}

/**
 * The publication with its contact box (`variables.centre`) taken from the
 * settings: each field the settings fill replaces the publication's; empty
 * ones keep what the publication (or the template's starter) had.
 */
export function withCentre(publication: Publication, settings: Settings): Publication {
  const current = publication.variables.centre;
  const centre: Record<string, VariableValue> = current && typeof current === 'object' && !Array.isArray(current) ? { ...current } : {};
  for (const field of CENTRE_FIELDS) {
    if (settings[field] !== '') centre[field] = settings[field];
  }
  return { ...publication, variables: { ...publication.variables, centre } };
}
