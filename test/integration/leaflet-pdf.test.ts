// The sample leaflet rendered and checked with the tools a print shop and a
// reader use: qpdf, poppler (pdfinfo, pdffonts, pdftotext, pdftoppm).
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createPipelineContext, renderPublication, type Rendered } from '../../engine/index.js';
import type { Block } from '../../contract/publication-format.js';
import { requireTools, run } from '../helpers/tools.js';

const ROOT = join(import.meta.dirname, '..', '..');
const ok = requireTools('qpdf', 'pdfinfo', 'pdffonts', 'pdftotext', 'pdftoppm');
const ctx = { ...createPipelineContext({ appRoot: ROOT, creationDate: new Date('2022-10-05T00:00:00Z') }), baseDir: join(ROOT, 'samples') };
const sampleText = readFileSync(join(ROOT, 'samples', 'leaflet-tgpl.json'), 'utf8');
const PT_PER_MM = 72 / 25.4;

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
const plain = (s: string) => s.replace(/\*\*|\*/g, '');

/** What a reader should find printed for the body: every block's text in order, with list markers. */
function expectedBody(blocks: Block[]): string {
  return squash(blocks.map((b) => {
    switch (b.type) {
      case 'heading': case 'paragraph': return plain(b.text);
      case 'list': return b.items.map((item, i) => `${b.ordered ? `${i + 1}.` : '•'} ${plain(item)}`).join(' ');
      case 'qa': return `${plain(b.question)} ${plain(b.answer)}`;
      case 'callout': return `${b.title ? plain(b.title) : ''} ${plain(b.text)}`;
      default: return '';
    }
  }).join(' '));
}

/** Text inside one rectangle (mm from the trim's top-left) of one page. */
function textIn(pdf: string, page: number, r: { x: number; y: number; w: number; h: number }, slug: number): string {
  const px = (mm: number) => String(Math.round(mm * PT_PER_MM));
  return run('pdftotext', ['-r', '72', '-f', String(page), '-l', String(page), '-x', px(r.x + slug), '-y', px(r.y + slug), '-W', px(r.w), '-H', px(r.h), pdf, '-']);
}

/** The body as printed: inside panels left to right, then the fold-in flap of the outside. */
function printedBody(pdf: string, slug: number): string {
  const panel = (page: number, x: number, w: number) => textIn(pdf, page, { x, y: 0, w, h: 210 }, slug);
  return squash([panel(2, 0, 100), panel(2, 100, 100), panel(2, 200, 97), panel(1, 0, 97)].join(' '));
}

describe.skipIf(!ok)('the sample leaflet as a PDF', () => {
  const dir = mkdtempSync(join(tmpdir(), 'leaflet-'));
  const file = join(dir, 'leaflet.pdf');
  let rendered: Rendered;
  let slugMm: number;

  beforeAll(async () => {
    rendered = await renderPublication(sampleText, ctx);
    writeFileSync(file, rendered.pdf);
    const m = rendered.pack.definition.marks;
    slugMm = m.offsetMm + m.lengthMm + 1;
  });

  it('passes qpdf --check', () => {
    expect(run('qpdf', ['--check', file])).toMatch(/No syntax or stream encoding errors/);
  });

  it('has two pages with TrimBox 297×210 mm, BleedBox 3 mm larger, MediaBox larger still', () => {
    const info = run('pdfinfo', ['-box', '-f', '1', '-l', '2', file]);
    expect(info).toMatch(/^Pages:\s+2$/m);
    for (const page of [1, 2]) {
      const box = (name: string) => {
        const m = new RegExp(`^Page\\s+${page} ${name}:\\s+([\\d.]+)\\s+([\\d.]+)\\s+([\\d.]+)\\s+([\\d.]+)`, 'm').exec(info)!;
        return m.slice(1).map(Number);
      };
      const [trim, bleed, media] = [box('TrimBox'), box('BleedBox'), box('MediaBox')];
      expect(trim[2] - trim[0]).toBeCloseTo(841.89, 1);
      expect(trim[3] - trim[1]).toBeCloseTo(595.28, 1);
      for (const [i, sign] of [[0, -1], [1, -1], [2, 1], [3, 1]] as const) {
        expect(bleed[i] - trim[i]).toBeCloseTo(sign * 3 * PT_PER_MM, 1);
        expect(sign * (media[i] - bleed[i])).toBeGreaterThan(5 * PT_PER_MM);
      }
    }
    expect(info).toMatch(/^Title:\s+Trợ giúp pháp lý/m);
    expect(info).toMatch(/^Creator:\s+Ấn phẩm TGPL$/m);
  });

  it('embeds every font as a subset', () => {
    const rows = run('pdffonts', [file]).split('\n').slice(2).filter((l) => l.trim());
    expect(rows.length).toBeGreaterThanOrEqual(2);
    for (const row of rows) {
      // name … emb sub uni object-id generation
      const cols = row.trim().split(/\s+/);
      expect([cols[0], cols.at(-5), cols.at(-4)]).toEqual([expect.stringMatching(/^[A-Z]{6}\+Noto/), 'yes', 'yes']);
    }
  });

  it('prints the body as typed: pdftotext gives the NFC text of the blocks', () => {
    expect(printedBody(file, slugMm)).toBe(expectedBody(rendered.publication.slots.body).normalize('NFC'));
  });

  it('prints the same text when the input was typed decomposed (NFD)', async () => {
    const nfd = await renderPublication(sampleText.normalize('NFD'), ctx);
    const nfdFile = join(dir, 'nfd.pdf');
    writeFileSync(nfdFile, nfd.pdf);
    const text = printedBody(nfdFile, slugMm);
    expect(text).toBe(text.normalize('NFC'));
    expect(text).toBe(expectedBody(rendered.publication.slots.body));
  });

  it('prints the cover and back headings on the outside', () => {
    const outside = squash(run('pdftotext', ['-f', '1', '-l', '1', file, '-']));
    for (const b of [...rendered.publication.slots.cover, ...rendered.publication.slots.back]) {
      if (b.type === 'heading') expect(outside).toContain(squash(plain(b.text)));
    }
  });

  it('renders to page images', () => {
    run('pdftoppm', ['-r', '50', '-png', file, join(dir, 'page')]);
    const pngs = readdirSync(dir).filter((f) => /^page-\d+\.png$/.test(f));
    expect(pngs).toHaveLength(2);
    for (const png of pngs) expect(readFileSync(join(dir, png)).subarray(1, 4).toString()).toBe('PNG');
  });
});
