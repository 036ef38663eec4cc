// The pipeline under a watch: a book reports its stages in order and its
// painted pages going up to the total; aborting mid-book stops the render
// between pages with CancelledError, and the same signal stops a proof or a
// Word export between stages.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createPipelineContext, officeProof, renderDocx, renderPublication } from '../../../engine/index.js';
import { CancelledError, type Progress } from '../../../engine/progress.js';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const ctx = createPipelineContext({ appRoot: ROOT, creationDate: new Date('2024-01-01T00:00:00Z') });
const handbook = JSON.parse(readFileSync(join(ROOT, 'samples', 'handbook-tgpl.json'), 'utf8'));
const bigBook = { ...handbook, slots: { ...handbook.slots, body: Array.from({ length: 3 }, () => handbook.slots.body).flat() } };

describe('pipeline progress and cancel', () => {
  it('reports stages in order and painted pages increasing to the total, with the same bytes as without a watch', async () => {
    const seen: Progress[] = [];
    const watched = await renderPublication(handbook, ctx, { fileRules: false, watch: { progress: (p) => seen.push(p) } });
    const plain = await renderPublication(handbook, ctx, { fileRules: false });
    expect(Buffer.compare(watched.pdf, plain.pdf)).toBe(0);

    const stages = seen.map((p) => p.stage).filter((s, i, all) => s !== all[i - 1]);
    expect(stages).toEqual(['prepare', 'layout', 'paint']);
    const painted = seen.filter((p) => p.stage === 'paint');
    expect(painted.every((p) => p.total === watched.layout.pages.length)).toBe(true);
    const counts = painted.map((p) => p.done);
    expect(counts[0]).toBe(0);
    expect(counts.at(-1)).toBe(watched.layout.pages.length);
    for (let i = 1; i < counts.length; i++) expect(counts[i]).toBeGreaterThan(counts[i - 1]);
  });

  it('throws CancelledError part-way through painting a book when its signal is aborted', async () => {
    const controller = new AbortController();
    let last: Progress | undefined;
    const render = renderPublication(bigBook, ctx, {
      fileRules: false,
      watch: {
        signal: controller.signal,
        progress: (p) => {
          last = p;
          if (p.stage === 'paint' && p.done > 0) controller.abort();
        },
      },
    });
    await expect(render).rejects.toBeInstanceOf(CancelledError);
    expect(last!.stage).toBe('paint');
    expect(last!.done).toBeGreaterThan(0);
    expect(last!.done).toBeLessThan(last!.total);
  });

  it('stops before a stage begins: layout, the proof and the Word file', async () => {
    const abortAt = (stage: Progress['stage']) => {
      const controller = new AbortController();
      return { signal: controller.signal, progress: (p: Progress) => p.stage === stage && controller.abort() };
    };
    await expect(renderPublication(handbook, ctx, { watch: abortAt('layout') })).rejects.toBeInstanceOf(CancelledError);
    const { pdf, pack } = await renderPublication(handbook, ctx, { fileRules: false });
    await expect(officeProof(pdf, pack, { signal: AbortSignal.abort() })).rejects.toBeInstanceOf(CancelledError);
    await expect(renderDocx(handbook, ctx, abortAt('write'))).rejects.toBeInstanceOf(CancelledError);
    expect((await officeProof(pdf, pack)).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });
});
