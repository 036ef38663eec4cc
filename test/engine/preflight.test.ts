import { describe, expect, it } from 'vitest';
import type { DocNode } from '../../engine/document.js';
import { layoutDocument } from '../../engine/layout/index.js';
import type { LaidOutDocument } from '../../engine/layout/types.js';
import { mmToPt } from '../../engine/layout/units.js';
import { paintPdf } from '../../engine/paint/index.js';
import { layoutFindings, preflight } from '../../engine/preflight.js';
import { fonts, LOREM, miniPack, numbered, text, tree } from './layout-fixtures.js';

const pack = miniPack();
const lay = (body: DocNode[]) => layoutDocument(tree({ body: numbered('body', body) }), pack, fonts);
const check = async (doc: LaidOutDocument) => preflight(doc, await paintPdf(doc, pack, fonts, { creationDate: new Date(0) }), pack);

describe('preflight', () => {
  it('finds nothing wrong with content that fits', async () => {
    expect(await check(lay([text('h2', 'Tiêu đề'), text('body', LOREM)]))).toEqual([]);
  });

  it('reports overflow as an error naming the part and the millimetres missing', async () => {
    const doc = lay(Array.from({ length: 12 }, () => text('body', LOREM)));
    const [finding] = (await check(doc)).filter((f) => f.code === 'overflow');
    expect(finding.severity).toBe('error');
    expect(finding.message).toContain('"Nội dung"');
    expect(finding.message).toContain(`${doc.overflow[0].overflowMm.toLocaleString('vi-VN')} mm`);
    expect(finding.source).toEqual(doc.overflow[0].blocks[0]);
  });

  it('reports a character missing from the font with its code point and block', async () => {
    const findings = await check(lay([text('body', 'Đúng'), text('body', 'Chữ 漢')]));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'error', code: 'missing-glyph', source: { slot: 'body', index: 1 } });
    expect(findings[0].message).toContain('U+6F22');
    expect(findings[0].message).toContain('khối số 2');
  });

  it('reports an image under 300 ppi at its placed size with its ppi: a warning, an error under 150 ppi unless for the proof', () => {
    const doc = lay([text('body', 'Ảnh')]);
    // Over 50 mm: 197 px is 100 ppi, 394 px is 200 ppi, 1181 px is 600 ppi.
    const image = (px: number, index: number) => ({ type: 'image' as const, x: 20, y: 20, width: mmToPt(50), height: mmToPt(25), src: 'x.png', pixelWidth: px, pixelHeight: px / 2, source: { slot: 'body', index } });
    doc.pages[0].items.push(image(197, 0), image(394, 1), image(1181, 2));
    const findings = layoutFindings(doc, pack).filter((f) => f.code === 'low-ppi');
    expect(findings.map((f) => [f.severity, f.source?.index])).toEqual([['error', 0], ['warning', 1]]);
    expect(findings[0].message).toContain('100 ppi');
    expect(findings[0].message).toContain('khối số 1');
    expect(findings[1].message).toContain('200 ppi');
    expect(findings[0].page).toBe(1);
    const proof = layoutFindings(doc, pack, { proof: true }).filter((f) => f.code === 'low-ppi');
    expect(proof.map((f) => f.severity)).toEqual(['warning', 'warning']);
  });

  it('warns about text outside the safe area', () => {
    const doc = lay([text('body', 'Giữa trang')]);
    const item = doc.pages[0].items.find((i) => i.type === 'text')!;
    doc.pages[0].items.push({ ...item, x: mmToPt(2), source: { slot: 'body', index: 7 } });
    const findings = layoutFindings(doc, pack).filter((f) => f.code === 'outside-safe-area');
    expect(findings).toHaveLength(1);
    expect(findings[0].source).toEqual({ slot: 'body', index: 7 });
  });
});
