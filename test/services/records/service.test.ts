// The records service at the API boundary: Vietnamese messages that name the
// field, and nothing saved when anything is wrong.
import { readFileSync, writeFileSync } from 'node:fs';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { InputError } from '../../../contract/errors.js';
import { DEFAULT_CENTRE } from '../../../services/records/centre.js';
import { fixtureBundle, openRecords, removeTempDirs, snapshot } from './helpers.js';

afterAll(removeTempDirs);

const publication = { id: 'pub-1', kind: 'leaflet' as const, title: 'Tờ gấp trợ giúp pháp lý' };

function setUp() {
  const opened = openRecords(undefined, { editorPublications: () => [publication, { id: 'pub-2', kind: 'handbook', title: 'Cẩm nang' }] });
  const printer = opened.records.savePrinter({ name: 'Công ty In Lạng Sơn', taxCode: '4900100123' });
  const contract = {
    number: '01/2022/HĐ-TGPL', date: '2022-10-05', printerId: printer.id, vatPercent: 8,
    items: [{ publicationId: 'pub-1', quantity: 5000, unitPrice: 1200 }, { publicationId: 'pub-2', quantity: 300, unitPrice: 25000 }],
  };
  return { ...opened, printer, contract };
}

/** The InputError `run` throws, and proof that the data folder did not change. */
function refused(dataDir: string, run: () => unknown): InputError {
  const before = snapshot(dataDir);
  let caught: unknown;
  try {
    run();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(InputError);
  expect(snapshot(dataDir)).toEqual(before);
  return caught as InputError;
}

describe('records service: validation names the field, and a refused save changes nothing', () => {
  let s: ReturnType<typeof setUp>;
  beforeEach(() => {
    s = setUp();
  });

  it('a new contract is a draft with its totals and the amount in words', () => {
    const { id } = s.records.saveContract(s.contract);
    const view = s.records.contract(id);
    expect(view.contract.status).toBe('draft');
    expect(view.totals).toEqual({ subtotal: 13_500_000, vat: 1_080_000, total: 14_580_000 });
    expect(view.words).toBe('Mười bốn triệu năm trăm tám mươi nghìn đồng');
    // Library publications a contract uses are copied into the records' register.
    expect(s.records.exportBundle()).toContain('"title": "Cẩm nang"');
  });

  it.each([
    [{ quantity: 0 }, 'items[0].quantity', 'Số lượng phải lớn hơn 0'],
    [{ quantity: 2.5 }, 'items[0].quantity', 'Số lượng phải là số nguyên'],
    [{ quantity: '5000' }, 'items[0].quantity', 'Số lượng phải là một số'],
    [{ unitPrice: -1 }, 'items[0].unitPrice', 'Đơn giá phải lớn hơn 0'],
    [{ publicationId: 'khong-co' }, 'items[0].publicationId', 'không có trong danh mục ấn phẩm'],
  ])('line %j is refused at %s', (patch, field, message) => {
    const contract = { ...s.contract, items: [{ ...s.contract.items[0], ...patch }, s.contract.items[1]] };
    const error = refused(s.dataDir, () => s.records.saveContract(contract));
    expect(error.field).toBe(field);
    expect(error.message).toContain(message);
  });

  it.each([
    [{ vatPercent: 101 }, 'vatPercent', 'Thuế GTGT (%) phải từ 0 đến 100'],
    [{ vatPercent: -1 }, 'vatPercent', 'Thuế GTGT (%) phải từ 0 đến 100'],
    [{ vatPercent: 8.125 }, 'vatPercent', 'nhiều nhất 2 chữ số thập phân'],
    [{ date: '2022-02-30' }, 'date', 'Ngày hợp đồng phải là một ngày có thật'],
    [{ deadline: '2022-10-01' }, 'deadline', 'hạn giao hàng (01/10/2022) không được trước ngày hợp đồng (05/10/2022)'],
    [{ number: '' }, 'number', 'Số hợp đồng không được để trống'],
    [{ printerId: 'pr-x' }, 'printerId', 'không có trong danh sách cơ sở in'],
    [{ items: [] }, 'items', 'cần ít nhất một dòng'],
  ])('contract %j is refused at %s', (patch, field, message) => {
    const error = refused(s.dataDir, () => s.records.saveContract({ ...s.contract, ...patch }));
    expect(error.field).toBe(field);
    expect(error.message).toContain(message);
  });

  it('contract numbers are unique (whatever the letter case)', () => {
    s.records.saveContract(s.contract);
    const error = refused(s.dataDir, () => s.records.saveContract({ ...s.contract, number: '01/2022/hđ-tgpl' }));
    expect(error.field).toBe('number');
    expect(error.message).toContain('đã có ở hợp đồng khác');
  });

  it('a printer with a wrong tax code names the field', () => {
    const error = refused(s.dataDir, () => s.records.savePrinter({ name: 'X', taxCode: '12345' }));
    expect(error.field).toBe('taxCode');
    expect(error.message).toContain('Mã số thuế');
  });

  it('deliveries: only on signed contracts, not before the signing date, never beyond the open quantity', () => {
    const { id } = s.records.saveContract(s.contract);
    const delivery = { contractId: id, publicationId: 'pub-1', date: '2022-10-20', quantity: 3000 };
    expect(refused(s.dataDir, () => s.records.addDelivery(delivery)).message).toContain('còn là bản nháp');

    s.records.setStatus(id, 'signed', '2022-10-06');
    expect(refused(s.dataDir, () => s.records.addDelivery({ ...delivery, date: '2022-10-05' })).field).toBe('date');
    s.records.addDelivery(delivery);
    const over = refused(s.dataDir, () => s.records.addDelivery({ ...delivery, date: '2022-10-21', quantity: 2001 }));
    expect(over.field).toBe('quantity');
    expect(over.message).toContain('còn 2.000 / 5.000 bản');
    s.records.addDelivery({ ...delivery, date: '2022-10-21', quantity: 2000 });
    expect(s.records.contract(id).lines.map((l) => [l.delivered, l.open])).toEqual([[5000, 0], [0, 300]]);
    expect(refused(s.dataDir, () => s.records.addDelivery({ ...delivery, publicationId: 'pub-3', quantity: 1 })).field).toBe('publicationId');
  });

  it('status moves one step at a time, with dates in order; "delivered" needs every line in full', () => {
    const { id } = s.records.saveContract(s.contract);
    expect(refused(s.dataDir, () => s.records.setStatus(id, 'delivered', '2022-10-06')).field).toBe('status');
    expect(refused(s.dataDir, () => s.records.setStatus(id, 'signed', '2022-10-01')).field).toBe('statusDates.signed');
    s.records.setStatus(id, 'signed', '2022-10-06');
    s.records.addDelivery({ contractId: id, publicationId: 'pub-1', date: '2022-10-20', quantity: 5000 });
    const early = refused(s.dataDir, () => s.records.setStatus(id, 'delivered', '2022-10-21'));
    expect(early.field).toBe('status');
    expect(early.message).toContain('dòng 2 mới giao 0 / 300 bản');
    s.records.addDelivery({ contractId: id, publicationId: 'pub-2', date: '2022-10-22', quantity: 300 });
    expect(refused(s.dataDir, () => s.records.setStatus(id, 'delivered', '2022-10-21')).field).toBe('statusDates.delivered');
    expect(s.records.setStatus(id, 'delivered', '2022-10-22').contract.statusDates).toEqual({ signed: '2022-10-06', delivered: '2022-10-22' });
    // One step back removes the date of the step undone.
    expect(s.records.setStatus(id, 'signed', undefined).contract.statusDates).toEqual({ signed: '2022-10-06' });
  });

  it('a delivered line cannot be cut below what was delivered, nor its contract deleted', () => {
    const { id } = s.records.saveContract(s.contract);
    s.records.setStatus(id, 'signed', '2022-10-06');
    s.records.addDelivery({ contractId: id, publicationId: 'pub-1', date: '2022-10-20', quantity: 4000 });
    const cut = refused(s.dataDir, () => s.records.saveContract({ ...s.contract, id, items: [{ ...s.contract.items[0], quantity: 3000 }, s.contract.items[1]] }));
    expect(cut.field).toMatch(/^deliveries\[0\]\.quantity$/);
    expect(refused(s.dataDir, () => s.records.deleteContract(id)).message).toContain('đã có 1 lần giao hàng');
  });

  it('the records survive reopening the folder', () => {
    const { id } = s.records.saveContract(s.contract);
    const again = openRecords(s.dataDir).records;
    expect(again.contract(id).contract).toEqual(s.records.contract(id).contract);
  });

  it('opening a folder whose record file was damaged by hand names the record', () => {
    const { records, dataDir } = openRecords();
    records.importBundle(fixtureBundle());
    const file = `${dataDir}/records/deliveries.json`;
    writeFileSync(file, readFileSync(file, 'utf8').replace('"quantity":2000', '"quantity":9000'));
    const error = (() => {
      try {
        openRecords(dataDir);
      } catch (e) {
        return e as InputError;
      }
    })();
    expect(error).toBeInstanceOf(InputError);
    expect(error?.field).toBe('deliveries[1].quantity');
    expect(error?.message).toContain('lần giao hàng "d-2"');
  });
});

describe('the Centre\'s record (edited in Cài đặt through the settings, kept here)', () => {
  const LOGO = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';

  it('is the default Bên A until saved, then one record with every field: in its file, in the bundle, for the papers', () => {
    const { records, dataDir } = openRecords();
    expect(records.centre()).toEqual(DEFAULT_CENTRE);
    const centre = { ...fixtureBundle().centre, address: 'Số 2 Hoàng Văn Thụ', phone: '0205 3 812 345', email: 'tgpl@langson.gov.vn', taxCode: '4900234567', logo: LOGO };
    // Fields left empty on the form are removed, not kept as empty strings.
    expect(records.saveCentre({ ...centre, bankName: '' })).toEqual(centre);
    expect(openRecords(dataDir).records.centre()).toEqual(centre);
    const bundle = JSON.parse(records.exportBundle());
    expect(bundle.centre).toEqual(centre);
    // The bundle keeps its `centre` field; an export imported elsewhere brings the whole record.
    const other = openRecords().records;
    other.importBundle(bundle);
    expect(other.centre()).toEqual(centre);
    expect(other.context.centre()).toEqual(centre);
  });

  it('refuses a logo whose bytes are not an image, from Cài đặt or from a bundle', () => {
    const { records, dataDir } = openRecords();
    expect(refused(dataDir, () => records.saveCentre({ name: 'A', logo: 'data:image/png;base64,AAAA' })).field).toBe('logo');
    const bundle = { ...fixtureBundle(), centre: { ...fixtureBundle().centre, logo: 'data:image/png;base64,AAAA' } };
    expect(refused(dataDir, () => records.importBundle(bundle)).field).toBe('centre.logo');
  });
});
