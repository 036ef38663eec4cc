import { cpSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { InputError } from '../../contract/errors.js';
import { expandSlots } from '../../engine/expand.js';
import { inlineMarkup } from '../../engine/inline.js';
import type { Publication } from '../../contract/publication-format.js';
import { findTemplate, loadTemplatePacks } from '../../engine/template-registry.js';
import type { TemplatePack } from '../../engine/template-schema.js';
import { parsePublicationJson, readPublication } from '../../engine/validate.js';

const FONTS = ['Noto Serif', 'Noto Sans'];
const leaflet = findTemplate(loadTemplatePacks([{ dir: path.resolve('templates'), source: 'builtin' }], FONTS), 'leaflet-trifold-a4');
const sample = parsePublicationJson(readFileSync('samples/leaflet-tgpl.json', 'utf8'), 'samples/leaflet-tgpl.json');

const temporary: string[] = [];
afterAll(() => temporary.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A copy of the minimal fixture pack whose body.hbs is `source`. */
function packWithBody(source: string): TemplatePack {
  const root = mkdtempSync(path.join(tmpdir(), 'anpham-expand-'));
  temporary.push(root);
  cpSync(path.resolve('test/fixtures/templates/valid/mini-a5'), path.join(root, 'mini-a5'), { recursive: true });
  writeFileSync(path.join(root, 'mini-a5', 'body.hbs'), source);
  const registry = loadTemplatePacks([{ dir: root, source: 'user' }], FONTS);
  expect(registry.problems).toEqual([]);
  return findTemplate(registry, 'mini-a5');
}

function pub(body: unknown[], extra: Record<string, unknown> = {}): Publication {
  return readPublication({ format: 'anpham/publication@1', template: 'mini-a5', meta: { title: 'Thử' }, slots: { body }, ...extra });
}

describe('expandSlots with the leaflet pack', () => {
  const markup = expandSlots(sample, leaflet);

  it('makes markup for every declared slot', () => {
    expect(Object.keys(markup)).toEqual(['cover', 'body', 'back']);
  });

  it('marks every publication block with its slot and index', () => {
    sample.slots.body.forEach((_, i) => expect(markup.body).toContain(`data-slot="body" data-index="${i}"`));
    expect(markup.cover).toContain('data-slot="cover" data-index="0"');
  });

  it('ends the back with the Centre contact box and the national hotline', () => {
    expect(markup.back).toContain('<box style="contact">');
    expect(markup.back).toContain('Trung tâm Trợ giúp pháp lý Nhà nước tỉnh Lạng Sơn');
    expect(markup.back).toContain('1800.1233');
  });

  it('falls back to the title on an empty cover and gives declared but absent slots empty markup', () => {
    const bare = readPublication({ format: 'anpham/publication@1', template: 'leaflet-trifold-a4', meta: { title: 'Chỉ có tiêu đề' }, slots: {} });
    const out = expandSlots(bare, leaflet);
    expect(out.cover).toContain('<h level="1" style="coverTitle">Chỉ có tiêu đề</h>');
    expect(out.body.trim()).toBe('');
  });

  it('refuses a slot the template does not declare, naming it and the declared ones', () => {
    const extra = readPublication({ ...sample, slots: { ...sample.slots, sidebar: [] } });
    try {
      expandSlots(extra, leaflet, 'x.json');
      throw new Error('expected an InputError');
    } catch (err) {
      expect(err).toBeInstanceOf(InputError);
      expect(err).toMatchObject({ field: 'slots.sidebar', file: 'x.json' });
      expect((err as Error).message).toContain('cover, body, back');
    }
  });
});

describe('block partials', () => {
  const pack = packWithBody('{{#each slots.body}}{{> block slot="body"}}{{/each}}');

  it('escape text and turn **bold** / *italic* into <b>/<i>', () => {
    const out = expandSlots(pub([{ type: 'paragraph', text: 'Có **đậm**, *nghiêng* và <script>&' }]), pack).body;
    expect(out).toBe('<p data-slot="body" data-index="0">Có <b>đậm</b>, <i>nghiêng</i> và &lt;script&gt;&amp;</p>');
  });

  it('choose the callout box style by tone and carry block ids', () => {
    const out = expandSlots(pub([{ type: 'callout', id: 'c1', tone: 'important', title: 'Lưu ý', text: 'x' }]), pack).body;
    expect(out).toContain('<box style="calloutImportant" data-slot="body" data-index="0" data-id="c1">');
    expect(out).toContain('<p style="calloutTitle">Lưu ý</p>');
  });

  it('escape attribute values that come from the publication', () => {
    const out = expandSlots(pub([{ type: 'qr', data: 'x" onload="y', caption: 'c' }]), pack).body;
    expect(out).toContain('data="x&quot; onload&#x3D;&quot;y"');
  });
});

describe('the handlebars sandbox', () => {
  it('gives templates no way to prototypes or constructors', () => {
    const pack = packWithBody(
      '[{{constructor.constructor}}][{{#with meta}}{{__proto__}}{{constructor.name}}{{/with}}]' +
        '[{{lookup meta "constructor"}}][{{lookup (lookup meta "__proto__") "toString"}}][{{meta.title.constructor}}]' +
        '[{{meta.toString}}][{{meta.valueOf}}][{{#each meta.hasOwnProperty}}x{{/each}}]',
    );
    expect(expandSlots(pub([]), pack).body).toBe('[][][][][][][][]');
  });

  it('keeps code in the publication as plain text', () => {
    const pack = packWithBody('{{#each slots.body}}{{> block slot="body"}}{{/each}}');
    const out = expandSlots(pub([{ type: 'paragraph', text: '{{constructor.constructor "return process"}}' }]), pack).body;
    expect(out).toContain('{{constructor.constructor &quot;return process&quot;}}');
  });

  it('has no log helper and reports template errors with the pack file', () => {
    const pack = packWithBody('{{log "x"}}');
    expect(() => expandSlots(pub([]), pack)).toThrow(InputError);
    const broken = packWithBody('{{#each slots.body}}');
    try {
      expandSlots(pub([]), broken);
      throw new Error('expected an InputError');
    } catch (err) {
      expect((err as InputError).file).toBe(path.join(broken.dir, 'body.hbs'));
    }
  });

  it('recompiles a slot file when it changes on disk', () => {
    const pack = packWithBody('<p>một</p>');
    expect(expandSlots(pub([]), pack).body).toBe('<p>một</p>');
    const file = path.join(pack.dir, 'body.hbs');
    writeFileSync(file, '<p>hai</p>');
    const later = new Date(Date.now() + 5000);
    utimesSync(file, later, later);
    expect(expandSlots(pub([]), pack).body).toBe('<p>hai</p>');
  });
});

describe('inlineMarkup', () => {
  it.each([
    ['**đậm** và *nghiêng*', '<b>đậm</b> và <i>nghiêng</i>'],
    ['**đậm *lồng* nghiêng**', '<b>đậm <i>lồng</i> nghiêng</b>'],
    ['***cả hai***', '<b><i>cả hai</i></b>'],
    ['**chưa đóng', '**chưa đóng'],
    ['2 * 3 * 4', '2 * 3 * 4'],
    ['* không phải *', '* không phải *'],
    ['a*b', 'a*b'],
    ['"<&>\'', '&quot;&lt;&amp;&gt;&#39;'],
  ])('%j', (text, expected) => expect(inlineMarkup(text)).toBe(expected));
});
