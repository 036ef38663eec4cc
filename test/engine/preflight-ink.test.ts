// Preflight of the inks: pictures and pack colours over the printing
// condition's total ink limit are errors naming the block and the coverage;
// small text and thin rules on several plates are warnings; the pack may set
// its own limit.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createPipelineContext, renderPublication } from '../../engine/index.js';
import type { PageItem, TextItem } from '../../engine/layout/types.js';
import { mmToPt } from '../../engine/layout/units.js';
import type { PrintImages } from '../../engine/paint/images.js';
import { imageInkFindings, vectorInkFindings } from '../../engine/preflight-ink.js';
import type { Cmyk, TemplatePack } from '../../engine/template-schema.js';
import { miniPack, ROOT } from './layout-fixtures.js';
import { document, page } from './pdfx-fixtures.js';

const pack = miniPack();
const face = { family: 'Noto Sans', bold: false, italic: false };
const words = (color: Cmyk, sizePt: number, index: number): TextItem => ({ type: 'text', x: 40, y: 40, text: 'Chữ', face, sizePt, color, width: 20, source: { slot: 'body', index } });
const rule = (fill: Cmyk, heightPt: number): PageItem => ({ type: 'rect', x: 20, y: 60, width: 200, height: heightPt, fill });
const findings = (items: PageItem[], p: TemplatePack = pack) => vectorInkFindings(document([page(120, 80, items)]), p);
const withColours = (colors: Record<string, Cmyk>, inkLimitPercent?: number): TemplatePack => ({ ...pack, definition: { ...pack.definition, colors: { ...pack.definition.colors, ...colors }, inkLimitPercent } });

describe('ink of the pack colours as used', () => {
  it('reports a colour over 330 % as an error naming the colour, the block and the coverage', () => {
    const heavy = withColours({ richBlack: [85, 80, 80, 100] });
    const [finding, ...rest] = findings([words([85, 80, 80, 100], 14, 4), words([85, 80, 80, 100], 14, 6)], heavy);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ severity: 'error', code: 'ink-coverage', page: 1, source: { slot: 'body', index: 4 } });
    expect(finding.message).toContain('"richBlack"');
    expect(finding.message).toContain('345 %');
    expect(finding.message).toContain('khối số 5');
    expect(finding.message).toContain('330 %');
    expect(finding.message).toContain('1 chỗ khác');
  });

  it('takes the limit from the pack when it sets one (another paper)', () => {
    const uncoated = withColours({ dark: [60, 60, 60, 100] }, 260);
    expect(findings([words([60, 60, 60, 100], 14, 0)], uncoated)[0].message).toContain('260 %');
    expect(findings([words([60, 60, 60, 100], 14, 0)], withColours({ dark: [60, 60, 60, 100] }))).toEqual([]);
  });
});

describe('registration: small text and thin rules on one plate', () => {
  it('warns about text under 12 pt on several plates, once per colour, naming the first block', () => {
    const primary = pack.definition.colors.primary;
    const found = findings([words(primary, 10, 2), words(primary, 9, 3), words(primary, 12, 5), words([0, 0, 0, 100], 8, 7)]);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'warning', code: 'registration', source: { slot: 'body', index: 2 } });
    expect(found[0].message).toContain('"primary" (C100 M80 K10)');
    expect(found[0].message).toContain('3 bản in');
    expect(found[0].message).toContain('khối số 3');
    expect(found[0].message).toContain('1 chỗ khác');
  });

  it('warns about a rule under 0.5 pt on several plates, not about one in black only', () => {
    expect(findings([rule([0, 0, 0, 35], 0.35)])).toEqual([]);
    expect(findings([rule([100, 80, 0, 10], 1)])).toEqual([]);
    const [thin] = findings([rule([100, 80, 0, 10], 0.3)]);
    expect(thin).toMatchObject({ severity: 'warning', code: 'registration', page: 1 });
    expect(thin.message).toContain('0,5 pt');
    const stroked: PageItem = { type: 'rect', x: 0, y: 0, width: 50, height: 50, stroke: [0, 70, 100, 0], strokeWidthPt: 0.25 };
    expect(findings([stroked])).toHaveLength(1);
  });

  it('finds the notebook\'s 840 ruling lines fine: 0.35 pt in K35, one plate', async () => {
    const ctx = { ...createPipelineContext({ appRoot: ROOT }), baseDir: join(ROOT, 'samples') };
    const rendered = await renderPublication(readFileSync(join(ROOT, 'samples', 'notebook-tgpl.json'), 'utf8'), ctx, { fileRules: false });
    const notes = rendered.layout.pages.filter((p) => p.book?.part === 'notes');
    const lines = notes.flatMap((p) => p.items.filter((i) => i.type === 'rect' && i.height < 0.5));
    expect(lines.length).toBe(840);
    for (const line of lines) expect(line).toMatchObject({ height: 0.35, fill: [0, 0, 0, 35] });
    expect(rendered.findings.filter((f) => f.code === 'registration' && f.message.includes('Đường kẻ'))).toEqual([]);
  });
});

describe('ink of the pictures', () => {
  it('reports a picture over the limit as an error naming its block and its coverage, and says how to fix it', () => {
    const item = { type: 'image' as const, x: 0, y: 0, width: mmToPt(20), height: mmToPt(20), src: 'anh.jpg', pixelWidth: 300, pixelHeight: 300, source: { slot: 'body', index: 1 } };
    const images: PrintImages = { all: [{ image: { bytes: Buffer.alloc(0), colour: 'cmyk', width: 300, height: 300, coverage: 398.4, limited: false }, items: [item], pages: [2] }], byItem: new Map() };
    const [finding] = imageInkFindings(images, pack);
    expect(finding).toMatchObject({ severity: 'error', code: 'ink-coverage', page: 2, source: { slot: 'body', index: 1 } });
    expect(finding.message).toContain('398 %');
    expect(finding.message).toContain('khối số 2');
    expect(finding.message).toContain('--limit-ink');
    images.all[0].image.coverage = 325;
    expect(imageInkFindings(images, pack)).toEqual([]);
  });
});
