// The registry of cited acts as data the Centre updates, through the API:
// importing a CSV (as a spreadsheet saves it) or JSON list of acts, a bad row
// refused with its row and field named and nothing saved, saving one act,
// and the history every change leaves (who, when, from where, what before).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Law, LawChange, LawImportResult, LibraryCatalogue } from '../../../contract/library.js';
import { openTestApi, type TestApi } from '../../helpers/api.js';

let api: TestApi;
beforeAll(async () => {
  api = await openTestApi('law-import');
});
afterAll(() => api.close());

const WHO = 'Nguyễn Thị Lan';
const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');
const catalogue = async () => (await api.ok<LibraryCatalogue>('library.catalogue', {})).laws;
const history = (id: string) => api.ok<LawChange[]>('laws.history', { id });
const importFile = (fileName: string, text: string, by = WHO) => api.call('laws.import', { fileName, base64: base64(text), by });

// As Excel's "CSV UTF-8" saves it in Vietnamese: a byte-order mark, ";" between cells, CRLF, Vietnamese column names,
// statuses in words, dates dd/mm/yyyy, and a cell with a line break and a ";" inside quotes.
const GOOD_CSV = [
  '\uFEFFSố hiệu;Tên văn bản;Loại;Ngày ban hành;Hiệu lực từ;Tình trạng;Văn bản tác động;Ngày tác động;Nội dung thay đổi;Ghi chú',
  '144/2017/NĐ-CP;Nghị định quy định chi tiết một số điều của Luật Trợ giúp pháp lý;Nghị định;15/12/2017;;đã bị thay thế;99/2026/NĐ-CP;01/3/2027;"Thay thế toàn bộ;\nghi để thử";',
  '99/2026/NĐ-CP;Nghị định quy định chi tiết Luật Trợ giúp pháp lý (dữ liệu thử);;20/12/2026;01/3/2027;còn hiệu lực;;;;',
  '91/2015/QH13;Bộ luật Dân sự;Bộ luật;24/11/2015;01/01/2017;còn hiệu lực;;;;Căn cứ của hợp đồng in ấn.',
].join('\r\n');

describe('importing a list of acts', () => {
  it('takes a CSV as a spreadsheet saves it: adds, replaces by number, counts what did not change, and keeps who and what before', async () => {
    const before = (await catalogue()).find((l) => l.number === '144/2017/NĐ-CP')!;
    const result = await api.ok<LawImportResult>('laws.import', { fileName: 'danh-muc.csv', base64: base64(GOOD_CSV), by: WHO });
    expect(result).toMatchObject({ added: ['99/2026/NĐ-CP'], changed: ['144/2017/NĐ-CP'], unchanged: 1 });

    const laws = await catalogue();
    expect(laws).toEqual(result.laws);
    const decree = laws.find((l) => l.number === '144/2017/NĐ-CP')!;
    expect(decree).toEqual({
      id: before.id, number: '144/2017/NĐ-CP', title: before.title, type: 'decree', issued: '2017-12-15', status: 'replaced',
      changedBy: '99/2026/NĐ-CP', changedOn: '2027-03-01', changes: 'Thay thế toàn bộ;\nghi để thử',
    });
    // A new act gets an id from its number, and a type from its title when the cell is empty.
    expect(laws.find((l) => l.number === '99/2026/NĐ-CP')).toMatchObject({ id: '99-2026-nd-cp', type: 'decree', effective: '2027-03-01' });

    const [imported] = await history(before.id);
    expect(imported).toMatchObject({ by: WHO, action: 'imported', source: 'danh-muc.csv', before, after: decree });
    expect(Date.now() - Date.parse(imported.at)).toBeLessThan(60_000);
    expect(await history('99-2026-nd-cp')).toEqual([expect.objectContaining({ action: 'imported', after: expect.objectContaining({ number: '99/2026/NĐ-CP' }) })]);
    // An act the file gives as it was leaves no entry.
    expect(await history('blds-2015')).toEqual([]);
  });

  it('keeps what a short list has no column for (dates, note), and clears what it leaves empty', async () => {
    const before = (await catalogue()).find((l) => l.number === '60/2014/QH13')!;
    expect(before.note).toBeDefined();
    const csv = 'number;title;status;changedBy;changedOn;changes\n60/2014/QH13;Luật Hộ tịch;amended;99/2026/QH15;01/01/2027;\n';
    await api.ok('laws.import', { fileName: 'ngan.csv', base64: base64(csv), by: WHO });
    const after = (await catalogue()).find((l) => l.number === '60/2014/QH13')!;
    expect(after).toEqual({ ...before, status: 'amended', changedBy: '99/2026/QH15', changedOn: '2027-01-01' });
    // Back in force: the acting act goes, though the list has no column for it.
    await api.ok('laws.import', { fileName: 'ngan.csv', base64: base64('number;title;status\n60/2014/QH13;Luật Hộ tịch;còn hiệu lực\n'), by: WHO });
    expect((await catalogue()).find((l) => l.number === '60/2014/QH13')).toEqual(before);
  });

  it('imports the registry file the app ships as it is (the JSON format), changing nothing on a fresh store', async () => {
    const fresh = await openTestApi('law-import-json');
    try {
      const text = readFileSync(join(import.meta.dirname, '..', '..', '..', 'services', 'library', 'laws-2026-12.json'), 'utf8');
      const result = await fresh.ok<LawImportResult>('laws.import', { fileName: 'laws-2026-12.json', base64: base64(text), by: WHO });
      expect(result).toMatchObject({ added: [], changed: [] });
      expect(result.unchanged).toBe(result.laws.length);
    } finally {
      fresh.close();
    }
  });

  it.each([
    ['a date that does not exist', 'sai-ngay.csv', 'number;title;effective;status\n30/2020/NĐ-CP;Nghị định về công tác văn thư;05/03/2020;in-force\n53/2024/QH15;Luật Phòng, chống mua bán người;31/02/2025;in-force\n', 'effective', /dòng 3 \(53\/2024\/QH15\): ngày phải là ngày có thật/],
    ['a new amended act without the act that amended it', 'thieu.csv', 'Số hiệu,Tên,Tình trạng\n02/2026/TT-BTP,Thông tư (dữ liệu thử),đã được sửa đổi\n', 'changedBy', /dòng 2 \(02\/2026\/TT-BTP\): .*cần số hiệu của văn bản sửa đổi/],
    ['a status nobody knows', 'tinh-trang.csv', 'Số hiệu;Tên;Tình trạng\n11/2017/QH14;Luật Trợ giúp pháp lý;tạm ngưng\n', 'Tình trạng', /dòng 2 \(11\/2017\/QH14\): tình trạng phải là một trong/],
    ['one number twice', 'trung.csv', 'number;title;status\n30/2020/NĐ-CP;Nghị định về công tác văn thư;in-force\n30/2020/ND-CP;Nghị định về công tác văn thư;repealed\n', 'number', /dòng 3 \(30\/2020\/ND-CP\): số hiệu này đã có ở dòng 2/],
    ['a column the registry has not', 'cot-la.csv', 'number;title;status;hạn dùng\n30/2020/NĐ-CP;Nghị định về công tác văn thư;in-force;2030\n', 'hạn dùng', /cột "hạn dùng" không có/],
    ['a JSON act with a wrong type', 'sai.json', JSON.stringify({ format: 'anpham/laws@1', laws: [{ number: '30/2020/NĐ-CP', title: 'Nghị định về công tác văn thư', status: 'in-force' }, { number: '91/2015/QH13', title: 'Bộ luật Dân sự', type: 'bộ sách', status: 'in-force' }] }), 'laws[1].type', /văn bản thứ 2 \(91\/2015\/QH13\): loại văn bản phải là một trong/],
    ['a file that is neither CSV nor JSON', 'danh-muc.xlsx', 'PK', undefined, /phải là tệp \.csv hoặc \.json/],
  ])('refuses %s, naming the row and the field, and saves nothing', async (_what, fileName, text, field, message) => {
    const laws = await catalogue();
    const histories = await Promise.all(laws.map((l) => history(l.id)));
    const result = await importFile(fileName, text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatchObject({ code: 'invalid-input', file: fileName, field });
    expect(result.error.message).toMatch(message);
    expect(await catalogue()).toEqual(laws);
    expect(await Promise.all(laws.map((l) => history(l.id)))).toEqual(histories);
  });

  it('asks who makes the change', async () => {
    expect(await importFile('danh-muc.csv', GOOD_CSV, ' ')).toMatchObject({ ok: false, error: { code: 'invalid-input', field: 'by', message: expect.stringContaining('người cập nhật') } });
  });
});

describe('saving one act', () => {
  it('edits an act, keeping the version before in its history, and adds a new one', async () => {
    const law = (await catalogue()).find((l) => l.number === '30/2020/NĐ-CP')!;
    const edited = await api.ok<Law>('laws.save', { law: { ...law, note: 'Thể thức văn bản hành chính.' }, by: 'Hoàng Văn Nam' });
    expect(edited).toEqual({ ...law, note: 'Thể thức văn bản hành chính.' });
    expect((await history(law.id)).at(-1)).toMatchObject({ by: 'Hoàng Văn Nam', action: 'edited', before: law, after: edited });
    // Saving it unchanged adds no entry.
    const count = (await history(law.id)).length;
    await api.ok('laws.save', { law: edited, by: 'Hoàng Văn Nam' });
    expect(await history(law.id)).toHaveLength(count);

    const added = await api.ok<Law>('laws.save', { law: { number: '01/2026/TT-BTP', title: 'Thông tư hướng dẫn (dữ liệu thử)', type: 'circular', status: 'in-force', changedBy: '' }, by: 'Hoàng Văn Nam' });
    expect(added).toEqual({ id: '01-2026-tt-btp', number: '01/2026/TT-BTP', title: 'Thông tư hướng dẫn (dữ liệu thử)', type: 'circular', status: 'in-force' });
    expect(await history(added.id)).toEqual([expect.objectContaining({ action: 'added', after: added })]);
    expect((await history(added.id))[0]).not.toHaveProperty('before');
  });

  it.each([
    [{ number: '11/2017/QH14', title: 'Luật Trợ giúp pháp lý', type: 'law', status: 'in-force' }, 'number', /đã có văn bản số 11\/2017\/QH14/],
    [{ number: '02/2026/TT-BTP', title: 'Thông tư (dữ liệu thử)', type: 'circular', status: 'in-force', changedBy: '03/2026/TT-BTP' }, 'changedBy', /còn hiệu lực và chưa được sửa đổi/],
    [{ number: '02/2026/TT-BTP', title: 'Thông tư (dữ liệu thử)', type: 'circular', status: 'replaced', changedBy: '03/2026/TT-BTP' }, 'changedOn', /cần ngày văn bản tác động có hiệu lực/],
  ])('refuses %o naming the field', async (law, field, message) => {
    const result = await api.call('laws.save', { law, by: 'Hoàng Văn Nam' });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input', field } });
    if (!result.ok) expect(result.error.message).toMatch(message);
  });

  it('answers "not found" for the history of an act that is not there', async () => {
    expect(await api.call('laws.history', { id: 'khong-co' })).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });
});
