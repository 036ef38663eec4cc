// What preflight checks in a publication's contact box: that it holds no
// example value the app ships (the samples' address and phone, which are not
// the Centre's), and that the hotline it prints is the one in Cài đặt. Both
// are warnings without a block: the contact box is printed from the
// publication's variables, and "Lấy thông tin Trung tâm từ Cài đặt" in the
// editor puts both right.
import type { Finding } from '../../contract/findings.js';
import type { Publication } from '../../contract/publication-format.js';
import { HOTLINE_FIELDS, type Hotline } from '../../contract/settings.js';
import { foldForSearch } from '../../contract/text-fold.js';
import samples from './sample-contact-values.json';

/** The example values, by contact-box field (`variables.centre.<field>`). */
export const SAMPLE_CONTACT_VALUES: Record<string, string[]> = { address: samples.address, phone: samples.phone, email: samples.email };

const FIELD_NAMES: Record<string, string> = { address: 'địa chỉ', phone: 'số điện thoại', email: 'thư điện tử' };
const HOTLINE_NAMES: Record<(typeof HOTLINE_FIELDS)[number], string> = { name: 'tên', number: 'số', owner: 'cơ quan', cost: 'cước gọi', hours: 'giờ làm việc' };

/** Compared as a reader reads them: no case, diacritics or spacing, and for phones only the digits. */
const comparable = (field: string, value: string) => (field === 'phone' ? value.replace(/\D/g, '') : foldForSearch(value.replace(/\u00A0/g, ' ')));
/** Hotline text as printed: only the spacing may differ (the packs join "thứ Sáu" with a no-break space). */
const printed = (value: unknown) => (typeof value === 'string' ? value.normalize('NFC').replace(/\s+/g, ' ').trim() : '');

const record = (value: unknown): Record<string, unknown> | undefined =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;

export function contactFindings(publication: Publication, hotline: Hotline): Finding[] {
  const centre = record(publication.variables.centre) ?? {};
  const samplesLeft = Object.entries(SAMPLE_CONTACT_VALUES).flatMap(([field, values]) => {
    const value = centre[field];
    if (typeof value !== 'string' || !values.some((v) => comparable(field, v) === comparable(field, value))) return [];
    return [{
      severity: 'warning' as const,
      code: 'sample-contact',
      message: `Khung liên hệ còn ${FIELD_NAMES[field]} mẫu «${value}», không phải của Trung tâm. Hãy nhập thông tin thật trong «Cài đặt» rồi bấm «Lấy thông tin Trung tâm từ Cài đặt» trong trình soạn.`,
    }];
  });
  const own = record(publication.variables.hotline);
  // A publication without a hotline prints none: nothing there can be out of date.
  const differing = own ? HOTLINE_FIELDS.filter((f) => printed(own[f]) !== printed(hotline[f])) : [];
  const hotlineFinding: Finding[] = differing.length
    ? [{
        severity: 'warning',
        code: 'hotline-differs',
        message: `Đường dây nóng in trên ấn phẩm khác với «Cài đặt»: ${differing.map((f) => `${HOTLINE_NAMES[f]} «${printed(own![f]) || '(trống)'}» thay vì «${printed(hotline[f]) || '(trống)'}»`).join('; ')}. Hãy bấm «Lấy thông tin Trung tâm từ Cài đặt» trong trình soạn, hoặc sửa «Cài đặt» nếu ở đó chưa đúng.`,
      }]
    : [];
  return [...samplesLeft, ...hotlineFinding];
}
