// Units read from CSV: a list the Centre keeps in Excel (xã, phường, the
// bodies that receive copies, …). Pure: parsing returns units or per-line
// errors; the service saves them. The preset lists (the 65 xã and phường of
// 2025, the 11 district-level units before them) are data files applied by
// presets.ts.
import { InputError } from '../../contract/errors.js';
import { BODY_TYPES, UNIT_KINDS, unitSchema, type BodyType, type Unit, type UnitKind } from '../../contract/record-schemas.js';

/** "Huyện Tràng Định" → "huyen-trang-dinh": ids from names, as the preset's are. */
export function slug(name: string): string {
  return name
    .normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd')
    .toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 80) || 'don-vi';
}

/** Column headers a CSV may use, English or Vietnamese, with or without marks. */
type Column = 'id' | 'name' | 'parentId' | 'kind' | 'bodyType' | 'formerUnitId';
const HEADERS: Record<string, Column> = {
  id: 'id', ma: 'id', 'ma-don-vi': 'id',
  name: 'name', ten: 'name', 'ten-don-vi': 'name',
  parentid: 'parentId', 'parent-id': 'parentId', 'ma-cap-tren': 'parentId', 'don-vi-cap-tren': 'parentId',
  kind: 'kind', cap: 'kind', loai: 'kind',
  bodytype: 'bodyType', 'body-type': 'bodyType', 'loai-co-quan': 'bodyType',
  formerunitid: 'formerUnitId', 'former-unit-id': 'formerUnitId', 'huyen-cu': 'formerUnitId', 'ma-huyen-cu': 'formerUnitId',
};

/** Each kind by its own name and its Vietnamese words; a city (thành phố) was of the district level. */
const KIND_WORDS: Record<string, UnitKind> = {
  ...Object.fromEntries(UNIT_KINDS.map((k) => [k, k])),
  tinh: 'province', huyen: 'district', 'thanh-pho': 'district', tp: 'district', city: 'district',
  xa: 'commune', phuong: 'ward', 'co-quan': 'body', 'chi-nhanh': 'branch',
};

const BODY_WORDS: Record<string, BodyType> = {
  ...Object.fromEntries(BODY_TYPES.map((b) => [b, b])),
  ubnd: 'people-committee', 'ubnd-xa': 'people-committee', 'cong-an': 'police', 'cong-an-xa': 'police',
  'don-bien-phong': 'border-post', 'bien-phong': 'border-post', truong: 'school', 'truong-hoc': 'school',
  hoi: 'association', 'doan-the': 'association', 'hoi-doan-the': 'association', khac: 'other',
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
 * columns: name (tên) is required; id (mã), parentId (mã cấp trên), kind
 * (cấp), bodyType (loại cơ quan) and formerUnitId (mã huyện cũ) are optional.
 * A missing id is made from the name; a unit already in `existing` with the
 * same name keeps its id, so importing the same file twice changes nothing.
 * Every wrong line is named.
 */
export function parseUnitsCsv(text: string, existing: readonly Unit[], file = 'tệp CSV'): Unit[] {
  const body = text.replace(/^\uFEFF/, '');
  const first = body.split(/\r?\n/, 1)[0] ?? '';
  const separator = (first.match(/;/g)?.length ?? 0) > (first.match(/,/g)?.length ?? 0) ? ';' : ',';
  const [header = [], ...rows] = splitCsv(body, separator);
  const columns = header.map((h) => HEADERS[slug(h.trim())]);
  if (!columns.includes('name')) {
    throw new InputError('dòng 1 phải là dòng tiêu đề có cột "name" (hoặc "tên"); các cột khác có thể có: id (mã), parentId (mã cấp trên), kind (cấp: tỉnh, huyện, xã, phường, cơ quan, chi nhánh), bodyType (loại cơ quan), formerUnitId (mã huyện cũ).', { file });
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
    const kind = value.kind ? KIND_WORDS[slug(value.kind)] : undefined;
    if (value.kind && !kind) return void errors.push(`dòng ${line}: cấp "${value.kind}" không hợp lệ; hãy ghi tỉnh, huyện, xã, phường, cơ quan hoặc chi nhánh.`);
    const bodyType = value.bodyType ? BODY_WORDS[slug(value.bodyType)] : undefined;
    if (value.bodyType && !bodyType) return void errors.push(`dòng ${line}: loại cơ quan "${value.bodyType}" không hợp lệ; hãy ghi UBND, công an, đồn biên phòng, trường học, hội đoàn thể hoặc khác.`);
    const id = value.id ?? byName.get(value.name.toLocaleLowerCase('vi')) ?? freeId(slug(value.name), taken);
    taken.add(id);
    // Columns the file does not have stay absent: the service keeps what the unit already had.
    const parsed = unitSchema.safeParse({ ...value, id, ...(kind ? { kind } : {}), ...(bodyType ? { bodyType } : {}) });
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
export function freeId(base: string, taken: ReadonlySet<string>): string {
  base = base.slice(0, 75);
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

