// Plans in the data bundle: the samples round-trip byte for byte; a bundle of
// the days before plans were records (the 2022 sample as it was,
// fixtures/bundle-2022-before-plans.json) imports as one plan made from its
// events and allocations and gives the same distribution report; the 2026
// sample holds the 2022 records unchanged, with the communes as the unit
// preset has them, so importing it after the 2022 one loses nothing.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readBundle, writeBundle } from '../../../services/records/bundle.js';
import { createPlansService } from '../../../services/plans/service.js';
import { reportPaper } from '../../../services/reports/report-paper.js';
import { openRecords, removeTempDirs } from '../records/helpers.js';

const ROOT = join(import.meta.dirname, '..', '..', '..');
afterAll(removeTempDirs);

const text = (file: string) => readFileSync(join(ROOT, file), 'utf8');
const SAMPLE_2022 = 'samples/bundle-2022.json';
const SAMPLE_2026 = 'samples/bundle-2026.json';
const OLD_2022 = 'test/services/plans/fixtures/bundle-2022-before-plans.json';

/** A fresh store with `file` imported, and the services the app builds on it. */
function imported(file: string) {
  const opened = openRecords();
  opened.records.importBundle(JSON.parse(text(file)), file);
  return { ...opened, plans: createPlansService(opened.records.context, ROOT) };
}

const paperText = (blocks: ReturnType<typeof reportPaper>['blocks']) => JSON.stringify(blocks);

describe('plans in the bundle', () => {
  it.each([SAMPLE_2022, SAMPLE_2026])('%s: import → export gives the same bytes', (file) => {
    expect(writeBundle(readBundle(JSON.parse(text(file))))).toBe(text(file));
    expect(imported(file).records.exportBundle()).toBe(text(file));
  });

  it('the 2022 sample: Kế hoạch 120/KH-STP with its activities met, the media report as a media item, its contracts charged to it', () => {
    const { plans, reports } = imported(SAMPLE_2022);
    const view = plans.get('120-kh-stp-2022');
    expect(view.plan).toMatchObject({ number: '120/KH-STP', issuer: 'Sở Tư pháp tỉnh Lạng Sơn', issuedOn: '2022-09-06', status: 'closed' });
    expect(view.activities.map((a) => [a.unitOfCount, a.target, a.done])).toEqual([['đợt', 10, 10], ['lớp', 11, 11], ['phóng sự', 1, 1], ['buổi', 5, 5], ['buổi', 5, 5], ['bản', 0, 0]]);
    expect(view.activities.reduce((n, a) => n + a.copies, 0)).toBe(reports.distribution().totals.all);
    expect(view.spending.contracts.map((c) => c.number)).toEqual(['01/2022/HĐ-TGPL', '02/2022/HĐ-TGPL']);
    // The report to the Department cites the plan record, not words kept in code.
    const paper = paperText(reportPaper({ report: reports.distribution(), centre: imported(SAMPLE_2022).records.centre(), date: '2022-12-31' }).blocks);
    expect(paper).toContain('Thực hiện Kế hoạch số 120/KH-STP ngày 06/09/2022 của Sở Tư pháp tỉnh Lạng Sơn về thực hiện hoạt động trợ giúp pháp lý');
  });

  it('an old bundle (events with an activity kind and a head count, allocations without a plan) imports as one plan made from it', () => {
    const old = JSON.parse(text(OLD_2022));
    expect(old.plans).toBeUndefined();
    const set = readBundle(old, OLD_2022);
    expect(set.plans).toHaveLength(1);
    const [plan] = set.plans;
    expect(plan).toMatchObject({ number: 'Chưa ghi số', from: '2022-01-01', to: '2022-12-31', status: 'open' });
    expect(plan.activities.map((a) => [a.id, a.target, a.media])).toEqual([
      ['communication', 0, undefined], ['training', 0, undefined], ['media', 0, true], ['thematic-providers', 0, undefined], ['thematic-grassroots', 0, undefined],
    ]);
    expect(set.events).toHaveLength(old.events.length - 1);
    expect(set.events.every((e) => e.planId === plan.id)).toBe(true);
    const first = old.events[0];
    expect(set.events[0]).toEqual({ id: first.id, planId: plan.id, activityId: first.activity, date: first.date, place: first.place, unitId: first.unitId, participants: { others: first.participants } });
    expect(set.media).toEqual([{ id: 'ps-01', planId: plan.id, activityId: 'media', date: '2022-12-10', channel: 'Đài Phát thanh và Truyền hình Lạng Sơn', title: 'Phóng sự về trợ giúp pháp lý cho đồng bào dân tộc thiểu số' }]);
    expect(set.allocations.every((a) => a.planId === plan.id)).toBe(true);
    expect(set.allocations).toHaveLength(old.allocations.length);
  });

  it('the old 2022 bundle and the new one give the same distribution report figures', () => {
    const before = imported(OLD_2022).reports.distribution();
    const after = imported(SAMPLE_2022).reports.distribution();
    for (const key of ['cells', 'totals', 'count', 'quarters', 'years', 'plan', 'stock', 'contracts'] as const) expect(after[key], key).toEqual(before[key]);
    // The same people and copies at the same kinds of activity, whatever the plan is called.
    const figures = (r: typeof before) => r.plans.flatMap((p) => p.activities.filter((a) => a.done > 0).map((a) => [a.done, a.participants, a.copies]));
    expect(figures(after)).toEqual(figures(before));
  });

  it('the 2026 sample: the 2022 records unchanged, the 2022 districts retired, the communes as the 65-unit preset has them', () => {
    const old = JSON.parse(text(SAMPLE_2022));
    const now = JSON.parse(text(SAMPLE_2026));
    for (const collection of ['publications', 'printers', 'contracts', 'deliveries', 'distributions', 'plans', 'events', 'media', 'allocations']) {
      const ids = new Map(now[collection].map((r: { id: string }) => [r.id, r]));
      for (const record of old[collection]) expect(ids.get(record.id), `${collection} ${record.id}`).toEqual(record);
    }
    const preset = new Map<string, Record<string, unknown>>(JSON.parse(text('services/distribution/presets/lang-son-2025.json')).units.map((u: { id: string }) => [u.id, u]));
    for (const unit of old.units) expect(now.units.find((u: { id: string }) => u.id === unit.id)).toEqual({ ...unit, kind: 'district', retiredOn: '2025-07-01' });
    for (const unit of now.units) expect(unit, unit.id).toEqual(preset.get(unit.id));
  });

  it('importing the 2026 sample after the 2022 one: the 2022 report is as it was, and the 2026 plan shows its progress and spending', () => {
    const { reports, plans } = imported(SAMPLE_2026);
    const in2022 = reports.distribution({ from: '2022-01-01', to: '2022-12-31' });
    const alone = imported(SAMPLE_2022).reports.distribution({ from: '2022-01-01', to: '2022-12-31' });
    expect(in2022.totals).toEqual(alone.totals);
    expect(in2022.plans.map((p) => p.number)).toEqual(['120/KH-STP']);
    const in2026 = reports.distribution({ from: '2026-01-01', to: '2026-12-31' });
    expect(in2026.plans.map((p) => p.number)).toEqual(['15/KH-TGPL']);
    expect(Object.keys(in2026.totals.byUnit).every((id) => !['tp-lang-son', 'trang-dinh', 'van-lang'].includes(id))).toBe(true);

    const view = plans.get('15-kh-tgpl-2026');
    expect(view.plan).toMatchObject({ number: '15/KH-TGPL', from: '2026-01-01', to: '2026-12-31', status: 'open', funding: { amount: 180_000_000 } });
    expect(view.activities.every((a) => a.done > 0 && a.done <= a.target)).toBe(true);
    expect(view.activities.find((a) => a.media)!.done).toBe(view.media.length);
    expect(view.activities.reduce((n, a) => n + a.copies, 0)).toBe(in2026.totals.all);
    expect(view.spending).toMatchObject({ contracted: 37_152_000, funding: 180_000_000, remaining: 142_848_000 });
    expect(view.events.every((e) => e.unitId === undefined || e.unitName?.match(/^(Xã|Phường) /))).toBe(true);
    expect(plans.list().map((p) => [p.number, p.status])).toEqual([['15/KH-TGPL', 'open'], ['120/KH-STP', 'closed']]);
  });
});
