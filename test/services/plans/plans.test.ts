// Plans as records through the plans service, as the app calls it: a plan
// with its own activities, its events and media items counted against the
// targets with the copies handed out at them, its allocations and its
// spending; copying a plan for a new year; closing and reopening; and every
// refusal naming the field the form shows it at, with nothing saved.
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ConflictError, InputError } from '../../../contract/errors.js';
import { createPlansService } from '../../../services/plans/service.js';
import { fixtureBundle, openRecords, removeTempDirs, snapshot } from '../records/helpers.js';

const APP_ROOT = join(import.meta.dirname, '..', '..', '..');
afterAll(removeTempDirs);

/** The fixture's records (units van-lang and trang-dinh, pub-1…3 in stock) and the plans service on them. */
function withFixture() {
  const opened = openRecords();
  opened.records.importBundle(fixtureBundle());
  return { ...opened, plans: createPlansService(opened.records.context, APP_ROOT) };
}

const PLAN_2026 = {
  number: '15/KH-TGPL', issuedOn: '2026-01-20', issuer: 'Trung tâm Trợ giúp pháp lý Nhà nước tỉnh Lạng Sơn',
  title: 'Truyền thông về trợ giúp pháp lý năm 2026', from: '2026-01-01', to: '2026-12-31',
  funding: { source: 'Dự toán năm 2026', amount: 50_000_000 },
  activities: [
    { name: 'Truyền thông tại xã', unitOfCount: 'đợt', target: 12, due: '2026-Q4' },
    { name: 'Tập huấn cho cán bộ cơ sở', unitOfCount: 'lớp', target: 4, due: '2026-06-30' },
    { name: 'Tin bài, phóng sự', unitOfCount: 'tin bài', target: 6, media: true },
  ],
};

const refusal = <E extends Error>(kind: new (...args: never[]) => E, run: () => unknown): E => {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(kind);
    return error as E;
  }
  throw new Error('expected a refusal');
};

describe('plans', () => {
  it('saves a plan with its own activities: an id from its number and year, activity ids a1…, open', () => {
    const { plans } = withFixture();
    const plan = plans.save(PLAN_2026);
    expect(plan).toMatchObject({ id: '15-kh-tgpl-2026', number: '15/KH-TGPL', status: 'open', from: '2026-01-01', to: '2026-12-31' });
    expect(plan.activities.map((a) => [a.id, a.name, a.unitOfCount, a.target, a.due, a.media])).toEqual([
      ['a1', 'Truyền thông tại xã', 'đợt', 12, '2026-Q4', undefined],
      ['a2', 'Tập huấn cho cán bộ cơ sở', 'lớp', 4, '2026-06-30', undefined],
      ['a3', 'Tin bài, phóng sự', 'tin bài', 6, undefined, true],
    ]);
    expect(plans.list()).toEqual([expect.objectContaining({ id: plan.id, activities: 3, events: 0, done: 0, target: 22, funding: 50_000_000, contracted: 0 })]);
    // Edited: a new activity gets the next free id; the others keep theirs.
    const edited = plans.save({ ...plan, activities: [...plan.activities, { name: 'Sinh hoạt chuyên đề', unitOfCount: 'buổi', target: 2 }] });
    expect(edited.activities.map((a) => a.id)).toEqual(['a1', 'a2', 'a3', 'a4']);
    expect(plans.get(plan.id).plan.activities).toHaveLength(4);
  });

  it('counts events and media items against the targets, people by group and women, and the copies handed out at them', () => {
    const { plans, distribution } = withFixture();
    const { id } = plans.save(PLAN_2026);
    const first = plans.saveEvent({ planId: id, activityId: 'a1', date: '2026-03-04', unitId: 'van-lang', place: 'Nhà văn hóa thôn', participants: { elders: 5, residents: 40, women: 21 } });
    plans.saveEvent({ planId: id, activityId: 'a1', date: '2026-04-08', unitId: 'trang-dinh', participants: { officials: 10, others: 5, women: 4 } });
    plans.saveEvent({ planId: id, activityId: 'a2', date: '2026-05-20', unitId: 'van-lang', participants: { officials: 30 } });
    plans.saveMedia({ planId: id, activityId: 'a3', date: '2026-05-21', channel: 'Báo Lạng Sơn', title: 'Trợ giúp pháp lý đến với thôn bản' });
    distribution.saveDistribution({ date: '2026-03-04', unitId: 'van-lang', publicationId: 'pub-2', quantity: 120, eventId: first.id });
    distribution.saveDistribution({ date: '2026-03-05', unitId: 'van-lang', publicationId: 'pub-2', quantity: 30 }); // not at an event

    const view = plans.get(id);
    expect(view.activities.map((a) => [a.id, a.target, a.done, a.participants, a.women, a.copies])).toEqual([
      ['a1', 12, 2, 60, 25, 120],
      ['a2', 4, 1, 30, 0, 0],
      ['a3', 6, 1, 0, 0, 0],
    ]);
    expect(view.events[0]).toMatchObject({ date: '2026-05-20', activityName: 'Tập huấn cho cán bộ cơ sở', participantCount: 30 });
    expect(view.events.find((e) => e.id === first.id)).toMatchObject({ unitName: 'Huyện Văn Lãng', copies: 120, participantCount: 45 });
    expect(view.media).toEqual([expect.objectContaining({ channel: 'Báo Lạng Sơn', activityName: 'Tin bài, phóng sự' })]);
    expect(plans.list()[0]).toMatchObject({ events: 3, done: 4, target: 22 });
    expect(plans.events().map((e) => [e.planNumber, e.planStatus, e.activityName])).toContainEqual(['15/KH-TGPL', 'open', 'Truyền thông tại xã']);
    // A distribution's event is named by its plan's activity.
    expect(distribution.distributions().find((x) => x.eventId === first.id)?.eventLabel).toBe('Truyền thông tại xã 04/03/2026, Nhà văn hóa thôn');
    // An event with copies handed out at it stays.
    expect(refusal(ConflictError, () => plans.deleteEvent(first.id)).message).toContain('1 lần cấp phát');
  });

  it('allocations belong to a plan, one line per unit and publication; handed out counts the plan period and the units under the unit', () => {
    const { plans, distribution } = withFixture();
    const { id } = plans.save(PLAN_2026);
    plans.saveAllocation({ planId: id, unitId: 'trang-dinh', publicationId: 'pub-2', quantity: 300 });
    plans.saveAllocation({ planId: id, unitId: 'trang-dinh', publicationId: 'pub-2', quantity: 250 }); // replaces
    // Xã Tân Tiến sits under Tràng Định: its 400 copies of 2022 fall before the plan, these 100 count.
    distribution.saveDistribution({ date: '2026-02-01', unitId: 'xa-tan-tien', publicationId: 'pub-2', quantity: 100 });
    expect(plans.get(id).allocations).toEqual([expect.objectContaining({ unitId: 'trang-dinh', publicationId: 'pub-2', quantity: 250, handedOut: 100, unitName: 'Huyện Tràng Định' })]);
  });

  it('spending: contracts charged to the plan against its funding', () => {
    const { plans, records } = withFixture();
    const { id } = plans.save(PLAN_2026);
    const contract = records.context.state().contracts[0];
    records.saveContract({ ...contract, planId: id });
    const { spending } = plans.get(id);
    expect(spending.contracts.map((c) => c.number)).toEqual([contract.number]);
    expect(spending.contracted).toBe(spending.contracts[0].total);
    expect(spending).toMatchObject({ source: 'Dự toán năm 2026', funding: 50_000_000, remaining: 50_000_000 - spending.contracted });
    expect(refusal(InputError, () => records.saveContract({ ...contract, planId: 'khong-co' }))).toMatchObject({ field: 'planId' });
  });

  it('copies a plan for a new year: the same activities and targets, dues moved a year on, its own number and period, no events', () => {
    const { plans } = withFixture();
    const old = plans.save({ ...PLAN_2026, number: '9/KH-TGPL', issuedOn: '2025-01-15', from: '2025-01-01', to: '2025-12-31', activities: [{ name: 'Truyền thông tại xã', unitOfCount: 'đợt', target: 10, due: '2025-Q3' }, { name: 'Tập huấn', unitOfCount: 'lớp', target: 3, due: '2025-06-30' }] });
    plans.saveEvent({ planId: old.id, activityId: 'a1', date: '2025-03-01' });
    const copy = plans.copy(old.id, { number: '15/KH-TGPL', issuedOn: '2026-01-20', from: '2026-01-01', to: '2026-12-31', funding: { amount: 60_000_000 } });
    expect(copy).toMatchObject({ id: '15-kh-tgpl-2026', number: '15/KH-TGPL', title: old.title, issuer: old.issuer, status: 'open', funding: { source: 'Dự toán năm 2026', amount: 60_000_000 } });
    expect(copy.activities.map((a) => [a.id, a.name, a.target, a.due])).toEqual([['a1', 'Truyền thông tại xã', 10, '2026-Q3'], ['a2', 'Tập huấn', 3, '2026-06-30']]);
    expect(plans.get(copy.id).events).toEqual([]);
    expect(plans.get(old.id).events).toHaveLength(1);
  });

  it('a closed plan takes no event, media item, allocation or edit until reopened; the refusal names the plan field', () => {
    const { plans, dataDir } = withFixture();
    const { id } = plans.save(PLAN_2026);
    expect(plans.close(id).status).toBe('closed');
    const before = snapshot(dataDir);
    expect(refusal(InputError, () => plans.saveEvent({ planId: id, activityId: 'a1', date: '2026-03-04' }))).toMatchObject({ field: 'planId', message: expect.stringContaining('đã kết thúc') });
    expect(refusal(InputError, () => plans.saveMedia({ planId: id, activityId: 'a3', date: '2026-03-04', channel: 'Báo', title: 'Tin' })).field).toBe('planId');
    expect(refusal(InputError, () => plans.saveAllocation({ planId: id, unitId: 'van-lang', publicationId: 'pub-1', quantity: 5 })).field).toBe('planId');
    expect(refusal(ConflictError, () => plans.save({ ...plans.get(id).plan, title: 'Khác' })).message).toContain('hãy mở lại');
    expect(snapshot(dataDir)).toEqual(before);
    expect(plans.list()[0].status).toBe('closed');
    plans.reopen(id);
    expect(() => plans.saveEvent({ planId: id, activityId: 'a1', date: '2026-03-04' })).not.toThrow();
  });

  it('refuses bad input naming the field, in Vietnamese, and saves nothing', () => {
    const { plans, dataDir } = withFixture();
    const before = snapshot(dataDir);
    const field = (input: Record<string, unknown>) => {
      const error = refusal(InputError, () => plans.save({ ...PLAN_2026, ...input }));
      return [error.field, error.message];
    };
    expect(field({ number: ' ' })).toEqual(['number', 'Số kế hoạch không được để trống']);
    expect(field({ issuedOn: '2026-02-30' })[0]).toBe('issuedOn');
    expect(field({ to: '2025-12-31' })).toEqual(['to', 'ngày kết thúc (31/12/2025) không được trước ngày bắt đầu (01/01/2026).']);
    expect(field({ activities: [{ name: 'Truyền thông', unitOfCount: 'đợt', target: -1 }] })).toEqual(['activities[0].target', 'Chỉ tiêu không được âm']);
    expect(field({ activities: [{ name: 'Truyền thông', unitOfCount: '', target: 3 }] })).toEqual(['activities[0].unitOfCount', 'Đơn vị tính không được để trống']);
    expect(field({ activities: [{ name: 'Truyền thông', unitOfCount: 'đợt', target: 3, due: '2026-Q5' }] })[0]).toBe('activities[0].due');
    expect(field({ funding: { amount: 1.5 } })[0]).toBe('funding.amount');
    expect(snapshot(dataDir)).toEqual(before);

    const { id } = plans.save(PLAN_2026);
    expect(field({ number: '15/kh-tgpl', issuedOn: '2026-02-01' })).toEqual(['number', `số kế hoạch "15/kh-tgpl" đã có ở kế hoạch khác (mã ${id}); số kế hoạch phải là duy nhất.`]);
    const event = (input: Record<string, unknown>) => refusal(InputError, () => plans.saveEvent({ planId: id, activityId: 'a1', date: '2026-03-04', ...input }));
    expect(event({ date: '2027-01-05' })).toMatchObject({ field: 'date', message: 'ngày 05/01/2027 nằm ngoài thời gian của kế hoạch 15/KH-TGPL (từ 01/01/2026 đến 31/12/2026).' });
    expect(event({ activityId: 'a9' })).toMatchObject({ field: 'activityId', message: 'hoạt động "a9" không có trong kế hoạch 15/KH-TGPL.' });
    expect(event({ participants: { residents: 10, women: 11 } })).toMatchObject({ field: 'participants.women', message: 'Số người tham dự là nữ (11) không được lớn hơn tổng số người tham dự (10)' });
    expect(event({ planId: 'khong-co' })).toMatchObject({ field: 'planId' });
    expect(refusal(InputError, () => plans.saveMedia({ planId: id, activityId: 'a1', date: '2026-03-04', channel: 'Báo', title: 'Tin' }))).toMatchObject({ field: 'activityId', message: expect.stringContaining('không phải hoạt động báo chí') });

    // The plan's records hold its period and activities in place.
    plans.saveEvent({ planId: id, activityId: 'a2', date: '2026-03-04' });
    const plan = plans.get(id).plan;
    expect(refusal(InputError, () => plans.save({ ...plan, from: '2026-04-01' }))).toMatchObject({ field: 'from', message: expect.stringContaining('04/03/2026') });
    expect(refusal(InputError, () => plans.save({ ...plan, activities: plan.activities.filter((a) => a.id !== 'a2') }))).toMatchObject({
      field: 'activities[1]', message: 'hoạt động "Tập huấn cho cán bộ cơ sở" đã có 1 sự kiện; không bỏ được hoạt động này.',
    });
  });

  it('deletes a plan only when nothing refers to it, saying what does', () => {
    const { plans, records } = withFixture();
    const { id } = plans.save(PLAN_2026);
    const event = plans.saveEvent({ planId: id, activityId: 'a1', date: '2026-03-04' });
    const allocation = plans.saveAllocation({ planId: id, unitId: 'van-lang', publicationId: 'pub-1', quantity: 5 });
    const contract = records.context.state().contracts[0];
    records.saveContract({ ...contract, planId: id });
    expect(refusal(ConflictError, () => plans.delete(id)).message).toBe('kế hoạch 15/KH-TGPL còn 1 sự kiện, 1 dòng phân bổ, 1 hợp đồng in gắn với nó; hãy xóa hoặc chuyển chúng sang kế hoạch khác trước.');
    plans.deleteEvent(event.id);
    plans.deleteAllocation(allocation.id);
    records.saveContract({ ...contract, planId: undefined });
    expect(plans.delete(id)).toEqual({ deleted: true });
    expect(plans.list()).toEqual([]);
  });
});
