import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../contract/errors.js';
import { BLOCK_TYPES } from '../../contract/publication-format.js';
import { parsePublicationJson, readPublication } from '../../engine/validate.js';

const FILE = 'to-gap.json';

function publication(body: unknown[]) {
  return { format: 'anpham/publication@1', template: 'leaflet-trifold-a4', meta: { title: 'Thử' }, slots: { body } };
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

describe('parsePublicationJson', () => {
  it('names the file and the line:column of broken JSON', () => {
    const text = '{\n  "format": "anpham/publication@1",\n  "template" "leaflet-trifold-a4"\n}';
    const err = inputError(() => parsePublicationJson(text, FILE));
    expect(err.file).toBe(FILE);
    // The fault is the string after "template" with no colon: line 3, column 14.
    expect(err.message).toContain('dòng 3, cột 14');
    expect(err.describe()).toContain(FILE);
  });

  it('points at the end of a file that stops short', () => {
    const err = inputError(() => parsePublicationJson('{\n  "format": "anpham/publication@1",\n', FILE));
    expect(err.message).toContain('dòng 3, cột 1');
  });

  it('accepts a UTF-8 byte-order mark', () => {
    const pub = parsePublicationJson('\uFEFF' + JSON.stringify(publication([])), FILE);
    expect(pub.meta.title).toBe('Thử');
  });

  it('reads the sample leaflet', () => {
    const pub = parsePublicationJson(readFileSync('samples/leaflet-tgpl.json', 'utf8'), 'samples/leaflet-tgpl.json');
    expect(pub.template).toBe('leaflet-trifold-a4');
    expect(pub.slots.body.length).toBeGreaterThan(10);
  });
});

describe('readPublication', () => {
  it('names slots.body[N].type for an unknown block type and lists the allowed ones', () => {
    const input = publication([{ type: 'paragraph', text: 'Đúng' }, { type: 'table', rows: [] }]);
    const err = inputError(() => readPublication(input, FILE));
    expect(err.field).toBe('slots.body[1].type');
    expect(err.file).toBe(FILE);
    expect(err.message).toContain('"table"');
    for (const type of BLOCK_TYPES) expect(err.message).toContain(type);
  });

  it('says in Vietnamese what is wrong with a field and counts the other problems', () => {
    const err = inputError(() => readPublication(publication([{ type: 'heading', level: 7, text: 42 }]), FILE));
    expect(err.field).toBe('slots.body[0].level');
    expect(err.message).toMatch(/phải ≤ 3/);
    expect(err.message).toContain('và 1 lỗi khác');
  });

  it('reports a missing field and a wrong format', () => {
    expect(inputError(() => readPublication({ ...publication([]), meta: {} })).field).toBe('meta.title');
    const wrongFormat = inputError(() => readPublication({ ...publication([]), format: 'anpham/publication@9' }));
    expect(wrongFormat.field).toBe('format');
    expect(wrongFormat.message).toContain('anpham/publication@1');
  });

  it('returns every string in NFC, even when typed decomposed', () => {
    const nfd = (s: string) => s.normalize('NFD');
    const input = publication([{ type: 'paragraph', text: nfd('Trợ giúp pháp lý') }]);
    input.meta.title = nfd('Tờ gấp');
    const pub = readPublication({ ...input, variables: { [nfd('trung tâm')]: nfd('Lạng Sơn') } });
    expect(pub.meta.title).toBe('Tờ gấp');
    expect(pub.slots.body[0]).toMatchObject({ text: 'Trợ giúp pháp lý' });
    expect(pub.variables).toEqual({ 'trung tâm': 'Lạng Sơn' });
  });
});
