// The three book packs and the book parts of the template format: what each
// pack declares, the choices a publication makes (size, note pages), the
// saddle stitch's blank pages, underfull pages, and the registry's checks.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { InputError } from '../../contract/errors.js';
import type { RectItem } from '../../engine/layout/types.js';
import { mmToPt } from '../../engine/layout/units.js';
import { findTemplate, loadTemplatePacks, starterPublication } from '../../engine/template-registry.js';
import { bookContext, bookPublication, layBook, prose, textsOf } from './book-fixtures.js';

const BUILTIN = { dir: path.resolve('templates'), source: 'builtin' as const };
const FONTS = ['Noto Serif', 'Noto Sans'];

describe('the built-in book packs', () => {
  const registry = loadTemplatePacks([BUILTIN], FONTS);

  it('load with no problems, with the slots their samples use', () => {
    expect(registry.problems).toEqual([]);
    const slots = (id: string) => Object.keys(findTemplate(registry, id).definition.slots);
    expect(slots('handbook-a5')).toEqual(['cover', 'front', 'body', 'back']);
    expect(slots('pocketbook-a6')).toEqual(['cover', 'front', 'body', 'back']);
    expect(slots('notebook-a5')).toEqual(['cover', 'body', 'contacts', 'back']);
  });

  it('have the trim sizes of their kind, CMYK colours and the Noto fonts', () => {
    const trim = (id: string) => findTemplate(registry, id).definition.trim;
    expect(trim('handbook-a5')).toEqual({ widthMm: 148, heightMm: 210 });
    expect(trim('notebook-a5')).toEqual({ widthMm: 148, heightMm: 210 });
    expect(trim('pocketbook-a6')).toEqual({ widthMm: 105, heightMm: 148 });
    expect(findTemplate(registry, 'pocketbook-a6').definition.book?.sizes['100x140']).toMatchObject({ widthMm: 100, heightMm: 140 });
    for (const id of ['handbook-a5', 'pocketbook-a6', 'notebook-a5']) {
      const def = findTemplate(registry, id).definition;
      expect(new Set(Object.values(def.styles).map((s) => s.font))).toEqual(new Set(FONTS));
      expect(def.book?.masters.cover.background).toBeDefined();
      expect(def.bleedMm).toBe(3);
    }
  });

  it('make starter publications that lay out to a multiple of 4 pages', () => {
    for (const id of ['handbook-a5', 'pocketbook-a6', 'notebook-a5']) {
      const doc = layBook(starterPublication(findTemplate(registry, id)));
      expect(doc.pages.length % 4, id).toBe(0);
      expect(doc.pages[0].book?.part).toBe('cover');
      expect(doc.pages.at(-1)!.book?.part).toBe('back');
    }
  });
});

describe('saddle stitch', () => {
  it('adds blank pages before the back cover and reports how many', () => {
    // cover 1, blank 2 (the TOC starts on a right-hand page), TOC 3, body 4, back 5: 3 blanks make 8.
    const doc = layBook(bookPublication('handbook-a5', { body: [{ type: 'heading', level: 1, text: 'Chương 1' }, { type: 'paragraph', text: prose(2) }] }));
    expect(doc.pages.map((p) => p.book?.blank ?? p.book?.part)).toEqual(['cover', 'right-start', 'toc', 'body', 'saddle-stitch', 'saddle-stitch', 'saddle-stitch', 'back']);
    expect(doc.book?.blanksAdded).toBe(3);
    expect(doc.findings).toEqual([expect.objectContaining({ severity: 'info', code: 'blank-pages-added', page: 5, message: expect.stringContaining('3 trang trắng') })]);
  });
});

describe('notebook note pages', () => {
  const notePages = (extra: Record<string, unknown>) => {
    const doc = layBook(bookPublication('notebook-a5', { body: [{ type: 'paragraph', text: prose(3) }], contacts: [] }, extra));
    return { doc, notes: doc.pages.filter((p) => p.book?.part === 'notes') };
  };

  it('has 16 ruled pages by default and as many as the publication asks, clamped to 0–200', () => {
    expect(notePages({}).notes).toHaveLength(16);
    expect(notePages({ notes: { pages: 24 } }).notes).toHaveLength(24);
    expect(notePages({ notes: { pages: 0 } }).notes).toHaveLength(0);
    expect(notePages({ notes: { pages: 500 } }).notes).toHaveLength(200);
  });

  it('rules thin grey K-only lines at the body leading, with a folio', () => {
    const { doc, notes } = notePages({ notes: { pages: 3 } });
    expect(doc.pages.length % 4).toBe(0);
    for (const page of notes) {
      const rules = page.items.filter((i): i is RectItem => i.type === 'rect');
      expect(rules.length).toBeGreaterThan(25);
      for (const r of rules) {
        expect(r.fill?.slice(0, 3)).toEqual([0, 0, 0]);
        expect(r.fill![3]).toBeGreaterThan(0);
        expect(r.fill![3]).toBeLessThan(60);
        expect(r.height).toBeLessThan(0.5);
      }
      expect(rules[1].y - rules[0].y).toBeCloseTo(14, 6);
      expect(textsOf(page).map((t) => t.text)).toEqual([String(page.book!.pageNumber)]);
    }
  });

  it('refuses a note page count that is not a number, naming the field', () => {
    expect(() => notePages({ notes: { pages: 'nhiều' } })).toThrow(expect.objectContaining({ field: 'notes.pages' }));
  });
});

describe('pocket book sizes', () => {
  const pocket = (extra: Record<string, unknown>) => layBook(bookPublication('pocketbook-a6', { body: [{ type: 'paragraph', text: prose(4) }] }, extra));

  it('is A6 by default and 100 × 140 mm when the publication chooses it', () => {
    expect(pocket({}).pages[0].trimWidth).toBeCloseTo(mmToPt(105), 6);
    const small = pocket({ size: '100x140' });
    expect(small.pages.every((p) => Math.abs(p.trimWidth - mmToPt(100)) < 1e-6 && Math.abs(p.trimHeight - mmToPt(140)) < 1e-6)).toBe(true);
    expect(small.book?.size).toEqual({ id: '100x140', widthMm: 100, heightMm: 140 });
  });

  it('names the size field and the sizes there are when the choice is unknown', () => {
    try {
      pocket({ size: 'a5' });
      throw new Error('expected an InputError');
    } catch (err) {
      expect(err).toBeInstanceOf(InputError);
      expect(err).toMatchObject({ field: 'size' });
      expect((err as Error).message).toContain('"100x140"');
    }
  });
});

describe('underfull pages', () => {
  it('reports a page left short by a box that moved on, but not the end of a chapter', () => {
    const doc = layBook(bookPublication('handbook-a5', {
      body: [
        { type: 'heading', level: 1, text: 'Chương 1' },
        { type: 'paragraph', text: prose(6) },
        { type: 'callout', title: 'Lưu ý', text: prose(18, 1) },
        { type: 'heading', level: 1, text: 'Chương 2' },
        { type: 'paragraph', text: prose(1) },
      ],
    }));
    const chapterOne = doc.pages.findIndex((p) => p.book?.chapterStart) + 1;
    expect(doc.book?.underfullPages.map((u) => u.page)).toEqual([chapterOne]);
    expect(doc.book!.underfullPages[0].fill).toBeLessThan(0.6);
  });
});

describe('checking book packs', () => {
  const temporary: string[] = [];
  afterEach(() => temporary.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  /** A copy of the handbook pack with its template.json changed by `edit`. */
  function edited(edit: (t: Record<string, any>) => void) {
    const dir = mkdtempSync(path.join(tmpdir(), 'anpham-books-'));
    temporary.push(dir);
    const packDir = path.join(dir, 'so-tay');
    cpSync(path.resolve('templates/handbook-a5'), packDir, { recursive: true });
    const file = path.join(packDir, 'template.json');
    const t = JSON.parse(readFileSync(file, 'utf8'));
    t.id = 'so-tay-thu';
    delete t.starter;
    edit(t);
    writeFileSync(file, JSON.stringify(t));
    return loadTemplatePacks([{ dir, source: 'user' }], FONTS).problems;
  }

  it('accepts the copy unchanged', () => {
    expect(edited(() => {})).toEqual([]);
  });

  it('names a slot the sequence never prints, a missing master and a missing folio style', () => {
    const problems = edited((t) => {
      t.book.sequence = t.book.sequence.filter((p: { slot?: string }) => p.slot !== 'front');
      t.book.sequence[0].master = 'bia';
      delete t.styles.folio;
    });
    expect(problems.map((p) => p.field).sort()).toEqual(['book.folio.style', 'book.sequence[0].master', 'slots.front']);
    expect(problems.every((p) => /[ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/.test(p.message))).toBe(true);
  });

  it('refuses a pack that is both a sheet and a book, and one that is neither', () => {
    const leaflet = JSON.parse(readFileSync(path.resolve('templates/leaflet-trifold-a4/template.json'), 'utf8'));
    expect(edited((t) => { t.sides = leaflet.sides; }).map((p) => p.field)).toContain('book');
    expect(edited((t) => { delete t.book; }).map((p) => p.field)).toContain('sides');
  });

  it('lists the book packs beside the leaflet in the pipeline context', () => {
    expect([...bookContext.templates.packs.keys()].sort()).toEqual(expect.arrayContaining(['handbook-a5', 'leaflet-trifold-a4', 'notebook-a5', 'pocketbook-a6']));
  });
});

describe('one-page parts', () => {
  it('warns when a cover runs onto a second page', () => {
    const doc = layBook(bookPublication('handbook-a5', { body: [{ type: 'paragraph', text: prose(3) }], back: [{ type: 'paragraph', text: prose(40) }] }));
    const backPages = doc.pages.filter((p) => p.book?.part === 'back');
    expect(backPages.length).toBeGreaterThan(1);
    expect(doc.findings).toContainEqual(expect.objectContaining({ severity: 'warning', code: 'part-too-long', page: backPages[0].book!.pageNumber }));
  });
});
