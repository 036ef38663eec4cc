// Approval through the API the app and `serve` use: the real services over a
// fresh store, called through dispatch. The lock is the API's, not the UI's.
import { ConflictError } from '../../../contract/errors.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApi, type TestApi } from '../../helpers/api.js';
import type { Envelope } from '../../../contract/index.js';
import type { StoredPublication } from '../../../contract/publications.js';
import type { ApprovalView, VersionComparison } from '../../../contract/approval.js';

let api: TestApi;
beforeAll(async () => {
  api = await openTestApi('approval');
});
afterAll(() => api.close());

const call = (method: string, input: unknown) => api.call(method, input);
const ok = <T,>(method: string, input: unknown) => api.ok<T>(method, input);
const failed = (e: Envelope<unknown>) => (e.ok ? undefined : e.error);

describe('approval: draft → submitted → approved → sent to print', () => {
  it('locks the content from submission on, keeps versions and compares them', async () => {
    const created = await ok<StoredPublication>('publications.create', { templateId: 'leaflet-trifold-a4', title: 'Tờ gấp thử duyệt' });
    const { id } = created;
    const edit = (text: string) => ({
      ...created.publication,
      slots: { ...created.publication.slots, body: [{ type: 'paragraph', text }] },
    });
    await ok('publications.save', { id, publication: edit('Trợ giúp pháp lý là miễn phí cho người dân tộc thiểu số.') });
    expect(await ok<ApprovalView>('approval.get', { id })).toMatchObject({ status: 'draft', version: 1, locked: false });

    // Submitted: locked until returned.
    expect(await ok<ApprovalView>('approval.submit', { id, by: 'Nguyễn Văn An', note: 'Xin ý kiến' })).toMatchObject({ status: 'submitted', locked: true });
    const whileSubmitted = await call('publications.save', { id, publication: edit('Sửa lén.') });
    expect(failed(whileSubmitted)).toMatchObject({ code: 'conflict' });
    expect(failed(whileSubmitted)?.message).toContain('Đã trình duyệt');
    await ok('approval.return', { id, by: 'Lãnh đạo', note: 'Sửa câu đầu' });
    await ok('publications.save', { id, publication: edit('Trợ giúp pháp lý hoàn toàn miễn phí cho người dân tộc thiểu số.') });
    await ok('approval.submit', { id });

    // Approval needs a name; then the API refuses saves and deletes.
    expect(failed(await call('approval.approve', { id, by: '  ' }))).toMatchObject({ code: 'invalid-input', field: 'by' });
    const approved = await ok<ApprovalView>('approval.approve', { id, by: 'Giám đốc Trung tâm', note: 'Đồng ý in 5.000 bản' });
    expect(approved).toMatchObject({ status: 'approved', locked: true, approval: { by: 'Giám đốc Trung tâm', note: 'Đồng ý in 5.000 bản' } });
    expect(new Date(approved.approval!.at).toISOString()).toBe(approved.approval!.at);

    const refused = await call('publications.save', { id, publication: edit('Nội dung khác.') });
    expect(failed(refused)).toMatchObject({ code: 'conflict' });
    expect(failed(refused)?.message).toMatch(/Đã duyệt.*phiên bản 1.*phiên bản mới/);
    expect(failed(await call('publications.delete', { id }))).toMatchObject({ code: 'conflict' });
    expect((await ok<StoredPublication>('publications.get', { id })).publication.slots.body).toEqual([
      { type: 'paragraph', text: 'Trợ giúp pháp lý hoàn toàn miễn phí cho người dân tộc thiểu số.' },
    ]);
    // The library's insert saves through the same lock.
    expect(() => api.services.library.insert(id, 'mien-phi', 'body', 'copy')).toThrow(ConflictError);

    // Actions out of order are refused.
    expect(failed(await call('approval.submit', { id }))).toMatchObject({ code: 'conflict' });
    await ok('approval.sendToPrint', { id, by: 'Văn thư' });

    // An edit needs a new version; the approved one is kept.
    const reopened = await ok<ApprovalView>('approval.newVersion', { id });
    expect(reopened).toMatchObject({ status: 'draft', version: 2, locked: false });
    expect(reopened.versions).toEqual([expect.objectContaining({ version: 1, status: 'sent', approval: expect.objectContaining({ by: 'Giám đốc Trung tâm' }) })]);
    await ok('publications.save', { id, publication: edit('Trợ giúp pháp lý hoàn toàn miễn phí cho mọi người dân tộc thiểu số ở xã.') });

    const diff = await ok<VersionComparison>('versions.compare', { id, from: 1, to: 'current' });
    const changed = diff.changes.find((c) => c.kind === 'changed')!;
    expect(changed.before).toBe('Trợ giúp pháp lý hoàn toàn miễn phí cho người dân tộc thiểu số.');
    expect(changed.words!.filter((w) => w.kind === 'added').map((w) => w.text.trim())).toEqual(['mọi', 'số ở xã.']);
    expect(changed.words!.filter((w) => w.kind === 'removed').map((w) => w.text.trim())).toEqual(['số.']);
    expect(diff).toMatchObject({ changed: 1, added: 0, removed: 0 });
    expect(failed(await call('versions.compare', { id, from: 7, to: 'current' }))).toMatchObject({ code: 'invalid-input' });

    const history = (await ok<ApprovalView>('approval.get', { id })).history.map((e) => e.status);
    expect(history).toEqual(['submitted', 'draft', 'submitted', 'approved', 'sent', 'draft']);
  });
});
