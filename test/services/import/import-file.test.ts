// Import as a user meets it: the legacy samples, a Word file the app wrote,
// a Word file typed in TCVN3, and the CLI command.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFile } from '../../../services/import/index.js';
import { encodeLegacy } from '../../../services/import/legacy/index.js';
import { InputError } from '../../../contract/errors.js';
import { createPipelineContext, renderDocx } from '../../../engine/index.js';
import type { Block } from '../../../contract/publication-format.js';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const LEGACY = join(ROOT, 'samples', 'legacy');
const read = (name: string) => readFileSync(join(LEGACY, name));

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'anpham-import-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const allStrings = (value: unknown): string[] =>
  typeof value === 'string' ? [value] : value && typeof value === 'object' ? Object.values(value).flatMap(allStrings) : [];

describe('samples/legacy: the same text in three encodings', () => {
  it('the sample files are what the encoders make of unicode.txt', () => {
    const source = read('unicode.txt').toString('utf8');
    expect(read('tcvn3.txt').equals(encodeLegacy(source, 'tcvn3'))).toBe(true);
    expect(read('vni.txt').equals(encodeLegacy(source, 'vni'))).toBe(true);
    expect(read('decomposed.txt').toString('utf8')).toBe(source.normalize('NFD'));
  });

  it('TCVN3, VNI and decomposed Unicode import to identical NFC publications', async () => {
    const [unicode, tcvn3, vni, decomposed] = await Promise.all(
      ['unicode.txt', 'tcvn3.txt', 'vni.txt', 'decomposed.txt'].map((f) => importFile(f, read(f))),
    );
    expect(tcvn3.conversion.encoding).toBe('tcvn3');
    expect(vni.conversion.encoding).toBe('vni');
    expect(decomposed.conversion).toMatchObject({ encoding: 'unicode', decomposed: true });
    expect(tcvn3.publication).toEqual(unicode.publication);
    expect(vni.publication).toEqual(unicode.publication);
    expect(decomposed.publication).toEqual(unicode.publication);
    for (const s of allStrings(unicode.publication)) expect(s).toBe(s.normalize('NFC'));
    // The structure typed in the text survives: headings in capitals, a list, a Q&A.
    const types = unicode.publication.slots.body.map((b) => b.type);
    expect(types).toEqual(['heading', 'paragraph', 'heading', 'list', 'qa', 'paragraph']);
    expect(unicode.publication.meta.title).toBe('Trợ giúp pháp lý miễn phí cho người dân tộc thiểu số');
  });

  it('the capitals TCVN3 could not tell apart are reported with line and column', async () => {
    const { notes } = await importFile('tcvn3.txt', read('tcvn3.txt'));
    expect(notes[0]).toMatchObject({ where: 'dòng 2, cột 1', text: 'TRỢ' });
    expect(notes.every((n) => /^dòng \d+, cột \d+$/.test(n.where))).toBe(true);
  });

  it('the CLI writes byte-identical files for the three encodings', () => {
    const outputs = ['tcvn3', 'vni', 'decomposed'].map((name) => {
      const out = join(dir, `${name}.json`);
      const r = spawnSync(join(ROOT, 'node_modules', '.bin', 'tsx'), ['cli/index.ts', 'import', join(LEGACY, `${name}.txt`), '-o', out], { cwd: ROOT, encoding: 'utf8' });
      expect(r.status, r.stderr).toBe(0);
      return readFileSync(out, 'utf8');
    });
    expect(outputs[1]).toBe(outputs[0]);
    expect(outputs[2]).toBe(outputs[0]);
  });

  it('--encoding forces a reading; a wrong one is a usage error', () => {
    const bad = spawnSync(join(ROOT, 'node_modules', '.bin', 'tsx'), ['cli/index.ts', 'import', join(LEGACY, 'vni.txt'), '-o', join(dir, 'x.json'), '--encoding', 'abc'], { cwd: ROOT, encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--encoding cần một trong: auto, tcvn3, vni, unicode');
  });
});

describe('Word files', () => {
  it('a publication exported as DOCX comes back with its headings, lists, Q&A and bold', async () => {
    const ctx = createPipelineContext({ appRoot: ROOT });
    const sample = join(ROOT, 'samples', 'leaflet-tgpl.json');
    const { docx, publication: source } = await renderDocx(readFileSync(sample, 'utf8'), { ...ctx, baseDir: join(ROOT, 'samples'), file: sample });
    const { publication, conversion } = await importFile('to-gap.docx', docx);
    expect(conversion.encoding).toBe('unicode');
    const blocks = publication.slots.body;
    const texts = (type: Block['type']) => blocks.filter((b) => b.type === type);
    const sourceQa = source.slots.body.filter((b) => b.type === 'qa');
    expect(texts('qa')).toEqual(sourceQa.map(({ question, answer }) => ({ type: 'qa', question, answer })));
    const headings = source.slots.body.filter((b) => b.type === 'heading').map((h) => h.type === 'heading' && h.text);
    for (const h of headings) expect(blocks).toContainEqual(expect.objectContaining({ type: 'heading', text: h }));
    expect(texts('list').some((l) => l.type === 'list' && l.ordered)).toBe(true);
    expect(JSON.stringify(blocks)).toContain('**không phải trả bất kỳ khoản tiền nào**');
    expect(JSON.stringify(blocks)).toContain('*Luật Trợ giúp pháp lý*');
    expect(texts('callout').length).toBeGreaterThan(0);
  });

  it('a Word file typed in TCVN3 (.VnTime) is converted, bold kept', async () => {
    const tcvn3 = (s: string) => encodeLegacy(s, 'tcvn3').toString('latin1');
    const doc = new Document({
      sections: [{
        children: [
          new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(tcvn3('Hướng dẫn đề nghị trợ giúp pháp lý'))] }),
          new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(tcvn3('Giấy tờ cần có'))] }),
          new Paragraph({ children: [new TextRun(tcvn3('Người đề nghị nộp ')), new TextRun({ text: tcvn3('đơn đề nghị'), bold: true }), new TextRun(tcvn3(' và giấy tờ tùy thân.'))] }),
          new Paragraph({ bullet: { level: 0 }, children: [new TextRun(tcvn3('Bản chụp căn cước.'))] }),
          new Paragraph({ bullet: { level: 0 }, children: [new TextRun(tcvn3('Giấy xác nhận hộ nghèo.'))] }),
        ],
      }],
    });
    const { publication, conversion } = await importFile('cu.docx', await Packer.toBuffer(doc));
    expect(conversion.encoding).toBe('tcvn3');
    expect(publication.meta.title).toBe('Hướng dẫn đề nghị trợ giúp pháp lý');
    expect(publication.slots.body).toEqual([
      { type: 'heading', level: 2, text: 'Giấy tờ cần có' },
      { type: 'paragraph', text: 'Người đề nghị nộp **đơn đề nghị** và giấy tờ tùy thân.' },
      { type: 'list', ordered: false, items: ['Bản chụp căn cước.', 'Giấy xác nhận hộ nghèo.'] },
    ]);
  });

  it('a file of another kind, or a broken .docx, is the user\'s to fix', async () => {
    await expect(importFile('ban-cu.doc', Buffer.from('x'))).rejects.toThrow(InputError);
    await expect(importFile('hong.docx', Buffer.from('not a zip'))).rejects.toThrow(/không đọc được tệp Word/);
  });
});
