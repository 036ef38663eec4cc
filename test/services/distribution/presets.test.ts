// The 2025 preset of Lạng Sơn's units (services/distribution/presets/lang-son-2025.json):
// the file itself against Nghị quyết 1672/NQ-UBTVQH15 as DOMAIN.md lists it,
// a broken file named in the error, and applying it to a store: what is
// missing is added, a user's units keep their ids and names, applying twice
// changes nothing, and a retired district keeps its history but takes no
// new distributions.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { InputError } from '../../../contract/errors.js';
import type { Unit } from '../../../contract/record-schemas.js';
import { applyUnitPreset, LANG_SON_2025, loadUnitPreset, presetFile } from '../../../services/distribution/presets.js';
import { fixtureBundle, openRecords, removeTempDirs, snapshot, tempDataDir } from '../records/helpers.js';

afterAll(removeTempDirs);

const ROOT = join(import.meta.dirname, '..', '..', '..');
const FILE = presetFile(ROOT, LANG_SON_2025);
const preset = loadUnitPreset(FILE);
const sample2022 = () => JSON.parse(readFileSync(join(ROOT, 'samples', 'bundle-2022.json'), 'utf8'));
const DISTRICTS: string[] = sample2022().units.map((u: Unit) => u.id);

/** The resolution's order, grouped by the former district most of each came from (DOMAIN.md). */
const BY_DISTRICT: Record<string, string[]> = {
  'trang-dinh': ['Thất Khê', 'Đoàn Kết', 'Tân Tiến', 'Tràng Định', 'Quốc Khánh', 'Kháng Chiến', 'Quốc Việt'],
  'binh-gia': ['Bình Gia', 'Tân Văn', 'Hồng Phong', 'Hoa Thám', 'Quý Hòa', 'Thiện Hòa', 'Thiện Thuật', 'Thiện Long'],
  'bac-son': ['Bắc Sơn', 'Hưng Vũ', 'Vũ Lăng', 'Nhất Hòa', 'Vũ Lễ', 'Tân Tri'],
  'van-quan': ['Văn Quan', 'Điềm He', 'Yên Phúc', 'Tri Lễ', 'Tân Đoàn', 'Khánh Khê'],
  'van-lang': ['Na Sầm', 'Hoàng Văn Thụ', 'Thụy Hùng', 'Văn Lãng', 'Hội Hoan'],
  'loc-binh': ['Lộc Bình', 'Mẫu Sơn', 'Na Dương', 'Lợi Bác', 'Thống Nhất', 'Xuân Dương', 'Khuất Xá'],
  'dinh-lap': ['Đình Lập', 'Thái Bình', 'Châu Sơn', 'Kiên Mộc'],
  'huu-lung': ['Hữu Lũng', 'Tuấn Sơn', 'Tân Thành', 'Vân Nham', 'Thiện Tân', 'Yên Bình', 'Hữu Liên', 'Cai Kinh'],
  'chi-lang': ['Chi Lăng', 'Quan Sơn', 'Chiến Thắng', 'Nhân Lý', 'Bằng Mạc', 'Vạn Linh'],
  'cao-loc': ['Đồng Đăng', 'Cao Lộc', 'Công Sơn', 'Ba Sơn'],
  'tp-lang-son': ['Tam Thanh', 'Lương Văn Tri', 'Kỳ Lừa', 'Đông Kinh'],
};

const refusal = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return error as InputError;
  }
  throw new Error('expected a refusal');
};

describe('the preset file', () => {
  const communeLevel = preset.filter((u) => u.kind === 'commune' || u.kind === 'ward');

  it('has the province, 65 xã and phường (61 + 4) and the 11 districts of 2022, retired on 1/7/2025', () => {
    expect(preset[0]).toEqual({ id: 'lang-son', name: 'Tỉnh Lạng Sơn', parentId: null, kind: 'province' });
    expect(communeLevel).toHaveLength(65);
    expect(communeLevel.filter((u) => u.kind === 'commune')).toHaveLength(61);
    expect(communeLevel.filter((u) => u.kind === 'ward').map((u) => u.name)).toEqual(['Phường Tam Thanh', 'Phường Lương Văn Tri', 'Phường Kỳ Lừa', 'Phường Đông Kinh']);
    const districts = preset.filter((u) => u.kind === 'district');
    expect(districts.map((u) => u.id)).toEqual(DISTRICTS);
    for (const d of districts) expect(d).toMatchObject({ parentId: null, retiredOn: '2025-07-01' });
    expect(preset).toHaveLength(1 + 65 + 11);
  });

  it('lists them in the resolution\'s order, under the province, each with one of the 11 districts as its former district', () => {
    const expected = Object.entries(BY_DISTRICT).flatMap(([former, names]) => names.map((name) => [name, former]));
    expect(communeLevel.map((u) => [u.name.replace(/^(Xã|Phường) /, ''), u.formerUnitId])).toEqual(expected);
    for (const u of communeLevel) {
      expect(u.parentId).toBe('lang-son');
      expect(DISTRICTS).toContain(u.formerUnitId);
    }
  });

  it('has unique ASCII slug ids, NFC names, no name twice', () => {
    const ids = preset.map((u) => u.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(preset.find((u) => u.name === 'Xã Thất Khê')!.id).toBe('that-khe');
    expect(preset.find((u) => u.name === 'Xã Hoàng Văn Thụ')!.id).toBe('hoang-van-thu');
    // A xã named like its former district cannot take the district's id.
    expect(preset.find((u) => u.name === 'Xã Bình Gia')!.id).toBe('xa-binh-gia');
    const names = preset.map((u) => u.name);
    for (const name of names) expect(name).toBe(name.normalize('NFC'));
    expect(new Set(names.map((n) => n.toLocaleLowerCase('vi'))).size).toBe(names.length);
  });

  it('is read at run time: a broken file is refused with its name and the unit at fault', () => {
    const dir = tempDataDir();
    const bad = join(dir, 'bad.json');
    const json = JSON.parse(readFileSync(FILE, 'utf8'));
    json.units[3].formerUnitId = 'huyen-khong-co';
    writeFileSync(bad, JSON.stringify(json));
    const error = refusal(() => loadUnitPreset(bad));
    expect(error.file).toBe(bad);
    expect(error.field).toBe('units[3].formerUnitId');
    expect(error.message).toContain('"huyen-khong-co" không có');
    writeFileSync(bad, '{ "format": "anpham/unit-preset@1", ');
    expect(refusal(() => loadUnitPreset(bad)).file).toBe(bad);
    expect(refusal(() => loadUnitPreset(join(dir, 'missing.json'))).message).toContain('không đọc được danh sách');
  });
});

describe('applying the preset', () => {
  it('to an empty store adds all 77 units; applying it again changes nothing', () => {
    const { distribution, dataDir } = openRecords();
    expect(distribution.addPresetUnits()).toEqual({ added: 77, updated: 0, notRetired: [] });
    const before = snapshot(dataDir);
    expect(distribution.addPresetUnits()).toEqual({ added: 0, updated: 0, notRetired: [] });
    expect(snapshot(dataDir)).toEqual(before);
  });

  it('to the 2022 sample: the districts keep their history and are retired; a new distribution to one after 1/7/2025 is refused', () => {
    const { records, distribution, reports } = openRecords();
    records.importBundle(sample2022());
    const totals = reports.distribution().totals;
    expect(distribution.addPresetUnits()).toEqual({ added: 66, updated: 11, notRetired: [] });
    expect(reports.distribution().totals).toEqual(totals);
    expect(distribution.units().find((u) => u.id === 'dinh-lap')).toMatchObject({ name: 'Huyện Đình Lập', kind: 'district', retiredOn: '2025-07-01' });
    const error = refusal(() => distribution.saveDistribution({ date: '2025-07-02', unitId: 'dinh-lap', publicationId: 'so-tay-2022', quantity: 1 }));
    expect(error.field).toBe('unitId');
    expect(error.message).toContain('thôi áp dụng từ ngày 01/07/2025');
    // Before the reorganisation the district still takes them.
    expect(() => distribution.saveDistribution({ date: '2025-06-30', unitId: 'dinh-lap', publicationId: 'so-tay-2022', quantity: 1 })).not.toThrow();
  });

  it('keeps a user\'s units: same name keeps its id and name, references follow it, filled fields only where missing', () => {
    const current: Unit[] = [
      { id: 'u-1', name: 'xã thất khê', parentId: null },
      { id: 'trang-dinh', name: 'Huyện Tràng Định (cũ)', parentId: null, kind: 'district' },
      { id: 'tinh', name: 'Tỉnh Lạng Sơn', parentId: null, kind: 'province' },
    ];
    const { units, added, updated } = applyUnitPreset({ units: current, distributions: [] }, preset);
    expect(added).toBe(77 - 3);
    expect(updated).toBe(2); // the xã gains a parent, kind and former district; the district its retirement
    expect(units.slice(0, 3)).toEqual([
      { id: 'u-1', name: 'xã thất khê', parentId: 'tinh', kind: 'commune', formerUnitId: 'trang-dinh' },
      { id: 'trang-dinh', name: 'Huyện Tràng Định (cũ)', parentId: null, kind: 'district', retiredOn: '2025-07-01' },
      current[2],
    ]);
    expect(units.find((u) => u.id === 'doan-ket')).toMatchObject({ parentId: 'tinh', formerUnitId: 'trang-dinh' });
    expect(units.filter((u) => u.name.toLocaleLowerCase('vi') === 'xã thất khê')).toHaveLength(1);
  });

  it('leaves a district in use when copies went to it after 1/7/2025, and says so', () => {
    const { records, distribution } = openRecords();
    const bundle = fixtureBundle();
    bundle.distributions.push({ id: 'x-late', date: '2025-08-01', unitId: 'van-lang', publicationId: 'pub-1', quantity: 10 });
    records.importBundle(bundle);
    const result = distribution.addPresetUnits();
    expect(result.notRetired).toEqual(['Huyện Văn Lãng']);
    expect(distribution.units().find((u) => u.id === 'van-lang')!.retiredOn).toBeUndefined();
    expect(distribution.units().find((u) => u.id === 'trang-dinh')!.retiredOn).toBe('2025-07-01');
  });
});
