// Layout from hand-built trees: frames, line setting, keeps, boxes, overflow.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DocNode } from '../../engine/document.js';
import { layoutDocument } from '../../engine/layout/index.js';
import type { Frame, LaidOutDocument, PageItem, TextItem } from '../../engine/layout/types.js';
import { mmToPt } from '../../engine/layout/units.js';
import { fonts, leafletPack, LOREM, miniPack, numbered, ROOT, text, tree } from './layout-fixtures.js';

const lay = (body: DocNode[], pack = miniPack()) => layoutDocument(tree({ body: numbered('body', body) }), pack, fonts);
const texts = (doc: LaidOutDocument, page = 0) => doc.pages[page].items.filter((i): i is TextItem => i.type === 'text');
const inFrame = (item: PageItem, f: Frame) => item.x >= f.x - 0.01 && item.x <= f.x + f.width + 0.01;

/** Text items grouped into lines by baseline, each line left to right. */
function lines(items: TextItem[]): TextItem[][] {
  const byY = new Map<number, TextItem[]>();
  for (const t of items) byY.set(Math.round(t.y * 1000), [...(byY.get(Math.round(t.y * 1000)) ?? []), t]);
  return [...byY.values()].map((l) => l.sort((a, b) => a.x - b.x));
}

describe('frames from the template', () => {
  const doc = layoutDocument(tree({}), leafletPack(), fonts);

  it('places panels side by side minus their margins, with folds between them', () => {
    const [outside, inside] = doc.pages;
    expect(doc.pages.map((p) => p.label)).toEqual(['Mặt ngoài', 'Mặt trong']);
    expect(outside.trimWidth).toBeCloseTo(841.89, 2);
    expect(outside.trimHeight).toBeCloseTo(595.28, 2);
    expect(outside.folds.map((f) => f / mmToPt(1))).toEqual([97, 197].map((v) => expect.closeTo(v, 6)));
    expect(inside.folds.map((f) => f / mmToPt(1))).toEqual([100, 200].map((v) => expect.closeTo(v, 6)));
    const inside2 = inside.frames.find((f) => f.panelId === 'inside-2')!;
    expect(inside2.x).toBeCloseTo(mmToPt(108), 6);
    expect(inside2.width).toBeCloseTo(mmToPt(84), 6);
    expect(inside2.height).toBeCloseTo(mmToPt(192), 6);
    expect(inside.frames.every((f) => f.flow === 'body')).toBe(true);
  });

  it('runs a panel background into the bleed only on the sheet edges it touches', () => {
    const bg = doc.pages[0].items.find((i) => i.type === 'rect' && i.background)!;
    expect(bg.type).toBe('rect');
    if (bg.type !== 'rect') return;
    const bleed = mmToPt(3);
    expect(bg.x).toBeCloseTo(mmToPt(197), 6); // cover panel starts at the second fold, not in the bleed
    expect(bg.x + bg.width).toBeCloseTo(mmToPt(297) + bleed, 6);
    expect(bg.y).toBeCloseTo(-bleed, 6);
    expect(bg.height).toBeCloseTo(mmToPt(210) + 2 * bleed, 6);
  });
});

describe('setting text', () => {
  it('justifies every line but the last to the frame width exactly', () => {
    const doc = lay([text('body', LOREM)]);
    const frame = doc.pages[0].frames[0];
    const ls = lines(texts(doc));
    expect(ls.length).toBeGreaterThan(4);
    for (const line of ls.slice(0, -1)) {
      const last = line[line.length - 1];
      expect(line[0].x).toBeCloseTo(frame.x, 6);
      expect(last.x + last.width).toBeCloseTo(frame.x + frame.width, 6);
    }
    const last = ls[ls.length - 1];
    expect(last[0].x).toBeCloseTo(frame.x, 6);
    // Ragged last line: natural spacing, so it is one joined item narrower than the frame.
    expect(last.length).toBe(1);
    expect(last[0].width).toBeLessThan(frame.width);
  });

  it('measures each item with the font: widths are the shaped advances of its text', () => {
    const doc = lay([text('body', LOREM)]);
    for (const t of texts(doc)) expect(t.width).toBeCloseTo(fonts.measure(t.face, t.sizePt, t.text), 1);
  });

  it('aligns left, centre and right', () => {
    for (const align of ['left', 'center', 'right'] as const) {
      const doc = lay([text('body', 'Trợ giúp pháp lý', { align })]);
      const frame = doc.pages[0].frames[0];
      const [item] = texts(doc);
      const expected = { left: frame.x, center: frame.x + (frame.width - item.width) / 2, right: frame.x + frame.width - item.width }[align];
      expect(item.x).toBeCloseTo(expected, 6);
    }
  });

  it('mixes bold and italic runs on one line', () => {
    const doc = lay([text('body', [{ text: 'Được ' }, { text: 'không', bold: true }, { text: ' tiền ' }, { text: 'nào', italic: true }], { align: 'left' })]);
    const [line] = lines(texts(doc));
    expect(line.map((t) => [t.text, t.face.bold, t.face.italic])).toEqual([
      ['Được', false, false],
      ['không', true, false],
      ['tiền', false, false],
      ['nào', false, true],
    ]);
    for (let i = 1; i < line.length; i++) expect(line[i].x).toBeGreaterThan(line[i - 1].x + line[i - 1].width);
  });

  it('never breaks at a no-break space', () => {
    const phrase = 'Tổng\u00A0đài\u00A01800\u00A01233';
    const doc = lay([text('body', Array.from({ length: 12 }, (_, i) => `${'x'.repeat(i % 7)} ${phrase}`).join(' '))]);
    const all = texts(doc).map((t) => t.text).join('\n');
    expect(all.split(phrase).length - 1).toBe(12);
  });

  it('hangs a list marker in the indent and starts the text at the indent', () => {
    const doc = lay([text('listItem', LOREM, { marker: '•' })]);
    const frame = doc.pages[0].frames[0];
    const ls = lines(texts(doc));
    const [marker, first] = ls[0];
    expect(marker.text).toBe('•');
    expect(marker.x).toBeGreaterThanOrEqual(frame.x);
    expect(marker.x + marker.width).toBeLessThan(first.x);
    for (const line of ls) expect(line[line[0].text === '•' ? 1 : 0].x).toBeCloseTo(frame.x + 12, 6);
  });

  it('writes uppercase styles in capitals, Vietnamese letters included', () => {
    const [item] = texts(lay([text('shout', 'đường dây nóng')]));
    expect(item.text).toBe('ĐƯỜNG DÂY NÓNG');
  });

  it('drops the space before a block at the top of a frame', () => {
    const doc = lay([text('h2', 'Một'), { kind: 'break' }, text('h2', 'Hai')]);
    const [a, b] = texts(doc);
    const [fa, fb] = doc.pages[0].frames;
    expect(inFrame(b, fb)).toBe(true);
    expect(a.y - fa.y).toBeCloseTo(b.y - fb.y, 6);
  });

  it('reports characters the font cannot draw, with the block', () => {
    const doc = lay([text('body', 'Chữ Hán 漢 và 漢')]);
    expect(doc.missingGlyphs).toEqual([{ char: '漢', face: { family: 'Noto Serif', bold: false, italic: false }, source: { slot: 'body', index: 0 } }]);
  });
});

describe('flowing into frames', () => {
  // Frame A is 70 mm (198.4 pt) high. A one-line paragraph (13 pt), a spacer and
  // a heading (gap 8 + 15 pt) leave room for the heading but not for the body
  // line after it (gap 4 + 13 pt).
  const spacer: DocNode = { kind: 'spacer', heightMm: 155 / mmToPt(1) };
  const headed = (keepWithNext: boolean) => lay([text('body', 'Mở đầu.'), spacer, text('h2', 'Tiêu đề', { keepWithNext }), text('body', LOREM)]);

  it('keeps a heading with the first line of what follows it', () => {
    const doc = headed(true);
    const heading = texts(doc).find((t) => t.text === 'Tiêu đề')!;
    const [, fb] = doc.pages[0].frames;
    expect(inFrame(heading, fb)).toBe(true);
    expect(heading.y - fb.y).toBeLessThan(15); // at the top of frame B, no space before it
  });

  it('leaves a heading without keep where it falls (the control case)', () => {
    const doc = headed(false);
    const heading = texts(doc).find((t) => t.text === 'Tiêu đề')!;
    expect(inFrame(heading, doc.pages[0].frames[0])).toBe(true);
  });

  it('moves a box whole to the next frame instead of splitting it', () => {
    const box: DocNode = { kind: 'box', style: 'callout', children: [text('body', LOREM), text('body', 'Gọi 1800 1233.')] };
    const doc = lay([text('body', LOREM), box]);
    const [fa, fb] = doc.pages[0].frames;
    const rect = doc.pages[0].items.find((i) => i.type === 'rect' && !i.background)!;
    expect(inFrame(rect, fb)).toBe(true);
    expect(rect.y).toBeLessThan(fb.y + 1);
    const boxTexts = texts(doc).filter((t) => t.source?.index === 1);
    expect(boxTexts.length).toBeGreaterThan(10);
    expect(boxTexts.every((t) => inFrame(t, fb) && t.x >= rect.x && t.x + t.width <= rect.x + (rect.type === 'rect' ? rect.width : 0))).toBe(true);
    expect(texts(doc).filter((t) => t.source?.index === 0).every((t) => inFrame(t, fa))).toBe(true);
    expect(doc.overflow).toEqual([]);
  });

  it('reports a box taller than any frame instead of drawing it cut', () => {
    const box: DocNode = { kind: 'box', style: 'callout', children: Array.from({ length: 8 }, () => text('body', LOREM)) };
    const doc = lay([text('body', 'Trước.'), box, text('body', 'Sau.')]);
    expect(doc.overflow).toHaveLength(1);
    expect(doc.overflow[0].blocks).toEqual([{ slot: 'body', index: 1 }]);
    expect(doc.overflow[0].overflowMm).toBeGreaterThan(0);
    expect(texts(doc).some((t) => t.text.includes('Sau.'))).toBe(true);
  });

  it('puts what does not fit into overflow with the slot, the height missing and the blocks', () => {
    const many = (n: number) => Array.from({ length: n }, () => text('body', LOREM));
    const doc = lay(many(12));
    const frames = doc.pages[0].frames;
    expect(doc.overflow).toHaveLength(1);
    const [o] = doc.overflow;
    expect(o.flow).toBe('body');
    expect(o.label).toBe('Nội dung');
    expect(o.blocks.length).toBeGreaterThan(0);
    expect(o.blocks[o.blocks.length - 1]).toEqual({ slot: 'body', index: 11 });
    // Nothing is drawn below a frame's bottom.
    for (const t of texts(doc)) expect(frames.some((f) => inFrame(t, f) && t.y <= f.y + f.height)).toBe(true);
    // One more paragraph needs its own height more: its lines plus the gap before it.
    const more = lay(many(13)).overflow[0];
    const paragraphLines = lines(texts(lay(many(1)))).length;
    expect(more.overflowMm - o.overflowMm).toBeCloseTo((paragraphLines * 13 + 4) / mmToPt(1), 0);
  });

  it('places images at their width keeping the aspect, and QR codes as module matrices', () => {
    const png = tinyPngHeader(400, 200);
    const doc = lay([{ kind: 'image', src: `data:image/png;base64,${png.toString('base64')}`, widthMm: 40 }, { kind: 'qr', data: 'tel:18001233', sizeMm: 20 }]);
    const img = doc.pages[0].items.find((i) => i.type === 'image')!;
    const qr = doc.pages[0].items.find((i) => i.type === 'qr')!;
    if (img.type !== 'image' || qr.type !== 'qr') throw new Error('missing items');
    expect(img.width).toBeCloseTo(mmToPt(40), 6);
    expect(img.height).toBeCloseTo(mmToPt(20), 6);
    expect([img.pixelWidth, img.pixelHeight]).toEqual([400, 200]);
    expect(qr.size).toBeCloseTo(mmToPt(20), 6);
    expect(qr.modules).toHaveLength(21);
    expect(qr.modules.every((row) => row.length === 21)).toBe(true);
    expect(qr.y).toBeGreaterThan(img.y + img.height);
  });
});

it('layout draws nothing: no module under layout/ imports pdfkit', () => {
  const dir = join(ROOT, 'engine', 'layout');
  const modules = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
  expect(modules).toContain(join('book', 'index.ts'));
  for (const f of modules) expect(readFileSync(join(dir, f), 'utf8')).not.toMatch(/from ['"]pdfkit['"]/);
});

/** The 24 bytes of a PNG that say its size: all layout reads. */
function tinyPngHeader(width: number, height: number): Buffer {
  const b = Buffer.alloc(33);
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(b, 0);
  b.writeUInt32BE(13, 8);
  b.write('IHDR', 12, 'latin1');
  b.writeUInt32BE(width, 16);
  b.writeUInt32BE(height, 20);
  return b;
}
