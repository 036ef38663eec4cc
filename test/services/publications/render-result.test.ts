// What the editor of a book gets from a render: page numbers for thumbnails,
// the outline and block → page map with real page numbers, and per page the
// boxes around each block (a click on the preview finds its block).
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bookOptions } from '../../../services/publications/book-options.js';
import { createPipelineContext, renderPublication } from '../../../engine/index.js';
import type { BookLayout, LaidOutDocument, LaidOutPage, PageItem } from '../../../engine/layout/types.js';
import type { SourceRef } from '../../../contract/publication-format.js';
import { findTemplate } from '../../../engine/template-registry.js';
import { blockRegions, toRenderResult, type RenderOutput } from '../../../services/publications/render-result.js';

const root = resolve(import.meta.dirname, '..', '..', '..');
const black = [0, 0, 0, 100] as [number, number, number, number];
const face = { family: 'Noto Serif', bold: false, italic: false };

const text = (x: number, y: number, width: number, source?: SourceRef): PageItem =>
  ({ type: 'text', x, y, text: 'chữ', face, sizePt: 10, color: black, width, ...(source && { source }) });

function page(items: PageItem[], pageNumber?: number): LaidOutPage {
  return {
    label: `Trang ${pageNumber ?? 1}`,
    trimWidth: 420,
    trimHeight: 595,
    bleed: 8.5,
    folds: [],
    frames: [],
    items,
    ...(pageNumber !== undefined && {
      book: { pageNumber, side: pageNumber % 2 ? 'right' as const : 'left' as const, part: 'body', master: 'body', folio: String(pageNumber), fill: 0.9 },
    }),
  };
}

describe('blockRegions', () => {
  it('boxes each block on a page from its items, leaving out unsourced rules and backgrounds', () => {
    const a = { slot: 'body', index: 0, blockId: 'b1' };
    const b = { slot: 'body', index: 1 };
    const regions = blockRegions(page([
      { type: 'rect', x: 0, y: 0, width: 420, height: 595, background: true },
      text(50, 100, 300, a),
      text(50, 114, 320, a),
      text(50, 500, 10), // a folio: no source
      { type: 'image', x: 60, y: 130, width: 200, height: 100, src: 'x.png', pixelWidth: 10, pixelHeight: 5, source: b },
    ]));
    expect(regions).toEqual([
      { source: a, x: 50, y: 92, width: 320, height: 14 + 10.5 },
      { source: b, x: 60, y: 130, width: 200, height: 100 },
    ]);
  });

  it('gives a block that goes on in the next column a second box there', () => {
    const a = { slot: 'body', index: 4 };
    const regions = blockRegions(page([text(20, 500, 200, a), text(20, 514, 200, a), text(300, 40, 200, a)]));
    expect(regions.map((r) => [r.x, r.y])).toEqual([[20, 492], [300, 32]]);
  });
});

describe('toRenderResult for a book', () => {
  const blockPages: BookLayout['blockPages'] = [
    { source: { slot: 'body', index: 0, blockId: 'h1' }, pages: [3] },
    { source: { slot: 'body', index: 1, blockId: 'q1' }, pages: [3, 4] },
  ];
  const book: BookLayout = {
    binding: 'saddle-stitch',
    pageCount: 4,
    blanksAdded: 1,
    size: { widthMm: 148, heightMm: 210 },
    outline: [{ level: 1, title: 'Chương 1', page: 3, source: blockPages[0].source }],
    blockPages,
    underfullPages: [{ page: 4, fill: 0.3 }],
  };
  const layout: LaidOutDocument = {
    title: 'Cẩm nang',
    language: 'vi',
    overflow: [],
    missingGlyphs: [],
    pages: [page([], 1), page([], 2), page([text(50, 60, 100, blockPages[0].source), text(50, 90, 200, blockPages[1].source)], 3), page([text(50, 60, 80, blockPages[1].source)], 4)],
    book,
  };
  layout.pages[1].book!.blank = 'saddle-stitch';
  const out = { publication: { meta: { title: 'Cẩm nang' } }, pack: findTemplate(createPipelineContext({ appRoot: root }).templates, 'handbook-a5'), layout, pdf: new Uint8Array([37]), findings: [] } satisfies RenderOutput;

  it('passes the outline and the block → page map on with the real page numbers', () => {
    const result = toRenderResult(out, 12.4);
    expect(result.book).toEqual({ pageCount: 4, blanksAdded: 1, binding: 'saddle-stitch', size: book.size, outline: book.outline, blockPages });
    // Underfull pages reach the user as findings; the editor does not need them twice.
    expect(result.book).not.toHaveProperty('underfullPages');
  });

  it('numbers every page and marks blank ones, for the thumbnails', () => {
    const result = toRenderResult(out, 12.4);
    expect(result.pages.map((p) => p.book)).toEqual([
      { pageNumber: 1, side: 'right', part: 'body', folio: '1' },
      { pageNumber: 2, side: 'left', part: 'body', folio: '2', blank: 'saddle-stitch' },
      { pageNumber: 3, side: 'right', part: 'body', folio: '3' },
      { pageNumber: 4, side: 'left', part: 'body', folio: '4' },
    ]);
    expect(result.pages[3].regions?.map((r) => r.source.blockId)).toEqual(['q1']);
  });

  it('says nothing about books for a leaflet', () => {
    const leaflet = { ...out, layout: { ...layout, book: undefined, pages: [page([])] } };
    const result = toRenderResult(leaflet, 1);
    expect(result).not.toHaveProperty('book');
    expect(result.pages[0]).not.toHaveProperty('book');
  });
});

describe('a real handbook', () => {
  it('has a box on exactly the pages its block map names, and an outline entry for every heading', async () => {
    const ctx = createPipelineContext({ appRoot: root });
    const pub = JSON.parse(readFileSync(join(root, 'samples/handbook-tgpl.json'), 'utf8'));
    const result = toRenderResult(await renderPublication(pub, ctx), 0);
    const key = (s: SourceRef) => `${s.slot}/${s.index}`;

    const fromRegions = new Map<string, number[]>();
    result.pages.forEach((p, i) => {
      for (const r of p.regions ?? []) {
        const pages = fromRegions.get(key(r.source)) ?? [];
        if (pages.at(-1) !== i + 1) pages.push(i + 1);
        fromRegions.set(key(r.source), pages);
      }
    });
    expect(Object.fromEntries(fromRegions)).toEqual(Object.fromEntries(result.book!.blockPages.map((b) => [key(b.source), b.pages])));

    const headings = Object.entries(pub.slots as Record<string, { type: string }[]>)
      .flatMap(([slot, blocks]) => blocks.flatMap((b, index) => (b.type === 'heading' ? [`${slot}/${index}`] : [])));
    expect(result.book!.outline.map((o) => key(o.source!))).toEqual(expect.arrayContaining(headings));
    for (const entry of result.book!.outline) {
      expect(result.pages[entry.page - 1].book?.pageNumber).toBe(entry.page);
      expect(fromRegions.get(key(entry.source!))?.[0]).toBe(entry.page);
    }
    expect(result.pages.length).toBe(result.book!.pageCount);
  });
});

describe('bookOptions', () => {
  const { templates } = createPipelineContext({ appRoot: root });
  const optionsOf = (id: string) => bookOptions(findTemplate(templates, id).definition);

  it('offers the pocket book both sizes, A6 by default', () => {
    const options = optionsOf('pocketbook-a6')!;
    expect(options.sizes.map((s) => [s.id, s.widthMm, s.heightMm])).toEqual([['a6', 105, 148], ['100x140', 100, 140]]);
    expect(options.defaultSize).toBe('a6');
    expect(options.notePages).toBeUndefined();
  });

  it('offers the notebook a number of ruled note pages', () => {
    expect(optionsOf('notebook-a5')!.notePages).toEqual({ default: 16, max: 200 });
  });

  it('offers a leaflet nothing', () => {
    expect(optionsOf('leaflet-trifold-a4')).toBeUndefined();
  });
});
