// Unit presets: lists of administrative units kept as data files beside this
// module (presets/*.json, `anpham/unit-preset@1`), not as code, so a new
// reorganisation is a new file. A file is read and checked each time it is
// applied: its units by the records' own schema and rules, any problem named
// with the file and the unit. Applying one adds what is missing and fills
// fields a unit lacks; it never renames a unit, never changes a field the
// user set, and applying it again changes nothing (docs/distribution.md).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { InputError } from '../../contract/errors.js';
import { unitSchema, type RecordSet, type Unit } from '../../contract/record-schemas.js';
import { checkWithSchema, decodeUtf8, parseJsonText } from '../../engine/validate.js';
import { BUNDLE_FORMAT, readBundle } from '../records/bundle.js';

export const UNIT_PRESET_FORMAT = 'anpham/unit-preset@1';
/** Tỉnh Lạng Sơn since 1/7/2025: 65 xã and phường, and the 11 district-level units retired that day. */
export const LANG_SON_2025 = 'lang-son-2025';

const presetShape = z
  .object({
    format: z.literal(UNIT_PRESET_FORMAT, `định dạng phải là "${UNIT_PRESET_FORMAT}"`),
    title: z.string().min(1, 'thiếu tên danh sách'),
    /** The act the list comes from. */
    source: z.string().min(1, 'thiếu văn bản làm căn cứ'),
    units: z.array(z.unknown()).min(1, 'danh sách đơn vị trống'),
  })
  .strict();

export function presetFile(appRoot: string, name: string): string {
  return join(appRoot, 'services', 'distribution', 'presets', `${name}.json`);
}

/** The preset's units, checked as a bundle's would be; InputError naming the file otherwise. */
export function loadUnitPreset(file: string): Unit[] {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    throw new InputError(`không đọc được danh sách đơn vị có sẵn (${(error as NodeJS.ErrnoException).code ?? 'lỗi'}); hãy cài lại ứng dụng.`, { file });
  }
  const preset = checkWithSchema(presetShape, parseJsonText(decodeUtf8(bytes, file), file), file);
  return readBundle({ format: BUNDLE_FORMAT, units: preset.units }, file).units;
}

export interface PresetResult {
  units: Unit[];
  added: number;
  /** Units already there that gained a field they lacked (a kind, a former district, a retirement date, …). */
  updated: number;
  /** Names of units the preset retires that still have distributions on or after that date: left in use. */
  notRetired: string[];
}

/** Fields a unit already in the store may gain from the preset; its id and name are the user's. */
const FILLED = ['parentId', 'kind', 'bodyType', 'formerUnitId', 'retiredOn'] as const;

const nameKey = (name: string) => name.normalize('NFC').toLocaleLowerCase('vi');

/**
 * `set.units` with `preset` applied. A preset unit is the store's unit with
 * the same id or, failing that, the same name (a unit typed in or imported
 * from CSV keeps its id, and the preset's references follow it).
 */
export function applyUnitPreset(set: Pick<RecordSet, 'units' | 'distributions'>, preset: readonly Unit[]): PresetResult {
  const byId = new Map(set.units.map((u) => [u.id, u]));
  const byName = new Map(set.units.map((u) => [nameKey(u.name), u]));
  const idOf = new Map(preset.map((p) => [p.id, (byId.get(p.id) ?? byName.get(nameKey(p.name)))?.id ?? p.id]));
  const ref = <T extends string | null | undefined>(id: T): T => (id ? idOf.get(id) ?? id : id) as T;
  const lastDistribution = new Map<string, string>();
  for (const x of set.distributions) if ((lastDistribution.get(x.unitId) ?? '') < x.date) lastDistribution.set(x.unitId, x.date);

  const changed = new Map<string, Unit>();
  const added: Unit[] = [];
  const notRetired: string[] = [];
  for (const p of preset) {
    const unit: Unit = { ...p, id: idOf.get(p.id)!, parentId: ref(p.parentId), ...(p.formerUnitId ? { formerUnitId: ref(p.formerUnitId) } : {}) };
    const existing = byId.get(unit.id);
    if (!existing) {
      added.push(unit);
      continue;
    }
    const filled: Record<string, unknown> = { ...existing };
    for (const field of FILLED) {
      if (existing[field] != null || unit[field] == null) continue;
      // Retiring a unit that was still given copies after that date would refuse the whole preset; it stays in use, and the user is told.
      if (field === 'retiredOn' && (lastDistribution.get(existing.id) ?? '') >= unit.retiredOn!) {
        notRetired.push(existing.name);
        continue;
      }
      filled[field] = unit[field];
    }
    // Parsed again so the fields keep the schema's order, as every stored record does (byte-stable exports).
    if (FILLED.some((field) => filled[field] !== existing[field])) changed.set(existing.id, checkWithSchema(unitSchema, filled));
  }
  return {
    units: [...set.units.map((u) => changed.get(u.id) ?? u), ...added],
    added: added.length,
    updated: changed.size,
    notRetired,
  };
}
