// The Centre's details (Cài đặt): name, address, phone, email and an optional
// logo, kept in the store under `settings`. New publications take their
// contact box from here; the template's starter values fill only what the
// settings leave empty. Publications already made keep their own values.
import { z } from 'zod';
import { logoProblem } from '../../engine/centre-logo.js';
import { IMAGE_VARIABLE_MAX_CHARS, type Publication, type VariableValue } from '../../contract/publication-format.js';
import { checkWithSchema } from '../../engine/validate.js';
import type { Store } from '../storage/store.js';

const KEY = 'settings';
/**
 * A logo is printed small; 700 kB of base64 is a ~500 kB image, ample for
 * print at logo size. Each publication carries its own copy, so no more than
 * a publication's variables may hold.
 */
export const LOGO_MAX_CHARS = IMAGE_VARIABLE_MAX_CHARS;

const text = (max: number) => z.string().max(max).transform((s) => s.normalize('NFC').trim());

export const settingsSchema = z.object({
  name: text(300).default(''),
  address: text(500).default(''),
  phone: text(100).default(''),
  email: z.union([z.literal(''), z.string().trim().max(200).email('địa chỉ thư điện tử chưa đúng, ví dụ: tgpl@langson.gov.vn')]).default(''),
  logo: z.string()
    .max(LOGO_MAX_CHARS, `ảnh logo quá lớn; hãy chọn ảnh nhỏ hơn ${Math.round(LOGO_MAX_CHARS * 3 / 4 / 1000)} kB`)
    .regex(/^data:image\/(png|jpeg);base64,[A-Za-z0-9+/=]+$/, 'logo phải là ảnh PNG hoặc JPEG')
    // A logo that passes here is one every publication it is copied into can print.
    .refine((logo) => logoProblem(logo) === null, 'logo không đọc được như ảnh PNG hoặc JPEG; hãy lưu lại ảnh rồi chọn lại')
    .optional(),
  /** The language of the app's own words (menus, buttons, messages); publications keep theirs. */
  language: z.enum(['vi', 'en'], { message: 'ngôn ngữ giao diện phải là "vi" (tiếng Việt) hoặc "en" (tiếng Anh)' }).default('vi'),
}).strict();

export type Settings = z.output<typeof settingsSchema>;

/** The contact-box fields a template prints, in the settings' names (`variables.centre.*`). */
const CENTRE_FIELDS = ['name', 'address', 'phone', 'email', 'logo'] as const;

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
 * ones keep what the publication (or the template's starter) had. The logo is
 * copied as it is (a data: URL), so the publication prints it without the
 * settings.
 */
export function withCentre(publication: Publication, settings: Settings): Publication {
  const current = publication.variables.centre;
  const centre: Record<string, VariableValue> = current && typeof current === 'object' && !Array.isArray(current) ? { ...current } : {};
  for (const field of CENTRE_FIELDS) {
    const value = settings[field];
    if (value !== undefined && value !== '') centre[field] = value;
  }
  return { ...publication, variables: { ...publication.variables, centre } };
}
