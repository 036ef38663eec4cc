// DOCX export: the Word document holds the same text as the publication, with
// real Word styles, and LibreOffice (what many offices use to open .docx)
// converts it without losing a word.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPipelineContext, renderDocx } from '../../engine/index.js';
import type { Block } from '../../contract/publication-format.js';
import { requireTools, run } from '../helpers/tools.js';

const ROOT = join(import.meta.dirname, '..', '..');
const LEAFLET = join(ROOT, 'samples', 'leaflet-tgpl.json');
const POCKETBOOK = join(ROOT, 'samples', 'pocketbook-tgpl.json');
const ctx = createPipelineContext({ appRoot: ROOT });

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'anpham-docx-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const squash = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim();
/** A block's text as a reader sees it: the `**`/`*` marks are formatting, not words. */
const plain = (s: string) => squash(s.replace(/\*\*(.+?)\*\*/g, '$1').replace(/\*(.+?)\*/g, '$1'));

function blockTexts(block: Block): string[] {
  switch (block.type) {
    case 'heading':
    case 'paragraph':
      return [block.text];
    case 'list':
      return block.items;
    case 'qa':
      return [block.question, block.answer];
    case 'callout':
      return [block.title ?? '', block.text].filter(Boolean);
    case 'image':
    case 'qr':
      return block.caption ? [block.caption] : [];
    case 'pageBreak':
      return [];
  }
}

function publicationTexts(file: string): string[] {
  const pub = JSON.parse(readFileSync(file, 'utf8')) as { slots: Record<string, Block[]> };
  return Object.values(pub.slots).flat().flatMap(blockTexts).map(plain);
}

async function docxOf(file: string): Promise<Buffer> {
  return (await renderDocx(readFileSync(file, 'utf8'), { ...ctx, baseDir: join(ROOT, 'samples'), file })).docx;
}

describe('docx: structure read back with mammoth', () => {
  it('headings are Word headings, lists are lists, Q&A and callouts keep their text', async () => {
    const { value: html } = await mammoth.convertToHtml({ buffer: await docxOf(LEAFLET) });
    const pub = JSON.parse(readFileSync(LEAFLET, 'utf8')) as { slots: Record<string, Block[]> };
    const body = pub.slots.body;
    for (const h of body.filter((b) => b.type === 'heading')) {
      expect(html).toContain(`<h${h.level}>${plain(h.text)}</h${h.level}>`);
    }
    // Each list stays one list, and ordered lists stay ordered.
    const lists = body.filter((b) => b.type === 'list');
    expect((html.match(/<ol>/g) ?? []).length).toBe(lists.filter((l) => l.ordered).length);
    expect((html.match(/<ul>/g) ?? []).length).toBe(lists.filter((l) => !l.ordered).length);
    expect(html).toContain('<strong>không phải trả bất kỳ khoản tiền nào</strong>');
    expect(html).toContain('<em>Luật Trợ giúp pháp lý</em>');
    // Callouts, the cover panel and the contact box are one-cell tables.
    expect((html.match(/<table>/g) ?? []).length).toBe(body.filter((b) => b.type === 'callout').length + 2);
    // The QR code is a picture.
    expect(html).toMatch(/<img [^>]*src="data:image\/png;base64,/);
  });

  it('uses the pack styles as Word styles, and a book keeps its trim size', async () => {
    const ok = requireTools('unzip');
    if (!ok) return;
    const file = join(dir, 'pocket.docx');
    writeFileSync(file, await docxOf(POCKETBOOK));
    const styles = run('unzip', ['-p', file, 'word/styles.xml']);
    expect(styles).toMatch(/w:styleId="Heading1".*?<w:name w:val="heading 1"\/>/s);
    expect(styles).toContain('w:styleId="question"');
    expect(styles).toContain('w:ascii="Noto Serif"');
    const document = run('unzip', ['-p', file, 'word/document.xml']);
    // A6: 105 × 148 mm in twentieths of a point.
    expect(document).toMatch(/w:w="595[23]" w:h="839[01]"/);
  });
});

const tools = requireTools('soffice', 'pdftotext');

describe('docx: LibreOffice converts the CLI output with the text intact', () => {
  it.skipIf(!tools)('render samples/leaflet-tgpl.json -o x.docx → PDF holds every block', () => {
    const out = join(dir, 'x.docx');
    const cli = spawnSync(join(ROOT, 'node_modules', '.bin', 'tsx'), ['cli/index.ts', 'render', LEAFLET, '-o', out], { cwd: ROOT, encoding: 'utf8' });
    expect(cli.status, cli.stderr).toBe(0);
    // A profile of its own, so a LibreOffice already running elsewhere does not take the job.
    run('soffice', [`-env:UserInstallation=file://${join(dir, 'lo-profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, out]);
    const text = squash(run('pdftotext', ['-enc', 'UTF-8', join(dir, 'x.pdf'), '-']));
    const missing = publicationTexts(LEAFLET).filter((t) => !text.includes(t));
    expect(missing).toEqual([]);
    // The contact box comes from the template and the publication's variables.
    expect(text).toContain('Đường dây nóng trợ giúp pháp lý');
    expect(text).toContain('1800.1233');
    expect(text).toContain('Đường Lê Lợi, phường Lương Văn Tri, tỉnh Lạng Sơn');
  });
});
