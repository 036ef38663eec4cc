// Export jobs through dispatch over the real services: a long book export
// reports its pages as they are painted, can be cancelled part-way (nothing
// written, nothing saved changes), hands its file out once, and unknown or
// malformed job ids get a clear answer.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExportStatus } from '../../../contract/exports.js';
import { openTestApi, type TestApi } from '../../helpers/api.js';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const handbook = JSON.parse(readFileSync(join(ROOT, 'samples', 'handbook-tgpl.json'), 'utf8'));
/** The sample handbook with its body four times over: ~200 pages. */
const bigBook = { ...handbook, slots: { ...handbook.slots, body: Array.from({ length: 4 }, () => handbook.slots.body).flat() } };

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name)).sort();
}

describe('export jobs over dispatch', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await openTestApi('export-jobs');
  });
  afterAll(() => api.close());

  /** Polls until the job leaves `running`, keeping every status seen. */
  async function pollToEnd(jobId: string): Promise<ExportStatus[]> {
    const seen: ExportStatus[] = [];
    for (;;) {
      const status = await api.ok<ExportStatus>('exports.progress', { jobId });
      seen.push(status);
      if (status.state !== 'running') return seen;
      await pause(2);
    }
  }

  it('reports painted pages going up to the total, then hands the PDF out once', async () => {
    const { jobId } = await api.ok<{ jobId: string }>('exports.start', { kind: 'pdf', publication: bigBook });
    expect(jobId).toMatch(/^[0-9a-f]{24}$/);
    const seen = await pollToEnd(jobId);
    const last = seen.at(-1)!;
    expect(last).toMatchObject({ state: 'done', stage: 'paint', fileName: `${handbook.meta.title}.pdf` });
    expect(last.total).toBeGreaterThan(150);
    expect(last.done).toBe(last.total);

    const painted = seen.filter((s) => s.stage === 'paint').map((s) => s.done);
    // Seen while running, not only at the end: the service answers polls during the render.
    expect(new Set(painted.filter((d) => d < last.total)).size).toBeGreaterThanOrEqual(2);
    expect(painted).toEqual([...painted].sort((a, b) => a - b));
    const stages = [...new Set(seen.map((s) => s.stage))];
    expect(stages.indexOf('layout')).toBeLessThan(stages.indexOf('paint'));

    const file = await api.ok<{ fileName: string; mimeType: string; base64: string }>('exports.result', { jobId });
    expect(file.mimeType).toBe('application/pdf');
    const bytes = Buffer.from(file.base64, 'base64');
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(bytes.toString('latin1').match(/\/Type\s*\/Page\b/g)).toHaveLength(last.total);

    const again = await api.call('exports.result', { jobId });
    expect(again).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('cancels a running book: the job says so at once, hands out no file, and the store is untouched', async () => {
    const before = filesUnder(api.dir);
    const { jobId } = await api.ok<{ jobId: string }>('exports.start', { kind: 'pdf', publication: bigBook });
    // Cancel part-way through painting.
    for (;;) {
      const s = await api.ok<ExportStatus>('exports.progress', { jobId });
      expect(s.state).toBe('running');
      if (s.stage === 'paint' && s.done > 0) break;
      await pause(2);
    }
    const cancelled = await api.ok<ExportStatus>('exports.cancel', { jobId });
    expect(cancelled.state).toBe('cancelled');
    expect(cancelled.done).toBeLessThan(cancelled.total);
    expect(await api.call('exports.result', { jobId })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    // The poll after a cancel answers once more, then the job is gone.
    expect(await api.ok<ExportStatus>('exports.progress', { jobId })).toMatchObject({ state: 'cancelled' });
    expect(await api.call('exports.progress', { jobId })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    await pause(300);
    expect(filesUnder(api.dir)).toEqual(before);
  });

  it('exports the proof and the Word file as jobs too', async () => {
    for (const [kind, type, name] of [['proof', 'application/pdf', '(bản in thử).pdf'], ['docx', 'wordprocessingml', '.docx']] as const) {
      const { jobId } = await api.ok<{ jobId: string }>('exports.start', { kind, publication: handbook });
      const seen = await pollToEnd(jobId);
      expect(seen.at(-1)!.state).toBe('done');
      const file = await api.ok<{ fileName: string; mimeType: string }>('exports.result', { jobId });
      expect(file.fileName.endsWith(name)).toBe(true);
      expect(file.mimeType).toContain(type);
    }
  });

  it('a publication the pipeline refuses fails its job with the field named, as a direct call would', async () => {
    const broken = { ...handbook, slots: { ...handbook.slots, body: [{ type: 'nonsense' }] } };
    const { jobId } = await api.ok<{ jobId: string }>('exports.start', { kind: 'pdf', publication: broken });
    let answer;
    do {
      await pause(2);
      answer = await api.call('exports.progress', { jobId });
    } while (answer.ok && (answer.value as ExportStatus).state === 'running');
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid-input', field: 'slots.body[0].type' } });
  });

  it('gives unknown job ids a clear not-found and malformed ones an input error', async () => {
    for (const method of ['exports.progress', 'exports.cancel', 'exports.result']) {
      const unknown = await api.call(method, { jobId: '0123456789abcdef01234567' });
      expect(unknown).toMatchObject({ ok: false, error: { code: 'not-found' } });
      expect(!unknown.ok && unknown.error.message).toMatch(/Không có lượt xuất "0123456789abcdef01234567"/);
      expect(await api.call(method, { jobId: '../../etc/passwd' })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    }
    expect(await api.call('exports.start', { kind: 'zip', publication: handbook })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });

  it('a result asked for before the job is done is a conflict, not a lost file', async () => {
    const { jobId } = await api.ok<{ jobId: string }>('exports.start', { kind: 'pdf', publication: handbook });
    expect(await api.call('exports.result', { jobId })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    await pollToEnd(jobId);
    expect(await api.call('exports.result', { jobId })).toMatchObject({ ok: true });
  });
});
