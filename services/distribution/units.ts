// Administrative units (đơn vị hành chính) the copies go to: the preset of
// the 11 district-level units of the 2022 plan, and units read from CSV
// (such as the 65 communes of Lạng Sơn since 1 July 2025). Pure: parsing
// returns units or per-line errors; the service saves them.
import { InputError } from '../../contract/errors.js';
import { UNIT_KINDS, unitSchema, type Unit, type UnitKind } from '../../contract/record-schemas.js';

/** Until 30/6/2025 (DOMAIN.md): one city and ten districts. */
export const DISTRICTS_2022: readonly Unit[] = [
  { id: 'tp-lang-son', name: 'Thành phố Lạng Sơn', parentId: null, kind: 'city' },
  { id: 'trang-dinh', name: 'Huyện Tràng Định', parentId: null, kind: 'district' },
  { id: 'van-lang', name: 'Huyện Văn Lãng', parentId: null, kind: 'district' },
  { id: 'van-quan', name: 'Huyện Văn Quan', parentId: null, kind: 'district' },
  { id: 'binh-gia', name: 'Huyện Bình Gia', parentId: null, kind: 'district' },
  { id: 'bac-son', name: 'Huyện Bắc Sơn', parentId: null, kind: 'district' },
  { id: 'huu-lung', name: 'Huyện Hữu Lũng', parentId: null, kind: 'district' },
  { id: 'chi-lang', name: 'Huyện Chi Lăng', parentId: null, kind: 'district' },
  { id: 'cao-loc', name: 'Huyện Cao Lộc', parentId: null, kind: 'district' },
  { id: 'loc-binh', name: 'Huyện Lộc Bình', parentId: null, kind: 'district' },
  { id: 'dinh-lap', name: 'Huyện Đình Lập', parentId: null, kind: 'district' },
];


/** "Huyện Tràng Định" → "huyen-trang-dinh": ids from names, as the preset's are. */
export function slug(name: string): string {
  return name
    .normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd')
    .toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 80) || 'don-vi';
}

/** Column headers a CSV may use, English or Vietnamese, with or without marks. */
const HEADERS: Record<string, 'id' | 'name' | 'parentId' | 'kind'> = {
  id: 'id', ma: 'id', 'ma-don-vi': 'id',
  name: 'name', ten: 'name', 'ten-don-vi': 'name',
  parentid: 'parentId', 'parent-id': 'parentId', 'ma-cap-tren': 'parentId', 'don-vi-cap-tren': 'parentId',
  kind: 'kind', cap: 'kind', loai: 'kind',
};

const KIND_WORDS: Record<string, UnitKind> = {
  xa: 'commune', commune: 'commune', phuong: 'ward', ward: 'ward', huyen: 'district', district: 'district', 'thanh-pho': 'city', tp: 'city', city: 'city',
};

/** RFC 4180 fields, comma or semicolon separated (Excel in a Vietnamese locale writes ";"). */
function splitCsv(text: string, separator: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === separator) { row.push(field); field = ''; }
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field); rows.push(row); row = []; field = '';
    } else field += c;
  }
  if (field !== '' || row.length) { row.push(field); rows.push(row); }
  return rows;
}

export interface UnitsCsvResult {
  units: Unit[];
}

/**
 * Units from CSV text (UTF-8, a BOM is skipped). The first line names the
 * columns: name (tên) is required; id (mã), parentId (mã cấp trên) and kind
 * (cấp: xã, phường, huyện, thành phố) are optional. A missing id is made from
 * the name; a unit already in `existing` with the same name keeps its id, so
 * importing the same file twice changes nothing. Every wrong line is named.
 */
export function parseUnitsCsv(text: string, existing: readonly Unit[], file = 'tệp CSV'): Unit[] {
  const body = text.replace(/^\uFEFF/, '');
  const first = body.split(/\r?\n/, 1)[0] ?? '';
  const separator = (first.match(/;/g)?.length ?? 0) > (first.match(/,/g)?.length ?? 0) ? ';' : ',';
  const [header = [], ...rows] = splitCsv(body, separator);
  const columns = header.map((h) => HEADERS[slug(h.trim())]);
  if (!columns.includes('name')) {
    throw new InputError('dòng 1 phải là dòng tiêu đề có cột "name" (hoặc "tên"); các cột khác có thể có: id (mã), parentId (mã cấp trên), kind (cấp: xã, phường, huyện, thành phố).', { file });
  }
  const byName = new Map(existing.map((u) => [u.name.normalize('NFC').toLocaleLowerCase('vi'), u.id]));
  const taken = new Set(existing.map((u) => u.id));
  const errors: string[] = [];
  const units: Unit[] = [];
  rows.forEach((cells, i) => {
    const line = i + 2;
    if (cells.every((c) => c.trim() === '')) return;
    const value: Record<string, string> = {};
    columns.forEach((name, c) => { if (name && cells[c]?.trim()) value[name] = cells[c].trim().normalize('NFC'); });
    if (!value.name) return void errors.push(`dòng ${line}: thiếu tên đơn vị.`);
    let kind: UnitKind | undefined;
    if (value.kind) {
      kind = KIND_WORDS[slug(value.kind)];
      if (!kind) return void errors.push(`dòng ${line}: cấp "${value.kind}" không hợp lệ; hãy ghi xã, phường, huyện hoặc thành phố.`);
    }
    const id = value.id ?? byName.get(value.name.toLocaleLowerCase('vi')) ?? freeId(slug(value.name), taken);
    taken.add(id);
    const parsed = unitSchema.safeParse({ id, name: value.name, parentId: value.parentId ?? null, ...(kind ? { kind } : {}) });
    if (!parsed.success) return void errors.push(`dòng ${line}: ${parsed.error.issues[0].message}.`);
    if (units.some((u) => u.id === id)) return void errors.push(`dòng ${line}: mã "${id}" đã có ở một dòng trước.`);
    units.push(parsed.data);
  });
  if (errors.length) {
    const shown = errors.slice(0, 20).join('\n');
    throw new InputError(`${errors.length} dòng có lỗi, chưa nhập đơn vị nào:\n${shown}${errors.length > 20 ? `\n… và ${errors.length - 20} dòng khác.` : ''}`, { file });
  }
  return units;
}

/** `base`, or `base-2`, `base-3`, … when taken (kept within the 80 characters of an id). */
function freeId(base: string, taken: Set<string>): string {
  base = base.slice(0, 75);
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

export { UNIT_KINDS };
