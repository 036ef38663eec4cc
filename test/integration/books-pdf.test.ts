// Each sample book rendered and checked with the tools a print shop uses:
// qpdf, poppler (pdfinfo -box, pdffonts, pdftotext, pdftoppm).
import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createPipelineContext, renderPublication, type Rendered } from '../../engine/index.js';
import { requireTools, run } from '../helpers/tools.js';

const ROOT = join(import.meta.dirname, '..', '..');
const ok = requireTools('qpdf', 'pdfinfo', 'pdffonts', 'pdftotext', 'pdftoppm');
const ctx = { ...createPipelineContext({ appRoot: ROOT, creationDate: new Date('2026-01-05T00:00:00Z') }), baseDir: join(ROOT, 'samples') };
const PT_PER_MM = 72 / 25.4;

const BOOKS = [
  { sample: 'handbook-tgpl.json', trim: [148, 210] },
  { sample: 'pocketbook-tgpl.json', trim: [105, 148] },
  { sample: 'notebook-tgpl.json', trim: [148, 210] },
] as const;

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

describe.skipIf(!ok).each(BOOKS)('the sample $sample as a PDF', ({ sample, trim }) => {
  const dir = mkdtempSync(join(tmpdir(), 'book-'));
  const file = join(dir, sample.replace('.json', '.pdf'));
  let rendered: Rendered;
  let info: string;

  beforeAll(async () => {
    rendered = await renderPublication(readFileSync(join(ROOT, 'samples', sample), 'utf8'), { ...ctx, file: sample });
    writeFileSync(file, rendered.pdf);
    info = run('pdfinfo', ['-box', '-f', '1', '-l', '9999', file]);
  });

  it('passes qpdf --check', () => {
    expect(run('qpdf', ['--check', file])).toMatch(/No syntax or stream encoding errors/);
  });

  it('has a multiple of 4 pages, as many as were laid out', () => {
    const pages = Number(/^Pages:\s+(\d+)$/m.exec(info)![1]);
    expect(pages % 4).toBe(0);
    expect(pages).toBe(rendered.layout.pages.length);
  });

  it('has the trim size on every page as its TrimBox, and a BleedBox 3 mm larger', () => {
    const pages = rendered.layout.pages.length;
    for (let page = 1; page <= pages; page++) {
      const box = (name: string) => new RegExp(`^Page\\s+${page} ${name}:\\s+([\\d.]+)\\s+([\\d.]+)\\s+([\\d.]+)\\s+([\\d.]+)`, 'm').exec(info)!.slice(1).map(Number);
      const [t, b] = [box('TrimBox'), box('BleedBox')];
      expect((t[2] - t[0]) / PT_PER_MM).toBeCloseTo(trim[0], 1);
      expect((t[3] - t[1]) / PT_PER_MM).toBeCloseTo(trim[1], 1);
      expect((b[2] - b[0]) / PT_PER_MM).toBeCloseTo(trim[0] + 6, 1);
      expect((b[3] - b[1]) / PT_PER_MM).toBeCloseTo(trim[1] + 6, 1);
    }
  });

  it('embeds every font', () => {
    const rows = run('pdffonts', [file]).split('\n').slice(2).filter((l) => l.trim());
    expect(rows.length).toBeGreaterThan(0);
    // Columns: name, type, encoding, emb, sub, uni, object ID — "emb" is the fourth from the end.
    for (const row of rows) expect(row.trim().split(/\s+/).at(-4), row).toBe('yes');
  });

  it('prints the text of a body page, its folio, and the chapter title at its head', () => {
    const page = rendered.layout.pages.find((p) => p.book?.part === 'body' && p.book.runningHead && p.items.length > 20)!;
    expect(page).toBeDefined();
    const n = page.book!.pageNumber;
    const text = squash(run('pdftotext', ['-f', String(n), '-l', String(n), file, '-']));
    const words = page.items.flatMap((i) => (i.type === 'text' && i.source ? [i.text] : [])).slice(0, 12);
    for (const w of words) expect(text).toContain(squash(w));
    expect(text).toContain(page.book!.folio!);
    expect(text).toContain(page.book!.runningHead!.replace('…', ''));
  });

  it('renders to page images (cover, a body spread, the last page)', () => {
    const last = rendered.layout.pages.length;
    const spread = rendered.layout.pages.find((p) => p.book?.part === 'body' && p.book.side === 'left')!.book!.pageNumber;
    for (const page of [1, spread, spread + 1, last]) {
      const prefix = join(dir, `p${page}`);
      run('pdftoppm', ['-r', '50', '-png', '-singlefile', '-f', String(page), '-l', String(page), file, prefix]);
      expect(existsSync(`${prefix}.png`)).toBe(true);
      expect(statSync(`${prefix}.png`).size).toBeGreaterThan(2000);
    }
  });

  it('lays out with no overflow and no error finding from layout', () => {
    expect(rendered.layout.overflow).toEqual([]);
    expect((rendered.layout.findings ?? []).filter((f) => f.severity === 'error')).toEqual([]);
  });
});

describe.skipIf(!ok)('the sample notebook', () => {
  it('has the ruled note pages the publication asks for', async () => {
    const text = readFileSync(join(ROOT, 'samples', 'notebook-tgpl.json'), 'utf8');
    const rendered = await renderPublication(text, ctx);
    const asked = (JSON.parse(text) as { notes: { pages: number } }).notes.pages;
    expect(rendered.layout.pages.filter((p) => p.book?.part === 'notes')).toHaveLength(asked);
  });
});

describe.skipIf(!ok)('the sample handbook', () => {
  it('has at least 40 pages and a table of contents whose numbers pdftotext reads back', async () => {
    const rendered = await renderPublication(readFileSync(join(ROOT, 'samples', 'handbook-tgpl.json'), 'utf8'), ctx);
    const dir = mkdtempSync(join(tmpdir(), 'toc-'));
    const file = join(dir, 'h.pdf');
    writeFileSync(file, rendered.pdf);
    expect(rendered.layout.pages.length).toBeGreaterThanOrEqual(40);
    const tocPages = rendered.layout.pages.filter((p) => p.book?.part === 'toc').map((p) => p.book!.pageNumber);
    const toc = run('pdftotext', ['-layout', '-f', String(tocPages[0]), '-l', String(tocPages.at(-1)), file, '-']);
    expect(toc).toContain('Mục lục');
    for (const chapter of rendered.layout.book!.outline.filter((o) => o.level === 1 && o.source?.slot === 'body')) {
      const start = chapter.title.slice(0, 20);
      const lines = toc.split('\n');
      const first = lines.findIndex((l) => l.includes(start));
      expect(first, chapter.title).toBeGreaterThanOrEqual(0);
      // A long title wraps; its number ends the entry's last line.
      const numbered = lines.slice(first).find((l) => /\s\d+$/.test(l.trimEnd()));
      expect(numbered!.trim().split(/\s+/).at(-1), chapter.title).toBe(String(chapter.page));
      // The number printed is the page the chapter heading is on in the PDF.
      expect(squash(run('pdftotext', ['-f', String(chapter.page), '-l', String(chapter.page), file, '-']))).toContain(squash(start));
    }
  });
});
