// Records on both sides of the reorganisation of 1/7/2025, for the grouping
// tests: the 2025 preset's units (the province, 65 xã and phường, the 11
// retired districts), a 2022 xã with no kind under its district, a body
// under a xã; copies handed out in 2022 to districts and that xã, in 2026 to
// xã, a phường and the body.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const PRESET = join(ROOT, 'services', 'distribution', 'presets', 'lang-son-2025.json');

export function historyBundle() {
  const units = [
    ...JSON.parse(readFileSync(PRESET, 'utf8')).units,
    { id: 'xa-chi-minh-2022', name: 'Xã Chí Minh (trước 01/7/2025)', parentId: 'trang-dinh' },
    { id: 'cong-an-that-khe', name: 'Công an xã Thất Khê', parentId: 'that-khe', kind: 'body', bodyType: 'police' },
  ];
  const x = (id: string, date: string, unitId: string, quantity: number) => ({ id, date, unitId, publicationId: 'pub-1', quantity });
  return {
    format: 'anpham/bundle@1',
    units,
    publications: [{ id: 'pub-1', kind: 'leaflet', title: 'Tờ gấp: Trợ giúp pháp lý miễn phí' }],
    printers: [{ id: 'pr-1', name: 'Công ty Cổ phần In Lạng Sơn' }],
    contracts: [{ id: 'c-1', number: '01/2022/HĐ-TGPL', date: '2022-10-01', printerId: 'pr-1', vatPercent: 8, status: 'signed', items: [{ publicationId: 'pub-1', quantity: 10000, unitPrice: 1200 }] }],
    deliveries: [{ id: 'd-1', contractId: 'c-1', publicationId: 'pub-1', date: '2022-10-05', quantity: 10000 }],
    distributions: [
      x('x-1', '2022-11-01', 'trang-dinh', 300),
      x('x-2', '2022-11-02', 'xa-chi-minh-2022', 120),
      x('x-3', '2022-11-03', 'tp-lang-son', 200),
      x('x-4', '2026-03-04', 'that-khe', 50),
      x('x-5', '2026-03-04', 'cong-an-that-khe', 30),
      x('x-6', '2026-04-10', 'ky-lua', 40),
      x('x-7', '2026-05-20', 'xa-binh-gia', 60),
    ],
  };
}

/** What each grouping should give, worked out by hand from the distributions above. */
export const EXPECTED = {
  unit: { 'trang-dinh': 300, 'xa-chi-minh-2022': 120, 'tp-lang-son': 200, 'that-khe': 50, 'cong-an-that-khe': 30, 'ky-lua': 40, 'xa-binh-gia': 60 },
  commune: { 'trang-dinh': 300, 'xa-chi-minh-2022': 120, 'tp-lang-son': 200, 'that-khe': 80, 'ky-lua': 40, 'xa-binh-gia': 60 },
  'former-district': { 'trang-dinh': 500, 'tp-lang-son': 240, 'binh-gia': 60 },
} as const;
