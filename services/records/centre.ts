// The Centre's record (records/centre.json, the bundle's `centre`): the one
// place its details live (docs/settings.md). Cài đặt edits it through the
// settings' methods; the papers' Bên A, the reports' letterhead and new
// publications' contact box read it. Here: its defaults and its full check,
// the contract's schema plus a logo whose bytes really are an image (so no
// publication gets a logo it cannot print).
import { logoProblem } from '../../engine/centre-logo.js';
import { centreSchema, type Centre } from '../../contract/record-schemas.js';

/** The Centre's details before anyone has filled them in. */
export const DEFAULT_CENTRE: Centre = {
  agency: 'Sở Tư pháp tỉnh Lạng Sơn',
  name: 'Trung tâm Trợ giúp pháp lý Nhà nước tỉnh Lạng Sơn',
  place: 'Lạng Sơn',
};

const printableLogo = centreSchema.shape.logo.refine(
  (logo) => logo === undefined || logoProblem(logo) === null,
  'Logo không đọc được như ảnh PNG hoặc JPEG; hãy lưu lại ảnh rồi chọn lại',
);

/** The Centre as the store, a bundle or Cài đặt gives it: the contract's schema, and a logo that can be printed. */
export const centreRecordSchema = centreSchema.extend({ logo: printableLogo });
