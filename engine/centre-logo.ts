// The Centre's logo as a publication carries it: `variables.centre.logo`, a
// PNG or JPEG `data:` URL copied from the settings (electron/records/settings.ts
// `withCentre`). Kept inside the publication so that a file rendered by the
// CLI, exported or moved to another computer prints the same logo. Every pack
// prints it when it is there (docs/template-packs.md, "The Centre's logo").
//
// Checked when a publication is read, so a bad value is refused with its field
// named before a pack's markup or the layout meet it (where it could only be
// blamed on the pack file). No Node.js API here: the settings screen's
// modules share the check.
import { InputError } from '../contract/errors.js';
import { dataUrlBytes, readImageInfo } from './image-header.js';

export const CENTRE_LOGO_FIELD = 'variables.centre.logo';

const DATA_URL = /^data:image\/(png|jpeg);base64,[A-Za-z0-9+/=]+$/;

/** Why `value` cannot be printed as a logo (Vietnamese, for the user), or null when it can. */
export function logoProblem(value: unknown): string | null {
  if (typeof value !== 'string' || !DATA_URL.test(value)) {
    return 'logo phải là ảnh PNG hoặc JPEG nhúng (data:image/png;base64,… hoặc data:image/jpeg;base64,…)';
  }
  const bytes = dataUrlBytes(value);
  const info = bytes && readImageInfo(bytes);
  if (!info || info.width === 0 || info.height === 0) return 'logo không đọc được như ảnh PNG hoặc JPEG; hãy lưu lại ảnh rồi chọn lại';
  return null;
}

/**
 * Throws an InputError naming `variables.centre.logo` when the publication
 * (checked or not yet: this runs before the schema, whose message for a
 * too-long value would name only `variables.centre`) has a logo that cannot
 * be printed.
 */
export function checkCentreLogo(publication: unknown, file?: string): void {
  const logo = field(field(field(publication, 'variables'), 'centre'), 'logo');
  // No field, or an empty one, is a publication without a logo: the packs print none.
  if (logo === undefined || logo === '') return;
  const problem = logoProblem(logo);
  if (problem) {
    throw new InputError(`${problem}. Hãy chọn lại logo ở «Cài đặt» rồi bấm «Lấy thông tin Trung tâm từ Cài đặt», hoặc xóa trường này.`, {
      file,
      field: CENTRE_LOGO_FIELD,
    });
  }
}

/** `value[key]` when value is a plain object that has it as its own property. */
function field(value: unknown, key: string): unknown {
  return value !== null && typeof value === 'object' && !Array.isArray(value) && Object.hasOwn(value, key) ? (value as Record<string, unknown>)[key] : undefined;
}
