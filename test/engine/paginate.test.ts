// Pagination rules on the real handbook pack, checked on what was laid out:
// every rule is tested at every position of the page by pushing the content
// down one filler sentence at a time.
import { describe, expect, it } from 'vitest';
import type { LaidOutDocument, TextItem } from '../../engine/layout/types.js';
import { mmToPt } from '../../engine/layout/units.js';
import type { Block } from '../../contract/publication-format.js';
import { bookPublication, layBook, prose, textsOf } from './book-fixtures.js';

/** Page numbers → baselines of the items of body block `index` (optionally only one font family). */
function linesByPage(doc: LaidOutDocument, index: number, family?: string): Map<number, number> {
  const out = new Map<number, Set<number>>();
  doc.pages.forEach((page, i) => {
    for (const t of textsOf(page)) {
      if (t.source?.slot !== 'body' || t.source.index !== index || (family && t.face.family !== family)) continue;
      if (!out.has(i + 1)) out.set(i + 1, new Set());
      out.get(i + 1)!.add(Math.round(t.y * 100));
    }
  });
  return new Map([...out].map(([page, ys]) => [page, ys.size]));
}

const firstPage = (doc: LaidOutDocument, index: number, family?: string) => Math.min(...linesByPage(doc, index, family).keys());
const handbook = (body: Block[]) => layBook(bookPublication('handbook-a5', { cover: [], front: [], body, back: [] }));

/** The same blocks pushed down the page by 0…`max` filler sentences after a chapter heading. */
function shifted(blocks: Block[], max = 26): { filler: number; doc: LaidOutDocument }[] {
  return Array.from({ length: max + 1 }, (_, filler) => ({
    filler,
    doc: handbook([{ type: 'heading', level: 1, text: 'Chương 1. Thử' }, ...(filler ? [{ type: 'paragraph' as const, text: prose(filler) }] : []), ...blocks]),
  }));
}
const FILLED = 2; // index of the first block after the heading and the filler (filler = 0 has none, see below)
const at = (filler: number, k: number) => (filler ? FILLED : FILLED - 1) + k;

describe('keeps', () => {
  const cases = shifted([
    { type: 'heading', level: 2, text: 'Mục kiểm tra giữ tiêu đề với đoạn sau' },
    { type: 'paragraph', text: prose(5, 2) },
    { type: 'qa', question: 'Câu hỏi phải đi cùng ít nhất hai dòng đầu của câu trả lời, dù rơi vào cuối trang?', answer: prose(6, 3) },
  ]);

  it('keeps a heading on the page of the paragraph after it', () => {
    for (const { filler, doc } of cases) expect(firstPage(doc, at(filler, 0)), `filler ${filler}`).toBe(firstPage(doc, at(filler, 1)));
  });

  it('keeps a question with at least two lines of its answer', () => {
    const moved = new Set<number>();
    for (const { filler, doc } of cases) {
      const qa = at(filler, 2);
      const question = firstPage(doc, qa, 'Noto Sans');
      const answer = linesByPage(doc, qa, 'Noto Serif');
      expect(Math.min(...answer.keys()), `filler ${filler}`).toBe(question);
      expect(answer.get(question), `filler ${filler}`).toBeGreaterThanOrEqual(2);
      moved.add(question);
    }
    // The sweep did push the question across a page boundary, so the rule was exercised.
    expect(moved.size).toBeGreaterThan(1);
  });
});

describe('widows and orphans', () => {
  it('never leaves fewer than two lines of a paragraph at the bottom or the top of a page', () => {
    let splits = 0;
    for (const { filler, doc } of shifted([{ type: 'paragraph', text: prose(7, 1) }, { type: 'paragraph', text: prose(4, 4) }, { type: 'paragraph', text: prose(9, 5) }])) {
      for (let k = 0; k < 3; k++) {
        const lines = linesByPage(doc, at(filler, k));
        if (lines.size > 1) splits++;
        if (lines.size > 1) for (const [page, count] of lines) expect(count, `filler ${filler}, block ${k}, page ${page}`).toBeGreaterThanOrEqual(2);
      }
    }
    expect(splits).toBeGreaterThan(5);
  });

  it('moves a three-line paragraph whole rather than split it', () => {
    for (const { filler, doc } of shifted([{ type: 'paragraph', text: prose(2, 1) }, { type: 'paragraph', text: prose(2, 1) }])) {
      for (let k = 0; k < 2; k++) {
        const lines = linesByPage(doc, at(filler, k));
        const total = [...lines.values()].reduce((a, b) => a + b, 0);
        if (total < 4) expect(lines.size, `filler ${filler}`).toBe(1);
      }
    }
  });
});

describe('pieces that never split, breaks and chapters', () => {
  it('moves a callout box whole to the next page', () => {
    const pagesOfBox = new Set<number>();
    for (const { filler, doc } of shifted([{ type: 'callout', title: 'Lưu ý', text: prose(4, 1) }])) {
      const box = at(filler, 0);
      const pages = doc.pages.flatMap((p, i) => (p.items.some((it) => it.type !== 'rect' && it.source?.index === box && it.source.slot === 'body') ? [i + 1] : []));
      expect(pages, `filler ${filler}`).toHaveLength(1);
      // The box's frame is on the same page as its text.
      const rect = doc.pages[pages[0] - 1].items.find((it) => it.type === 'rect' && !it.background && it.fill);
      expect(rect).toBeDefined();
      pagesOfBox.add(pages[0]);
    }
    expect(pagesOfBox.size).toBeGreaterThan(1);
  });

  it('starts what follows an explicit page break at the top of the next page', () => {
    const doc = handbook([{ type: 'paragraph', text: prose(2) }, { type: 'pageBreak' }, { type: 'paragraph', text: 'Sau ngắt trang.' }]);
    expect(firstPage(doc, 2)).toBe(firstPage(doc, 0) + 1);
    const page = doc.pages[firstPage(doc, 2) - 1];
    const after = textsOf(page).find((t) => t.source?.index === 2)!;
    expect(after.y).toBeLessThan(mmToPt(18) + 14);
  });

  it('starts every chapter at the top of a new page, without a running head there', () => {
    const body: Block[] = [1, 2, 3].flatMap((c) => [{ type: 'heading', level: 1, text: `Chương ${c}` }, { type: 'paragraph', text: prose(c) }] as Block[]);
    const doc = handbook(body);
    const pages = [0, 2, 4].map((i) => firstPage(doc, i));
    expect(pages[1]).toBe(pages[0] + 1);
    expect(pages[2]).toBe(pages[1] + 1);
    for (const p of pages) {
      const page = doc.pages[p - 1];
      expect(page.book?.chapterStart).toBe(true);
      expect(page.book?.runningHead).toBeUndefined();
      const body = textsOf(page).filter((t) => t.source?.slot === 'body');
      expect(Math.min(...body.map((t) => t.y))).toBe(Math.min(...body.filter((t) => t.face.bold).map((t) => t.y)));
    }
  });
});

describe('pages of a book', () => {
  const body: Block[] = [1, 2, 3, 4].flatMap((c) => [
    { type: 'heading', level: 1, text: `Chương ${c}. Nội dung thứ ${c}` },
    { type: 'heading', level: 2, text: `Mục ${c}.1` },
    ...Array.from({ length: 5 }, (_, q): Block => ({ type: 'qa', question: `Câu ${c}.${q + 1}?`, answer: prose(4 + q, c + q) })),
  ]);
  const doc = handbook(body);
  const folioOf = (i: number) => textsOf(doc.pages[i]).find((t) => t.y > doc.pages[i].trimHeight - mmToPt(15) && !t.source);

  it('has a multiple of 4 pages, the blanks added before the back cover and reported', () => {
    expect(doc.pages.length % 4).toBe(0);
    expect(doc.pages.at(-1)!.book?.part).toBe('back');
    const blanks = doc.pages.filter((p) => p.book?.blank === 'saddle-stitch');
    expect(doc.book?.blanksAdded).toBe(blanks.length);
    expect(blanks.every((p) => p.items.length === 0)).toBe(true);
    if (blanks.length > 0) {
      expect(blanks.at(-1)!.book?.pageNumber).toBe(doc.pages.length - 1);
      const finding = doc.findings?.find((f) => f.code === 'blank-pages-added');
      expect(finding?.severity).toBe('info');
      expect(finding?.message).toContain(`${blanks.length} trang trắng`);
    }
  });

  it('prints the page number on every page but the covers and blank pages', () => {
    doc.pages.forEach((page, i) => {
      const part = page.book!.part;
      const folio = folioOf(i);
      if (part === 'cover' || part === 'back' || part === 'blank') expect(folio, `page ${i + 1}`).toBeUndefined();
      else {
        expect(folio?.text, `page ${i + 1}`).toBe(String(i + 1));
        expect(page.book?.folio).toBe(String(i + 1));
      }
    });
  });

  it('mirrors the margins: the inner margin is on the spine side of each page', () => {
    const bodyPages = doc.pages.filter((p) => p.book?.part === 'body');
    expect(new Set(bodyPages.map((p) => p.book!.side))).toEqual(new Set(['left', 'right']));
    for (const page of bodyPages) {
      const left = Math.min(...textsOf(page).filter((t) => t.source).map((t) => t.x));
      expect(left).toBeCloseTo(mmToPt(page.book!.side === 'right' ? 18 : 15), 3);
      expect(page.book!.side).toBe(page.book!.pageNumber % 2 ? 'right' : 'left');
    }
  });

  it('heads each page after a chapter opening with that chapter title', () => {
    const chapters = body.flatMap((b, index) => (b.type === 'heading' && b.level === 1 ? [{ title: b.text, page: firstPage(doc, index) }] : []));
    for (const page of doc.pages.filter((p) => p.book?.part === 'body')) {
      const chapter = chapters.filter((c) => c.page <= page.book!.pageNumber).at(-1)!;
      if (page.book!.pageNumber === chapter.page) expect(page.book!.runningHead).toBeUndefined();
      else {
        expect(page.book!.runningHead).toBe(chapter.title);
        expect(textsOf(page).some((t) => t.text === chapter.title && t.y < mmToPt(15))).toBe(true);
      }
    }
  });

  it('prints in the table of contents the page each heading landed on', () => {
    const tocPages = doc.pages.filter((p) => p.book?.part === 'toc');
    expect(tocPages.length).toBeGreaterThan(0);
    const tocLines = tocPages.flatMap((p) => {
      const byY = new Map<number, TextItem[]>();
      for (const t of textsOf(p).filter((t) => t.y < p.trimHeight - mmToPt(15))) byY.set(Math.round(t.y), [...(byY.get(Math.round(t.y)) ?? []), t]);
      return [...byY.values()].map((l) => l.sort((a, b) => a.x - b.x));
    });
    const headings = body.flatMap((b, index) => (b.type === 'heading' ? [{ index, text: b.text }] : []));
    for (const h of headings) {
      const line = tocLines.find((l) => l[0].text.startsWith(h.text.slice(0, 8)) && l.map((t) => t.text).join(' ').includes(h.text.split(' ').at(-1)!));
      expect(line, h.text).toBeDefined();
      expect(Number(line!.at(-1)!.text), h.text).toBe(firstPage(doc, h.index));
    }
    expect(doc.book?.outline.filter((o) => o.source?.slot === 'body').map((o) => o.page)).toEqual(headings.map((h) => firstPage(doc, h.index)));
  });

  it('maps each block to the pages it is printed on', () => {
    for (const { source, pages } of doc.book!.blockPages.filter((b) => b.source.slot === 'body')) {
      expect(pages).toEqual([...linesByPage(doc, source.index).keys()]);
    }
  });
});
