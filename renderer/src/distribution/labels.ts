// Vietnamese names of the distribution's occasions.
import type { OCCASIONS } from '../../../electron/records/schemas.js';

export const OCCASION_NAMES: Record<(typeof OCCASIONS)[number], string> = {
  communication: 'Truyền thông',
  training: 'Tập huấn',
  thematic: 'Sinh hoạt chuyên đề',
  other: 'Khác',
};
