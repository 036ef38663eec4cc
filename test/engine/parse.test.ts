import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { BoxNode, DocNode, QrNode, TextNode } from '../../engine/document.js';
import { InputError } from '../../contract/errors.js';
import { expandSlots } from '../../engine/expand.js';
import { parseMarkup } from '../../engine/parse.js';
import type { Publication } from '../../contract/publication-format.js';
import { findTemplate, loadTemplatePacks } from '../../engine/template-registry.js';
import { parsePublicationJson, readPublication } from '../../engine/validate.js';

const FONTS = ['Noto Serif', 'Noto Sans'];
const leaflet = findTemplate(loadTemplatePacks([{ dir: path.resolve('templates'), source: 'builtin' }], FONTS), 'leaflet-trifold-a4');
const SAMPLE = 'samples/leaflet-tgpl.json';
const sample = parsePublicationJson(readFileSync(SAMPLE, 'utf8'), SAMPLE);

// A copy of the minimal pack with an assets folder, and a publication folder beside it.
const root = mkdtempSync(path.join(tmpdir(), 'anpham-parse-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
cpSync(path.resolve('test/fixtures/templates/valid/mini-a5'), path.join(root, 'packs', 'mini-a5'), { recursive: true });
mkdirSync(path.join(root, 'packs', 'mini-a5', 'assets'));
writeFileSync(path.join(root, 'packs', 'mini-a5', 'assets', 'logo.png'), 'png');
mkdirSync(path.join(root, 'pub'));
writeFileSync(path.join(root, 'pub', 'anh.jpg'), 'jpg');
const mini = findTemplate(loadTemplatePacks([{ dir: path.join(root, 'packs'), source: 'user' }], FONTS), 'mini-a5');
const BODY_FILE = path.join(mini.dir, 'body.hbs');

function miniPub(body: unknown[]): Publication {
  return readPublication({ format: 'anpham/publication@1', template: 'mini-a5', meta: { title: 'Thử', subtitle: 'Phụ' }, slots: { body } });
}

/** Parses raw markup as the body of the minimal pack. */
function parseBody(markup: string, body: unknown[] = []): DocNode[] {
  return parseMarkup({ body: markup }, { pack: mini, pub: miniPub(body), baseDir: path.join(root, 'pub'), file: 'pub.json' }).flows.body;
}

function inputError(run: () => unknown): InputError {
  try {
    run();
  } catch (err) {
    expect(err).toBeInstanceOf(InputError);
    return err as InputError;
  }
  throw new Error('expected an InputError');
}

const texts = (nodes: DocNode[]) => nodes.filter((n): n is TextNode => n.kind === 'text');
const plain = (node: TextNode) => node.runs.map((r) => r.text).join('');

describe('the sample leaflet through expand and parse', () => {
  const tree = parseMarkup(expandSlots(sample, leaflet), { pack: leaflet, pub: sample, baseDir: 'samples', file: SAMPLE });

  it('gives one flow per slot, in the template order, with the document metadata', () => {
    expect(Object.keys(tree.flows)).toEqual(['cover', 'body', 'back']);
    expect(tree).toMatchObject({ title: sample.meta.title, author: sample.meta.author, language: 'vi' });
  });

  it('has the cover title on the dark cover style', () => {
    const title = texts(tree.flows.cover).find((n) => n.headingLevel === 1);
    expect(title).toMatchObject({ style: 'coverTitle', keepWithNext: true, source: { slot: 'cover', index: 0 } });
    expect(plain(title!)).toBe(sample.meta.title);
  });

  it('has headings, list items with markers, questions and answers, and callouts in the body', () => {
    const body = tree.flows.body;
    const styles = new Set(texts(body).map((n) => n.style));
    for (const style of ['h2', 'h3', 'body', 'listItem', 'question', 'answer']) expect(styles).toContain(style);
    const markers = texts(body).filter((n) => n.style === 'listItem').map((n) => n.marker);
    expect(markers).toContain('•');
    expect(markers).toEqual(expect.arrayContaining(['1.', '2.', '3.']));
    expect(texts(body).filter((n) => n.style === 'question').every((n) => n.keepWithNext)).toBe(true);
    const boxes = body.filter((n): n is BoxNode => n.kind === 'box').map((b) => b.style);
    expect(boxes).toEqual(expect.arrayContaining(['callout', 'calloutImportant']));
    // Every body node points back at the block it came from.
    expect(body.every((n) => n.source?.slot === 'body')).toBe(true);
  });

  it('has the QR code, its caption, the contact box and last the colophon on the back', () => {
    const back = tree.flows.back;
    const qr = back.find((n): n is QrNode => n.kind === 'qr');
    expect(qr).toMatchObject({ data: 'tel:18001233', sizeMm: 28 });
    expect(back[back.indexOf(qr!) + 1]).toMatchObject({ kind: 'text', style: 'caption' });
    expect(back.at(-1)).toMatchObject({ kind: 'text', style: 'colophon' });
    const contact = back.at(-2) as BoxNode;
    expect(contact).toMatchObject({ kind: 'box', style: 'contact' });
    const lines = texts(contact.children).map(plain);
    expect(lines).toContain('Trung tâm Trợ giúp pháp lý Nhà nước tỉnh Lạng Sơn');
    expect(lines.some((l) => l.includes('1800.1233'))).toBe(true);
  });
});

describe('text and runs', () => {
  it('keeps bold and italic runs, nested too', () => {
    const [node] = texts(parseBody('<p>Có <b>đậm</b> và <i>nghiêng <b>cả hai</b></i>.</p>'));
    expect(node.runs).toEqual([
      { text: 'Có ' },
      { text: 'đậm', bold: true },
      { text: ' và ' },
      { text: 'nghiêng ', italic: true },
      { text: 'cả hai', bold: true, italic: true },
      { text: '.' },
    ]);
  });

  it('collapses white space, trims block ends and keeps no-break spaces', () => {
    const [node] = texts(parseBody('<p>\n   Số\u00A011/2017   <b> luật </b>\n\t mới  </p>'));
    expect(node.runs).toEqual([{ text: 'Số\u00A011/2017 ' }, { text: 'luật ', bold: true }, { text: 'mới' }]);
  });

  it('composes decomposed text that a pack file typed', () => {
    const [node] = texts(parseBody(`<p>${'Trợ giúp'.normalize('NFD')}</p>`));
    expect(plain(node)).toBe('Trợ giúp');
  });

  it('turns each block type of the publication into its nodes', () => {
    const blocks = [
      { type: 'heading', level: 3, text: 'Tiêu đề' },
      { type: 'paragraph', text: 'Giữa', align: 'center' },
      { type: 'list', ordered: true, items: ['a', 'b'] },
      { type: 'qa', question: 'Hỏi?', answer: 'Đáp.' },
      { type: 'callout', text: 'Ghi chú' },
      { type: 'qr', data: 'https://example.org' },
      { type: 'pageBreak' },
      { type: 'image', src: 'logo.png', caption: 'Biểu trưng' },
    ];
    const pub = miniPub(blocks);
    const nodes = parseMarkup(expandSlots(pub, mini), { pack: mini, pub }).flows.body;
    expect(nodes.map((n) => (n.kind === 'text' || n.kind === 'box' ? `${n.kind}:${n.style}` : n.kind))).toEqual([
      'text:h3', 'text:body', 'text:listItem', 'text:listItem', 'text:question', 'text:answer',
      'box:callout', 'qr', 'break', 'image', 'text:caption',
    ]);
    expect(nodes[0]).toMatchObject({ headingLevel: 3, keepWithNext: true });
    expect(nodes[1]).toMatchObject({ align: 'center' });
    expect(nodes[3]).toMatchObject({ marker: '2.', source: { slot: 'body', index: 2 } });
    expect(nodes[7]).toMatchObject({ sizeMm: 25 });
    expect(nodes[9]).toMatchObject({ src: path.join(mini.dir, 'assets', 'logo.png') });
  });
});

describe('images', () => {
  const image = (src: string) => `<image src="${src}" data-slot="body" data-index="0"/>`;

  it('finds a publication image in the publication folder first', () => {
    expect(parseBody(image('anh.jpg'))[0]).toMatchObject({ kind: 'image', src: path.join(root, 'pub', 'anh.jpg') });
  });

  it('keeps PNG and JPEG data: URLs and refuses other kinds', () => {
    const png = 'data:image/png;base64,iVBORw0KGgo=';
    expect(parseBody(image(png))[0]).toMatchObject({ src: png });
    expect(inputError(() => parseBody(image('data:image/svg+xml;base64,PHN2Zz4=')))).toMatchObject({ field: 'slots.body[0].src', file: 'pub.json' });
  });

  it.each(['../../etc/passwd', '/etc/passwd', '../packs/mini-a5/assets/logo.png'])('refuses %j, naming the field', (src) => {
    const err = inputError(() => parseBody(image(src)));
    expect(err).toMatchObject({ field: 'slots.body[0].src', file: 'pub.json' });
    expect(err.message).toMatch(/ngoài|tuyệt đối/);
  });

  it('reports a missing image with where it looked', () => {
    const err = inputError(() => parseBody(image('khong-co.png')));
    expect(err.field).toBe('slots.body[0].src');
    expect(err.message).toContain('khong-co.png');
  });
});

describe('markup errors name the pack file', () => {
  it.each([
    ['<table><tr/></table>', /<table>/],
    ['<p>chữ <u>gạch</u></p>', /<u>/],
    ['<list><p>x</p></list>', /<p>.*<list>.*<li>/],
    ['<b>đậm ngoài khối</b>', /<b>/],
    ['chữ trần', /chữ trần/],
    ['<h level="4">x</h>', /level/],
    ['<p style="khongco">x</p>', /"khongco"/],
    ['<box style="khongco"><p>x</p></box>', /"khongco"/],
    ['<qr/>', /data=/],
  ])('%j', (markup, message) => {
    const err = inputError(() => parseBody(markup));
    expect(err.file).toBe(BODY_FILE);
    expect(err.message).toMatch(message);
  });

  it('says which block was being rendered', () => {
    const err = inputError(() => parseBody('<p data-slot="body" data-index="4"><blink>x</blink></p>'));
    expect(err.message).toContain('slots.body[4]');
  });
});
