// A list of cited acts from a file: the JSON format the app ships its
// registry in (`anpham/laws@1`, docs/content-library.md) or a CSV the Centre
// keeps in a spreadsheet, with English or Vietnamese column names, statuses
// and types as keys or in words, dates as 2025-07-01 or 01/7/2025. A row for
// an act the registry already has (same number) changes the fields the file
// has a column (JSON: a key) for — an empty cell clears one — and keeps the
// others, so a short list of statuses does not wipe the notes and dates.
// Every row is checked like an act saved on the screen; the first bad one
// stops the whole list, named by its row (CSV line or position in the JSON
// list) and its field, and two rows with one number are refused too.
import { extname } from 'node:path';
import { InputError } from '../../contract/errors.js';
import { parseDisplayDate } from '../../contract/dates.js';
import { LAW_STATUS_LABELS, LAW_TYPE_LABELS, LAW_TYPES, lawInput, type Law, type LawStatus, type LawType } from '../../contract/library.js';
import { foldForSearch } from '../../contract/text-fold.js';
import { toNFC } from '../../engine/normalise.js';
import { checkWithSchema, decodeUtf8, parseJsonText } from '../../engine/validate.js';
import { parseCsv } from './csv.js';

export const LAWS_FORMAT = 'anpham/laws@1';

export type LawDraft = ReturnType<typeof lawInput.parse>;

/** The act the registry has with a number, if any: what a row's missing columns keep. */
export type StoredLaw = (number: string) => Law | undefined;

/** One row of the file, and how an error names its place. */
interface Row {
  values: Record<string, unknown>;
  /** "dòng 4" (CSV) or "văn bản thứ 3" (JSON). */
  place: string;
  /** The field as the file names it: the CSV's column header, or `laws[2].status`. */
  field(key: string | undefined): string | undefined;
}

/** How a number is compared: "144/2017/ND-CP" is "144/2017/NĐ-CP". */
export const numberKey = (number: string): string => foldForSearch(number).replace(/\s+/g, '');

/** The id a new act gets from its number: "11/2017/QH14" → "11-2017-qh14". */
export const idFromNumber = (number: string): string =>
  foldForSearch(number).replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 80) || 'van-ban';

/** The acts in `bytes`, a .csv or .json file; throws an InputError naming the row and field of the first bad one. */
export function readLawFile(fileName: string, bytes: Uint8Array, stored?: StoredLaw): LawDraft[] {
  const kind = extname(fileName).toLowerCase();
  if (kind !== '.csv' && kind !== '.json') {
    throw new InputError('danh mục văn bản phải là tệp .csv hoặc .json (xem mẫu trong hướng dẫn).', { file: fileName });
  }
  const text = decodeUtf8(bytes, fileName);
  return kind === '.csv' ? lawsFromCsv(text, fileName, stored) : lawsFromJson(parseJsonText(text, fileName), fileName, stored);
}

/** `{ "format": "anpham/laws@1", "laws": [...] }`, or the bare list. */
export function lawsFromJson(value: unknown, file: string, stored?: StoredLaw): LawDraft[] {
  const isObject = typeof value === 'object' && value !== null && !Array.isArray(value);
  if (isObject && (value as { format?: unknown }).format !== LAWS_FORMAT) {
    throw new InputError(`tệp JSON danh mục văn bản cần "format": "${LAWS_FORMAT}".`, { file, field: 'format' });
  }
  const list = isObject ? (value as { laws?: unknown }).laws : value;
  const prefix = isObject ? 'laws' : '';
  if (!Array.isArray(list)) throw new InputError('cần một danh sách văn bản ("laws": [ … ]).', { file, field: prefix || undefined });
  return checkRows(
    list.map((item, i) => ({
      values: typeof item === 'object' && item !== null && !Array.isArray(item) ? (item as Record<string, unknown>) : { number: item },
      place: `văn bản thứ ${i + 1}`,
      field: (key) => `${prefix}[${i}]${key ? `.${key}` : ''}`,
    })),
    file,
    stored,
  );
}

/** Column names a CSV may use for each field (compared without case or diacritics). */
const COLUMNS: Record<string, string[]> = {
  id: ['id', 'mã'],
  number: ['number', 'số hiệu', 'số', 'số ký hiệu'],
  title: ['title', 'tên', 'tên văn bản', 'trích yếu'],
  type: ['type', 'loại', 'loại văn bản'],
  issued: ['issued', 'ngày ban hành'],
  effective: ['effective', 'hiệu lực từ', 'ngày hiệu lực', 'có hiệu lực từ'],
  status: ['status', 'tình trạng'],
  changedBy: ['changedBy', 'văn bản tác động', 'sửa đổi, thay thế, bãi bỏ bởi'],
  changedOn: ['changedOn', 'ngày tác động', 'tác động từ ngày'],
  changes: ['changes', 'nội dung thay đổi', 'nội dung tác động'],
  note: ['note', 'ghi chú'],
};
const columnFor = new Map(Object.entries(COLUMNS).flatMap(([field, names]) => names.map((n) => [foldForSearch(n), field] as const)));

export function lawsFromCsv(text: string, file: string, stored?: StoredLaw): LawDraft[] {
  const [header, ...records] = parseCsv(text, file);
  if (!header) throw new InputError('tệp CSV trống; dòng đầu là tên cột (number, title, status…).', { file });
  const fields = header.cells.map((name) => {
    const field = columnFor.get(foldForSearch(name));
    if (!field) throw new InputError(`cột "${name.trim()}" không có trong danh mục; các cột dùng được: ${Object.keys(COLUMNS).join(', ')} (hoặc tên tiếng Việt: ${Object.values(COLUMNS).map((n) => n[1]).join(', ')}).`, { file, field: name.trim() });
    return field;
  });
  for (const required of ['number', 'title', 'status']) {
    if (!fields.includes(required)) throw new InputError(`thiếu cột "${required}" (${COLUMNS[required][1]}) ở dòng đầu.`, { file });
  }
  const headerOf = (key: string | undefined) => (key ? header.cells[fields.indexOf(key)]?.trim() ?? key : undefined);
  return checkRows(
    records.map((r) => ({
      values: Object.fromEntries(fields.map((field, i) => [field, r.cells[i] ?? ''])),
      place: `dòng ${r.line}`,
      field: headerOf,
    })),
    file,
    stored,
  );
}

/** The fields only an act that something changed has. */
const CHANGE_FIELDS = ['changedBy', 'changedOn', 'changes'];

/** A row over the stored act with its number: what the row has no column for stays as it was. */
function overStored(values: Record<string, unknown>, stored: Law | undefined): Record<string, unknown> {
  if (!stored) return values;
  const { id: _id, ...kept } = stored as Record<string, unknown>;
  // An act the row puts back in force no longer names the act that had changed it.
  if (typeof values.status === 'string' && statusOf(values.status) === 'in-force') for (const key of CHANGE_FIELDS) if (!(key in values)) delete kept[key];
  return { ...kept, ...values };
}

function checkRows(rows: Row[], file: string, stored: StoredLaw = () => undefined): LawDraft[] {
  if (rows.length === 0) throw new InputError('danh mục không có văn bản nào.', { file });
  const seen = new Map<string, string>();
  return rows.map((row) => {
    const number = typeof row.values.number === 'string' ? row.values.number.trim() : '';
    const where = number ? `${row.place} (${number})` : row.place;
    let law: LawDraft;
    try {
      law = checkLaw(overStored(row.values, number ? stored(number) : undefined));
    } catch (error) {
      if (error instanceof InputError) throw new InputError(`${where}: ${error.message}`, { file, field: row.field(error.field) });
      throw error;
    }
    const first = seen.get(numberKey(law.number));
    if (first) throw new InputError(`${where}: số hiệu này đã có ở ${first}; mỗi văn bản chỉ ghi một lần.`, { file, field: row.field('number') });
    seen.set(numberKey(law.number), row.place);
    return law;
  });
}

/** An act as a file row or the screen gives it, checked; the error names the field. */
export function checkLaw(values: Record<string, unknown>): LawDraft {
  return checkWithSchema(lawInput, normalise(values));
}

/** Words a person may write for a status, most specific first ("còn hiệu lực, đã được sửa đổi" is amended). */
const STATUS_WORDS: [string, LawStatus][] = [
  ['sua doi', 'amended'],
  ['bo sung', 'amended'],
  ['thay the', 'replaced'],
  ['bai bo', 'repealed'],
  ['het hieu luc', 'repealed'],
  ['expired', 'repealed'],
  ['con hieu luc', 'in-force'],
];

function statusOf(text: string): string {
  const folded = foldForSearch(text);
  if (Object.hasOwn(LAW_STATUS_LABELS, folded)) return folded;
  return STATUS_WORDS.find(([words]) => folded.includes(words))?.[1] ?? text;
}

/** The type a title starts with: "Bộ luật Dân sự" is a code, "Luật Hộ tịch" a law, "Nghị định …" a decree. */
export function typeFromTitle(title: string): LawType {
  const folded = foldForSearch(title);
  return LAW_TYPES.filter((t) => t !== 'other').find((t) => folded.startsWith(foldForSearch(LAW_TYPE_LABELS[t]))) ?? 'other';
}

/** A type as a key or in words ("Nghị định"); an empty one is read from the title. Anything else is left for the check to refuse. */
function typeOf(text: string, title: string): string {
  if (!text) return typeFromTitle(title);
  if ((LAW_TYPES as readonly string[]).includes(text)) return text;
  return LAW_TYPES.find((t) => foldForSearch(LAW_TYPE_LABELS[t]) === foldForSearch(text)) ?? text;
}

/** Empty cells left out, text in NFC, words and dd/mm/yyyy turned into the stored keys and ISO dates. */
function normalise(raw: Record<string, unknown>): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw)) {
    const v = typeof value === 'string' ? toNFC(value).trim() : value;
    if (v !== '' && v !== null && v !== undefined) values[key] = v;
  }
  if (typeof values.status === 'string') values.status = statusOf(values.status);
  values.type = typeOf(typeof values.type === 'string' ? values.type : '', typeof values.title === 'string' ? values.title : '');
  for (const key of ['issued', 'effective', 'changedOn']) {
    if (typeof values[key] === 'string') values[key] = parseDisplayDate(values[key] as string) ?? values[key];
  }
  return values;
}
