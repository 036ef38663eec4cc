// The book editor's own logic, without a browser: which pages a spread
// shows, what a click on a page hits, the live outline with the pages of the
// last render, and the book's choices as the publication file holds them.
import { describe, expect, it } from 'vitest';
import type { BookOptions, BookPreview } from '../../../contract/publications.js';
import type { Block, Publication } from '../../../contract/publication-format.js';
import { readPublication } from '../../../engine/validate.js';
import { choicesOf, withChoices } from '../../../renderer/src/book/choices.js';
import { blockIndexOf, blockPageMap, liveOutline } from '../../../renderer/src/book/outline.js';
import { regionAt, sameBlock, shownPages, stepPage } from '../../../renderer/src/book/pages.js';

describe('shownPages', () => {
  it('shows the cover alone, then facing pages as the bound book opens, and the back cover alone', () => {
    expect([1, 2, 3, 4, 5, 8].map((p) => shownPages(p, 'spread', 8))).toEqual([[1], [2, 3], [2, 3], [4, 5], [4, 5], [8]]);
    expect(shownPages(5, 'page', 8)).toEqual([5]);
  });

  it('keeps a page asked for inside a book that has become shorter', () => {
    expect(shownPages(40, 'page', 12)).toEqual([12]);
  });

  it('turns a page or a whole spread at a time', () => {
    expect(stepPage(1, 'spread', 8, 1)).toBe(2);
    expect(stepPage(2, 'spread', 8, 1)).toBe(4);
    expect(stepPage(5, 'spread', 8, -1)).toBe(3);
    expect(stepPage(8, 'page', 8, 1)).toBe(8);
    expect(stepPage(1, 'page', 8, -1)).toBe(1);
  });
});

describe('regionAt', () => {
  const q = { slot: 'body', index: 3, blockId: 'q' };
  const box = { slot: 'body', index: 4, blockId: 'box' };
  const regions = [
    { source: q, x: 50, y: 100, width: 300, height: 60 },
    { source: box, x: 40, y: 90, width: 320, height: 200 },
  ];

  it('finds the innermost block under the point, and nothing in a margin', () => {
    expect(regionAt(regions, 60, 120)?.source).toBe(q);
    expect(regionAt(regions, 60, 250)?.source).toBe(box);
    expect(regionAt(regions, 10, 10)).toBeUndefined();
  });

  it('matches blocks by id when both have one (indices move as blocks are added)', () => {
    expect(sameBlock({ slot: 'body', index: 9, blockId: 'q' }, q)).toBe(true);
    expect(sameBlock({ slot: 'body', index: 3, blockId: 'other' }, q)).toBe(false);
    expect(sameBlock({ slot: 'body', index: 3 }, q)).toBe(true);
  });
});

describe('liveOutline', () => {
  const blocks: Block[] = [
    { type: 'heading', id: 'c1', level: 1, text: 'Chương 1. Quyền được trợ giúp' },
    { type: 'qa', id: 'q1', question: 'Ai?', answer: 'Người nghèo.' },
    { type: 'heading', id: 's1', level: 2, text: ' Mục 1 ' },
    { type: 'heading', id: 'c2', level: 1, text: 'Chương 2 (vừa gõ)' },
  ];
  const book: BookPreview = {
    pageCount: 8, blanksAdded: 0, binding: 'saddle-stitch', size: { widthMm: 148, heightMm: 210 }, outline: [],
    blockPages: [
      { source: { slot: 'body', index: 0, blockId: 'c1' }, pages: [5] },
      { source: { slot: 'body', index: 2, blockId: 's1' }, pages: [6, 7] },
      // The same id in another slot is another block.
      { source: { slot: 'front', index: 0, blockId: 'c2' }, pages: [2] },
    ],
  };

  it('lists the headings as typed now, with the first page each was printed on', () => {
    expect(liveOutline(blocks, 'body', blockPageMap(book))).toEqual([
      { blockId: 'c1', index: 0, level: 1, title: 'Chương 1. Quyền được trợ giúp', page: 5 },
      { blockId: 's1', index: 2, level: 2, title: 'Mục 1', page: 6 },
      { blockId: 'c2', index: 3, level: 1, title: 'Chương 2 (vừa gõ)' },
    ]);
  });

  it('has no pages before the first render', () => {
    expect(liveOutline(blocks, 'body', blockPageMap(undefined)).map((i) => i.page)).toEqual([undefined, undefined, undefined]);
  });

  it('finds a block by its id after it moved, else by its index as sent', () => {
    expect(blockIndexOf(blocks, { slot: 'body', index: 0, blockId: 's1' }, () => -1)).toBe(2);
    expect(blockIndexOf(blocks, { slot: 'body', index: 1 }, (i) => i + 10)).toBe(11);
  });
});

describe('book choices', () => {
  const options: BookOptions = {
    sizes: [{ id: 'a6', label: 'A6', widthMm: 105, heightMm: 148 }, { id: '100x140', label: '100 × 140 mm', widthMm: 100, heightMm: 140 }],
    defaultSize: 'a6',
    notePages: { default: 16, max: 200 },
  };
  const base = readPublication({ format: 'anpham/publication@1', template: 'notebook-a5', meta: { title: 'Sổ tay' }, slots: { body: [] } });

  it('writes the size and note pages where the publication format keeps them, and reads them back', () => {
    const chosen = withChoices(base, { size: '100x140', notePages: 24 }, options);
    expect(chosen).toMatchObject({ size: '100x140', notes: { pages: 24 } });
    // What the store keeps: the format passes these fields through validation.
    expect(choicesOf(readPublication(chosen))).toEqual({ size: '100x140', notePages: 24 });
  });

  it('leaves the size out when the default is chosen, as a file without it means the same', () => {
    const chosen: Publication = withChoices(withChoices(base, { size: '100x140' }, options), { size: 'a6' }, options);
    expect(chosen).not.toHaveProperty('size');
    expect(chosen.meta.title).toBe('Sổ tay');
  });

  it('writes no note pages for a book that prints none', () => {
    expect(withChoices(base, { notePages: 8 }, { sizes: [] })).not.toHaveProperty('notes');
  });
});
