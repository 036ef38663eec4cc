// The notebook's cover: its fill-in lines ("Họ và tên: ……") are where the
// owner writes, so they are dark type on a white panel, not white type on the
// dark blue cover that no pen shows on.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createPipelineContext, renderPublication } from '../../engine/index.js';
import type { RectItem, TextItem } from '../../engine/layout/types.js';
import { Underlay, paintingOrder } from '../../engine/paint/under.js';
import { ROOT } from './layout-fixtures.js';

describe('the notebook cover', () => {
  it('sets the fill-in lines in black on a white panel over the blue, and keeps the title white', async () => {
    const ctx = { ...createPipelineContext({ appRoot: ROOT }), baseDir: join(ROOT, 'samples') };
    const { layout, pack } = await renderPublication(readFileSync(join(ROOT, 'samples', 'notebook-tgpl.json'), 'utf8'), ctx, { fileRules: false });
    const cover = layout.pages[0];
    const underlay = new Underlay(paintingOrder(cover.items));
    const texts = cover.items.filter((i): i is TextItem => i.type === 'text');
    const fillIn = texts.filter((t) => t.text.startsWith('Họ và tên:') || t.text.startsWith('Thôn, xã:'));
    expect(fillIn).toHaveLength(2);
    for (const line of fillIn) {
      expect(line.color).toEqual(pack.definition.colors.text);
      expect(underlay.under(line)).toEqual([0, 0, 0, 0]);
      // Room to write by hand between the lines.
      expect(line.sizePt).toBeGreaterThanOrEqual(10);
    }
    expect(fillIn[1].y - fillIn[0].y).toBeGreaterThanOrEqual(20);
    const panel = cover.items.filter((i): i is RectItem => i.type === 'rect' && !i.background && !!i.fill);
    expect(panel.length).toBeGreaterThan(0);
    const title = texts.find((t) => t.sizePt > 20)!;
    expect(title.color).toEqual(pack.definition.colors.onPrimary);
    expect(underlay.under(title)).toEqual(pack.definition.colors.primary);
  });
});
