// Units, distributions and the handover record through the records service, as the
// app calls it: stock never below zero (nothing saved when refused),
// retired units keep their history, CSV import names every wrong line.
import { afterAll, describe, expect, it } from 'vitest';
import { InputError } from '../../../contract/errors.js';
import { fixtureBundle, openRecords, removeTempDirs, snapshot } from '../records/helpers.js';

afterAll(removeTempDirs);

/** The fixture bundle's records (2 contracts, 4 deliveries, 3 distributions) in a fresh store. */
function withFixture() {
  const opened = openRecords();
  opened.records.importBundle(fixtureBundle());
  return opened;
}

const refusal = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return error as InputError;
  }
  throw new Error('expected a refusal');
};

describe('distributions', () => {
  it('records a distribution and takes it from stock', () => {
    const { records, distribution, reports } = withFixture();
    const before = records.stock().find((s) => s.publicationId === 'pub-1')!;
    distribution.saveDistribution({ date: '2022-11-05', unitId: 'van-lang', publicationId: 'pub-1', quantity: 500, recipient: 'Phòng Tư pháp', occasion: 'training' });
    const after = records.stock().find((s) => s.publicationId === 'pub-1')!;
    expect(after.balance).toBe(before.balance - 500);
    expect(reports.distribution().totals.byUnit['van-lang']).toBe(800 + 500);
  });

  it('refuses one that would take stock below zero on its date, naming the publication, date and shortfall; nothing saved', () => {
    const { distribution, dataDir } = withFixture();
    const before = snapshot(dataDir);
    // pub-1: 3 000 delivered on 20/10, all handed out that day; 2 000 more on 25/10.
    const error = refusal(() => distribution.saveDistribution({ date: '2022-10-22', unitId: 'van-lang', publicationId: 'pub-1', quantity: 10 }));
    expect(error.field).toBe('quantity');
    expect(error.message).toContain('22/10/2022');
    expect(error.message).toContain('chỉ còn 0 bản: thiếu 10 bản "Tờ gấp: Trợ giúp pháp lý miễn phí"');
    expect(snapshot(dataDir)).toEqual(before);
    // On the day of the second delivery the copies are there.
    expect(() => distribution.saveDistribution({ date: '2022-10-25', unitId: 'van-lang', publicationId: 'pub-1', quantity: 2000 })).not.toThrow();
  });

  it('refuses an edit that moves a distribution before the copies arrived, and a delivery deletion a distribution relies on', () => {
    const { records, distribution, dataDir } = withFixture();
    const before = snapshot(dataDir);
    const x3 = fixtureBundle().distributions[2];
    expect(refusal(() => distribution.saveDistribution({ ...x3, date: '2022-11-09' })).message).toContain('09/11/2022');
    const deletion = refusal(() => records.deleteDelivery('d-4'));
    expect(deletion.message).toContain('lần cấp phát "x-3"');
    expect(snapshot(dataDir)).toEqual(before);
    distribution.deleteDistribution('x-3');
    expect(() => records.deleteDelivery('d-4')).not.toThrow();
  });
});

describe('units', () => {
  it('imports CSV with a BOM and semicolons, makes ids from names, and importing again changes nothing', () => {
    const { distribution } = openRecords();
    const csv = '\uFEFFtên;cấp\r\nPhường Tam Thanh;phường\r\nXã Tân Tiến;xã\r\n"Phường Lương Văn Tri";Phường\r\n';
    expect(distribution.importUnitsCsv(csv, 'xa.csv')).toEqual({ added: 3, updated: 0 });
    expect(distribution.units().map((u) => [u.id, u.name, u.kind])).toEqual([
      ['phuong-tam-thanh', 'Phường Tam Thanh', 'ward'], ['xa-tan-tien', 'Xã Tân Tiến', 'commune'], ['phuong-luong-van-tri', 'Phường Lương Văn Tri', 'ward'],
    ]);
    expect(distribution.importUnitsCsv(csv, 'xa.csv')).toEqual({ added: 0, updated: 3 });
    expect(distribution.units()).toHaveLength(3);
  });

  it('names every wrong line and imports none of the file', () => {
    const { distribution, dataDir } = openRecords();
    const before = snapshot(dataDir);
    const csv = 'id,name,parentId,kind\nxa-a,Xã A,,xã\nxa-b,,,xã\nxa-c,Xã C,,quận\nxa-d,Xã D,khong-co,xã\n';
    const error = refusal(() => distribution.importUnitsCsv(csv, 'sai.csv'));
    expect(error.message).toContain('dòng 3: thiếu tên đơn vị');
    expect(error.message).toContain('dòng 4: cấp "quận" không hợp lệ');
    expect(error.file).toBe('sai.csv');
    expect(snapshot(dataDir)).toEqual(before);
    // The unknown parent is found once the other lines are right.
    expect(refusal(() => distribution.importUnitsCsv('id,name,parentId\nxa-d,Xã D,khong-co\n', 'sai.csv')).message).toContain('"khong-co" không có');
  });

  it('a body sits under a xã or phường and says what it is; a former district is a district; a new unit\'s code comes from its name', () => {
    const { distribution } = openRecords();
    distribution.addPresetUnits();
    const body = distribution.saveUnit({ name: 'Công an xã Thất Khê', kind: 'body', bodyType: 'police', parentId: 'that-khe' });
    expect(body).toEqual({ id: 'cong-an-xa-that-khe', name: 'Công an xã Thất Khê', parentId: 'that-khe', kind: 'body', bodyType: 'police' });
    expect(distribution.saveUnit({ name: 'Công an xã Thất Khê', kind: 'body', bodyType: 'police', parentId: 'that-khe' }).id).toBe('cong-an-xa-that-khe-2');
    expect(refusal(() => distribution.saveUnit({ name: 'Trường PTDTBT', kind: 'body', parentId: 'that-khe' })).field).toBe('bodyType');
    expect(refusal(() => distribution.saveUnit({ name: 'Đồn Biên phòng', kind: 'body', bodyType: 'border-post', parentId: 'trang-dinh' })).field).toBe('parentId');
    expect(refusal(() => distribution.saveUnit({ name: 'Chi nhánh TGPL', kind: 'branch', parentId: 'lang-son' })).field).toBe('parentId');
    expect(refusal(() => distribution.saveUnit({ name: 'Xã mới', kind: 'commune', bodyType: 'school', parentId: 'lang-son' })).field).toBe('bodyType');
    const former = refusal(() => distribution.saveUnit({ name: 'Xã mới', kind: 'commune', parentId: 'lang-son', formerUnitId: 'that-khe' }));
    expect([former.field, former.message]).toEqual(['formerUnitId', 'huyện cũ phải là một đơn vị cấp huyện; "Xã Thất Khê" không phải.']);
  });

  it('a CSV without a column keeps what the unit had: its parent and former district stay; a short file corrects one field', () => {
    const { distribution } = openRecords();
    distribution.addPresetUnits();
    expect(distribution.importUnitsCsv('mã;tên;cấp\nthat-khe;Xã Thất Khê;xã\n', 'ten.csv')).toEqual({ added: 0, updated: 1 });
    expect(distribution.units().find((u) => u.id === 'that-khe')).toMatchObject({ parentId: 'lang-son', formerUnitId: 'trang-dinh' });
    distribution.importUnitsCsv('id,name,formerUnitId\nky-lua,Phường Kỳ Lừa,cao-loc\n', 'sua.csv');
    expect(distribution.units().find((u) => u.id === 'ky-lua')).toMatchObject({ kind: 'ward', parentId: 'lang-son', formerUnitId: 'cao-loc' });
    distribution.importUnitsCsv('tên,cấp,loại cơ quan,mã cấp trên\nHội Phụ nữ xã Thất Khê,cơ quan,hội,that-khe\n', 'hoi.csv');
    expect(distribution.units().at(-1)).toEqual({ id: 'hoi-phu-nu-xa-that-khe', name: 'Hội Phụ nữ xã Thất Khê', parentId: 'that-khe', kind: 'body', bodyType: 'association', distributed: 0 });
  });

  it('a retired unit keeps its history in reports but takes no new distribution', () => {
    const { distribution, reports } = withFixture();
    distribution.retireUnit('trang-dinh', '2025-07-01');
    expect(reports.distribution().units.find((u) => u.id === 'trang-dinh')).toMatchObject({ retired: true });
    expect(reports.distribution().totals.byUnit['trang-dinh']).toBe(3000);
    const error = refusal(() => distribution.saveDistribution({ date: '2025-07-02', unitId: 'trang-dinh', publicationId: 'pub-1', quantity: 1 }));
    expect(error.message).toContain('thôi áp dụng từ ngày 01/07/2025');
    // Retiring before its own history is refused.
    distribution.reinstateUnit('trang-dinh');
    expect(refusal(() => distribution.retireUnit('trang-dinh', '2022-01-01')).message).toContain('thôi áp dụng');
  });
});

describe('the handover record', () => {
  it('makes the handover record data for distributions to one unit only', () => {
    const { distribution } = withFixture();
    distribution.saveDistribution({ id: 'x-4', date: '2022-11-12', unitId: 'van-lang', publicationId: 'pub-2', quantity: 50 });
    const data = distribution.handoverData(['x-4', 'x-3']);
    expect(data.unit.id).toBe('van-lang');
    expect(data.lines.map((l) => [l.id, l.title])).toEqual([['x-3', 'Sổ tay trợ giúp pháp lý'], ['x-4', 'Sách bỏ túi pháp luật về đất đai']]);
    expect(refusal(() => distribution.handoverData(['x-1', 'x-3'])).message).toContain('chỉ cho một đơn vị');
  });
});
